"""What every command shares: the console, opening the archive, progress bars, and
showing outside text safely.

Imports here stay light: `archiver --help` and each command's `--help` load only this
and click. The library (and yt-dlp, Whisper, Datasette) is imported by the commands
that use it, when they run.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress
    from rich.text import Text

    from archiver.store.catalogue import Catalogue


@cache
def rich_console(stderr: bool = True) -> Console:
    from rich.console import Console

    return Console(stderr=stderr)


class _LazyConsole:
    """rich's Console, made on first use: importing rich costs more than a command's
    --help."""

    def __init__(self, stderr: bool):
        self._stderr = stderr

    def __getattr__(self, name: str) -> Any:
        return getattr(rich_console(self._stderr), name)


console = _LazyConsole(stderr=True)  # progress, summaries and messages
stdout = _LazyConsole(stderr=False)  # tables a user may pipe


def open_archive(ctx: click.Context, read_only: bool = False, create: bool = True) -> Catalogue:
    """The archive named by the group's --archive option, or a clean CLI error.

    `read_only` for commands that never write: they then work on a write-protected
    archive, and never create or upgrade one. `create=False` for commands that write to an
    archive but make no sense in a new one (confirming a link, say). The library's
    errors become messages in archiver.cli."""
    from archiver.store.catalogue import open_catalogue, resolve_archive_dir

    root = resolve_archive_dir(ctx.obj["archive"])
    return open_catalogue(root, read_only=read_only, create=create and not read_only)


def cluster_option(what: str) -> Any:
    """--cluster, for commands whose work can run on a Dask cluster."""
    return click.option(
        "--cluster",
        metavar="tcp://HOST:PORT|local:N",
        help=f"{what} on a Dask cluster (default: $ARCHIVER_CLUSTER, else config.yaml's "
        "cluster:); this process still writes the catalogue.",
    )


def allow_private_option(command: Any) -> Any:
    """--allow-private-addresses, for commands that fetch URLs from articles or lists."""
    return click.option(
        "--allow-private-addresses",
        is_flag=True,
        envvar="ARCHIVER_ALLOW_PRIVATE_ADDRESSES",
        help="Fetch URLs whose host is a private, loopback or link-local address "
        "(refused by default: an article must not reach this machine or its network). "
        "Also ARCHIVER_ALLOW_PRIVATE_ADDRESSES=1.",
    )(command)


def access_options(command: Any) -> Any:
    """How capture reaches a platform that refuses scrapers (capture and archive)."""
    options = [
        click.option(
            "--impersonate",
            metavar="TARGET",
            help="Look like this browser on every request (chrome, chrome-136, safari:ios, "
            "...) [default: only where the site's extractor asks, as TikTok's does].",
        ),
        click.option(
            "--proxy",
            metavar="URL",
            help="Send every request through this proxy (http://user:pass@host:port, "
            "socks5://host:port); its credentials are never stored or shown.",
        ),
        click.option(
            "--cookies-from-browser",
            metavar="BROWSER[:PROFILE]",
            help="Log in with the cookies of a browser profile on this machine "
            "(chrome, chromium, firefox, edge, brave, ...); used, never stored.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def progress_bar(label: str) -> Progress:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    return Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=rich_console(),
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
    from rich.text import Text

    return Text(visible(value))


def table(title: str | None = None, columns: tuple[str, ...] = (), **options: Any) -> Any:
    """A rich table with folding columns."""
    from rich.table import Table

    made = Table(title=title, **options)
    for column in columns:
        made.add_column(column, overflow="fold")
    return made


def styled(text: str, style: str) -> Text:
    from rich.text import Text

    return Text(text, style=style)
