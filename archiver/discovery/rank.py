"""Ranking listed posts against a citation: each signal in [0, 1], weighted, with the
reasons in words so a reviewer sees what a suggestion rests on."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from archiver.text import name_key

WORD = re.compile(r"[^\W_]+")
STOP = frozenset(
    "a an and are as at be but by for from has have he her his i in is it its of on or "
    "our said say says she that the their they this to was we were what which who with "
    "you video clip tiktok tiktoker".split()
)
# likes, views... as named in a claim -> the count yt-dlp reports
COUNTS = {"likes": "like_count", "views": "view_count", "comments": "comment_count",
          "shares": "repost_count"}  # fmt: skip
# "leads": listed under a sound or hashtag lead, by the leads' weights (leads.py); a
# post on the creator's profile counts through "creator" instead
WEIGHTS = {"metric": 0.3, "quote": 0.3, "creator": 0.2, "words": 0.2, "leads": 0.2}
DATE_WINDOW_DAYS = 365  # how long before the article a cited post may have been posted


@dataclass(frozen=True)
class Citation:
    citation_id: int
    claim: str
    creator: str | None
    metric_kind: str | None
    metric_value: int | None
    quote: str | None
    published: dt.date | None  # the article's date


@dataclass(frozen=True)
class ListedUnder:
    """A sound or hashtag lead a post was listed under."""

    kind: str
    value: str
    weight: float


@dataclass(frozen=True)
class Scored:
    url: str
    title: str | None
    uploader: str | None
    posted_at: str | None
    score: float
    reasons: str


def content_words(text: str | None) -> set[str]:
    return {w for w in WORD.findall((text or "").casefold()) if w not in STOP and len(w) > 1}


def posted(entry: dict[str, Any]) -> dt.date | None:
    if isinstance(entry.get("timestamp"), (int, float)):
        return dt.datetime.fromtimestamp(entry["timestamp"], dt.timezone.utc).date()
    day = str(entry.get("upload_date") or "")
    return dt.datetime.strptime(day, "%Y%m%d").date() if re.fullmatch(r"\d{8}", day) else None


def score_entry(
    citation: Citation,
    entry: dict[str, Any],
    creator_ok: bool,
    listed_under: Sequence[ListedUnder] = (),
) -> Scored | None:
    """The entry's score, or None when it cannot be the clip (posted after the article,
    or long before it)."""
    url = entry.get("url") or entry.get("webpage_url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return None
    day = posted(entry)
    if citation.published and day:
        if day > citation.published + dt.timedelta(days=1):
            return None
        if day < citation.published - dt.timedelta(days=DATE_WINDOW_DAYS):
            return None
    text = f"{entry.get('title') or ''} {entry.get('description') or ''}"
    said = content_words(text)
    signals: dict[str, float] = {}
    reasons: list[str] = []
    count = entry.get(COUNTS.get(citation.metric_kind or "", ""))
    if citation.metric_value and isinstance(count, int):
        gap = abs(count - citation.metric_value) / citation.metric_value
        signals["metric"] = max(0.0, 1.0 - gap)
        reasons.append(f"{count:,} {citation.metric_kind} against {citation.metric_value:,}")
    quoted = content_words(citation.quote)
    if quoted:
        signals["quote"] = len(quoted & said) / len(quoted)
        reasons.append(f"{len(quoted & said)}/{len(quoted)} quoted words in title/description")
    people = [entry.get(k) for k in ("uploader", "channel", "creator", "uploader_id")]
    if creator_ok or (
        citation.creator and name_key(citation.creator) in {name_key(p) for p in people if p}
    ):
        signals["creator"] = 1.0
        reasons.append("creator matches")
    claim_words = content_words(citation.claim)
    if claim_words:
        common = claim_words & said
        signals["words"] = min(1.0, len(common) / max(3, len(said) or 1))
        if common:
            reasons.append("words in common: " + ", ".join(sorted(common)[:6]))
    if listed_under:
        signals["leads"] = min(1.0, sum(lead.weight for lead in listed_under))
        reasons.append("listed under " + ", ".join(f"{u.kind} {u.value}" for u in listed_under))
    score = sum(WEIGHTS[k] * v for k, v in signals.items())
    if day:
        reasons.append(f"posted {day.isoformat()}")
    return Scored(url, entry.get("title"), next((p for p in people if p), None),
                  day.isoformat() if day else None, round(score, 3),
                  "; ".join(reasons) or "listed")  # fmt: skip
