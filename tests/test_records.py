"""What a capture writes, from yt-dlp's info JSON to exact rows, in milliseconds.

Canned, sanitized info dicts (tests/data/info/, recorded by tests/support/record_info.py
from yt-dlp's real extractors) go through the records code into an in-memory
catalogue; the slow end-to-end tests (test_capture*.py) stay beside these.
"""

from __future__ import annotations

import copy
import datetime as dt
import gzip
import json
from importlib.metadata import version
from pathlib import Path

import pytest

from archiver import errors
from archiver.clips.normalize import normalize
from archiver.clips.records import (
    CaptureRecord,
    StoredMedia,
    save_capture,
    save_failed_capture,
)
from archiver.clips.schedule import SchedulePolicy
from archiver.clips.ytdlp import packed_info
from archiver.store.catalogue import Catalogue

INFO = Path(__file__).resolve().parent / "data" / "info"
MOMENT = dt.datetime(2025, 5, 6, 12, 0, tzinfo=dt.timezone.utc)
POLICY = SchedulePolicy()
AUDIO = StoredMedia("ab" * 32, "audio", "media/ab/ab/x.m4a", 1234, "audio/mp4", "aac", 3.0)


def info(name: str) -> dict:
    return json.loads((INFO / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def catalogue() -> Catalogue:
    return Catalogue.in_memory()


def capture(catalogue: Catalogue, found: dict, moment: dt.datetime = MOMENT, **fields) -> int:
    record = CaptureRecord(
        url=found["webpage_url"],
        parent_url=None,
        found=normalize(found),
        info_json_gz=packed_info(found),
        moment=moment,
        **fields,
    )
    return save_capture(catalogue, record, POLICY, run_id=None)


def rows(catalogue: Catalogue, table: str, *drop: str) -> list[dict]:
    return [
        {key: value for key, value in row.items() if key not in drop}
        for row in catalogue.db[table].rows
    ]


def test_a_tiktok_capture_writes_these_rows(catalogue):
    capture_id = capture(catalogue, info("tiktok_video"), media=[AUDIO])
    account_id = (
        "tiktok:MS4wLjABAAAA-JhNm3hcfHOuSRFqDS_qQ3SwnVzssyIWsfGaUW8bU1TdSpl_rNgvImbhxjh8vIoN"
    )
    assert rows(catalogue, "accounts") == [
        {
            "account_id": account_id,
            "extractor": "tiktok",
            "channel_id": account_id.removeprefix("tiktok:"),
            "uploader_id": "6893742015582327813",
            "handle": "@hughchongqing",
            "display_name": "Hugh Chongqing",
            "url": "https://www.tiktok.com/@hughchongqing",
            "first_seen_at": "2025-05-06T12:00:00+00:00",
            "last_seen_at": "2025-05-06T12:00:00+00:00",
        }
    ]
    [clip] = rows(catalogue, "clips")
    assert clip == {
        "clip_id": "tiktok:7363945626723892301",
        "extractor": "tiktok",
        "platform_id": "7363945626723892301",
        "account_id": account_id,
        "webpage_url": "https://www.tiktok.com/@hughchongqing/video/7363945626723892301",
        "original_url": "https://www.tiktok.com/@hughchongqing/video/7363945626723892301",
        "title": "In Chongqing we never know which floor we're on 🏙️ The metro runs thr...",
        "description": "In Chongqing we never know which floor we're on 🏙️ The metro runs "
        "through the 8th floor of this building #chongqing #重庆 #8Dcity",
        "uploader": "hughchongqing",
        "uploader_id": "6893742015582327813",
        "channel_id": account_id.removeprefix("tiktok:"),
        "posted_at": "2024-05-01T08:30:00+00:00",
        "duration": 3.0,
        "track": "Fog over the Yangtze",
        "artist": "Lin Yue",
        "first_captured_at": "2025-05-06T12:00:00+00:00",
        "availability": "available",
        "last_seen_at": "2025-05-06T12:00:00+00:00",
        # posted a year before: weekly visits
        "next_crawl_at": "2025-05-13T12:00:00+00:00",
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
    [row] = rows(catalogue, "captures", "ytdlp_version", "info_json_gz")
    assert row == {
        "capture_id": capture_id,
        "run_id": None,
        "requested_url": clip["original_url"],
        "parent_url": None,
        "clip_id": clip["clip_id"],
        "captured_at": "2025-05-06T12:00:00+00:00",
        "status": "ok",
        "error_class": None,
        "error_message": None,
        "webpage_url": clip["webpage_url"],
        "impersonation": None,  # written straight from recorded info: no page was fetched
        "proxy": None,
        "page_data_gz": None,
        "archiver_version": version("archiver"),  # m012: which tool made it
        "exchanges_dropped": 0,  # m014: the answers were recorded (none here), none cut
    }
    assert rows(catalogue, "observations", "observation_id") == [
        {
            "clip_id": clip["clip_id"],
            "capture_id": capture_id,
            "observed_at": "2025-05-06T12:00:00+00:00",
            "views": 48172030,
            "likes": 3214000,
            "comments": 18342,
            "reposts": 96512,
            "saves": 201877,
            "availability": "available",
            "reason_code": None,
        }
    ]
    assert rows(catalogue, "clip_media") == [
        {"clip_id": clip["clip_id"], "sha256": AUDIO.sha256, "kind": "audio", "capture_id": 1}
    ]
    assert rows(catalogue, "media_files", "created_at") == [vars(AUDIO)]


def test_the_stored_info_is_yt_dlps_own_without_secrets(catalogue):
    found = info("tiktok_video")
    found["formats"][0]["http_headers"]["Cookie"] = "sessionid=SECRET"
    found["formats"][0]["cookies"] = "sessionid=SECRET"
    capture(catalogue, found)
    [packed] = [row["info_json_gz"] for row in catalogue.db["captures"].rows]
    stored = json.loads(gzip.decompress(packed))
    assert "SECRET" not in json.dumps(stored)
    assert stored["id"] == found["id"] and stored["title"] == found["title"]


def test_a_generic_page_is_keyed_by_its_address_and_its_author_is_the_account(catalogue):
    capture(catalogue, info("generic_jsonld"))
    [clip] = rows(catalogue, "clips")
    assert clip["clip_id"] == "generic:127.0.0.1:8000/c.html"
    assert (clip["uploader"], clip["account_id"]) == ("Hugh Chongqing", "generic:Hugh Chongqing")
    [seen] = rows(catalogue, "observations")
    assert (seen["views"], seen["likes"], seen["comments"]) == (120345, 3214000, 512)


def test_a_recapture_adds_a_capture_and_keeps_every_old_value(catalogue):
    first = info("tiktok_video")
    capture(catalogue, first)
    later = copy.deepcopy(first)
    later["description"] = "Edited description"
    later["like_count"] = 3300000
    later["uploader"] = "hugh.cq"
    capture(catalogue, later, moment=MOMENT + dt.timedelta(days=1))
    assert catalogue.db["clips"].count == 1 and catalogue.db["captures"].count == 2
    assert [row["likes"] for row in rows(catalogue, "observations")] == [3214000, 3300000]
    assert {
        (row["field"], row["old_value"], row["new_value"], row["capture_id"])
        for row in rows(catalogue, "field_history")
    } == {
        ("description", first["description"], "Edited description", 2),
        ("uploader", "hughchongqing", "hugh.cq", 2),
    }


def test_media_that_failed_keeps_the_metadata_and_says_why(catalogue):
    failure = errors.NoAudio("clip.mp4 has no audio stream")
    capture(catalogue, info("generic_jsonld"), failure=failure)
    [row] = rows(catalogue, "captures")
    assert (row["status"], row["error_class"]) == ("no_audio", "NoAudio")
    assert catalogue.db["clips"].count == 1 and catalogue.db["clip_media"].count == 0


def test_a_failed_check_of_a_clip_we_hold_changes_its_availability(catalogue):
    found = info("tiktok_video")
    capture(catalogue, found)
    clip_id = "tiktok:7363945626723892301"
    later = MOMENT + dt.timedelta(days=1)
    capture_id, known = save_failed_capture(
        catalogue,
        found["webpage_url"],
        errors.Private("This video is private"),
        POLICY,
        run_id=None,
        clip_id=clip_id,
        moment=later,
    )
    assert known == clip_id
    [clip] = rows(catalogue, "clips")
    assert (clip["availability"], clip["error_streak"]) == ("private", 1)
    assert clip["next_crawl_at"] == "2025-05-07T13:00:00+00:00"  # backoff: an hour
    observed = rows(catalogue, "observations")[-1]
    assert (observed["availability"], observed["reason_code"], observed["capture_id"]) == (
        "private",
        "private",
        capture_id,
    )


def test_a_failed_capture_of_an_unknown_clip_touches_no_clip(catalogue):
    capture_id, known = save_failed_capture(
        catalogue,
        "https://www.tiktok.com/@x/video/1",
        errors.NotFound("HTTP Error 404"),
        POLICY,
        run_id=None,
        clip_id="tiktok:1",
        moment=MOMENT,
    )
    assert known is None
    [row] = rows(catalogue, "captures", "ytdlp_version")
    assert (row["clip_id"], row["status"], row["error_message"]) == (
        None,
        "not_found",
        "HTTP Error 404",
    )
    assert catalogue.db["clips"].count == 0 and catalogue.db["observations"].count == 0
