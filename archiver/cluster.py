"""Where work runs: this process, or a Dask cluster the user already runs.

    with open_cluster("tcp://10.0.0.5:8786") as run:      # or "local:4", or None
        for item, result in run(task, items, *shared):     # as each task finishes
            ...                                           # the writer writes it here

A stage offers pure task functions (plain inputs in, a result dataclass out) and takes
a runner; it never imports this module, so stages stay free of Dask. Only the process
that runs the command writes the catalogue: workers return results, never open it.

A stage takes `run_here` (archiver.tasks) when there is no cluster: the same task
functions, in this process.

A worker killed mid-task: the scheduler runs the task again on another worker, and
only the result that arrives is written, so nothing is recorded twice. A task whose
workers keep dying (KilledWorker) comes back as a WorkerLost, which the stage records
for that item. The scheduler lost: ClusterLost stops the command with a message; what
was written stays written, and the same command (with --new-only for capture)
finishes the rest.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from yaml import YAMLError

from archiver.errors import ArchiverError, ConfigError
from archiver.tasks import AtOnce, Feed, Runner, WorkerLost
from archiver.untrusted import load_yaml

ENVIRONMENT = "ARCHIVER_CLUSTER"
MAX_LOCAL_WORKERS = 256  # local:N starts N processes: a typo must not start 10000
MIN_WINDOW = 8  # tasks in flight at least, however few threads the cluster has now


class ClusterLost(ArchiverError):
    """The scheduler went away (or never answered) in the middle of a job."""

    status = "cluster_lost"


def cluster_address(given: str | None, config_path: Path | None = None) -> str | None:
    """--cluster, else ARCHIVER_CLUSTER, else `cluster:` in the archive's config.yaml,
    else None (run here, as without a cluster). A malformed address is a ConfigError
    that names where it came from."""
    if given:
        return check_address(given, "--cluster")
    if os.environ.get(ENVIRONMENT):
        return check_address(os.environ[ENVIRONMENT], ENVIRONMENT)
    configured = _configured(config_path)
    return check_address(configured, f"{config_path}: cluster") if configured else None


def check_address(address: str, where: str) -> str:
    """`tcp://HOST:PORT` or `local:N`, or a ConfigError saying what was given where."""
    if address.startswith("local:"):
        count = address.removeprefix("local:")
        if count.isdigit() and 0 < int(count) <= MAX_LOCAL_WORKERS:
            return address
    elif address.startswith("tcp://"):
        host, _, port = address.removeprefix("tcp://").rpartition(":")
        if host and port.isdigit() and 0 < int(port) < 65536 and "/" not in host:
            return address
    raise ConfigError(
        f"{where}: give tcp://HOST:PORT (a Dask scheduler) or local:N (N worker processes "
        f"here, at most {MAX_LOCAL_WORKERS}), not {address!r}"
    )


def _configured(config_path: Path | None) -> str | None:
    if config_path is None or not Path(config_path).exists():
        return None
    try:
        data = load_yaml(Path(config_path).read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, YAMLError) as error:
        raise ConfigError(f"{config_path}: cannot read the config: {error}") from error
    value = data.get("cluster") if isinstance(data, dict) else None
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{config_path}: cluster: must be an address such as tcp://HOST:8786")
    return value.strip()


@contextmanager
def open_cluster(address: str | None) -> Iterator[Runner | None]:
    """A runner on the cluster at `address` (`tcp://HOST:PORT`, or `local:N` for N
    worker processes on this machine); None when there is no cluster."""
    if not address:
        yield None
        return
    # imported here: commands that run no cluster should not pay for Dask's import
    from distributed import Client, LocalCluster

    check_address(address, "--cluster")
    if address.startswith("local:"):
        count = address.removeprefix("local:")
        # one thread each: a worker is one capture at a time, so its pacing holds
        cluster = LocalCluster(
            n_workers=int(count), threads_per_worker=1, processes=True, dashboard_address=None
        )
        with cluster, Client(cluster) as client:
            yield _runner(client)
        return
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
        at_once: AtOnce | None = None,
    ) -> Iterator[tuple[Any, Any]]:
        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        futures: dict[Any, tuple[str, Any]] = {}  # future -> (group, item)
        try:
            if resources:
                _check_offered(client, resources)
            # the shared arguments (options, what the catalogue holds) go to the workers
            # once, not once per task
            # (in a list: Dask would scatter a bare set or dict item by item). hash=False:
            # a key of its own each run; with keys from the contents, the same options
            # sent by the next run (schedule run, a bench's second pass) could be freed
            # by this run's release, cancelling the next run's tasks ("lost dependencies")
            sent = [client.scatter([value], broadcast=True, hash=False)[0] for value in shared]
            # A window of tasks in flight, not the whole batch: an item may carry a
            # clip's bytes (transcription, OCR), and a batch of thousands submitted at
            # once would hold them all in this process and the scheduler.
            window = max(MIN_WINDOW, 2 * sum(client.nthreads().values()))
            feed = Feed(items, window, at_once)
            running = as_completed()

            def send() -> None:
                for group, item in feed.ready():
                    # pure=False: the same URL asked twice in two runs is two captures
                    future = client.submit(task, item, *sent, pure=False, resources=resources)
                    futures[future] = (group, item)
                    running.add(future)

            send()
            for future in running:
                # popped: with no reference left, the worker frees the result's bytes
                group, item = futures.pop(future)
                feed.done(group)
                try:
                    result = future.result()
                except KilledWorker as error:
                    tries = error.args[2] + 1 if len(error.args) > 2 else "several"
                    result = WorkerLost(
                        f"the workers running this task died ({tries} tries: out of memory, "
                        "or killed); the other items went on"
                    )
                send()
                yield item, result
        except (OSError, TimeoutError, CancelledError) as error:
            # the client cancels every future when it loses the scheduler
            raise ClusterLost(
                f"lost the Dask scheduler mid-run ({type(error).__name__}: {error}); what "
                "finished is recorded: run the same command again to finish the rest"
            ) from error
        finally:
            client.cancel(list(futures))

    return run


def _check_offered(client: Any, resources: dict[str, float]) -> None:
    """Work that asks for a resource no worker has would wait for ever: say so now."""

    def offers(worker: dict[str, Any]) -> bool:
        held = worker.get("resources") or {}
        return all(held.get(name, 0) >= amount for name, amount in resources.items())

    if not any(
        offers(worker) for worker in client.scheduler_info(n_workers=-1)["workers"].values()
    ):
        asked = " ".join(f"{name}={amount:g}" for name, amount in resources.items())
        raise ConfigError(
            f"no worker of the cluster offers {asked}, which this work asks for: start "
            f"workers that have it with `dask worker ADDRESS --resources {asked}`"
        )
