"""Thirty-seventh pass: rules from the misses of sets 0-151 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

from tests.support.threads import read_lines

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
