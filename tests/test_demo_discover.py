"""The discovery demo as a user runs it: `archiver demo --discover` serves seeds/demo/ and
runs `archive --discover` on seeds/demo-discover.yaml (the article with its clip link
removed, no clips, no links), listing the leads from the demo's creator pages.
Every citation that names a creator gets the right clip suggested; the look-alike
account is rejected and nothing links to it."""

from __future__ import annotations

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


@pytest.mark.slow
def test_demo_discover_suggests_the_right_clip_for_every_named_creator(tmp_path, monkeypatch):
    if not port_free(8765):
        pytest.skip("port 8765 is taken: the demo site cannot be served")
    monkeypatch.chdir(ROOT)  # the demo's defaults are paths in the checkout
    archive = tmp_path / "archive"
    result = CliRunner().invoke(main, ["--archive", str(archive), "demo", "--discover"])
    assert result.exit_code == 0, result.output
    assert "candidate clips discovered          │ 2" in result.output
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
