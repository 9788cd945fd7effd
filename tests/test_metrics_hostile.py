"""A count of thousands of digits in article text is no count: it is left out, never a
crash (float() makes it infinite, and rounding infinity raised OverflowError; found by a
helper attacking the nineteenth pass's changes). The sentences are invented."""

from __future__ import annotations

import pytest

from archiver.articles.citations import extract_citations
from archiver.articles.metrics import metrics_stated
from archiver.articles.reading import read_article

DIGITS = "9" * 5000


@pytest.mark.parametrize(
    "line",
    [
        f"The clip has {DIGITS} views.",
        f"The clip has {DIGITS} and a half million views.",
        f"It has {DIGITS}.5 million views and {DIGITS}m likes.",
    ],
)
def test_a_count_of_thousands_of_digits_is_left_out(line) -> None:
    assert metrics_stated(line) == []
    _, citations = extract_citations(
        read_article("story.txt", f"A TikTok video shows a cat on a roof.\n{line}".encode())
    )
    assert all(not c.metrics for c in citations)


def test_an_ordinary_count_beside_it_is_kept() -> None:
    found = metrics_stated(f"It has 2.1 million views, {DIGITS} shares and 45,300 likes.")
    assert [(m.kind, m.value) for m in found] == [("views", 2_100_000), ("likes", 45_300)]
