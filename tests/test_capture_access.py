"""How capture reaches a platform that refuses scrapers: browser impersonation, proxies
and browser cookies, tested on the wire (loopback servers and a proxy the test starts)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from archiver.cli import main
from archiver.clips.capture import CaptureOptions, Capturer
from archiver.store.catalogue import open_catalogue
from tests.support.tiktok import FACTS, recorded_tiktok_fixture, through_request_handlers
from tests.support.wire import PageServer

tiktok = recorded_tiktok_fixture()
M010_COLUMNS = ("impersonation", "proxy")


@pytest.fixture
def page_server():
    with PageServer() as server:
        yield server


def rows(archive_dir, sql, *params):
    with open_catalogue(archive_dir) as catalogue:
        return list(catalogue.db.query(sql, params))


def test_tiktok_page_fetch_goes_through_the_impersonating_handler(
    tiktok, page_server, monkeypatch, archive_dir
):
    handled = through_request_handlers(monkeypatch, tiktok, page_server)
    url = tiktok.add_video(FACTS.video_id)
    with (
        open_catalogue(archive_dir) as catalogue,
        Capturer(catalogue, CaptureOptions(backoff=0.01)) as capturer,
    ):
        [outcome] = capturer.capture(url)
    assert outcome.status == "ok", outcome.message

    # yt-dlp's director gave the page fetch to curl_cffi, asking for a browser
    [request] = handled
    assert request.handler == "CurlCFFI"
    assert request.url == url
    assert request.impersonate and request.impersonate.startswith("chrome-")
    # and what reached the server is that browser's request, not urllib's
    [seen] = page_server.seen
    assert seen.target == f"/tiktok/{FACTS.video_id}"
    assert "Chrome/" in seen.headers["user-agent"]
    assert "yt-dlp" not in seen.headers["user-agent"].lower()
    assert "sec-ch-ua" in seen.headers and "sec-fetch-mode" in seen.headers
    # the capture says which browser it looked like
    [capture] = rows(archive_dir, "SELECT impersonation, status FROM captures")
    assert capture == {"impersonation": request.impersonate, "status": "ok"}
    assert outcome.impersonation == request.impersonate


def test_impersonate_option_chooses_the_browser(tiktok, page_server, monkeypatch, archive_dir):
    handled = through_request_handlers(monkeypatch, tiktok, page_server)
    url = tiktok.add_video(FACTS.video_id)
    result = CliRunner().invoke(
        main,
        ["--archive", str(archive_dir), "capture", "--pause", "0", "--verbose", "--json",
         "--impersonate", "safari:ios", url],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    [request] = handled
    assert request.handler == "CurlCFFI"
    assert request.impersonate.startswith("safari-") and ":ios" in request.impersonate
    assert "iPhone" in page_server.seen[0].headers["user-agent"]
    assert f"impersonation: {request.impersonate} on every request" in result.output
    outcome = json.loads(result.output.strip().splitlines()[-1])
    assert outcome["impersonation"] == request.impersonate
    [capture] = rows(archive_dir, "SELECT impersonation FROM captures")
    assert capture["impersonation"] == request.impersonate


def test_an_unknown_impersonation_target_is_a_clear_error(archive_dir):
    result = CliRunner().invoke(
        main, ["--archive", str(archive_dir), "capture", "--impersonate", "netscape-4", "x"]
    )
    assert result.exit_code == 1
    assert 'Impersonate target "netscape-4' in result.output


def test_status_shows_the_impersonation(tiktok, page_server, monkeypatch, archive_dir):
    through_request_handlers(monkeypatch, tiktok, page_server)
    url = tiktok.add_video(FACTS.video_id)
    runner = CliRunner()
    captured = runner.invoke(main, ["--archive", str(archive_dir), "capture", "--pause", "0", url])
    assert captured.exit_code == 0, captured.output
    shown = runner.invoke(main, ["--archive", str(archive_dir), "status", "--json"])
    counts = json.loads(shown.output)
    [handled] = tiktok.handled
    assert counts["latest_impersonation"] == handled.impersonate
    assert counts["impersonation_available"] == handled.impersonate  # yt-dlp's first choice


def test_an_archive_from_before_m010_opens_and_upgrades(archive_dir):
    with open_catalogue(archive_dir) as catalogue, catalogue.write() as db:
        db["captures"].insert(
            {"requested_url": "https://example.org/v", "captured_at": "2026-01-01T00:00:00Z",
             "status": "ok", "ytdlp_version": "2025.1.1"}
        )  # fmt: skip
    database = archive_dir / "catalogue.db"
    with sqlite3.connect(database) as conn:  # as the previous release left it
        for column in M010_COLUMNS:
            conn.execute(f"ALTER TABLE captures DROP COLUMN {column}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_capture_context'")
    with open_catalogue(archive_dir) as catalogue:
        columns = catalogue.db["captures"].columns_dict
        [old] = rows(archive_dir, "SELECT requested_url, impersonation FROM captures")
    assert set(M010_COLUMNS) <= set(columns)
    assert old == {"requested_url": "https://example.org/v", "impersonation": None}
