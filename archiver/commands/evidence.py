"""Commands from claims to clips: review (the work queue), export."""

from __future__ import annotations

import json

import click

from archiver.commands.common import open_archive, plain, stdout
from archiver.commands.common import table as make_table
from archiver.evidence.export import CLAIM_FORMATS, TRANSCRIPT_FORMATS


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
    from archiver.evidence.review import list_links, review

    deciding = bool(confirm_ids or reject_ids)
    # Listing only reads; deciding writes, but only to an archive that exists.
    with open_archive(ctx, read_only=not deciding, create=False) as catalogue:
        for evidence_id in confirm_ids:
            review(catalogue, evidence_id, "confirmed", note)
        for evidence_id in reject_ids:
            review(catalogue, evidence_id, "rejected", note)
        rows = list_links(catalogue, all_links=show_all)
    if as_json:
        for row in rows:
            click.echo(json.dumps(vars(row), ensure_ascii=False))
        return
    shown = make_table(
        "Claim-clip links" if show_all else "Suggested links to review",
        ("id", "status", "score", "claim", "clip", "span", "why"),
    )
    for row in rows:
        span = (
            f"{row.start_seconds:.1f}-{row.end_seconds:.1f}s"
            if row.start_seconds is not None
            else ""
        )
        shown.add_row(
            str(row.evidence_id),
            row.status,
            f"{row.score or 0:.2f}",
            plain(row.claim),
            plain(row.clip_id),
            span,
            plain(row.note or ""),
        )
    stdout.print(shown)


@click.group()
def export() -> None:
    """Export transcripts and claims in standard formats."""


@export.command("transcript")
@click.argument("clip")
@click.option("--format", "fmt", type=click.Choice(TRANSCRIPT_FORMATS), default="srt")
@click.option("--translation", is_flag=True, help="The English translation, if there is one.")
@click.option("--on-screen", is_flag=True, help="The words shown on screen (archiver ocr).")
@click.pass_context
def export_transcript_command(
    ctx: click.Context, clip: str, fmt: str, translation: bool, on_screen: bool
) -> None:
    """Write CLIP's transcript to standard output."""
    from archiver.evidence.export import export_transcript

    with open_archive(ctx, read_only=True) as catalogue:
        text = export_transcript(
            catalogue,
            clip,
            fmt,
            task="translate" if translation else "transcribe",
            source="ocr" if on_screen else None,
        )
    click.echo(text, nl=False)


@export.command("claims")
@click.option("--format", "fmt", type=click.Choice(CLAIM_FORMATS), default="jsonl")
@click.option("--include-suggested", is_flag=True, help="Also links not yet confirmed.")
@click.pass_context
def export_claims_command(ctx: click.Context, fmt: str, include_suggested: bool) -> None:
    """Claims with their citations, linked clips, evidence spans and checks."""
    from archiver.evidence.export import export_claims

    with open_archive(ctx, read_only=True) as catalogue:
        click.echo(export_claims(catalogue, fmt, include_suggested), nl=False)
