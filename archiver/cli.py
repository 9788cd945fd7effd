"""The `archiver` command: parse arguments, call the library, report. Nothing more.

The commands live in archiver/commands/, one module per part of the pipeline, and are
imported only when one of them runs: `archiver --help` reads their one-line help from
the table below and imports neither them nor the libraries they use (yt-dlp, Whisper,
Datasette each cost a large part of a second).
"""

from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path

import click

# name -> (module under archiver.commands, function, one line of help), in the order
# `archiver --help` lists them: the main job, its stages, then looking and keeping.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "archive": ("archive", "archive", "The main job: articles, manifests, clip URLs; every stage."),
    "discover": ("archive", "discover", "Find the clips unresolved citations only describe."),
    "ingest": ("articles", "ingest", "Read articles into claims and citations."),
    "capture": ("clips", "capture", "Capture clips: metadata, audio, thumbnail, provenance."),
    "transcribe": ("speech", "transcribe", "Transcribe archived audio with Whisper."),
    "ocr": ("vision", "ocr", "Read the words on screen in the clips' keyframes."),
    "review": ("evidence", "review", "List suggested claim-clip links; confirm or reject them."),
    "recrawl": ("recrawl", "recrawl", "Look again at archived clips: metrics, availability."),
    "schedule": ("recrawl", "schedule", "Run re-crawls unattended: cron, systemd or a loop."),
    "search": ("speech", "search", "Search what is said or shown on screen in the clips."),
    "export": ("evidence", "export", "Export transcripts and claims in standard formats."),
    "serve": ("serve", "serve", "Browse the catalogue in Datasette, read-only."),
    "status": ("clips", "status", "Counts of clips, captures and media, failures by status."),
    "verify": ("store", "verify", "Re-hash every stored file and check the catalogue."),
    "bundle": ("bundle", "bundle", "Write a clip's evidence as a BagIt bag anyone can check."),
    "backup": ("store", "backup", "Copy the archive, checking every file on the way."),
    "models": ("speech", "models", "List the Whisper models this machine can use offline."),
    "demo": ("archive", "demo", "The offline demo: serve the demo clips and archive them."),
}


class ArchiverGroup(click.Group):
    """Loads commands on demand, and runs each under archiver.interrupt's handling of
    Ctrl-C and SIGTERM, turning the library's errors into messages."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute, _ = COMMANDS[name]
        return getattr(importlib.import_module(f"archiver.commands.{module}"), attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, short_help) for name, (_, _, short_help) in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context):  # noqa: ANN201 - whatever the command returns
        from archiver import interrupt
        from archiver.commands.common import console

        with interrupt.stop_between_items(lambda text: console.print(f"[yellow]{text}[/]")):
            try:
                result = self._invoke_reporting_errors(ctx)
                interrupt.stop_point()  # a command that stopped early by itself
                return result
            except interrupt.Interrupted as stop:
                console.print(
                    f"[yellow]Stopped by {stop.signal_name}.[/] Every finished item is saved "
                    "and nothing half-done was kept; run the same command again to do the rest."
                )
                ctx.exit(stop.exit_code)

    def _invoke_reporting_errors(self, ctx: click.Context):  # noqa: ANN202
        from archiver.errors import ArchiverError, is_disk_full

        try:
            return super().invoke(ctx)
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


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from importlib.metadata import version

    click.echo(f"archiver, version {version('archiver')}")
    ctx.exit()


@click.group(cls=ArchiverGroup)
@click.option(
    "--archive",
    "archive",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="ARCHIVER_HOME",
    default="archive",
    show_default=True,
    help="Archive directory (catalogue.db and media/). Also ARCHIVER_HOME.",
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and exit.",
)
@click.pass_context
def main(ctx: click.Context, archive: Path) -> None:
    """Preserve the clips that articles cite, and what is said in them."""
    ctx.obj = {"archive": Path(archive)}


if __name__ == "__main__":
    main()
