"""Clip URLs: which are valid, which site's extractor reads them, and how polite to be.

Requests to one host are spaced by `HostPacer`: a few seconds on real platforms, none
on loopback (the demo, the tests and the benchmarks).
"""

from __future__ import annotations

import ipaddress
import time
import urllib.parse
from collections.abc import Callable

from yt_dlp.extractor import gen_extractor_classes
from yt_dlp.globals import all_plugins_loaded
from yt_dlp.plugins import load_all_plugins

from archiver import errors
from archiver.platforms import refuses_generic

DEFAULT_PAUSE_SECONDS = 3.0  # between requests to one real platform host


def validate_url(url: str) -> str:
    candidate = url.strip()
    parts = urllib.parse.urlsplit(candidate)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in candidate:
        raise errors.InvalidURL(f"not an http(s) URL: {url!r}")
    return candidate


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class HostPacer:
    """Waits so that two requests to one host are at least `pause` seconds apart."""

    def __init__(
        self,
        pause: float | None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.pause = pause
        self._sleep, self._clock = sleep, clock
        self._last: dict[str, float] = {}

    def pause_for(self, host: str) -> float:
        if self.pause is not None:
            return self.pause
        return 0.0 if is_loopback(host) else DEFAULT_PAUSE_SECONDS

    def wait(self, url: str) -> None:
        host = urllib.parse.urlsplit(url).hostname or ""
        last = self._last.get(host)
        if last is not None:
            remaining = last + self.pause_for(host) - self._clock()
            if remaining > 0:
                self._sleep(remaining)
        self._last[host] = self._clock()


def dedicated_extractor(url: str) -> type | None:
    """The first yt-dlp extractor made for this URL's site (not the generic one)."""
    if not all_plugins_loaded.value:  # a YoutubeDL loads them; we may ask before one
        load_all_plugins()  # e.g. our TikTok photo post extractor (yt_dlp_plugins/)
    for extractor in gen_extractor_classes():
        if extractor.ie_key() == "Generic":
            continue
        try:
            if extractor.suitable(url):
                return extractor
        except Exception:  # noqa: BLE001 - a URL one extractor chokes on is not ours to judge
            continue
    return None


def guess_clip_id(url: str) -> str | None:
    """The clip key a URL would have, read from the URL alone (for failed captures)."""
    extractor = dedicated_extractor(url)
    if extractor is None:
        return None
    return f"{extractor.ie_key().lower()}:{extractor.get_temp_id(url)}"


def check_platform_url(url: str) -> None:
    """A platform URL that no dedicated extractor reads (a TikTok photo post, say)
    would only send the generic extractor to scrape the platform: refuse it here."""
    host = (urllib.parse.urlsplit(url).hostname or "").lower().removeprefix("www.")
    if refuses_generic(host) and dedicated_extractor(url) is None:
        raise errors.UnsupportedSite(f"yt-dlp has no extractor for this kind of {host} URL")
