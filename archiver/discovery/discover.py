"""The discovery stage: leads from unresolved citations, listed flat, ranked.

    discover_stage(catalogue, lister, options, citation_ids, run_id) -> DiscoverSummary

For each unresolved citation with no URL: its leads (archiver.discovery.leads: handles,
hashtags in the claim and in the article, the sounds of clips already linked in its
thread, from archiver.discovery.sounds) are stored with their origin and weight; each
lead not listed within `relist_hours` is listed through `lister` (yt-dlp, metadata
only: nothing is downloaded), each listing a run item; a guessed handle whose
profile's own name is not the citation's creator is rejected, so a look-alike account
is never ranked; the posts listed are scored against the citation
(archiver.discovery.rank), each post once with every lead that listed it, and the top
`top` per citation are returned for the capture stage. The link stage then suggests
links among what was captured, as usual.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from archiver.clock import utc_now
from archiver.discovery.leads import DEFAULT_TEMPLATES, Lead, lead_url, leads_for
from archiver.discovery.rank import Citation, ListedUnder, score_entry
from archiver.discovery.sounds import thread_sounds
from archiver.errors import ArchiverError, Outcome
from archiver.interrupt import stop_point
from archiver.store.catalogue import Catalogue
from archiver.store.runs import record_item
from archiver.text import name_key

STAGE = "discover"
MIN_SCORE = 0.2  # below this a post shares nothing but being listed

# url -> yt-dlp's flat answer for it (a playlist); raises ArchiverError
Lister = Callable[[str], dict[str, Any]]


@dataclass
class DiscoverOptions:
    limit: int = 30  # posts listed per lead (--discover-limit)
    top: int = 3  # candidates captured per citation (--discover-top)
    relist_hours: float = 24.0  # a lead listed more recently is not listed again
    templates: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_TEMPLATES))


@dataclass(frozen=True)
class Listed:
    """A post as one lead listed it."""

    lead_id: int
    lead: Lead
    entry: dict[str, Any]
    creator_ok: bool  # listed on a profile that is the creator's


@dataclass
class DiscoverSummary:
    citations: int = 0
    leads: int = 0
    listed: int = 0
    rejected: int = 0  # listings whose profile name was not the creator's
    failed: list[tuple[str, Outcome]] = field(default_factory=list)
    to_capture: list[str] = field(default_factory=list)


def discover_stage(
    catalogue: Catalogue,
    lister: Lister,
    options: DiscoverOptions,
    citation_ids: Iterable[int] | None = None,
    run_id: int | None = None,
) -> DiscoverSummary:
    summary = DiscoverSummary()
    lister = _once_per_url(lister)  # citations of one creator share their listings
    for citation, article_text in _citations(catalogue, citation_ids):
        stop_point()
        summary.citations += 1
        listed: list[Listed] = []
        sounds = thread_sounds(catalogue, citation.citation_id)
        for lead in leads_for(citation.claim, citation.creator, article_text, sounds):
            url = lead_url(lead, options.templates)
            if url is None:
                continue
            summary.leads += 1
            lead_id = _save_lead(catalogue, citation.citation_id, lead, url)
            if _listed_recently(catalogue, lead_id, options.relist_hours):
                continue
            entries, matched = _list(
                catalogue, lister, lead, lead_id, url, options.limit, run_id, summary
            )
            # only a profile that is the creator's vouches for its posts' creator
            creator_ok = lead.kind == "user" and (lead.trusted or matched)
            listed.extend(Listed(lead_id, lead, entry, creator_ok) for entry in entries)
        _rank(catalogue, citation, listed)
        summary.to_capture.extend(_chosen(catalogue, citation.citation_id, options.top))
    summary.to_capture = list(dict.fromkeys(summary.to_capture))
    return summary


def _once_per_url(lister: Lister) -> Lister:
    answers: dict[str, dict[str, Any] | ArchiverError] = {}

    def listed(url: str) -> dict[str, Any]:
        if url not in answers:
            try:
                answers[url] = lister(url)
            except ArchiverError as error:
                answers[url] = error
        answer = answers[url]
        if isinstance(answer, ArchiverError):
            raise answer
        return answer

    return listed


def _citations(catalogue: Catalogue, ids: Iterable[int] | None) -> list[tuple[Citation, str]]:
    """Each citation to look for, with its article's text (for the article's hashtags)."""
    rows = catalogue.db.execute(
        """SELECT ci.citation_id, cl.text, COALESCE(ci.creator, ci.inferred_creator),
                  ci.metric_kind, ci.metric_value, ci.quote, a.published_at, a.text
           FROM citations ci JOIN claims cl USING (claim_id) JOIN articles a USING (article_id)
           WHERE ci.status = 'unresolved' AND ci.url IS NULL AND ci.same_clip_as IS NULL
           ORDER BY ci.citation_id"""
    ).fetchall()
    wanted = None if ids is None else set(ids)
    return [
        (Citation(row[0], row[1], row[2], row[3], row[4], row[5], _date(row[6])), row[7] or "")
        for row in rows
        if wanted is None or row[0] in wanted
    ]


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _save_lead(catalogue: Catalogue, citation_id: int, lead: Lead, url: str) -> int:
    with catalogue.write() as db:
        db.execute(
            """INSERT OR IGNORE INTO discovery_leads
               (citation_id, kind, value, origin, trusted, weight, url, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                citation_id,
                lead.kind,
                lead.value,
                lead.origin,
                int(lead.trusted),
                lead.weight,
                url,
                utc_now(),
            ],  # fmt: skip
        )
        return db.execute(
            "SELECT lead_id FROM discovery_leads WHERE citation_id = ? AND kind = ? AND value = ?",
            [citation_id, lead.kind, lead.value],
        ).fetchone()[0]


def _listed_recently(catalogue: Catalogue, lead_id: int, hours: float) -> bool:
    """Listed within `hours`: its posts are already ranked, and a profile that was not
    there (not_found) is not asked again; only a transient failure is retried."""
    since = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=hours)).isoformat()
    row = catalogue.db.execute(
        """SELECT 1 FROM discovery_listings WHERE lead_id = ? AND listed_at >= ?
           AND status NOT IN ('network', 'timed_out', 'rate_limited', 'blocked', 'error')""",
        [lead_id, since],
    ).fetchone()
    return row is not None


def _list(
    catalogue: Catalogue,
    lister: Lister,
    lead: Lead,
    lead_id: int,
    url: str,
    limit: int,
    run_id: int | None,
    summary: DiscoverSummary,
) -> tuple[list[dict[str, Any]], bool]:
    """The lead's posts, and whether the profile's own name is the creator's."""
    name, entries, outcome = None, [], Outcome()
    try:
        info = lister(url)
        if not isinstance(info, dict):
            raise ArchiverError(f"{url} gave no list")
        entries = [e for e in (info.get("entries") or []) if isinstance(e, dict)][:limit]
        names = _names(info, entries, lead.value)
        name = names[0] if names else None
    except ArchiverError as error:
        outcome = Outcome.failed(error)
        # a guessed handle that is nobody's, a sound or hashtag list the platform will
        # not give: recorded, but no failure of the run
        if lead.named:
            summary.failed.append((url, outcome))
    matched = False
    if outcome.ok and lead.kind == "user" and not lead.trusted:
        creator = _creator(catalogue, lead_id)
        matched = creator is not None and name_key(creator) in {name_key(n) for n in names}
        if not matched:
            shown = ", ".join(repr(n) for n in names[:3]) or "no name"
            outcome = Outcome(status="rejected", message=f"profile name {shown} is not {creator!r}")
            summary.rejected += 1
            entries = []
    summary.listed += outcome.ok
    with catalogue.write() as db:
        db["discovery_listings"].insert({
            "lead_id": lead_id, "run_id": run_id, "listed_at": utc_now(),
            "status": outcome.status, "name": name, "entries": len(entries),
            "message": outcome.message,
        })  # fmt: skip
    record_item(catalogue, run_id, STAGE, url, outcome)
    return entries, matched


def _names(info: dict[str, Any], entries: list[dict[str, Any]], handle: str) -> list[str]:
    """Display names the listing gives; a name spelled as the handle itself proves
    nothing (a look-alike account chose it), so it is left out."""
    found = [info.get(k) for k in ("channel", "uploader", "title")]
    for entry in entries:
        found.extend(entry.get(k) for k in ("channel", "creator", "uploader"))
    names = [n.strip() for n in found if isinstance(n, str) and n.strip()]
    return list(dict.fromkeys(n for n in names if n.casefold().lstrip("@") != handle))


def _creator(catalogue: Catalogue, lead_id: int) -> str | None:
    row = catalogue.db.execute(
        """SELECT COALESCE(ci.creator, ci.inferred_creator) FROM discovery_leads l
           JOIN citations ci USING (citation_id) WHERE l.lead_id = ?""",
        [lead_id],
    ).fetchone()
    return row[0] if row else None


def _rank(catalogue: Catalogue, citation: Citation, listed: list[Listed]) -> None:
    """Score each post once, with every lead that listed it: its creator's profile
    vouches for the creator; a sound or hashtag adds its weight."""
    by_url: dict[str, list[Listed]] = {}
    for item in listed:
        url = item.entry.get("url") or item.entry.get("webpage_url")
        if isinstance(url, str):
            by_url.setdefault(url, []).append(item)
    now = utc_now()
    with catalogue.write() as db:
        for items in by_url.values():
            merged: dict[str, Any] = {}
            for item in items:  # what one listing leaves out, another may give
                for key, value in item.entry.items():
                    if merged.get(key) is None:
                        merged[key] = value
            under = [
                ListedUnder(item.lead.kind, item.lead.value, item.lead.weight)
                for item in items if item.lead.kind != "user"
            ]  # fmt: skip
            creator_ok = any(item.creator_ok for item in items)
            scored = score_entry(citation, merged, creator_ok, under)
            if scored is None:
                continue
            best = max(items, key=lambda item: (item.creator_ok, item.lead.weight))
            db.execute(
                """INSERT INTO discovery_candidates (citation_id, lead_id, url, title, uploader,
                   posted_at, score, reasons, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (citation_id, url) DO UPDATE SET score = MAX(score, excluded.score),
                   reasons = CASE WHEN excluded.score > score THEN excluded.reasons
                                  ELSE reasons END,
                   lead_id = CASE WHEN excluded.score > score THEN excluded.lead_id
                                  ELSE lead_id END, scored_at = excluded.scored_at""",
                [citation.citation_id, best.lead_id, scored.url, scored.title, scored.uploader,
                 scored.posted_at, scored.score, scored.reasons, now],
            )  # fmt: skip
            db.conn.executemany(
                """INSERT OR IGNORE INTO discovery_candidate_leads (citation_id, url, lead_id)
                   VALUES (?, ?, ?)""",
                [(citation.citation_id, scored.url, item.lead_id) for item in items],
            )


def _chosen(catalogue: Catalogue, citation_id: int, top: int) -> list[str]:
    with catalogue.write() as db:
        urls = [
            row[0]
            for row in db.execute(
                """SELECT url FROM discovery_candidates WHERE citation_id = ? AND score >= ?
                   ORDER BY score DESC, url LIMIT ?""",
                [citation_id, MIN_SCORE, top],
            )
        ]
        db.execute("UPDATE discovery_candidates SET chosen = 0 WHERE citation_id = ?",
                   [citation_id])  # fmt: skip
        db.conn.executemany(
            "UPDATE discovery_candidates SET chosen = 1 WHERE citation_id = ? AND url = ?",
            [(citation_id, url) for url in urls],
        )
    return urls
