"""Serve a folder on loopback over HTTP, with Range requests.

The offline demo, the tests and the benchmarks serve clip pages and media from
here instead of a real platform. Range support matters: yt-dlp resumes and
browsers seek audio only when the server answers 206 Partial Content.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_RANGE = re.compile(r"bytes=(\d*)-(\d*)$")

# A hook may answer a request itself (status, headers, body) or return None to
# let the folder serve it. Tests use it to simulate 404s, 429s and slow hosts.
Hook = Callable[[str], "tuple[int, dict[str, str], bytes] | None"]


class RangeRequestHandler(SimpleHTTPRequestHandler):
    hook: Hook | None = None

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # keep test and demo output quiet

    def end_headers(self) -> None:
        self.send_header("Accept-Ranges", "bytes")
        super().end_headers()

    def do_GET(self) -> None:  # noqa: N802
        if self._answer_from_hook(head=False):
            return
        byte_range = _RANGE.match(self.headers.get("Range", "").strip())
        path = Path(self.translate_path(self.path))
        if not byte_range or not path.is_file():
            super().do_GET()
            return
        size = path.stat().st_size
        start_text, end_text = byte_range.groups()
        if start_text:
            start = int(start_text)
            end = min(int(end_text), size - 1) if end_text else size - 1
        else:  # "bytes=-N": the last N bytes
            start, end = max(size - int(end_text or 0), 0), size - 1
        if start >= size or start > end:
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{size}")
            self.end_headers()
            return
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        with path.open("rb") as source:
            source.seek(start)
            self.wfile.write(source.read(end - start + 1))

    def do_HEAD(self) -> None:  # noqa: N802
        if not self._answer_from_hook(head=True):
            super().do_HEAD()

    def _answer_from_hook(self, head: bool) -> bool:
        answer = self.hook(self.path) if self.hook else None
        if answer is None:
            return False
        status, headers, body = answer
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)
        return True


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients (yt-dlp probing a file, a browser seeking) hang up mid-body all
        # the time; that is not worth a traceback.
        pass


class StaticServer:
    """A threaded loopback server over `root`; use as a context manager."""

    def __init__(self, root: str | os.PathLike[str], hook: Hook | None = None, port: int = 0):
        handler = type(
            "Handler", (RangeRequestHandler,), {"hook": staticmethod(hook) if hook else None}
        )
        self._httpd = _QuietServer(("127.0.0.1", port), partial(handler, directory=str(root)))
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def start(self) -> StaticServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> StaticServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
