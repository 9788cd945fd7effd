"""Thirty-third pass: rules from the misses of sets 0-126 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.earlier_clip import official_thread
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


_GALLERY = [
    "Thousands visited Fernmouth Airport on Sunday for its first open day in eight years.",
    "A still from a video posted to TikTok by runner Elin Barras-Koh, 11, showing her"
    " overtaking a man dressed as a helicopter",
    "Her clip has been watched 1.1 million times.",
    "A Tiger Moth on static display. Photograph: Harbour Images",
]


@pytest.mark.parametrize(
    "caption",
    [
        "A screenshot of plane-spotter Idris Moel-Farrant's YouTube video of the fire crews'"
        " water salute",
        "A still from Idris Moel-Farrant's own video of the fire crews' water salute",
    ],
)
def test_a_caption_from_a_named_persons_clip_brings_that_clip_in(caption: str) -> None:
    count = "His video has about 52,000 views."
    at, citations, threads = read_lines(_GALLERY + [caption, count])
    assert threads[at[caption]] == at[caption]
    assert threads[at[count]] == at[caption]
    assert threads[at[_GALLERY[2]]] == at[_GALLERY[1]]


def test_a_caption_from_a_clip_told_before_stays_a_caption_of_it() -> None:
    caption = "The runners at the finish, in a still from Elin Barras-Koh's video"
    at, _, threads = read_lines(_GALLERY + [caption])
    assert threads[at[caption]] == at[_GALLERY[1]]


_BLOG = [
    "09:00 Good morning from the riverbank, where 200 crews are racing today.",
    "09:12 The Tarrow Rowing Club is streaming the race on its YouTube channel, Tarrow Head TV,"
    " and about 2,100 people are already watching.",
    "09:45 Division one is away.",
    "09:58 Former Olympian Bea Okafor-Lund (@bearowsagain) has gone live on Instagram from the"
    " bridge, commentating on every crew.",
    "10:10 A spokesperson tells us the course is clear.",
]


@pytest.mark.parametrize(
    "line",
    [
        "10:45 Back on the official stream, the commentators have spotted a swan escorting the"
        " crews.",
        "12:15 The official stream has passed 19,000 viewers, according to the counter.",
        "13:22 On the Tarrow Head TV stream, the race secretary reads out the swan's time.",
    ],
)
def test_the_official_stream_is_the_organisers_past_a_fans_stream(line: str) -> None:
    at, _, threads = read_lines(_BLOG + [line])
    assert threads[at[line]] == at[_BLOG[1]]


def test_a_persons_live_by_name_is_theirs_past_another_stream() -> None:
    line = "10:21 On Bea's live, a veterans' eight catches a crab under the bridge."
    lines = [_BLOG[0], _BLOG[3], _BLOG[2], _BLOG[1], _BLOG[4], line]
    at, _, threads = read_lines(lines)
    assert threads[at[line]] == at[_BLOG[3]]


def test_the_official_stream_with_none_told_as_official_is_no_thread_of_its_own() -> None:
    text_at = {3: _BLOG[3], 5: "10:30 Her live has 900 viewers."}
    assert (
        official_thread(
            "10:45 The official stream has passed 19,000 viewers.", {3: 3, 5: 3}, text_at
        )
        is None
    )
    text_at[1] = _BLOG[1]
    thread_of = {1: 1, 3: 3, 5: 3}
    assert official_thread("10:45 Back on the official stream, a swan.", thread_of, text_at) == 1
