"""Honest quote matching: a quote heard differently is a near miss with its score and
the words that differ, never "agrees"; the words shown for a span are those inside it."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from archiver.cli import main
from archiver.clips.normalize import normalize
from archiver.clips.records import CaptureRecord, StoredMedia, save_capture
from archiver.clips.schedule import SchedulePolicy
from archiver.clips.ytdlp import packed_info
from archiver.datasette.common import clip_path
from archiver.datasette.serve import build_datasette
from archiver.evidence.checks import check_quote, run_checks
from archiver.evidence.links import link_claims
from archiver.evidence.matching import match_quote
from archiver.speech.transcript import Segment, Transcript, Word
from archiver.store.catalogue import open_catalogue
from archiver.store.transcripts import save_transcript

INFO = Path(__file__).resolve().parent / "data" / "info" / "tiktok_video.json"
CLIP_URL = "https://www.tiktok.com/@hughchongqing/video/7363945626723892301"
CLIP_ID = "tiktok:7363945626723892301"
AUDIO = StoredMedia("ab" * 32, "audio", "media/ab/ab/x.m4a", 1234, "audio/mp4", "aac", 6.0)
# What a Whisper model heard: one 6-second segment, "is a" slipped to "in the".
HEARD = [
    (0.0, 0.6, " Sunlight"), (0.6, 0.8, " in"), (0.8, 0.9, " the"), (0.9, 1.5, " luxury"),
    (1.5, 1.7, " in"), (1.7, 1.9, " this"), (1.9, 2.4, " city."), (2.6, 2.8, " The"),
    (2.8, 3.2, " fog"), (3.2, 3.7, " covers"), (3.7, 4.6, " Chongqing"), (4.6, 6.0, " again."),
]  # fmt: skip
TIMED = [(start, end, text.strip(" .").lower(), 1) for start, end, text in HEARD]


def test_a_near_miss_keeps_its_score_and_the_words_that_differ():
    found = match_quote("Sunlight is a luxury", TIMED)
    assert found is not None and not found.exact
    assert found.heard == "sunlight in the luxury"
    assert found.differing == ["'is a' heard as 'in the'"]
    assert 0.75 <= found.score < 1
    assert (found.span.start, found.span.end) == (0.0, 1.5)


def test_only_a_quote_heard_as_written_agrees():
    assert check_quote("The fog covers Chongqing", TIMED).verdict == "agrees"
    near = check_quote("Sunlight is a luxury", TIMED)
    assert near.verdict == "near_miss" and "'is a' heard as 'in the'" in near.detail
    assert check_quote("We want freedom now", TIMED).verdict == "not_heard"
    assert check_quote("anything", []).verdict == "unknown"


@pytest.fixture
def archive(tmp_path) -> Path:
    archive = tmp_path / "archive"
    found = json.loads(INFO.read_text(encoding="utf-8"))
    with open_catalogue(archive) as catalogue:
        record = CaptureRecord(
            url=CLIP_URL,
            parent_url=None,
            found=normalize(found),
            info_json_gz=packed_info(found),
            moment=dt.datetime(2025, 5, 6, 12, 0, tzinfo=dt.timezone.utc),
            media=[AUDIO],
        )
        save_capture(catalogue, record, SchedulePolicy(), run_id=None)
        words = [Word(start, end, text, 0.9) for start, end, text in HEARD]
        segment = Segment(0.0, 6.0, "".join(w.text for w in words), words)
        transcript = Transcript("en", 0.99, "transcribe", "base", 6.0, 1.0, [segment])
        with catalogue.write() as db:
            save_transcript(db, CLIP_ID, AUDIO.sha256, transcript, "whisper")
    article = tmp_path / "fog.txt"
    article.write_text(  # invented
        f"The city sits under fog for much of the winter.\n‘Sunlight is a luxury’, local "
        f"influencer Jackson Lu said in a TikTok video at {CLIP_URL} last week.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["--archive", str(archive), "ingest", str(article)])
    assert result.exit_code == 0, result.output
    with open_catalogue(archive) as catalogue:
        link_claims(catalogue)
        run_checks(catalogue)
    return archive


def test_a_slipped_quote_is_stored_and_shown_as_a_near_miss(archive):
    with open_catalogue(archive) as catalogue:
        evidence = next(catalogue.db["evidence"].rows)
        quote_check = next(catalogue.db["checks"].rows_where("kind = 'quote'"))
    assert (evidence["start_seconds"], evidence["end_seconds"]) == (0.0, 1.5)
    assert evidence["quote_heard"] == "sunlight in the luxury"
    assert 0.75 <= evidence["quote_score"] < 1
    assert quote_check["verdict"] == "near_miss"
    assert quote_check["observed"] == "sunlight in the luxury"

    page = asyncio.run(build_datasette(archive).client.get(clip_path(CLIP_ID))).text
    assert "not heard as written" in page
    assert '<q class="arc-heard">sunlight in the luxury</q>' in page
    assert "</span> heard as written" not in page  # the agreeing wording
    assert 'arc-ok">agrees</span> <strong>quote' not in page
    assert 'arc-neutral">near_miss</span> <strong>quote</strong>' in page  # the check
    assert 'arc-neutral">near_miss</span> not heard as written' in page
    # only the words inside the 0:00-0:01.5 span, not the whole 6-second segment
    assert '<q class="arc-span-text">Sunlight in the luxury</q>' in page
    article = asyncio.run(build_datasette(archive).client.get("/-/article/1")).text
    assert '<q class="arc-span-text">Sunlight in the luxury</q>' in article
