"""Where article bytes come from: a file, a URL, or standard input."""

from __future__ import annotations

import sys
import urllib.error
import urllib.request
from pathlib import Path

from archiver.errors import NetworkError, NotFound

FETCH_TIMEOUT_SECONDS = 30
USER_AGENT = "archiver (+https://github.com/) article fetch"


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def read_source(source: str) -> tuple[bytes, str | None]:
    """The bytes of an article and its declared content type, if any."""
    if source == "-":
        return sys.stdin.buffer.read(), None
    if is_url(source):
        request = urllib.request.Request(source, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_SECONDS) as response:
                return response.read(), response.headers.get("Content-Type")
        except urllib.error.HTTPError as error:
            if error.code in (404, 410):
                raise NotFound(f"{source}: HTTP {error.code}") from error
            raise NetworkError(f"{source}: HTTP {error.code}") from error
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            raise NetworkError(f"{source}: {error}") from error
    path = Path(source)
    if not path.is_file():
        raise NotFound(f"no such article file: {source}")
    return path.read_bytes(), None
