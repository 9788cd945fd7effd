"""Record the canned yt-dlp info JSON in tests/data/info/ that tests/test_records.py
saves straight into an in-memory catalogue (as github-to-sqlite's tests load captured
API JSON). Run it again after a yt-dlp upgrade changes what the extractors return:

    .venv/bin/python -m tests.support.record_info

Each file is yt-dlp's own sanitized info dict, as `YoutubeDL.sanitize_info` gives it,
from the real extractor: TikTok's on the recorded page (tests/support/tiktok.py), the
generic one on a JSON-LD page served on loopback. Loopback ports are replaced by a
fixed one, so the files do not change from one recording to the next.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from yt_dlp import YoutubeDL

from tests.support import media_factory
from tests.support.site import Site
from tests.support.tiktok import FACTS, install

OUT = Path(__file__).resolve().parent.parent / "data" / "info"
PORT = re.compile(r"127\.0\.0\.1:\d+")


def _info(url: str) -> dict:
    with YoutubeDL({"quiet": True, "no_warnings": True}) as ydl:
        return ydl.sanitize_info(ydl.extract_info(url, download=False))


def _write(name: str, info: dict) -> None:
    text = json.dumps(info, ensure_ascii=False, indent=1, sort_keys=True)
    (OUT / name).write_text(PORT.sub("127.0.0.1:8000", text) + "\n", encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch, pytest.MonkeyPatch.context() as patch:
        media = media_factory.make_media_set(Path(scratch) / "media")
        with Site(Path(scratch) / "site", media) as site:
            _write("generic_jsonld.json", _info(site.jsonld_page("c.html", "c.mp4", media.clip)))
            tiktok = install(patch, site)
            _write("tiktok_video.json", _info(tiktok.add_video(FACTS.video_id)))


if __name__ == "__main__":
    main()
