"""The learned reading of a clip's maker (archiver/articles/creator_model.py), as the
citations stage uses it: only for citing lines whose maker neither the rules nor the
context found, never for a body's own footage. The sentences are invented."""

from __future__ import annotations

import pytest

from archiver.articles import creator_model
from archiver.articles.citations import extract_citations
from archiver.articles.reading import read_article
from archiver.articles.stated import creator_named
from tests.support.weights import check_weights


def test_the_weights_were_trained_on_every_labelled_set() -> None:
    """Run bench/creator_learned.py --train after a new set's first run."""
    check_weights(creator_model.WEIGHTS, creator_model.FEATURES, 0.3)


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        # (a lone surname opening the line, "Then Okonkwo tried again ... and filmed it
        # all", the model gives 0.45 to 0.5 as it is retrained: the story's earlier lines
        # give it in full, archiver.articles.known_names, see below)
        # (with the time after the name, "Ada Okonkwo tried again a week later ...", the
        # weights of sets 0-116 give 0.495, at the threshold: the time first, 0.71)
        ("A week later Ada Okonkwo tried again with a new oven, and filmed it all.", "Ada Okonkwo"),
        ("Three kettles whistle in turn as Marta Belli opens the cupboard.", "Marta Belli"),
    ],
)
def test_a_maker_the_rules_do_not_read(line: str, maker: str) -> None:
    assert creator_named(line) is None
    assert creator_model.learned_creator(line) == maker


def test_a_lone_surname_is_the_maker_named_in_full_before() -> None:
    text = (
        "Baker Ada Okonkwo, 34, posted a TikTok of her first loaf collapsing.\n"
        "It has 2m views.\n"
        "Then Okonkwo tried again with a new oven, and filmed it all.\n"
    )
    _, citations = extract_citations(read_article("a.txt", text.encode()))
    last = max(citations, key=lambda c: c.claim_position)
    assert (last.creator or last.inferred_creator) == "Ada Okonkwo"


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
        "A week later Ada Okonkwo tried again with a new oven, and filmed it all.",
        "Smoke pours from the oven door as the timer rings.",
        "The video has been watched 1.4 million times.",
    ]

    def makers() -> dict[int, str | None]:
        _, citations = extract_citations(read_article("s.txt", "\n".join(lines).encode()))
        return {c.claim_position: c.creator or c.inferred_creator for c in citations}

    assert makers() == {0: "Ada Okonkwo", 2: "Ada Okonkwo"}
    monkeypatch.setattr(creator_model, "learned_creator", lambda text: None)
    assert makers() == {0: None, 2: None}  # the rules alone read no maker here


def test_a_later_line_naming_someone_gives_the_thread_no_maker() -> None:
    """ "Nigel Farage responded to the video on X" names who answered the clip, not who
    made it: only a thread's opener is read by the model."""
    lines = [
        "A video of a fox riding a Tube carriage between Brixton and Stockwell has gone "
        "viral on X.",
        "The clip has been viewed 5 million times.",
        "Radio host Dev Okafor responded to the video on X, calling it the most London thing ever.",
    ]
    _, citations = extract_citations(read_article("s.txt", "\n".join(lines).encode()))
    first = next(c for c in citations if c.claim_position == 0)
    assert first.creator is None and first.inferred_creator is None
    # nor is the line itself given him as its clip's maker
    assert all(c.creator is None for c in citations)


def test_a_hostile_line_is_read_in_bounded_time() -> None:
    """Only the first READS characters are read, whatever the line's length."""
    line = "Okonkwo posted " + "Ab " * 200_000 + "."
    assert creator_model.learned_creator(line) in (None, "Okonkwo")
