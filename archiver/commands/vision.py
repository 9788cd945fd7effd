"""Commands about what clips show: ocr."""

from __future__ import annotations

import sys
from collections import Counter

import click

from archiver.commands.common import (
    cluster_option,
    console,
    open_archive,
    plain,
    progress_bar,
    styled,
)
from archiver.commands.common import table as make_table


@click.command()
@click.argument("clips", nargs=-1)
@click.option("--missing", is_flag=True, help="Every clip with a video not read yet.")
@click.option("--force", is_flag=True, help="Read the named clips again, though read before.")
@click.option("--threads", type=click.IntRange(min=1), help="OCR threads [default: all cores].")
@cluster_option("Read")
@click.pass_context
def ocr(
    ctx: click.Context,
    clips: tuple[str, ...],
    missing: bool,
    force: bool,
    threads: int | None,
    cluster: str | None,
) -> None:
    """Read the words on screen in each clip's keyframes (offline OCR, Chinese and
    English); search finds them like speech."""
    from archiver.cluster import cluster_address, open_cluster
    from archiver.store.runs import recorded_run
    from archiver.vision.ocr import OcrOptions, ocr_stage

    if bool(clips) == missing:
        raise click.UsageError("name CLIP ids, or give --missing")
    outcomes: list = []
    progress = progress_bar("ocr")
    with (
        open_archive(ctx) as catalogue,
        open_cluster(cluster_address(cluster, catalogue.config_path)) as runner,
        recorded_run(catalogue, "ocr") as run,
    ):
        task = progress.add_task("loading models", total=None)

        def done(outcome) -> None:  # noqa: ANN001
            outcomes.append(outcome)
            progress.update(task, advance=1, description=outcome.clip_id[:60])

        try:
            with progress:
                ocr_stage(
                    catalogue,
                    clips,
                    missing=missing,
                    options=OcrOptions(force=force, threads=threads),
                    run_id=run.run_id,
                    on_start=lambda total: progress.update(task, total=total),
                    on_done=done,
                    run=runner,
                )
        finally:
            run.summary = dict(Counter(outcome.status for outcome in outcomes))
            run.status = "ok" if all(outcome.ok for outcome in outcomes) else "failed"
    shown = make_table("On-screen text", ("status", "clip", "detail"))
    for outcome in outcomes:
        style = {"ok": "green", "empty": "yellow"}.get(outcome.status, "red")
        detail = outcome.message or f"{outcome.segments} text run(s) in {outcome.frames} frame(s)"
        shown.add_row(styled(outcome.status, style), plain(outcome.clip_id), plain(detail))
    console.print(shown)
    if not outcomes:
        console.print("Nothing to read: every kept video has been read.")
    if any(not outcome.ok for outcome in outcomes):
        sys.exit(1)
