"""Running re-crawls unattended: a crontab line, a systemd timer, or a foreground loop."""

from __future__ import annotations

import shlex
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from archiver import interrupt
from archiver.clips.recrawl import RecrawlOutcome, recrawl
from archiver.store.catalogue import Catalogue
from archiver.tasks import Runner


def archiver_executable() -> Path:
    """The `archiver` program this process runs as, by a path that works without an
    activated virtualenv (cron and systemd have none, nor has a new shell)."""
    archiver = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else Path("archiver")
    if archiver.name != "archiver":  # run as `python -m archiver.cli`, or under pytest
        archiver = Path(sys.executable).parent / "archiver"
    return archiver


def _command(archive: Path, limit: int) -> str:
    return shlex.join(
        [
            str(archiver_executable()),
            "--archive",
            str(archive.resolve()),
            "recrawl",
            "--due",
            "--limit",
            str(limit),
        ]
    )


def crontab_line(archive: Path, every_minutes: int = 10, limit: int = 100) -> str:
    log = archive.resolve() / "recrawl.log"
    return f"*/{every_minutes} * * * * {_command(archive, limit)} >> {shlex.quote(str(log))} 2>&1\n"


def systemd_units(archive: Path, every_minutes: int = 10, limit: int = 100) -> dict[str, str]:
    service = (
        "[Unit]\n"
        "Description=Re-crawl the clips archiver watches\n"
        "After=network-online.target\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={_command(archive, limit)}\n"
        "Nice=10\n"
    )
    timer = (
        "[Unit]\n"
        "Description=Re-crawl due clips every few minutes\n\n"
        "[Timer]\n"
        "OnBootSec=2min\n"
        f"OnUnitActiveSec={every_minutes}min\n"
        "Persistent=true\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return {"archiver-recrawl.service": service, "archiver-recrawl.timer": timer}


def run_forever(
    catalogue: Catalogue,
    interval_seconds: float,
    limit: int,
    on_done: Callable[[RecrawlOutcome], None] | None = None,
    stop: threading.Event | None = None,
    run_id: int | None = None,
    run: Runner | None = None,
) -> int:
    """Wake every `interval_seconds` and visit the due clips until `stop` is set (by
    default: a SIGTERM or Ctrl-C, see archiver.interrupt). The clip in hand is
    finished and recorded; the rest keep their place. Returns how many were visited."""
    stop = stop or interrupt.stop_event
    visited = 0
    while not stop.is_set():
        found = recrawl(
            catalogue,
            limit=limit,
            run_id=run_id,
            on_done=on_done,
            should_stop=stop.is_set,
            run=run,
        )
        visited += len(found)
        stop.wait(interval_seconds)
    return visited
