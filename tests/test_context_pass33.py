"""Thirty-third pass: rules from the misses of sets 0-126 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.bulletins import handed_to
from archiver.articles.earlier_clip import earlier_clip_meant, official_thread
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


_BULLETIN = [
    "NEWSREADER: Nearly half a million people have now watched a video of a bride's father"
    " being towed out of a flooded ford on his way to the church near Kellmoor.",
    "NEWSREADER: Priya Achterberg-Lowe reports.",
    "PRIYA ACHTERBERG-LOWE: Dennis Fairweather-Ode tried to drive his van through the ford at"
    " Mill Bottom on Saturday. His son Kit went live on Instagram from the bank as the water"
    " rose.",
    "(CLIP) KIT FAIRWEATHER-ODE: Don't open the door, Dad! He's opened the door.",
]


@pytest.mark.parametrize(
    "handover", [_BULLETIN[1], "NEWSREADER: Our reporter Priya Achterberg-Lowe is at the ford."]
)
def test_a_reporters_package_retells_the_newsreaders_clip(handover: str) -> None:
    lines = [_BULLETIN[0], handover, *_BULLETIN[2:]]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[0]]
    assert threads[at[lines[3]]] == at[lines[0]]


def test_a_bodys_own_video_in_a_package_is_a_clip_of_its_own() -> None:
    own = (
        "PRIYA ACHTERBERG-LOWE: Kellmoor Fire Service posted its own video of the rescue on X"
        " this morning."
    )
    count = "PRIYA ACHTERBERG-LOWE: The service says that's been watched 80,000 times."
    lines = [*_BULLETIN, own, count]
    at, _, threads = read_lines(lines)
    assert threads[at[own]] == at[own]
    assert threads[at[count]] == at[own]


def test_the_weather_handed_over_to_is_no_reporters_package() -> None:
    assert handed_to("PRESENTER: Now the weather, and Bethan has more rain on the way.") is None


_TABLOID = [
    "THIS is the moment a best man dropped a three-tier wedding cake on the dance floor - while"
    " the bride's sister filmed every crumb for TikTok.",
    "Shanice Oduya-Marr posted the 19-second clip on TikTok, where it has racked up 3.1 MILLION"
    " views.",
    "Red-faced best man Dom Aske has since posted his own TikTok in reply, licking icing off his"
    " shoe, which has 400,000 views.",
]


@pytest.mark.parametrize(
    "copy",
    [
        "But the original was also swiped by Facebook page Weddings Gone Wrong, where it has been"
        " shared another 22,000 times.",
        "Meanwhile Shanice's original reel has been nicked by meme page @ohnotheydidnt, which"
        " reposted it on X.",
        "Meanwhile cheeky meme page Weddings Gone Wrong swiped the original and shared it on"
        " Facebook.",
    ],
)
def test_a_tabloids_original_swiped_is_the_first_clip_past_a_reply(copy: str) -> None:
    at, _, threads = read_lines(_TABLOID + [copy])
    assert threads[at[_TABLOID[2]]] == at[_TABLOID[2]]
    assert threads[at[copy]] == at[_TABLOID[0]]


def test_copying_the_original_of_something_else_is_no_copy_of_a_clip() -> None:
    thread_of, text_at = {0: 0, 2: 2}, {0: _TABLOID[0], 2: _TABLOID[2]}
    line = "Her mother copied the original recipe from a 1970s magazine."
    assert earlier_clip_meant(line, thread_of, text_at, 2) is None


_STREAMED = [
    "Kelsby Regatta streamed its racing for the first time this year on its YouTube channel,"
    " Kelsby Regatta Live.",
    "During the veterans' double sculls, two scullers in their seventies capsize in front of"
    " the sponsor's banner.",
    "The regatta's stream peaked at about 2,300 live viewers.",
    "The scullers have since appeared in a print advert for the sponsor.",
]


def test_a_named_persons_own_video_after_a_bodys_stream_is_another_clip() -> None:
    own = (
        "Abernethy-Lowe's own video, from a phone taped to his rigger, shows the capsize at"
        " water level; he posted it on Facebook."
    )
    at, _, threads = read_lines(_STREAMED + [own])
    assert threads[at[_STREAMED[2]]] == at[_STREAMED[0]]
    assert threads[at[own]] == at[own]


def test_the_bodys_own_stream_told_before_is_that_stream() -> None:
    lines = [
        "The regatta streamed its racing on its YouTube channel, Hollins Regatta TV, for the"
        " first time this year.",
        "The regatta's own stream peaked at about 2,300 viewers during the capsize.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[0]]


@pytest.mark.parametrize("verb", ["growls", "croaks", "splutters"])
def test_words_said_now_in_any_voice_are_heard_in_the_clip(verb: str) -> None:
    assert continues(f"'Nobody touch the jar,' he {verb} at the camera.") == "quote"
