"""Who made the clip (archiver.articles.stated.creator_named) on hostile single lines,
against ordinary copy of the same length in the same run, as ratios.

A name pattern over a long run of capitalised or hyphenated words, or a check that reads
back to the start of the line for every candidate name, grows with the square of the
line. Each hostile shape here once did; the ratio says how far it is from ordinary copy
now. Measured (2 shared cores, the seventeenth pass): a 2 KB line of one long word before
53 "shared by X," 0.008 s, 2.2x ordinary copy (the pass's first check for a place before a
name read back to the line's start and took 1.2-1.6 s on it; it reads the 120 characters
before a name now; main before the pass 0.001 s, 0.4x); 12 KB of "Ab-Ab-..." before "'s video"
0.23 s, 38x (bounded since the sixteenth pass by reading a sentence's first 2,000
characters); 8 KB of capitalised words around a still 0.018 s, 3.1x; 9 KB of quoted
nicknames 0.005 s, 0.9x.

Run: .venv/bin/python bench/creator_lines.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archiver.articles.stated import creator_named  # noqa: E402

ORDINARY = "A passer-by filmed the flood from a bus shelter and shared it on Facebook. "
HOSTILE = {
    "long word, many 'shared by X,'": "a" * 1300 + " shared by X," * 53,
    "hyphenated capitals before 's video": "Snow in a still from " + "Ab-" * 4000 + "'s video.",
    "capitalised words around a still": "Snow " + "Abc " * 2000 + "in a still from her video.",
    "quoted nicknames": "Filmed by " + "Joe 'Jo' " * 1000 + "Bloggs.",
}


def timed(line: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        creator_named(line)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    print(f"{'line':<40} {'chars':>7} {'hostile s':>10} {'ordinary s':>11} {'ratio':>7}")
    for name, line in HOSTILE.items():
        ordinary = (ORDINARY * (len(line) // len(ORDINARY) + 1))[: len(line)]
        hostile_s, ordinary_s = timed(line), timed(ordinary)
        ratio = hostile_s / ordinary_s if ordinary_s else float("inf")
        print(f"{name:<40} {len(line):>7} {hostile_s:>10.3f} {ordinary_s:>11.3f} {ratio:>6.1f}x")


if __name__ == "__main__":
    main()
