"""Benchmark: discovery against capturing every post of every named creator.

A synthetic loopback site of C creators x P posts (JSON-LD clip pages, each creator's
page an RSS feed yt-dlp reads as a playlist) and one article whose N citations each
name a creator by display name only and quote words of one post's title. Discovery
lists the guessed handles and captures its top 3 per citation; the brute-force
baseline captures every post of every creator named. Both skip transcription, so
what differs is listing and ranking versus capturing. Reported: recall@3 of the right
post, requests made, seconds, and the ratios, measured in the same run.
Run: .venv/bin/python bench/discover.py [CREATORS POSTS CITATIONS]  (20 50 30)

Measured 2026-12-02 on the shared 2-core machine, 20 x 50, 30 citations: recall@3
30/30; 404 requests against 4,000 (0.10); 23.8 s against 152.8 s (0.16). An earlier
run (29 distinct citations) gave 13.6 s against 287.0 s: seconds vary with the load.
Again after the lead weights and the ranking of each post once with all its leads
(load average 6 on 2 cores): 30/30; 404 against 4,000 (0.10); 50.6 s against 501.3 s
(0.10).
The quoted words are a title's own, so recall here is an upper bound.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archiver.clips.capture import CaptureOptions, capture_urls  # noqa: E402
from archiver.discovery.discover import DiscoverOptions  # noqa: E402
from archiver.pipeline import ArchiveJob, ArchiveOptions  # noqa: E402
from archiver.store.catalogue import open_catalogue  # noqa: E402
from tests.support.media_factory import make_media_set  # noqa: E402
from tests.support.site import Site  # noqa: E402

FIRST = "Ada Bo Cai Dev Eli Fen Gus Hal Ivo Jun Kai Lin Mo Nia Oto Pia Qin Rui Sol Tao".split()
LAST = "Chongqing Harbour Lantern Terrace Ridge Willow Tunnel Market Bridge River".split()
WORDS = (
    "fog stairs tunnel noodles bridge metro lantern rooftop market skyline river ferry "
    "hotpot elevator monorail alley tower night dawn rain mountain temple cable car"
).split()


def build(site: Site, work: Path, creators: int, posts: int, citations: int, rng):
    names = [f"{FIRST[i % 20]} {LAST[(i // 20) % 10]}" for i in range(creators)]
    media = site.media.clip
    feeds = site.root / "creators"
    feeds.mkdir()
    titles: dict[str, str] = {}
    by_creator: dict[str, list[str]] = {}
    for c, name in enumerate(names):
        handle = name.replace(" ", "").lower()
        items = []
        for p in range(posts):
            title = " ".join(rng.sample(WORDS, 4)) + f" {c}x{p}"
            page = f"p{c}x{p}.html"
            url = site.jsonld_page(page, f"p{c}x{p}.mp4", media, name=title,
                                   author={"@type": "Person", "name": name},
                                   uploadDate="2025-03-01T00:00:00+00:00")  # fmt: skip
            titles[url] = title
            by_creator.setdefault(name, []).append(url)
            items.append(f"<item><title>{title}</title><link>{url}</link>"
                         f"<pubDate>Sat, 01 Mar 2025 00:00:00 +0000</pubDate></item>")  # fmt: skip
        (feeds / f"{handle}.xml").write_text(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title>'
            f"{''.join(items)}</channel></rss>"
        )
    wanted: dict[str, str] = {}  # quoted words -> the right post
    paragraphs = []
    for n in range(citations):
        name = names[n % creators]
        url = rng.choice([u for u in by_creator[name] if u not in wanted.values()])
        quote = " ".join(titles[url].split()[:4])
        wanted[quote] = url
        paragraphs.append(f"<p>‘{quote},’ said TikToker {name} in a video that has "
                          f"amassed {n + 2} million likes.</p>")  # fmt: skip
    article = work / "article.html"
    article.write_text(
        '<!doctype html><html><head><meta charset="utf-8"><title>Bench</title>'
        '<meta property="article:published_time" content="2025-05-06T08:00:00+00:00">'
        f"</head><body><article><h1>Bench</h1>{''.join(paragraphs)}</article></body></html>"
    )
    named = sorted({names[n % creators] for n in range(citations)})
    return article, wanted, [u for name in named for u in by_creator[name]]


def main() -> None:
    creators, posts, citations = (int(a) for a in (sys.argv[1:4] or (20, 50, 30)))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        media = make_media_set(work / "media")
        with Site(work / "site", media) as site:
            article, wanted, every_post = build(site, work, creators, posts, citations,
                                                random.Random(7))  # fmt: skip
            capture = CaptureOptions(new_only=True, keep_video=False, allow_private_addresses=True)
            options = ArchiveOptions(
                capture=capture, skip_transcribe=True, skip_ocr=True,
                discover=DiscoverOptions(limit=posts,
                                         templates={"user": site.url("creators/{value}.xml")}),
            )  # fmt: skip
            site.requests.clear()
            start = time.perf_counter()
            with open_catalogue(work / "a") as catalogue:
                ArchiveJob(catalogue, options).run([str(article)])
                chosen = catalogue.db.execute(
                    """SELECT cl.text, d.url FROM discovery_candidates d JOIN citations ci
                       USING (citation_id) JOIN claims cl USING (claim_id) WHERE d.chosen"""
                ).fetchall()
            seconds = time.perf_counter() - start
            requests = len(site.requests)
            found = sum(
                any(url == right and quote in claim for claim, url in chosen)
                for quote, right in wanted.items()
            )
            site.requests.clear()
            start = time.perf_counter()
            with open_catalogue(work / "b") as catalogue:
                capture_urls(catalogue, every_post, capture)
            brute_seconds = time.perf_counter() - start
            brute_requests = len(site.requests)
    print(f"site: {creators} creators x {posts} posts, {len(wanted)} citations")
    print(f"discovery:   recall@3 {found}/{len(wanted)}, {requests} requests, {seconds:.1f} s")
    print(f"brute force: captures {len(every_post)} posts, {brute_requests} requests, "
          f"{brute_seconds:.1f} s")  # fmt: skip
    print(f"ratios (discovery / brute force): requests {requests / brute_requests:.2f}, "
          f"seconds {seconds / brute_seconds:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
