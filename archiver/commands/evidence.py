"""Commands from articles to evidence: archive (the main job), ingest, review, demo."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from archiver.clips.capture import CaptureOptions
from archiver.commands.common import DEMO_PORT, console, open_archive, plain
from archiver.demo import StaticServer
from archiver.evidence.links import review as review_link
from archiver.interrupt import stop_point
from archiver.pipeline import ArchiveJob, ArchiveOptions, ArchiveSummary
from archiver.speech.transcribe import (
    DEFAULT_MODEL,
    TranscribeOptions,
)
from archiver.store import catalogue as cat


class RichReporter:
    """Shows the archive job's stages as rich progress bars."""

    def __init__(self, progress: Progress):
        self.progress = progress
        self.task: TaskID | None = None

    def stage(self, name: str, total: int) -> None:
        if self.task is not None:
            self.progress.update(self.task, completed=self.progress.tasks[-1].total)
        self.task = self.progress.add_task(name, total=max(total, 1), item="")

    def advance(self, item: str) -> None:
        if self.task is not None:
            self.progress.update(self.task, advance=1, item=item[:60])


def run_archive_job(
    catalogue: cat.Catalogue, sources: list[str], options: ArchiveOptions
) -> ArchiveSummary:
    progress = Progress(
        TextColumn("[bold]{task.description:>10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[item]}"),
        console=console,
    )
    with progress:
        return ArchiveJob(catalogue, options, RichReporter(progress)).run(sources)


def print_archive_summary(summary: ArchiveSummary) -> None:
    table = Table(title=f"Archive run {summary.run_id}", show_header=False)
    rows = [
        ("articles", summary.articles),
        ("claims", summary.claims),
        ("citations of clips", summary.citations),
        ("clips captured", summary.clips_captured),
        ("captures failed (this run)", summary.clips_failed),
        ("transcripts", summary.transcripts),
        ("links confirmed", summary.links_confirmed),
        ("links suggested (archiver review)", summary.links_suggested),
        ("quotes not found in audio", summary.quotes_not_found),
        ("unresolved citations", summary.unresolved_citations),
        ("stated facts that disagree", summary.checks_disagreeing),
    ]
    for label, value in rows:
        table.add_row(label, str(value))
    console.print(table)
    for failure in summary.failures:
        console.print(
            f"[red]{failure['stage']} failed[/] {failure['item']}: "
            f"{failure['status']}: {failure['error_message']}"
        )


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="Whisper model.")
@click.option("--language", help="Spoken language of the clips, when known.")
@click.option("--no-transcribe", is_flag=True, help="Skip transcription (links use metadata).")
@click.option("--pause", type=click.FloatRange(min=0), help="Seconds between requests to a host.")
@click.option("--cookies", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def archive(
    ctx: click.Context,
    sources: tuple[str, ...],
    model: str,
    language: str | None,
    no_transcribe: bool,
    pause: float | None,
    cookies: Path | None,
    as_json: bool,
) -> None:
    """The main job: articles, seed manifests (.yaml) or clip URLs, through ingest,
    capture, transcribe, link and check. Re-running finishes what is left."""
    options = ArchiveOptions(
        capture=CaptureOptions(new_only=True, pause=pause, cookies=cookies),
        transcribe=TranscribeOptions(model=model, language=language),
        skip_transcribe=no_transcribe,
    )
    with open_archive(ctx) as catalogue:
        summary = run_archive_job(catalogue, list(sources), options)
    if as_json:
        click.echo(json.dumps(summary.__dict__, indent=2, default=str))
    else:
        print_archive_summary(summary)
    if not summary.ok:
        sys.exit(1)


@click.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("--outlet", help="The outlet, when the article does not say.")
@click.option("--title")
@click.option("--published", "published_at", help="Publication date, YYYY-MM-DD.")
@click.pass_context
def ingest(
    ctx: click.Context,
    articles: tuple[str, ...],
    outlet: str | None,
    title: str | None,
    published_at: str | None,
) -> None:
    """Read articles (.txt or .html files, URLs, or - for stdin) into claims and citations."""
    from archiver.articles.ingest import ingest as ingest_article

    outcomes = []
    with open_archive(ctx) as catalogue, cat.recorded_run(catalogue, "ingest") as run:
        for source in articles:
            stop_point()
            outcome = ingest_article(catalogue, source, outlet, title, published_at)
            cat.record_item(
                catalogue,
                run.run_id,
                "ingest",
                source,
                outcome.status,
                outcome.error_class,
                outcome.message,
            )
            outcomes.append(outcome)
        run.status = "ok" if all(outcome.ok for outcome in outcomes) else "failed"
    table = Table(title="Ingest summary")
    for column in ("status", "article", "claims", "citations", "detail"):
        table.add_column(column, overflow="fold")
    for outcome in outcomes:
        style = "green" if outcome.ok else "red"
        detail = outcome.title if outcome.ok else outcome.message
        table.add_row(
            Text(outcome.status, style=style),
            plain(outcome.source),
            str(outcome.claims),
            str(outcome.citations),
            plain(detail),
        )
    console.print(table)
    if any(not outcome.ok for outcome in outcomes):
        sys.exit(1)


@click.command()
@click.option("--confirm", "confirm_ids", multiple=True, type=int, help="Evidence id to confirm.")
@click.option("--reject", "reject_ids", multiple=True, type=int, help="Evidence id to reject.")
@click.option("--note", help="A note stored with the decision.")
@click.option("--all", "show_all", is_flag=True, help="List decided links too.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def review(
    ctx: click.Context,
    confirm_ids: tuple[int, ...],
    reject_ids: tuple[int, ...],
    note: str | None,
    show_all: bool,
    as_json: bool,
) -> None:
    """List suggested claim-clip links, and confirm or reject them by id."""
    with open_archive(ctx) as catalogue:
        try:
            for evidence_id in confirm_ids:
                review_link(catalogue, evidence_id, "confirmed", note)
            for evidence_id in reject_ids:
                review_link(catalogue, evidence_id, "rejected", note)
        except LookupError as error:
            raise click.ClickException(str(error)) from error
        where = "" if show_all else "WHERE e.status = 'suggested'"
        rows = list(
            catalogue.db.query(f"""
            SELECT e.evidence_id, e.status, e.score, e.clip_id, e.start_seconds, e.end_seconds,
                   e.quote_found, e.note, cl.text AS claim
            FROM evidence e JOIN claims cl USING (claim_id) {where}
            ORDER BY e.claim_id, e.score DESC""")
        )
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table(title="Claim-clip links" if show_all else "Suggested links to review")
    for column in ("id", "status", "score", "claim", "clip", "span", "why"):
        table.add_column(column, overflow="fold")
    for row in rows:
        span = (
            f"{row['start_seconds']:.1f}-{row['end_seconds']:.1f}s"
            if row["start_seconds"] is not None
            else ""
        )
        table.add_row(
            str(row["evidence_id"]),
            row["status"],
            f"{row['score'] or 0:.2f}",
            plain(row["claim"]),
            plain(row["clip_id"]),
            span,
            row["note"] or "",
        )
    Console().print(table)


@click.command()
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False),
    default="seeds/demo.yaml",
    show_default=True,
)
@click.option(
    "--site",
    type=click.Path(exists=True, file_okay=False),
    default="seeds/demo",
    show_default=True,
    help="The folder of clip pages and media to serve.",
)
@click.option("--model", default=DEFAULT_MODEL, show_default=True)
@click.pass_context
def demo(ctx: click.Context, manifest: str, site: str, model: str) -> None:
    """The offline demo: serve the demo clips on 127.0.0.1:8765 and archive the demo manifest."""
    try:
        server = StaticServer(site, port=DEMO_PORT)
    except OSError as error:
        raise click.ClickException(f"cannot serve the demo on port {DEMO_PORT}: {error}") from error
    options = ArchiveOptions(transcribe=TranscribeOptions(model=model))
    with server, open_archive(ctx) as catalogue:
        summary = run_archive_job(catalogue, [manifest], options)
    print_archive_summary(summary)
    archive_dir = ctx.obj["archive"]
    click.echo(
        f"Browse it: archiver --archive {archive_dir} serve   (or: archiver --archive "
        f"{archive_dir} review | status | search 'which floor')"
    )
    if not summary.ok:
        sys.exit(1)
