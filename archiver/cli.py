"""The `archiver` command: parse arguments, call the library, report. Nothing more."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from archiver import catalogue as cat
from archiver.capture import CaptureOptions, CaptureOutcome, Capturer
from archiver.errors import ArchiverError
from archiver.export import TRANSCRIPT_FORMATS, export_transcript
from archiver.models import list_models
from archiver.search import search_segments
from archiver.transcribe import (
    DEFAULT_MODEL,
    TranscribeOptions,
    TranscribeOutcome,
    import_platform_captions,
    model_ref,
    select_jobs,
    transcribe_clips,
)

console = Console(stderr=True)


def _open(ctx: click.Context) -> cat.Catalogue:
    try:
        return cat.open_catalogue(ctx.obj["archive"])
    except ArchiverError as error:
        raise click.ClickException(error.message) from error


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


def read_urls(urls: tuple[str, ...], input_file: click.File | None) -> tuple[list[str], int]:
    """URLs from arguments and a file (one a line, # comments), without repeats."""
    candidates = list(urls)
    if input_file is not None:
        for line in input_file:
            line = line.strip()
            if line and not line.startswith("#"):
                candidates.append(line)
    unique = list(dict.fromkeys(candidates))
    return unique, len(candidates) - len(unique)


def capture_with_progress(
    catalogue: cat.Catalogue, urls: list[str], options: CaptureOptions, command: str = "capture"
) -> list[CaptureOutcome]:
    run_id = cat.start_run(catalogue, command)
    outcomes: list[CaptureOutcome] = []
    progress = Progress(
        TextColumn("[bold]capture"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
    )
    try:
        with progress, Capturer(catalogue, options, run_id=run_id) as capturer:
            task = progress.add_task("", total=len(urls))
            for url in urls:
                progress.update(task, description=url[:60])
                outcomes.extend(capturer.capture(url))
                progress.advance(task)
    finally:
        counts = Counter(outcome.status for outcome in outcomes)
        status = "ok" if counts and set(counts) == {"ok"} else "failed" if outcomes else "empty"
        cat.finish_run(catalogue, run_id, status, json.dumps(dict(counts)))
    return outcomes


def print_outcomes(outcomes: list[CaptureOutcome]) -> None:
    table = Table(title="Capture summary")
    for column in ("status", "clip", "url", "detail"):
        table.add_column(column, overflow="fold")
    for outcome in outcomes:
        style = "green" if outcome.ok else "red"
        detail = outcome.title if outcome.ok else f"{outcome.error_class}: {outcome.message}"
        table.add_row(
            f"[{style}]{outcome.status}[/]", outcome.clip_id or "", outcome.url, detail or ""
        )
    console.print(table)
    counts = Counter(outcome.status for outcome in outcomes)
    console.print(", ".join(f"{status}: {count}" for status, count in sorted(counts.items())))


@main.command()
@click.argument("urls", nargs=-1)
@click.option("-i", "--input", "input_file", type=click.File("r"), help="File of URLs, or - .")
@click.option("--limit", type=click.IntRange(min=1), help="Entries to take per user page/playlist.")
@click.option("--keep-video", is_flag=True, help="Keep the full video file too.")
@click.option(
    "--cookies",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Netscape cookies file for login-gated clips (used, never stored).",
)
@click.option(
    "--pause",
    type=click.FloatRange(min=0),
    help="Seconds between requests to one host [default: 3, none on loopback].",
)
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True)
@click.option("--refresh-media", is_flag=True, help="Download media again for known clips.")
@click.option("--new-only", is_flag=True, help="Skip URLs already captured (resume a batch).")
@click.option("--json", "as_json", is_flag=True, help="Print outcomes as JSON lines.")
@click.pass_context
def capture(
    ctx: click.Context,
    urls: tuple[str, ...],
    input_file: click.File | None,
    limit: int | None,
    keep_video: bool,
    cookies: Path | None,
    pause: float | None,
    retries: int,
    refresh_media: bool,
    new_only: bool,
    as_json: bool,
) -> None:
    """Capture clips: metadata, audio, thumbnail and provenance, into the archive."""
    unique, repeats = read_urls(urls, input_file)
    if not unique:
        raise click.UsageError("give at least one URL, or -i FILE")
    if repeats:
        console.print(f"[yellow]skipped {repeats} repeated URL(s)[/]")
    options = CaptureOptions(
        keep_video=keep_video,
        limit=limit,
        cookies=cookies,
        pause=pause,
        retries=retries,
        refresh_media=refresh_media,
        new_only=new_only,
    )
    with _open(ctx) as catalogue:
        outcomes = capture_with_progress(catalogue, unique, options)
    if as_json:
        for outcome in outcomes:
            click.echo(json.dumps(outcome.__dict__, ensure_ascii=False))
    else:
        print_outcomes(outcomes)
    if any(not outcome.ok for outcome in outcomes):
        sys.exit(1)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Counts of clips, captures and media files, and failures by status."""
    with _open(ctx) as catalogue:
        counts = cat.status_counts(catalogue)
    if as_json:
        click.echo(json.dumps(counts, indent=2))
        return
    table = Table(title=f"Archive {counts['archive']}", show_header=False)
    for key in ("clips", "accounts", "captures", "observations", "media_files", "media_bytes"):
        table.add_row(key.replace("_", " "), str(counts[key]))
    for status_name, count in counts["urls_by_latest_status"].items():
        table.add_row(f"URLs now {status_name}", str(count))
    Console().print(table)


@main.command()
@click.pass_context
def demo(ctx: click.Context) -> None:
    """Run the offline demo: serve bundled clips on loopback and archive them."""
    from archiver import demo as demo_module

    with _open(ctx) as catalogue:
        outcomes = demo_module.run(catalogue, capture_with_progress)
        print_outcomes(outcomes)
        counts = cat.status_counts(catalogue)
    click.echo(json.dumps(counts, indent=2))
    click.echo(f"Browse it: archiver --archive {ctx.obj['archive']} status")
    if any(not outcome.ok for outcome in outcomes):
        sys.exit(1)


@main.command()
@click.argument("clips", nargs=-1)
@click.option("--missing", is_flag=True, help="Every clip with audio but no transcript yet.")
@click.option(
    "--all", "all_clips", is_flag=True, help="Every clip with audio (with --force: redo)."
)
@click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="Whisper model name (tiny.en, base, small, ...) or a model directory.",
)
@click.option("--language", help="Spoken language (e.g. zh, en): skips detection.")
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto")
@click.option("--no-translate", is_flag=True, help="Do not add English translations.")
@click.option("--force", is_flag=True, help="Redo clips that have a transcript from this model.")
@click.pass_context
def transcribe(
    ctx: click.Context,
    clips: tuple[str, ...],
    missing: bool,
    all_clips: bool,
    model: str,
    language: str | None,
    device: str,
    no_translate: bool,
    force: bool,
) -> None:
    """Transcribe archived audio with Whisper (and store platform captions)."""
    if bool(clips) + missing + all_clips != 1:
        raise click.UsageError("name CLIP ids, or give --missing or --all")
    options = TranscribeOptions(
        model=model, language=language, device=device, translate=not no_translate, force=force
    )
    with _open(ctx) as catalogue:
        try:
            outcomes = transcribe_with_progress(catalogue, clips, missing, options)
        except ArchiverError as error:
            raise click.ClickException(error.message) from error
    table = Table(title="Transcription summary")
    for column in ("status", "clip", "language", "detail"):
        table.add_column(column, overflow="fold")
    for outcome in outcomes:
        style = {"ok": "green", "empty": "yellow"}.get(outcome.status, "red")
        detail = outcome.message or f"{outcome.transcripts} transcript(s)"
        table.add_row(
            f"[{style}]{outcome.status}[/]", outcome.clip_id, outcome.language or "", detail
        )
    console.print(table)
    if any(outcome.status == "failed" for outcome in outcomes):
        sys.exit(1)


def transcribe_with_progress(
    catalogue: cat.Catalogue,
    clips: tuple[str, ...] | list[str],
    missing: bool,
    options: TranscribeOptions,
    command: str = "transcribe",
) -> list[TranscribeOutcome]:
    run_id = cat.start_run(catalogue, command)
    import_platform_captions(catalogue, run_id)
    model_name = model_ref(catalogue, options).name
    jobs = select_jobs(catalogue, clips, missing=missing, model_name=model_name)
    outcomes: list[TranscribeOutcome] = []
    progress = Progress(
        TextColumn("[bold]transcribe"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
    )
    try:
        with progress:
            task = progress.add_task("loading model", total=len(jobs))

            def done(outcome: TranscribeOutcome) -> None:
                outcomes.append(outcome)
                progress.update(task, advance=1, description=outcome.clip_id[:60])

            transcribe_clips(catalogue, jobs, options, run_id=run_id, on_done=done)
    finally:
        counts = Counter(outcome.status for outcome in outcomes)
        status = "failed" if counts.get("failed") else "ok"
        cat.finish_run(catalogue, run_id, status, json.dumps(dict(counts)))
    return outcomes


@main.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def models(ctx: click.Context, as_json: bool) -> None:
    """List the Whisper models this machine can use offline."""
    listings = list_models(cat.resolve_archive_dir(ctx.obj["archive"]) / "models")
    if as_json:
        click.echo(json.dumps([listing.__dict__ for listing in listings], default=str, indent=2))
        return
    table = Table(title="Whisper models")
    for column in ("name", "source", "multilingual", "where"):
        table.add_column(column, overflow="fold")
    for listing in listings:
        row = listing.__dict__
        table.add_row(
            str(row.get("name")),
            str(row.get("source")),
            "yes" if row.get("multilingual") else "no",
            str(row.get("path") or row.get("note") or ""),
        )
    Console().print(table)


@main.command()
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def search(ctx: click.Context, query: str, limit: int, as_json: bool) -> None:
    """Search what is said in the clips (English words, or Chinese characters)."""
    with _open(ctx) as catalogue:
        hits = search_segments(catalogue, query, limit)
    if as_json:
        for hit in hits:
            click.echo(json.dumps(hit.__dict__, ensure_ascii=False))
        return
    for hit in hits:
        click.echo(f"{hit.clip_id}  {hit.start_seconds:7.2f}-{hit.end_seconds:7.2f}  {hit.text}")


@main.group()
def export() -> None:
    """Export transcripts (and, later, claims) in standard formats."""


@export.command("transcript")
@click.argument("clip")
@click.option("--format", "fmt", type=click.Choice(TRANSCRIPT_FORMATS), default="srt")
@click.option("--translation", is_flag=True, help="The English translation, if there is one.")
@click.pass_context
def export_transcript_command(ctx: click.Context, clip: str, fmt: str, translation: bool) -> None:
    """Write CLIP's transcript to standard output."""
    with _open(ctx) as catalogue:
        try:
            text = export_transcript(
                catalogue, clip, fmt, task="translate" if translation else "transcribe"
            )
        except ArchiverError as error:
            raise click.ClickException(error.message) from error
    click.echo(text, nl=False)


if __name__ == "__main__":
    main()
