"""Commands about what is said in clips: transcribe, models, search, export."""

from __future__ import annotations

import json
import sys
from collections import Counter

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from archiver.commands.common import console, open_archive, plain, progress_bar, visible
from archiver.errors import ArchiverError
from archiver.evidence.export import (
    CLAIM_FORMATS,
    TRANSCRIPT_FORMATS,
    export_claims,
    export_transcript,
)
from archiver.speech.models import list_models
from archiver.speech.search import search_segments
from archiver.speech.transcribe import (
    DEFAULT_MODEL,
    TranscribeOptions,
    TranscribeOutcome,
    import_platform_captions,
    model_ref,
    select_jobs,
    transcribe_clips,
)
from archiver.store import catalogue as cat


@click.command()
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
@click.option(
    "--beam-size",
    type=click.IntRange(min=1),
    default=5,
    show_default=True,
    help="Beam search width; 1 (greedy) is faster and a little less accurate.",
)
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
    beam_size: int,
) -> None:
    """Transcribe archived audio with Whisper (and store platform captions)."""
    if bool(clips) + missing + all_clips != 1:
        raise click.UsageError("name CLIP ids, or give --missing or --all")
    options = TranscribeOptions(
        model=model,
        language=language,
        device=device,
        translate=not no_translate,
        force=force,
        beam_size=beam_size,
    )
    with open_archive(ctx) as catalogue:
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
            Text(outcome.status, style=style),
            plain(outcome.clip_id),
            outcome.language or "",
            plain(detail),
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
    outcomes: list[TranscribeOutcome] = []
    progress = progress_bar("transcribe")
    with cat.recorded_run(catalogue, command) as run:
        import_platform_captions(catalogue, run.run_id)
        model_name = model_ref(catalogue, options).name
        jobs = select_jobs(catalogue, clips, missing=missing, model_name=model_name)
        try:
            with progress:
                task = progress.add_task("loading model", total=len(jobs))

                def done(outcome: TranscribeOutcome) -> None:
                    outcomes.append(outcome)
                    progress.update(task, advance=1, description=outcome.clip_id[:60])

                transcribe_clips(catalogue, jobs, options, run_id=run.run_id, on_done=done)
        finally:
            counts = Counter(outcome.status for outcome in outcomes)
            run.summary = dict(counts)
            run.status = "failed" if counts.get("failed") else "ok"
    return outcomes


@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def models(ctx: click.Context, as_json: bool) -> None:
    """List the Whisper models this machine can use offline."""
    listings = list_models(cat.resolve_archive_dir(ctx.obj["archive"]) / "models")
    if as_json:
        click.echo(json.dumps([listing.__dict__ for listing in listings], default=str, indent=2))
        return
    table = Table(title="Whisper models")
    for column in ("name", "ready", "source", "multilingual", "notes", "where"):
        table.add_column(column, overflow="fold")
    for listing in listings:
        table.add_row(
            listing.name,
            "[green]yes[/]" if listing.ready else "[red]no[/]",
            listing.source,
            "yes" if listing.multilingual else "no",
            listing.note,
            str(listing.path or ""),
        )
    Console().print(table)


@click.command()
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def search(ctx: click.Context, query: str, limit: int, as_json: bool) -> None:
    """Search what is said in the clips (English words, or Chinese characters)."""
    with open_archive(ctx, read_only=True) as catalogue:
        hits = search_segments(catalogue, query, limit)
    if as_json:
        for hit in hits:
            click.echo(json.dumps(hit.__dict__, ensure_ascii=False))
        return
    for hit in hits:
        span = f"{hit.start_seconds:7.2f}-{hit.end_seconds:7.2f}"
        click.echo(f"{visible(hit.clip_id)}  {span}  {visible(hit.text)}")


@click.group()
def export() -> None:
    """Export transcripts (and, later, claims) in standard formats."""


@export.command("transcript")
@click.argument("clip")
@click.option("--format", "fmt", type=click.Choice(TRANSCRIPT_FORMATS), default="srt")
@click.option("--translation", is_flag=True, help="The English translation, if there is one.")
@click.pass_context
def export_transcript_command(ctx: click.Context, clip: str, fmt: str, translation: bool) -> None:
    """Write CLIP's transcript to standard output."""
    with open_archive(ctx, read_only=True) as catalogue:
        try:
            text = export_transcript(
                catalogue, clip, fmt, task="translate" if translation else "transcribe"
            )
        except ArchiverError as error:
            raise click.ClickException(error.message) from error
    click.echo(text, nl=False)


@export.command("claims")
@click.option("--format", "fmt", type=click.Choice(CLAIM_FORMATS), default="jsonl")
@click.option("--include-suggested", is_flag=True, help="Also links not yet confirmed.")
@click.pass_context
def export_claims_command(ctx: click.Context, fmt: str, include_suggested: bool) -> None:
    """Claims with their citations, linked clips, evidence spans and checks."""
    with open_archive(ctx, read_only=True) as catalogue:
        click.echo(export_claims(catalogue, fmt, include_suggested), nl=False)
