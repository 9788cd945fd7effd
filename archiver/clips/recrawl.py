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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from archiver import clock
from archiver.clips.availability import SAW_THE_CLIP
from archiver.clips.capture import CaptureOptions, CaptureOutcome, Capturer
from archiver.clips.politeness import at_once_for_clips
from archiver.clips.schedule import SchedulePolicy, interval_for, load_policy
from archiver.clips.task import CaptureResult, FailedCapture, capture_task
from archiver.clock import iso
from archiver.errors import ArchiverError, Outcome
from archiver.interrupt import stop_requested
from archiver.store.catalogue import Catalogue
from archiver.store.runs import record_item
from archiver.tasks import Runner, run_here

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
    run: Runner | None = None,
) -> list[RecrawlOutcome]:
    """Visit the due clips (or the named ones), up to `limit`, and record what we see.
    The entry point of the stage: `recrawl`, `schedule run` and the scheduler call it.
    With `run`, each look runs on a cluster worker (recrawl_task) and only the writing
    happens here; without, the same Fetcher looks from this process."""
    policy = (options.policy if options else None) or load_policy(catalogue.config_path)
    options = options or CaptureOptions(pause=policy.pause)
    options.policy = policy
    owner = new_lease_owner()
    chosen = take_leases(catalogue, owner, clip_ids, limit, clock.now(), policy.lease)
    outcomes: list[RecrawlOutcome] = []
    if not chosen:
        return outcomes
    leased = {clip_id for clip_id, _ in chosen}

    def wanted() -> Iterator[tuple[str, str]]:
        # a stop asked for sends no more looks; those sent are written as they end
        for clip_id, url in chosen:
            if should_stop():
                return
            yield clip_id, url

    with Capturer(catalogue, options, run_id=run_id) as capturer:

        def here(item: tuple[str, str], *_: object) -> CaptureResult:
            return capturer.fetcher.recheck(item[0], item[1], capturer.held_audio)

        if run is None:
            looks = run_here(here, wanted())
        else:
            held = frozenset(capturer.held_audio)
            at_once = at_once_for_clips(capturer.task_options.at_once or {})
            looks = run(recrawl_task, wanted(), capturer.task_options, held, at_once=at_once)
        try:
            for (clip_id, url), result in looks:
                if isinstance(result, ArchiverError):  # the look was lost with its workers
                    failed = FailedCapture(url, result, clip_id=clip_id)
                    result = CaptureResult(url, [failed], recheck=True)
                try:
                    outcome = capturer.write(result)[0]
                finally:
                    release(catalogue, owner, clip_id)
                    leased.discard(clip_id)
                found = _outcome(catalogue, clip_id, outcome)
                record_item(catalogue, run_id, STAGE, clip_id, found)
                outcomes.append(found)
                if on_done:
                    on_done(found)
        finally:
            for clip_id in leased:  # not looked at: free for the next run at once
                release(catalogue, owner, clip_id)
    return outcomes


def recrawl_task(
    item: tuple[str, str], options: CaptureOptions, held_audio: frozenset[str]
) -> CaptureResult:
    """Look again at one clip (its id, its URL) on this process: what a worker runs."""
    clip_id, url = item
    return capture_task(url, options, held_audio, recheck_clip=clip_id)


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
