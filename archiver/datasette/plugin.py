"""Datasette hooks for the archiver catalogue: the pages a fact-checker reads.

    /-/clip/<clip_id>          player, availability, the claims the clip supports with their
                               evidence spans, transcripts that seek the player, metric history
    /-/article/<article_id>    an article's claims, their citations and the clips behind them
    /-/unresolved-citations    citations no clip has been confirmed for yet
    /-/missing-clips           clips no longer up where they were posted
    /-/media/<sha256>          archived media, looked up by hash, with HTTP Range support
    /-/archiver-static/<file>  this plugin's CSS and JS (pages load nothing from a CDN)

Settings come from `plugins: archiver:` in the metadata (`archiver serve` writes them):
`archive_dir` (default: the folder holding the catalogue), `database` (default: the first
attached database with `clips` and `media_files`), `read_only` (refuse every method but
GET and HEAD). Strings from platforms and articles reach HTML only through Jinja's
autoescaping or markupsafe.escape.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import urllib.parse
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from archiver.search import fts_phrases
from datasette import hookimpl
from datasette.database import Database
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response

PLUGIN = "archiver"
DEFAULT_DATABASE = "catalogue"
STATIC_DIR = Path(__file__).parent / "static"
STATIC_FILES = {"archiver.css": "text/css", "archiver.js": "text/javascript"}
PAGE_SIZE = 100
CHUNK = 256 * 1024
# Availability values that do not mean the clip is gone: the platform refusing *us*
# (blocked, rate limits) or our own trouble says nothing about the clip.
NOT_GONE = ("available", "blocked", "rate_limited", "network", "error")
NOT_GONE_SQL = "(" + ", ".join(f"'{state}'" for state in NOT_GONE) + ")"
# Media types we hand to a browser as themselves; anything else is a download.
SAFE_MEDIA_PREFIXES = ("audio/", "video/", "image/")
SAFE_MEDIA_TYPES = {"text/vtt"}
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
# Clip columns shown under "availability" when the catalogue has them (newer migrations
# add most of these; older catalogues simply show fewer lines).
AVAILABILITY_FIELDS = [
    ("last_seen_at", "Last seen up"),
    ("first_missing_at", "Missing since"),
    ("removed_at", "Removal confirmed"),
    ("restored_at", "Came back"),
    ("missing_checks", "Failed checks"),
    ("next_crawl_at", "Next check"),
]


# ---------------------------------------------------------------- settings and lookups


def plugin_settings(datasette: Any) -> dict:
    # Read once per instance: render_cell asks for every cell, and plugin_config walks and
    # copies the whole metadata each time (40 ms on a page of 50 clips).
    settings = getattr(datasette, "_archiver_settings", None)
    if settings is None:
        settings = datasette.plugin_config(PLUGIN) or {}
        datasette._archiver_settings = settings
    return settings


def _units(datasette: Any, database: str, table: str | None) -> dict:
    if table is None:
        return {}
    cache = datasette.__dict__.setdefault("_archiver_units", {})
    if (database, table) not in cache:
        found = datasette.table_metadata(database, table).get("units", {})
        cache[database, table] = found
    return cache[database, table]


async def catalogue_db(datasette: Any) -> Database | None:
    """The attached catalogue: the configured database, else the first that looks like one."""
    name = plugin_settings(datasette).get("database")
    if name:
        return datasette.databases.get(name)
    for db in datasette.databases.values():
        if db.name.startswith("_"):
            continue
        if await db.table_exists("clips") and await db.table_exists("media_files"):
            return db
    return None


def archive_dir(datasette: Any, db: Database) -> Path | None:
    configured = plugin_settings(datasette).get("archive_dir")
    if configured:
        return Path(configured).resolve()
    return Path(db.path).resolve().parent if db.path else None


def media_path(archive: Path, relative: str) -> Path | None:
    """The file a media_files row names, or None unless it is a file inside ARCHIVE/media.
    The path comes from our own table, but we check anyway: `..`, absolute paths and
    symlinks that lead out of the media store are all refused."""
    media_root = (archive / "media").resolve()
    candidate = (archive / relative).resolve()
    if not candidate.is_relative_to(media_root) or not candidate.is_file():
        return None
    return candidate


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """One `bytes=` range as (first, last) inclusive; None means send the whole file.
    Raises ValueError when the range cannot be satisfied (answered with 416). Several
    ranges, other units and malformed headers are ignored, as RFC 9110 allows."""
    match = _RANGE.match((header or "").strip())
    if not match or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if first == "":  # the final N bytes
        if int(last) == 0 or size == 0:
            raise ValueError("empty suffix range")
        return max(size - int(last), 0), size - 1
    start = int(first)
    end = size - 1 if last == "" else int(last)
    if last != "" and end < start:
        return None
    if start >= size:
        raise ValueError("range starts past the end")
    return start, min(end, size - 1)


def _rows(conn: sqlite3.Connection, sql: str, params: Iterable = ()) -> list[dict]:
    cursor = conn.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _one(conn: sqlite3.Connection, sql: str, params: Iterable = ()) -> dict | None:
    found = _rows(conn, sql, params)
    return found[0] if found else None


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    # Tables and columns the re-crawl migrations add may not exist in an older archive.
    return [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]


def _marks(values: list) -> str:
    return ", ".join("?" for _ in values) or "NULL"


# ---------------------------------------------------------------- URLs and formatting


def clip_path(clip_id: str) -> str:
    # Clip ids hold ':' and sometimes '/': encode the slash so the id stays one segment.
    return "/-/clip/" + urllib.parse.quote(clip_id, safe=":@")


def article_path(article_id: int | str) -> str:
    return f"/-/article/{int(article_id)}"


def media_url_path(sha256: str) -> str:
    return f"/-/media/{sha256}"


def safe_href(url: str | None) -> str | None:
    """Only http(s) URLs become links: a `javascript:` URL in a clip's metadata stays text."""
    if url and urllib.parse.urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


def clock(seconds: float | None) -> str:
    """12.5 -> '0:12.5'; what a player shows, so a reader can find the moment by ear."""
    if seconds is None:
        return ""
    minutes, rest = divmod(float(seconds), 60)
    text = f"{int(minutes)}:{rest:04.1f}"
    return text[:-2] if text.endswith(".0") else text


def number(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int | float) and not isinstance(value, bool) else ""


def _parse_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def is_gone(availability: str | None) -> bool:
    return bool(availability) and availability not in NOT_GONE


# ---------------------------------------------------------------- metric history chart


def metric_charts(observations: list[dict], width: int = 560, height: int = 120) -> list[dict]:
    """One small chart per counted metric (views and likes differ by orders of magnitude,
    so they get separate y axes). Coordinates only: the template draws the SVG, so every
    label passes through autoescaping."""
    timed = [(o, _parse_time(o.get("observed_at"))) for o in observations]
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
    clip = _one(conn, "SELECT * FROM clips WHERE clip_id = ?", [clip_id])
    if clip is None:
        return None
    account = None
    if clip.get("account_id"):
        account = _one(conn, "SELECT * FROM accounts WHERE account_id = ?", [clip["account_id"]])
    media = _rows(
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
    transcripts = _rows(
        conn,
        """SELECT transcript_id, source, task, model, language, language_probability,
                  duration, status, error_message, created_at
           FROM transcripts WHERE clip_id = ?
           ORDER BY task = 'translate', source != 'whisper', transcript_id""",
        [clip_id],
    )
    ids = [t["transcript_id"] for t in transcripts]
    segments: dict[int, list[dict]] = {i: [] for i in ids}
    for segment in _rows(
        conn,
        f"""SELECT segment_id, transcript_id, start_seconds, end_seconds, text FROM segments
            WHERE transcript_id IN ({_marks(ids)}) ORDER BY transcript_id, position""",
        ids,
    ):
        segment["evidence"] = []
        segments[segment["transcript_id"]].append(segment)
    said, translated = _main_transcripts(transcripts)

    evidence = _rows(
        conn,
        """SELECT e.*, cl.text AS claim_text, cl.article_id, a.title AS article_title,
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
    checks = _rows(
        conn,
        f"SELECT * FROM checks WHERE citation_id IN ({_marks(citation_ids)}) AND clip_id = ?",
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

    observations = _rows(
        conn,
        "SELECT * FROM observations WHERE clip_id = ? ORDER BY observed_at, observation_id",
        [clip_id],
    )
    captures = _rows(
        conn,
        """SELECT capture_id, captured_at, status, error_class, error_message, ytdlp_version
           FROM captures WHERE clip_id = ? ORDER BY captured_at DESC, capture_id DESC LIMIT 50""",
        [clip_id],
    )
    history = []
    if "entity_id" in _columns(conn, "field_history"):
        history = _rows(
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
        transcripts = _rows(
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


def load_article(conn: sqlite3.Connection, article_id: int) -> dict | None:
    article = _one(
        conn,
        """SELECT article_id, source, url, outlet, title, published_at, fetched_at, version,
                  sha256 FROM articles WHERE article_id = ?""",
        [article_id],
    )
    if article is None:
        return None
    claims = _rows(
        conn, "SELECT * FROM claims WHERE article_id = ? ORDER BY position", [article_id]
    )
    claim_ids = [c["claim_id"] for c in claims]
    citations = {
        c["claim_id"]: c
        for c in _rows(
            conn, f"SELECT * FROM citations WHERE claim_id IN ({_marks(claim_ids)})", claim_ids
        )
    }
    evidence = _rows(
        conn,
        f"""SELECT e.*, c.title AS clip_title, c.uploader, c.extractor, c.availability,
                   c.last_seen_at,
                   (SELECT m.sha256 FROM clip_media cm JOIN media_files m ON m.sha256 = cm.sha256
                    WHERE cm.clip_id = e.clip_id AND m.kind IN ('audio', 'video')
                    ORDER BY m.kind = 'video' LIMIT 1) AS audio_sha256
            FROM evidence e JOIN clips c ON c.clip_id = e.clip_id
            WHERE e.claim_id IN ({_marks(claim_ids)})
            ORDER BY e.status = 'rejected', e.status != 'confirmed', e.score DESC""",
        claim_ids,
    )
    citation_ids = [c["citation_id"] for c in citations.values()]
    checks = _rows(
        conn, f"SELECT * FROM checks WHERE citation_id IN ({_marks(citation_ids)})", citation_ids
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
    links = _rows(conn, "SELECT url FROM article_links WHERE article_id = ?", [article_id])
    return {
        "article": article,
        "article_href": safe_href(article.get("url")),
        "claims": claims,
        "cited": sum(1 for c in claims if c["citation"] or c["evidence"]),
        "links": [dict(link, href=safe_href(link["url"])) for link in links],
    }


def load_unresolved(conn: sqlite3.Connection, page: int) -> dict:
    # `+e.status`: without ANALYZE statistics SQLite would pick the status index and read
    # every suggestion once per citation; the unary plus leaves it the claim_id index.
    rows = _rows(
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
    by_platform = _rows(
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
    present = set(_columns(conn, "clips"))
    states = _rows(conn, "SELECT availability, COUNT(*) AS n FROM clips GROUP BY 1 ORDER BY n DESC")
    # The gone states actually present, as a list the query can look up (with an index on
    # availability) rather than a NOT IN that must read every clip.
    gone = [s["availability"] for s in states if is_gone(s["availability"])]
    extra = [key for key, _ in AVAILABILITY_FIELDS if key in present and key != "last_seen_at"]
    since = (
        "COALESCE(c.first_missing_at, c.last_seen_at)"
        if "first_missing_at" in present
        else ("c.last_seen_at")
    )
    rows = _rows(
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
            FROM clips c WHERE c.availability IN ({_marks(gone)})
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


# ---------------------------------------------------------------- views


async def _page(
    datasette: Any, request: Any, template: str, context: dict, status: int = 200
) -> Response:
    db = context.get("db")
    html = await datasette.render_template(
        template,
        dict(context, database=db.name if db else None),
        request=request,
        view_name="archiver",
    )
    return Response.html(html, status=status)


async def _not_found(datasette: Any, request: Any, message: str) -> Response:
    # Our own 404: raising NotFound would make Datasette redirect %-encoded clip ids.
    html = await datasette.render_template(
        "error.html",
        {"ok": False, "error": message, "status": 404, "title": "Not found"},
        request=request,
    )
    return Response.html(html, status=404)


def _page_number(request: Any) -> int:
    value = request.args.get("page", "0")
    return int(value) if value.isdigit() else 0


async def clip_view(datasette: Any, request: Any) -> Response:
    db = await catalogue_db(datasette)
    clip_id = urllib.parse.unquote(request.url_vars["clip_id"])
    data = await db.execute_fn(lambda conn: load_clip(conn, clip_id)) if db else None
    if data is None:
        return await _not_found(datasette, request, f"No clip {clip_id!r} in the catalogue")
    return await _page(datasette, request, "archiver_clip.html", dict(data, db=db))


async def article_view(datasette: Any, request: Any) -> Response:
    db = await catalogue_db(datasette)
    article_id = int(request.url_vars["article_id"])
    data = await db.execute_fn(lambda conn: load_article(conn, article_id)) if db else None
    if data is None:
        return await _not_found(datasette, request, f"No article {article_id} in the catalogue")
    return await _page(datasette, request, "archiver_article.html", dict(data, db=db))


async def unresolved_view(datasette: Any, request: Any) -> Response:
    db = await catalogue_db(datasette)
    if db is None:
        return await _not_found(datasette, request, "No catalogue is attached")
    page = _page_number(request)
    data = await db.execute_fn(lambda conn: load_unresolved(conn, page))
    return await _page(datasette, request, "archiver_unresolved.html", dict(data, db=db, page=page))


async def missing_view(datasette: Any, request: Any) -> Response:
    db = await catalogue_db(datasette)
    if db is None:
        return await _not_found(datasette, request, "No catalogue is attached")
    page = _page_number(request)
    data = await db.execute_fn(lambda conn: load_missing(conn, page))
    return await _page(datasette, request, "archiver_missing.html", dict(data, db=db, page=page))


async def media_view(datasette: Any, request: Any, send: Any) -> Response | None:
    """Archived media by sha256, with single byte ranges: Chromium seeks an <audio> element
    only when the server answers Range requests with 206."""
    if request.method not in ("GET", "HEAD"):
        return Response.text("Method not allowed", status=405, headers={"Allow": "GET, HEAD"})
    db = await catalogue_db(datasette)
    sha256 = request.url_vars["sha256"]
    row = None
    if db is not None:
        found = await db.execute(
            "SELECT path, mime_type FROM media_files WHERE sha256 = ?", [sha256]
        )
        row = found.first()
    archive = archive_dir(datasette, db) if db is not None else None
    path = media_path(archive, row["path"]) if row is not None and archive else None
    if path is None:
        return Response.text("No such media file", status=404)
    size = path.stat().st_size
    mime = row["mime_type"] or ""
    if not (mime.startswith(SAFE_MEDIA_PREFIXES) or mime in SAFE_MEDIA_TYPES) or "svg" in mime:
        mime = "application/octet-stream"  # an SVG "image" could carry script
    headers = {
        "content-type": mime,
        "accept-ranges": "bytes",
        "etag": f'"{sha256}"',
        # Content-addressed: the bytes behind this URL can never change.
        "cache-control": "public, max-age=31536000, immutable",
        "x-content-type-options": "nosniff",
        # Opened on its own, the file gets no script and no origin; <audio> ignores this.
        "content-security-policy": "default-src 'none'; sandbox",
    }
    try:
        wanted = parse_range(request.headers.get("range"), size)
    except ValueError:
        headers = {"content-range": f"bytes */{size}", "accept-ranges": "bytes"}
        return Response.text("Range not satisfiable", status=416, headers=headers)
    status, (start, end) = (200, (0, size - 1)) if wanted is None else (206, wanted)
    if status == 206:
        headers["content-range"] = f"bytes {start}-{end}/{size}"
    headers["content-length"] = str(end - start + 1)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
        }
    )
    remaining = end - start + 1 if request.method == "GET" else 0
    # Streamed in chunks so a long video never sits whole in memory.
    with path.open("rb") as handle:
        handle.seek(start)
        while remaining > 0:
            chunk = handle.read(min(CHUNK, remaining))
            if not chunk:  # the file shrank under us: end the body short
                break
            remaining -= len(chunk)
            if remaining > 0:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            else:
                await send({"type": "http.response.body", "body": chunk})
                return None
    await send({"type": "http.response.body", "body": b""})
    return None


async def static_view(request: Any) -> Response:
    name = request.url_vars["name"]
    body = (STATIC_DIR / name).read_bytes()
    return Response(
        body, content_type=STATIC_FILES[name], headers={"cache-control": "public, max-age=3600"}
    )


# ---------------------------------------------------------------- hooks


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    # Canned queries search Chinese through segments_cjk, which needs the query spelt
    # a character a token, as archiver.search does it.
    conn.create_function("archiver_fts_phrases", 1, fts_phrases, deterministic=True)


@hookimpl
def register_routes(datasette: Any) -> list:
    return [
        (r"^/-/media/(?P<sha256>[0-9a-f]{64})$", media_view),
        (r"^/-/clip/(?P<clip_id>.+)$", clip_view),
        (r"^/-/article/(?P<article_id>\d{1,18})$", article_view),
        (r"^/-/unresolved-citations$", unresolved_view),
        (r"^/-/missing-clips$", missing_view),
        (r"^/-/archiver-static/(?P<name>archiver\.(?:css|js))$", static_view),
    ]


@hookimpl
def prepare_jinja2_environment(env: Any, datasette: Any) -> None:
    env.filters["archiver_clock"] = clock
    env.filters["archiver_number"] = number
    env.filters["archiver_tilde"] = lambda value: tilde_encode(str(value))
    env.globals["archiver_clip_path"] = lambda clip_id: datasette.urls.path(clip_path(clip_id))
    env.globals["archiver_article_path"] = lambda i: datasette.urls.path(article_path(i))
    env.globals["archiver_media_path"] = lambda sha: datasette.urls.path(media_url_path(sha))
    env.globals["archiver_static"] = lambda name: datasette.urls.path(f"/-/archiver-static/{name}")


def _is_catalogue(datasette: Any, database: str | None) -> bool:
    return database == (plugin_settings(datasette).get("database") or DEFAULT_DATABASE)


# Cells that link to the pages above: (table, column) -> (page, the row key naming it).
# Table None is a canned or custom query. In a table Datasette renders the primary key
# itself (as a link to the raw row), so clips and articles link from their titles.
_CELL_LINKS = {
    ("clips", "title"): (clip_path, "clip_id"),
    ("articles", "title"): (article_path, "article_id"),
    (None, "clip_id"): (clip_path, "clip_id"),
    (None, "article_id"): (article_path, "article_id"),
    ("media_files", "path"): (media_url_path, "sha256"),
    ("clip_media", "sha256"): (media_url_path, "sha256"),
    ("transcripts", "media_sha256"): (media_url_path, "media_sha256"),
}


@hookimpl
def render_cell(
    row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any
):
    """Links to our pages, and units without pint. Called for every cell Datasette shows,
    so the common case (nothing to do) returns at the first test."""
    target = _CELL_LINKS.get((table, column))
    unit = None if target else _units(datasette, database, table).get(column)
    if (target is None and unit is None) or value is None or value == "":
        return None
    if not _is_catalogue(datasette, database):
        return None
    if target:
        to_path, key = target
        try:
            named = row[key]
        except (IndexError, KeyError):
            return None
        if named is None or (to_path is article_path and not str(named).isdigit()):
            return None
        href = datasette.urls.path(to_path(str(named)))
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    if isinstance(value, int | float):
        # Datasette formats units with pint, at ~0.6 ms a value; the metadata's units
        # still let filters such as ?duration__gt=1min work.
        text = f"{value:,}&nbsp;B" if unit == "byte" else f"{value:g}&nbsp;{escape(unit)}"
        return Markup(text)
    return None


@hookimpl
def menu_links(datasette: Any) -> list[dict]:
    name = plugin_settings(datasette).get("database") or DEFAULT_DATABASE
    if name not in datasette.databases:
        return []
    return [
        {"href": datasette.urls.table(name, "articles"), "label": "Articles"},
        {"href": datasette.urls.path("/-/unresolved-citations"), "label": "Unresolved citations"},
        {"href": datasette.urls.path("/-/missing-clips"), "label": "Clips gone missing"},
        {
            "href": datasette.urls.table(name, "search_transcripts"),
            "label": "Search transcripts",
        },
    ]


@hookimpl
def asgi_wrapper(datasette: Any):
    """With `read_only`, answer every method but GET/HEAD/OPTIONS with 405 before Datasette
    sees it. The catalogue is opened read-only anyway; this also shuts login, logout and
    any canned query someone might add with `write: true`."""

    def wrap(app):
        async def guarded(scope, receive, send):
            if (
                scope["type"] == "http"
                and scope["method"] not in ("GET", "HEAD", "OPTIONS")
                and plugin_settings(datasette).get("read_only")
            ):
                await send(
                    {
                        "type": "http.response.start",
                        "status": 405,
                        "headers": [
                            (b"content-type", b"text/plain; charset=utf-8"),
                            (b"allow", b"GET, HEAD"),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": b"This catalogue is read-only"})
                return
            await app(scope, receive, send)

        return guarded

    return wrap
