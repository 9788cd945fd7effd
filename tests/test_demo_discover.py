"""The discovery demo as a user runs it: `archiver demo --discover` serves seeds/demo/ and
runs `archive --discover` on seeds/demo-discover.yaml (the article with its clip link
removed, no clips, no links), listing the leads from the demo's creator pages.
Every citation that names a creator gets the right clip suggested; the look-alike
account is rejected and nothing links to it."""

from __future__ import annotations

import asyncio
import re
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from archiver.cli import main
from archiver.store.catalogue import open_catalogue

ROOT = Path(__file__).resolve().parent.parent
BASE = "http://127.0.0.1:8765"
RIGHT = {"Hugh Chongqing": "which-floor.html", "Jackson Lu": "sunlight.html"}


def port_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


@pytest.fixture(scope="module")
def demo_discovered(tmp_path_factory) -> tuple[Path, str]:
    """`archiver demo --discover` run once, from the checkout; its archive and output."""
    if not port_free(8765):
        pytest.skip("port 8765 is taken: the demo site cannot be served")
    archive = tmp_path_factory.mktemp("demo-discover") / "archive"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)  # the demo's defaults are paths in the checkout
        result = CliRunner().invoke(main, ["--archive", str(archive), "demo", "--discover"])
    assert result.exit_code == 0, result.output
    return archive, result.output


@pytest.mark.slow
def test_demo_discover_suggests_the_right_clip_for_every_named_creator(demo_discovered):
    archive, output = demo_discovered
    assert "candidate clips discovered          │ 2" in output
    with open_catalogue(archive) as catalogue:
        named = list(catalogue.db.query(
            """SELECT ci.citation_id, ci.claim_id, COALESCE(ci.creator, ci.inferred_creator) AS who
               FROM citations ci WHERE COALESCE(ci.creator, ci.inferred_creator) IS NOT NULL"""
        ))  # fmt: skip
        evidence = list(catalogue.db.query(
            """SELECT e.claim_id, e.status, e.start_seconds, e.end_seconds, e.note,
                      c.original_url FROM evidence e JOIN clips c USING (clip_id)"""
        ))  # fmt: skip
        listings = dict(catalogue.db.execute(
            """SELECT l.value, s.status FROM discovery_listings s
               JOIN discovery_leads l USING (lead_id)"""
        ).fetchall())  # fmt: skip
        captured = {row[0] for row in catalogue.db.execute("SELECT original_url FROM clips")}
    # the article names two creators, one of them again in the sentence after
    assert sorted(row["who"] for row in named) == ["Hugh Chongqing", "Hugh Chongqing", "Jackson Lu"]
    for citation in named:
        links = [row for row in evidence if row["claim_id"] == citation["claim_id"]]
        assert [row["original_url"] for row in links] == [f"{BASE}/{RIGHT[citation['who']]}"]
        assert links[0]["status"] == "suggested"
        assert links[0]["end_seconds"] > links[0]["start_seconds"] >= 0
    notes = [row["note"] for row in evidence if row["note"].startswith("found by discovery")]
    assert len(notes) == 2  # the thread's second sentence follows its opener's link
    # the look-alike: listed, rejected by its profile name, never captured or linked
    assert listings["hugh.chongqing"] == "rejected"
    assert listings["hughchongqing"] == listings["jacksonlu"] == "ok"
    assert not [url for url in captured if "repost" in url]
    assert not [row for row in evidence if "repost" in row["original_url"]]
    # posted after the article: listed, never captured
    assert f"{BASE}/cable-car.html" not in captured
    assert captured == {f"{BASE}/which-floor.html", f"{BASE}/sunlight.html"}


@pytest.mark.slow
def test_the_unresolved_page_shows_leads_listings_and_scored_candidates(demo_discovered):
    from archiver.datasette.serve import build_datasette

    archive, _ = demo_discovered
    ds = build_datasette(archive, sql=False)
    response = asyncio.run(ds.client.get("/-/unresolved-citations"))
    assert response.status_code == 200
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.text))
    # each lead: where it came from, its weight, what its listing answered and when
    assert re.search(
        r"user hughchongqing \(guessed from the name &#39;Hugh Chongqing&#39;, weight 1\.0\) : "
        r"ok, 2 posts, listed 20\d\d-\d\d-\d\dT",
        text,
    ), text
    assert re.search(r"user hugh\.chongqing .*?: rejected, 0 posts, listed 20\d\d-", text)
    assert "profile name &#39;Hugh Chongqing Fan&#39; is not &#39;Hugh Chongqing&#39;" in text
    assert re.search(r"user hugh_chongqing .*?: not_found, 0 posts, listed", text)
    # the candidates, with their scores, what was captured, and why
    assert re.search(r"0\.\d\d captured Which floor are we on\? #chongqing #8Dcity", text)
    assert re.search(r"0\.\d\d captured Fog again today", text)
    assert "creator matches" in text and "listed under user hughchongqing" in text
    # nothing of the look-alike is a candidate
    assert "repost" not in text


@pytest.mark.slow
def test_the_unresolved_page_in_a_browser(demo_discovered):
    """The same page in headless Chromium: the discovery column of Hugh Chongqing's
    citation reads as leads, then candidates, each a line of its own."""
    from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, Server, sync_api

    archive, _ = demo_discovered
    with Server(archive) as server, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1200, "height": 900})
            tab.goto(server.url + "/-/unresolved-citations")
            row = tab.locator("tr", has_text="we never know which floor")
            leads = row.locator(".arc-lead").all_inner_texts()
            candidates = row.locator(".arc-candidate").all_inner_texts()
            link = row.locator(".arc-candidate a").first.get_attribute("href")
        finally:
            browser.close()
    assert [lead.split(" (")[0] for lead in leads] == [
        "user hughchongqing", "user hugh.chongqing", "user hugh_chongqing",
    ]  # fmt: skip
    assert "rejected" in leads[1] and "Hugh Chongqing Fan" in leads[1]
    assert len(candidates) == 1 and candidates[0].startswith("0.")
    assert "captured" in candidates[0] and "posted 2025-03-02" in candidates[0]
    assert link == f"{BASE}/which-floor.html"


@pytest.mark.slow
def test_the_page_of_an_archive_from_before_lead_weights(demo_discovered, tmp_path):
    """Served as it is (browsing writes nothing), a catalogue from before m016 shows
    its leads and candidates without weights or leads per candidate."""
    import shutil
    import sqlite3
    from contextlib import closing

    from archiver.datasette.serve import build_datasette

    archive = tmp_path / "archive"
    shutil.copytree(demo_discovered[0], archive)
    with closing(sqlite3.connect(archive / "catalogue.db")) as conn, conn:
        conn.execute("DROP TABLE discovery_candidate_leads")
        conn.execute("ALTER TABLE discovery_leads DROP COLUMN weight")
    ds = build_datasette(archive, sql=False)
    response = asyncio.run(ds.client.get("/-/unresolved-citations"))
    assert response.status_code == 200
    assert "Which floor are we on?" in response.text and "rejected" in response.text
    assert "weight" not in response.text and "listed under" not in response.text
