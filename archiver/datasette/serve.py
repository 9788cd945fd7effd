"""`archiver serve`: the catalogue in Datasette, read-only, with the archiver plugin.

The catalogue opens in Datasette's usual read-only mode (`mode=ro`), not `immutable`: an
immutable SQLite connection ignores the write-ahead log, so it would miss what a running
capture or re-crawl has committed but not yet checkpointed, and could read a torn file.
"""

from __future__ import annotations

import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from datasette.app import Datasette

from archiver.datasette.guard import allowed_hosts
from archiver.errors import CatalogueError
from archiver.store.catalogue import open_catalogue, writable

CATALOGUE_FILE = "catalogue.db"
DATABASE_NAME = "catalogue"
# Explicit facets only: Datasette's facet suggestions try every column of a table on
# each page view, which on 100k clips costs more than the page itself.
SETTINGS = {
    "suggest_facets": False,
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 500,
    "default_page_size": 50,
}


def register_plugin() -> None:
    """Register our hooks unless the installed entry point already did."""
    from datasette.plugins import pm

    import archiver.datasette as plugin

    if not pm.is_registered(plugin) and pm.get_plugin("archiver") is None:
        pm.register(plugin, name="archiver")


def load_metadata(
    archive_dir: Path, read_only: bool = True, hosts: list[str] | None = None
) -> dict[str, Any]:
    """The packaged metadata plus the plugin's settings for this archive."""
    from archiver.datasette import METADATA_PATH

    metadata = yaml.safe_load(METADATA_PATH.read_text(encoding="utf-8"))
    metadata.setdefault("plugins", {})["archiver"] = {
        "archive_dir": str(archive_dir.resolve()),
        "database": DATABASE_NAME,
        "read_only": read_only,
        "hosts": hosts,
    }
    return metadata


def build_datasette(
    archive_dir: Path,
    *,
    immutable: bool = False,
    sql: bool = False,
    hosts: list[str] | None = None,
) -> Datasette:
    """A Datasette instance over ARCHIVE/catalogue.db with our metadata and plugin.
    `immutable` suits only a copy nothing writes to (benchmarks, published snapshots, a
    write-protected archive). `sql=False` refuses arbitrary SQL (canned queries and
    table pages still work); `hosts` are the Host names a request may carry."""
    database = archive_dir / CATALOGUE_FILE
    if not database.is_file():
        raise CatalogueError(
            f"no catalogue at {database}: capture something first (or run `archiver demo`)"
        )
    register_plugin()
    files = {"immutables": [str(database)]} if immutable else {"files": [str(database)]}
    return Datasette(
        **files,
        metadata=load_metadata(archive_dir, hosts=hosts),
        settings=dict(SETTINGS, default_allow_sql=sql),
        cors=False,
    )


def serve(
    archive_dir: Path,
    host: str,
    port: int,
    open_browser: bool = False,
    announce: Callable[[str], None] = print,
    sql: bool = False,
) -> None:
    """Serve the catalogue until interrupted (uvicorn handles Ctrl-C and SIGTERM)."""
    import uvicorn

    # Browsing writes nothing: an up-to-date catalogue is opened read-only as it is; an
    # older one is upgraded once only where it may be written (the store's rule for
    # every reading command), else refused with the reason.
    if (archive_dir / CATALOGUE_FILE).is_file():
        # never creates an archive; upgrades an older one only where it may be written
        if writable(archive_dir):
            open_catalogue(archive_dir, create=False).close()
        else:
            open_catalogue(archive_dir, read_only=True).close()
    # SQLite cannot take its read lock on a write-protected folder (no -shm file can be
    # made there), and nothing can be writing to it: read it as immutable.
    ds = build_datasette(
        archive_dir, immutable=not writable(archive_dir), sql=sql, hosts=allowed_hosts(host)
    )
    url = f"http://{host}:{port}/"
    announce(f"Serving {archive_dir / CATALOGUE_FILE} read-only at {url}  (Ctrl+C stops)")
    if not sql:
        announce("Arbitrary SQL is off (canned queries and tables work); --sql turns it on.")
    if open_browser:
        threading.Timer(1.0, webbrowser.open, [url]).start()
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")
