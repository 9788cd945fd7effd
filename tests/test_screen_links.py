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
    # and the export says how each link is backed
    import json

    from archiver.evidence.export import export_claims

    with open_catalogue(archived) as catalogue:
        exported = export_claims(catalogue, "jsonl", include_suggested=True).splitlines()
    by_clip = {json.loads(line)["clip_id"]: json.loads(line) for line in exported}
    assert by_clip[robots["clip_id"]]["sources"] == "screen"
    assert by_clip[boat["clip_id"]]["sources"] == "metadata"


def test_the_pages_show_the_frames_the_screen_text_and_how_each_claim_is_backed(archived):
    import asyncio

    from archiver.datasette.common import clip_path
    from archiver.datasette.serve import build_datasette

    ds = build_datasette(archived)

    def get(path: str, **kwargs):
        return asyncio.run(ds.client.get(path, **kwargs))

    with open_catalogue(archived) as catalogue:
        grid = next(catalogue.db.query("SELECT clip_id FROM clips WHERE clip_id LIKE '%grid%'"))
        video = next(catalogue.db.query("SELECT * FROM media_files WHERE kind = 'video'"))
        frame = next(catalogue.db.query("SELECT sha256 FROM keyframes WHERE seconds = 3.0"))
        article_id = next(catalogue.db.query("SELECT article_id FROM articles"))["article_id"]
    page = get(clip_path(grid["clip_id"]))
    assert page.status_code == 200
    html = page.text
    assert '<video id="player" class="arc-video"' in html
    assert f'src="/-/media/{video["sha256"]}"' in html
    # the strip: one button a keyframe, each seeking the player to its moment
    assert html.count('class="arc-seek arc-keyframe" data-seek=') == 3
    assert 'data-seek="3.0" data-player="player"><img loading="lazy" alt="keyframe at 0:03"' in html
    assert "What is shown on screen" in html and "INSPECTION ROBOTS PATROL THE SUBSTATION" in html
    assert "雨夜加班" in html
    # the robots claim: shown on screen, with the frame at its moment; never "heard"
    assert "shown on screen</span>" in html and "Shown on screen in this moment" in html
    assert f'src="/-/media/{frame["sha256"]}"' in html
    assert ">heard</span>" not in html and "Said in this moment" not in html

    article = get(f"/-/article/{article_id}").text
    assert f'src="/-/media/{frame["sha256"]}"' in article  # the frame at the evidence span
    assert ">described</span>" in article and "not heard or shown" in article

    # the video is served with byte ranges, so the player can seek
    part = get(f"/-/media/{video['sha256']}", headers={"Range": "bytes=0-99"})
    assert part.status_code == 206 and part.headers["content-type"] == "video/mp4"
