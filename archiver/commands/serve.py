"""Browsing the catalogue: serve."""

from __future__ import annotations

import click

from archiver.commands.common import console


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("-p", "--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
@click.option("-o", "--open", "open_browser", is_flag=True, help="Open a web browser.")
@click.option(
    "--sql/--no-sql",
    default=False,
    show_default=True,
    help="Let pages run arbitrary read-only SQL (canned queries and tables work either way).",
)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, open_browser: bool, sql: bool) -> None:
    """Browse the catalogue in Datasette, read-only: articles, claims, clips, evidence
    spans you can play, transcripts, and clips gone missing."""
    from archiver.datasette.serve import serve as serve_catalogue
    from archiver.interrupt import as_viewer
    from archiver.store.catalogue import resolve_archive_dir

    archive_dir = resolve_archive_dir(ctx.obj["archive"])
    try:
        with as_viewer():  # nothing is in progress, so nothing to finish or resume
            serve_catalogue(archive_dir, host, port, open_browser, announce=click.echo, sql=sql)
    except KeyboardInterrupt:
        pass
    console.print("Stopped serving.")
