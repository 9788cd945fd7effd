"""The recorded TikTok pages are faithful: plain yt-dlp reads them as it reads TikTok.

These tests use yt-dlp alone (not the archiver), so they pin down what yt-dlp's
real TikTok extractor makes of our recordings: the metadata mapping, the formats
and their downloads from the loopback site, and the errors for status codes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yt_dlp
from yt_dlp.networking.exceptions import HTTPError
from yt_dlp.utils import DownloadError, ExtractorError

from tests.support.tiktok import (
    FACTS,
    RecordedTikTok,
    TikTokRequestBlocked,
    recorded_tiktok_fixture,
)

tiktok = recorded_tiktok_fixture()

CLIP_FORMAT = "best[vcodec!=none][acodec!=none]/best"


def extract(url: str, **params: Any) -> dict[str, Any]:
    options = {"quiet": True, "no_warnings": True, "format": CLIP_FORMAT, **params}
    with yt_dlp.YoutubeDL(options) as ydl:
        return ydl.sanitize_info(ydl.extract_info(url, download=False))


def extraction_error(url: str) -> DownloadError:
    with pytest.raises(DownloadError) as caught:
        extract(url)
    return caught.value


def test_video_page_maps_to_the_expected_metadata(tiktok: RecordedTikTok) -> None:
    url = tiktok.add_video("7363945626723892301")

    info = extract(url)

    assert info["extractor_key"] == "TikTok"
    assert info["id"] == "7363945626723892301"
    assert info["webpage_url"] == "https://www.tiktok.com/@hughchongqing/video/7363945626723892301"
    assert info["uploader"] == "hughchongqing"
    assert info["uploader_id"] == "6893742015582327813"
    assert info["uploader_url"] == "https://www.tiktok.com/@hughchongqing"
    assert info["channel"] == "Hugh Chongqing"
    assert info["channel_id"] == (
        "MS4wLjABAAAA-JhNm3hcfHOuSRFqDS_qQ3SwnVzssyIWsfGaUW8bU1TdSpl_rNgvImbhxjh8vIoN"
    )
    assert info["description"] == (
        "In Chongqing we never know which floor we're on 🏙️ The metro runs through "
        "the 8th floor of this building #chongqing #重庆 #8Dcity"
    )
    assert info["title"] == info["description"][:69] + "..."  # yt-dlp cuts titles at 72
    assert info["track"] == "Fog over the Yangtze"
    assert info["artists"] == ["Lin Yue"]
    assert info["artist"] == "Lin Yue"
    assert info["timestamp"] == 1714552200
    assert info["upload_date"] == "20240501"
    assert info["duration"] == 3
    assert info["view_count"] == 48172030
    assert info["like_count"] == 3214000
    assert info["comment_count"] == 18342
    assert info["repost_count"] == 96512
    assert info["save_count"] == 201877
    assert tiktok.requests == [info["webpage_url"]]


def test_facts_match_what_ytdlp_reports(tiktok: RecordedTikTok) -> None:
    info = extract(tiktok.add_video(FACTS.video_id))

    reported = {
        "video_id": info["id"],
        "handle": info["uploader"],
        "nickname": info["channel"],
        "author_id": info["uploader_id"],
        "sec_uid": info["channel_id"],
        "description": info["description"],
        "timestamp": info["timestamp"],
        "duration": info["duration"],
        "track": info["track"],
        "artist": info["artist"],
        "views": info["view_count"],
        "likes": info["like_count"],
        "comments": info["comment_count"],
        "reposts": info["repost_count"],
        "saves": info["save_count"],
    }
    assert reported == {key: getattr(FACTS, key) for key in reported}


def test_formats_are_served_from_loopback(tiktok: RecordedTikTok) -> None:
    info = extract(tiktok.add_video(FACTS.video_id))

    formats = {f["format_id"]: f for f in info["formats"]}
    # playAddr is the same TikTok URL as the 540p entry, so yt-dlp drops it as a duplicate;
    # the www.tiktok.com/aweme/v1/play fallbacks are dropped by yt-dlp too.
    assert set(formats) == {
        "bytevc1_720p_1349432",
        "h264_720p_1123584",
        "h264_540p_780697",
        "download",
        "audio",
    }
    assert all(f["url"].startswith("http://127.0.0.1:") for f in formats.values())
    assert info["format_id"] == "bytevc1_720p_1349432"  # what CLIP_FORMAT picks
    assert (info["vcodec"], info["acodec"]) == ("h265", "aac")
    assert info["url"].startswith("http://127.0.0.1:")
    assert info["http_headers"]["Referer"] == info["webpage_url"]
    assert info["thumbnail"].startswith("http://127.0.0.1:")
    assert formats["audio"]["vcodec"] == "none"


def test_downloading_the_clip_format_gives_the_served_clip(
    tiktok: RecordedTikTok, tmp_path: Path
) -> None:
    url = tiktok.add_video(FACTS.video_id)
    options = {
        "quiet": True,
        "no_warnings": True,
        "format": CLIP_FORMAT,
        "outtmpl": str(tmp_path / "%(id)s.%(format_id)s.%(ext)s"),
    }

    with yt_dlp.YoutubeDL(options) as ydl:
        info = ydl.extract_info(url, download=True)

    written = Path(info["requested_downloads"][0]["filepath"])
    assert written.parent == tmp_path
    assert written.read_bytes() == tiktok.site.media.clip.read_bytes()
    assert tiktok.requests == [info["webpage_url"]]  # TikTok was asked for the page only


def test_audio_format_is_the_music_track_not_the_clip(
    tiktok: RecordedTikTok, tmp_path: Path
) -> None:
    url = tiktok.add_video(FACTS.video_id)
    options = {
        "quiet": True,
        "no_warnings": True,
        "format": "bestaudio",
        "outtmpl": str(tmp_path / "%(id)s.%(ext)s"),
    }

    with yt_dlp.YoutubeDL(options) as ydl:
        info = ydl.extract_info(url, download=True)

    assert info["format_id"] == "audio"
    written = Path(info["requested_downloads"][0]["filepath"]).read_bytes()
    assert written == tiktok.videos[FACTS.video_id].music.read_bytes()
    assert written != tiktok.site.media.clip.read_bytes()


def test_platform_captions_are_served_locally(tiktok: RecordedTikTok) -> None:
    info = extract(tiktok.add_video(FACTS.video_id), writesubtitles=True, subtitleslangs=["all"])

    assert set(info["subtitles"]) == {"cmn-Hans-CN", "eng-US"}
    for (track,) in info["subtitles"].values():
        assert track["ext"] == "vtt"
        assert track["url"].startswith("http://127.0.0.1:")


def test_item_overrides_and_other_handles(tiktok: RecordedTikTok) -> None:
    url = tiktok.add_video(
        "7400000000000000001",
        handle="someone.else",
        media=tiktok.site.media.other_clip,
        stats={"collectCount": 7},
        music=None,
    )

    info = extract(url)

    assert info["uploader"] == "someone.else"
    assert info["save_count"] == 7
    assert info["like_count"] == FACTS.likes  # the other counts stay
    assert "track" not in info
    assert "audio" not in {f["format_id"] for f in info["formats"]}
    # TikTok serves a video whatever handle the URL names; yt-dlp asks for /@_/ without one.
    embed = extract("https://www.tiktok.com/embed/7400000000000000001")
    assert embed["uploader"] == "someone.else"
    assert tiktok.requests[-1] == "https://www.tiktok.com/@_/video/7400000000000000001"


@pytest.mark.parametrize(
    ("status_code", "message"),
    [
        (
            10216,
            "You do not have permission to view this post. Log into an account that has access",
        ),
        (
            10222,
            "You do not have permission to view this post. Log into an account that has access",
        ),
        (10204, "Your IP address is blocked from accessing this post"),
        (10101, "Video not available, status code 10101"),
    ],
)
def test_status_codes_become_extractor_errors(
    tiktok: RecordedTikTok, status_code: int, message: str
) -> None:
    video_id = f"73639456267238{status_code}"
    error = extraction_error(tiktok.add_video(video_id, status_code=status_code))

    cause = error.exc_info[1]
    assert type(cause) is ExtractorError
    assert cause.orig_msg.startswith(message)
    assert cause.video_id == video_id
    assert cause.expected is (status_code != 10101)  # unknown codes ask for a bug report
    assert error.msg.startswith(f"ERROR: [TikTok] {video_id}: {message}")


def test_private_messages_carry_the_login_hint(tiktok: RecordedTikTok) -> None:
    error = extraction_error(tiktok.add_video("7363945626723810216", status_code=10216))

    assert "Use --cookies-from-browser or --cookies for the authentication" in str(error)


def test_sensitive_content_without_video_asks_for_login(tiktok: RecordedTikTok) -> None:
    url = tiktok.add_video("7363945626723800001", video=None, isContentClassified=True)

    error = extraction_error(url)

    assert type(error.exc_info[1]) is ExtractorError
    assert error.exc_info[1].orig_msg.startswith(
        "This post may not be comfortable for some audiences. Log in for access"
    )


def test_unregistered_page_fails_like_a_missing_page(tiktok: RecordedTikTok) -> None:
    error = extraction_error("https://www.tiktok.com/@hughchongqing/video/7000000000000000000")

    cause = error.exc_info[1]
    assert isinstance(cause, HTTPError)
    assert cause.status == 404
    assert "Unable to download webpage: HTTP Error 404: Not Found" in error.msg
    assert tiktok.leaks == []


def test_requests_that_would_leave_the_machine_are_refused(tiktok: RecordedTikTok) -> None:
    short_link = "https://vm.tiktok.com/ZMhvqjKqx/"

    with pytest.raises(TikTokRequestBlocked, match="vm.tiktok.com"):
        extract(short_link)

    assert tiktok.leaks == [short_link]
    tiktok.leaks.clear()  # seen and expected; the fixture fails a test on any leak left


def test_recording_refuses_tiktok_urls_it_cannot_serve(tiktok: RecordedTikTok) -> None:
    stray = "https://v16-webapp-prime.tiktok.com/video/tos/useast2a/oQx/"

    with pytest.raises(ValueError, match="still points at TikTok"):
        tiktok.add_video(FACTS.video_id, anchors=[{"url": stray}])
