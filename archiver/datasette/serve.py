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

from archiver.errors import CatalogueError
from archiver.store.catalogue import open_catalogue

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


def load_metadata(archive_dir: Path, read_only: bool = True) -> dict[str, Any]:
    """The packaged metadata plus the plugin's settings for this archive."""
    from archiver.datasette import METADATA_PATH

    metadata = yaml.safe_load(METADATA_PATH.read_text(encoding="utf-8"))
    metadata.setdefault("plugins", {})["archiver"] = {
        "archive_dir": str(archive_dir.resolve()),
        "database": DATABASE_NAME,
        "read_only": read_only,
    }
    return metadata


def build_datasette(archive_dir: Path, *, immutable: bool = False) -> Datasette:
    """A Datasette instance over ARCHIVE/catalogue.db with our metadata and plugin.
    `immutable` suits only a copy nothing writes to (benchmarks, published snapshots)."""
    database = archive_dir / CATALOGUE_FILE
    if not database.is_file():
        raise CatalogueError(
            f"no catalogue at {database}: capture something first (or run `archiver demo`)"
        )
    register_plugin()
    files = {"immutables": [str(database)]} if immutable else {"files": [str(database)]}
    return Datasette(
        **files,
        metadata=load_metadata(archive_dir),
        settings=SETTINGS,
        cors=False,
    )


def serve(
    archive_dir: Path,
    host: str,
    port: int,
    open_browser: bool = False,
    announce: Callable[[str], None] = print,
) -> None:
    """Serve the catalogue until interrupted (uvicorn handles Ctrl-C and SIGTERM)."""
    import uvicorn

    # Bring an older catalogue's schema (and its indexes) up to date before serving it
    # read-only; open_catalogue is where migrations run.
    if (archive_dir / CATALOGUE_FILE).is_file():
        open_catalogue(archive_dir, create=False).close()  # never makes a new archive
    ds = build_datasette(archive_dir)
    url = f"http://{host}:{port}/"
    announce(f"Serving {archive_dir / CATALOGUE_FILE} read-only at {url}  (Ctrl+C stops)")
    if open_browser:
        threading.Timer(1.0, webbrowser.open, [url]).start()
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")
