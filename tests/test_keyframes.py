"""Keyframes at capture: picked where the picture changes, a floor and a ceiling, stored
by sha256 with their moments, one contact sheet, nothing twice on a re-capture; and
an archive made before keyframes existed opens and upgrades in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from archiver.clips.capture import CaptureOptions, Capturer
from archiver.clips.ffmpeg import probe
from archiver.clips.keyframes import KeyframePolicy, pick_keyframes
from archiver.errors import CorruptMedia, NoVideo
from archiver.store import migrations
from archiver.store.catalogue import open_catalogue
from archiver.store.media import sha256_of
from tests.support.media_factory import make_audio_only, make_text_clip

CAPTIONS = [(0, 3, "ROBOTS PATROL THE STATION"), (3, 6, "巡检机器人"), (6, 9, "NIGHT SHIFT")]


@pytest.fixture(scope="module")
def text_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_text_clip(tmp_path_factory.mktemp("text") / "text.mp4", CAPTIONS, 9)


def capture(archive_dir: Path, *urls: str, **options) -> list:
    with (
        open_catalogue(archive_dir) as catalogue,
        Capturer(catalogue, CaptureOptions(**options)) as capturer,
    ):
        return [outcome for url in urls for outcome in capturer.capture(url)]


def query(archive_dir: Path, sql: str) -> list[dict]:
    with open_catalogue(archive_dir) as catalogue:
        return list(catalogue.db.query(sql))


def test_frames_are_picked_where_the_captions_change(text_clip, tmp_path):
    frames = pick_keyframes(text_clip, tmp_path / "frames")
    assert [(frame.seconds, frame.reason) for frame in frames] == [
        (0.0, "first"),
        (3.0, "scene"),
        (6.0, "scene"),
    ]
    assert probe(frames[0].path).video_codec == "mjpeg"
    # bit-exact: the same video gives the same files
    again = pick_keyframes(text_clip, tmp_path / "again")
    assert [sha256_of(f.path) for f in again] == [sha256_of(f.path) for f in frames]


def test_a_still_picture_is_sampled_at_the_floor_and_thinned_at_the_ceiling(tmp_path):
    still = make_text_clip(tmp_path / "still.mp4", [], 13)
    frames = pick_keyframes(still, tmp_path / "frames")
    assert [(frame.seconds, frame.reason) for frame in frames] == [
        (0.0, "first"),
        (4.0, "floor"),
        (8.0, "floor"),
        (12.0, "floor"),
    ]
    # a ceiling of 3 on 13 s: the floor widens to 13/3 s rather than cutting the end
    capped = pick_keyframes(still, tmp_path / "capped", KeyframePolicy(floor=1.0, ceiling=3))
    assert [frame.seconds for frame in capped] == [0.0, 4.4, 8.8]
    # changes faster than the ceiling allows are thinned evenly over the whole clip
    busy = pick_keyframes(
        still, tmp_path / "busy", KeyframePolicy(scene=-1, min_gap=0.5, ceiling=3)
    )
    assert [frame.seconds for frame in busy] == [0.0, 6.0, 12.5]
    assert sorted(p.name for p in (tmp_path / "busy").iterdir()) == sorted(
        frame.path.name for frame in busy
    )


def test_no_picture_and_a_corrupt_one_are_errors_not_crashes(tmp_path, media):
    with pytest.raises(NoVideo):
        pick_keyframes(make_audio_only(tmp_path / "sound.m4a"), tmp_path / "a")
    with pytest.raises(CorruptMedia):
        pick_keyframes(media.corrupt, tmp_path / "b")


def test_capture_stores_keyframes_and_a_sheet_once(site, archive_dir, text_clip):
    url = site.jsonld_page("robots.html", "robots.mp4", text_clip)
    [outcome] = capture(archive_dir, url)
    assert outcome.status == "ok"
    assert {"video", "contact_sheet"} <= set(outcome.media)
    [video] = query(archive_dir, "SELECT * FROM media_files WHERE kind = 'video'")
    assert (video["width"], video["height"]) == (360, 640)
    frames = query(
        archive_dir,
        "SELECT k.*, m.path, m.width FROM keyframes k JOIN media_files m USING (sha256) "
        "ORDER BY seconds",
    )
    assert [frame["seconds"] for frame in frames] == [0.0, 3.0, 6.0]
    assert {frame["video_sha256"] for frame in frames} == {video["sha256"]}
    for frame in frames:
        assert sha256_of(archive_dir / frame["path"]) == frame["sha256"]
        assert frame["width"] == 360
    [sheet] = query(archive_dir, "SELECT * FROM media_files WHERE kind = 'contact_sheet'")
    assert sheet["width"] > 360 and sheet["mime_type"] == "image/jpeg"

    before = query(archive_dir, "SELECT * FROM media_files ORDER BY sha256")
    files = sorted(p for p in (archive_dir / "media").rglob("*") if p.is_file())
    capture(archive_dir, url)  # a re-capture
    capture(archive_dir, url, refresh_media=True)  # and one that downloads again
    assert query(archive_dir, "SELECT * FROM media_files ORDER BY sha256") == before
    assert sorted(p for p in (archive_dir / "media").rglob("*") if p.is_file()) == files
    assert len(query(archive_dir, "SELECT * FROM keyframes")) == 3


def test_a_clip_with_no_picture_keeps_its_sound_and_no_video(site, archive_dir, tmp_path):
    sound = make_audio_only(tmp_path / "sound.m4a")
    url = site.jsonld_page("radio.html", "radio.m4a", sound)
    [outcome] = capture(archive_dir, url)
    assert outcome.status == "ok"
    assert "video" not in outcome.media and "audio" in outcome.media
    assert query(archive_dir, "SELECT * FROM keyframes") == []


def test_an_archive_from_before_keyframes_opens_and_upgrades(site, archive_dir):
    # the catalogue as the previous release left it: every migration before m009
    archive_dir.mkdir()
    db = Database(sqlite3.connect(archive_dir / "catalogue.db"))
    migrations.migrations.apply(db, stop_before="m009_visual")
    now = "2026-01-01T00:00:00Z"
    db["clips"].insert(
        {"clip_id": "generic:old", "extractor": "generic", "platform_id": "old",
         "original_url": "http://old/", "first_captured_at": now}
    )  # fmt: skip
    db["media_files"].insert(
        {"sha256": "a" * 64, "kind": "audio", "path": "media/aa/aa/x.m4a", "bytes": 3,
         "created_at": now}
    )  # fmt: skip
    db.conn.commit()
    db.conn.close()

    with open_catalogue(archive_dir) as catalogue:
        applied = [m.name for m in migrations.migrations.applied(catalogue.db)]
        assert "m009_visual" in applied and applied == sorted(applied)
        old = catalogue.db["media_files"].get("a" * 64)
        assert old["kind"] == "audio" and old["width"] is None
        assert catalogue.db["keyframes"].count == 0
        assert "sources" in catalogue.db["evidence"].columns_dict
    # and the upgraded archive takes a capture with keyframes
    url = site.jsonld_page("new.html", "new.mp4", site.media.clip)
    [outcome] = capture(archive_dir, url)
    assert outcome.status == "ok" and "contact_sheet" in outcome.media
