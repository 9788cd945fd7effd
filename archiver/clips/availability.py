"""What a clip's latest check means for its availability, and when to check again.

A clip the platform no longer shows is not called removed on the first failure: it
is `missing` until `removal_confirmations` failed checks, each at least
`confirmation_spacing` after the last, agree; only then is it `removed`. A refusal
aimed at us (TikTok 10204, HTTP 403, rate limits) says nothing about the clip and
never counts towards a removal. A clip that answers again is `available` once more,
with `restored_at` set. Archived media is never touched here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from archiver import clock
from archiver.clips.schedule import SchedulePolicy, interval_for
from archiver.clock import iso

# capture statuses that mean "the platform no longer has this clip"
REMOVAL_LIKE = frozenset({"not_found", "removed", "unavailable"})
# statuses where the platform tells us the clip's own state
STATED = {
    "private": "private",
    "login_required": "login_required",
    "region_blocked": "region_blocked",
}
# statuses that are about us, not the clip
ABOUT_US = frozenset({"blocked", "rate_limited"})
# statuses of a check that saw the clip's state (its media may still have failed);
# any other status (network trouble, a block, an unknown error) means we could not look
SAW_THE_CLIP = frozenset({"ok", "no_audio", "corrupt_media"} | REMOVAL_LIKE | set(STATED))


def _growth_per_day(db: Any, clip_id: str, views: int | None, now: dt.datetime) -> float | None:
    """Relative view growth per day since the previous observation with views."""
    if views is None:
        return None
    row = db.execute(
        "SELECT views, observed_at FROM observations WHERE clip_id = ? AND views IS NOT NULL "
        "ORDER BY observed_at DESC, observation_id DESC LIMIT 1",
        [clip_id],
    ).fetchone()
    if not row or not row[0]:
        return None
    days = max((now - dt.datetime.fromisoformat(row[1])).total_seconds() / 86400, 1 / 24)
    return (views - row[0]) / row[0] / days


def _linked(db: Any, clip_id: str) -> bool:
    return bool(
        db.execute(
            "SELECT 1 FROM evidence WHERE clip_id = ? AND status != 'rejected' LIMIT 1", [clip_id]
        ).fetchone()
    )


def after_success(
    db: Any, clip: dict, views: int | None, now: dt.datetime, policy: SchedulePolicy
) -> tuple[dict, str | None]:
    """Clip changes after a check that found it, and the observation's reason code.
    Call before the new observation is stored (growth is measured against the last)."""
    came_back = clip.get("first_missing_at") or clip.get("availability", "available") not in (
        "available",
        "blocked",
    )
    changes = {
        "availability": "available",
        "last_seen_at": iso(now),
        "first_missing_at": None,
        "missing_checks": 0,
        "missing_checked_at": None,
        "error_streak": 0,
        "next_crawl_at": iso(
            now
            + interval_for(
                policy,
                now,
                clip.get("posted_at") or clip.get("first_captured_at"),
                linked=_linked(db, clip["clip_id"]),
                growth_per_day=_growth_per_day(db, clip["clip_id"], views, now),
            )
        ),
    }
    if came_back:
        changes["restored_at"] = iso(now)
    return changes, "restored" if came_back else None


def after_failure(
    clip: dict, status: str, now: dt.datetime, policy: SchedulePolicy
) -> tuple[dict, str]:
    """Clip changes after a failed check, and the state the observation records."""
    born = clip.get("posted_at") or clip.get("first_captured_at")
    if status in REMOVAL_LIKE:
        checks = clip.get("missing_checks") or 0
        last = clock.parse(clip.get("missing_checked_at"))
        counted = last is None or now - last >= policy.confirmation_spacing
        if counted:
            checks += 1
        confirmed = checks >= policy.removal_confirmations
        changes = {
            "availability": "removed" if confirmed else "missing",
            "first_missing_at": clip.get("first_missing_at") or iso(now),
            "missing_checks": checks,
            "missing_checked_at": iso(now) if counted else clip.get("missing_checked_at"),
            "removed_at": clip.get("removed_at") or iso(now)
            if confirmed
            else clip.get("removed_at"),
            # confirm on schedule while unconfirmed; then only look now and then
            "next_crawl_at": iso(
                now + (policy.later_every if confirmed else policy.confirmation_spacing)
            ),
        }
        return changes, "removed" if confirmed else "missing"
    streak = (clip.get("error_streak") or 0) + 1
    next_at = iso(now + interval_for(policy, now, born, error_streak=streak))
    if status in STATED:
        state = STATED[status]
        return {
            "availability": state,
            "missing_checks": 0,
            "missing_checked_at": None,
            "error_streak": streak,
            "next_crawl_at": next_at,
        }, state
    if status in ABOUT_US:
        # our problem: a clip known to be missing or removed stays so
        current = clip.get("availability") or "available"
        state = "blocked" if current in ("available", "blocked") else current
        return {"availability": state, "error_streak": streak, "next_crawl_at": next_at}, (
            "blocked"
        )
    # network trouble or an unknown error: keep what we knew, try again later
    return {"error_streak": streak, "next_crawl_at": next_at}, "error"
