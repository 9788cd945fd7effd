"""Thirtieth pass: rules from the misses of sets 0-116 (invented text, in the styles of
real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

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


def test_who_filmed_what_was_told_and_where_they_put_it_is_the_clip_told() -> None:
    lines = [
        "A border collie from Dentdale has become an online star after a video of her"
        " opening a field gate was watched more than a million times.",
        "Meg, who is four, belongs to shepherd Ruth Alderson.",
        "The dog stands on her hind legs and lifts the chain off the post with her nose.",
        "Ms Alderson's nephew, Tom, filmed the scene last week and put it on his Facebook"
        " page that evening.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[0]]


def test_someone_who_filmed_what_a_camera_caught_has_a_clip_of_their_own() -> None:
    lines = [
        "Grainger Police have released doorbell footage of a man taking a parcel from a"
        " porch in Elm Road on Tuesday.",
        "A neighbour, Jo Bell, filmed the whole thing from her window and posted it on Facebook.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[1]]


def test_a_translated_caption_from_the_video_of_someone_goes_to_their_clip() -> None:
    lines = [
        "The video of the goats on the roof of the chapel was recorded by the shepherd"
        " Tomasz Wilk and published on Facebook, where it was seen 400 thousand times.",
        "Also the neighbour Agata Nowicka recorded the goats from her garden and shared a"
        " second video on TikTok, which reached 90 thousand views.",
        "The municipality said that the roof will be repaired in spring.",
    ]
    theirs = "Photo: The goats on the ridge of the roof (from the video of Mrs. Agata Nowicka)"
    unknown = "Photo: The chapel at dusk, a frame from the film of Mr. Zielinski."
    at, citations, threads = read_lines(lines + [theirs, unknown])
    assert threads[at[theirs]] == at[lines[1]]
    assert threads[at[unknown]] == at[lines[0]]  # named by no line: the story's clip
    assert at[theirs] not in citations and at[unknown] not in citations


def test_a_court_telling_when_in_two_parts_retells_the_ledes_stream() -> None:
    lines = [
        "A streamer who drove a van into a flooded underpass while broadcasting live to"
        " his followers has been fined £900.",
        "Corey Baptiste-Wynn, 29, of Oak Row, Tilbury Vale, admitted driving without due"
        " care at Marlow Magistrates' Court.",
        "The court heard that on the night of 2 March, during Storm Edda, he was streaming"
        " on Kick under the name CoreyGoesDeep when he passed a 'Road Closed' sign.",
        "Prosecutor Ann Leigh-Ober said the broadcast was being watched by about 1,900"
        " people at the time.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[0]]
    assert threads[at[lines[3]]] == at[lines[0]]
    # the account it went out under, told in the thread, is the clip's maker
    maker = citations[at[lines[0]]].creator or citations[at[lines[0]]].inferred_creator
    assert maker == "CoreyGoesDeep"


def test_a_newsletter_scene_told_first_is_the_clip_the_best_of_which_was_filmed_by() -> None:
    lines = [
        "Hello, skywatchers! This week: a booster, a ferry and a lot of screaming.",
        "CLIP OF THE WEEK",
        "A rocket booster drops out of a low grey sky, relights its engines above the sea"
        " and settles on a drone ship, while a car ferry chugs past a mile away.",
        "Everyone on the ferry's top deck is filming, and every one of them is shrieking.",
        "The best of the clips was filmed by deckhand Ines Marlow-Obi, who posted it on X"
        " on Saturday, and it has 2.1 million views.",
        "The launch company, Corvid Aerospace, posted its own drone-ship camera view on"
        " YouTube, and you can spot the ferry in the background of that one too.",
    ]
    at, citations, threads = read_lines(lines)
    scene = at[lines[2]]
    assert threads[at[lines[3]]] == scene and threads[at[lines[4]]] == scene
    assert threads[at[lines[5]]] == at[lines[5]]  # the company's own clip is its own


def test_a_judge_who_finally_says_so_is_heard_in_the_clip() -> None:
    from archiver.articles.heard import SPEECH_IN_CLIP

    assert SPEECH_IN_CLIP.search("'Bless you. And... correct,' the head judge finally says.")


def test_someones_instagram_live_is_their_stream() -> None:
    lines = [
        "11:34 Judge and TV cook Priya Okoro-Lund has gone live on Instagram from behind the"
        " counter of the Smoke Shack.",
        "12:47 A video posted to TikTok by trader Ben Ruiz-Hale shows his team throwing a"
        " pizza base across the yard.",
        "13:05 His clip passed 80,000 views in the last twenty minutes.",
        "13:10 The Smoke Shack's own Instagram reel of the queue has 5,000 likes.",
        "13:18 Priya's Instagram Live peaked at about 14,500 viewers, her team tells us.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[4]]] == at[lines[0]]


def test_he_put_it_on_tiktok_refers_back_to_the_clip_in_play() -> None:
    # (after a line of background the thread broke off: only a definite reference counts)
    from archiver.articles.refers_back import refers_back as _refers_back

    line = "He put it on TikTok and it's had 4.6m views and more than 12,000 comments."
    assert _refers_back(line, broke_off=True) == "back_reference"


def test_many_makers_captions_are_each_placed_and_read_in_bounded_work() -> None:
    # (each caption reads only the story's first MAKER_READS citing lines: see
    # bench/caption_makers.py for the time against photographers' captions)
    lines = []
    for i in range(300):
        lines.append(f"A video posted on TikTok by baker Ann Smith{i} shows cake {i} falling.")
        lines.append(f"Photo: the cake on the floor (from the video of Mr. Zed Hulame{i})")
    lines.append("Photo: the last cake (from the video of Ann Smith3)")
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[-1]]] == at[lines[6]]  # named by a line: that baker's clip
    assert all(threads[at[line]] == at[lines[0]] for line in lines[1:-1:2])  # the story's
    assert not any(at[line] in citations for line in lines[1::2])


@pytest.mark.parametrize(
    "line",
    [
        "Flame Off, the baking contest, streams its final live on YouTube every series, and"
        " this year's stream caught contestant Bea Morrow-Tan's oven door falling off.",
        "Hillcrest Academy is livestreaming its results morning on its Instagram account,"
        " and about 900 people are watching Pip Ashdown open her envelope.",
    ],
)
def test_a_body_streaming_its_own_show_or_on_its_own_page_has_no_learned_maker(line: str) -> None:
    from archiver.articles.creator_model import learned_creator

    assert learned_creator(line) is None
