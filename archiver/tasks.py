"""How a stage runs its pure tasks: here, one after another, or on a cluster.

    for item, result in run(task, items, *shared, resources=None):
        ...   # result: what task(item, *shared) returned, or a WorkerLost

A runner takes a task function (plain inputs in, a small result dataclass out), the
items, and the arguments every task shares, and yields each item with its result as it
finishes. `run_here` is the runner without a cluster; archiver.cluster offers the Dask
one. Stages take either, and import neither Dask nor archiver.cluster, so a stage's
work is the same code wherever it runs: only where the task executes changes.

`resources` names what a task needs of a worker (e.g. {"GPU": 1}): a Dask worker
started with `--resources GPU=1` takes it; here it is ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from archiver.errors import ArchiverError
from archiver.interrupt import stop_point


class WorkerLost(ArchiverError):
    """The workers that ran a task kept dying (Dask's KilledWorker): recorded for that
    item (it is tried again by the next run), and the run goes on with the others."""

    status = "worker_lost"


class Runner(Protocol):
    def __call__(
        self,
        task: Callable[..., Any],
        items: Iterable[Any],
        *shared: Any,
        resources: dict[str, float] | None = None,
    ) -> Iterator[tuple[Any, Any]]: ...


def run_here(
    task: Callable[..., Any],
    items: Iterable[Any],
    *shared: Any,
    resources: dict[str, float] | None = None,
) -> Iterator[tuple[Any, Any]]:
    """Run each task in this process, in order; a stop signal stops between tasks."""
    for item in items:
        stop_point()
        yield item, task(item, *shared)
