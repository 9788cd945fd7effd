"""Commands about what is said in clips: transcribe, models, search."""

from __future__ import annotations

import json
import sys
import urllib.parse
from collections import Counter

import click

from archiver.commands.common import (
    cluster_option,
    console,
    open_archive,
    plain,
    progress_bar,
    stdout,
    styled,
    visible,
)
from archiver.commands.common import table as make_table
from archiver.speech.models import DEFAULT_MODEL

SERVE_URL = "http://127.0.0.1:8001"  # where `archiver serve` listens unless told otherwise


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
    default=1,
    show_default=True,
    help="Beam search width; 1 (greedy) is the fastest, 5 a little more accurate.",
)
@click.option(
    "--time-budget",
    type=click.FloatRange(min=0),
    default=0.9,
    show_default=True,
    help="Stop decoding a clip past this share of its length (flagged); 0: no limit.",
)
@cluster_option("Transcribe")
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
    time_budget: float,
    cluster: str | None,
) -> None:
    """Transcribe archived audio with Whisper (and store platform captions).

    With --cluster, each worker loads the model once and keeps it; with --device cuda
    only workers started with `--resources GPU=1` take the work."""
    from archiver.cluster import cluster_address, open_cluster
    from archiver.speech.transcribe import TranscribeOptions, transcribe_stage
    from archiver.store.runs import recorded_run

    if bool(clips) + missing + all_clips != 1:
        raise click.UsageError("name CLIP ids, or give --missing or --all")
    options = TranscribeOptions(
        model=model,
        language=language,
        device=device,
        translate=not no_translate,
        force=force,
        beam_size=beam_size,
        time_budget=time_budget or None,
    )
    outcomes: list = []
    progress = progress_bar("transcribe")
    with (
        open_archive(ctx) as catalogue,
        open_cluster(cluster_address(cluster, catalogue.config_path)) as runner,
        recorded_run(catalogue, "transcribe") as run,
    ):
        task = progress.add_task("loading model", total=None)

        def done(outcome) -> None:  # noqa: ANN001
            outcomes.append(outcome)
            progress.update(task, advance=1, description=outcome.clip_id[:60])

        try:
            with progress:
                transcribe_stage(
                    catalogue,
                    clips,
                    missing=missing,
                    options=options,
                    run_id=run.run_id,
                    on_start=lambda total: progress.update(task, total=total),
                    on_done=done,
                    run=runner,
                )
        finally:
            counts = Counter(outcome.status for outcome in outcomes)
            run.summary = dict(counts)
            run.status = "ok" if all(outcome.ok for outcome in outcomes) else "failed"
    shown = make_table("Transcription summary", ("status", "clip", "language", "detail"))
    for outcome in outcomes:
        style = {"ok": "green", "empty": "yellow", "flagged": "yellow"}.get(outcome.status, "red")
        detail = outcome.message or f"{outcome.transcripts} transcript(s)"
        shown.add_row(
            styled(outcome.status, style),
            plain(outcome.clip_id),
            outcome.language or "",
            plain(detail),
        )
    console.print(shown)
    if any(not outcome.ok for outcome in outcomes):
        sys.exit(1)


@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def models(ctx: click.Context, as_json: bool) -> None:
    """List the Whisper models this machine can use offline."""
    from archiver.speech.models import list_models
    from archiver.store.catalogue import resolve_archive_dir

    listings = list_models(resolve_archive_dir(ctx.obj["archive"]) / "models")
    if as_json:
        click.echo(json.dumps([listing.__dict__ for listing in listings], default=str, indent=2))
        return
    shown = make_table(
        "Whisper models", ("name", "ready", "source", "multilingual", "notes", "where")
    )
    for listing in listings:
        shown.add_row(
            listing.name,
            "[green]yes[/]" if listing.ready else "[red]no[/]",
            listing.source,
            "yes" if listing.multilingual else "no",
            listing.note,
            str(listing.path or ""),
        )
    stdout.print(shown)


def clip_page_at(clip_id: str, seconds: float) -> str:
    """The clip's page in `archiver serve`, opened at a moment. The plugin's own links
    are made the same way (a test holds them equal); importing the plugin here would
    load Datasette for one path."""
    moment = f"{float(seconds):.3f}".rstrip("0").rstrip(".")
    return "/-/clip/" + urllib.parse.quote(clip_id, safe=":@") + f"#t={moment}"


def _moment(seconds: float) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)}:{rest:04.1f}"


@click.command()
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def search(ctx: click.Context, query: str, limit: int, as_json: bool) -> None:
    """Search what is said or shown in the clips (English words, or Chinese characters).

    Each hit names the clip, the moment, the words, and where `archiver serve` plays
    it from that moment."""
    from archiver.speech.search import search_segments

    with open_archive(ctx, read_only=True) as catalogue:
        hits = search_segments(catalogue, query, limit)
    if not hits:
        console.print(f"No clip says or shows {visible(query)!r}.", markup=False, highlight=False)
        return
    for hit in hits:
        link = SERVE_URL + clip_page_at(hit.clip_id, hit.start_seconds)
        if as_json:
            click.echo(json.dumps(dict(vars(hit), link=link), ensure_ascii=False))
            continue
        span = f"{_moment(hit.start_seconds)}-{_moment(hit.end_seconds)}"
        where = "  [on screen]" if hit.source == "ocr" else ""
        click.echo(f"{visible(hit.clip_id)}  {span}{where}  {visible(hit.text)}")
        click.echo(f"    {visible(link)}")
