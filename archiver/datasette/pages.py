"""The data behind each page: read in a thread from a plain sqlite3 connection.

Every query reads only columns that every catalogue has, or checks first: a catalogue
from before a later migration shows fewer lines, not an error.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from archiver.clock import parse as parse_time
from archiver.datasette.common import (
    ARTICLE_PAGE_CLAIMS,
    AVAILABILITY_FIELDS,
    NOT_GONE_SQL,
    PAGE_SIZE,
    is_gone,
    number,
    placeholders,
    safe_href,
    sql_one,
    sql_rows,
    table_columns,
)

# ---------------------------------------------------------------- metric history chart


def metric_charts(observations: list[dict], width: int = 560, height: int = 120) -> list[dict]:
    """One small chart per counted metric (views and likes differ by orders of magnitude,
    so they get separate y axes). Coordinates only: the template draws the SVG, so every
    label passes through autoescaping."""
    timed = [(o, parse_time(o.get("observed_at"))) for o in observations]
    timed = [(o, moment) for o, moment in timed if moment is not None]
    if not timed:
        return []
    skip = {"availability", "reason_code"}
    metrics = [
        key
        for key in timed[0][0]
        if key not in skip
        and not key.endswith(("_id", "_at"))
        and all(isinstance(o[key], int | float | type(None)) for o, _ in timed)
        and any(o[key] is not None for o, _ in timed)
    ]
    left, right, top, bottom = 64, 12, 10, 22
    plot_w, plot_h = width - left - right, height - top - bottom
    start, end = timed[0][1], timed[-1][1]
    span = (end - start).total_seconds()

    def x_of(moment: dt.datetime) -> float:
        if span <= 0:
            return left + plot_w / 2
        return round(left + plot_w * (moment - start).total_seconds() / span, 1)

    gaps = [
        {"x": x_of(moment), "label": f"{o['availability']} at {o['observed_at']}"}
        for o, moment in timed
        if o.get("availability") != "available"
    ]
    charts = []
    for metric in metrics:
        values = [(o, moment) for o, moment in timed if o[metric] is not None]
        highest = max(o[metric] for o, _ in values) or 1
        points = [
            {
                "x": x_of(moment),
                "y": round(top + plot_h * (1 - o[metric] / highest), 1),
                "label": f"{number(o[metric])} {metric} at {o['observed_at']}",
            }
            for o, moment in values
        ]
        charts.append(
            {
                "metric": metric,
                "width": width,
                "height": height,
                "left": left,
                "right": width - right,
                "top": top,
                "bottom": height - bottom,
                "points": points,
                "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
                "highest": number(highest),
                "latest": number(values[-1][0][metric]),
                "first_at": timed[0][0]["observed_at"][:10],
                "last_at": timed[-1][0]["observed_at"][:10],
                "gaps": gaps,
            }
        )
    return charts


# ---------------------------------------------------------------- page data (sync, in a thread)


def _main_transcripts(transcripts: list[dict]) -> tuple[dict | None, dict | None]:
    """The transcript spans are read from (Whisper's own-language one first), and its
    English translation when there is one."""
    usable = [t for t in transcripts if t["status"] == "ok"]
    said = sorted(usable, key=lambda t: (t["task"] != "transcribe", t["source"] != "whisper"))
    translated = [t for t in usable if t["task"] == "translate"]
    return (said[0] if said else None), (translated[0] if translated else None)


def _in_span(segments: list[dict], start: float | None, end: float | None) -> list[dict]:
    low = start if start is not None else 0.0
    high = end if end is not None else float("inf")
    return [s for s in segments if s["end_seconds"] > low and s["start_seconds"] < high]


def load_clip(conn: sqlite3.Connection, clip_id: str) -> dict | None:
    clip = sql_one(conn, "SELECT * FROM clips WHERE clip_id = ?", [clip_id])
    if clip is None:
        return None
    account = None
    if clip.get("account_id"):
        account = sql_one(conn, "SELECT * FROM accounts WHERE account_id = ?", [clip["account_id"]])
    media = sql_rows(
        conn,
        """SELECT m.sha256, m.kind, m.mime_type, m.codec, m.duration, m.bytes, m.language
           FROM clip_media cm JOIN media_files m ON m.sha256 = cm.sha256
           WHERE cm.clip_id = ? ORDER BY m.created_at""",
        [clip_id],
    )
    audio = next((m for m in media if m["kind"] == "audio"), None) or next(
        (m for m in media if m["kind"] == "video"), None
    )
    thumbnail = next((m for m in media if m["kind"] == "thumbnail"), None)
    transcripts = sql_rows(
        conn,
        """SELECT transcript_id, source, task, model, language, language_probability,
                  duration, status, error_message, created_at
           FROM transcripts WHERE clip_id = ?
           ORDER BY task = 'translate', source != 'whisper', transcript_id""",
        [clip_id],
    )
    ids = [t["transcript_id"] for t in transcripts]
    segments: dict[int, list[dict]] = {i: [] for i in ids}
    for segment in sql_rows(
        conn,
        f"""SELECT segment_id, transcript_id, start_seconds, end_seconds, text FROM segments
            WHERE transcript_id IN ({placeholders(ids)}) ORDER BY transcript_id, position""",
        ids,
    ):
        segment["evidence"] = []
        segments[segment["transcript_id"]].append(segment)
    said, translated = _main_transcripts(transcripts)

    evidence = sql_rows(
        conn,
        """SELECT e.*, cl.text AS claim_text, cl.position AS claim_position, cl.article_id,
                  a.title AS article_title,
                  a.outlet, a.published_at, ci.citation_id, ci.platform AS cited_platform,
                  ci.creator AS cited_creator, ci.metric_kind, ci.metric_value, ci.quote
           FROM evidence e
           JOIN claims cl ON cl.claim_id = e.claim_id
           JOIN articles a ON a.article_id = cl.article_id
           LEFT JOIN citations ci ON ci.claim_id = e.claim_id
           WHERE e.clip_id = ?
           ORDER BY e.status = 'rejected', e.status != 'confirmed', e.score DESC""",
        [clip_id],
    )
    citation_ids = [e["citation_id"] for e in evidence if e["citation_id"] is not None]
    checks = sql_rows(
        conn,
        f"SELECT * FROM checks WHERE citation_id IN ({placeholders(citation_ids)}) AND clip_id = ?",
        [*citation_ids, clip_id],
    )
    for item in evidence:
        item["checks"] = [c for c in checks if c["citation_id"] == item["citation_id"]]
        source = next((t for t in transcripts if t["transcript_id"] == item["transcript_id"]), said)
        span = _in_span(segments[source["transcript_id"]], *_span(item)) if source else []
        item["said"] = " ".join(s["text"].strip() for s in span)
        item["said_language"] = source["language"] if source else None
        if translated and source is not translated and (source or {}).get("language") != "en":
            english = _in_span(segments[translated["transcript_id"]], *_span(item))
            item["said_english"] = " ".join(s["text"].strip() for s in english)
        if item["status"] != "rejected":
            for segment in span:
                segment["evidence"].append(item["evidence_id"])

    observations = sql_rows(
        conn,
        "SELECT * FROM observations WHERE clip_id = ? ORDER BY observed_at, observation_id",
        [clip_id],
    )
    captures = sql_rows(
        conn,
        """SELECT capture_id, captured_at, status, error_class, error_message, ytdlp_version
           FROM captures WHERE clip_id = ? ORDER BY captured_at DESC, capture_id DESC LIMIT 50""",
        [clip_id],
    )
    history = []
    if "entity_id" in table_columns(conn, "field_history"):
        history = sql_rows(
            conn,
            """SELECT field, old_value, new_value, changed_at FROM field_history
               WHERE entity = 'clip' AND entity_id = ? ORDER BY changed_at DESC LIMIT 100""",
            [clip_id],
        )
    return {
        "clip": clip,
        "account": account,
        "audio": audio,
        "thumbnail": thumbnail,
        "transcripts": [dict(t, segments=segments[t["transcript_id"]]) for t in transcripts],
        "evidence": evidence,
        "observations": list(reversed(observations))[:100],
        "charts": metric_charts(observations),
        "latest": observations[-1] if observations else None,
        "captures": captures,
        "field_history": history,
        "availability_fields": [
            (label, clip[key]) for key, label in AVAILABILITY_FIELDS if clip.get(key) is not None
        ],
        "webpage_href": safe_href(clip.get("webpage_url")),
        "original_href": safe_href(clip.get("original_url")),
        "gone": is_gone(clip.get("availability")),
    }


def _span(item: dict) -> tuple[float | None, float | None]:
    return item.get("start_seconds"), item.get("end_seconds")


def _span_words(
    conn: sqlite3.Connection, clip_id: str, transcript_id: int | None, span: tuple
) -> str:
    if transcript_id is None:
        transcripts = sql_rows(
            conn,
            "SELECT transcript_id, source, task, status FROM transcripts WHERE clip_id = ?",
            [clip_id],
        )
        said, _ = _main_transcripts(transcripts)
        if said is None:
            return ""
        transcript_id = said["transcript_id"]
    low = span[0] if span[0] is not None else 0.0
    high = span[1] if span[1] is not None else 1e12
    rows = conn.execute(
        """SELECT text FROM segments WHERE transcript_id = ?
           AND end_seconds > ? AND start_seconds < ? ORDER BY position""",
        [transcript_id, low, high],
    ).fetchall()
    return " ".join(row[0].strip() for row in rows)


def load_article(conn: sqlite3.Connection, article_id: int, page: int = 0) -> dict | None:
    """The article and one page of its sentences (ARTICLE_PAGE_CLAIMS of them): a long
    article in one page made 13.7 MB of HTML in 3.7 s."""
    article = sql_one(
        conn,
        """SELECT article_id, source, url, outlet, title, published_at, fetched_at, version,
                  sha256 FROM articles WHERE article_id = ?""",
        [article_id],
    )
    if article is None:
        return None
    claims = sql_rows(
        conn,
        "SELECT * FROM claims WHERE article_id = ? ORDER BY position LIMIT ? OFFSET ?",
        [article_id, ARTICLE_PAGE_CLAIMS + 1, page * ARTICLE_PAGE_CLAIMS],
    )
    more = len(claims) > ARTICLE_PAGE_CLAIMS
    claims = claims[:ARTICLE_PAGE_CLAIMS]
    counts = sql_one(
        conn,
        """SELECT COUNT(*) AS sentences,
                  SUM(EXISTS (SELECT 1 FROM citations ci WHERE ci.claim_id = cl.claim_id)
                      OR EXISTS (SELECT 1 FROM evidence e WHERE e.claim_id = cl.claim_id))
                  AS cited
           FROM claims cl WHERE cl.article_id = ?""",
        [article_id],
    )
    claim_ids = [c["claim_id"] for c in claims]
    citations = {
        c["claim_id"]: c
        for c in sql_rows(
            conn,
            f"SELECT * FROM citations WHERE claim_id IN ({placeholders(claim_ids)})",
            claim_ids,
        )
    }
    evidence = sql_rows(
        conn,
        f"""SELECT e.*, c.title AS clip_title, c.uploader, c.extractor, c.availability,
                   c.last_seen_at,
                   (SELECT m.sha256 FROM clip_media cm JOIN media_files m ON m.sha256 = cm.sha256
                    WHERE cm.clip_id = e.clip_id AND m.kind IN ('audio', 'video')
                    ORDER BY m.kind = 'video' LIMIT 1) AS audio_sha256
            FROM evidence e JOIN clips c ON c.clip_id = e.clip_id
            WHERE e.claim_id IN ({placeholders(claim_ids)})
            ORDER BY e.status = 'rejected', e.status != 'confirmed', e.score DESC""",
        claim_ids,
    )
    citation_ids = [c["citation_id"] for c in citations.values()]
    checks = sql_rows(
        conn,
        f"SELECT * FROM checks WHERE citation_id IN ({placeholders(citation_ids)})",
        citation_ids,
    )
    for item in evidence:
        item["said"] = _span_words(conn, item["clip_id"], item["transcript_id"], _span(item))
        item["gone"] = is_gone(item["availability"])
        citation = citations.get(item["claim_id"])
        item["checks"] = [
            c
            for c in checks
            if citation
            and c["citation_id"] == citation["citation_id"]
            and c["clip_id"] == item["clip_id"]
        ]
    for claim in claims:
        claim["citation"] = citations.get(claim["claim_id"])
        claim["evidence"] = [e for e in evidence if e["claim_id"] == claim["claim_id"]]
        if claim["citation"]:
            claim["citation"]["href"] = safe_href(claim["citation"].get("url"))
    links = sql_rows(conn, "SELECT url FROM article_links WHERE article_id = ?", [article_id])
    return {
        "article": article,
        "article_href": safe_href(article.get("url")),
        "claims": claims,
        "sentences": counts["sentences"],
        "cited": counts["cited"] or 0,
        "first_position": claims[0]["position"] if claims else 0,
        "more": more,
        "links": [dict(link, href=safe_href(link["url"])) for link in links],
    }


def load_unresolved(conn: sqlite3.Connection, page: int) -> dict:
    # `+e.status`: without ANALYZE statistics SQLite would pick the status index and read
    # every suggestion once per citation; the unary plus leaves it the claim_id index.
    rows = sql_rows(
        conn,
        """SELECT ci.*, cl.text AS claim_text, cl.position, cl.article_id, a.title AS article_title,
                  a.outlet, a.published_at,
                  (SELECT COUNT(*) FROM evidence e WHERE e.claim_id = ci.claim_id
                   AND +e.status = 'suggested') AS suggestions
           FROM citations ci
           JOIN claims cl ON cl.claim_id = ci.claim_id
           JOIN articles a ON a.article_id = cl.article_id
           WHERE ci.status = 'unresolved'
           ORDER BY ci.citation_id DESC LIMIT ? OFFSET ?""",
        [PAGE_SIZE + 1, page * PAGE_SIZE],
    )
    for row in rows:
        row["href"] = safe_href(row.get("url"))
    by_platform = sql_rows(
        conn,
        """SELECT COALESCE(platform, '(not named)') AS platform, COUNT(*) AS n FROM citations
           WHERE status = 'unresolved' GROUP BY 1 ORDER BY n DESC""",
    )
    return {
        "citations": rows[:PAGE_SIZE],
        "more": len(rows) > PAGE_SIZE,
        "total": sum(p["n"] for p in by_platform),
        "by_platform": by_platform,
    }


def load_missing(conn: sqlite3.Connection, page: int) -> dict:
    present = set(table_columns(conn, "clips"))
    states = sql_rows(
        conn, "SELECT availability, COUNT(*) AS n FROM clips GROUP BY 1 ORDER BY n DESC"
    )
    # The gone states actually present, as a list the query can look up (with an index on
    # availability) rather than a NOT IN that must read every clip.
    gone = [s["availability"] for s in states if is_gone(s["availability"])]
    extra = [key for key, _ in AVAILABILITY_FIELDS if key in present and key != "last_seen_at"]
    since = (
        "COALESCE(c.first_missing_at, c.last_seen_at)"
        if "first_missing_at" in present
        else ("c.last_seen_at")
    )
    rows = sql_rows(
        conn,
        f"""SELECT c.clip_id, c.title, c.uploader, c.extractor, c.webpage_url, c.original_url,
                   c.availability, c.last_seen_at{"".join(f", c.{k}" for k in extra)},
                   (SELECT o.reason_code FROM observations o WHERE o.clip_id = c.clip_id
                    ORDER BY o.observed_at DESC, o.observation_id DESC LIMIT 1) AS reason_code,
                   (SELECT MIN(o.observed_at) FROM observations o WHERE o.clip_id = c.clip_id
                    AND o.availability NOT IN {NOT_GONE_SQL}
                    AND o.observed_at >= COALESCE(c.last_seen_at, '')) AS missing_seen_at,
                   (SELECT m.sha256 FROM clip_media m WHERE m.clip_id = c.clip_id
                    AND m.kind = 'audio' LIMIT 1) AS audio_sha256,
                   (SELECT COUNT(*) FROM evidence e WHERE e.clip_id = c.clip_id
                    AND e.status != 'rejected') AS claims
            FROM clips c WHERE c.availability IN ({placeholders(gone)})
            ORDER BY claims > 0 DESC, {since} DESC, c.clip_id LIMIT ? OFFSET ?""",
        [*gone, PAGE_SIZE + 1, page * PAGE_SIZE],
    )
    for row in rows:
        row["href"] = safe_href(row.get("webpage_url") or row.get("original_url"))
        row["fields"] = [
            (label, row[key]) for key, label in AVAILABILITY_FIELDS[1:] if row.get(key) is not None
        ]
    return {
        "clips": rows[:PAGE_SIZE],
        "more": len(rows) > PAGE_SIZE,
        "states": [dict(s, gone=is_gone(s["availability"])) for s in states],
        "blocked": sum(s["n"] for s in states if s["availability"] == "blocked"),
    }
