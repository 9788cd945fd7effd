"""TikTok photo posts through our yt-dlp extractor plugin (yt_dlp_plugins/), read by
yt-dlp's plugin mechanism and fed recorded-format pages as the video extractor is."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import sqlite3

import pytest
import yt_dlp
from click.testing import CliRunner

from archiver.cli import main
from archiver.clips.capture import CaptureOptions, Capturer
from archiver.clips.ffmpeg import probe
from archiver.clips.recrawl import recrawl
from archiver.datasette.common import clip_path
from archiver.datasette.serve import build_datasette
from archiver.store.catalogue import open_catalogue
from archiver.store.media import sha256_of
from tests.support.media_factory import ffmpeg
from tests.support.tiktok import (
    FACTS,
    MUSIC_SECONDS,
    recorded_tiktok_fixture,
    through_request_handlers,
)
from tests.support.wire import PageServer

tiktok = recorded_tiktok_fixture()
POST_ID = "7411111111111111111"


@pytest.fixture(scope="module")
def photos(tmp_path_factory):
    """Three distinct JPEG images, made with ffmpeg."""
    folder = tmp_path_factory.mktemp("photos")
    made = []
    for colour in ("red", "green", "blue"):
        path = folder / f"{colour}.jpg"
        ffmpeg("-f", "lavfi", "-i", f"color=c={colour}:s=96x128", "-frames:v", "1", str(path))
        made.append(path)
    return made


def capture(archive_dir, url):
    with (
        open_catalogue(archive_dir) as catalogue,
        Capturer(catalogue, CaptureOptions(backoff=0.01)) as capturer,
    ):
        return capturer.capture(url)


def rows(archive_dir, sql, *params):
    with open_catalogue(archive_dir) as catalogue:
        return list(catalogue.db.query(sql, params))


def test_the_plugin_is_loaded_by_yt_dlps_plugin_mechanism():
    with yt_dlp.YoutubeDL({"quiet": True}) as ydl:
        extractor = ydl.get_info_extractor("TikTokPhoto")
    assert type(extractor).__module__ == "yt_dlp_plugins.extractor.archiver_tiktok_photo"
    assert extractor.suitable(f"https://www.tiktok.com/@{FACTS.handle}/photo/{POST_ID}")
    assert not extractor.suitable(f"https://www.tiktok.com/@{FACTS.handle}/video/{POST_ID}")


def test_a_photo_post_is_a_clip_of_its_images_in_order_and_its_sound(tiktok, archive_dir, photos):
    red, green, blue = photos
    order = [green, red, blue, green]  # the post repeats its first image at the end
    url = tiktok.add_photo(POST_ID, order)
    [outcome] = capture(archive_dir, url)
    assert outcome.status == "ok", outcome.message
    clip_id = f"tiktokphoto:{POST_ID}"
    assert outcome.clip_id == clip_id

    [clip] = rows(archive_dir, "SELECT * FROM clips")
    assert clip["kind"] == "photo"
    assert (clip["uploader"], clip["description"]) == (FACTS.handle, FACTS.description)
    assert clip["posted_at"] == "2024-05-01T08:30:00+00:00"
    assert clip["availability"] == "available"
    [account] = rows(archive_dir, "SELECT * FROM accounts")
    assert account["handle"] == f"@{FACTS.handle}" and clip["account_id"] == account["account_id"]
    [observation] = rows(archive_dir, "SELECT * FROM observations")
    assert (observation["views"], observation["likes"], observation["saves"]) == (
        FACTS.views,
        FACTS.likes,
        FACTS.saves,
    )

    images = rows(
        archive_dir,
        "SELECT i.position, i.sha256, i.width, m.path FROM clip_images i "
        "JOIN media_files m USING (sha256) ORDER BY position",
    )
    assert [image["position"] for image in images] == [1, 2, 3, 4]
    assert [image["sha256"] for image in images] == [sha256_of(path) for path in order]
    assert images[0]["width"] == 1080
    for image in images:
        assert sha256_of(archive_dir / image["path"]) == image["sha256"]
    # the sound of the post is its audio: the 5 s music track, as the page gives it
    [audio] = rows(
        archive_dir,
        "SELECT m.path FROM clip_media c JOIN media_files m USING (sha256) WHERE c.kind = 'audio'",
    )
    assert probe(archive_dir / audio["path"]).duration == pytest.approx(MUSIC_SECONDS, abs=0.2)
    kinds = {row["kind"] for row in rows(archive_dir, "SELECT kind FROM clip_media")}
    assert kinds == {"audio", "image", "thumbnail"}  # no video: the post has none


def test_a_photo_post_is_fetched_as_a_browser(tiktok, archive_dir, photos, monkeypatch):
    with PageServer() as server:
        handled = through_request_handlers(monkeypatch, tiktok, server)
        url = tiktok.add_photo(POST_ID, photos)
        [outcome] = capture(archive_dir, url)
    assert outcome.status == "ok", outcome.message
    assert [(h.handler, h.url) for h in handled] == [("CurlCFFI", url)]
    assert "Chrome/" in server.seen[0].headers["user-agent"]


def test_a_photo_post_is_recrawled_like_any_clip(tiktok, archive_dir, photos):
    url = tiktok.add_photo(POST_ID, photos)
    capture(archive_dir, url)
    tiktok.add_photo(POST_ID, photos, stats={"diggCount": FACTS.likes + 1000})
    with sqlite3.connect(archive_dir / "catalogue.db") as conn:
        conn.execute("UPDATE clips SET next_crawl_at = '2000-01-01T00:00:00+00:00'")
    with open_catalogue(archive_dir) as catalogue:
        [visited] = recrawl(catalogue, options=CaptureOptions(backoff=0.01))
    assert visited.availability == "available"
    likes = [row["likes"] for row in rows(archive_dir, "SELECT likes FROM observations")]
    assert likes == [FACTS.likes, FACTS.likes + 1000]
    tiktok.add_video(POST_ID, status_code=10216)  # the post went private
    with sqlite3.connect(archive_dir / "catalogue.db") as conn:
        conn.execute("UPDATE clips SET next_crawl_at = '2000-01-01T00:00:00+00:00'")
    with open_catalogue(archive_dir) as catalogue:
        [visited] = recrawl(catalogue, options=CaptureOptions(backoff=0.01))
    assert visited.availability == "private"
    assert len(rows(archive_dir, "SELECT * FROM clip_images")) == len(photos)  # kept


def test_capture_command_takes_a_photo_url(tiktok, archive_dir, photos):
    url = tiktok.add_photo(POST_ID, photos)
    result = CliRunner().invoke(
        main, ["--archive", str(archive_dir), "capture", "--pause", "0", "--json", url]
    )
    assert result.exit_code == 0, result.output
    outcome = json.loads(result.output.strip().splitlines()[-1])
    assert (outcome["status"], outcome["clip_id"]) == ("ok", f"tiktokphoto:{POST_ID}")
    assert outcome["media"].count("image") == len(photos)


def test_the_clip_page_shows_the_images_as_a_gallery(tiktok, archive_dir, photos):
    url = tiktok.add_photo(POST_ID, photos)
    capture(archive_dir, url)
    ds = build_datasette(archive_dir)
    page = asyncio.run(ds.client.get(clip_path(f"tiktokphoto:{POST_ID}")))
    assert page.status_code == 200, page.text[:1000]
    gallery = page.text[page.text.index('<ol class="arc-gallery">') :]
    sources = re.findall(r'<img loading="lazy" alt="image (\d) of 3" src="/-/media/(\w+)"', gallery)
    assert sources == [(str(n), sha256_of(path)) for n, path in enumerate(photos, start=1)]
    for _, sha in sources:
        served = asyncio.run(ds.client.get(f"/-/media/{sha}"))
        assert served.status_code == 200
        assert hashlib.sha256(served.content).hexdigest() == sha
