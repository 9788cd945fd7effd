"""The `archiver` command: parse arguments, call the library, report. Nothing more.

The commands live in archiver/commands/, one module per part of the pipeline.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import click

from archiver import interrupt
from archiver.clips.failures import is_disk_full
from archiver.commands import capture, evidence, fixity, recrawl, transcripts
from archiver.commands.common import console
from archiver.datasette.serve import serve_command
from archiver.errors import ArchiverError
from archiver.store import catalogue as cat


class ArchiverGroup(click.Group):
    """Runs every command under archiver.interrupt's handling of Ctrl-C and SIGTERM."""

    def invoke(self, ctx: click.Context):
        with interrupt.stop_between_items(lambda text: console.print(f"[yellow]{text}[/]")):
            try:
                result = super().invoke(ctx)
                interrupt.stop_point()  # a command that stopped early by itself
                return result
            except ArchiverError as error:
                # A failure no single item can absorb (a full disk, an unusable
                # catalogue): what was recorded so far stays recorded.
                raise click.ClickException(error.message) from error
            except (OSError, sqlite3.OperationalError) as error:
                if not is_disk_full(error):
                    raise
                raise click.ClickException(
                    f"no space left on the archive's disk ({error}). Everything recorded "
                    "so far is kept; free some space and run the same command again."
                ) from error
            except interrupt.Interrupted as stop:
                console.print(
                    f"[yellow]Stopped by {stop.signal_name}.[/] Every finished item is saved "
                    "and nothing half-done was kept; run the same command again to do the rest."
                )
                ctx.exit(stop.exit_code)


@click.group(cls=ArchiverGroup)
@click.option(
    "--archive",
    "archive",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="ARCHIVER_HOME",
    default=cat.DEFAULT_ARCHIVE,
    show_default=True,
    help="Archive directory (catalogue.db and media/). Also ARCHIVER_HOME.",
)
@click.version_option(package_name="archiver")
@click.pass_context
def main(ctx: click.Context, archive: Path) -> None:
    """Preserve the clips that articles cite, and what is said in them."""
    ctx.obj = {"archive": archive}


for command in (
    capture.capture,
    capture.status,
    evidence.archive,
    evidence.ingest,
    evidence.review,
    evidence.demo,
    transcripts.transcribe,
    transcripts.models,
    transcripts.search,
    transcripts.export,
    recrawl.recrawl,
    recrawl.schedule,
    fixity.verify,
    fixity.backup,
    serve_command,
):
    main.add_command(command)


if __name__ == "__main__":
    main()
