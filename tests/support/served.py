"""`archiver serve` as a real subprocess on loopback, and raw HTTP requests to it.

Requests go through http.client so a test can send what a browser never would: a forged
Host, `..` left in the path, bytes a URL library would re-encode.
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ARCHIVER = str(Path(sys.executable).with_name("archiver"))


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    seconds: float

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Served:
    """`archiver --archive ARCHIVE serve --port P *ARGS`, stopped on exit."""

    def __init__(self, archive: Path, *args: str, user: int | None = None) -> None:
        self.port = free_port()
        self.log = archive.parent / f"serve-{self.port}.log"
        self._log = self.log.open("wb")
        command = [ARCHIVER, "--archive", str(archive), "serve", "--port", str(self.port), *args]
        self.process = subprocess.Popen(
            command, stdout=self._log, stderr=subprocess.STDOUT, user=user, env=dict(os.environ)
        )

    def __enter__(self) -> Served:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"serve exited {self.process.returncode}: {self.output()}")
            try:
                self.get("/-/versions.json")
                return self
            except OSError:
                time.sleep(0.1)
        raise AssertionError(f"serve did not answer: {self.output()}")

    def __exit__(self, *exc: object) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()

    def alive(self) -> bool:
        return self.process.poll() is None

    def output(self) -> str:
        self._log.flush()
        return self.log.read_text(errors="replace")

    def peak_rss_mb(self) -> float:
        """The server's peak resident memory so far (VmHWM), in MB."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
        return int(line.split()[1]) / 1024

    def get(self, path: str, headers: dict[str, str] | None = None, method: str = "GET") -> Answer:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            started = time.perf_counter()
            conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            sent = {"Host": f"127.0.0.1:{self.port}", **(headers or {})}
            for name, value in sent.items():
                conn.putheader(name, value)
            conn.endheaders()
            response = conn.getresponse()
            body = response.read()
            return Answer(
                response.status,
                {k.lower(): v for k, v in response.getheaders()},
                body,
                time.perf_counter() - started,
            )
        finally:
            conn.close()
