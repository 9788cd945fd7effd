"""Discovery end to end: the demo article with its clip link removed and no manifest,
creators' feeds on loopback read by yt-dlp's real generic extractor as playlists, a
look-alike account, and the clips found, captured, transcribed and suggested."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from archiver.demo import StaticServer
from archiver.discovery.discover import DiscoverOptions
from archiver.discovery.leads import guessed_handles, leads_for
from archiver.pipeline import ArchiveJob, ArchiveOptions
from archiver.store.catalogue import open_catalogue

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BASE = "http://127.0.0.1:8765"
MARCH_2, MARCH_3 = "Sun, 02 Mar 2025 09:15:00 +0000", "Mon, 03 Mar 2025 09:00:00 +0000"
LINK = '<a href="http://127.0.0.1:8765/which-floor.html">video</a>'


def feed(name: str, items: list[tuple[str, str, str]]) -> str:
    """A creator's page as an RSS feed: its title is the display name."""
    body = "".join(
        f"<item><title>{title}</title><link>{BASE}/{page}</link>"
        f"<guid>{page}</guid><pubDate>{date}</pubDate></item>"
        for page, title, date in items
    )
    head = '<?xml version="1.0"?><rss version="2.0">'
    return f"{head}<channel><title>{name}</title>{body}</channel></rss>"


@pytest.fixture(scope="module")
def discovered(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("site")
    site = root / "demo"
    shutil.copytree(SEEDS / "demo", site)
    article = site / "article.html"
    text = article.read_text(encoding="utf-8")
    assert LINK in text
    article.write_text(text.replace(LINK, "video"), encoding="utf-8")
    creators = site / "creators"
    shutil.rmtree(creators)  # the demo's own (tests/test_demo_discover.py); these differ
    creators.mkdir()
    (creators / "hughchongqing.xml").write_text(feed("Hugh Chongqing", [
        ("which-floor.html", "Which floor are we on? #chongqing", MARCH_2),
        # posted after the article: cannot be the clip it cites
        ("night-shift.html", "Night shift", "Sun, 01 Jun 2025 09:15:00 +0000"),
    ]))  # fmt: skip
    # a look-alike account whose handle is one of the guesses, re-posting the words
    (creators / "hugh.chongqing.xml").write_text(feed("Hugh Chongqing Fan", [
        ("robots.html", "In Chongqing we never know which floor we're on", MARCH_3),
    ]))  # fmt: skip
    (creators / "jacksonlu.xml").write_text(feed("Jackson Lu", [
        ("sunlight.html", "Sunlight is a luxury", "Sat, 01 Mar 2025 10:00:00 +0000"),
    ]))  # fmt: skip
    archive = root / "archive"
    try:
        server = StaticServer(site, port=8765)
    except OSError:
        pytest.skip("port 8765 is taken: the demo site cannot be served")
    options = ArchiveOptions(
        discover=DiscoverOptions(templates={"user": BASE + "/creators/{value}.xml"})
    )
    with server, open_catalogue(archive) as catalogue:
        first = ArchiveJob(catalogue, options).run([str(article)])
        assert first.discovered >= 2
        again = ArchiveJob(catalogue, options).run([str(article)])
        assert again.discovered == first.discovered
    return archive


def test_guessed_handles_and_leads() -> None:
    guesses = ["hughchongqing", "hugh.chongqing", "hugh_chongqing"]
    assert guessed_handles("Hugh Chongqing") == guesses
    assert guessed_handles("the people of the city of Chongqing") == []
    leads = leads_for("A clip by @some.one with #Chongqing fog", "Jackson Lu")
    assert [(lead.kind, lead.value, lead.trusted) for lead in leads] == [
        ("user", "some.one", True),
        ("user", "jacksonlu", False),
        ("user", "jackson.lu", False),
        ("user", "jackson_lu", False),
        ("tag", "chongqing", True),
    ]


@pytest.mark.slow
def test_creator_named_by_display_name_gets_the_right_clip_and_not_the_decoy(discovered):
    with open_catalogue(discovered) as catalogue:
        rows = list(catalogue.db.query(
            """SELECT c.webpage_url, c.original_url, e.status, e.start_seconds, e.note,
                      e.end_seconds, cl.text AS claim
               FROM evidence e JOIN clips c USING (clip_id) JOIN claims cl USING (claim_id)"""
        ))  # fmt: skip
        listings = {
            row["value"]: row["status"]
            for row in catalogue.db.query(
                """SELECT l.value, s.status FROM discovery_listings s
                   JOIN discovery_leads l USING (lead_id)"""
            )
        }
        captured = {row[0] for row in catalogue.db.execute("SELECT original_url FROM clips")}
        runs = catalogue.db.execute(
            "SELECT run_id, COUNT(*) FROM run_items WHERE stage = 'discover' GROUP BY run_id"
        ).fetchall()

    def linked(claim: str, page: str) -> list[dict]:
        return [r for r in rows if r["claim"].startswith(claim) and page in r["original_url"]]

    floor = linked("‘In Chongqing", "which-floor")
    assert floor[0]["note"].startswith("found by discovery: user hughchongqing (guessed")
    assert floor and floor[0]["status"] == "suggested"
    # with the moment it is said
    assert floor[0]["start_seconds"] is not None
    assert floor[0]["end_seconds"] > floor[0]["start_seconds"]
    sunlight = linked("‘Sunlight", "sunlight")
    assert sunlight and sunlight[0]["status"] == "suggested"
    # the look-alike is listed, rejected by its name, and never captured or linked
    assert listings["hughchongqing"] == "ok"
    assert listings["hugh.chongqing"] == "rejected"
    assert listings["hugh_chongqing"] not in ("ok", "rejected")  # no such feed: a status
    assert f"{BASE}/robots.html" not in captured
    assert not [r for r in rows if "robots" in r["original_url"]]
    # posted after the article: listed, never captured
    assert f"{BASE}/night-shift.html" not in captured
    # the re-run listed nothing again (each listing of the first run is a run item)
    assert len(runs) == 1 and runs[0][1] == len(listings)


def test_an_archive_from_before_discovery_upgrades(tmp_path):
    """A catalogue written by the previous code (no m013) opens, keeps what it holds
    and gains the discovery tables."""
    with open_catalogue(tmp_path / "a") as catalogue:
        with catalogue.write() as db:
            db.execute("DROP TABLE discovery_candidate_leads")
            db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm016_discovery_lead_weights'")
            db.execute("DROP TABLE discovery_candidates")
            db.execute("DROP TABLE discovery_listings")
            db.execute("DROP TABLE discovery_leads")
            db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm013_discovery'")
            db["runs"].insert({"command": "archive", "started_at": "2025-01-01T00:00:00"})
    with open_catalogue(tmp_path / "a") as catalogue:
        tables = set(catalogue.db.table_names())
        runs = catalogue.db.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
    assert {"discovery_leads", "discovery_listings", "discovery_candidates",
            "discovery_candidate_leads"} <= tables  # fmt: skip
    assert runs == 1


@pytest.mark.slow
def test_the_command_resumes_without_listing_again(discovered):
    from click.testing import CliRunner

    from archiver.cli import main

    runner = CliRunner()
    both = runner.invoke(main, ["--archive", str(discovered), "discover", "--citation", "1",
                                "--all-unresolved"])  # fmt: skip
    assert both.exit_code == 2 and "--all-unresolved" in both.output
    result = runner.invoke(
        main, ["--archive", str(discovered), "discover", "--all-unresolved", "--no-transcribe"]
    )
    assert result.exit_code == 0, result.output
    with open_catalogue(discovered) as catalogue:
        last = catalogue.db.execute("SELECT MAX(run_id) FROM runs").fetchone()[0]
        items = catalogue.db.execute(
            "SELECT stage, status, COUNT(*) FROM run_items WHERE run_id = ? GROUP BY 1, 2",
            [last],
        ).fetchall()
    # nothing listed again; the chosen candidates are already held
    assert ("discover", "ok", 1) not in items
    assert all(stage != "discover" for stage, _, _ in items), items
    assert {status for stage, status, _ in items if stage == "capture"} <= {"ok"}


@pytest.mark.slow
def test_the_unresolved_page_shows_leads_listings_and_candidates(discovered):
    import asyncio

    from archiver.datasette.serve import build_datasette

    ds = build_datasette(discovered, sql=False)
    response = asyncio.run(ds.client.get("/-/unresolved-citations"))
    assert response.status_code == 200
    page = response.text
    assert "<code>hugh.chongqing</code>" in page and "rejected" in page
    assert "guessed from the name" in page
    assert "Which floor are we on?" in page and "captured" in page
    assert "1/" in page or "words in common" in page  # the reasons are shown


def test_listing_is_paced_like_a_capture_and_a_bad_answer_is_a_status(tmp_path, site):
    """Listings go through the capture's own yt-dlp adapter: the per-host pause holds
    between them, and a page that is no list, or no page, is an error with a status."""
    from archiver.clips.capture import CaptureOptions, Capturer
    from archiver.discovery.discover import discover_stage
    from archiver.errors import ArchiverError

    (site.root / "creators").mkdir()
    (site.root / "creators" / "a.xml").write_text(feed("A", []))
    waits: list[float] = []
    options = CaptureOptions(pause=7.0, allow_private_addresses=True)
    with open_catalogue(tmp_path / "a") as catalogue:
        with Capturer(catalogue, options, sleep=waits.append) as capturer:
            assert capturer.list_flat(site.url("creators/a.xml"))["_type"] == "playlist"
            with pytest.raises(ArchiverError):
                capturer.list_flat(site.url("creators/missing.xml"))
            with pytest.raises(ArchiverError):
                capturer.list_flat("file:///etc/passwd")
            # no article, no citation: nothing to list, nothing recorded
            found = discover_stage(catalogue, capturer.list_flat, DiscoverOptions())
    assert waits and all(0 < wait <= 7.0 for wait in waits)
    assert found.citations == 0 and found.to_capture == []
