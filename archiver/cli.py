"""The `archiver` command: parse arguments, call the library, report. Nothing more."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
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

from archiver import catalogue as cat
from archiver import service
from archiver.capture import CaptureOptions, CaptureOutcome, Capturer
from archiver.errors import ArchiverError
from archiver.export import CLAIM_FORMATS, TRANSCRIPT_FORMATS, export_claims, export_transcript
from archiver.link import review as review_link
from archiver.models import list_models
from archiver.pipeline import ArchiveJob, ArchiveOptions, ArchiveSummary
from archiver.recrawl import RecrawlOutcome
from archiver.recrawl import recrawl as recrawl_clips
from archiver.search import search_segments
from archiver.static_server import StaticServer
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
DEMO_PORT = 8765


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


@main.command()
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
    with _open(ctx) as catalogue:
        summary = run_archive_job(catalogue, list(sources), options)
    if as_json:
        click.echo(json.dumps(summary.__dict__, indent=2, default=str))
    else:
        print_archive_summary(summary)
    if not summary.ok:
        sys.exit(1)


@main.command()
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
    from archiver.ingest import ingest as ingest_article

    with _open(ctx) as catalogue:
        outcomes = [
            ingest_article(catalogue, source, outlet, title, published_at) for source in articles
        ]
    table = Table(title="Ingest summary")
    for column in ("status", "article", "claims", "citations", "detail"):
        table.add_column(column, overflow="fold")
    for outcome in outcomes:
        style = "green" if outcome.ok else "red"
        detail = outcome.title if outcome.ok else outcome.message
        table.add_row(
            f"[{style}]{outcome.status}[/]",
            outcome.source,
            str(outcome.claims),
            str(outcome.citations),
            detail or "",
        )
    console.print(table)
    if any(not outcome.ok for outcome in outcomes):
        sys.exit(1)


@main.command()
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
    with _open(ctx) as catalogue:
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
            row["claim"],
            row["clip_id"],
            span,
            row["note"] or "",
        )
    Console().print(table)


@export.command("claims")
@click.option("--format", "fmt", type=click.Choice(CLAIM_FORMATS), default="jsonl")
@click.option("--include-suggested", is_flag=True, help="Also links not yet confirmed.")
@click.pass_context
def export_claims_command(ctx: click.Context, fmt: str, include_suggested: bool) -> None:
    """Claims with their citations, linked clips, evidence spans and checks."""
    with _open(ctx) as catalogue:
        click.echo(export_claims(catalogue, fmt, include_suggested), nl=False)


@main.command()
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
    with server, _open(ctx) as catalogue:
        summary = run_archive_job(catalogue, [manifest], options)
    print_archive_summary(summary)
    archive_dir = ctx.obj["archive"]
    click.echo(
        f"Browse it: datasette {archive_dir}/catalogue.db   (or: archiver --archive "
        f"{archive_dir} review | status | search 'which floor')"
    )
    if not summary.ok:
        sys.exit(1)


def _recrawl_row(outcome: RecrawlOutcome) -> str:
    return f"{outcome.clip_id}  {outcome.status}  -> {outcome.availability}"


@main.command()
@click.argument("clips", nargs=-1)
@click.option("--due", is_flag=True, help="The clips whose next visit is due.")
@click.option("--all", "all_clips", is_flag=True, help="Every clip, due or not.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option(
    "--config",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Config file with a recrawl: section [default: ARCHIVE/config.yaml].",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON line per clip visited.")
@click.pass_context
def recrawl(
    ctx: click.Context,
    clips: tuple[str, ...],
    due: bool,
    all_clips: bool,
    limit: int,
    config: Path | None,
    as_json: bool,
) -> None:
    """Look again at archived clips: metrics, availability, changed fields."""
    if bool(clips) + due + all_clips != 1:
        raise click.UsageError("name CLIP ids, or give --due or --all")
    with _open(ctx) as catalogue:
        try:
            if config:
                catalogue.use_config(config)
            selection = list(clips) if clips else None
            if all_clips:
                selection = [row[0] for row in catalogue.db.execute("SELECT clip_id FROM clips")]
            run_id = cat.start_run(catalogue, "recrawl")
            outcomes = recrawl_clips(catalogue, selection, limit=limit, run_id=run_id)
            counts = Counter(outcome.availability for outcome in outcomes)
            cat.finish_run(catalogue, run_id, "ok", json.dumps(dict(counts)))
        except ArchiverError as error:
            raise click.ClickException(error.message) from error
    for outcome in outcomes:
        click.echo(json.dumps(outcome.__dict__) if as_json else _recrawl_row(outcome))
    if not as_json:
        summary = ", ".join(f"{state}: {n}" for state, n in sorted(counts.items()))
        console.print(f"visited {len(outcomes)} clip(s). {summary}")


@main.group()
def schedule() -> None:
    """Run re-crawls unattended: cron, systemd, or a foreground loop."""


@schedule.command("install")
@click.option("--cron", "kind", flag_value="cron", help="A crontab line.")
@click.option("--systemd", "kind", flag_value="systemd", help="A systemd service and timer.")
@click.option(
    "--every",
    "every_minutes",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="Minutes between runs.",
)
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option(
    "--write",
    is_flag=True,
    help="Install it: add the line to your crontab, or write the units to ~/.config/systemd/user/.",
)
@click.pass_context
def schedule_install(
    ctx: click.Context, kind: str | None, every_minutes: int, limit: int, write: bool
) -> None:
    """Print (or with --write, install) what runs `archiver recrawl --due` regularly."""
    archive_dir = cat.resolve_archive_dir(ctx.obj["archive"])
    if kind is None:
        raise click.UsageError("choose --cron or --systemd")
    if kind == "cron":
        line = service.crontab_line(archive_dir, every_minutes, limit)
        if not write:
            click.echo(line, nl=False)
            return
        current = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
        existing = current.stdout if current.returncode == 0 else ""
        if line.strip() in existing:
            click.echo("already in your crontab")
            return
        subprocess.run(["crontab", "-"], input=existing + line, text=True, check=True)
        click.echo("added to your crontab: " + line.strip())
        return
    units = service.systemd_units(archive_dir, every_minutes, limit)
    if not write:
        for name, text in units.items():
            click.echo(f"# {name}\n{text}")
        return
    folder = Path.home() / ".config" / "systemd" / "user"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in units.items():
        (folder / name).write_text(text)
        click.echo(f"wrote {folder / name}")
    click.echo(
        "enable it: systemctl --user daemon-reload && "
        "systemctl --user enable --now archiver-recrawl.timer"
    )


@schedule.command("run")
@click.option(
    "--interval",
    type=click.FloatRange(min=1),
    default=60,
    show_default=True,
    help="Seconds between looks for due clips.",
)
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.pass_context
def schedule_run(ctx: click.Context, interval: float, limit: int) -> None:
    """Stay in the foreground re-crawling due clips; stops cleanly on SIGTERM or Ctrl-C."""
    with _open(ctx) as catalogue:
        visited = service.run_forever(
            catalogue, interval, limit, on_done=lambda o: click.echo(_recrawl_row(o))
        )
    console.print(f"stopped after visiting {visited} clip(s)")


if __name__ == "__main__":
    main()
