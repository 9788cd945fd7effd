"""Thirty-seventh pass: rules from the misses of sets 0-151 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from tests.support.threads import read_lines

_ROUND_UP = [
    "Our pick of the week's funniest clips from the allotments.",
    "1. The hen who guards the rhubarb",
]


@pytest.mark.parametrize(
    "scene, filmed",
    [
        (
            [
                "A speckled hen on an upturned bucket at the end of the rhubarb bed pecks "
                "every trowel that comes near.",
                "Her owner, dressed as a scarecrow for the open day, says sorry by bowing low.",
            ],
            "His sister filmed it and put it on TikTok, where it has 2.2m views.",
        ),
        (
            [
                "A pensioner in wellies rows a tin bath across the flooded lower plots, waving "
                "a cabbage at the ducks."
            ],
            "Her neighbour filmed the whole crossing from the shed roof and posted it on "
            "Instagram, where it has 410,000 likes.",
        ),
    ],
)
def test_who_filmed_a_numbered_items_scene_goes_back_to_the_scene(
    scene: list[str], filmed: str
) -> None:
    at, citations, threads = read_lines(_ROUND_UP + scene + [filmed])
    opener = at[scene[0]]
    assert opener in citations
    assert threads[at[filmed]] == opener
    assert all(threads[at[line]] == opener for line in scene)


def test_news_told_past_under_an_item_heading_is_not_the_items_clip() -> None:
    lines = _ROUND_UP + [
        "A goat wandered onto the bowling green in Hexley and refused to leave the jack.",
        "The club filmed the stand-off and posted it on Facebook, where it has 30,000 shares.",
    ]
    at, _, threads = read_lines(lines)
    assert threads.get(at[lines[2]]) is None
    assert threads[at[lines[3]]] == at[lines[3]]


_GALLERY = [
    "In pictures: the Marlow Reach raft race, from the start gun to the last soggy finisher",
    "More than 60 home-made rafts set off from the weir on Saturday morning",
    "A raft made of oil drums sinks under the town's mayor, in a still from a video posted to "
    "TikTok by his daughter, Greta Fairley-Osei",
    "Greta's video has been watched more than 900,000 times",
]


def test_a_caption_from_the_same_video_is_in_that_clips_thread() -> None:
    caption = "The mayor climbs out onto the bank, in a frame from the same video"
    lines = _GALLERY + [
        "Spectators line the towpath below the weir. Photograph: Ana Kettle/Reach Echo",
        caption,
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[caption]] == at[_GALLERY[2]]


def test_a_bodys_own_livestream_under_a_still_is_a_clip_of_its_own_and_its_replay_count_too() -> (
    None
):
    stream = (
        "The winning crew holds up the cup, in a frame from the club's own Facebook "
        "livestream, which peaked at about 1,800 viewers"
    )
    replay = "The club says the livestream's replay has since been viewed 12,400 times"
    other = (  # (a clip on the same platform, which the still is not from)
        "A raft of wheelie bins capsizes at the weir, in a still from a video posted to "
        "Facebook by spectator Lou Abara-Kent"
    )
    at, citations, threads = read_lines(_GALLERY + [stream, replay, other])
    assert threads[at[stream]] == at[stream]
    assert threads[at[replay]] == at[stream]
    assert citations[at[replay]].metrics[0].value == 12400
