"""Run bookkeeping: a `runs` row per command, and every item's outcome in `run_items`.

A run of a process that was killed (SIGKILL, power loss) cannot close its own row; the
next run on the same host marks it `killed`, so no run says `running` forever.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field

from archiver import interrupt
from archiver.clock import utc_now
from archiver.errors import Outcome
from archiver.store.catalogue import Catalogue
from archiver.store.scratch import process_alive


def start_run(catalogue: Catalogue, command: str) -> int:
    """Record a run, first closing this host's runs whose process is gone."""
    host = socket.gethostname()
    with catalogue.write() as db:
        for run_id, pid in db.execute(
            "SELECT run_id, pid FROM runs WHERE status = 'running' AND host = ?", [host]
        ).fetchall():
            if pid is not None and not process_alive(pid):
                db["runs"].update(run_id, {"status": "killed"})
        row = {"command": command, "started_at": utc_now(), "pid": os.getpid(), "host": host}
        return db["runs"].insert(row).last_pk


def finish_run(catalogue: Catalogue, run_id: int, status: str, summary_json: str) -> None:
    with catalogue.write() as db:
        db["runs"].update(
            run_id, {"finished_at": utc_now(), "status": status, "summary_json": summary_json}
        )


def record_item(
    catalogue: Catalogue, run_id: int | None, stage: str, item: str, outcome: Outcome
) -> dict[str, object]:
    """One item's outcome in a run (run_items): an article read, a clip captured, ..."""
    row = {
        "run_id": run_id,
        "stage": stage,
        "item": item,
        "status": outcome.status,
        "error_class": outcome.error_class,
        "error_message": outcome.message,
        "finished_at": utc_now(),
    }
    with catalogue.write() as db:
        db["run_items"].insert(row)
    return row


@dataclass
class Run:
    """A run in progress: the caller sets its status and summary before it ends."""

    run_id: int
    status: str = "ok"
    summary: dict[str, object] = field(default_factory=dict)


@contextlib.contextmanager
def recorded_run(catalogue: Catalogue, command: str) -> Iterator[Run]:
    """A `runs` row for the block: 'failed' if it raises, 'interrupted' if a signal
    (Ctrl-C, SIGTERM) stops it, else what the block set."""
    run = Run(start_run(catalogue, command))
    try:
        yield run
        if interrupt.stop_requested():  # the block stopped early, between items
            run.status = "interrupted"
    except Exception:
        run.status = "failed"
        raise
    except BaseException:
        run.status = "interrupted"
        raise
    finally:
        finish_run(catalogue, run.run_id, run.status, json.dumps(run.summary, default=str))
