"""An article of many clips, each followed by a translated caption naming the maker it is
"from the video of" ("Photo: ... (from the video of Mr. Zed Hulame)"), read from the bytes
to the threads, against the same article with photographers' captions ("Photo: Westpix"),
in the same run.

Each such caption looks for the first citing line that names its maker
(archiver.articles.captions). As the thirtieth pass first wrote it, every caption read
every citing line, twice when no line named the maker: 1,000 clips took 6.3 s against 2.5
s (2.5x). It now reads the story's first MAKER_READS citing lines, sorted once: 3.3 s
against 2.5 s (1.3x).

Run: .venv/bin/python bench/caption_makers.py [--clips N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archiver.articles.citations import extract_citations  # noqa: E402
from archiver.articles.reading import read_article  # noqa: E402


def articles(clips: int) -> tuple[bytes, bytes]:
    makers, plain = [], []
    for i in range(clips):
        clip = f"A video posted on TikTok by baker Ann Smith{i} shows cake number {i} falling."
        makers += [clip, f"Photo: the cake on the floor (from the video of Mr. Zed Hulame{i})"]
        plain += [clip, "Photo: the cake on the floor. Westpix"]
    return "\n".join(makers).encode(), "\n".join(plain).encode()


def _seconds(data: bytes) -> float:
    started = time.perf_counter()
    extract_citations(read_article("bench.txt", data))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=1000)
    clips = parser.parse_args().clips
    makers, plain = articles(clips)
    base, read = _seconds(plain), _seconds(makers)
    print(
        f"{clips} clips: plain captions {base:.2f} s, makers' captions {read:.2f} s "
        f"({read / base:.1f}x)"
    )


if __name__ == "__main__":
    main()
