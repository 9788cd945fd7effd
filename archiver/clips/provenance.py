"""What the server said, recorded as it said it: each HTTP answer yt-dlp received during a
capture, with its status, its response headers and the TLS certificate chain the
server presented, taken at the moment the answer arrived.

    log = ExchangeLog()
    log.note(response, "page")      # from YoutubeDL.urlopen, before the body is read
    log.take() -> [HttpExchange]    # what the capture keeps

Headers and certificates come from whoever answers, so they are hostile input: their
number and sizes are capped (and every cut is counted), and cookies and credentials are
never kept (Set-Cookie, Cookie, Authorization: the value is replaced, the name kept, so
the record still shows the server set one). Nothing here may stop a capture: a
chain that cannot be read is a note on the exchange, not an error.
"""

from __future__ import annotations

import http.client
import ssl
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from archiver import clock

MAX_EXCHANGES = 20  # per capture: the page, its API calls, the media (HLS: many fragments)
MAX_HEADERS = 64  # per answer; real ones send 10-30
MAX_NAME_CHARS = 128
MAX_VALUE_CHARS = 2048  # a CSP or a Link header can be long; more is noise or an attack
MAX_HEADER_CHARS = 16_384  # all of one answer's headers together
MAX_CHAIN = 8  # certificates; real chains hold 2-4
MAX_CERT_BYTES = 16_384  # DER; real certificates are 1-3 KB
MAX_URL_CHARS = 4096
REDACTED = "[redacted]"
# values that are someone's session or credentials, ours or the platform's
SECRET_HEADERS = frozenset(
    {"set-cookie", "set-cookie2", "cookie", "authorization", "proxy-authorization"}
)


@dataclass(frozen=True)
class HttpExchange:
    """One HTTP answer a capture received, as far as the caps let it be kept."""

    phase: str  # page (reading the clip's page and metadata) or media (its files)
    url: str  # the answer's URL, after redirects, without user:password@
    status: int | None
    headers: list[tuple[str, str]]  # in the order sent; secrets redacted
    headers_cut: int  # headers dropped or shortened by the caps
    fetched_at: str
    tls_version: str | None = None
    tls_chain_pem: list[str] = field(default_factory=list)  # leaf first, as presented
    tls_note: str | None = None  # why there is no chain, or why it is incomplete


def _without_userinfo(url: str) -> str:
    url = str(url)[:MAX_URL_CHARS]
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def safe_headers(headers: Any) -> tuple[list[tuple[str, str]], int]:
    """The headers as (name, value) pairs within the caps, secrets redacted, and how
    many were dropped or shortened."""
    try:
        items = list(headers.items())
    except Exception:  # noqa: BLE001 - whatever a handler hands over, it is not a crash
        return [], 1
    kept: list[tuple[str, str]] = []
    cut, budget = 0, MAX_HEADER_CHARS
    for name, value in items:
        name, value = str(name), str(value)
        if len(kept) >= MAX_HEADERS or budget <= 0:
            cut += 1
            continue
        if name.lower() in SECRET_HEADERS:
            value = REDACTED
        room = max(budget - min(len(name), MAX_NAME_CHARS), 0)
        if len(name) > MAX_NAME_CHARS or len(value) > min(MAX_VALUE_CHARS, room):
            cut += 1
            name = name[:MAX_NAME_CHARS]
            if len(value) > MAX_VALUE_CHARS:
                value = f"{value[:MAX_VALUE_CHARS]}[... {len(value) - MAX_VALUE_CHARS} more]"
            value = value[:room]
        budget -= len(name) + len(value)
        kept.append((name, value))
    return kept, cut


def _tls_socket(response: Any) -> ssl.SSLSocket | None:
    """The TLS socket an answer arrived on, while its body is still unread. yt-dlp's
    requests and urllib handlers both read through an http.client response, whose
    buffered reader wraps the socket even after the connection object let go of it
    (an HTTP/1.0 or `Connection: close` answer); curl_cffi's handler has none."""
    answer = getattr(response, "fp", None)
    for _ in range(3):  # yt-dlp's adapter -> urllib3's response or urllib's addinfourl
        if answer is None or isinstance(answer, http.client.HTTPResponse):
            break
        answer = getattr(answer, "_fp", None) or getattr(answer, "fp", None)
    if not isinstance(answer, http.client.HTTPResponse):
        return None
    sock = getattr(getattr(answer.fp, "raw", None), "_sock", None)
    return sock if isinstance(sock, ssl.SSLSocket) else None


def presented_chain(response: Any, url: str) -> tuple[str | None, list[str], str | None]:
    """(TLS version, the certificates the server presented as PEM leaf first, a note).
    The chain is what the server sent, verified or not: the record of what it
    presented, not a judgment of it (yt-dlp verified it before any byte was read)."""
    if not url.lower().startswith("https:"):
        return None, [], "plain http: no TLS"
    sock = _tls_socket(response)
    if sock is None:
        return None, [], "this request handler does not expose the TLS connection"
    try:
        # public from Python 3.13; the same call on the SSL object before that
        read = getattr(sock, "get_unverified_chain", None) or sock._sslobj.get_unverified_chain
        certificates = read() or []
        version = sock.version()
    except (AttributeError, OSError, ValueError) as error:
        return None, [], f"the chain could not be read: {error}"
    note = None
    if len(certificates) > MAX_CHAIN:
        note = f"{len(certificates)} certificates presented; the first {MAX_CHAIN} kept"
    pems = []
    for certificate in certificates[:MAX_CHAIN]:
        pem = str(certificate.public_bytes())  # PEM text by default
        if len(pem) > MAX_CERT_BYTES * 4 // 3 + 128:
            note = f"a certificate of {len(pem)} PEM characters was not kept"
            continue
        pems.append(pem)
    return version, pems, note


class ExchangeLog:
    """The answers of one capture, in order, at most MAX_EXCHANGES of them."""

    def __init__(self) -> None:
        self.exchanges: list[HttpExchange] = []
        self.dropped = 0

    def note(self, response: Any, phase: str) -> None:
        """Record an answer; never raises (a capture is worth more than its record)."""
        if response is None:
            return
        if len(self.exchanges) >= MAX_EXCHANGES:
            self.dropped += 1
            return
        try:
            url = _without_userinfo(getattr(response, "url", "") or "")
            headers, cut = safe_headers(getattr(response, "headers", None))
            status = getattr(response, "status", None)
            version, chain, note = presented_chain(response, url)
            self.exchanges.append(
                HttpExchange(
                    phase,
                    url,
                    status if isinstance(status, int) else None,
                    headers,
                    cut,
                    clock.utc_now(),
                    version,
                    chain,
                    note,
                )
            )
        except Exception:  # noqa: BLE001 - see above
            self.dropped += 1

    def take(self) -> tuple[list[HttpExchange], int]:
        """The exchanges so far and how many were not kept; the log starts again."""
        taken = self.exchanges, self.dropped
        self.exchanges, self.dropped = [], 0
        return taken
