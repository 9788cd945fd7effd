"""The offline demo: a small website of clip pages, served on loopback and archived.

Nothing here reaches the network: the clips are made with the bundled ffmpeg into a
temporary folder and served by `StaticServer` on 127.0.0.1.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from archiver.capture import CaptureOptions, CaptureOutcome
from archiver.catalogue import Catalogue
from archiver.static_server import StaticServer

DEMO_PORT = 8765

# (page name, title, creator, likes); each page's clip is demo_site/NAME.mp4, made
# by demo_site/make_media.sh: spoken English over a plain picture.
DEMO_CLIPS = [
    ("which-floor", "Which floor are we on? #chongqing", "Hugh Chongqing", 3214000),
    ("sunlight", "Fog again. Sunlight is a luxury here", "Jackson Lu", 91000),
    ("night-shift", "My 12-hour night shift at the factory", "Factory Diaries", 48200),
    ("robots", "Inspection robots on patrol", "Robot Watch", 15300),
]
DEMO_MEDIA = Path(__file__).parent / "demo_site"


def _page(title: str, creator: str, likes: int, media_url: str) -> str:
    video = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": title,
        "description": f"{title}. Filmed and shared by {creator}.",
        "contentUrl": media_url,
        "uploadDate": "2025-05-01T08:00:00+00:00",
        "author": {"@type": "Person", "name": creator},
        "interactionStatistic": [
            {
                "@type": "InteractionCounter",
                "interactionType": {"@type": "LikeAction"},
                "userInteractionCount": likes,
            },
        ],
    }
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
        f"<script type='application/ld+json'>{json.dumps(video)}</script></head>"
        f"<body><h1>{title}</h1></body></html>"
    )


def build_site(folder: Path, base_url: str) -> list[str]:
    urls = []
    for name, title, creator, likes in DEMO_CLIPS:
        shutil.copyfile(DEMO_MEDIA / f"{name}.mp4", folder / f"{name}.mp4")
        page = _page(title, creator, likes, f"{base_url}/{name}.mp4")
        (folder / f"{name}.html").write_text(page, encoding="utf-8")
        urls.append(f"{base_url}/{name}.html")
    return urls


def _serve(folder: str) -> StaticServer:
    """A fixed port keeps the demo's clip keys stable between runs, so a re-run
    adds captures, not new clips; any free port will do if that one is taken."""
    try:
        return StaticServer(folder, port=DEMO_PORT)
    except OSError:
        return StaticServer(folder)


def run(
    catalogue: Catalogue,
    capture: Callable[[Catalogue, list[str], CaptureOptions, str], list[CaptureOutcome]],
) -> list[CaptureOutcome]:
    with tempfile.TemporaryDirectory(prefix="archiver-demo-") as folder:
        with _serve(folder) as server:
            urls = build_site(Path(folder), server.base_url)
            return capture(catalogue, urls, CaptureOptions(), "demo")
