"""The Datasette plugin behind `archiver serve`.

Installed with the package under the `datasette` entry point (`archiver =
"archiver.datasette"`), so Datasette loads these hooks and finds `templates/` and `static/`
beside this file. `archiver.datasette.serve` also registers it directly, so serving works from a
source checkout whose entry points are not installed.
"""

from __future__ import annotations

from pathlib import Path

from archiver.datasette.plugin import (
    asgi_wrapper,
    handle_exception,
    menu_links,
    prepare_connection,
    prepare_jinja2_environment,
    register_routes,
    render_cell,
)

METADATA_PATH = Path(__file__).parent / "metadata.yml"

__all__ = [
    "METADATA_PATH",
    "asgi_wrapper",
    "handle_exception",
    "menu_links",
    "prepare_connection",
    "prepare_jinja2_environment",
    "register_routes",
    "render_cell",
]
