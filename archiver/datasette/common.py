"""Shared by the plugin's views and page loaders: settings, SQL helpers, links, formats."""

from __future__ import annotations

import re
import sqlite3
import urllib.parse
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from datasette.database import Database

PLUGIN = "archiver"
DEFAULT_DATABASE = "catalogue"
STATIC_DIR = Path(__file__).parent / "static"
STATIC_FILES = {"archiver.css": "text/css", "archiver.js": "text/javascript"}
PAGE_SIZE = 100
# Sentences on one article page: a long article runs to thousands.
ARTICLE_PAGE_CLAIMS = 200
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


def column_units(datasette: Any, database: str, table: str | None) -> dict:
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


def sql_rows(conn: sqlite3.Connection, sql: str, params: Iterable = ()) -> list[dict]:
    cursor = conn.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def sql_one(conn: sqlite3.Connection, sql: str, params: Iterable = ()) -> dict | None:
    found = sql_rows(conn, sql, params)
    return found[0] if found else None


def table_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    # Tables and columns the re-crawl migrations add may not exist in an older archive.
    return [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]


def placeholders(values: list) -> str:
    return ", ".join("?" for _ in values) or "NULL"


# ---------------------------------------------------------------- URLs and formatting


def clip_path(clip_id: str) -> str:
    # Clip ids hold ':' and sometimes '/': encode the slash so the id stays one segment.
    return "/-/clip/" + urllib.parse.quote(clip_id, safe=":@")


def article_path(article_id: int | str, position: int | None = None) -> str:
    """The article page; with POSITION, the page holding that sentence, scrolled to it."""
    path = f"/-/article/{int(article_id)}"
    if position is None:
        return path
    page = int(position) // ARTICLE_PAGE_CLAIMS
    return f"{path}{f'?page={page}' if page else ''}#claim-{int(position)}"


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


def is_gone(availability: str | None) -> bool:
    return bool(availability) and availability not in NOT_GONE
