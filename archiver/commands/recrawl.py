"""Commands that watch clips over time: recrawl, schedule install, schedule run."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import click

from archiver.commands.common import cluster_option, console, open_archive, visible


def _recrawl_row(outcome) -> str:  # noqa: ANN001 - a RecrawlOutcome
    clip = visible(outcome.clip_id)
    if outcome.looked:
        return f"{clip}  {outcome.status}  -> {outcome.availability}"
    # the check could not see the clip: say so, and what we last knew
    why = visible(outcome.message or outcome.status)
    return f"{clip}  check failed: {outcome.status} ({why}); last known: {outcome.availability}"


@click.command()
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
@cluster_option("Re-crawl")
@click.pass_context
def recrawl(
    ctx: click.Context,
    clips: tuple[str, ...],
    due: bool,
    all_clips: bool,
    limit: int,
    config: Path | None,
    as_json: bool,
    cluster: str | None,
) -> None:
    """Look again at archived clips: metrics, availability, changed fields.

    Exits 1 when a check could not see its clip (network trouble, a block): the clip
    keeps its last known state and is tried again after the error backoff."""
    from archiver.clips.capture import CaptureOptions
    from archiver.clips.recrawl import all_clip_ids
    from archiver.clips.recrawl import recrawl as recrawl_clips
    from archiver.clips.schedule import load_policy
    from archiver.cluster import cluster_address, open_cluster
    from archiver.store.runs import recorded_run

    if bool(clips) + due + all_clips != 1:
        raise click.UsageError("name CLIP ids, or give --due or --all")
    with (
        open_archive(ctx) as catalogue,
        open_cluster(cluster_address(cluster, catalogue.config_path)) as runner,
        recorded_run(catalogue, "recrawl") as run,
    ):
        policy = load_policy(config or catalogue.config_path)
        selection = list(clips) if clips else (all_clip_ids(catalogue) if all_clips else None)
        options = CaptureOptions(pause=policy.pause, policy=policy)
        outcomes = recrawl_clips(
            catalogue, selection, limit=limit, options=options, run_id=run.run_id, run=runner
        )
        failed = [outcome for outcome in outcomes if not outcome.looked]
        run.summary = dict(Counter(o.availability if o.looked else "failed" for o in outcomes))
        run.status = "failed" if failed else "ok"
    for outcome in outcomes:
        click.echo(
            json.dumps(dict(vars(outcome), looked=outcome.looked))
            if as_json
            else _recrawl_row(outcome)
        )
    if not as_json:
        seen = Counter(outcome.availability for outcome in outcomes if outcome.looked)
        summary = ", ".join(f"{state}: {n}" for state, n in sorted(seen.items()))
        console.print(
            f"visited {len(outcomes)} clip(s). {summary or 'none seen'}"
            + (f"; {len(failed)} check(s) failed" if failed else ""),
            highlight=False,
        )
    if failed:
        sys.exit(1)


@click.group()
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
    from archiver.clips import unattended
    from archiver.store.catalogue import resolve_archive_dir

    archive_dir = resolve_archive_dir(ctx.obj["archive"])
    if kind is None:
        raise click.UsageError("choose --cron or --systemd")
    if kind == "cron":
        line = unattended.crontab_line(archive_dir, every_minutes, limit)
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
    units = unattended.systemd_units(archive_dir, every_minutes, limit)
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
@cluster_option("Re-crawl")
@click.pass_context
def schedule_run(ctx: click.Context, interval: float, limit: int, cluster: str | None) -> None:
    """Stay in the foreground re-crawling due clips; stops cleanly on SIGTERM or Ctrl-C."""
    from archiver.clips.unattended import run_forever
    from archiver.cluster import cluster_address, open_cluster
    from archiver.store.runs import recorded_run

    with (
        open_archive(ctx) as catalogue,
        open_cluster(cluster_address(cluster, catalogue.config_path)) as runner,
        recorded_run(catalogue, "schedule run") as run,
    ):
        visited = run_forever(
            catalogue,
            interval,
            limit,
            on_done=lambda outcome: click.echo(_recrawl_row(outcome)),
            run_id=run.run_id,
            run=runner,
        )
        run.summary = {"visited": visited}
    console.print(f"stopped after visiting {visited} clip(s)")
