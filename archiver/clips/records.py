"""Catalogue rows for what a capture or re-crawl saw: clip, account, observation.

Fields that change upstream (a title, a description, a handle, a display name)
are updated in place and every change is kept in `field_history`, so nothing the
platform once showed is lost. Call these inside `Catalogue.write()`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from archiver.clips.availability import after_failure, after_success
from archiver.clips.normalize import Metrics, NormalizedInfo
from archiver.clips.schedule import SchedulePolicy, iso

CLIP_TRACKED = ("title", "description", "uploader", "uploader_id", "track")
ACCOUNT_TRACKED = ("handle", "display_name", "url")

Change = tuple[str, str, str, Any, Any]  # entity, entity_id, field, old, new


def _changes(entity: str, entity_id: str, old: dict, new: dict, tracked: tuple) -> list[Change]:
    return [
        (entity, entity_id, name, old.get(name), new.get(name))
        for name in tracked
        if old.get(name) != new.get(name)
    ]


def save_history(db: Any, changes: list[Change], now: str, capture_id: int | None) -> None:
    db["field_history"].insert_all(
        {
            "entity": entity,
            "entity_id": entity_id,
            "field": name,
            "old_value": old,
            "new_value": new,
            "changed_at": now,
            "capture_id": capture_id,
        }
        for entity, entity_id, name, old, new in changes
    )


def save_account(db: Any, found: NormalizedInfo, now: str) -> list[Change]:
    account = found.account
    if account is None:
        return []
    row = {
        "account_id": account.account_id,
        "extractor": account.extractor,
        "channel_id": account.channel_id,
        "uploader_id": account.uploader_id,
        "handle": account.handle,
        "display_name": account.display_name,
        "url": account.url,
        "last_seen_at": now,
    }
    old = next(db.query("SELECT * FROM accounts WHERE account_id = ?", [account.account_id]), None)
    if old is None:
        db["accounts"].insert({**row, "first_seen_at": now})
        return []
    db["accounts"].update(account.account_id, row)
    return _changes("account", account.account_id, old, row, ACCOUNT_TRACKED)


def save_clip(
    db: Any, found: NormalizedInfo, url: str, now: dt.datetime, policy: SchedulePolicy
) -> tuple[list[Change], str | None]:
    """Insert or update the clip after a successful check; returns the tracked field
    changes and the observation's reason code ('restored' when it came back)."""
    clip = found.clip
    row = {
        "clip_id": clip.clip_id,
        "extractor": clip.extractor,
        "platform_id": clip.platform_id,
        "account_id": found.account.account_id if found.account else None,
        "webpage_url": clip.webpage_url,
        "title": clip.title,
        "description": clip.description,
        "uploader": clip.uploader,
        "uploader_id": clip.uploader_id,
        "channel_id": clip.channel_id,
        "posted_at": clip.posted_at,
        "duration": clip.duration,
        "track": clip.track,
        "artist": clip.artist,
    }
    old = next(db.query("SELECT * FROM clips WHERE clip_id = ?", [clip.clip_id]), None)
    state, reason = after_success(
        db, old or {**row, "first_captured_at": iso(now)}, found.metrics.views, now, policy
    )
    if old is None:
        db["clips"].insert({**row, **state, "original_url": url, "first_captured_at": iso(now)})
        return [], None
    db["clips"].update(clip.clip_id, {**row, **state})
    return _changes("clip", clip.clip_id, old, row, CLIP_TRACKED), reason


def save_observation(
    db: Any,
    clip_id: str,
    capture_id: int | None,
    now: str,
    availability: str,
    metrics: Metrics | None = None,
    reason_code: str | None = None,
) -> None:
    db["observations"].insert(
        {
            "clip_id": clip_id,
            "capture_id": capture_id,
            "observed_at": now,
            "views": metrics.views if metrics else None,
            "likes": metrics.likes if metrics else None,
            "comments": metrics.comments if metrics else None,
            "reposts": metrics.reposts if metrics else None,
            "saves": metrics.saves if metrics else None,
            "availability": availability,
            "reason_code": reason_code,
        }
    )


def record_failed_check(
    db: Any,
    clip_id: str,
    capture_id: int | None,
    status: str,
    now: dt.datetime,
    policy: SchedulePolicy,
) -> str:
    """A check of a clip we hold failed: update its availability; returns the state."""
    clip = next(db.query("SELECT * FROM clips WHERE clip_id = ?", [clip_id]))
    changes, state = after_failure(clip, status, now, policy)
    db["clips"].update(clip_id, changes)
    save_observation(db, clip_id, capture_id, iso(now), state, reason_code=status)
    return state
