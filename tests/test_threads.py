"""Threads, inherited context and every stated metric (issue 13): from an article
through the real `archiver ingest`, the link stage and the checks, to the catalogue;
and a catalogue written before threads existed, upgraded in place."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from archiver.articles.citations import extract_citations
from archiver.articles.metrics import StatedMetric, metrics_stated
from archiver.articles.reading import read_article
from archiver.cli import main
from archiver.clips.normalize import normalize
from archiver.clips.records import CaptureRecord, save_capture
from archiver.clips.schedule import SchedulePolicy
from archiver.clips.ytdlp import packed_info
from archiver.datasette.common import clip_path
from archiver.datasette.serve import build_datasette
from archiver.evidence.checks import run_checks
from archiver.evidence.links import link_claims
from archiver.store import migrations
from archiver.store.catalogue import open_catalogue

INFO = Path(__file__).resolve().parent / "data" / "info" / "tiktok_video.json"
CLIP_URL = "https://www.tiktok.com/@hughchongqing/video/7363945626723892301"
CLIP_ID = "tiktok:7363945626723892301"
# Invented, in the style of a report on a viral clip. The clip's recorded metadata has
# 48,172,030 views, 3,214,000 likes, 18,342 comments and 96,512 reposts.
ARTICLE = f"""Residents of a hillside district woke to find their street had become a staircase of water.
TikToker Hugh Chongqing filmed the scene from a footbridge in a video posted at {CLIP_URL} on Monday.
Waking before dawn, the man pans slowly across the flooded steps of the footbridge.
He then walks down to the edge of the water, where a scooter floats past.
The clip had drawn more than 40 million views, nearly 3.3 million likes, about 18,000 comments and 2.1 million shares within a week.
City engineers said the drains had been cleared in March.
Floodwater pours down the steps below the footbridge before dawn
"""  # noqa: E501


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the clip had drawn 18 million views, 2.1 million likes and 45,300 comments",
            [("views", 18_000_000, None), ("likes", 2_100_000, None), ("comments", 45_300, None)],
        ),
        (
            "more than 9 million plays, plus roughly two million likes",
            [("views", 9_000_000, "more than"), ("likes", 2_000_000, "about")],
        ),
        (
            "an Instagram repost got 3.4m views and 120,000 likes",
            [("views", 3_400_000, None), ("likes", 120_000, None)],
        ),  # noqa: E501
        ("watched more than seven million times", [("views", 7_000_000, "more than")]),
        ("a baker with over 300,000 followers", [("followers", 300_000, "more than")]),
        ("it was reposted nearly twenty-five thousand times", [("shares", 25_000, "nearly")]),
        ("the video drew millions of views", [("views", None, None)]),
        ("one video shared on TikTok shows two workers", []),
    ],
)
def test_every_stated_metric_with_its_kind_value_and_qualifier(text, expected):
    assert [(m.kind, m.value, m.qualifier) for m in metrics_stated(text)] == expected


def test_followers_belong_to_the_account():
    assert metrics_stated("over 300,000 followers")[0].of_account
    assert not StatedMetric("likes", 1, None, "1 like").of_account


def test_a_thread_holds_what_describes_the_clip_and_inherits_its_context():
    article = read_article("flood.txt", ARTICLE.encode())
    claims, citations = extract_citations(article)
    opener = next(c for c in citations if c.members)
    roles = {m.position: m.role for m in opener.members}
    assert roles == {
        1: "citation",
        2: "back_reference",  # "..., the man pans"
        3: "pronoun",  # "He then walks"
        4: "back_reference",  # "The clip had drawn"
        6: "caption",  # matched by its words, not its place
    }
    figures = next(c for c in citations if c.claim_position == 4)
    assert (figures.platform, figures.creator) == (None, None)  # stated: nothing
    assert (figures.inferred_platform, figures.inferred_creator) == ("tiktok", "Hugh Chongqing")
    assert figures.inferred_from == "the thread"
    assert len(figures.metrics) == 4
    assert opener.creator == "Hugh Chongqing" and opener.inferred_creator is None


def test_handle_and_display_name_are_both_kept():
    text = "TikToker @lanternfish88 (aka Mei Tan) filmed the queue outside her shop.\n"
    _, [citation] = extract_citations(read_article("a.txt", text.encode()))
    assert (citation.creator, citation.creator_alias) == ("@lanternfish88", "Mei Tan")


def _capture(catalogue) -> None:
    found = json.loads(INFO.read_text(encoding="utf-8"))
    moment = dt.datetime(2025, 5, 6, 12, 0, tzinfo=dt.timezone.utc)
    record = CaptureRecord(
        url=CLIP_URL,
        parent_url=None,
        found=normalize(found),
        info_json_gz=packed_info(found),
        moment=moment,
    )
    save_capture(catalogue, record, SchedulePolicy(), run_id=None)


@pytest.fixture(scope="module")
def flood_archive(tmp_path_factory) -> Path:
    """The invented flood article, ingested by the real CLI beside its captured clip,
    then linked and checked as `archiver archive` does."""
    tmp_path = tmp_path_factory.mktemp("flood")
    archive = tmp_path / "archive"
    with open_catalogue(archive) as catalogue:
        _capture(catalogue)
    article = tmp_path / "flood.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["--archive", str(archive), "ingest", str(article)])
    assert result.exit_code == 0, result.output
    with open_catalogue(archive) as catalogue:
        link_claims(catalogue)
        run_checks(catalogue)
    return archive


def test_ingest_stores_threads_metrics_and_context_and_each_metric_is_checked(flood_archive):
    with open_catalogue(flood_archive) as catalogue:
        db = catalogue.db
        members = db.execute(
            """SELECT cl.position, m.role, o.position FROM thread_members m
            JOIN claims cl USING (claim_id) JOIN citations ci ON ci.citation_id = m.citation_id
            JOIN claims o ON o.claim_id = ci.claim_id ORDER BY cl.position"""
        ).fetchall()
        assert members == [
            (1, "citation", 1),
            (2, "back_reference", 1),
            (3, "pronoun", 1),
            (4, "back_reference", 1),
            (6, "caption", 1),
        ]
        stated = db.execute(
            """SELECT m.kind, m.value, m.qualifier FROM citation_metrics m
            JOIN citations USING (citation_id) JOIN claims cl USING (claim_id)
            WHERE cl.position = 4 ORDER BY m.position"""
        ).fetchall()
        assert stated == [
            ("views", 40_000_000, "more than"),
            ("likes", 3_300_000, "nearly"),
            ("comments", 18_000, "about"),
            ("shares", 2_100_000, None),
        ]
        checks = {
            row[0]: row[1:]
            for row in db.execute(
                """SELECT k.kind, k.verdict, k.observed, k.detail FROM checks k
                JOIN citations USING (citation_id) JOIN claims cl USING (claim_id)
                WHERE cl.position = 4"""
            )
        }
    assert {kind: found[0] for kind, found in checks.items()} == {
        "metric:views": "agrees",  # 48,172,030 is more than 40 million
        "metric:likes": "agrees",  # 3,214,000 is nearly 3.3 million
        "metric:comments": "agrees",  # 18,342 is about 18,000
        "metric:shares": "disagrees",  # 96,512 reposts are not 2.1 million
        "creator": "agrees",
        "platform": "agrees",
    }
    assert checks["creator"][2].startswith("inferred from the thread")
    assert checks["metric:shares"][1] == "96,512"


def test_every_member_is_linked_to_its_threads_clip_as_a_suggestion(flood_archive):
    with open_catalogue(flood_archive) as catalogue:
        rows = catalogue.db.execute(
            """SELECT cl.position, e.method, e.status, e.score, e.note FROM evidence e
            JOIN claims cl USING (claim_id) ORDER BY cl.position"""
        ).fetchall()
    by_position = {row[0]: row[1:] for row in rows}
    assert sorted(by_position) == [1, 2, 3, 4, 6]  # not 0 or 5: outside the thread
    assert by_position[1][:2] == ("article_link", "confirmed")
    assert by_position[4][:2] == ("article_link", "confirmed")  # "The clip had drawn ..."
    for position in (2, 3, 6):  # the clip has no transcript: nothing of them is heard
        method, status, score, note = by_position[position]
        assert (method, status, score) == ("thread", "suggested", 0.5)
        assert "describes what is seen, no words of it are heard" in note


def test_article_page_shows_the_thread_inferred_context_and_every_metric_check(flood_archive):
    response = asyncio.run(build_datasette(flood_archive).client.get("/-/article/1"))
    assert response.status_code == 200
    page = response.text
    assert 'In the thread of <a href="#claim-1">sentence 1</a>' in page
    for role in ("back reference", "pronoun", "caption"):
        assert f'<span class="arc-badge arc-neutral">{role}</span>' in page
    assert "(inferred from the thread: on <strong>tiktok</strong> by <strong>Hugh Chongqing" in page
    assert '<strong class="arc-metric">nearly 3.3 million likes</strong>' in page
    for kind in ("metric:views", "metric:likes", "metric:comments", "metric:shares"):
        assert f"<strong>{kind}</strong>" in page
    assert "inferred from the thread: matches the uploader" in page


def test_clip_page_shows_each_claims_thread_role_and_what_was_inferred(flood_archive):
    clip = asyncio.run(build_datasette(flood_archive).client.get(clip_path(CLIP_ID)))
    assert clip.status_code == 200
    page = clip.text
    assert page.count('href="/-/article/1#claim-1">sentence 1</a>') == 4  # members 2, 3, 4, 6
    assert '<span class="arc-badge arc-neutral">pronoun</span>' in page
    assert "Inferred from the thread, not stated: on <strong>tiktok</strong> by" in page
    assert "describes what is seen, no words of it are heard" in page


def test_a_catalogue_from_before_threads_upgrades_in_place(tmp_path):
    """Rows as the previous release wrote them: one metric per citation, a
    back-reference, and a metric check under the old kind."""
    archive = tmp_path / "archive"
    archive.mkdir()
    db = Database(sqlite3.connect(archive / "catalogue.db"))
    migrations.migrations.apply(db, stop_before="m008_threads_metrics")
    with open_catalogue(tmp_path / "other") as scratch:  # a clip row made by the real code
        _capture(scratch)
        clip = scratch.db["clips"].get("tiktok:7363945626723892301")
        account = scratch.db["accounts"].get(clip["account_id"])
        observations = list(scratch.db["observations"].rows)

    def as_then(table: str, row: dict) -> dict:  # only the columns that release had
        return {k: v for k, v in row.items() if k in db[table].columns_dict}

    db["accounts"].insert(as_then("accounts", account))
    db["clips"].insert(as_then("clips", clip))
    db["observations"].insert_all(
        {k: v for k, v in as_then("observations", row).items() if k != "capture_id"}
        for row in observations
    )
    db["articles"].insert(
        {
            "article_id": 1,
            "source": "a.txt",
            "fetched_at": "2025-05-06",
            "sha256": "x",
            "text": "One video ... The video ...",
        }
    )
    for position in (0, 1):
        db["claims"].insert(
            {
                "claim_id": position + 1,
                "article_id": 1,
                "position": position,
                "text": "t",
                "start_char": 0,
                "end_char": 1,
            }
        )
    db["citations"].insert(
        {
            "citation_id": 1,
            "claim_id": 1,
            "platform": "tiktok",
            "metric_kind": "likes",
            "metric_value": 3_200_000,
            "status": "resolved",
        }
    )
    db["citations"].insert({"citation_id": 2, "claim_id": 2, "same_clip_as": 1})
    db["evidence"].insert(
        {
            "claim_id": 1,
            "clip_id": clip["clip_id"],
            "method": "manual",
            "status": "confirmed",
            "created_at": "2025-05-06",
        }
    )
    db["checks"].insert(
        {
            "citation_id": 1,
            "clip_id": clip["clip_id"],
            "kind": "metric",
            "stated": "3,200,000 likes",
            "observed": "3,214,000",
            "verdict": "agrees",
            "checked_at": "2025-05-06",
        }
    )
    db.conn.commit()
    db.conn.close()

    with open_catalogue(archive) as catalogue:
        db = catalogue.db
        threads = db.execute("SELECT citation_id, role FROM thread_members ORDER BY claim_id")
        assert threads.fetchall() == [(1, "citation"), (1, "back_reference")]
        assert db.execute("SELECT kind, value, stated FROM citation_metrics").fetchall() == [
            ("likes", 3_200_000, "3,200,000 likes")
        ]
        assert db.execute("SELECT kind FROM checks").fetchall() == [("metric:likes",)]
        run_checks(catalogue)  # the existing citation keeps working with the new checks
        verdicts = dict(db.execute("SELECT kind, verdict FROM checks").fetchall())
    assert verdicts == {"metric:likes": "agrees", "platform": "agrees"}


def _threads(text: str) -> tuple[dict[int, tuple[int, str]], dict[int, object]]:
    claims, citations = extract_citations(read_article("a.txt", text.encode()))
    found = {m.position: (c.claim_position, m.role) for c in citations for m in c.members}
    return found, {c.claim_position: c for c in citations}


def test_the_story_around_a_clip_is_told_in_the_past_and_ends_its_thread():
    found, _ = _threads(  # invented
        "A video shared on Weibo shows a cyclist being knocked down at a junction.\n"
        "The cyclist gets up and waves at the camera.\n"
        "The cyclist was treated in hospital, police said.\n"
    )
    assert found == {0: (0, "citation"), 1: (0, "back_reference")}


def test_a_repost_and_an_it_join_the_thread_with_their_own_platform():
    found, citations = _threads(  # invented
        "TikToker Sam Okafor filmed his grandmother trying a rowing machine.\n"
        "It has been watched more than seven million times.\n"
        "An Instagram repost of the video got 3.4m views and 120,000 likes.\n"
    )
    assert found == {0: (0, "citation"), 1: (0, "back_reference"), 2: (0, "back_reference")}
    repost = citations[2]
    assert (repost.platform, repost.inferred_platform) == ("instagram", None)
    assert (repost.creator, repost.inferred_creator) == (None, "Sam Okafor")


def test_a_genre_that_rarely_shows_is_not_a_citation_and_a_tiktok_by_names_its_creator():
    _, citations = _threads(  # invented
        "Critics say the clips rarely show rent, traffic or pollution.\n"
        "One widely shared TikTok by Omar Reyes, posted in March, was different.\n"
    )
    assert list(citations) == [1]
    assert (citations[1].platform, citations[1].creator) == ("tiktok", "Omar Reyes")
