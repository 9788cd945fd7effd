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

from archiver import clock
from archiver.clips.availability import SAW_THE_CLIP
from archiver.clips.capture import CaptureOptions, CaptureOutcome, Capturer
from archiver.clips.schedule import SchedulePolicy, interval_for, load_policy
from archiver.clock import iso
from archiver.errors import Outcome
from archiver.interrupt import stop_requested
from archiver.store.catalogue import Catalogue
from archiver.store.runs import record_item

STAGE = "recrawl"

DUE_SQL = """
    SELECT clip_id, COALESCE(webpage_url, original_url) FROM clips
    WHERE next_crawl_at <= :now
      AND (lease_expires_at IS NULL OR lease_expires_at <= :now)
    ORDER BY next_crawl_at
    LIMIT :limit
"""


@dataclass(kw_only=True)
class RecrawlOutcome(Outcome):
    """status: the capture's (ok, private, not_found, blocked, network, ...)."""

    clip_id: str
    availability: str  # the clip's availability after this check

    @property
    def looked(self) -> bool:
        """Whether the check saw the clip's state. A network failure or a block says
        nothing about the clip: the check failed, and the clip keeps its last state."""
        return self.status in SAW_THE_CLIP


def new_lease_owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def due_clips(catalogue: Catalogue, now: dt.datetime, limit: int) -> list[tuple[str, str]]:
    """The clips whose next visit is due and that no live run holds."""
    return catalogue.db.execute(DUE_SQL, {"now": iso(now), "limit": limit}).fetchall()


def take_leases(
    catalogue: Catalogue,
    owner: str,
    clip_ids: Iterable[str] | None,
    limit: int,
    now: dt.datetime,
    lease: dt.timedelta,
) -> list[tuple[str, str]]:
    """Choose clips (the due ones when `clip_ids` is None) and lease them to `owner`,
    in one transaction, so two runs never take the same clip."""
    expires = iso(now + lease)
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
    """Visit the due clips (or the named ones), up to `limit`, and record what we see.
    The entry point of the stage: `recrawl`, `schedule run` and the scheduler call it."""
    policy = (options.policy if options else None) or load_policy(catalogue.config_path)
    options = options or CaptureOptions(pause=policy.pause)
    options.policy = policy
    owner = new_lease_owner()
    chosen = take_leases(catalogue, owner, clip_ids, limit, clock.now(), policy.lease)
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
            record_item(catalogue, run_id, STAGE, clip_id, result)
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
        error_class=outcome.error_class,
        message=outcome.message,
        availability=row[0] if row else "unknown",
    )


def watch_linked_sooner(catalogue: Catalogue, policy: SchedulePolicy | None = None) -> int:
    """Bring forward the next visit of clips that claims are now linked to.

    A clip's schedule is set when it is captured, before the link stage has tied it to
    any claim; a linked clip is evidence and is watched more often (`linked_factor`)
    from its first capture on. Returns how many clips were brought forward."""
    policy = policy or load_policy(catalogue.config_path)
    rows = catalogue.db.execute(
        """SELECT clip_id, COALESCE(posted_at, first_captured_at), last_seen_at, next_crawl_at
        FROM clips c WHERE error_streak = 0 AND last_seen_at IS NOT NULL
        AND EXISTS (SELECT 1 FROM evidence e WHERE e.clip_id = c.clip_id
                    AND e.status != 'rejected')"""
    ).fetchall()
    sooner = []
    for clip_id, born, last_seen, next_at in rows:
        seen = clock.parse(last_seen)
        due = iso(seen + interval_for(policy, seen, born, linked=True)) if seen else None
        if due and (next_at is None or due < next_at):
            sooner.append((due, clip_id))
    if sooner:
        with catalogue.write() as db:
            db.conn.executemany("UPDATE clips SET next_crawl_at = ? WHERE clip_id = ?", sooner)
    return len(sooner)


def all_clip_ids(catalogue: Catalogue) -> list[str]:
    return [row[0] for row in catalogue.db.execute("SELECT clip_id FROM clips ORDER BY clip_id")]
