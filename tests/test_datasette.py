"""`archiver serve`: the Datasette pages, metadata, canned queries and media route, in-process.

The catalogue is built here row by row through the real migrations, with real AAC audio
made by ffmpeg and stored in the archive's content-addressed layout, so every page has a
clip to play, a transcript with an evidence span, an article, a clip gone missing, and
hostile strings (a <script> in a title and description, a javascript: URL).
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import sqlite3
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from archiver.cli import main
from archiver.datasette import serve
from archiver.datasette.common import clip_path, parse_range
from archiver.datasette.plugin import moment_path
from archiver.datasette.serve import build_datasette
from archiver.speech.search import index_cjk
from archiver.store import migrations
from archiver.store.media import MediaStore
from tests.support.media_factory import ffmpeg

NOW = "2025-05-10T12:00:00+00:00"
SCRIPT_TITLE = "Night shift <script>window.__pwned = 1</script>"
SCRIPT_DESCRIPTION = "Dorm & locker <script>document.title = 'pwned'</script> \"quoted\""


@dataclass(frozen=True)
class Built:
    archive: Path
    clip: str  # the English clip, with a span of evidence at 3.5-6.5 s
    gone: str  # the Chinese clip, removed upstream
    audio_sha: str
    audio_bytes: bytes = field(repr=False)


def make_tone(path: Path, seconds: float, hz: int) -> Path:
    """A real AAC file browsers play (and seek, given Range support)."""
    ffmpeg(
        "-f", "lavfi", "-i", f"sine=frequency={hz}:duration={seconds}",
        "-c:a", "aac", "-b:a", "48k", str(path),
    )  # fmt: skip
    return path


def build_catalogue(archive: Path, scratch: Path, upto: str | None = None) -> Built:
    """A small catalogue through the real migrations (all of them, or up to `upto` to
    stand for an archive made before later migrations), with two archived clips."""
    archive.mkdir(parents=True, exist_ok=True)
    scratch.mkdir(parents=True, exist_ok=True)
    db = Database(archive / "catalogue.db")
    names = [m.name for m in migrations.migrations.pending(db)]
    later = names[names.index(upto) + 1 :] if upto else []
    migrations.migrations.apply(db, stop_before=later[0] if later else None)

    store = MediaStore(archive)
    english = store.put(make_tone(scratch / "shift.m4a", 10, 440))
    chinese = store.put(make_tone(scratch / "floor.m4a", 4, 660))
    clip = "generic:127.0.0.1:9/shift.html"  # a '/' inside, as generic clip ids have
    gone = "tiktok:7363945626723892301"

    db["runs"].insert({"run_id": 1, "command": "test", "started_at": NOW, "status": "ok"})
    db["accounts"].insert_all(
        [
            {
                "account_id": "generic:Night Owl",
                "extractor": "generic",
                "handle": "<b>owl</b>",
                "display_name": "Night Owl",
                "first_seen_at": NOW,
                "last_seen_at": NOW,
            },
            {
                "account_id": "tiktok:42",
                "extractor": "tiktok",
                "handle": "hughchongqing",
                "display_name": "Hugh Chongqing",
                "first_seen_at": NOW,
                "last_seen_at": NOW,
            },
        ]
    )
    base = {"first_captured_at": "2025-05-01T00:00:00+00:00", "posted_at": "2025-04-20T00:00:00"}
    db["clips"].insert_all(
        [
            dict(
                base,
                clip_id=clip,
                extractor="generic",
                platform_id="shift",
                account_id="generic:Night Owl",
                webpage_url="https://example.org/shift",
                original_url="javascript:alert('cited')",
                title=SCRIPT_TITLE,
                description=SCRIPT_DESCRIPTION,
                uploader="Night Owl",
                duration=10.0,
                availability="available",
                last_seen_at="2025-05-03T00:00:00+00:00",
            ),
            dict(
                base,
                clip_id=gone,
                extractor="tiktok",
                platform_id="7363945626723892301",
                account_id="tiktok:42",
                webpage_url="https://www.tiktok.com/@hughchongqing/video/7363945626723892301",
                original_url="https://www.tiktok.com/@hughchongqing/video/7363945626723892301",
                title="在重庆 which floor?",
                description="我们永远不知道自己在几楼",
                uploader="Hugh Chongqing",
                duration=4.0,
                availability="removed",
                last_seen_at="2025-05-02T00:00:00+00:00",
            ),
        ]
    )
    db["captures"].insert_all(
        [
            {
                "capture_id": 1,
                "run_id": 1,
                "requested_url": "https://example.org/shift",
                "clip_id": clip,
                "captured_at": "2025-05-01T00:00:00+00:00",
                "status": "ok",
                "ytdlp_version": "2025.01.01",
            },
            {
                "capture_id": 2,
                "run_id": 1,
                "requested_url": "https://www.tiktok.com/@hughchongqing/video/7363945626723892301",
                "clip_id": gone,
                "captured_at": "2025-05-04T00:00:00+00:00",
                "status": "removed",
                "error_class": "Removed",
                "error_message": "Video not available",
                "ytdlp_version": "2025.01.01",
            },
        ]
    )
    db["observations"].insert_all(
        [
            {"clip_id": clip, "observed_at": f"2025-05-0{day}T00:00:00+00:00", "views": views,
             "likes": likes, "availability": "available"}
            for day, views, likes in [(1, 1000, 10), (2, 5000, 80), (3, 12000, 300)]
        ]
        + [
            {"clip_id": gone, "observed_at": "2025-05-02T00:00:00+00:00", "views": 90000,
             "likes": 15300, "availability": "available"},
            {"clip_id": gone, "capture_id": 2, "observed_at": "2025-05-04T00:00:00+00:00",
             "availability": "removed", "reason_code": "removed"},
        ]
    )  # fmt: skip
    for stored, kind in ((english, "audio"), (chinese, "audio")):
        db["media_files"].insert(
            {
                "sha256": stored.sha256,
                "kind": kind,
                "path": stored.path,
                "bytes": stored.bytes,
                "mime_type": "audio/mp4",
                "codec": "aac",
                "created_at": NOW,
            }
        )
    db["clip_media"].insert_all(
        [
            {"clip_id": clip, "sha256": english.sha256, "kind": "audio", "capture_id": 1},
            {"clip_id": gone, "sha256": chinese.sha256, "kind": "audio", "capture_id": 2},
        ]
    )
    transcript = {"source": "whisper", "model": "base", "status": "ok", "created_at": NOW}
    db["transcripts"].insert_all(
        [
            dict(transcript, transcript_id=1, clip_id=clip, media_sha256=english.sha256,
                 task="transcribe", language="en", language_probability=0.97),
            dict(transcript, transcript_id=2, clip_id=gone, media_sha256=chinese.sha256,
                 task="transcribe", language="zh", language_probability=0.9),
            dict(transcript, transcript_id=3, clip_id=gone, media_sha256=chinese.sha256,
                 task="translate", language="zh", language_probability=0.9),
        ]
    )  # fmt: skip
    segments = [
        (1, 0, 0.0, 3.5, "I wake up in the dorm before my shift."),
        (1, 1, 3.5, 6.5, "The night shift lasts twelve hours."),
        (1, 2, 6.5, 10.0, "I leave my phone in the <locker>."),
        (2, 0, 0.0, 4.0, "在重庆我们永远不知道自己在几楼"),
        (3, 0, 0.0, 4.0, "In Chongqing we never know which floor we are on."),
    ]
    db["segments"].insert_all(
        {"transcript_id": t, "position": p, "start_seconds": s, "end_seconds": e, "text": x}
        for t, p, s, e, x in segments
    )
    if db["segments_cjk"].exists():  # as archiver.speech.transcribe.save_transcript does
        for transcript_id in {t for t, *_ in segments}:
            index_cjk(db, transcript_id)
    db["articles"].insert(
        {
            "article_id": 1,
            "source": "https://news.example/chongqing",
            "url": "https://news.example/chongqing",
            "outlet": "The Test Gazette",
            "title": "Night <i>shifts</i> in Chongqing",
            "published_at": "2025-05-06",
            "fetched_at": NOW,
            "sha256": hashlib.sha256(b"article").hexdigest(),
            "text": "...",
        }
    )
    claims = [
        "One video shows a factory worker before a 12-hour night shift.",
        "A TikToker says 'we never know which floor we're on' in a video with 3.2 million likes.",
        "Another clip shared on X shows fumes over the city.",
        "The city authorities say air quality has improved.",
    ]
    db["claims"].insert_all(
        {"claim_id": i + 1, "article_id": 1, "position": i, "text": text,
         "start_char": i * 100, "end_char": i * 100 + len(text)}
        for i, text in enumerate(claims)
    )  # fmt: skip
    db["citations"].insert_all(
        [
            {"citation_id": 1, "claim_id": 1, "platform": "tiktok", "status": "resolved"},
            {"citation_id": 2, "claim_id": 2, "platform": "tiktok", "creator": "Hugh Chongqing",
             "metric_kind": "likes", "metric_value": 3200000,
             "quote": "we never know which floor we're on", "status": "resolved"},
            {"citation_id": 3, "claim_id": 3, "platform": "x", "status": "unresolved",
             "url": "javascript:alert('x')"},
        ]
    )  # fmt: skip
    db["evidence"].insert_all(
        [
            {"evidence_id": 1, "claim_id": 1, "clip_id": clip, "transcript_id": 1,
             "start_seconds": 3.5, "end_seconds": 6.5, "method": "manual", "score": 0.8,
             "status": "confirmed", "note": "the shift length is said here", "created_at": NOW},
            {"evidence_id": 2, "claim_id": 2, "clip_id": gone, "start_seconds": 0.0,
             "end_seconds": 4.0, "method": "suggested", "score": 0.7, "status": "confirmed",
             "quote_found": 1, "created_at": NOW},
        ]
    )  # fmt: skip
    db["checks"].insert_all(
        [
            {"citation_id": 2, "clip_id": gone, "kind": "metric", "stated": "3,200,000 likes",
             "observed": "15300", "verdict": "disagrees", "checked_at": NOW,
             "detail": "observed 15,300, -3,184,700 from the stated figure"},
            {"citation_id": 2, "clip_id": gone, "kind": "creator", "stated": "Hugh Chongqing",
             "observed": "Hugh Chongqing", "verdict": "agrees", "checked_at": NOW},
        ]
    )  # fmt: skip
    if "first_missing_at" in db["clips"].columns_dict:
        db["clips"].update(
            gone,
            {"first_missing_at": "2025-05-04T00:00:00+00:00", "removed_at": "2025-05-05T00:00:00"},
        )
    db.close()
    audio = (archive / english.path).read_bytes()
    return Built(archive, clip, gone, english.sha256, audio)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = tmp_path_factory.mktemp("served")
    return build_catalogue(root / "archive", root / "scratch")


@pytest.fixture(scope="module")
def ds(built: Built):
    return build_datasette(built.archive, sql=True)


def fetch(ds, path: str, method: str = "GET", **kwargs):
    return asyncio.run(ds.client.request(method, path, **kwargs))


def html_of(ds, path: str) -> str:
    response = fetch(ds, path)
    assert response.status_code == 200, (path, response.text[:2000])
    return response.text


# ---------------------------------------------------------------- pages


def test_clip_page_shows_player_evidence_transcript_and_history(ds, built):
    page = html_of(ds, clip_path(built.clip))
    assert (
        f'<audio id="player" controls preload="metadata" src="/-/media/{built.audio_sha}">' in page
    )
    # the claim it supports, with its article and the span to play
    assert "One video shows a factory worker before a 12-hour night shift." in page
    assert 'href="/-/article/1#claim-0"' in page  # the article page holding the claim
    assert 'data-seek="3.5" data-end="6.5"' in page
    assert "Play 0:03.5&ndash;0:06.5" in page
    assert '<q class="arc-span-text">The night shift lasts twelve hours.</q>' in page
    # the transcript: every segment seeks the player; the span's segment is marked
    assert page.count('class="arc-seek"') == 3
    assert (
        'class="arc-segment arc-in-evidence" data-start="3.5" data-end="6.5" data-evidence="1"'
        in page
    )
    assert "I leave my phone in the &lt;locker&gt;." in page
    # metric history as inline SVG, one chart a metric
    assert page.count("<svg") >= 2 and "<polyline" in page
    assert "12,000 views at 2025-05-03T00:00:00+00:00" in page
    assert '<span class="arc-badge arc-ok"' in page


def test_gone_clip_page_says_so_and_still_plays(ds, built):
    page = html_of(ds, clip_path(built.gone))
    assert "This clip is no longer up where it was posted." in page
    assert '<audio id="player"' in page
    assert "在重庆我们永远不知道自己在几楼" in page
    assert "In English: <q>In Chongqing we never know which floor we are on.</q>" in page
    assert "stated <q>3,200,000 likes</q>" in page and "disagrees" in page
    assert "reason: removed" in page


def test_article_page_shows_claims_and_the_clips_behind_them(ds, built):
    page = html_of(ds, "/-/article/1")
    assert "Night &lt;i&gt;shifts&lt;/i&gt; in Chongqing" in page
    for position in range(4):
        assert f'id="claim-{position}"' in page
    assert f'href="{clip_path(built.clip)}#t=3.5"' in page
    assert '<audio id="audio-1" controls preload="none"' in page
    assert "Said 0:03.5&ndash;0:06.5: <q" in page
    assert "No clip found for this citation yet." in page  # the X clip
    assert "3,200,000 likes" in page


def test_unresolved_citations_page(ds):
    page = html_of(ds, "/-/unresolved-citations")
    assert "Another clip shared on X shows fumes over the city." in page
    assert "One video shows a factory worker" not in page
    assert 'href="/-/article/1#claim-2"' in page


def test_missing_clips_page_lists_the_removed_clip_only(ds, built):
    page = html_of(ds, "/-/missing-clips")
    assert f'href="{clip_path(built.gone)}"' in page
    assert clip_path(built.clip) not in page
    assert "&#9654; preserved" in page
    assert "1 claim" in page


def test_missing_pages_answer_404(ds):
    assert fetch(ds, "/-/clip/generic:nothing").status_code == 404
    assert fetch(ds, "/-/article/999").status_code == 404


def test_clip_ids_with_slashes_round_trip(built):
    assert clip_path(built.clip) == "/-/clip/generic:127.0.0.1:9%2Fshift.html"
    assert urllib.parse.unquote(clip_path(built.clip)[len("/-/clip/") :]) == built.clip


def test_pages_work_on_an_archive_from_before_the_recrawl_migration(tmp_path):
    older = build_catalogue(tmp_path / "archive", tmp_path / "scratch", upto="m003_evidence")
    old_ds = build_datasette(older.archive)
    assert "Missing since" not in html_of(old_ds, clip_path(older.gone))
    assert clip_path(older.gone) in html_of(old_ds, "/-/missing-clips")
    for path in ("/-/article/1", "/catalogue/cited_clips_taken_down", "/catalogue/clips"):
        html_of(old_ds, path)


# ---------------------------------------------------------------- metadata, Datasette's own pages


def test_metadata_labels_facets_and_links(ds, built):
    clips = html_of(ds, "/catalogue/clips")
    for facet in ("extractor", "availability", "uploader"):
        assert f'data-column="{facet}"' in clips
    # a clip's title opens its page; so does an article's
    assert f'<a href="{clip_path(built.clip)}">Night shift &lt;script&gt;' in clips
    assert "Whether the clip is still up where it was posted" in clips
    # label columns: a foreign key shows the clip's title, not just its id
    evidence = html_of(ds, "/catalogue/evidence")
    assert "Night shift &lt;script&gt;" in evidence
    assert '<a href="/-/article/1">Night &lt;i&gt;' in html_of(ds, "/catalogue/articles")
    assert f'href="/-/media/{built.audio_sha}"' in html_of(ds, "/catalogue/media_files")
    # a foreign key Datasette expands to its label still links by its value
    transcripts = html_of(ds, "/catalogue/transcripts")
    assert f'<a href="/-/media/{built.audio_sha}">media/' in transcripts
    assert "{&#39;value&#39;" not in transcripts
    assert "3.5&nbsp;s" in evidence and "0.8&nbsp;s" not in evidence  # units on spans only


def test_untrusted_text_is_escaped_everywhere(ds, built):
    paths = [
        clip_path(built.clip),
        "/-/article/1",
        "/-/unresolved-citations",
        "/catalogue/clips",
        "/catalogue/claims_with_evidence",
        "/catalogue/accounts",
    ]
    for path in paths:
        page = html_of(ds, path)
        assert "<script>window.__pwned" not in page, path
        assert "<script>document.title" not in page, path
        assert "<b>owl</b>" not in page, path
        assert 'href="javascript:' not in page.lower(), path
    page = html_of(ds, clip_path(built.clip))
    assert "Night shift &lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&lt;script&gt;document.title = &#39;pwned&#39;&lt;/script&gt;" in page
    assert "@&lt;b&gt;owl&lt;/b&gt;" in page
    assert "javascript:alert(&#39;cited&#39;)" in page  # shown as text, never a link


# ---------------------------------------------------------------- canned queries


def query(ds, name: str, **params) -> list[dict]:
    qs = urllib.parse.urlencode(dict(params, _shape="objects"))
    response = fetch(ds, f"/catalogue/{name}.json?{qs}")
    assert response.status_code == 200, response.text
    return response.json()["rows"]


def test_canned_queries(ds, built):
    [second, first] = query(ds, "claims_with_evidence")  # newest link first
    assert (first["clip_id"], first["said_in_span"]) == (
        built.clip,
        "The night shift lasts twelve hours.",
    )
    assert second["said_in_span"] == "在重庆我们永远不知道自己在几楼"
    [unresolved] = query(ds, "unresolved_citations")
    assert (unresolved["platform"], unresolved["suggestions_to_review"]) == ("x", 0)
    [down] = query(ds, "cited_clips_taken_down")
    assert (down["clip_id"], down["availability"], down["audio_preserved"]) == (
        built.gone,
        "removed",
        1,
    )
    assert down["missing_since"] == "2025-05-04T00:00:00+00:00"
    [disagree] = query(ds, "disagreeing_facts")
    assert (disagree["kind"], disagree["stated"], disagree["observed"]) == (
        "metric",
        "3,200,000 likes",
        "15300",
    )


def test_every_canned_query_has_a_short_title_and_a_one_line_description(ds):
    queries = ds.metadata("queries", database="catalogue")
    assert len(queries) >= 5
    for name, canned in queries.items():
        title, description = canned.get("title", ""), canned.get("description", "")
        assert 0 < len(title) <= 60 and "\n" not in title, name
        assert 0 < len(description) <= 140 and "\n" not in description, name
        # the page and its tab show the title; the SQL waits behind "show"
        page = html_of(ds, f"/catalogue/{name}")
        assert f"<title>{title} - catalogue</title>" in page, name
        assert f">{title}</h1>" in page and description in page, name
        assert '<textarea id="sql-editor"' not in page and 'id="sql-query"' not in page, name
    # a query of one's own is still titled by its SQL
    assert "<title>catalogue: select 1</title>" in html_of(ds, "/catalogue?sql=select+1")


@pytest.mark.parametrize(
    "q, found",
    [
        ("night shift", ["The night shift lasts twelve hours."]),
        ("永远不知道", ["在重庆我们永远不知道自己在几楼"]),  # per-character index
        ("几楼", ["在重庆我们永远不知道自己在几楼"]),  # two characters: still an index
        ('floor "we', ["In Chongqing we never know which floor we are on."]),  # not FTS syntax
        ("which floor", ["In Chongqing we never know which floor we are on."]),
        ("", []),
        ("   ", []),
    ],
)
def test_transcript_search(ds, q, found):
    assert [row["text"] for row in query(ds, "search_transcripts", q=q)] == found


@pytest.mark.parametrize(
    "words, found",
    [
        ("shift", [1, 2]),
        ("on", [5]),  # two letters: the word index answers, not the trigram one
        ("floor we", [5]),
        ("locker", [3]),
        ("shifts", []),  # whole words, not stems or substrings
    ],
)
def test_segments_table_search(ds, words, found):
    qs = urllib.parse.urlencode({"_search": words, "_shape": "objects"})
    rows = fetch(ds, f"/catalogue/segments.json?{qs}").json()["rows"]
    assert [row["segment_id"] for row in rows] == found


def test_segments_table_page_has_a_search_box(ds):
    assert '<input id="_search" type="search" name="_search"' in html_of(ds, "/catalogue/segments")
    page = html_of(ds, "/catalogue/segments?_search=locker")
    assert '<input id="_search" type="search" name="_search" value="locker">' in page
    assert "I leave my phone in the &lt;locker&gt;." in page
    assert "The night shift lasts twelve hours." not in page


def test_rows_naming_a_clip_and_a_moment_open_the_clip_there(ds, built):
    at = f'href="{clip_path(built.clip)}#t=3.5"'
    pages = {
        "/catalogue/claims_with_evidence": 2,  # the clip_id and start_seconds cells
        "/catalogue/search_transcripts?q=night+shift": 2,
        "/catalogue/segments?_search=night": 1,  # the segment's clip, via its transcript
        "/catalogue/evidence": 1,
        "/catalogue/segments/2": 1,
    }
    for path, links in pages.items():
        assert html_of(ds, path).count(at) == links, path
    assert f"<a {at}>{built.clip}</a>" in html_of(ds, "/catalogue/claims_with_evidence")
    taken_down = html_of(ds, "/catalogue/cited_clips_taken_down")
    assert f'<a href="{clip_path(built.gone)}#t=0">0.0</a>' in taken_down
    # a row naming no moment opens the clip page itself
    disagreeing = html_of(ds, "/catalogue/disagreeing_facts")
    assert f'<a href="{clip_path(built.gone)}">{built.gone}</a>' in disagreeing


@pytest.mark.parametrize(
    "clip_id, seconds, path",
    [
        ("tiktok:1", None, "/-/clip/tiktok:1"),
        ("tiktok:1", 0.0, "/-/clip/tiktok:1#t=0"),
        ("tiktok:1", 12.0, "/-/clip/tiktok:1#t=12"),
        ("tiktok:1", 0.1 + 0.2, "/-/clip/tiktok:1#t=0.3"),
        ('generic:x/"><script>', 2.25, "/-/clip/generic:x%2F%22%3E%3Cscript%3E#t=2.25"),
    ],
)
def test_moment_path(clip_id, seconds, path):
    assert moment_path(clip_id, seconds) == path


# ---------------------------------------------------------------- media route


def test_media_serves_whole_files_and_byte_ranges(ds, built):
    path = f"/-/media/{built.audio_sha}"
    size = len(built.audio_bytes)
    whole = fetch(ds, path)
    assert whole.status_code == 200
    assert whole.content == built.audio_bytes
    assert whole.headers["accept-ranges"] == "bytes"
    assert whole.headers["content-type"] == "audio/mp4"
    assert whole.headers["x-content-type-options"] == "nosniff"
    assert whole.headers["content-security-policy"] == "default-src 'none'; sandbox"

    part = fetch(ds, path, headers={"Range": "bytes=100-1099"})
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 100-1099/{size}"
    assert part.headers["content-length"] == "1000"
    assert part.content == built.audio_bytes[100:1100]

    tail = fetch(ds, path, headers={"Range": "bytes=-10"})
    assert (tail.status_code, tail.content) == (206, built.audio_bytes[-10:])
    rest = fetch(ds, path, headers={"Range": f"bytes={size - 5}-"})
    assert (rest.status_code, rest.content) == (206, built.audio_bytes[-5:])

    beyond = fetch(ds, path, headers={"Range": f"bytes={size}-"})
    assert beyond.status_code == 416
    assert beyond.headers["content-range"] == f"bytes */{size}"

    head = fetch(ds, path, method="HEAD", headers={"Range": "bytes=0-9"})
    assert (head.status_code, head.headers["content-length"], head.content) == (206, "10", b"")


@pytest.mark.parametrize(
    "header, expected",
    [
        (None, None),
        ("bytes=0-0", (0, 0)),
        ("bytes=5-", (5, 99)),
        ("bytes=-1", (99, 99)),
        ("bytes=-500", (0, 99)),
        ("bytes=90-500", (90, 99)),
        ("bytes=10-5", None),  # invalid: ignored, whole file
        ("bytes=0-1,5-6", None),  # several ranges: whole file
        ("items=0-5", None),
        ("bytes=-", None),
    ],
)
def test_parse_range(header, expected):
    assert parse_range(header, 100) == expected


@pytest.mark.parametrize("header", ["bytes=100-", "bytes=-0", "bytes=200-300"])
def test_parse_range_unsatisfiable(header):
    with pytest.raises(ValueError):
        parse_range(header, 100)


def test_media_route_refuses_unknown_files_and_paths_out_of_the_archive(tmp_path):
    built = build_catalogue(tmp_path / "archive", tmp_path / "scratch")
    secret = tmp_path / "secret.m4a"
    secret.write_bytes(b"not for the web")
    link = built.archive / "media" / "ff" / "ff" / ("f" * 64 + ".m4a")
    link.parent.mkdir(parents=True)
    link.symlink_to(secret)
    hostile = {
        "a" * 64: "../secret.m4a",  # out through ..
        "b" * 64: str(secret),  # absolute
        "c" * 64: "catalogue.db",  # inside the archive, outside its media store
        "d" * 64: link.relative_to(built.archive).as_posix(),  # a symlink leading out
        "e" * 64: "media/ee/ee/missing.m4a",  # a row whose file is gone
    }
    db = Database(built.archive / "catalogue.db")
    db["media_files"].insert_all(
        {"sha256": sha, "kind": "audio", "path": path, "bytes": 1, "created_at": NOW}
        for sha, path in hostile.items()
    )
    db.close()
    svg = built.archive / "media" / "99" / "99" / ("9" * 64 + ".svg")
    svg.parent.mkdir(parents=True)
    svg.write_text("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")
    db = Database(built.archive / "catalogue.db")
    db["media_files"].insert(
        {"sha256": "9" * 64, "kind": "thumbnail", "path": svg.relative_to(built.archive).as_posix(),
         "bytes": 1, "mime_type": "image/svg+xml", "created_at": NOW}
    )  # fmt: skip
    db.close()
    ds = build_datasette(built.archive)
    # an SVG can carry script: it is only ever a download
    assert fetch(ds, f"/-/media/{'9' * 64}").headers["content-type"] == "application/octet-stream"
    for sha in hostile:
        assert fetch(ds, f"/-/media/{sha}").status_code == 404, hostile[sha]
    assert fetch(ds, f"/-/media/{'0' * 64}").status_code == 404  # no such row
    for path in ("/-/media/..%2Fcatalogue.db", "/-/media/..%2F..%2Fetc%2Fpasswd", "/-/media/abc"):
        assert fetch(ds, path, follow_redirects=True).status_code == 404, path
    assert fetch(ds, f"/-/media/{built.audio_sha}").status_code == 200


# ---------------------------------------------------------------- read-only


def test_no_write_endpoints(ds, built):
    database = built.archive / "catalogue.db"
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        for path in ("/catalogue", "/catalogue/clips", "/catalogue/unresolved_citations",
                     f"/-/media/{built.audio_sha}", "/-/logout", "/-/messages"):  # fmt: skip
            response = fetch(ds, path, method=method, data={"sql": "DELETE FROM clips"})
            assert response.status_code == 405, (method, path)
    # Arbitrary SQL is read-only too: Datasette refuses anything but SELECT, and the
    # connection itself is opened read-only.
    refused = fetch(ds, "/catalogue.json?sql=DELETE+FROM+clips")
    assert refused.status_code == 400
    assert len(query(ds, "claims_with_evidence")) == 2
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert all(not q.get("write") for q in ds.metadata("queries", database="catalogue").values())


def test_static_assets_are_local(ds):
    page = html_of(ds, "/-/article/1")
    assert "https://" not in page.split("<body")[0]  # nothing loaded from elsewhere
    script = fetch(ds, "/-/archiver-static/archiver.js")
    assert script.status_code == 200 and "data-seek" in script.text
    assert fetch(ds, "/-/archiver-static/../plugin.py").status_code == 404


# ---------------------------------------------------------------- the command


def test_serve_command_explains_a_missing_catalogue(tmp_path):
    result = CliRunner().invoke(main, ["--archive", str(tmp_path / "none"), "serve"])
    assert result.exit_code == 1
    assert "no catalogue at" in result.output


def test_serve_command_runs_uvicorn_on_the_catalogue(monkeypatch, built):
    import uvicorn

    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.update(kw, app=app))
    result = CliRunner().invoke(
        main, ["--archive", str(built.archive), "serve", "--port", "8123"], env=dict(os.environ)
    )
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"]) == ("127.0.0.1", 8123)
    assert "read-only at http://127.0.0.1:8123/" in result.output


def test_serve_brings_the_schema_up_to_date_with_the_browse_indexes(monkeypatch, built):
    import uvicorn

    database = built.archive / "catalogue.db"
    with sqlite3.connect(database) as conn:  # an archive from before the indexes
        for name in ("availability", "extractor", "uploader", "first_captured"):
            conn.execute(f"DROP INDEX clips_by_{name}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_browse_indexes'")
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: None)
    serve.serve(built.archive, "127.0.0.1", 8124)
    with sqlite3.connect(database) as conn:
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(clips)")}
    assert "clips_by_availability" in indexes
