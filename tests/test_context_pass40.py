"""Fortieth pass: rules from the misses of sets 0-166 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from tests.support.threads import claim_texts, read_lines

_FERRY = [
    "A clip posted to Instagram on Sunday shows a ferry's ramp lowering onto the slipway "
    "at Kelloch while a van is still reversing up it.",
    "The driver brakes with his back wheels on the very edge of the ramp.",
]


@pytest.mark.parametrize(
    ("question", "answer", "maker"),
    [
        (
            "Who filmed it?",
            "The passenger is Morag Lindsay-Opoku, 52, who posts as @moragatsea under the name "
            "Island Morag and lives on Kelloch.",
            "@moragatsea",
        ),
        (
            "Who posted the video?",
            "Teacher Ewan Darroch-Asante, 38, who has taken the ferry to work since 2014 and "
            "posts on Instagram as @ewanferries.",
            "@ewanferries",
        ),
    ],
)
def test_the_line_under_who_filmed_it_names_the_clips_maker(
    question: str, answer: str, maker: str
) -> None:
    at, citations, threads = read_lines(_FERRY + [question, answer])
    assert at[answer] in citations
    assert threads[at[answer]] == at[_FERRY[0]]
    opener = citations[at[_FERRY[0]]]
    assert maker in {opener.creator, opener.inferred_creator}


def test_a_line_under_another_question_is_no_answer_of_who_filmed_it() -> None:
    answer = (
        "The harbour master is Morag Lindsay-Opoku, 52, who posts as @moragatsea under the "
        "name Island Morag."
    )
    at, citations, threads = read_lines(_FERRY + ["Who runs the slipway?", answer])
    assert at[answer] not in threads


@pytest.mark.parametrize(
    "line",
    [
        "Kutaisi, 3 September. On the internet is actively spreading a video, in which a "
        "pensioner sings to his beans.",
        "Avanasar, October 15. - In the social networks wide spreading has received a video.",
        "Butwal, Mangsir 14. The video in which a 67-year-old ama rides the '8' track has "
        "become viral.",
    ],
)
def test_a_translations_dateline_of_place_and_day_stays_with_its_sentence(line: str) -> None:
    assert claim_texts(line) == [line]


def test_a_sentence_ending_in_a_place_and_a_day_is_no_dateline() -> None:
    line = "Then we met again in Paris, 3 September. It rained all day."
    assert claim_texts(line) == ["Then we met again in Paris, 3 September.", "It rained all day."]
