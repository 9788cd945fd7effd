"""Commands that prove the archive whole and copy it: verify, backup."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import click

from archiver.commands.common import console, open_archive, progress_bar, visible


class _Counting:
    """A progress bar over the catalogue's files: the library says how many there are,
    then names each file as it is done."""

    def __init__(self, label: str):
        self.progress = progress_bar(label)
        self.task = self.progress.add_task("", total=None)

    def start(self, total: int) -> None:
        self.progress.update(self.task, total=total)

    def file(self, path: str) -> None:
        self.progress.update(self.task, advance=1, description=path[-40:])


@click.command()
@click.argument("bundle", required=False, type=click.Path(path_type=Path))
@click.option(
    "--tsa-root",
    type=click.Path(path_type=Path, dir_okay=False),
    help="With BUNDLE: check its timestamps against this TSA root certificate (PEM), "
    "obtained from the TSA yourself, instead of the root the bundle carries.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def verify(ctx: click.Context, bundle: Path | None, tsa_root: Path | None, as_json: bool) -> None:
    """Re-hash every stored file and check the catalogue; exit 1 on any problem.
    With BUNDLE, check that bundle's manifests and timestamps instead, offline and
    without the archive.

    Reports files that are missing or whose bytes changed, files under media/ that no
    row lists, rows that point to nothing, and SQLite's own integrity findings. Writes
    nothing, so it also checks a write-protected backup."""
    if bundle is not None:
        from archiver.commands.bundle import verify_bundle_command

        verify_bundle_command(bundle, as_json, tsa_root)
        return
    if tsa_root is not None:
        raise click.UsageError("--tsa-root checks a BUNDLE's timestamps: name the bundle")
    from archiver.store.fixity import verify_archive

    counting = _Counting("verify")
    with open_archive(ctx, read_only=True) as catalogue, counting.progress:
        report = verify_archive(catalogue, on_start=counting.start, on_file=counting.file)
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(report), indent=2))
    else:
        _print_report(report)
    if not report.ok:
        sys.exit(1)


def _print_report(report) -> None:  # noqa: ANN001 - a VerifyReport
    sections = [
        ("missing (listed in the catalogue, not on disk)", report.missing),
        (
            "corrupt (bytes differ from the recorded sha256)",
            [
                f"{c.path}: sha256 {c.actual_sha256}, {c.actual_bytes} bytes "
                f"(recorded {c.expected_sha256}, {c.expected_bytes} bytes)"
                for c in report.corrupt
            ],
        ),
        ("unlisted (under media/, no catalogue row)", report.unlisted),
        ("not regular files (under media/; never opened or followed)", report.not_regular),
        ("rows that point to nothing", report.dangling),
        ("database integrity", report.database),
    ]
    for title, lines in sections:
        if lines:
            console.print(f"[red bold]{title}: {len(lines)}[/]")
            for line in lines:
                console.print(f"  {visible(line)}", markup=False, highlight=False, soft_wrap=True)
    for note in report.notes:
        console.print(f"[dim]note: {visible(note)}[/]", highlight=False)
    size = report.bytes_checked / 1e6
    summary = f"{report.files_checked} file(s), {size:.1f} MB re-hashed in {report.archive}"
    if report.ok:
        console.print(f"[green]OK[/]: {summary}; catalogue intact.", highlight=False)
    else:
        console.print(f"[red]{report.problems} problem(s)[/]: {summary}.", highlight=False)


@click.command()
@click.argument("destination", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--force",
    is_flag=True,
    help="Replace a backup catalogue even if it holds more rows than this archive.",
)
@click.pass_context
def backup(ctx: click.Context, destination: Path, force: bool) -> None:
    """Copy the archive to DESTINATION: a consistent catalogue, and every listed
    media file checked against its sha256 on the way.

    DESTINATION is itself an archive (`archiver --archive DESTINATION verify`), and a
    later backup to it copies only new files. Safe while other commands write. To
    restore, back up the other way: `archiver --archive BACKUP backup NEW_ARCHIVE`."""
    from archiver.errors import ArchiverError
    from archiver.store.backup import backup_archive

    counting = _Counting("backup")
    with open_archive(ctx, read_only=True) as catalogue:
        try:
            with counting.progress:
                report = backup_archive(
                    catalogue,
                    destination,
                    on_start=counting.start,
                    on_file=counting.file,
                    force=force,
                )
        except (ArchiverError, OSError) as error:
            message = error.message if isinstance(error, ArchiverError) else str(error)
            raise click.ClickException(f"backup failed: {message}") from error
    for problem in report.problems:
        console.print(f"[red]not backed up[/]: {visible(problem)}", highlight=False, soft_wrap=True)
    console.print(
        f"{report.files_copied} file(s) copied ({report.bytes_copied / 1e6:.1f} MB), "
        f"{report.files_already_there} already in the backup; catalogue copied to "
        f"{visible(destination)}.",
        highlight=False,
    )
    if not report.ok:
        sys.exit(1)
