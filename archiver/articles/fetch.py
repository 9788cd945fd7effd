"""Where article bytes come from: a file, a URL, or standard input.

A URL is fetched within limits, since the page may be hostile: at most
MAX_ARTICLE_BYTES, within FETCH_DEADLINE_SECONDS overall (a server trickling one byte
at a time never trips a socket timeout), redirects to http(s) only, never to a
private address unless allowed, and a stop signal ends it between chunks.
"""

from __future__ import annotations

import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from archiver.errors import (
    ArchiverError,
    ArticleTooLarge,
    BadRedirect,
    FetchDeadline,
    NetworkError,
    NotFound,
)
from archiver.interrupt import stop_point
from archiver.untrusted import private_addresses_allowed, refuse_private_address

FETCH_TIMEOUT_SECONDS = 30  # for each connect and read
FETCH_DEADLINE_SECONDS = 60  # for the whole fetch, however the server paces it
MAX_ARTICLE_BYTES = 20 * 1024 * 1024  # news pages are well under 5 MB
_CHUNK = 64 * 1024
USER_AGENT = "archiver (+https://github.com/) article fetch"


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def read_source(source: str, allow_private: bool | None = None) -> tuple[bytes, str | None]:
    """The bytes of an article and its declared content type, if any. `allow_private`
    lets a URL reach private addresses (None: as ARCHIVER_ALLOW_PRIVATE_ADDRESSES says)."""
    if source == "-":
        return sys.stdin.buffer.read(), None
    if is_url(source):
        allowed = private_addresses_allowed() if allow_private is None else allow_private
        return _fetch(source, allowed)
    path = Path(source)
    if not path.is_file():
        raise NotFound(f"no such article file: {source}")
    return path.read_bytes(), None


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to an http(s) URL, and to a private address only when
    allowed: a public page must not lead the fetch to file:, ftp: or this machine."""

    def __init__(self, allow_private: bool):
        self.allow_private = allow_private

    def http_error_302(self, req, fp, code, msg, headers):  # noqa: ANN001, ANN201
        # checked before urllib's own handling, which follows ftp: and turns file:
        # into a bare "HTTP 302" error
        location = headers.get("Location") or headers.get("URI") or ""
        target = urllib.parse.urljoin(req.full_url, location)
        if urllib.parse.urlsplit(target).scheme not in ("http", "https"):
            raise BadRedirect(f"{req.full_url} redirects to {target[:200]}: not an http(s) URL")
        refuse_private_address(target, self.allow_private)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _fetch(source: str, allow_private: bool) -> tuple[bytes, str | None]:
    refuse_private_address(source, allow_private)
    opener = urllib.request.build_opener(_Redirects(allow_private))
    request = urllib.request.Request(source, headers={"User-Agent": USER_AGENT})
    deadline = time.monotonic() + FETCH_DEADLINE_SECONDS
    timeout = min(FETCH_TIMEOUT_SECONDS, FETCH_DEADLINE_SECONDS)
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > MAX_ARTICLE_BYTES:
                raise _too_large(source)
            body = bytearray()
            while chunk := response.read1(_CHUNK):
                body += chunk
                if len(body) > MAX_ARTICLE_BYTES:
                    raise _too_large(source)
                if time.monotonic() > deadline:
                    raise FetchDeadline(
                        f"{source}: still sending after {FETCH_DEADLINE_SECONDS} s "
                        f"({len(body)} bytes so far); gave up"
                    )
                stop_point()  # a stop signal ends a slow fetch too
            return bytes(body), response.headers.get("Content-Type")
    except ArchiverError:
        raise
    except urllib.error.HTTPError as error:
        if error.code in (404, 410):
            raise NotFound(f"{source}: HTTP {error.code}") from error
        raise NetworkError(f"{source}: HTTP {error.code}") from error
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
        raise NetworkError(f"{source}: {error}") from error


def _too_large(source: str) -> ArticleTooLarge:
    limit = MAX_ARTICLE_BYTES // (1024 * 1024)
    return ArticleTooLarge(f"{source}: larger than {limit} MB, not an article; not read")
