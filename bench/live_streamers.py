"""A live blog of many streamers, each named in full when they go live and later by one
name ("Joss has ended his live"), read from the bytes to the threads, against a blog of
the same length whose later lines name no one ("The replay of that stream has ..."), in
the same run.

A line that opens on a streamer's name looks for the one clip whose lines name them
(archiver.articles.owners.makers_thread). As the thirty-first pass first wrote it, every
such line gathered every thread's lines; it reads the latest 60 lines of threads and a
running set of the clips whose first line names a maker: 2,000 lines 4.7 s against 4.0 s
(1.17x), 1,000 lines 2.3 s against 1.9 s (1.19x): the time grows with the length.

Run: .venv/bin/python bench/live_streamers.py [--lines N]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from hostile_articles import compare  # noqa: E402  (bench/, by path)


def _name(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghklmnprstvw") + rng.choice("aeiou") for _ in range(3)).title()


def articles(lines: int) -> tuple[bytes, bytes]:
    rng = random.Random(5)
    named, plain = ["Moving day: live"], ["Moving day: live"]
    for i in range(lines // 2):
        first, stamp = _name(rng), f"{i // 60 % 24:02d}:{i % 60:02d}"
        went_live = f"{stamp} Paramedic {first} Tennant-Obi (@user{i}) has gone live on TikTok."
        named += [went_live, f"{stamp} {first} has ended his live. The replay has {i},000 views."]
        plain += [went_live, f"{stamp} The replay of that stream has {i},000 views."]
    return "\n".join(named).encode(), "\n".join(plain).encode()


def main() -> int:
    return compare("streamers named", articles, 2000)


if __name__ == "__main__":
    sys.exit(main())
