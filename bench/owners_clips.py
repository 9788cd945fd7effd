"""An article of many people's clips, each named by its owner ("Kalomi's video has been
viewed 1,012 times") after a line naming that person, read from the bytes to the threads,
against an article of the same length whose clips are named as "the video", in the same run.

Each owner's clip looks back for the thread whose citing lines named that person
(archiver.articles.owners). As the twenty-first pass left it, every such line also asked
of every citing line before it whether it made a clip of another (a stitch, a duet):
3,000 lines took 32.0 s against 4.0 s for the plain article (8.0x). The twenty-second pass
asks that only of the lines that name the owner, and looks at most 40 lines back for an
owner no citing line names: 5.5 s against 3.2 s (1.7x); 1,500 lines 2.2 s against 1.6 s
(1.4x).

Run: .venv/bin/python bench/owners_clips.py [--lines N]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from hostile_articles import compare  # noqa: E402  (bench/, by path)


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghklmnprstvw") + rng.choice("aeiou") for _ in range(3)).title()


def articles(lines: int) -> tuple[bytes, bytes]:
    rng = random.Random(3)
    owners, plain = ["Readers' clips"], ["Readers' clips"]
    for i in range(lines // 2):
        name = _surname(rng)
        owners += [f"Resident Alex {name} says the street has flooded twice this year.",
                   f"{name}'s video has been viewed {1000 + i} times."]  # fmt: skip
        plain += [f"A resident says the street has flooded twice this year, number {i}.",
                  f"The video has been viewed {1000 + i} times."]  # fmt: skip
    return "\n".join(owners).encode(), "\n".join(plain).encode()


def main() -> int:
    return compare("owners' clips", articles, 3000)


if __name__ == "__main__":
    sys.exit(main())
