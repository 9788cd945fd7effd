"""The data behind the list pages: unresolved citations and clips gone missing."""

from __future__ import annotations

import sqlite3

from archiver.datasette.common import (
    AVAILABILITY_FIELDS,
    NOT_GONE_SQL,
    PAGE_SIZE,
    is_gone,
    placeholders,
    safe_href,
    sql_rows,
    table_columns,
)


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
    _add_discovery(conn, rows[:PAGE_SIZE])
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


def _add_discovery(conn: sqlite3.Connection, rows: list[dict]) -> None:
    """Each citation's leads (with their weight, their latest listing and how many times
    they were listed) and its ranked candidates with the leads that listed each; nothing
    on an archive served read-only from before discovery (no such tables), and no
    weights or leads per candidate on one from before m016."""
    lead_columns = table_columns(conn, "discovery_leads")
    if not lead_columns:
        return
    weight = "l.weight" if "weight" in lead_columns else "NULL"
    per_candidate = bool(table_columns(conn, "discovery_candidate_leads"))
    for row in rows:
        row["leads"] = sql_rows(
            conn,
            f"""SELECT l.kind, l.value, l.origin, l.url, {weight} AS weight, s.status,
                      s.listed_at, s.entries, s.message,
                      (SELECT COUNT(*) FROM discovery_listings WHERE lead_id = l.lead_id)
                        AS listings
               FROM discovery_leads l LEFT JOIN discovery_listings s ON s.listing_id =
                 (SELECT MAX(listing_id) FROM discovery_listings WHERE lead_id = l.lead_id)
               WHERE l.citation_id = ? ORDER BY l.lead_id""",
            [row["citation_id"]],
        )
        row["candidates"] = sql_rows(
            conn,
            """SELECT url, title, uploader, posted_at, score, reasons, chosen
               FROM discovery_candidates
               WHERE citation_id = ? ORDER BY score DESC LIMIT 5""",
            [row["citation_id"]],
        )
        for candidate in row["candidates"]:
            candidate["href"] = safe_href(candidate["url"])
            candidate["listed_under"] = (
                sql_rows(
                    conn,
                    """SELECT l.kind, l.value FROM discovery_candidate_leads d
                       JOIN discovery_leads l USING (lead_id)
                       WHERE d.citation_id = ? AND d.url = ? ORDER BY l.lead_id""",
                    [row["citation_id"], candidate["url"]],
                )
                if per_candidate
                else []
            )


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
