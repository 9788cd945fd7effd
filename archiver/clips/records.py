"""Catalogue rows for what a capture or re-crawl saw: capture, clip, account, observation,
media.

    save_capture(catalogue, record)          a capture that read a clip (media or not)
    save_failed_capture(catalogue, failure)  a capture that could not read one

Each is one write transaction, so a capture is recorded whole or not at all. Fields
that change upstream (a title, a description, a handle, a display name) are updated in
place and every change is kept in `field_history`, so nothing the platform once showed
is lost.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass, field
from typing import Any

import yt_dlp

from archiver import clock, errors
from archiver.clips.availability import after_failure, after_success
from archiver.clips.normalize import Metrics, NormalizedInfo
from archiver.clips.provenance import HttpExchange
from archiver.clips.schedule import SchedulePolicy
from archiver.clock import iso
from archiver.store.catalogue import Catalogue

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
        "kind": clip.kind,
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


@dataclass(frozen=True)
class StoredMedia:
    """A file in the media store, as a clip's media row lists it."""

    sha256: str
    kind: str  # audio, video, thumbnail, subtitles
    path: str  # relative to the archive directory
    bytes: int
    mime_type: str | None = None
    codec: str | None = None
    duration: float | None = None
    language: str | None = None
    width: int | None = None  # of a video or an image
    height: int | None = None


@dataclass(frozen=True)
class StoredKeyframe:
    """A frame cut from a stored video at a moment, itself a stored image."""

    video_sha256: str
    sha256: str
    seconds: float
    reason: str  # first, scene, floor


@dataclass(frozen=True)
class ClipImage:
    """An image of a photo post, at its place in the post."""

    sha256: str
    position: int  # 1, 2, ...
    width: int | None = None
    height: int | None = None


@dataclass
class CaptureRecord:
    """What one successful extraction saw, ready to be written."""

    url: str  # as requested
    parent_url: str | None  # the profile or playlist it was listed on
    found: NormalizedInfo
    info_json_gz: bytes  # yt-dlp's sanitized info, secrets removed, compressed
    moment: dt.datetime
    media: list[StoredMedia] = field(default_factory=list)
    failure: errors.ArchiverError | None = None  # why media is missing, if it is
    impersonation: str | None = None  # the browser the page fetch looked like
    proxy: str | None = None  # the proxy's address, never its credentials
    page_data_gz: bytes | None = None  # the page's own data on the post, JSON, gzip
    images: list[ClipImage] = field(default_factory=list)  # a photo post's, in order
    keyframe_images: list[StoredMedia] = field(default_factory=list)  # not in clip_media
    keyframes: list[StoredKeyframe] = field(default_factory=list)
    # what the servers answered: status, headers, TLS chain (archiver.clips.provenance)
    exchanges: list[HttpExchange] = field(default_factory=list)
    exchanges_dropped: int = 0  # answers over the cap, counted and not kept


@functools.cache
def _archiver_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("archiver")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown"


def _capture_row(
    run_id: int | None,
    url: str,
    parent_url: str | None,
    clip_id: str | None,
    captured_at: str,
    failure: errors.ArchiverError | None,
    **extra: Any,
) -> dict[str, Any]:
    """One attempt's provenance row, whatever its outcome."""
    return {
        "run_id": run_id,
        "requested_url": url,
        "parent_url": parent_url,
        "clip_id": clip_id,
        "captured_at": captured_at,
        "status": failure.status if failure else "ok",
        "error_class": type(failure).__name__ if failure else None,
        "error_message": failure.message if failure else None,
        "ytdlp_version": yt_dlp.version.__version__,
        "archiver_version": _archiver_version(),
        **extra,
    }


def save_exchanges(db: Any, capture_id: int, exchanges: list[HttpExchange]) -> None:
    """The HTTP answers a capture received, in order."""
    db["capture_exchanges"].insert_all(
        {
            "capture_id": capture_id,
            "position": position,
            "phase": exchange.phase,
            "url": exchange.url,
            "status": exchange.status,
            "headers": json.dumps(exchange.headers, ensure_ascii=False),
            "headers_cut": exchange.headers_cut,
            "tls_version": exchange.tls_version,
            "tls_chain_pem": "".join(exchange.tls_chain_pem) or None,
            "tls_note": exchange.tls_note,
            "fetched_at": exchange.fetched_at,
        }
        for position, exchange in enumerate(exchanges, 1)
    )


def save_capture(
    catalogue: Catalogue, record: CaptureRecord, policy: SchedulePolicy, run_id: int | None
) -> int:
    """Write the capture, its clip and account, an observation and the media rows, in
    one transaction; returns the capture id."""
    now = iso(record.moment)
    found = record.found
    with catalogue.write() as db:
        changes = save_account(db, found, now)
        clip_changes, reason = save_clip(db, found, record.url, record.moment, policy)
        row = _capture_row(
            run_id,
            record.url,
            record.parent_url,
            found.clip.clip_id,
            now,
            record.failure,
            webpage_url=found.clip.webpage_url,
            info_json_gz=record.info_json_gz,
            impersonation=record.impersonation,
            proxy=record.proxy,
            page_data_gz=record.page_data_gz,
            exchanges_dropped=record.exchanges_dropped,
        )
        capture_id = db["captures"].insert(row).last_pk
        save_exchanges(db, capture_id, record.exchanges)
        save_history(db, changes + clip_changes, now, capture_id)
        save_observation(
            db, found.clip.clip_id, capture_id, now, "available", found.metrics, reason
        )
        for media in record.media:
            db["media_files"].insert({**vars(media), "created_at": now}, ignore=True)
            link = {"clip_id": found.clip.clip_id, "sha256": media.sha256, "kind": media.kind}
            db["clip_media"].insert({**link, "capture_id": capture_id}, ignore=True)
        db["clip_images"].insert_all(
            {"clip_id": found.clip.clip_id, "capture_id": capture_id, **vars(image)}
            for image in record.images
        )
        # the frames are listed in keyframes, not clip_media: a clip has dozens
        for image in record.keyframe_images:
            db["media_files"].insert({**vars(image), "created_at": now}, ignore=True)
        db["keyframes"].insert_all(
            ({**vars(frame), "capture_id": capture_id} for frame in record.keyframes),
            ignore=True,
        )
    return capture_id


def save_failed_capture(
    catalogue: Catalogue,
    url: str,
    failure: errors.ArchiverError,
    policy: SchedulePolicy,
    run_id: int | None,
    parent_url: str | None = None,
    clip_id: str | None = None,
    moment: dt.datetime | None = None,
    exchanges: tuple[list[HttpExchange], int] = ([], 0),
) -> tuple[int, str | None]:
    """Record a capture that read no clip; when `clip_id` names a clip we hold, what the
    failure means for its availability too. Returns the capture id and the clip id
    when the clip is one we hold."""
    moment = moment or clock.now()
    with catalogue.write() as db:
        known = clip_id is not None and db["clips"].count_where("clip_id = ?", [clip_id]) > 0
        row = _capture_row(
            run_id,
            url,
            parent_url,
            clip_id if known else None,
            iso(moment),
            failure,
            exchanges_dropped=exchanges[1],
        )
        capture_id = db["captures"].insert(row).last_pk
        save_exchanges(db, capture_id, exchanges[0])
        if known:
            record_failed_check(db, clip_id, capture_id, failure.status, moment, policy)
    return capture_id, clip_id if known else None
