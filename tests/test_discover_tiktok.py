"""Discovery through yt-dlp's real `tiktok:user` extractor, on recorded-format profile
pages and item_list answers served by the test (tests/support/tiktok_profiles.py):
an article names a TikToker by display name only; the guessed handles are listed, a
look-alike account is rejected by its profile name, and the right clip is captured
through the real TikTok extractor, transcribed and suggested with its span."""

from __future__ import annotations

from pathlib import Path

import pytest
import yt_dlp

from archiver.discovery.discover import DiscoverOptions
from archiver.pipeline import ArchiveJob, ArchiveOptions
from archiver.store.catalogue import open_catalogue
from tests.support.tiktok import FACTS, recorded_tiktok_fixture
from tests.support.tiktok_profiles import install_profiles

SPEECH = Path(__file__).resolve().parent.parent / "seeds" / "demo" / "which-floor.mp4"
RIGHT, OTHER, LATER, DECOY = (
    FACTS.video_id,
    "7360000000000000002",
    "7380000000000000003",
    "7363945626723899004",
)
APRIL_20, JUNE_1 = 1713600000, 1717200000  # 2024-04-20 and 2024-06-01, UTC

tiktok = recorded_tiktok_fixture()

ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Stairs, bridges and fog | The Test Ledger</title>
<meta property="article:published_time" content="2024-05-06T08:00:00+00:00"></head>
<body><article><h1>Stairs, bridges and fog</h1>
<p>Chongqing is a city of stairs, bridges and trains that run through apartment blocks.</p>
<p>‘In Chongqing, we never know which floor we’re on,’ said TikToker Hugh Chongqing in a
video that has amassed a staggering 3.2 million likes.</p>
<p>The city authorities say the metro carried more people than ever last year.</p>
</article></body></html>"""


@pytest.fixture
def profiles(tiktok, monkeypatch):
    found = install_profiles(monkeypatch, tiktok)
    hugh = found.add_profile("hughchongqing", "Hugh Chongqing")
    hugh.post(RIGHT, media=SPEECH)  # the template's post: 3,214,000 likes, 2024-05-01
    hugh.post(OTHER, desc="Hotpot night with the neighbours #food", createTime=APRIL_20,
              stats={"diggCount": 12000}, statsV2={"diggCount": "12000"})  # fmt: skip
    # posted after the article: listed, never the clip it cites
    hugh.post(LATER, desc="Which floor now? A new lift in Jiefangbei", createTime=JUNE_1)
    # a look-alike whose handle is one of the guesses, re-posting the words and numbers
    decoy = found.add_profile("hugh.chongqing", "Hugh Chongqing Fan")
    decoy.post(DECOY, desc="In Chongqing we never know which floor we're on (repost)",
               stats={"diggCount": 3200000})  # fmt: skip
    return found


def test_plain_yt_dlp_lists_the_recorded_profile(tiktok, profiles):
    """What yt-dlp's own tiktok:user makes of the recordings, with no archiver code."""
    with yt_dlp.YoutubeDL(
        {"quiet": True, "no_warnings": True, "extract_flat": "in_playlist"}
    ) as ydl:
        info = ydl.sanitize_info(
            ydl.extract_info("https://www.tiktok.com/@hughchongqing", download=False)
        )
    assert info["extractor"] == "tiktok:user"
    assert info["id"] == profiles.profiles["hughchongqing"].sec_uid
    assert info["title"] == "hughchongqing"  # the playlist is named by handle, not name
    entries = info["entries"]
    assert [entry["id"] for entry in entries] == [LATER, RIGHT, OTHER]  # newest first
    right = entries[1]
    assert right["url"] == f"https://www.tiktok.com/@hughchongqing/video/{RIGHT}"
    assert right["ie_key"] == "TikTok"
    assert (right["channel"], right["uploader"]) == ("Hugh Chongqing", "hughchongqing")
    assert right["like_count"] == FACTS.likes
    assert right["timestamp"] == FACTS.timestamp
    assert right["track"] == FACTS.track
    [query] = profiles.api_queries
    assert query["secUid"] == profiles.profiles["hughchongqing"].sec_uid
    assert query["count"] == "15" and query["type"] == "1"


def test_pages_of_a_long_profile_are_followed(tiktok, profiles):
    many = profiles.add_profile("stairwalker", "Stair Walker")
    for n in range(20):
        many.post(f"73500000000000000{n:02d}", createTime=APRIL_20 - n * 3600)
    with yt_dlp.YoutubeDL(
        {"quiet": True, "no_warnings": True, "extract_flat": "in_playlist"}
    ) as ydl:
        info = ydl.extract_info("https://www.tiktok.com/@stairwalker", download=False)
        assert len(list(info["entries"])) == 20
    first, second = profiles.api_queries  # two pages of 15, the second older
    assert int(second["cursor"]) == (APRIL_20 - 14 * 3600) * 1000 < int(first["cursor"])


def test_a_handle_nobody_holds_is_an_error_not_a_list(tiktok, profiles):
    with yt_dlp.YoutubeDL(
        {"quiet": True, "no_warnings": True, "extract_flat": "in_playlist"}
    ) as ydl:
        with pytest.raises(yt_dlp.utils.DownloadError, match="secondary user ID"):
            ydl.extract_info("https://www.tiktok.com/@hugh_chongqing", download=False)


@pytest.mark.slow
def test_a_tiktoker_named_by_display_name_is_found_and_the_decoy_rejected(
    tiktok, profiles, tmp_path
):
    article = tmp_path / "article.html"
    article.write_text(ARTICLE, encoding="utf-8")
    # the default templates: leads become https://www.tiktok.com/@{handle}
    options = ArchiveOptions(discover=DiscoverOptions(), skip_ocr=True)
    options.capture.backoff = 0.01
    with open_catalogue(tmp_path / "archive") as catalogue:
        summary = ArchiveJob(catalogue, options).run([str(article)])
        listings = {
            row["value"]: (row["status"], row["url"], row["message"])
            for row in catalogue.db.query(
                """SELECT l.value, l.url, s.status, s.message FROM discovery_listings s
                   JOIN discovery_leads l USING (lead_id)"""
            )
        }
        candidates = {
            row["url"]: row for row in catalogue.db.query("SELECT * FROM discovery_candidates")
        }
        clips = {row[0] for row in catalogue.db.execute("SELECT clip_id FROM clips")}
        evidence = list(catalogue.db.query(
            """SELECT e.clip_id, e.status, e.start_seconds, e.end_seconds, e.note
               FROM evidence e JOIN claims cl USING (claim_id)
               WHERE cl.text LIKE '%which floor%'"""
        ))  # fmt: skip
    assert summary.discovered >= 1
    assert listings["hughchongqing"][:2] == ("ok", "https://www.tiktok.com/@hughchongqing")
    assert listings["hugh.chongqing"][0] == "rejected"
    # nobody's: yt-dlp finds no secUid, which it cannot tell from a page that failed to
    # load, so it is an error retried next run, not a failure of this one
    assert listings["hugh_chongqing"][0] == "error"
    assert "secondary user ID" in listings["hugh_chongqing"][2]
    assert summary.ok
    right_url = f"https://www.tiktok.com/@hughchongqing/video/{RIGHT}"
    ranked = sorted(candidates.values(), key=lambda row: -row["score"])
    assert ranked[0]["url"] == right_url and ranked[0]["chosen"] == 1
    assert "3,214,000 likes against 3,200,000" in ranked[0]["reasons"]
    # posted after the article: never a candidate; the decoy's post: never listed as one
    assert not any(LATER in url or DECOY in url for url in candidates)
    assert f"tiktok:{RIGHT}" in clips
    assert f"tiktok:{DECOY}" not in clips
    assert not any(f"/video/{DECOY}" in url for url in tiktok.requests)
    [link] = [row for row in evidence if row["clip_id"] == f"tiktok:{RIGHT}"]
    assert link["status"] == "suggested"
    assert link["note"].startswith("found by discovery: user hughchongqing (guessed")
    assert link["start_seconds"] is not None and link["end_seconds"] > link["start_seconds"]
    assert not [row for row in evidence if row["clip_id"] == f"tiktok:{DECOY}"]


SOUND_ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Lifts and floors | The Test Ledger</title>
<meta property="article:published_time" content="2024-05-06T08:00:00+00:00"></head>
<body><article><h1>Lifts and floors</h1>
<p>Chongqing is a city of stairs, bridges and trains that run through apartment blocks.</p>
<p>‘In Chongqing, we never know which floor we’re on,’ says the narrator of a TikTok
video that has amassed a staggering 3.2 million likes.</p>
<p>The video shows how confusing it can be to find the street level in the city.</p>
</article></body></html>"""


@pytest.mark.slow
def test_the_sound_of_a_clip_linked_in_the_thread_finds_the_original(tiktok, tmp_path):
    """A reviewer linked a re-upload (another account, the same sound) to the thread's
    second sentence; discovery lists that sound and finds the original for the opener."""
    copy_id = "7364000000000000005"
    copy = tiktok.add_video(
        copy_id,
        handle="chongqing.daily",
        author={"nickname": "Chongqing Daily Clips", "id": "6890000000000000001"},
        desc="repost: lifts of the mountain city",
        createTime=FACTS.timestamp + 86400,
        stats={"diggCount": 5000},
    )
    original = tiktok.add_video(FACTS.video_id, media=SPEECH)
    (tmp_path / "article.html").write_text(SOUND_ARTICLE, encoding="utf-8")
    (tmp_path / "seeds.yaml").write_text(
        "articles:\n  - path: article.html\n"
        f"links:\n  - claim: shows how confusing it can be\n    clip: {copy}\n",
        encoding="utf-8",
    )
    # the sound's list on the loopback site: yt-dlp's tiktok:sound reads TikTok's app
    # API, which it marks broken and cannot reach without app credentials
    value = f"Fog-over-the-Yangtze-{FACTS.music_id}"
    sounds = tiktok.site.root / "sounds"
    sounds.mkdir()
    items = "".join(
        f"<item><title>{title}</title><link>{url}</link><pubDate>{day}</pubDate></item>"
        for url, title, day in [
            (copy, "repost: lifts of the mountain city", "Thu, 02 May 2024 08:30:00 +0000"),
            (original, "In Chongqing we never know which floor we're on",
             "Wed, 01 May 2024 08:30:00 +0000"),
        ]
    )  # fmt: skip
    (sounds / f"{value}.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Fog over the Yangtze</title>'
        f"{items}</channel></rss>"
    )
    templates = {"sound": tiktok.site.url("sounds/{value}.xml")}
    first = ArchiveOptions(skip_ocr=True)
    second = ArchiveOptions(skip_ocr=True, discover=DiscoverOptions(templates=templates))
    with open_catalogue(tmp_path / "archive") as catalogue:
        ArchiveJob(catalogue, first).run([str(tmp_path / "seeds.yaml")])
        summary = ArchiveJob(catalogue, second).run([str(tmp_path / "seeds.yaml")])
        [lead] = list(catalogue.db.query("SELECT * FROM discovery_leads"))
        listing = next(catalogue.db.query("SELECT * FROM discovery_listings"))
        ranked = list(catalogue.db.query(
            "SELECT url, score, reasons, chosen FROM discovery_candidates ORDER BY score DESC"
        ))  # fmt: skip
        by_lead = catalogue.db.execute("SELECT COUNT(*) FROM discovery_candidate_leads").fetchone()
        evidence = list(catalogue.db.query(
            """SELECT e.clip_id, e.status, e.note, e.start_seconds FROM evidence e
               JOIN claims cl USING (claim_id) WHERE cl.text LIKE '‘In Chongqing%'"""
        ))  # fmt: skip
        captures = [row[0] for row in catalogue.db.execute("SELECT requested_url FROM captures")]
    assert (lead["kind"], lead["value"], lead["weight"]) == ("sound", value, 0.8)
    assert lead["origin"] == f"sound of tiktok:{copy_id}, linked in the same thread"
    assert (listing["status"], listing["entries"]) == ("ok", 2)
    assert ranked[0]["url"] == original and ranked[0]["chosen"] == 1
    assert f"listed under sound {value}" in ranked[0]["reasons"]
    assert by_lead == (2,)
    # the copy shares only the sound: below the bar for a capture, and held anyway
    assert summary.discovered == 1 and ranked[1]["url"] == copy and ranked[1]["chosen"] == 0
    assert captures.count(copy) == 1  # already held: not captured again
    [found] = [row for row in evidence if row["clip_id"] == f"tiktok:{FACTS.video_id}"]
    assert found["status"] == "suggested" and found["start_seconds"] is not None
    assert found["note"].startswith(f"found by discovery: sound {value} (sound of tiktok:{copy_id}")


def test_tiktok_sound_and_tag_lists_fail_with_a_status_as_yt_dlp_stands(tiktok, tmp_path):
    """yt-dlp's tiktok:sound and tiktok:tag read TikTok's app API, which yt-dlp marks
    broken and will not call without app credentials: the listing is an error with
    yt-dlp's reason, and nothing is requested from TikTok."""
    from archiver.clips.capture import CaptureOptions, Capturer
    from archiver.errors import ArchiverError

    sound = f"https://www.tiktok.com/music/Fog-over-the-Yangtze-{FACTS.music_id}"
    with open_catalogue(tmp_path / "a") as catalogue:
        with Capturer(catalogue, CaptureOptions(backoff=0.01)) as capturer:
            with pytest.raises(ArchiverError, match="No working app info") as caught:
                capturer.list_flat(sound)
    assert caught.value.status == "error"
    assert tiktok.requests == []
