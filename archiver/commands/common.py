"""What every command shares: the console, opening the archive, progress bars."""

from __future__ import annotations

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from archiver import catalogue as cat
from archiver.errors import ArchiverError

console = Console(stderr=True)
DEMO_PORT = 8765


def open_archive(ctx: click.Context, read_only: bool = False) -> cat.Catalogue:
    """The archive named by the group's --archive option, or a clean CLI error.
    `read_only` for commands that never write: they then work on a write-protected
    archive, and do not create an empty one where there is none."""
    try:
        return cat.open_catalogue(ctx.obj["archive"], read_only=read_only)
    except ArchiverError as error:
        raise click.ClickException(error.message) from error


def progress_bar(label: str) -> Progress:
    return Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
    )
