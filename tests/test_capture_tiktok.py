"""Capturing TikTok clips through yt-dlp's real TikTok extractor, from recorded pages."""

from __future__ import annotations

import gzip
import json

import pytest

from archiver.clips.capture import CaptureOptions, Capturer
from archiver.clips.ffmpeg import probe
from archiver.store.catalogue import open_catalogue
from archiver.store.media import sha256_of
from tests.support.tiktok import FACTS, MUSIC_SECONDS, recorded_tiktok_fixture

tiktok = recorded_tiktok_fixture()


def capture(archive_dir, *urls):
    with (
        open_catalogue(archive_dir) as catalogue,
        Capturer(catalogue, CaptureOptions(backoff=0.01)) as capturer,
    ):
        return [outcome for url in urls for outcome in capturer.capture(url)]


def one(archive_dir, sql, *params):
    with open_catalogue(archive_dir) as catalogue:
        return next(catalogue.db.query(sql, params))


def test_tiktok_clip_maps_to_clip_account_and_observation(tiktok, archive_dir):
    url = tiktok.add_video(FACTS.video_id)
    [outcome] = capture(archive_dir, url)
    clip_id = f"tiktok:{FACTS.video_id}"
    assert (outcome.status, outcome.clip_id) == ("ok", clip_id)

    clip = one(archive_dir, "SELECT * FROM clips")
    assert clip["uploader"] == FACTS.handle
    assert clip["uploader_id"] == FACTS.author_id
    assert clip["channel_id"] == FACTS.sec_uid
    assert clip["description"] == FACTS.description
    assert (clip["track"], clip["artist"]) == (FACTS.track, FACTS.artist)
    assert clip["posted_at"] == "2024-05-01T08:30:00+00:00"
    assert clip["duration"] == FACTS.duration
    assert clip["original_url"] == url

    account = one(archive_dir, "SELECT * FROM accounts")
    assert account["account_id"] == f"tiktok:{FACTS.sec_uid}"
    assert (account["handle"], account["display_name"]) == (f"@{FACTS.handle}", FACTS.nickname)
    assert clip["account_id"] == account["account_id"]

    observation = one(archive_dir, "SELECT * FROM observations")
    assert [observation[k] for k in ("views", "likes", "comments", "reposts", "saves")] == [
        FACTS.views,
        FACTS.likes,
        FACTS.comments,
        FACTS.reposts,
        FACTS.saves,
    ]


def test_tiktok_audio_is_the_clip_not_the_music_track(tiktok, archive_dir, media):
    url = tiktok.add_video(FACTS.video_id)
    capture(archive_dir, url)
    audio = one(
        archive_dir,
        "SELECT m.* FROM media_files m JOIN clip_media c USING (sha256) WHERE c.kind = 'audio'",
    )
    path = archive_dir / audio["path"]
    assert sha256_of(path) == audio["sha256"]
    # the music track is a 5 s tone; the clip's own sound is 3 s
    assert probe(path).duration == pytest.approx(3.0, abs=0.1)
    assert probe(path).duration != pytest.approx(MUSIC_SECONDS, abs=0.5)


@pytest.mark.parametrize(
    ("status_code", "status"),
    [(10216, "private"), (10222, "private"), (10204, "blocked"), (10101, "unavailable")],
)
def test_tiktok_status_codes(tiktok, archive_dir, status_code, status):
    url = tiktok.add_video("7363945626723890001", status_code=status_code)
    [outcome] = capture(archive_dir, url)
    assert outcome.status == status
    row = one(archive_dir, "SELECT status, error_message FROM captures")
    assert row["status"] == status
    assert row["error_message"]


def test_known_clip_turning_private_is_observed_not_deleted(tiktok, archive_dir):
    url = tiktok.add_video(FACTS.video_id)
    capture(archive_dir, url)
    tiktok.add_video(FACTS.video_id, status_code=10216)  # the creator hides it
    [outcome] = capture(archive_dir, url)
    assert (outcome.status, outcome.clip_id) == ("private", f"tiktok:{FACTS.video_id}")
    with open_catalogue(archive_dir) as catalogue:
        seen = [
            row["availability"]
            for row in catalogue.db.query(
                "SELECT availability FROM observations ORDER BY observation_id"
            )
        ]
        assert seen == ["available", "private"]
        kinds = {row["kind"] for row in catalogue.db["clip_media"].rows}
        assert kinds == {"audio", "thumbnail", "subtitles", "video", "contact_sheet"}  # all kept


def test_blocked_is_never_recorded_as_removed(tiktok, archive_dir):
    url = tiktok.add_video(FACTS.video_id)
    capture(archive_dir, url)
    tiktok.add_video(FACTS.video_id, status_code=10204)
    [outcome] = capture(archive_dir, url)
    assert outcome.status == "blocked"
    clip = one(archive_dir, "SELECT availability, first_missing_at, missing_checks FROM clips")
    # "blocked" is about us: the clip is not missing, and no removal is being counted
    assert dict(clip) == {"availability": "blocked", "first_missing_at": None, "missing_checks": 0}


def test_missing_tiktok_page_is_not_found(tiktok, archive_dir):
    [outcome] = capture(archive_dir, "https://www.tiktok.com/@nobody/video/7363945626723899999")
    assert outcome.status == "not_found"


def test_a_tiktok_page_no_extractor_reads_is_unsupported(tiktok, archive_dir):
    # photo posts were this case until our plugin (tests/test_tiktok_photo.py)
    [outcome] = capture(archive_dir, "https://www.tiktok.com/discover/chongqing-metro")
    assert outcome.status == "unsupported"


def test_platform_captions_are_kept(tiktok, archive_dir):
    capture(archive_dir, tiktok.add_video(FACTS.video_id))
    with open_catalogue(archive_dir) as catalogue:
        captions = list(
            catalogue.db.query(
                "SELECT m.language, m.path FROM media_files m JOIN clip_media c USING (sha256) "
                "WHERE c.kind = 'subtitles' ORDER BY m.language"
            )
        )
    assert [row["language"] for row in captions] == ["cmn-Hans-CN", "eng-US"]
    text = (archive_dir / captions[1]["path"]).read_text()
    assert "we never know which floor" in text


def test_the_post_data_yt_dlp_drops_is_kept_with_the_capture(tiktok, archive_dir):
    # fields of the post that yt-dlp's info dict does not carry
    dropped = {"locationCreated": "CN", "diversificationLabels": ["Travel", "City"]}
    url = tiktok.add_video(FACTS.video_id, **dropped)
    [outcome] = capture(archive_dir, url)
    assert outcome.status == "ok"
    row = one(archive_dir, "SELECT info_json_gz, page_data_gz FROM captures")
    info = gzip.decompress(row["info_json_gz"]).decode()
    assert "diversificationLabels" not in info and "locationCreated" not in info
    kept = json.loads(gzip.decompress(row["page_data_gz"]))
    assert kept["source"] == "tiktok rehydration webapp.video-detail"
    item = kept["data"]["itemInfo"]["itemStruct"]
    assert {key: item[key] for key in dropped} == dropped
    assert item["id"] == FACTS.video_id
    assert item["stats"]["diggCount"] == FACTS.likes


def test_a_page_without_rehydration_data_keeps_none(site, archive_dir):
    url = site.jsonld_page("plain.html", "plain.mp4", site.media.clip)
    [outcome] = capture(archive_dir, url)
    assert outcome.status == "ok"
    assert one(archive_dir, "SELECT page_data_gz FROM captures")["page_data_gz"] is None
