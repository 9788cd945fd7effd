"""What every command shares: the console, opening the archive, progress bars."""

from __future__ import annotations

import re

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from archiver.errors import ArchiverError
from archiver.store import catalogue as cat

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


# C0 and C1 controls and the bidi overrides: from a clip's title or a page, they could
# move the cursor, recolour or reorder the user's terminal.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(value: object) -> str:
    """Text from outside (titles, URLs, platform messages) safe to print: control
    characters shown as escapes, e.g. ESC as \\x1b."""
    text = "" if value is None else str(value)
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode(), text)


def plain(value: object) -> Text:
    """A table cell of outside text: shown as it is, never read as rich markup."""
    return Text(visible(value))
