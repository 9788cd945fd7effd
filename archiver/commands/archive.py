"""The main job, discovery and the offline demo: archive, discover, demo."""

from __future__ import annotations

import dataclasses
import json
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from archiver.commands.common import (
    access_options,
    allow_private_option,
    cluster_option,
    console,
    open_archive,
    rich_console,
    visible,
)
from archiver.commands.common import table as make_table
from archiver.speech.models import DEFAULT_MODEL

DEMO_PORT = 8765
# Where `demo --discover` lists a lead: the demo's creator pages, one RSS feed per
# handle (seeds/demo/creators/), stand-ins for https://www.tiktok.com/@{value}.
DEMO_DISCOVER_TEMPLATES = (f"user=http://127.0.0.1:{DEMO_PORT}/creators/{{value}}.xml",)


class RichReporter:
    """Shows the archive job's stages as rich progress bars."""

    def __init__(self, progress):  # noqa: ANN001 - a rich Progress
        self.progress = progress
        self.task = None

    def stage(self, name: str, total: int) -> None:
        if self.task is not None:
            self.progress.update(self.task, completed=self.progress.tasks[-1].total)
        self.task = self.progress.add_task(name, total=max(total, 1), item="")

    def advance(self, item: str) -> None:
        if self.task is not None:
            self.progress.update(self.task, advance=1, item=visible(item)[:60])


def run_archive_job(ctx: click.Context, sources: list[str], options):  # noqa: ANN001, ANN201
    """The archive job with progress bars; its summary of this run."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from archiver.pipeline import ArchiveJob, plan_sources

    # refuses sources that do not exist before opening anything
    plan_sources(sources, options.allow_outside)
    progress = Progress(
        TextColumn("[bold]{task.description:>10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[item]}"),
        console=rich_console(),
    )
    with open_archive(ctx) as catalogue, progress:
        return ArchiveJob(catalogue, options, RichReporter(progress)).run(sources)


def job_capture_options(
    pause: float | None,
    cookies: Path | None,
    impersonate: str | None,
    proxy: str | None,
    cookies_from_browser: str | None,
    allow_private_addresses: bool,
):  # noqa: ANN201 - a CaptureOptions, imported when a job runs
    """How the archive job and discover reach the platforms: the access flags they share,
    and only new URLs captured (a re-run resumes)."""
    from archiver.clips.capture import CaptureOptions

    return CaptureOptions(
        new_only=True,
        pause=pause,
        cookies=cookies,
        impersonate=impersonate,
        proxy=proxy,
        cookies_from_browser=cookies_from_browser,
        allow_private_addresses=allow_private_addresses,
    )


def print_archive_summary(summary) -> None:  # noqa: ANN001 - an ArchiveSummary
    shown = make_table(f"This run ({summary.run_id})", show_header=False)
    shown.add_column("what")
    shown.add_column("count")
    evidence = summary.evidence
    rows = [
        ("articles read", summary.articles),
        ("claims in them", summary.claims),
        ("citations of clips", summary.citations),
        ("candidate clips discovered", summary.discovered),
        ("clips captured", summary.clips_captured),
        ("captures failed", summary.captures_failed),
        ("clips transcribed", summary.transcripts),
        ("clips whose on-screen text was read", summary.screens_read),
        ("links confirmed", evidence.links_confirmed),
        ("links suggested (archiver review)", evidence.links_suggested),
        ("quotes not found in audio", evidence.quotes_not_found),
        ("unresolved citations", evidence.unresolved_citations),
        ("stated facts that disagree", evidence.checks_disagreeing),
    ]
    for label, value in rows:
        shown.add_row(label, str(value))
    console.print(shown)
    from archiver.pipeline import PAGE_KINDS

    for url, kind in summary.pages.items():
        line = f"{visible(url)}: {PAGE_KINDS[kind]}"
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    for failure in summary.failures:
        console.print(
            f"[red]{failure.stage} failed[/] {visible(failure.item)}: "
            f"{failure.status}: {visible(failure.message)}",
            highlight=False,
        )


def discover_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--discover-limit, --discover-top, --discover-template, --relist-hours."""
    for option in reversed([
        click.option("--discover-limit", type=click.IntRange(min=1), default=30,
                     show_default=True, help="Posts listed per lead (profile, hashtag)."),
        click.option("--discover-top", type=click.IntRange(min=0), default=3,
                     show_default=True, help="Best-ranked candidates captured per citation."),
        click.option("--discover-template", "templates", multiple=True, metavar="KIND=URL",
                     help="Where a lead is listed, e.g. user=https://www.tiktok.com/@{value}."),
        click.option("--relist-hours", type=click.FloatRange(min=0), default=24.0,
                     show_default=True, help="A lead listed more recently is not listed again."),
    ]):  # fmt: skip
        command = option(command)
    return command


def make_discover_options(limit: int, top: int, templates: tuple[str, ...], relist: float):  # noqa: ANN201
    from archiver.discovery.discover import DiscoverOptions
    from archiver.discovery.leads import DEFAULT_TEMPLATES

    chosen = dict(DEFAULT_TEMPLATES)
    for template in templates:
        kind, _, url = template.partition("=")
        if kind not in DEFAULT_TEMPLATES or "{value}" not in url:
            raise click.BadParameter(
                f"{template!r}: KIND=URL, KIND one of {', '.join(DEFAULT_TEMPLATES)}, "
                "the URL holding {value}",
                param_hint="--discover-template",
            )
        chosen[kind] = url
    return DiscoverOptions(limit=limit, top=top, relist_hours=relist, templates=chosen)


@click.command()
@click.option("--citation", "citations", type=int, multiple=True, help="A citation's id.")
@click.option("--all-unresolved", is_flag=True, help="Every unresolved citation.")
@discover_options
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="Whisper model.")
@click.option("--no-transcribe", is_flag=True, help="Skip transcription (links use metadata).")
@click.option("--pause", type=click.FloatRange(min=0), help="Seconds between requests to a host.")
@click.option("--cookies", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@access_options
@allow_private_option
@click.pass_context
def discover(
    ctx: click.Context,
    citations: tuple[int, ...],
    all_unresolved: bool,
    discover_limit: int,
    discover_top: int,
    templates: tuple[str, ...],
    relist_hours: float,
    model: str,
    no_transcribe: bool,
    pause: float | None,
    cookies: Path | None,
    impersonate: str | None,
    proxy: str | None,
    cookies_from_browser: str | None,
    allow_private_addresses: bool,
) -> None:
    """List the profiles and hashtags unresolved citations point to (metadata only),
    capture the best-ranked posts, transcribe them and suggest links. Resumable."""
    from archiver.pipeline import ArchiveOptions
    from archiver.speech.transcribe import TranscribeOptions

    if bool(citations) == all_unresolved:
        raise click.UsageError("give --citation ID (one or more) or --all-unresolved")
    options = ArchiveOptions(
        capture=job_capture_options(
            pause, cookies, impersonate, proxy, cookies_from_browser, allow_private_addresses
        ),
        transcribe=TranscribeOptions(model=model),
        skip_transcribe=no_transcribe,
        discover=make_discover_options(discover_limit, discover_top, templates, relist_hours),
        discover_citations=list(citations) or None,
    )
    summary = run_archive_job(ctx, [], options)
    print_archive_summary(summary)
    if not summary.ok:
        sys.exit(1)


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="Whisper model.")
@click.option("--language", help="Spoken language of the clips, when known.")
@click.option("--no-transcribe", is_flag=True, help="Skip transcription (links use metadata).")
@click.option("--audio-only", is_flag=True, help="Keep no video, keyframes or on-screen text.")
@click.option("--pause", type=click.FloatRange(min=0), help="Seconds between requests to a host.")
@click.option("--cookies", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@access_options
@click.option(
    "--as-article",
    "pages",
    flag_value="article",
    help="Read every URL that is no platform's clip as an article, without asking.",
)
@click.option(
    "--as-clip",
    "pages",
    flag_value="clip",
    help="Capture every URL that is no platform's clip as a clip, without asking.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option(
    "--allow-outside",
    is_flag=True,
    help="Let manifests name article files outside their own folder.",
)
@click.option(
    "--discover",
    "discover",
    is_flag=True,
    help="Look for the clips unresolved citations only describe (archiver discover).",
)
@discover_options
@allow_private_option
@cluster_option("Capture, transcribe and read screens")
@click.pass_context
def archive(
    ctx: click.Context,
    sources: tuple[str, ...],
    model: str,
    language: str | None,
    no_transcribe: bool,
    audio_only: bool,
    pause: float | None,
    cookies: Path | None,
    impersonate: str | None,
    proxy: str | None,
    cookies_from_browser: str | None,
    pages: str | None,
    as_json: bool,
    allow_outside: bool,
    discover: bool,
    discover_limit: int,
    discover_top: int,
    templates: tuple[str, ...],
    relist_hours: float,
    allow_private_addresses: bool,
    cluster: str | None,
) -> None:
    """The main job: articles, seed manifests (.yaml) or clip URLs, through ingest,
    capture, transcribe, link and check. Re-running finishes what is left."""
    from archiver.pipeline import ArchiveOptions
    from archiver.speech.transcribe import TranscribeOptions

    options = ArchiveOptions(
        capture=job_capture_options(
            pause, cookies, impersonate, proxy, cookies_from_browser, allow_private_addresses
        ),
        transcribe=TranscribeOptions(model=model, language=language),
        skip_transcribe=no_transcribe,
        skip_ocr=audio_only,
        pages=pages or "ask",
        allow_outside=allow_outside,
        cluster=cluster,
    )
    options.capture.keep_video = not audio_only
    if discover:
        options.discover = make_discover_options(
            discover_limit, discover_top, templates, relist_hours
        )
    summary = run_archive_job(ctx, list(sources), options)
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(summary), indent=2, default=str))
    else:
        print_archive_summary(summary)
    if not summary.ok:
        sys.exit(1)


@click.command()
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False),
    help="[default: seeds/demo.yaml; with --discover, seeds/demo-discover.yaml]",
)
@click.option(
    "--site",
    type=click.Path(exists=True, file_okay=False),
    default="seeds/demo",
    show_default=True,
    help="The folder of clip pages and media to serve.",
)
@click.option("--model", default=DEFAULT_MODEL, show_default=True)
@click.option(
    "--discover",
    is_flag=True,
    help="The discovery demo: archive --discover on the article with its clip link "
    "removed, the leads listed from the demo's creator pages.",
)
@click.pass_context
def demo(ctx: click.Context, manifest: str | None, site: str, model: str, discover: bool) -> None:
    """The offline demo: serve the demo clips on 127.0.0.1:8765 and archive the demo manifest."""
    from archiver.clips.capture import CaptureOptions
    from archiver.clips.unattended import archiver_executable
    from archiver.demo import StaticServer
    from archiver.pipeline import ArchiveOptions
    from archiver.speech.transcribe import TranscribeOptions

    try:
        server = StaticServer(site, port=DEMO_PORT)
    except OSError as error:
        raise click.ClickException(f"cannot serve the demo on port {DEMO_PORT}: {error}") from error
    # the demo's clips are served on loopback, by this very command
    capture = CaptureOptions(new_only=True, allow_private_addresses=True)
    options = ArchiveOptions(capture=capture, transcribe=TranscribeOptions(model=model))
    if discover:
        options.discover = make_discover_options(30, 3, DEMO_DISCOVER_TEMPLATES, 24.0)
    default = "seeds/demo-discover.yaml" if discover else "seeds/demo.yaml"
    with server:
        summary = run_archive_job(ctx, [manifest or default], options)
    print_archive_summary(summary)
    # The full path: it works whether or not the virtualenv is activated.
    command = shlex.join([str(archiver_executable()), "--archive", str(ctx.obj["archive"])])
    click.echo(
        f"Browse it: {command} serve   (or: {command} review | status | search 'which floor')"
    )
    if not summary.ok:
        sys.exit(1)
