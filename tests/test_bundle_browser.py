"""A bundle's index.html, opened from the file system in a real headless Chromium,
shows the clip, plays it, and seeks to the claim's moment, with no network at all."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.test_bundle import linked, make_bundle, name_tsa  # noqa: F401 - the fixture is used

CHROMIUM = Path(os.environ.get("ARCHIVER_CHROMIUM", "/usr/bin/chromium"))
if not CHROMIUM.exists():
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"no Chromium at {CHROMIUM} under CI=true", pytrace=False)
    pytest.skip(f"no Chromium at {CHROMIUM}: `apt-get install chromium`", allow_module_level=True)

from playwright import sync_api  # noqa: E402

from tests.test_browser import CHROMIUM_ARGS  # noqa: E402


def wait_until(page, expression: str, timeout: float = 15.0) -> None:  # noqa: ANN001
    """Poll `expression` from outside the page: Playwright's own wait_for_function
    evaluates strings inside it, which the page's Content-Security-Policy forbids."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"still false after {timeout} s: {expression}"
        time.sleep(0.1)


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
            wait_until(page, "document.querySelector('video').readyState >= 1")
            duration = page.evaluate("document.querySelector('video').duration")
            assert duration > 2
            page.evaluate("document.querySelector('video').muted = true")
            page.click("button.seek")
            wait_until(
                page,
                "!document.querySelector('video').paused && "
                "document.querySelector('video').currentTime >= 1.0",
            )
            assert page.evaluate("document.querySelector('video').error") is None
            assert requested and all(url.startswith("file://") for url in requested), requested
            # made without a TSA: the page says so rather than showing nothing
            assert "No trusted timestamp" in page.inner_text("#timestamp")
        finally:
            browser.close()


def test_index_html_shows_the_trusted_timestamp(linked, archive_dir, tmp_path):  # noqa: F811
    import json

    from tests.support.tsa import LocalTSA

    dest = tmp_path / "bundle"
    with LocalTSA(tmp_path / "tsa") as tsa:
        name_tsa(archive_dir, tsa)
        make_bundle(archive_dir, dest, linked["one"])
    script = (dest / "timestamps" / "timestamps.js").read_text("utf-8")
    [stamp] = json.loads(script.split("=", 1)[1].rstrip(";\n"))
    index = (dest / "data" / "index.html").resolve()
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(index.as_uri())
            shown = page.inner_text("#timestamp")
            assert not errors and "No trusted timestamp" not in shown, errors
            assert f"Time (the TSA's clock): {stamp['gen_time']}" in shown
            assert f"Time-Stamp Authority: {tsa.url}" in shown
            assert "Signed by: CN=Archiver Test TSA" in shown
            covers = (
                f"tagmanifest-sha256.txt, whose {stamp['digest_algorithm']} is {stamp['digest']}"
            )
            assert covers in shown
            assert "openssl ts -verify" in shown and "--tsa-root" in shown
        finally:
            browser.close()
