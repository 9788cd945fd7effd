"""Claims from one enormous paragraph: split into pieces first (archiver.articles.claims,
PIECE_CHARS) against pysbd on the whole paragraph, in the same run.

A hostile or badly extracted article can arrive as a single line. pysbd rescans the
text for each abbreviation and sentence, so its time grows with the square of the
paragraph; cut at sentence ends into pieces of at most 2,000 characters, it grows with
the length. Measured here (2 shared cores): 17 KB 0.53 s whole, 0.20 s in pieces (2.7x);
35 KB 1.54 s, 0.25 s (6.3x); 70 KB 5.73 s, 0.48 s (11.9x); same claims either way.

And one enormous "word" (a run of letters, of capitalised pairs, of attribute-like pairs,
of hyphenated capitals) read whole, from the bytes to the citations, against ordinary copy
of the same length in the same run. As first written, the cleaning's pattern for an
<iframe>'s attributes and the maker's name patterns read such a word once a letter: 100 KB
of letters took 70 s and 500 KB would have taken half an hour. Now each reads it once:
letters and capitalised pairs 0.4 s at 100 KB and 2.0 s at 500 KB (0.2x ordinary copy),
attribute pairs 2.1 s and 10.5 s (1.2x), hyphenated capitals 4.1 s and 20.3 s (2.3x). The
twenty-first pass: the hostile words as before (hyphenated capitals 4.2 s and 21.1 s), while
ordinary copy reads faster on this machine now (1.5 s and 7.7 s at 100 KB and 500 KB), so
0.2x-2.8x; main at the start of the pass, run the same day, gave the same (4.2 s, 2.9x).

Run: .venv/bin/python bench/long_paragraph.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archiver.articles import claims  # noqa: E402
from archiver.articles.citations import extract_citations  # noqa: E402
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

    claims.PIECE_CHARS = 2000  # (as shipped; the runs above set it)
    print(f"\n{'one word':>22} {'KB':>5} {'s':>6} {'copy s':>7} {'ratio':>6}")
    fillers = {
        "letters": lambda n: "a" * n,
        "capitalised pairs": lambda n: "Ab" * (n // 2),
        "attribute pairs": lambda n: 'a="b" ' * (n // 6),
        "hyphenated capitals": lambda n: "Ab-" * (n // 3),
    }
    for name, filler in fillers.items():
        for size in (100_000, 500_000):
            word = read_whole(f"A video on TikTok shows {filler(size)}.")
            copy = read_whole(SENTENCE * (size // len(SENTENCE)))
            print(f"{name:>22} {size // 1000:>5} {word:6.2f} {copy:7.2f} {word / copy:6.1f}")


def read_whole(text: str) -> float:
    started = time.perf_counter()
    extract_citations(read_article("word.txt", (text + "\n").encode()))
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
