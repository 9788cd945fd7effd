"""Forty-fourth pass: rules from the misses of sets 0-186 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from tests.support.threads import read_lines

_KETTLE = (
    "In March his video of a copper kettle he had hammered from a single sheet was shared "
    "by people on every continent."
)


@pytest.mark.parametrize(
    "line",
    [
        "Q: Your kettle video has been watched more than 9 million times on TikTok.",
        "INTERVIEWER: Your kettle video has been watched more than 9 million times on TikTok.",
        "My kettle video has now been watched more than 9 million times on TikTok.",
    ],
)
def test_a_clip_named_by_what_it_shows_as_yours_or_mine_is_the_one_told(line: str) -> None:
    at, _, threads = read_lines(
        [_KETTLE, "We met him at his forge; the interview has been edited for length.", line]
    )
    assert threads[at[line]] == at[_KETTLE]


_TURNS = [
    _KETTLE,
    "We met him at his forge; the interview has been edited for length.",
    "Q: Your kettle video has been watched more than 9 million times on TikTok.",
    "Did you expect that?",
    "A: Not for a second.",
    "Q: For anyone who missed it, what happens in it?",
    "A: I hammer the spout, pour water in, and it whistles on the first try.",
    "The whistle was luck.",
    "Q: Who filmed it?",
    "A: My neighbour Tansy held the phone.",
    "I put it on my TikTok, @copper.bram, that evening.",
]


def test_a_question_on_it_after_a_long_answer_is_the_interviews_clip() -> None:
    at, _, threads = read_lines(_TURNS)
    for line in ("Q: Who filmed it?", "I put it on my TikTok, @copper.bram, that evening."):
        assert threads[at[line]] == at[_KETTLE]


def test_a_question_on_a_new_clip_is_its_own() -> None:
    turns = [*_TURNS[:8], "Q: Who filmed the one of the anvil on YouTube?"]
    at, citations, threads = read_lines(turns)
    assert threads.get(at[turns[-1]], at[turns[-1]]) != at[_KETTLE]
