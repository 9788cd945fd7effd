"""An article of many clips, each line telling a new clip and "the replay" of it, read from
the bytes to the threads, against an article of the same length whose lines name no
replay, in the same run.

"The replay" goes back to the one stream the article told (archiver.articles.earlier_clip.
earlier_clip_meant), read over the threads of the latest 120 members only. As the
forty-second pass first wrote it, reading every thread, 1,500 lines read 3.3x the plain
article; bounded, 1.6x, against 1.3x with the rule taken out.

Run: .venv/bin/python bench/replays.py [--lines N]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from hostile_articles import compare  # noqa: E402  (bench/, by path)


def articles(lines: int) -> tuple[bytes, bytes]:
    told = "Walker number {i} posted a video on TikTok of the fell race, and {it} has {n} views."
    replays = [told.format(i=i, it="the replay", n=i + 100) for i in range(lines)]
    plain = [told.format(i=i, it="it", n=i + 100) for i in range(lines)]
    return "\n".join(replays).encode(), "\n".join(plain).encode()


def main() -> int:
    return compare("replays", articles, 1500)


if __name__ == "__main__":
    raise SystemExit(main())
