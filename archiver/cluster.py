"""Where work runs: this process, or a Dask cluster the user already runs.

    with open_cluster("tcp://10.0.0.5:8786") as run:      # or "local:4", or None
        for item, result in run(task, items, *shared):     # as each task finishes
            ...                                           # the writer writes it here

A stage offers pure task functions (plain inputs in, a result dataclass out) and takes
a runner; it never imports this module, so stages stay free of Dask. Only the process
that runs the command writes the catalogue: workers return results, never open it.

A worker killed mid-task: the scheduler runs the task again on another worker, and
only the result that arrives is written, so nothing is recorded twice. The scheduler
lost: ClusterLost stops the command with a message; what was written stays written,
and the same command (with --new-only for capture) finishes the rest.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from archiver.errors import ArchiverError, ConfigError
from archiver.tasks import Runner, WorkerLost

ENVIRONMENT = "ARCHIVER_CLUSTER"
MIN_WINDOW = 8  # tasks in flight at least, however few threads the cluster has now


class ClusterLost(ArchiverError):
    """The scheduler went away (or never answered) in the middle of a job."""

    status = "cluster_lost"


def cluster_address(given: str | None) -> str | None:
    """--cluster, else ARCHIVER_CLUSTER, else None (run here, as without a cluster)."""
    return given or os.environ.get(ENVIRONMENT) or None


@contextmanager
def open_cluster(address: str | None) -> Iterator[Runner | None]:
    """A runner on the cluster at `address` (`tcp://HOST:PORT`, or `local:N` for N
    worker processes on this machine); None when there is no cluster."""
    if not address:
        yield None
        return
    # imported here: commands that run no cluster should not pay for Dask's import
    from distributed import Client, LocalCluster

    if address.startswith("local:"):
        count = address.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ConfigError(f"--cluster local:N needs a number of workers, not {count!r}")
        # one thread each: a worker is one capture at a time, so its pacing holds
        cluster = LocalCluster(
            n_workers=int(count), threads_per_worker=1, processes=True, dashboard_address=None
        )
        with cluster, Client(cluster) as client:
            yield _runner(client)
        return
    if not address.startswith("tcp://"):
        raise ConfigError(f"--cluster: give tcp://HOST:PORT or local:N, not {address!r}")
    try:
        client = Client(address, timeout="10s")
    except OSError as error:
        raise ClusterLost(f"no Dask scheduler answers at {address}: {error}") from error
    with client:
        yield _runner(client)


def _runner(client: Any) -> Runner:
    def run(
        task: Callable[..., Any],
        items: Iterable[Any],
        *shared: Any,
        resources: dict[str, float] | None = None,
    ) -> Iterator[tuple[Any, Any]]:
        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        # the shared arguments (options, what the catalogue holds) go to the workers
        # once, not once per task
        # (in a list: Dask would scatter a bare set or dict item by item)
        sent = [client.scatter([value], broadcast=True)[0] for value in shared]
        pending = iter(items)
        futures: dict[Any, Any] = {}
        try:
            # A window of tasks in flight, not the whole batch: an item may carry a
            # clip's bytes (transcription, OCR), and a batch of thousands submitted at
            # once would hold them all in this process and the scheduler.
            window = max(MIN_WINDOW, 2 * sum(client.nthreads().values()))
            running = as_completed()
            for item in itertools.islice(pending, window):
                running.add(_submit(client, futures, task, item, sent, resources))
            for future in running:
                item = futures.pop(future)
                try:
                    result = future.result()
                except KilledWorker as error:
                    tries = error.args[2] + 1 if len(error.args) > 2 else "several"
                    result = WorkerLost(
                        f"the workers running this task died ({tries} tries: out of memory, "
                        "or killed); not recorded as done, so the next run tries it again"
                    )
                # popped: with no reference left, the worker frees the result's bytes
                yield item, result
                for following in itertools.islice(pending, 1):
                    running.add(_submit(client, futures, task, following, sent, resources))
        except (OSError, TimeoutError) as error:
            raise ClusterLost(
                f"lost the Dask scheduler mid-run ({type(error).__name__}: {error}); what "
                "finished is recorded: run the same command again to finish the rest"
            ) from error
        finally:
            client.cancel(list(futures))

    return run


def _submit(
    client: Any,
    futures: dict[Any, Any],
    task: Callable[..., Any],
    item: Any,
    sent: list[Any],
    resources: dict[str, float] | None,
) -> Any:
    # pure=False: the same URL asked twice in two runs is two captures
    future = client.submit(task, item, *sent, pure=False, resources=resources)
    futures[future] = item
    return future
