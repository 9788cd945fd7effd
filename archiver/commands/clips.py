"""Commands that capture clips and report on the archive: capture, status."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import click

from archiver.commands.common import (
    access_options,
    allow_private_option,
    cluster_option,
    console,
    open_archive,
    plain,
    progress_bar,
    stdout,
    styled,
)
from archiver.commands.common import table as make_table


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


def print_outcomes(outcomes: list, verbose: bool = False) -> None:
    shown = make_table("Capture summary", ("status", "clip", "url", "detail"))
    for outcome in outcomes:
        detail = (
            outcome.title or outcome.message  # the message says "already captured"
            if outcome.ok
            else f"{outcome.error_class}: {outcome.message}"
        )
        if verbose:
            detail = f"{detail} [impersonated: {outcome.impersonation or 'no'}]"
        shown.add_row(
            styled(outcome.status, "green" if outcome.ok else "red"),
            plain(outcome.clip_id),
            plain(outcome.url),
            plain(detail),
        )
    console.print(shown)
    counts = Counter(outcome.status for outcome in outcomes)
    console.print(", ".join(f"{status}: {count}" for status, count in sorted(counts.items())))


@click.command()
@click.argument("urls", nargs=-1)
@click.option("-i", "--input", "input_file", type=click.File("r"), help="File of URLs, or - .")
@click.option("--limit", type=click.IntRange(min=1), help="Entries to take per user page/playlist.")
@click.option("--audio-only", is_flag=True, help="Keep the sound, not the video and its keyframes.")
@click.option("--keep-video", is_flag=True, hidden=True, help="The default now; kept for scripts.")
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
@click.option(
    "--socket-timeout",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Seconds to wait on a silent server before it counts as a network failure.",
)
@access_options
@click.option("--refresh-media", is_flag=True, help="Download media again for known clips.")
@click.option("--new-only", is_flag=True, help="Skip URLs already captured (resume a batch).")
@click.option("--json", "as_json", is_flag=True, help="Print outcomes as JSON lines.")
@click.option("-v", "--verbose", is_flag=True, help="Say how each page was fetched.")
@allow_private_option
@cluster_option("Fetch")
@click.pass_context
def capture(
    ctx: click.Context,
    urls: tuple[str, ...],
    input_file: click.File | None,
    limit: int | None,
    audio_only: bool,
    keep_video: bool,
    cookies: Path | None,
    pause: float | None,
    retries: int,
    socket_timeout: float,
    impersonate: str | None,
    proxy: str | None,
    cookies_from_browser: str | None,
    refresh_media: bool,
    new_only: bool,
    as_json: bool,
    verbose: bool,
    allow_private_addresses: bool,
    cluster: str | None,
) -> None:
    """Capture clips: metadata, video, keyframes, audio, thumbnail and provenance."""
    from archiver.clips.capture import CaptureOptions, capture_urls
    from archiver.clips.ytdlp import impersonation_target
    from archiver.cluster import cluster_address, open_cluster
    from archiver.store.runs import recorded_run

    unique, repeats = read_urls(urls, input_file)
    if not unique:
        raise click.UsageError("give at least one URL, or -i FILE")
    if repeats:
        console.print(f"[yellow]skipped {repeats} repeated URL(s)[/]")
    if audio_only and keep_video:
        raise click.UsageError("--audio-only and --keep-video contradict each other")
    options = CaptureOptions(
        keep_video=not audio_only,
        limit=limit,
        cookies=cookies,
        pause=pause,
        retries=retries,
        socket_timeout=socket_timeout,
        impersonate=impersonate,
        proxy=proxy,
        cookies_from_browser=cookies_from_browser,
        refresh_media=refresh_media,
        new_only=new_only,
        allow_private_addresses=allow_private_addresses,
    )
    if verbose:
        target = impersonation_target(impersonate)
        where = "every request" if impersonate else "page fetches that ask for it (TikTok's)"
        console.print(
            f"impersonation: {target} on {where}"
            if target
            else "impersonation: none available (install yt-dlp[curl-cffi])"
        )
    outcomes: list = []
    progress = progress_bar("capture")
    with (
        open_archive(ctx) as catalogue,
        open_cluster(cluster_address(cluster, catalogue.config_path)) as runner,
        recorded_run(catalogue, "capture") as run,
    ):
        try:
            with progress:
                task = progress.add_task("", total=len(unique))

                def done(url: str, found: list) -> None:
                    outcomes.extend(found)
                    progress.update(task, advance=1, description=url[:60])

                capture_urls(
                    catalogue, unique, options, run_id=run.run_id, on_done=done, run=runner
                )
        finally:
            counts = Counter(outcome.status for outcome in outcomes)
            run.summary = dict(counts)
            run.status = "ok" if set(counts) <= {"ok"} else "failed"
    if as_json:
        for outcome in outcomes:
            click.echo(json.dumps(vars(outcome), ensure_ascii=False))
    else:
        print_outcomes(outcomes, verbose)
    if any(not outcome.ok for outcome in outcomes):
        sys.exit(1)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Counts of clips, captures and media files, and failures by status."""
    from archiver.clips.ytdlp import impersonation_target
    from archiver.store.status import status_counts

    with open_archive(ctx, read_only=True) as catalogue:
        counts = status_counts(catalogue)
    counts["impersonation_available"] = impersonation_target()
    if as_json:
        click.echo(json.dumps(counts, indent=2))
        return
    shown = make_table(f"Archive {counts['archive']}", show_header=False)
    shown.add_column("what")
    shown.add_column("count")
    for key in ("clips", "accounts", "captures", "observations", "media_files", "media_bytes"):
        shown.add_row(key.replace("_", " "), str(counts[key]))
    for status_name, count in counts["urls_by_latest_status"].items():
        shown.add_row(f"URLs now {status_name}", str(count))
    available = counts["impersonation_available"] or "none (install yt-dlp[curl-cffi])"
    shown.add_row("impersonation here", available)
    shown.add_row("impersonation, latest capture", counts["latest_impersonation"] or "none")
    stdout.print(shown)
