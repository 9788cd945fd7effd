"""The catalogue in a real browser: Debian's headless Chromium, driven by Playwright.

Never `playwright install`: Playwright drives the system's /usr/bin/chromium through
`executable_path`. Without either, every test here is skipped and says why; under CI=true
(`.ci/run` sets it) the module fails instead, so a CI run cannot pass by checking nothing.

Screenshots for docs/: `ARCHIVER_SCREENSHOT_ARCHIVE=archive pytest tests/test_browser.py -k
screenshots` writes docs/screenshots/*.png from that archive (the demo's, after `make demo`).
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import NoReturn

import pytest

CHROMIUM = Path(os.environ.get("ARCHIVER_CHROMIUM", "/usr/bin/chromium"))
IN_CI = os.environ.get("CI", "").lower() == "true"


def unavailable(what: str) -> NoReturn:
    """Skip the module for want of WHAT; in CI, fail it: CI must run the browser tests."""
    if IN_CI:
        pytest.fail(f"browser tests cannot run under CI=true: {what}", pytrace=False)
    pytest.skip(what, allow_module_level=True)


if not CHROMIUM.exists():
    unavailable(f"no Chromium at {CHROMIUM}: `apt-get install chromium` to run the browser tests")
try:
    from playwright import sync_api
except ImportError:
    unavailable(
        "Playwright's Python package is missing: `pip install playwright` "
        "(the browser is the system's Chromium; never `playwright install`)"
    )

import uvicorn  # noqa: E402

from archiver.datasette.plugin import clip_path  # noqa: E402
from archiver.datasette.serve import build_datasette  # noqa: E402
from tests.test_datasette import SCRIPT_DESCRIPTION, Built, build_catalogue  # noqa: E402

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DOCS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


class Server:
    """Datasette over uvicorn on a loopback port, in a thread, for as long as it is used."""

    def __init__(self, archive: Path):
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        config = uvicorn.Config(build_datasette(archive).app(), log_level="warning")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )

    def __enter__(self) -> Server:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = tmp_path_factory.mktemp("browser")
    return build_catalogue(root / "archive", root / "scratch")


@pytest.fixture(scope="module")
def server(built: Built) -> Iterator[Server]:
    with Server(built.archive) as running:
        yield running


# Named so as not to meet pytest-playwright's `browser` and `page` fixtures, when installed.
@pytest.fixture(scope="module")
def chromium() -> Iterator:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def tab(chromium, server: Server) -> Iterator:
    context = chromium.new_context(viewport={"width": 1200, "height": 900})
    opened = context.new_page()
    requested: list[str] = []
    opened.on("request", lambda request: requested.append(request.url))
    opened.on("dialog", lambda dialog: pytest.fail(f"a script opened a dialog: {dialog.message}"))
    yield opened
    context.close()
    # Pages load nothing from anywhere but this server: no CDN, no fonts, no trackers.
    elsewhere = [url for url in requested if not url.startswith((server.url, "data:"))]
    assert elsewhere == []


def audio_state(tab, selector: str = "#player") -> dict:
    return tab.eval_on_selector(
        selector, "a => ({time: a.currentTime, paused: a.paused, duration: a.duration})"
    )


def test_clip_page_plays_and_seeks_the_evidence_span(tab, server, built):
    tab.goto(server.url + clip_path(built.clip))
    tab.wait_for_function("document.querySelector('#player').readyState >= 1")
    assert audio_state(tab)["duration"] == pytest.approx(10, abs=0.2)

    button = tab.locator("#evidence-1 .arc-span-button")
    assert button.inner_text() == "▶ Play 0:03.5–0:06.5"
    span = tab.locator("#evidence-1 .arc-span-text")
    assert span.is_visible() and span.inner_text() == "The night shift lasts twelve hours."
    button.click()
    # It seeks to the span (Range requests answered with 206) and plays from there...
    tab.wait_for_function(
        "(() => { const a = document.querySelector('#player');"
        " return !a.paused && a.currentTime >= 3.5 && a.currentTime < 6.5; })()",
        timeout=5000,
    )
    # ...marks the transcript segments of that span...
    marked = tab.locator(".arc-segment.arc-active")
    assert marked.count() == 1
    assert marked.locator(".arc-segment-text").inner_text() == "The night shift lasts twelve hours."
    # ...and stops at the span's end.
    tab.wait_for_function("document.querySelector('#player').paused", timeout=8000)
    assert audio_state(tab)["time"] == pytest.approx(6.5, abs=0.5)


def test_transcript_timestamps_seek_the_player(tab, server, built):
    tab.goto(server.url + clip_path(built.clip))
    tab.locator(".arc-segment").nth(2).locator(".arc-seek").click()
    tab.wait_for_function("document.querySelector('#player').currentTime >= 6.5", timeout=5000)
    tab.wait_for_function(
        "document.querySelector('.arc-segment:nth-child(3)').classList.contains('arc-playing')",
        timeout=5000,
    )


def test_injected_script_shows_as_text_and_never_runs(tab, server, built):
    tab.goto(server.url + clip_path(built.clip))
    assert tab.locator("h1.arc-title").inner_text() == (
        "Night shift <script>window.__pwned = 1</script>"
    )
    assert tab.locator(".arc-description").inner_text() == SCRIPT_DESCRIPTION
    assert tab.evaluate("window.__pwned") is None
    assert tab.title() == "Night shift <script>window.__pwned = 1</script> - clip"
    assert tab.locator(".arc-handle").inner_text() == "@<b>owl</b>"
    assert tab.locator("a[href^='javascript:']").count() == 0


def test_article_page_opens_the_clip_at_the_moment(tab, server, built):
    tab.goto(server.url + "/-/article/1")
    assert tab.locator(".arc-claim").count() == 4
    tab.locator("#evidence-1 .arc-span-button").click()
    tab.wait_for_function("document.querySelector('#audio-1').currentTime >= 3.5", timeout=5000)
    tab.locator("#evidence-1 a.arc-clip-link").click()
    tab.wait_for_url("**#t=3.5")
    tab.wait_for_function("document.querySelector('#player').currentTime === 3.5", timeout=5000)
    tab.wait_for_selector(".arc-segment.arc-playing")


def test_clip_page_seeks_to_the_moment_in_its_address(tab, server, built):
    tab.goto(server.url + clip_path(built.clip) + "#t=3.5")
    tab.wait_for_function("document.querySelector('#player').currentTime === 3.5", timeout=5000)
    assert audio_state(tab)["paused"]  # it waits at the moment, it does not play on its own
    # a new moment on the same page seeks again, without a reload
    tab.evaluate("window.location.hash = '#t=7'")
    tab.wait_for_function("document.querySelector('#player').currentTime === 7", timeout=5000)
    playing = tab.locator(".arc-segment.arc-playing .arc-segment-text")
    assert playing.inner_text() == "I leave my phone in the <locker>."


def test_search_hit_opens_the_clip_at_the_moment(tab, server, built):
    tab.goto(server.url + "/catalogue/search_transcripts?q=twelve+hours")
    tab.locator("td.col-start_seconds a").click()
    tab.wait_for_url("**#t=3.5")
    tab.wait_for_function("document.querySelector('#player').currentTime === 3.5", timeout=5000)


def test_missing_and_unresolved_pages(tab, server, built):
    tab.goto(server.url + "/-/missing-clips")
    rows = tab.locator("tr.arc-missing-row")
    assert rows.count() == 1
    assert "removed" in rows.first.inner_text()
    tab.goto(server.url + "/-/unresolved-citations")
    assert "Another clip shared on X" in tab.locator("table").inner_text()


# Platforms and articles can hand us one unbroken string hundreds of characters long.
UNBROKEN = "averyveryverylongpathsegment" * 8
LONG_COLUMNS = {
    "clips": ["title", "uploader", "webpage_url", "original_url", "description"],
    "accounts": ["handle"],
    "articles": ["title", "url", "outlet"],
    "citations": ["creator", "quote", "url"],
    "segments": ["text"],
    "checks": ["stated", "detail"],
}


@pytest.fixture(scope="module")
def phone(chromium, tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """A phone's screen, and a catalogue whose titles, names and URLs never break."""
    root = tmp_path_factory.mktemp("phone")
    long = build_catalogue(root / "archive", root / "scratch")
    with closing(sqlite3.connect(long.archive / "catalogue.db")) as conn, conn:
        for table, columns in LONG_COLUMNS.items():
            changes = ", ".join(f"{c} = COALESCE({c}, '') || :long" for c in columns)
            conn.execute(f"UPDATE {table} SET {changes}", {"long": UNBROKEN})
    with Server(long.archive) as running:
        context = chromium.new_context(viewport={"width": 390, "height": 844})
        yield running, long, context.new_page()
        context.close()


@pytest.mark.parametrize(
    "page", ["clip", "gone clip", "article", "unresolved citations", "missing clips", "index"]
)
def test_pages_fit_a_phone_without_scrolling_sideways(phone, page):
    server, long, tab = phone
    path = {
        "clip": clip_path(long.clip),
        "gone clip": clip_path(long.gone),
        "article": "/-/article/1",
        "unresolved citations": "/-/unresolved-citations",
        "missing clips": "/-/missing-clips",
        "index": "/",
    }[page]
    tab.goto(server.url + path)
    if page != "index":
        assert UNBROKEN in tab.content()
    # Tables may scroll inside their own box; the page itself must not.
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{path} is {width} px wide on a 390 px screen"
    if page in ("unresolved citations", "missing clips"):  # rows become cards: no box scrolls
        wrap = tab.eval_on_selector(".arc-list", "t => t.parentElement.scrollWidth")
        assert wrap <= 390


@pytest.mark.parametrize(
    "ci, code, says",
    [
        ("true", pytest.ExitCode.INTERRUPTED, "Failed: browser tests cannot run under CI=true"),
        ("", pytest.ExitCode.NO_TESTS_COLLECTED, "SKIPPED"),
    ],
)
def test_without_chromium_ci_fails_and_elsewhere_skips(tmp_path, ci, code, says):
    env = dict(os.environ, CI=ci, ARCHIVER_CHROMIUM=str(tmp_path / "no-chromium"))
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == code, run.stdout
    assert says in run.stdout and "no Chromium at" in run.stdout


@pytest.mark.skipif(
    not os.environ.get("ARCHIVER_SCREENSHOT_ARCHIVE"),
    reason="set ARCHIVER_SCREENSHOT_ARCHIVE=DIR to write docs/screenshots from that archive",
)
def test_screenshots_of_the_main_pages(chromium):
    """Not a check: writes the screenshots in docs/ from a real archive (the demo's)."""
    archive = Path(os.environ["ARCHIVER_SCREENSHOT_ARCHIVE"])
    from sqlite_utils import Database

    db = Database(archive / "catalogue.db")
    cited = db.execute(
        "SELECT clip_id FROM evidence ORDER BY status = 'confirmed' DESC, score DESC LIMIT 1"
    ).fetchone()[0]
    article = db.execute("SELECT MIN(article_id) FROM articles").fetchone()[0]
    db.close()
    DOCS.mkdir(parents=True, exist_ok=True)
    shots = {
        "clip.png": clip_path(cited),
        "article.png": f"/-/article/{article}",
        "unresolved-citations.png": "/-/unresolved-citations",
        "missing-clips.png": "/-/missing-clips",
    }
    with Server(archive) as running:
        shooter = chromium.new_page(viewport={"width": 1100, "height": 800})
        for name, path in shots.items():
            shooter.goto(running.url + path)
            shooter.screenshot(path=str(DOCS / name), full_page=True)
        shooter.close()


def test_keyframe_strip_seeks_the_kept_video(chromium, site, tmp_path):
    from archiver.clips.capture import CaptureOptions, Capturer
    from archiver.store.catalogue import open_catalogue
    from tests.support.media_factory import make_text_clip

    shown = make_text_clip(tmp_path / "shown.mp4", [(0, 3, "ROBOTS"), (3, 6, "巡检机器人")], 6)
    url = site.jsonld_page("shown.html", "shown.mp4", shown)
    archive = tmp_path / "archive"
    with open_catalogue(archive) as catalogue, Capturer(catalogue, CaptureOptions()) as capturer:
        [outcome] = capturer.capture(url)
    with Server(archive) as running:
        context = chromium.new_context(viewport={"width": 1200, "height": 900})
        tab = context.new_page()
        tab.goto(running.url + clip_path(outcome.clip_id))
        tab.wait_for_function("document.querySelector('video#player').readyState >= 1")
        assert audio_state(tab)["duration"] == pytest.approx(6, abs=0.2)
        frames = tab.locator(".arc-keyframe")
        assert frames.count() == 2
        frames.nth(1).click()
        # the video is served with Range, so the browser seeks it to the frame's moment
        tab.wait_for_function("document.querySelector('#player').currentTime >= 3", timeout=5000)
        context.close()
