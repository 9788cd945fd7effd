"""Every bad input ends in a clear, recorded status, and the batch goes on."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from archiver.clips.capture import CaptureOptions, Capturer
from archiver.clips.failures import classify
from archiver.clips.urls import HostPacer
from archiver.store.catalogue import open_catalogue


def capture_one(archive_dir: Path, url: str, **options):
    options.setdefault("backoff", 0.01)
    with (
        open_catalogue(archive_dir) as catalogue,
        Capturer(catalogue, CaptureOptions(**options)) as capturer,
    ):
        [outcome] = capturer.capture(url)
    return outcome


def recorded(archive_dir: Path) -> list[dict]:
    with open_catalogue(archive_dir) as catalogue:
        return list(catalogue.db.query("SELECT * FROM captures ORDER BY capture_id"))


def assert_recorded_failure(archive_dir, outcome, status, error_class, words):
    assert (outcome.status, outcome.error_class) == (status, error_class)
    assert words in outcome.message.lower()
    [row] = recorded(archive_dir)
    assert (row["status"], row["error_class"]) == (status, error_class)
    assert row["error_message"] == outcome.message


@pytest.mark.parametrize("url", ["not a url", "ftp://example.org/clip.mp4", "https://", ""])
def test_invalid_url(archive_dir, url):
    outcome = capture_one(archive_dir, url)
    assert_recorded_failure(archive_dir, outcome, "invalid_url", "InvalidURL", "not an http(s) url")
    assert recorded(archive_dir)[0]["requested_url"] == url


def test_page_without_a_video_is_unsupported(site, archive_dir):
    url = site.add_page("article.html", "<p>Just words, no clip.</p>")
    outcome = capture_one(archive_dir, url)
    assert_recorded_failure(archive_dir, outcome, "unsupported", "UnsupportedSite", "unsupported")


def test_missing_page_is_not_found(site, archive_dir):
    outcome = capture_one(archive_dir, site.url("gone.html"))
    assert_recorded_failure(archive_dir, outcome, "not_found", "NotFound", "404")


def test_gone_page_is_removed(site, archive_dir):
    url = site.jsonld_page("taken-down.html", "taken-down.mp4", site.media.clip)
    site.fail("taken-down.html", 410)
    outcome = capture_one(archive_dir, url)
    assert_recorded_failure(archive_dir, outcome, "removed", "Removed", "410")


def test_forbidden_is_blocked_not_removed(site, archive_dir):
    url = site.jsonld_page("wall.html", "wall.mp4", site.media.clip)
    site.fail("wall.html", 403)
    outcome = capture_one(archive_dir, url)
    assert_recorded_failure(archive_dir, outcome, "blocked", "Blocked", "403")


def test_refused_connection_is_a_network_error(archive_dir):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    outcome = capture_one(archive_dir, f"http://127.0.0.1:{port}/clip.html", retries=1)
    assert_recorded_failure(archive_dir, outcome, "network", "NetworkError", "refused")


def test_silent_server_times_out(archive_dir):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted = []
    threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True).start()
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/slow.html"
        outcome = capture_one(archive_dir, url, socket_timeout=0.5, retries=0)
    finally:
        listener.close()
    assert_recorded_failure(archive_dir, outcome, "network", "NetworkError", "timed out")


def test_server_errors_are_retried_with_backoff(site, archive_dir):
    url = site.jsonld_page("flaky.html", "flaky.mp4", site.media.clip)
    site.fail("flaky.html", 503, times=2)
    outcome = capture_one(archive_dir, url, retries=3)
    assert outcome.status == "ok"
    assert site.requests.count("/flaky.html") == 3


def test_rate_limit_gives_up_after_bounded_retries(site, archive_dir):
    url = site.jsonld_page("busy.html", "busy.mp4", site.media.clip)
    site.fail("busy.html", 429, times=10, headers={"Retry-After": "0"})
    outcome = capture_one(archive_dir, url, retries=2)
    assert_recorded_failure(archive_dir, outcome, "rate_limited", "RateLimited", "429")
    assert site.requests.count("/busy.html") == 3  # the first try and two retries


def test_clip_without_audio_keeps_its_metadata(site, archive_dir):
    url = site.jsonld_page("mute.html", "mute.mp4", site.media.silent_video)
    outcome = capture_one(archive_dir, url)
    assert_recorded_failure(archive_dir, outcome, "no_audio", "NoAudio", "no audio stream")
    with open_catalogue(archive_dir) as catalogue:
        assert catalogue.db["clips"].count == 1  # what we learnt about the clip is kept
        kinds = {row["kind"] for row in catalogue.db["media_files"].rows}
    # a silent video is still a picture: kept, with its keyframes
    assert kinds == {"thumbnail", "video", "keyframe", "contact_sheet"}


def test_corrupt_media(site, archive_dir):
    url = site.jsonld_page("broken.html", "broken.mp4", site.media.corrupt)
    outcome = capture_one(archive_dir, url)
    assert_recorded_failure(archive_dir, outcome, "corrupt_media", "CorruptMedia", "broken")


def test_zero_byte_media(site, archive_dir):
    url = site.jsonld_page("empty.html", "empty.mp4", site.media.empty)
    outcome = capture_one(archive_dir, url)
    assert outcome.status == "corrupt_media"
    assert "data blocks" in outcome.message.lower()


def test_a_batch_goes_on_past_failures(site, archive_dir):
    good = site.jsonld_page("good.html", "good.mp4", site.media.clip)
    with open_catalogue(archive_dir) as catalogue, Capturer(catalogue) as capturer:
        outcomes = [capturer.capture(url)[0] for url in ("nope", site.url("404.html"), good)]
    assert [outcome.status for outcome in outcomes] == ["invalid_url", "not_found", "ok"]


def test_pacer_spaces_requests_per_host():
    now = [0.0]
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    pacer = HostPacer(None, sleep=sleep, clock=lambda: now[0])
    pacer.wait("https://www.tiktok.com/@a/video/1")
    pacer.wait("https://www.tiktok.com/@a/video/2")
    pacer.wait("https://x.com/a/status/3")  # another host: no wait
    pacer.wait("http://127.0.0.1:8000/a.html")
    pacer.wait("http://127.0.0.1:8000/b.html")  # loopback: no wait by default
    assert slept == [3.0]
    assert HostPacer(0.5).pause_for("127.0.0.1") == 0.5


def test_classify_keeps_unknown_errors_generic():
    failure = classify(RuntimeError("something odd"))
    assert (failure.status, failure.message) == ("error", "something odd")
