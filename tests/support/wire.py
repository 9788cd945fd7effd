"""Small loopback HTTP servers that show what reached the wire: a page server that
records each request's headers, and a forward proxy that checks its credentials.

Both are real sockets on 127.0.0.1 started by the test, so what they record is what
yt-dlp's request handler (urllib or curl_cffi) actually sent.
"""

from __future__ import annotations

import base64
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

VIA = "archiver-test-proxy"  # what ForwardProxy adds to the Via header

# Headers that belong to one hop and are not forwarded by a proxy.
_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authorization", "proxy-connection", "te"}


@dataclass
class Seen:
    method: str
    target: str  # the path (page server) or absolute URL (proxy) as requested
    headers: dict[str, str]  # lower-cased names


class _Server:
    def __init__(self, handler: type[BaseHTTPRequestHandler]):
        handler.owner = self  # type: ignore[attr-defined]
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self.seen: list[Seen] = []

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> Any:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


class _Handler(BaseHTTPRequestHandler):
    owner: Any
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def note(self) -> None:
        headers = {name.lower(): value for name, value in self.headers.items()}
        self.owner.seen.append(Seen(self.command, self.path, headers))

    def reply(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {"Content-Type": "text/html; charset=utf-8"}).items():
            if name.lower() not in _HOP_BY_HOP | {"content-length", "transfer-encoding"}:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class PageServer(_Server):
    """Serves registered bodies by path and records every request with its headers."""

    def __init__(self, only_via_proxy: bool = False) -> None:
        self.pages: dict[str, bytes] = {}
        # True: answer 403 to requests that did not come through a ForwardProxy, as a
        # platform does that has blocked our address but not the proxy's
        self.only_via_proxy = only_via_proxy
        super().__init__(_PageHandler)

    def add(self, path: str, body: str) -> str:
        self.pages[path] = body.encode("utf-8")
        return self.base_url + path


class _PageHandler(_Handler):
    def do_GET(self) -> None:
        self.note()
        body = self.owner.pages.get(self.path.split("?")[0])
        if self.owner.only_via_proxy and VIA not in self.headers.get("Via", ""):
            self.reply(403, b"<html><body>Access denied</body></html>")
        elif body is None:
            self.reply(404, b"not here")
        else:
            self.reply(200, body)

    do_HEAD = do_GET


@dataclass
class ForwardProxy(_Server):
    """An HTTP forward proxy (absolute-URI GETs, no CONNECT) asking for Basic auth
    with `user`/`password` when given; answers 407 to anything else."""

    user: str | None = None
    password: str | None = None
    refused: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(_ProxyHandler)

    def url(self, with_credentials: bool = True) -> str:
        if with_credentials and self.user:
            host = self.base_url.removeprefix("http://")
            return f"http://{self.user}:{self.password}@{host}"
        return self.base_url

    def allows(self, header: str | None) -> bool:
        if not self.user:
            return True
        token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        return header == f"Basic {token}"


class _ProxyHandler(_Handler):
    def do_GET(self) -> None:
        self.note()
        if not self.path.startswith("http://"):
            self.reply(400, b"this proxy forwards absolute http:// URLs only")
            return
        if not self.owner.allows(self.headers.get("Proxy-Authorization")):
            self.owner.refused.append(self.path)
            self.reply(407, b"proxy credentials needed", {"Proxy-Authenticate": "Basic"})
            return
        forwarded = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        forwarded["Via"] = f"1.1 {VIA}"
        request = urllib.request.Request(self.path, headers=forwarded, method=self.command)
        direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with direct.open(request, timeout=30) as answer:
                self.reply(answer.status, answer.read(), dict(answer.headers.items()))
        except urllib.error.HTTPError as error:
            self.reply(error.code, error.read(), dict(error.headers.items()))

    do_HEAD = do_GET
