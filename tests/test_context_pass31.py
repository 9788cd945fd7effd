"""Thirty-first pass: rules from the misses of sets 0-121 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from tests.support.threads import read_lines

_COURT = [
    "A man who streamed himself flying a drone over a packed rugby ground on YouTube has"
    " been jailed for 16 weeks.",
    "Darren Kilby-Moss, 41, of Orchard Rise, Wexbury, admitted endangering the crowd.",
]


@pytest.mark.parametrize(
    "played",
    [
        "Footage from the stream was played to the court.",
        "Extracts from the livestream were shown to the magistrates.",
        "Parts of the recording were played to the jury.",
    ],
)
def test_the_clip_played_to_a_court_cites_the_clip_in_play(played: str) -> None:
    at, citations, threads = read_lines(_COURT + [played])
    assert at[played] in citations
    assert threads[at[played]] == at[_COURT[0]]


def test_a_part_of_it_played_to_a_court_is_then_told() -> None:
    scene = "In an extract played to the court, the drone tilts and drops towards the stand."
    at, _, threads = read_lines(
        _COURT + ["Footage from the stream was played to the court.", scene]
    )
    assert threads[at[scene]] == at[_COURT[0]]


def test_what_else_was_shown_to_a_court_by_it_alone_cites_nothing() -> None:
    # "it" in a court is as often a knife or a letter
    line = "It was shown to the jury."
    at, citations, _ = read_lines(_COURT + [line])
    assert at[line] not in citations


def test_a_cameras_footage_put_to_a_court_is_another_clip_and_a_copy_after_it_is_not() -> None:
    lines = [
        "A dancer who climbed onto a museum's dinosaur skeleton so that her friend could"
        " film her for an Instagram reel has been fined.",
        "The court heard that on 4 May she stepped over a barrier and sat on the tail.",
        "Prosecutor Owen Hartley-Bose said the video was posted to her Instagram account,"
        " @tessmoves, that evening.",
        "Clips from the reel were played to the court.",
        "Mr Hartley-Bose said the reel had been viewed about 1.4 million times before it"
        " was deleted.",
    ]
    cctv = (
        "The museum's own CCTV, also shown to the court, showed a guard asking the two"
        " women to climb down."
    )
    aside = "The museum's keeper of geology told the court the tail had cost £9,000 to mend."
    copy = (
        "A copy of the reel, saved before it was deleted, was reposted on TikTok by @fossilfails."
    )
    at, citations, threads = read_lines(lines + [cctv, aside, copy])
    assert threads[at[cctv]] == at[cctv]
    assert threads[at[copy]] == at[lines[0]]


def test_the_cameras_footage_named_again_stays_with_it() -> None:
    cctv = (
        "Body-worn camera footage of his arrest two days later, played in court, showed him"
        " telling officers the drone was 'a toy'."
    )
    again = "The body-worn footage was shown to the jury twice."
    at, citations, threads = read_lines(_COURT + [cctv, again])
    assert at[cctv] in citations
    assert threads[at[cctv]] == at[cctv]
    assert threads[at[again]] == at[cctv]


def test_the_footage_played_to_a_court_is_still_the_clip_in_play() -> None:
    line = "The footage, played to the court, shows the drone hovering over the east stand."
    at, _, threads = read_lines(_COURT + [line])
    assert threads[at[line]] == at[_COURT[0]]
