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
GET and HEAD), `hosts` (the Host names a request may carry; see guard.py). Strings from
platforms and articles reach HTML only through Jinja's autoescaping or markupsafe.escape.
Every connection is hardened (guard.py) and CSV leaves with formulas inert (csvsafe.py).
"""

from __future__ import annotations

import re
import sqlite3
import traceback
import urllib.parse
from typing import Any

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from archiver.datasette.common import (
    CHUNK,
    DEFAULT_DATABASE,
    SAFE_MEDIA_PREFIXES,
    SAFE_MEDIA_TYPES,
    STATIC_DIR,
    STATIC_FILES,
    archive_dir,
    article_path,
    catalogue_db,
    clip_path,
    clock,
    column_units,
    media_path,
    media_url_path,
    number,
    parse_range,
    plugin_settings,
)
from archiver.datasette.csvsafe import is_csv_request, neutral_csv_send
from archiver.datasette.guard import (
    database_csv_without_sql,
    harden_connection,
    host_allowed,
    request_error,
    routed,
)
from archiver.datasette.lists import load_missing, load_unresolved
from archiver.datasette.pages import load_article, load_clip
from archiver.speech.search import fts_phrases

# Up to 6 digits: a million pages of 100 rows is more than any catalogue lists.
PAGE_PARAM = re.compile(r"[0-9]{1,6}")

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


def _page_number(request: Any) -> int | None:
    """?page=N as a number, or None for anything but a few ASCII digits: `isdigit()`
    also takes '²' and '①', and a huge number overflows SQLite's OFFSET."""
    value = request.args.get("page", "0")
    return int(value) if PAGE_PARAM.fullmatch(value) else None


async def _bad_page(datasette: Any, request: Any) -> Response:
    html = await datasette.render_template(
        "error.html",
        {"ok": False, "error": "page= takes a page number", "status": 400, "title": "Bad page"},
        request=request,
    )
    return Response.html(html, status=400)


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
    page = _page_number(request)
    if page is None:
        return await _bad_page(datasette, request)
    data = await db.execute_fn(lambda conn: load_article(conn, article_id, page)) if db else None
    if data is None:
        return await _not_found(datasette, request, f"No article {article_id} in the catalogue")
    return await _page(datasette, request, "archiver_article.html", dict(data, db=db, page=page))


async def unresolved_view(datasette: Any, request: Any) -> Response:
    db = await catalogue_db(datasette)
    if db is None:
        return await _not_found(datasette, request, "No catalogue is attached")
    page = _page_number(request)
    if page is None:
        return await _bad_page(datasette, request)
    data = await db.execute_fn(lambda conn: load_unresolved(conn, page))
    return await _page(datasette, request, "archiver_unresolved.html", dict(data, db=db, page=page))


async def missing_view(datasette: Any, request: Any) -> Response:
    db = await catalogue_db(datasette)
    if db is None:
        return await _not_found(datasette, request, "No catalogue is attached")
    page = _page_number(request)
    if page is None:
        return await _bad_page(datasette, request)
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
    harden_connection(conn)  # before anything else can run on it
    # Canned queries search Chinese through segments_cjk, which needs the query spelt
    # a character a token, as archiver.speech.search does it.
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
    env.globals["archiver_article_path"] = lambda i, position=None: datasette.urls.path(
        article_path(i, position)
    )
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


# A row naming a clip and a moment in it links to the clip page at that moment: its
# start_seconds cell, and a canned query's clip_id cell. A segment names its clip only
# through its transcript, so a segments page (search hits) looks the clip up.
MOMENT = "start_seconds"


def moment_path(clip_id: str, start_seconds: float | None = None) -> str:
    """The clip page, opened START_SECONDS in: archiver.js seeks the player to #t=."""
    if start_seconds is None:
        return clip_path(clip_id)
    seconds = f"{float(start_seconds):.3f}".rstrip("0").rstrip(".")
    return f"{clip_path(clip_id)}#t={seconds}"


def _cell(row: Any, key: str) -> Any:
    """ROW's value for KEY, or None. Datasette expands a foreign key with a label column
    into {"value": ..., "label": ...}: that gives its value."""
    try:
        value = row[key]
    except (IndexError, KeyError):
        return None
    return value["value"] if isinstance(value, dict) else value


def _seconds(value: Any) -> float | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _link(datasette: Any, path: str, text: Any) -> Markup:
    return Markup(f'<a href="{escape(datasette.urls.path(path))}">{escape(text)}</a>')


def _moment_cell(
    datasette: Any, database: str, table: str | None, row: Any, seconds: float, text: Markup
) -> Any:
    clip_id = _cell(row, "clip_id")
    if clip_id is not None:
        return _link(datasette, moment_path(str(clip_id), seconds), text)
    transcript_id = _cell(row, "transcript_id")
    if table != "segments" or transcript_id is None:
        return text

    async def via_transcript() -> Markup:
        found = await datasette.get_database(database).execute(
            "SELECT clip_id FROM transcripts WHERE transcript_id = ?", [transcript_id]
        )
        clip = found.first()
        return _link(datasette, moment_path(clip["clip_id"], seconds), text) if clip else text

    return via_transcript


@hookimpl
def render_cell(
    row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any
):
    """Links to our pages, and units without pint. Called for every cell Datasette shows,
    so the common case (nothing to do) returns at the first test."""
    target = _CELL_LINKS.get((table, column))
    unit = None if target else column_units(datasette, database, table).get(column)
    if (target is None and unit is None and column != MOMENT) or value is None or value == "":
        return None
    if not _is_catalogue(datasette, database):
        return None
    if target:
        to_path, key = target
        named = _cell(row, key)
        if named is None or (to_path is article_path and not str(named).isdigit()):
            return None
        if isinstance(value, dict):  # an expanded foreign key: show its label
            value = value.get("label") or value["value"]
        if to_path is clip_path:
            return _link(datasette, moment_path(str(named), _seconds(_cell(row, MOMENT))), value)
        return _link(datasette, to_path(str(named)), value)
    text = None
    if unit and isinstance(value, int | float):
        # Datasette formats units with pint, at ~0.6 ms a value; the metadata's units
        # still let filters such as ?duration__gt=1min work.
        shown = f"{value:,}&nbsp;B" if unit == "byte" else f"{value:g}&nbsp;{escape(unit)}"
        text = Markup(shown)
    seconds = _seconds(value) if column == MOMENT else None
    if seconds is not None:
        return _moment_cell(datasette, database, table, row, seconds, text or escape(value))
    return text


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
def handle_exception(datasette: Any, request: Any, exception: BaseException) -> Any:
    """400 for errors the request caused (guard.request_error); a traceback on stderr for
    a real server error. Datasette renders its own page for everything else."""
    if request_error(exception):
        message = str(getattr(exception, "message", None) or exception)

        async def bad_request() -> Response:
            if request.path.endswith(".json"):
                body = {"ok": False, "error": message, "status": 400, "title": None}
                return Response.json(body, status=400)
            html = await datasette.render_template(
                "error.html",
                {"ok": False, "error": message, "status": 400, "title": "Bad request"},
                request=request,
            )
            return Response.html(html, status=400)

        return bad_request
    # Datasette's own handler prints other exceptions plainly; not its 5xx DatasetteErrors
    status = getattr(exception, "status", None)
    if isinstance(status, int) and status >= 500:
        traceback.print_exception(exception)
    return None


@hookimpl
def asgi_wrapper(datasette: Any):
    """Before Datasette sees a request: a Host the server does not listen as gets 400
    (DNS rebinding: `hosts`, set by `archiver serve`); with `read_only`, every method
    but GET/HEAD/OPTIONS gets 405 (the catalogue is opened read-only anyway; this also
    shuts login, logout and any canned query someone might add with `write: true`).
    CSV answers go out with formula cells made inert."""

    # Datasette 0.65 prints every 404 and 400 as a rich traceback with all locals
    # (0.65 s of CPU each, the request's data in the log): our handle_exception below
    # prints only real failures, plainly. (Imported here: at import time of this module
    # it would be a circular import through Datasette's plugin loading.)
    import datasette.handle_exception as datasette_errors

    datasette_errors.rich = None

    def wrap(app):
        async def guarded(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            settings = plugin_settings(datasette)
            hosts = settings.get("hosts")
            if hosts:
                host = dict(scope.get("headers") or []).get(b"host")
                if not host_allowed(None if host is None else host.decode("latin-1"), hosts):
                    return await _refuse(send, 400, b"Unknown Host: this server answers only "
                                         b"to the names it listens as")  # fmt: skip
            if scope["method"] not in ("GET", "HEAD", "OPTIONS") and settings.get("read_only"):
                return await _refuse(send, 405, b"This catalogue is read-only", b"GET, HEAD")
            if not routed(datasette, scope):
                return await _refuse(send, 404, b"Not found")
            if database_csv_without_sql(datasette, scope):
                # Datasette 0.65 fails with a KeyError (500) on /catalogue.csv with no query
                return await _refuse(send, 400, b"A database's CSV needs ?sql=")
            if is_csv_request(scope):
                send = neutral_csv_send(send)
            await app(scope, receive, send)

        return guarded

    return wrap


async def _refuse(send: Any, status: int, text: bytes, allow: bytes | None = None) -> None:
    headers = [(b"content-type", b"text/plain; charset=utf-8")]
    if allow:
        headers.append((b"allow", allow))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": text})
