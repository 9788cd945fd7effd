"""Thirty-third pass: rules from the misses of sets 0-126 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.goes_on import continues
from tests.support.threads import read_lines

_MOMENT = [
    "THIS is the moment a bride's carriage horse decided it had had enough of the wedding"
    " and trotted into a duck pond - while her brother filmed the lot on TikTok.",
]


@pytest.mark.parametrize(
    "scene",
    [
        "Best man Gareth Penhallow, 58, in a top hat and tails, wades in after it as the"
        " ducks scatter.",
        "Grinning usher Kofi Mensah-Blythe holds the bouquet above his head.",
        "Red-faced groom Ollie Tremayne sprints along the bank with the rings.",
    ],
)
def test_a_tabloids_described_person_acting_now_goes_on_with_the_clip(scene: str) -> None:
    after = "The horse does not move."
    at, _, threads = read_lines(_MOMENT + [scene, after])
    assert continues(scene) == "back_reference"
    assert threads[at[scene]] == at[_MOMENT[0]]


@pytest.mark.parametrize(
    "story",
    [
        "Wedding planner Tamsin Roskilly, 41, posts on TikTok as @tamsinplans and has 80,000"
        " followers.",
        "Bridal shop owner Delyth Carne, 52, runs three boutiques in Cornwall.",
        "Trading standards officer Huw Rees recommends that couples check the pond first.",
        "Groom Jowan Pascoe, who has known the bride since school, said he was not surprised.",
        "Chief steward Ben Hosking thanks every volunteer",
    ],
)
def test_a_described_person_in_a_story_line_does_not(story: str) -> None:
    assert continues(story) is None
