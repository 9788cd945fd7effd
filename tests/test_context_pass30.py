"""Thirtieth pass: rules from the misses of sets 0-116 (invented text, in the styles of
real news; see docs/labelling.md)."""

from __future__ import annotations

from tests.support.threads import read_lines


def test_a_caption_from_the_video_is_a_still_of_the_clip_the_story_is_about() -> None:
    # a photo desk picks the story's clip: not the council's, told last
    lines = [
        "A video posted on TikTok shows a pensioner chasing a loose pig down Kettering"
        " Road with a broom.",
        "It has been watched 800,000 times.",
        "Wellborough Borough Council shared its own clip of the pig being rounded up"
        " behind the library.",
        "That post has 3,000 likes.",
    ]
    caption = "Photo: Bernard Ashby mid-sprint, a frame from the video of his neighbour."
    at, citations, threads = read_lines(lines + [caption])
    assert threads[at[caption]] == at[lines[0]]
    assert at[caption] not in citations  # a still of a clip told before cites nothing new


def test_a_still_from_the_video_that_made_her_name_is_not_read_as_the_first() -> None:
    lines = [
        "Baker Ines Corrigan has posted a new video on Instagram of a cake collapsing"
        " on live television.",
        "Three years ago she posted a TikTok of her nan icing a wedding cake in a"
        " caravan, which made her name.",
        "That clip has 9 million views.",
    ]
    caption = "The nan's piping bag, in a still from the video that made her name"
    at, _, threads = read_lines(lines + [caption])
    assert threads.get(at[caption]) != at[lines[0]]
