"""Claims from one enormous paragraph: split into pieces first (archiver.articles.claims,
PIECE_CHARS) against pysbd on the whole paragraph, in the same run.

A hostile or badly extracted article can arrive as a single line. pysbd rescans the
text for each abbreviation and sentence, so its time grows with the square of the
paragraph; cut at sentence ends into pieces of at most 2,000 characters, it grows with
the length. Measured here (2 shared cores): 17 KB 0.53 s whole, 0.20 s in pieces (2.7x);
35 KB 1.54 s, 0.25 s (6.3x); 70 KB 5.73 s, 0.48 s (11.9x); same claims either way.

Run: .venv/bin/python bench/long_paragraph.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archiver.articles import claims  # noqa: E402
from archiver.articles.reading import read_article  # noqa: E402

SENTENCE = "The man films himself washing his face in the dorm, and then he eats. "


def timed(text: str, piece_chars: int) -> tuple[float, int]:
    claims.PIECE_CHARS = piece_chars
    article = read_article("long.txt", (text + "\n").encode())
    started = time.perf_counter()
    found = claims.split_claims(article)
    return time.perf_counter() - started, len(found)


def main() -> None:
    print(f"{'paragraph':>10} {'whole s':>8} {'pieces s':>9} {'ratio':>6} {'claims':>7}")
    for count in (250, 500, 1000):
        text = SENTENCE * count
        pieces, n = timed(text, 2000)
        whole, m = timed(text, len(text) + 1)
        assert n == m, (n, m)
        print(f"{len(text) // 1000:>8} KB {whole:8.2f} {pieces:9.2f} {whole / pieces:6.1f} {n:7d}")


if __name__ == "__main__":
    main()
