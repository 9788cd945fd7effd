"""Forty-first pass: rules from the misses of sets 0-171 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from tests.support.threads import read_lines

_DARTS_LEDE = (
    "A pub darts player who hit the winning double for his team on Friday has been watched "
    "more than 600,000 times online."
)


@pytest.mark.parametrize(
    "scene",
    [
        "Glyn Abernethy-Shaw, 61, stands at the oche with his caller, Marcus Tandy, tapping his "
        "right shoulder and reading out what he needs.",
        "Upstairs, Ffion Tregarthen-Osu opens her window and starts conducting them with a "
        "wooden spoon.",
        "Tower captain Idris Pennant-Mbeki signs 'Go' to the band and the ropes begin to move.",
    ],
)
def test_someone_named_doing_a_thing_now_just_after_the_clip_is_told_is_what_it_shows(
    scene: str,
) -> None:
    at, citations, threads = read_lines([_DARTS_LEDE, scene])
    assert threads.get(at[scene]) == at[_DARTS_LEDE]


@pytest.mark.parametrize(
    "line",
    [
        "Glyn Abernethy-Shaw, 61, plays for the Red Lion every Thursday.",  # a habit
        "Glyn Abernethy-Shaw, 61, says he has never thrown better.",  # speech, to us
        "Darts Weekly ranks the Red Lion third in the county.",  # no person named in full
    ],
)
def test_a_habit_or_a_word_to_the_reporter_is_not_what_the_clip_shows(line: str) -> None:
    at, citations, threads = read_lines([_DARTS_LEDE, line])
    assert at[line] not in threads
