"""A bundle's index.html, opened from the file system in a real headless Chromium,
shows the clip, plays it, and seeks to the claim's moment, with no network at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.test_bundle import linked, make_bundle  # noqa: F401 - the fixture is used

CHROMIUM = Path(os.environ.get("ARCHIVER_CHROMIUM", "/usr/bin/chromium"))
if not CHROMIUM.exists():
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"no Chromium at {CHROMIUM} under CI=true", pytrace=False)
    pytest.skip(f"no Chromium at {CHROMIUM}: `apt-get install chromium`", allow_module_level=True)

from playwright import sync_api  # noqa: E402

from tests.test_browser import CHROMIUM_ARGS  # noqa: E402


def test_index_html_plays_the_clip_and_seeks_to_the_claim(linked, archive_dir, tmp_path):  # noqa: F811
    dest = tmp_path / "bundle"
    make_bundle(archive_dir, dest, linked["one"])
    index = (dest / "data" / "index.html").resolve()
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            requested: list[str] = []
            page.on("request", lambda request: requested.append(request.url))
            page.goto(index.as_uri())
            assert "waking in a dorm" in page.inner_text("blockquote.claim-text")
            assert "0:01.0 to 0:02.5" in page.inner_text(".moment")
            # the player loads the bundled file: metadata read, a real duration
            page.wait_for_function("document.querySelector('video').readyState >= 1", timeout=15000)
            duration = page.evaluate("document.querySelector('video').duration")
            assert duration > 2
            page.evaluate("document.querySelector('video').muted = true")
            page.click("button.seek")
            page.wait_for_function(
                "!document.querySelector('video').paused && "
                "document.querySelector('video').currentTime >= 1.0",
                timeout=15000,
            )
            assert page.evaluate("document.querySelector('video').error") is None
            assert requested and all(url.startswith("file://") for url in requested), requested
        finally:
            browser.close()
