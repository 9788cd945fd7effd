"""A loopback website of clip pages, as yt-dlp's generic extractor meets them."""

from __future__ import annotations

import html
import json
import shutil
import threading
import time
from collections import defaultdict
from pathlib import Path

from archiver.demo import StaticServer
from tests.support.media_factory import MediaSet


class Site:
    """Pages and media under one folder, served on 127.0.0.1 while in use."""

    def __init__(self, root: Path, media: MediaSet):
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self.media = media
        # path -> list of (status, headers) answered before the real file, in order
        self._failures: dict[str, list[tuple[int, dict[str, str]]]] = defaultdict(list)
        self.requests: list[str] = []
        self.media_delay = 0.0  # seconds to stall before serving each .mp4
        self.media_at_once = 0  # the most stalled .mp4 requests at one time
        self._stalled = 0
        self._stall_lock = threading.Lock()
        self.slow_pages: set[str] = set()  # paths answered after `page_delay` seconds
        self.page_delay = 0.5
        self._server = StaticServer(self.root, hook=self._hook)

    def __enter__(self) -> Site:
        self._server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.stop()

    def url(self, path: str) -> str:
        return self._server.url(path)

    def _hook(self, path: str):
        self.requests.append(path)
        if self.media_delay and path.endswith(".mp4"):
            with self._stall_lock:
                self._stalled += 1
                self.media_at_once = max(self.media_at_once, self._stalled)
            try:
                time.sleep(self.media_delay)
            finally:
                with self._stall_lock:
                    self._stalled -= 1
        if path.split("?")[0] in self.slow_pages:
            time.sleep(self.page_delay)
        queue = self._failures.get(path.split("?")[0])
        if queue:
            status, headers = queue.pop(0)
            return status, headers, f"error {status}".encode()
        return None

    def fail(self, path: str, status: int, times: int = 1, headers: dict | None = None) -> None:
        """Answer the next `times` requests for `path` with `status`."""
        self._failures["/" + path.lstrip("/")].extend([(status, headers or {})] * times)

    def add_file(self, name: str, source: Path) -> str:
        shutil.copyfile(source, self.root / name)
        return self.url(name)

    def add_page(self, name: str, body: str, head: str = "", title: str = "A clip") -> str:
        page = (
            f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"{head}</head><body>{body}</body></html>"
        )
        (self.root / name).write_text(page, encoding="utf-8")
        return self.url(name)

    def og_page(self, name: str, media_name: str, source: Path, title: str = "An og clip") -> str:
        media_url = self.add_file(media_name, source)
        head = (
            f'<meta property="og:title" content="{html.escape(title)}">'
            f'<meta property="og:video" content="{media_url}">'
            '<meta property="og:video:type" content="video/mp4">'
        )
        return self.add_page(name, "<p>Watch the clip.</p>", head=head, title=title)

    def jsonld_page(self, name: str, media_name: str, source: Path, /, **fields: object) -> str:
        """A page whose only video is described by a schema.org VideoObject. `fields`
        override the VideoObject's own (`name=` is the clip's title, not the page's)."""
        media_url = self.add_file(media_name, source)
        thumb_url = self.add_file(f"{Path(media_name).stem}.jpg", self.media.thumbnail)
        video = {
            "@context": "https://schema.org",
            "@type": "VideoObject",
            "name": "Night shift in Chongqing",
            "description": "A factory worker films his night shift.",
            "contentUrl": media_url,
            "thumbnailUrl": thumb_url,
            "uploadDate": "2024-05-01T08:30:00+00:00",
            "duration": "PT3S",
            "author": {"@type": "Person", "name": "Hugh Chongqing"},
            "interactionStatistic": [
                _stat("WatchAction", 120345),
                _stat("LikeAction", 3214000),
                _stat("CommentAction", 512),
            ],
        }
        video.update(fields)
        head = f'<script type="application/ld+json">{json.dumps(video)}</script>'
        return self.add_page(name, "<p>A clip.</p>", head=head, title=str(video["name"]))


def _stat(action: str, count: int) -> dict:
    return {
        "@type": "InteractionCounter",
        "interactionType": {"@type": action},
        "userInteractionCount": count,
    }
