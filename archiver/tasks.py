"""How a stage runs its pure tasks: here, one after another, or on a cluster.

    for item, result in run(task, items, *shared, resources=None):
        ...   # result: what task(item, *shared) returned, or a WorkerLost

A runner takes a task function (plain inputs in, a small result dataclass out), the
items, and the arguments every task shares, and yields each item with its result as it
finishes. `run_here` is the runner without a cluster; archiver.cluster offers the Dask
one. Stages take either, and import neither Dask nor archiver.cluster, so a stage's
work is the same code wherever it runs: only where the task executes changes.

`resources` names what a task needs of a worker (e.g. {"GPU": 1}): a Dask worker
started with `--resources GPU=1` takes it. `at_once` caps the tasks of a group (a
platform) in flight at once across the whole cluster: the runner holds the others
back until one of the group finishes. Here, one task at a time, both are moot.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from archiver.errors import ArchiverError
from archiver.interrupt import stop_point


class WorkerLost(ArchiverError):
    """The workers that ran a task kept dying (Dask's KilledWorker): recorded for that
    item as any failure of its stage is, and the run goes on with the others."""

    status = "worker_lost"


@dataclass(frozen=True)
class AtOnce:
    """At most `most[group]` tasks of a group in flight at once; a group with no entry
    has `most["default"]`, or no cap when there is no default."""

    group_of: Callable[[Any], str]  # an item's group, e.g. a URL's platform
    most: dict[str, int] = field(default_factory=dict)

    def cap(self, group: str) -> int | None:
        return self.most.get(group, self.most.get("default"))


class Runner(Protocol):
    def __call__(
        self,
        task: Callable[..., Any],
        items: Iterable[Any],
        *shared: Any,
        resources: dict[str, float] | None = None,
        at_once: AtOnce | None = None,
    ) -> Iterator[tuple[Any, Any]]: ...


def run_here(
    task: Callable[..., Any],
    items: Iterable[Any],
    *shared: Any,
    resources: dict[str, float] | None = None,
    at_once: AtOnce | None = None,
) -> Iterator[tuple[Any, Any]]:
    """Run each task in this process, in order; a stop signal stops between tasks."""
    for item in items:
        stop_point()
        yield item, task(item, *shared)


class Feed:
    """The items to send next, in order, while fewer than `window` are in flight and
    each group stays under its cap. An item whose group is at its cap waits (up to
    `MAX_HELD` of them) while later items of other groups go ahead."""

    MAX_HELD = 10_000  # items looked past at most: a long batch of one group stays lazy

    def __init__(self, items: Iterable[Any], window: int, at_once: AtOnce | None = None):
        self._pending = iter(items)
        self._held: list[tuple[str, Any]] = []
        self._in_flight: dict[str, int] = {}
        self.window = window
        self._at_once = at_once
        self.sent = 0  # in flight now

    def ready(self) -> Iterator[tuple[str, Any]]:
        """(group, item) for each item that may be sent now; each counts as in flight
        until `done(group)`."""
        while self.sent < self.window:
            found = self._next()
            if found is None:
                return
            group, item = found
            self._in_flight[group] = self._in_flight.get(group, 0) + 1
            self.sent += 1
            yield group, item

    def done(self, group: str) -> None:
        self._in_flight[group] -= 1
        self.sent -= 1

    def _allowed(self, group: str) -> bool:
        cap = self._at_once.cap(group) if self._at_once else None
        return cap is None or self._in_flight.get(group, 0) < cap

    def _next(self) -> tuple[str, Any] | None:
        for index, (group, item) in enumerate(self._held):
            if self._allowed(group):
                del self._held[index]
                return group, item
        while len(self._held) < self.MAX_HELD:
            try:
                item = next(self._pending)
            except StopIteration:
                return None
            group = self._at_once.group_of(item) if self._at_once else ""
            if self._allowed(group):
                return group, item
            self._held.append((group, item))
        return None
