"""A real Dask cluster for tests: a `dask scheduler` and `dask worker` processes on
loopback, started and stopped by the test."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_workers(address: str, count: int) -> None:
    from distributed import Client

    with Client(address, timeout="20s") as client:
        client.wait_for_workers(count, timeout=60)


class DaskProcesses:
    """A real `dask scheduler` and `dask worker` processes on loopback. Workers run
    without nannies, so that a worker's pid is the process doing the work (and SIGKILL
    leaves nothing behind); each has one thread."""

    def __init__(self, folder: Path, scheduler_env: dict[str, str] | None = None):
        self.folder = folder
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.scheduler_log = folder / "scheduler.log"
        port = self.address.rsplit(":", 1)[1]
        with self.scheduler_log.open("wb") as log:
            self.scheduler = subprocess.Popen(
                [BIN / "dask", "scheduler", "--host", "127.0.0.1", "--port", port]
                + ["--no-dashboard"],
                cwd=folder,
                stdout=subprocess.DEVNULL,
                stderr=log,
                env={**os.environ, **(scheduler_env or {})},
            )
        self.workers: list[subprocess.Popen] = []

    def add_worker(self, name: str, *extra: str) -> subprocess.Popen:
        worker = subprocess.Popen(
            [BIN / "dask", "worker", self.address, "--nthreads", "1", "--no-nanny"]
            + ["--no-dashboard", "--name", name, "--local-directory", str(self.folder), *extra],
            cwd=self.folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.workers.append(worker)
        return worker

    def stop(self) -> None:
        for process in [*self.workers, self.scheduler]:
            process.terminate()
        for process in [*self.workers, self.scheduler]:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
