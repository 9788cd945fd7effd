"""The transcription stage over captured clips, with real packaged Whisper models."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import webvtt
from click.testing import CliRunner

from archiver.cli import main
from archiver.clips.capture import CaptureOptions, Capturer
from archiver.evidence.export import export_transcript
from archiver.speech.search import search_segments
from archiver.speech.transcribe import TranscribeOptions, select_jobs, transcribe_clips
from archiver.store.catalogue import open_catalogue
from tests.support.tiktok import FACTS, recorded_tiktok_fixture
from tests.support.wer import wer

SPEECH = Path(__file__).parent / "data" / "speech"
SAID = {
    "en_city": "In this city we never know which floor we are on. The buildings climb the side "
    "of the mountain, and the roads cross over the roofs.",
    "en_park": "The weather today is sunny and warm. Many people are walking in the park, and "
    "children are playing near the river.",
    "en_factory": "A factory worker wakes up in a small room before a twelve hour night shift. "
    "She makes a cup of tea and checks her phone.",
}
TINY = TranscribeOptions(model="tiny.en")

tiktok = recorded_tiktok_fixture()


def capture_speech(site, archive_dir: Path, *names: str) -> dict[str, str]:
    """Serve speech files as direct links, capture them; returns name -> clip id."""
    urls = {name: site.add_file(f"{name}.ogg", SPEECH / f"{name}.ogg") for name in names}
    with open_catalogue(archive_dir) as catalogue, Capturer(catalogue, CaptureOptions()) as cap:
        outcomes = {name: cap.capture(url)[0] for name, url in urls.items()}
    assert all(outcome.ok for outcome in outcomes.values()), outcomes
    return {name: outcome.clip_id for name, outcome in outcomes.items()}


def transcribe_missing(archive_dir: Path, options: TranscribeOptions = TINY):
    with open_catalogue(archive_dir) as catalogue:
        jobs = select_jobs(catalogue, missing=True, model_name=options.model)
        return transcribe_clips(catalogue, jobs, options)


def query(archive_dir: Path, sql: str, *params) -> list[dict]:
    with open_catalogue(archive_dir) as catalogue:
        return list(catalogue.db.query(sql, params))


@pytest.mark.slow
def test_english_speech_is_transcribed_with_word_timestamps(site, archive_dir):
    clips = capture_speech(site, archive_dir, "en_city", "en_park", "silence")
    outcomes = {outcome.clip_id: outcome for outcome in transcribe_missing(archive_dir)}

    assert outcomes[clips["en_city"]].status == "ok"
    assert outcomes[clips["silence"]].status == "empty"  # no speech is not an error
    for name in ("en_city", "en_park"):
        [transcript] = query(
            archive_dir, "SELECT * FROM transcripts WHERE clip_id = ?", clips[name]
        )
        assert (transcript["source"], transcript["task"]) == ("whisper", "transcribe")
        assert (transcript["model"], transcript["language"]) == ("tiny.en", "en")
        assert transcript["duration"] > 5 and transcript["processing_seconds"] > 0
        assert wer(SAID[name], transcript["text"]) <= 0.35, transcript["text"]
        segments = query(
            archive_dir,
            "SELECT * FROM segments WHERE transcript_id = ? ORDER BY position",
            transcript["transcript_id"],
        )
        starts = [segment["start_seconds"] for segment in segments]
        assert starts == sorted(starts)
        for segment in segments:
            assert 0 <= segment["start_seconds"] < segment["end_seconds"]
            assert segment["end_seconds"] <= transcript["duration"] + 0.05
            words = json.loads(segment["words_json"])
            assert words and all(w[0] <= w[1] for w in words)
    [silent] = query(archive_dir, "SELECT * FROM transcripts WHERE clip_id = ?", clips["silence"])
    assert silent["status"] == "empty" and silent["text"] == ""

    hits = search_segments(open_catalogue(archive_dir), "mountain")
    assert [hit.clip_id for hit in hits] == [clips["en_city"]]

    # a second run has nothing left to do
    assert transcribe_missing(archive_dir) == []


@pytest.mark.slow
def test_exports_parse_as_subtitles(site, archive_dir):
    clips = capture_speech(site, archive_dir, "en_park")
    transcribe_missing(archive_dir)
    with open_catalogue(archive_dir) as catalogue:
        vtt = export_transcript(catalogue, clips["en_park"], "vtt")
        srt = export_transcript(catalogue, clips["en_park"], "srt")
        txt = export_transcript(catalogue, clips["en_park"], "txt")
        data = json.loads(export_transcript(catalogue, clips["en_park"], "json"))
    parsed_vtt = webvtt.from_buffer(io.StringIO(vtt))
    parsed_srt = webvtt.from_buffer(io.StringIO(srt), format="srt")
    assert len(parsed_vtt) == len(parsed_srt) == len(data["segments"]) >= 1
    assert "park" in txt.lower()
    assert parsed_srt.captions[0].text == data["segments"][0]["text"]
    assert data["segments"][0]["words"]


@pytest.mark.slow
def test_unreadable_audio_is_a_recorded_failure(site, archive_dir):
    clips = capture_speech(site, archive_dir, "en_park", "en_city")
    [row] = query(
        archive_dir,
        "SELECT m.path FROM media_files m JOIN clip_media c USING (sha256) "
        "WHERE c.clip_id = ? AND c.kind = 'audio'",
        clips["en_park"],
    )
    (archive_dir / row["path"]).write_bytes(b"not audio at all" * 100)  # bit rot

    outcomes = {o.clip_id: o for o in transcribe_missing(archive_dir)}

    # the error's own status, recorded for the run; the transcript row says failed
    assert outcomes[clips["en_park"]].status == "corrupt_media"
    assert outcomes[clips["en_city"]].status == "ok"  # the batch went on
    [item] = query(
        archive_dir,
        "SELECT * FROM run_items WHERE stage = 'transcribe' AND item = ?",
        clips["en_park"],
    )
    assert (item["status"], item["error_class"]) == ("corrupt_media", "AudioUnreadable")
    [failed] = query(archive_dir, "SELECT * FROM transcripts WHERE clip_id = ?", clips["en_park"])
    assert failed["status"] == "failed" and failed["error_class"] == "AudioUnreadable"


def test_unknown_clip_is_a_clear_error(archive_dir):
    result = CliRunner().invoke(
        main, ["--archive", str(archive_dir), "transcribe", "generic:nowhere"]
    )
    assert result.exit_code == 1
    assert "no archived audio for: generic:nowhere" in result.output


@pytest.mark.slow
def test_multilingual_base_stores_language_and_english_translation(site, archive_dir):
    clips = capture_speech(site, archive_dir, "zh_weather")
    [outcome] = transcribe_missing(archive_dir, TranscribeOptions(model="base", time_budget=None))
    # base translates this synthetic Mandarin with low confidence: that may be flagged
    assert outcome.status in ("ok", "flagged"), outcome
    rows = query(
        archive_dir,
        "SELECT task, language, model, text, flags FROM transcripts WHERE clip_id = ? "
        "ORDER BY task",
        clips["zh_weather"],
    )
    assert [(row["task"], row["model"]) for row in rows] == [
        ("transcribe", "base"),
        ("translate", "base"),
    ]
    assert rows[0]["language"] == "zh"
    assert json.loads(rows[0]["flags"]) == []  # the source was clean: so it was translated
    assert rows[1]["text"].isascii() and rows[1]["text"].strip()


@pytest.mark.slow
def test_platform_captions_become_a_searchable_transcript(tiktok, archive_dir):
    url = tiktok.add_video(FACTS.video_id)
    with open_catalogue(archive_dir) as catalogue, Capturer(catalogue) as capturer:
        capturer.capture(url)
    result = CliRunner().invoke(
        main, ["--archive", str(archive_dir), "transcribe", "--missing", "--model", "tiny.en"]
    )
    assert result.exit_code == 0, result.output
    rows = query(
        archive_dir,
        "SELECT source, language, status FROM transcripts ORDER BY source, language",
    )
    assert [(r["source"], r["language"]) for r in rows] == [
        ("platform", "cmn-Hans-CN"),
        ("platform", "eng-US"),
        ("whisper", "en"),
    ]
    with open_catalogue(archive_dir) as catalogue:
        chinese = search_segments(catalogue, "永远不知道")
        short = search_segments(catalogue, "重庆")  # two characters: below trigram length
    assert [hit.language for hit in chinese] == ["cmn-Hans-CN"]
    assert [hit.language for hit in short] == ["cmn-Hans-CN"]


@pytest.mark.slow
def test_killed_transcription_batch_resumes_with_only_what_is_missing(site, archive_dir):
    names = ("en_city", "en_park", "en_factory")
    capture_speech(site, archive_dir, *names)
    command = [
        sys.executable,
        "-m",
        "archiver.cli",
        "--archive",
        str(archive_dir),
        "transcribe",
        "--missing",
        "--model",
        "tiny.en",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    done = 0
    while done < 1 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
        try:
            with sqlite3.connect(archive_dir / "catalogue.db", timeout=5) as conn:
                done = conn.execute("SELECT COUNT(*) FROM transcripts").fetchone()[0]
        except sqlite3.Error:
            pass
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()

    outcomes = transcribe_missing(archive_dir)

    per_clip = query(archive_dir, "SELECT clip_id, COUNT(*) AS n FROM transcripts GROUP BY clip_id")
    assert len(per_clip) == 3 and all(row["n"] == 1 for row in per_clip)
    assert len(outcomes) == 3 - done
