"""Datasette's CSV export, with cells a spreadsheet would run as formulas made inert.

A clip title of `=HYPERLINK(...)` or an uploader of `+1+1` is data from a stranger;
opened in Excel or LibreOffice it would be a formula. Such a cell gets a leading `'`,
which spreadsheets show as text. Datasette writes its CSV itself, so the plugin rewrites
the stream on its way out, record by record, never holding more than one record.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import urllib.parse
from typing import Any

from archiver.text import spreadsheet_safe

_QUOTE_OR_NEWLINE = re.compile(r'["\n]')


def neutral_cell(cell: str) -> str:
    """`=1+1` -> `'=1+1`; numbers and everything else unchanged (the one rule for every
    CSV we write: archiver.text.spreadsheet_safe)."""
    return str(spreadsheet_safe(cell))


class CsvRewriter:
    """Fed a CSV stream in arbitrary pieces, gives it back with every cell neutral.
    A record ends at a newline outside quotes: an even number of `"` before it."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._pending = ""
        self._odd = False  # inside a quoted field at the end of _pending

    def feed(self, chunk: bytes) -> bytes:
        text = self._decoder.decode(chunk)
        start = len(self._pending)
        self._pending += text
        cut = None
        for match in _QUOTE_OR_NEWLINE.finditer(self._pending, start):
            if match.group() == '"':
                self._odd = not self._odd
            elif not self._odd:
                cut = match.end()
        if cut is None:
            return b""
        done, self._pending = self._pending[:cut], self._pending[cut:]
        return _rewrite(done)

    def finish(self) -> bytes:
        done, self._pending = self._pending + self._decoder.decode(b"", final=True), ""
        return _rewrite(done) if done else b""


def _rewrite(records: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)  # Datasette's own dialect: excel, minimal quoting, CRLF
    for row in csv.reader(io.StringIO(records, newline="")):
        writer.writerow([neutral_cell(cell) for cell in row])
    return out.getvalue().encode("utf-8")


def is_csv_request(scope: dict) -> bool:
    if scope.get("type") != "http":
        return False
    if scope.get("path", "").endswith(".csv"):
        return True
    query = urllib.parse.parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return "csv" in query.get("_format", [])


def neutral_csv_send(send: Any) -> Any:
    """Wrap an ASGI SEND so a CSV body (text/plain or text/csv, not the HTML of
    `_trace=1` or an error page) reaches the client neutralised."""
    state: dict[str, Any] = {"rewriter": None}

    async def wrapped(message: dict) -> None:
        if message["type"] == "http.response.start":
            headers = dict((k.lower(), v) for k, v in message.get("headers", []))
            kind = headers.get(b"content-type", b"").split(b";")[0].strip()
            if kind in (b"text/plain", b"text/csv"):
                state["rewriter"] = CsvRewriter()
                message = dict(
                    message,
                    headers=[
                        (k, v)
                        for k, v in message.get("headers", [])
                        if k.lower() != b"content-length"
                    ],  # fmt: skip
                )
            await send(message)
            return
        rewriter = state["rewriter"]
        if rewriter is None or message["type"] != "http.response.body":
            await send(message)
            return
        body = rewriter.feed(message.get("body", b""))
        more = message.get("more_body", False)
        if not more:
            body += rewriter.finish()
        if body or not more:
            await send({"type": "http.response.body", "body": body, "more_body": more})

    return wrapped
