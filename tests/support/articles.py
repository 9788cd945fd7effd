"""Article test data shared by test_articles, test_clip_links and test_citations."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from archiver.articles.reading import Article, read_article

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
DATA = Path(__file__).resolve().parents[1] / "data" / "articles"
# The seed tests need the shared seed folder; the fixture tests run without it.
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"no seed articles at {SEEDS}")

DAILY_MAIL = "000_64ccccdd8bb06583.txt"  # captions as standalone lines
AGGREGATOR = "001_9a33013a03dab2f5.txt"  # the same story with a header and a related block
BLOG = "002_e6ab478a54a45aa8.txt"  # starts with a line of CSS


def read(folder: Path, name: str, source: str | None = None) -> Article:
    return read_article(source or name, (folder / name).read_bytes())


@functools.cache
def embed_article() -> Article:
    """tests/data/articles/embed_article.html, read once: an HTML page with embeds."""
    return read(DATA, "embed_article.html", "https://harbourtimes.example/news/flood")
