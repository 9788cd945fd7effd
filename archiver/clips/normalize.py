"""yt-dlp's sanitized info dict -> the Clip, Account and Metrics we catalogue.

Reads are tolerant: extractors fill different fields, and any may be missing.
"""

from __future__ import annotations

import datetime as dt
import urllib.parse
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Account:
    account_id: str
    extractor: str
    channel_id: str | None
    uploader_id: str | None
    handle: str | None
    display_name: str | None
    url: str | None


@dataclass(frozen=True)
class Metrics:
    views: int | None
    likes: int | None
    comments: int | None
    reposts: int | None
    saves: int | None


@dataclass(frozen=True)
class Clip:
    clip_id: str
    extractor: str
    platform_id: str
    webpage_url: str | None
    title: str | None
    description: str | None
    uploader: str | None
    uploader_id: str | None
    channel_id: str | None
    posted_at: str | None
    duration: float | None
    track: str | None
    artist: str | None
    kind: str = "video"  # or "photo": a post of images and a sound


@dataclass(frozen=True)
class NormalizedInfo:
    clip: Clip
    account: Account | None
    metrics: Metrics


def extractor_name(info: dict[str, Any]) -> str:
    return str(info.get("extractor_key") or info.get("extractor") or "unknown").lower()


def clip_key(info: dict[str, Any]) -> str:
    """'{extractor}:{id}'. The generic extractor's id is only a file name, so there
    the page's host and path stand in for it, or two sites would collide."""
    extractor = extractor_name(info)
    if extractor == "generic":
        page = urllib.parse.urlsplit(info.get("webpage_url") or info.get("url") or "")
        query = f"?{page.query}" if page.query else ""
        return f"generic:{page.netloc}{page.path}{query}"
    return f"{extractor}:{info['id']}"


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _count(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _number(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def posted_at(info: dict[str, Any]) -> str | None:
    timestamp = _number(info.get("timestamp"))
    if timestamp is not None:
        return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).isoformat(timespec="seconds")
    upload_date = _text(info.get("upload_date"))
    if upload_date and len(upload_date) == 8 and upload_date.isdigit():
        return f"{upload_date[:4]}-{upload_date[4:6]}-{upload_date[6:]}"
    return None


def _handle(info: dict[str, Any]) -> str | None:
    """The @name a platform shows, taken from the account URL or id that carries it."""
    for url in (info.get("uploader_url"), info.get("channel_url")):
        last = urllib.parse.urlsplit(str(url or "")).path.rstrip("/").rsplit("/", 1)[-1]
        if last.startswith("@") and len(last) > 1:
            return last
    uploader_id = _text(info.get("uploader_id"))
    return uploader_id if uploader_id and uploader_id.startswith("@") else None


def account_from_info(info: dict[str, Any]) -> Account | None:
    extractor = extractor_name(info)
    channel_id = _text(info.get("channel_id"))
    uploader_id = _text(info.get("uploader_id"))
    display_name = _text(info.get("channel")) or _text(info.get("uploader"))
    stable = channel_id or uploader_id or display_name
    if not stable:
        return None
    return Account(
        account_id=f"{extractor}:{stable}",
        extractor=extractor,
        channel_id=channel_id,
        uploader_id=uploader_id,
        handle=_handle(info),
        display_name=display_name,
        url=_text(info.get("uploader_url")) or _text(info.get("channel_url")),
    )


def metrics_from_info(info: dict[str, Any]) -> Metrics:
    return Metrics(
        views=_count(info.get("view_count")),
        likes=_count(info.get("like_count")),
        comments=_count(info.get("comment_count")),
        reposts=_count(info.get("repost_count")),
        saves=_count(info.get("save_count")),
    )


def normalize(info: dict[str, Any]) -> NormalizedInfo:
    clip = Clip(
        clip_id=clip_key(info),
        extractor=extractor_name(info),
        platform_id=str(info.get("id")),
        webpage_url=_text(info.get("webpage_url")),
        title=_text(info.get("title")),
        description=_text(info.get("description")),
        uploader=_text(info.get("uploader")),
        uploader_id=_text(info.get("uploader_id")),
        channel_id=_text(info.get("channel_id")),
        posted_at=posted_at(info),
        duration=_number(info.get("duration")),
        track=_text(info.get("track")),
        artist=_text(info.get("artist")) or _text(", ".join(info.get("artists") or [])),
        kind="photo" if info.get("images") else "video",
    )
    return NormalizedInfo(
        clip=clip, account=account_from_info(info), metrics=metrics_from_info(info)
    )
