"""The `archiver` command: parse arguments, call the library, report. Nothing more.

The commands live in archiver/commands/, one module per part of the pipeline.
"""

from __future__ import annotations

from pathlib import Path

import click

from archiver import catalogue as cat
from archiver.commands import capture, evidence, recrawl, transcripts
from archiver.serve import serve_command


@click.group()
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
    serve_command,
):
    main.add_command(command)


if __name__ == "__main__":
    main()
