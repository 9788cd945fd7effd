"""A live blog of many streams, each followed by a line that goes back to the organisers'
stream by its body ("Back on the festival stream, ...", "The festival's stream peaked at
..."), read from the bytes to the threads, against a blog of the same length whose later
lines name no stream ("Back in the arena, ..."), in the same run.

A line that names a stream by the body that puts it out looks for the earliest thread a
stream brought in whose lines name that body (archiver.articles.earlier_clip.bodys_stream),
over the story's first 240 thread members only. As the thirty-sixth pass wrote it: 3,000
lines 19.7 s against 10.5 s for the plain blog (1.87x), 1,500 lines 8.6 s against 5.6 s
(1.55x); on e3139ad, before the rule, the same blog read in 18.7 s against 10.0 s (1.87x)
and 9.1 s against 5.7 s (1.61x). So the rule adds about 5%; the blog's own ratio, from its
thousand count lines that cite, grows a little with its length with the rule or without
it (left as found).

Run: .venv/bin/python bench/body_streams.py [--lines N]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from hostile_articles import compare  # noqa: E402  (bench/, by path)


def articles(lines: int) -> tuple[bytes, bytes]:
    start = "09:12 The festival is streaming the final on its YouTube channel, Fest Live."
    named, plain = [start], [start]
    for i in range(lines // 3):
        stamp = f"{10 + i // 60 % 14:02d}:{i % 60:02d}"
        live = f"{stamp} Bea Okafor-Lund (@bea{i}) has gone live on Instagram from bar {i}."
        named += [
            live,
            f"{stamp} Back on the festival stream, band {i} walks off and the crowd roars.",
            f"{stamp} The festival's stream peaked at {1000 + i} viewers, the organisers say.",
        ]
        plain += [
            live,
            f"{stamp} Back in the arena, band {i} walks off and the crowd roars.",
            f"{stamp} The arena held {1000 + i} people at the peak, the organisers say.",
        ]
    return "\n".join(named).encode(), "\n".join(plain).encode()


def main() -> int:
    return compare("body streams", articles, 3000)


if __name__ == "__main__":
    raise SystemExit(main())
