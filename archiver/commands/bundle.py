"""`archiver bundle`: one clip's (an article's, a claim's) evidence as a BagIt bag."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import click

from archiver.commands.common import console, open_archive, visible


@click.command()
@click.argument("targets", nargs=-1, required=True, metavar="[CLIP] DEST")
@click.option("--article", type=int, help="Bundle every clip linked to this article.")
@click.option("--claim", type=int, help="Bundle every clip linked to this claim.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def bundle(
    ctx: click.Context,
    targets: tuple[str, ...],
    article: int | None,
    claim: int | None,
    as_json: bool,
) -> None:
    """Write CLIP's evidence (media, info JSON, observations, transcripts, claims and an
    offline index.html) to DEST as a BagIt bag that `archiver verify DEST` checks.

    CLIP is a clip_id or the URL as cited; or give --article ID or --claim ID. DEST
    must not exist: a bundle never overwrites anything."""
    from archiver.bundles.build import build_bundle

    if len(targets) > 2:
        raise click.UsageError("give at most one CLIP and one DEST")
    clip, dest = (targets[0] if len(targets) == 2 else None), Path(targets[-1])

    from archiver.bundles.timestamp import load_authorities
    from archiver.store.catalogue import resolve_archive_dir

    # read-only unless a TSA is named (its token is recorded in the catalogue too), so
    # a write-protected backup can still be bundled
    stamping = bool(load_authorities(resolve_archive_dir(ctx.obj["archive"]) / "config.yaml"))
    with open_archive(ctx, read_only=not stamping, create=False) as catalogue:
        result = build_bundle(catalogue, dest, clip=clip, article=article, claim=claim)
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(result), default=str, indent=2))
        return
    for note in result.notes:
        console.print(f"[yellow]note:[/] {visible(note)}", highlight=False)
    for moment in result.timestamps:
        console.print(f"Timestamped by a TSA at {moment}.", highlight=False)
    console.print(
        f"[green]Bundle written[/]: {visible(str(result.path))}, {len(result.clip_ids)} clip(s), "
        f"{result.files} file(s), {result.bytes / 1e6:.1f} MB; open data/index.html.",
        highlight=False,
    )


def verify_bundle_command(path: Path, as_json: bool, tsa_root: Path | None = None) -> None:
    """The bundle half of `archiver verify`: offline, with nothing but the bag (and the
    TSA root the user trusts, if given)."""
    from archiver.bundles.check import verify_bundle

    report = verify_bundle(path, tsa_root)
    if as_json:
        click.echo(json.dumps({**dataclasses.asdict(report), "ok": report.ok}, indent=2))
    else:
        for check in report.checks:
            mark = "[green]ok[/]" if check.ok else "[red]FAILED[/]"
            console.print(f"{mark} {check.name}: {visible(check.detail)}", highlight=False)
        for problem in report.problems:
            console.print(f"  [red]{visible(problem)}[/]", highlight=False)
        verdict = "[green]OK[/]: bundle intact" if report.ok else "[red]bundle damaged[/]"
        console.print(verdict)
    if not report.ok:
        sys.exit(1)
