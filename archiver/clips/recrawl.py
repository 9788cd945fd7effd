"""The re-crawl stage: look again at clips we hold, when their schedule says so.

Safe to run from cron every few minutes and when two runs overlap: a run takes a
lease on the clips it will visit, in one write transaction, so another run picks
different clips; a lease expires, so the clips of a killed run are picked up
again by the next one. Picking the due clips is one query on an index.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from archiver.clips.capture import CaptureOptions, CaptureOutcome, Capturer
from archiver.clips.schedule import iso
from archiver.interrupt import stop_requested
from archiver.store.catalogue import Catalogue

DUE_SQL = """
    SELECT clip_id, COALESCE(webpage_url, original_url) FROM clips
    WHERE next_crawl_at <= :now
      AND (lease_expires_at IS NULL OR lease_expires_at <= :now)
    ORDER BY next_crawl_at
    LIMIT :limit
"""


@dataclass
class RecrawlOutcome:
    clip_id: str
    status: str  # the capture status: ok, private, not_found, blocked, ...
    availability: str  # the clip's availability after this check
    message: str | None = None


def new_lease_owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def due_clips(catalogue: Catalogue, now: dt.datetime, limit: int) -> list[tuple[str, str]]:
    """The clips whose next visit is due and that no live run holds."""
    return catalogue.db.execute(DUE_SQL, {"now": iso(now), "limit": limit}).fetchall()


def take_leases(
    catalogue: Catalogue,
    owner: str,
    clip_ids: Iterable[str] | None,
    limit: int,
    now: dt.datetime,
) -> list[tuple[str, str]]:
    """Choose clips (the due ones when `clip_ids` is None) and lease them to `owner`,
    in one transaction, so two runs never take the same clip."""
    expires = iso(now + catalogue.policy.lease)
    with catalogue.write() as db:
        if clip_ids is None:
            chosen = due_clips(catalogue, now, limit)
        else:
            wanted = list(clip_ids)
            marks = ", ".join("?" for _ in wanted)
            chosen = db.execute(
                f"SELECT clip_id, COALESCE(webpage_url, original_url) FROM clips "
                f"WHERE clip_id IN ({marks}) "
                f"AND (lease_expires_at IS NULL OR lease_expires_at <= ?) "
                f"ORDER BY next_crawl_at LIMIT ?",
                [*wanted, iso(now), limit],
            ).fetchall()
        db.conn.executemany(
            "UPDATE clips SET lease_owner = ?, lease_expires_at = ? WHERE clip_id = ?",
            [(owner, expires, clip_id) for clip_id, _ in chosen],
        )
    return chosen


def release(catalogue: Catalogue, owner: str, clip_id: str) -> None:
    with catalogue.write() as db:
        db.execute(
            "UPDATE clips SET lease_owner = NULL, lease_expires_at = NULL "
            "WHERE clip_id = ? AND lease_owner = ?",
            [clip_id, owner],
        )


def recrawl(
    catalogue: Catalogue,
    clip_ids: Iterable[str] | None = None,
    limit: int = 100,
    options: CaptureOptions | None = None,
    run_id: int | None = None,
    on_done: Callable[[RecrawlOutcome], None] | None = None,
    should_stop: Callable[[], bool] = stop_requested,
) -> list[RecrawlOutcome]:
    """Visit the due clips (or the named ones), up to `limit`, and record what we see."""
    options = options or CaptureOptions(pause=catalogue.policy.pause)
    owner = new_lease_owner()
    chosen = take_leases(catalogue, owner, clip_ids, limit, _now())
    outcomes: list[RecrawlOutcome] = []
    if not chosen:
        return outcomes
    with Capturer(catalogue, options, run_id=run_id) as capturer:
        for clip_id, url in chosen:
            if should_stop():
                release(catalogue, owner, clip_id)
                continue
            try:
                outcome = capturer.recheck(clip_id, url)
            finally:
                release(catalogue, owner, clip_id)
            result = _outcome(catalogue, clip_id, outcome)
            outcomes.append(result)
            if on_done:
                on_done(result)
    return outcomes


def _outcome(catalogue: Catalogue, clip_id: str, outcome: CaptureOutcome) -> RecrawlOutcome:
    row = catalogue.db.execute(
        "SELECT availability FROM clips WHERE clip_id = ?", [clip_id]
    ).fetchone()
    return RecrawlOutcome(
        clip_id=clip_id,
        status=outcome.status,
        availability=row[0] if row else "unknown",
        message=outcome.message,
    )
