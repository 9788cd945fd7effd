"""The learned reading of a clip's maker (archiver/articles/creator_model.py), as the
citations stage uses it: only for citing lines whose maker neither the rules nor the
context found, never for a body's own footage. The sentences are invented."""

from __future__ import annotations

import pytest

from archiver.articles import creator_model
from archiver.articles.citations import extract_citations
from archiver.articles.reading import read_article
from tests.support.weights import check_weights


def test_the_weights_were_trained_on_every_labelled_set() -> None:
    """Run bench/creator_learned.py --train after a new set's first run."""
    check_weights(creator_model.WEIGHTS, creator_model.FEATURES, 0.3)


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        ("Okonkwo uploaded the full 40-minute recording to YouTube on Tuesday.", "Okonkwo"),
        ("Haverty posted her clip on Instagram, where it has 90,000 likes.", "Haverty"),
        ("Teenager Callum Rix, 16, filmed the hail bouncing off the car roof.", "Callum Rix"),
    ],
)
def test_a_maker_the_rules_do_not_read(line: str, maker: str) -> None:
    assert creator_model.learned_creator(line) == maker


@pytest.mark.parametrize(
    "line",
    [
        "A hamster named Biscuit was caught on a pet camera stuffing seeds into his cheeks.",
        "Prosecutor Helen Marsh told the jury the video had been viewed 700,000 times.",
        "Harrow Rovers posted its own footage of the goal on X.",
        "Pensioners were filmed dancing in the square outside Kelby town hall.",
    ],
)
def test_no_maker_where_the_line_names_none(line: str) -> None:
    assert creator_model.learned_creator(line) is None


def test_the_maker_is_passed_to_the_lines_of_its_thread(monkeypatch) -> None:
    lines = [
        "A doorbell camera in Wexley caught a delivery rider dancing on the doorstep.",
        "Okonkwo posted the 30-second recording as an Instagram reel on Monday.",
        "The reel has been played 1.4 million times.",
    ]
    claims, citations = extract_citations(read_article("s.txt", "\n".join(lines).encode()))
    found = {c.claim_position: c for c in citations}
    makers = {p: c.creator or c.inferred_creator for p, c in found.items()}
    assert makers[1] == "Okonkwo" and makers[2] == "Okonkwo"
    monkeypatch.setattr(creator_model, "learned_creator", lambda text: None)
    claims, citations = extract_citations(read_article("s.txt", "\n".join(lines).encode()))
    assert not any(c.creator or c.inferred_creator for c in citations)


def test_a_hostile_line_is_read_in_bounded_time() -> None:
    """Only the first READS characters are read, whatever the line's length."""
    line = "Okonkwo posted " + "Ab " * 200_000 + "."
    assert creator_model.learned_creator(line) in (None, "Okonkwo")
