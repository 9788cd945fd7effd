"""Capture end to end: real yt-dlp and ffmpeg against pages served on loopback."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import yt_dlp

from archiver.clips.capture import CaptureOptions, Capturer
from archiver.clips.ffmpeg import probe
from archiver.store.catalogue import open_catalogue
from archiver.store.media import sha256_of


def capture(archive_dir: Path, *urls: str, **options) -> list:
    with (
        open_catalogue(archive_dir) as catalogue,
        Capturer(catalogue, CaptureOptions(**options)) as capturer,
    ):
        return [outcome for url in urls for outcome in capturer.capture(url)]


def rows(archive_dir: Path, table: str, order: str = "rowid") -> list[dict]:
    with open_catalogue(archive_dir) as catalogue:
        return list(catalogue.db.query(f"SELECT * FROM {table} ORDER BY {order}"))


def test_jsonld_page_fills_the_catalogue(site, archive_dir):
    url = site.jsonld_page("shift.html", "shift.mp4", site.media.clip)
    [outcome] = capture(archive_dir, url)
    host = url.split("/")[2]
    clip_id = f"generic:{host}/shift.html"
    assert (outcome.status, outcome.clip_id) == ("ok", clip_id)

    [clip] = rows(archive_dir, "clips")
    timely = ("first_captured_at", "last_seen_at", "next_crawl_at")
    assert {k: clip[k] for k in clip if k not in timely} == {
        "clip_id": clip_id,
        "extractor": "generic",
        "platform_id": "shift",
        "account_id": "generic:Hugh Chongqing",
        "webpage_url": url,
        "original_url": url,
        "title": "Night shift in Chongqing",
        "description": "A factory worker films his night shift.",
        "uploader": "Hugh Chongqing",
        "uploader_id": None,
        "channel_id": None,
        "posted_at": "2024-05-01T08:30:00+00:00",
        "duration": 3.0,
        "track": None,
        "artist": None,
        "availability": "available",
        "first_missing_at": None,
        "missing_checks": 0,
        "missing_checked_at": None,
        "removed_at": None,
        "restored_at": None,
        "error_streak": 0,
        "lease_owner": None,
        "lease_expires_at": None,
        "kind": "video",
    }
    # posted long ago: the next look is a week after this one
    assert clip["next_crawl_at"] > clip["last_seen_at"]
    [account] = rows(archive_dir, "accounts")
    assert (account["account_id"], account["display_name"], account["handle"]) == (
        "generic:Hugh Chongqing",
        "Hugh Chongqing",
        None,
    )
    [observation] = rows(archive_dir, "observations")
    assert (observation["views"], observation["likes"], observation["comments"]) == (
        120345,
        3214000,
        512,
    )
    assert observation["availability"] == "available"

    [capture_row] = rows(archive_dir, "captures")
    assert capture_row["status"] == "ok"
    assert capture_row["requested_url"] == url
    assert capture_row["webpage_url"] == url
    assert capture_row["ytdlp_version"] == yt_dlp.version.__version__
    info = json.loads(gzip.decompress(capture_row["info_json_gz"]))
    assert info["id"] == "shift" and info["like_count"] == 3214000

    media = {row["kind"]: row for row in rows(archive_dir, "media_files")}
    # the video is kept by default, with its keyframes and contact sheet
    assert set(media) == {"audio", "thumbnail", "video", "keyframe", "contact_sheet"}
    audio = media["audio"]
    audio_path = archive_dir / audio["path"]
    assert audio_path.name == f"{audio['sha256']}.m4a"
    assert sha256_of(audio_path) == audio["sha256"]
    assert audio["bytes"] == audio_path.stat().st_size
    assert (audio["codec"], audio["mime_type"]) == ("aac", "audio/mp4")
    assert audio["duration"] == pytest.approx(3.0, abs=0.1)
    extracted = probe(audio_path)
    assert (extracted.audio_codec, extracted.video_codec) == ("aac", None)
    thumbnail = media["thumbnail"]
    assert sha256_of(archive_dir / thumbnail["path"]) == thumbnail["sha256"]
    assert sha256_of(archive_dir / thumbnail["path"]) == sha256_of(site.media.thumbnail)
    # nothing left behind in the download folder
    assert list((archive_dir / "tmp").iterdir()) == []


def test_og_video_page_and_direct_file(site, archive_dir):
    og_url = site.og_page("og.html", "og.mp4", site.media.other_clip, title="Smog over Chongqing")
    direct_url = site.add_file("direct.mp4", site.media.clip)
    og, direct = capture(archive_dir, og_url, direct_url)
    assert og.status == direct.status == "ok"
    clips = {row["clip_id"]: row for row in rows(archive_dir, "clips")}
    host = og_url.split("/")[2]
    assert clips[f"generic:{host}/og.html"]["title"] == "Smog over Chongqing"
    # yt-dlp names the host as the uploader when a page says nothing more
    assert clips[f"generic:{host}/og.html"]["uploader"] == host
    assert clips[f"generic:{host}/direct.mp4"]["title"] == "direct"
    audio = [row for row in rows(archive_dir, "media_files") if row["kind"] == "audio"]
    assert len(audio) == 2
    for row in audio:
        assert sha256_of(archive_dir / row["path"]) == row["sha256"]


def test_recapture_adds_capture_and_observation_only(site, archive_dir):
    url = site.jsonld_page("again.html", "again.mp4", site.media.clip)
    capture(archive_dir, url)
    media_before = rows(archive_dir, "media_files")
    files_before = sorted(p for p in (archive_dir / "media").rglob("*") if p.is_file())
    site.requests.clear()

    [outcome] = capture(archive_dir, url)

    assert outcome.status == "ok" and outcome.media == []
    assert len(rows(archive_dir, "clips")) == 1
    assert len(rows(archive_dir, "accounts")) == 1
    assert len(rows(archive_dir, "captures")) == 2
    assert len(rows(archive_dir, "observations")) == 2
    assert rows(archive_dir, "media_files") == media_before
    assert sorted(p for p in (archive_dir / "media").rglob("*") if p.is_file()) == files_before


def test_refresh_media_downloads_again_without_duplicates(site, archive_dir):
    url = site.jsonld_page("fresh.html", "fresh.mp4", site.media.clip)
    capture(archive_dir, url)
    before = rows(archive_dir, "media_files")
    [outcome] = capture(archive_dir, url, refresh_media=True)
    assert sorted(outcome.media) == ["audio", "contact_sheet", "thumbnail", "video"]
    assert rows(archive_dir, "media_files") == before  # same bytes, same sha256


def test_the_video_is_kept_by_default_with_its_codec_and_size(site, archive_dir):
    url = site.jsonld_page("keep.html", "keep.mp4", site.media.clip)
    capture(archive_dir, url)
    media = {row["kind"]: row for row in rows(archive_dir, "media_files")}
    assert {"audio", "thumbnail", "video"} <= set(media)
    video = media["video"]
    assert video["sha256"] == sha256_of(site.media.clip)
    assert (video["codec"], video["width"], video["height"]) == ("h264", 96, 160)
    assert video["bytes"] == site.media.clip.stat().st_size


def test_audio_only_keeps_what_capture_kept_before(site, archive_dir):
    url = site.jsonld_page("sound.html", "sound.mp4", site.media.clip)
    [outcome] = capture(archive_dir, url, keep_video=False)
    assert sorted(outcome.media) == ["audio", "thumbnail"]
    assert {row["kind"] for row in rows(archive_dir, "media_files")} == {"audio", "thumbnail"}
    assert rows(archive_dir, "keyframes") == []


def test_page_with_several_videos_is_captured_entry_by_entry(site, archive_dir):
    first = site.add_file("one.mp4", site.media.clip)
    second = site.add_file("two.mp4", site.media.other_clip)
    third = site.add_file("three.mp4", site.media.clip)
    body = "".join(f'<video controls src="{url}"></video>' for url in (first, second, third))
    page = site.add_page("gallery.html", body, title="Three clips")

    outcomes = capture(archive_dir, page, limit=2)

    assert [outcome.status for outcome in outcomes] == ["ok", "ok"]
    captures = rows(archive_dir, "captures")
    assert {row["parent_url"] for row in captures} == {page}
    assert len(rows(archive_dir, "clips")) == 2


def test_cookies_are_used_but_never_stored(site, archive_dir, tmp_path):
    secret = "s3cr3t-session-value"
    cookies = tmp_path / "cookies.txt"
    cookies.write_text(
        "# Netscape HTTP Cookie File\n"
        f"127.0.0.1\tFALSE\t/\tFALSE\t2147483647\tsessionid\t{secret}\n"
    )
    original = cookies.read_bytes()
    url = site.jsonld_page("gated.html", "gated.mp4", site.media.clip)

    [outcome] = capture(archive_dir, url, cookies=cookies)

    assert outcome.status == "ok"
    assert cookies.read_bytes() == original
    for path in archive_dir.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    [capture_row] = rows(archive_dir, "captures")
    assert secret not in gzip.decompress(capture_row["info_json_gz"]).decode()


def test_reposts_with_identical_bytes_share_one_file(site, archive_dir):
    first = site.jsonld_page("post-a.html", "post-a.mp4", site.media.clip)
    repost = site.jsonld_page("post-b.html", "post-b.mp4", site.media.clip)
    capture(archive_dir, first, repost)
    links = rows(archive_dir, "clip_media", order="clip_id, kind")
    kinds = ["audio", "contact_sheet", "thumbnail", "video"]
    assert [(row["clip_id"].rsplit("/", 1)[1], row["kind"]) for row in links] == [
        *(("post-a.html", kind) for kind in kinds),
        *(("post-b.html", kind) for kind in kinds),  # the repost shares the sheet too
    ]
    # one file of each, and the keyframes cut once
    media_kinds = [row["kind"] for row in rows(archive_dir, "media_files")]
    assert sorted(set(media_kinds)) == sorted([*kinds, "keyframe"])
    assert len(media_kinds) == len(kinds) + len(rows(archive_dir, "keyframes"))
    # and the repost is not downloaded again on the next run
    [outcome] = capture(archive_dir, repost)
    assert outcome.media == []
