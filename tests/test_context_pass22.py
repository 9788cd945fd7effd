"""Twenty-second pass: rules from the misses of sets 64-77 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.claims import split_claims
from archiver.articles.reading import read_article


def _claims(text: str) -> list[str]:
    return [claim.text for claim in split_claims(read_article("story.txt", text.encode()))]


@pytest.mark.parametrize(
    "line",
    [
        # a handle with dots in it is no sentence's end
        "Tomas Reyes, 26, who posts as @tomas.r.films, filmed the clip outside the depot.",
        # a fact-check's verdict and its reason
        "Verdict: False. The footage was filmed in Port Esmer in 2017 and shows a warehouse.",
        "Classification: MISLEADING. The video was cut from a longer 2022 broadcast.",
        # a quotation whole, with who said it past any verb
        "'Twelve euros. For a sandwich. Out of a fridge,' she fumes at the till.",
        "'That's the spare. That's definitely the spare,' host Ana Pike tells viewers.",
        "'Fifty years, child. My hands know it,' the 78-year-old says in the video.",
        # resumed after who said it
        "\u201cMove, Biscuit, that's my seat,\u201d the driver pleads. \u201cShift yourself.\u201d",
        "'Why did you leave me, Dario? Why?' he wails. 'I wrote you a whole album!'",
        # a quotation that fills its paragraph
        "'The council knows. The council has known since 2019.'",
    ],
)
def test_a_line_news_prints_as_one_claim_is_one_claim(line: str) -> None:
    assert _claims(f"Headline about a clip\n{line}") == [line]


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        # a quotation closed, then a sentence of the story's own
        ("'It is over. We lost.' The mayor disagreed.", ["'It is over. We lost.'", "The mayor disagreed."]),
        # who said it, then the story goes on: the resumed sentence is not a quotation
        ('"That is not my voice," he says. He left the room.', ['"That is not my voice," he says.', "He left the room."]),
        # a stop after a time or an abbreviation inside no handle still ends nothing new
        ("The clip was posted at 3.12am. It has 4,000 views.", ["The clip was posted at 3.12am.", "It has 4,000 views."]),
        # a verdict label alone on its line is left alone (a subheading)
        ("Verdict: False.", ["Verdict: False."]),
    ],
)  # fmt: skip
def test_sentences_of_the_story_itself_stay_apart(line: str, cut: list[str]) -> None:
    assert _claims(f"Headline about a clip\n{line}") == cut


def test_a_speech_run_over_paragraphs_is_cut_sentence_by_sentence() -> None:
    """News style leaves a quotation open at a paragraph's end when it goes on in the
    next; each sentence of the rest is matched in the clip on its own."""
    text = (
        "Headline about a clip\n"
        "'It looks like I'm on the ground floor: the street is over there.\n"
        "'But the lift says we're on the 12th floor. Then we walk out onto a road.'"
    )
    assert _claims(text)[1:] == [
        "'But the lift says we're on the 12th floor.",
        "Then we walk out onto a road.'",
    ]
