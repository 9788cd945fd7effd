"""The comparison the article reader's hostile-article benches share (body_streams,
live_streamers, owners_clips, replays): read an article from its bytes to its threads, a hostile
one against a plain one of the same length in the same run, and print both times and
their ratio."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archiver.articles.citations import extract_citations  # noqa: E402
from archiver.articles.reading import read_article  # noqa: E402


def timed(text: bytes) -> float:
    started = time.perf_counter()
    extract_citations(read_article("story.txt", text))
    return time.perf_counter() - started


def compare(what: str, articles: Callable[[int], tuple[bytes, bytes]], lines: int) -> int:
    """Time articles(N) -> (hostile, plain), N from --lines (default `lines`)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=lines)
    args = parser.parse_args()
    hostile_text, plain_text = articles(args.lines)
    base, hostile = timed(plain_text), timed(hostile_text)
    print(f"{args.lines} lines: {what} {hostile:.2f} s, plain {base:.2f} s, "
          f"{hostile / base:.2f}x")  # fmt: skip
    return 0
