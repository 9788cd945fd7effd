"""The link stage reads the words on screen as a third source: a claim backed only by
text shown in a clip gets a suggestion at the frame's moment, and which sources
supported a link is recorded, so title-only support is never taken for speech."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.pipeline import ArchiveJob, ArchiveOptions
from archiver.store.catalogue import open_catalogue
from tests.support.media_factory import make_text_clip

CAPTIONS = [
    (0, 3, "SHIFT CHANGE AT DAWN"),
    (3, 7, "INSPECTION ROBOTS PATROL THE SUBSTATION"),
    (7, 10, "雨夜加班"),
]

ARTICLE = """Power in the hills

A video shared on Douyin shows inspection robots patrol the substation at night.

Another video on Douyin shows a fishing boat in a storm at the harbour.

The city said nothing else about the clips or the grid.
"""


@pytest.fixture
def archived(site, tmp_path: Path) -> Path:
    robots = make_text_clip(tmp_path / "robots.mp4", CAPTIONS, 10, size="640x360", fontsize=24)
    shown = site.jsonld_page(
        "grid.html", "grid.mp4", robots, name="Late shift", description="No words here."
    )
    boat = site.jsonld_page(
        "boat.html",
        "boat.mp4",
        site.media.clip,
        name="Fishing boat in a storm at the harbour",
        description="A fishing boat rides out a storm at the harbour.",
    )
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    manifest = tmp_path / "seed.yaml"
    manifest.write_text(
        f"name: screen\narticles:\n  - path: {article}\nclips:\n  - {shown}\n  - {boat}\n"
        f"links:\n  - claim: a fishing boat in a storm\n    clip: {boat}\n",
        encoding="utf-8",
    )
    archive = tmp_path / "archive"
    with open_catalogue(archive) as catalogue:
        options = ArchiveOptions(skip_transcribe=True)  # the sound is a tone: nothing said
        summary = ArchiveJob(catalogue, options).run([str(manifest)])
    assert summary.ok, summary.failures
    assert summary.screens_read == 2
    return archive


def test_a_claim_shown_only_on_screen_is_linked_at_the_frame(archived):
    with open_catalogue(archived) as catalogue:
        rows = list(
            catalogue.db.query(
                """SELECT e.*, cl.text AS claim, t.source FROM evidence e
                JOIN claims cl USING (claim_id)
                LEFT JOIN transcripts t USING (transcript_id) ORDER BY e.score DESC"""
            )
        )
    robots = next(row for row in rows if "robots" in row["claim"] and "grid" in row["clip_id"])
    assert robots["method"] == "suggested" and robots["sources"] == "screen"
    assert robots["source"] == "ocr"  # the span is the on-screen text's
    assert (robots["start_seconds"], robots["end_seconds"]) == (3.0, 7.0)
    boat = next(row for row in rows if "boat" in row["claim"] and "boat" in row["clip_id"])
    # a person linked it; what backs it is the title and description only: no
    # moment in the clip, so nothing presents it as heard
    assert (boat["method"], boat["sources"]) == ("manual", "metadata")
    assert boat["transcript_id"] is None and boat["start_seconds"] is None
