"""The ocr stage with the real RapidOCR models from its wheel, on clips whose words are
drawn on the picture in English and Chinese, served to yt-dlp by a local site."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from archiver.cli import main
from archiver.clips.capture import CaptureOptions, Capturer
from archiver.speech.search import search_segments
from archiver.store.catalogue import open_catalogue
from archiver.vision.ocr import OcrOptions, ocr_stage
from tests.support.media_factory import make_garbled_picture, make_text_clip

CAPTIONS = [(0, 3, "ROBOTS PATROL"), (3, 6, "巡检机器人"), (6, 9, "NIGHT SHIFT")]


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """The OCR models come from the wheel: any connection out is a failure (the local
    site is reached before this stage runs)."""

    def refuse(self, address):  # noqa: ANN001
        raise AssertionError(f"the ocr stage tried to connect to {address}")

    yield lambda: monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture(scope="module")
def text_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_text_clip(tmp_path_factory.mktemp("text") / "text.mp4", CAPTIONS, 9)


def capture(archive_dir: Path, *urls: str, **options) -> list:
    with (
        open_catalogue(archive_dir) as catalogue,
        Capturer(catalogue, CaptureOptions(**options)) as capturer,
    ):
        return [outcome for url in urls for outcome in capturer.capture(url)]


def ocr(archive_dir: Path, *clip_ids: str, **options) -> list:
    with open_catalogue(archive_dir) as catalogue:
        return ocr_stage(catalogue, clip_ids, missing=not clip_ids, options=OcrOptions(**options))


def query(archive_dir: Path, sql: str, params: list | None = None) -> list[dict]:
    with open_catalogue(archive_dir) as catalogue:
        return list(catalogue.db.query(sql, params or []))


def test_words_on_screen_are_found_in_both_languages_at_their_moments(
    site, archive_dir, text_clip, no_network
):
    url = site.jsonld_page("robots.html", "robots.mp4", text_clip)
    [captured] = capture(archive_dir, url)
    no_network()
    [outcome] = ocr(archive_dir)
    assert (outcome.status, outcome.frames, outcome.segments) == ("ok", 3, 3)
    [transcript] = query(archive_dir, "SELECT * FROM transcripts WHERE source = 'ocr'")
    assert transcript["model"].startswith("rapidocr-") and transcript["status"] == "ok"
    segments = query(
        archive_dir,
        "SELECT start_seconds, end_seconds, text FROM segments ORDER BY position",
    )
    assert [tuple(s.values()) for s in segments] == [
        (0.0, 3.0, "ROBOTS PATROL"),
        (3.0, 6.0, "巡检机器人"),
        (6.0, 9.0, "NIGHT SHIFT"),
    ]
    with open_catalogue(archive_dir) as catalogue:
        [english] = search_segments(catalogue, "robots")
        [chinese] = search_segments(catalogue, "机器人")
    assert (english.clip_id, english.start_seconds, english.source) == (
        captured.clip_id,
        0.0,
        "ocr",
    )
    assert (chinese.start_seconds, chinese.end_seconds, chinese.text) == (3.0, 6.0, "巡检机器人")

    # resumable and idempotent: nothing left to read; --force reads again in place
    assert ocr(archive_dir) == []
    [again] = ocr(archive_dir, captured.clip_id, force=True)
    assert again.status == "ok"
    assert len(query(archive_dir, "SELECT * FROM transcripts WHERE source = 'ocr'")) == 1
    assert len(query(archive_dir, "SELECT * FROM segments")) == 3


def test_a_video_with_no_text_is_read_once_and_found_empty(site, archive_dir, tmp_path):
    plain = make_text_clip(tmp_path / "plain.mp4", [], 5)
    capture(archive_dir, site.jsonld_page("plain.html", "plain.mp4", plain))
    [outcome] = ocr(archive_dir)
    assert (outcome.status, outcome.segments) == ("empty", 0)
    assert [t["status"] for t in query(archive_dir, "SELECT * FROM transcripts")] == ["empty"]
    assert ocr(archive_dir) == []


def test_no_video_and_a_garbled_picture_are_recorded_outcomes(
    site, archive_dir, text_clip, tmp_path
):
    heard = site.jsonld_page("heard.html", "heard.mp4", site.media.clip)
    [audio_only] = capture(archive_dir, heard, keep_video=False)
    garbled = make_garbled_picture(text_clip, tmp_path / "garbled.mp4")
    [broken] = capture(archive_dir, site.jsonld_page("garbled.html", "garbled.mp4", garbled))
    assert broken.status == "ok"  # its sound is fine, and kept with the video

    outcomes = {o.clip_id: o for o in ocr(archive_dir, audio_only.clip_id, broken.clip_id)}
    assert outcomes[audio_only.clip_id].status == "no_video"
    assert outcomes[broken.clip_id].status == "corrupt_media"
    assert "no keyframe" in outcomes[broken.clip_id].message
    [failed] = query(archive_dir, "SELECT * FROM transcripts WHERE source = 'ocr'")
    assert (failed["clip_id"], failed["status"]) == (broken.clip_id, "failed")


def test_the_ocr_command_and_search_from_the_command_line(site, archive_dir, text_clip):
    capture(archive_dir, site.jsonld_page("cli.html", "cli.mp4", text_clip))
    runner = CliRunner()
    done = runner.invoke(main, ["--archive", str(archive_dir), "ocr", "--missing"])
    assert done.exit_code == 0, done.output
    found = runner.invoke(main, ["--archive", str(archive_dir), "search", "巡检"])
    assert found.exit_code == 0 and "[on screen]" in found.output and "巡检机器人" in found.output
    assert "0:03.0-0:06.0" in found.output
    none = runner.invoke(main, ["--archive", str(archive_dir), "ocr", "--missing"])
    assert none.exit_code == 0, none.output
    clip_id = next(iter(query(archive_dir, "SELECT clip_id FROM clips")))["clip_id"]
    srt = runner.invoke(
        main, ["--archive", str(archive_dir), "export", "transcript", clip_id, "--on-screen"]
    )
    assert srt.exit_code == 0, srt.output
    assert "00:00:03,000 --> 00:00:06,000\n巡检机器人" in srt.output


def test_archive_keeps_the_picture_and_search_finds_the_words_shown(
    site, tmp_path, archive_dir, text_clip
):
    """The issue's first "done when", as a user runs it: a fresh archive, the archive
    job over a seed manifest of locally served clips, then search in both languages."""
    url = site.jsonld_page("shown.html", "shown.mp4", text_clip)
    manifest = tmp_path / "seed.yaml"
    manifest.write_text(f"name: shown\nclips:\n  - {url}\n", encoding="utf-8")
    runner = CliRunner()
    archived = runner.invoke(
        main, ["--archive", str(archive_dir), "archive", "--no-transcribe", str(manifest)]
    )
    assert archived.exit_code == 0, archived.output
    kinds = {row["kind"] for row in query(archive_dir, "SELECT kind FROM media_files")}
    assert {"video", "keyframe", "contact_sheet", "audio"} <= kinds
    for words, moment in (("night shift", "0:06.0-0:09.0"), ("机器人", "0:03.0-0:06.0")):
        found = runner.invoke(main, ["--archive", str(archive_dir), "search", words])
        assert found.exit_code == 0 and moment in found.output, (words, found.output)
        assert "[on screen]" in found.output
