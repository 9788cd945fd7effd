"""What every connection and request of `archiver serve` is held to.

Any web page can make a browser send GET requests to 127.0.0.1, so whatever arbitrary SQL
can reach, a stranger's page can reach: SQLite functions that take pointers or touch
files are refused on every connection, values and results have a size ceiling, and
requests must name a host the server listens as (DNS rebinding). Last, the requests
Datasette 0.65 answers with a 500 although the request is at fault.
"""

from __future__ import annotations

import ipaddress
import socket
import sqlite3
import traceback
import urllib.parse
import weakref
from typing import Any

from datasette.utils import resolve_routes

# Functions arbitrary SQL must never call. fts3_tokenizer(name, blob) installs a pointer
# taken from the blob as a tokenizer (a crash on the next FTS3 query, and the one-argument
# form leaks a library address); fts5() hands out an API pointer; the rtree debugging
# functions read crafted blobs; load_extension runs a shared library; the rest write
# files, logs or FTS indexes. Neither Datasette nor our pages use any of them.
DENIED_FUNCTIONS = frozenset(
    {
        "fts3_tokenizer",
        "fts5",
        "load_extension",
        "readfile",
        "writefile",
        "edit",
        "fts5_source_id",
        "sqlite_log",
        "optimize",
        "rtreenode",
        "rtreedepth",
        "rtreecheck",
    }
)
# Virtual tables that read below the database's tables: raw pages (sqlite_dbpage, dbstat)
# and the statements other requests prepared on this thread's connection (sqlite_stmt).
DENIED_TABLES = frozenset({"sqlite_dbpage", "dbstat", "sqlite_stmt"})
DENIED_ACTIONS = frozenset({sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH})

# The longest string or blob a query may build or read. Above the largest value the
# catalogue stores (a long article's text is a few MB), far below what fills memory.
MAX_VALUE_BYTES = 16 * 1024 * 1024
# What one query may hand back in all: Datasette keeps up to max_returned_rows rows in
# memory and then renders them, so 1000 rows of 16 MB would still be 16 GB.
MAX_RESULT_BYTES = 32 * 1024 * 1024

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
WILDCARD_HOSTS = ("0.0.0.0", "::", "")


class ResultTooLarge(sqlite3.DataError):
    """A DatabaseError, so Datasette shows it as a query error (400), not a crash."""


def _authorize(action: int, arg1: str | None, arg2: str | None, *_: Any) -> int:
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_READ and (arg1 or "").lower() in DENIED_TABLES:
        return sqlite3.SQLITE_DENY
    if action in DENIED_ACTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _size(value: Any) -> int:
    return len(value) if isinstance(value, str | bytes) else 8


def _budgeted_rows() -> Any:
    """A row factory that counts what each cursor (one query) has returned so far."""
    spent: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def factory(cursor: sqlite3.Cursor, row: tuple) -> sqlite3.Row:
        total = spent.get(cursor, 0) + sum(_size(value) for value in row)
        if total > MAX_RESULT_BYTES:
            spent.pop(cursor, None)
            raise ResultTooLarge(
                f"the result is over {MAX_RESULT_BYTES // 2**20} MB: ask for fewer rows "
                "(LIMIT, a smaller _size) or fewer columns (_col, _nocol)"
            )
        spent[cursor] = total
        return sqlite3.Row(cursor, row)

    return factory


def harden_connection(conn: sqlite3.Connection) -> None:
    """Refuse the dangerous functions and tables, and cap value and result sizes, on
    CONN. Run on every connection Datasette opens (the prepare_connection hook)."""
    conn.set_authorizer(_authorize)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.row_factory = _budgeted_rows()


# ---------------------------------------------------------------- hosts


def allowed_hosts(listen_host: str) -> list[str]:
    """The Host names a request may carry when the server listens on LISTEN_HOST."""
    hosts = [*LOOPBACK_HOSTS]
    if listen_host not in WILDCARD_HOSTS:
        hosts.append(listen_host.strip("[]").lower())
    else:
        # Reached through the network: by this machine's name or any address literal
        # (an address cannot be rebound; a rebinding attack needs a DNS name).
        hosts += [socket.gethostname().lower(), "*ip"]
    return hosts


def host_of(header: str) -> str:
    """'[::1]:8001' -> '::1', 'LocalHost:80' -> 'localhost'."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def host_allowed(header: str | None, hosts: list[str]) -> bool:
    """A request with no Host (HTTP/1.0) comes from no browser, so it cannot be rebound."""
    if header is None:
        return True
    name = host_of(header)
    if name in hosts:
        return True
    if "*ip" in hosts:
        try:
            ipaddress.ip_address(name)
        except ValueError:
            return False
        return True
    return False


# ---------------------------------------------------------------- requests Datasette mishandles


# Errors Datasette 0.65 answers with 500 although only the request caused them: a row URL
# with fewer key values than the table has key columns leaves a parameter unbound; a
# number too large for SQLite overflows; its views parse query parameters with int() and
# json.loads (`?_timelimit=x`, `?_through=`) unchecked, and raise a plain DatasetteError
# (status 500) for `?_sort=nosuchcolumn`, `_col=` of no column, or a filter SQLite
# rejects. Only these words in a message mean the server itself is in trouble. A value or
# a result over the ceilings above (sqlite3.DataError) is the request asking too much.
REQUEST_ERRORS = (
    sqlite3.ProgrammingError,
    sqlite3.InterfaceError,
    sqlite3.DataError,
    OverflowError,
)
PARSING_ERRORS = (ValueError, KeyError, TypeError, IndexError)
SERVER_FAULTS = (
    "disk i/o error",
    "database is locked",
    "database disk image is malformed",
    "file is not a database",
    "unable to open database",
    "out of memory",
    "readonly database",
)


def _frames(exception: BaseException) -> Any:
    return traceback.walk_tb(exception.__traceback__)


def request_error(exception: BaseException) -> bool:
    """Whether EXCEPTION, raised while answering a request, was the request's fault."""
    from datasette.views.base import DatasetteError

    if isinstance(exception, REQUEST_ERRORS):
        return True
    if isinstance(exception, PARSING_ERRORS):
        # from parsing the request inside Datasette's views, not from our own code
        modules = [frame.f_globals.get("__name__", "") for frame, _ in _frames(exception)]
        return any(m.startswith("datasette.views") for m in modules) and not any(
            m.startswith("archiver") for m in modules
        )
    if isinstance(exception, DatasetteError) and exception.status == 500:
        message = str(exception.message).lower()
        return not any(fault in message for fault in SERVER_FAULTS)
    return False


def routed(datasette: Any, scope: dict) -> bool:
    """Whether any route takes this path. Datasette 0.65 answers a path no route takes
    (`/-/media/../../catalogue.db`, `/a/b/c/d`) with a 500: its fallback handler asks rich
    for a traceback when there is none. So those get a plain 404 here, routed the same
    way Datasette routes (the raw path, so `%2F` stays inside one segment)."""
    routes = getattr(datasette, "_archiver_routes", None)
    if routes is None:
        routes = datasette._archiver_routes = datasette._routes()
    raw = scope.get("raw_path") or scope["path"].encode("utf-8")
    if not raw.isascii():  # Datasette would fail decoding it; browsers %-encode
        return False
    path = raw.decode("ascii").partition("?")[0]
    return resolve_routes(routes, path)[0] is not None


def database_csv_without_sql(datasette: Any, scope: dict) -> bool:
    """/catalogue.csv with no ?sql=: a KeyError (500) inside Datasette 0.65."""
    name = scope["path"].removeprefix("/").removesuffix(".csv")
    if not scope["path"].endswith(".csv") or name not in datasette.databases:
        return False
    query = urllib.parse.parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return not query.get("sql")
