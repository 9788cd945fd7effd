"""Thirty-seventh pass: rules from the misses of sets 0-151 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.account_lines import account_line
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


_EXPLAINER = [
    "A video of a human cannonball overshooting his net and landing in the boating lake at "
    "Fernley Park has been watched millions of times this week.",
    "Here is what we know.",
    "What does the video show?",
    "Fired from a blue cannon on the lawn, the performer clears the net by ten metres.",
    "Swans scatter as he surfaces.",
    "Who filmed it?",
    "Ravi Chandran-Lowe, a bus driver from Fernley, who posted it on TikTok as @ravionthelawn.",
    "How many people have seen it?",
    "It has since been viewed 3.2 million times and has about 41,000 comments.",
]


def test_an_explainers_answers_are_of_the_clip_asked_about() -> None:
    at, _, threads = read_lines(_EXPLAINER)
    opener = at[_EXPLAINER[0]]
    for line in (_EXPLAINER[3], _EXPLAINER[4], _EXPLAINER[6], _EXPLAINER[8]):
        assert threads[at[line]] == opener, line


def test_who_filmed_it_answered_by_a_maker_no_line_had_named_is_the_clip_asked_about() -> None:
    lines = [
        "A 20-second video has turned a village flower show into a national row about fairness "
        "and phones.",
        "What happened?",
        "During the judging of the dahlia class in Tetley on 4 August, a visitor filmed "
        "exhibitor Marjorie Quayle-Ojo moving a rival's vase to the back of the bench.",
        "She was disqualified the next morning.",
        "Who filmed it?",
        "The visitor, retired postman Alan Brierley-Nash, posted it on TikTok that evening under "
        "the words 'Is this allowed??'.",
        "It has since been watched about 1.9 million times.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[5]]] == at[lines[0]]
    assert threads[at[lines[6]]] == at[lines[0]]


def test_an_answer_that_brings_in_a_clip_of_its_own_or_a_new_question_ends_it() -> None:
    own = "Fernley Park Trust posted its own video on Facebook of the net being moved."
    reader = "'Is it true the cannon is going to be banned?'"
    after = "Fired again on Monday, the performer lands in the net this time."
    lines = _EXPLAINER[:3] + [own, reader, after]
    at, _, threads = read_lines(lines)
    assert threads[at[own]] == at[own]
    assert threads.get(at[after]) != at[_EXPLAINER[0]]


def test_a_gallerys_copy_of_a_clip_named_by_what_it_shows_goes_to_that_clip() -> None:
    cow = (
        "A cow wades across the ford at the finish, in a still from a video posted to TikTok "
        "by Ifan Rees-Bello"
    )
    copy = (
        "A copy of the cow video posted on Facebook by the page Farming Daily has been shared "
        "8,200 times"
    )
    lines = _GALLERY + [
        cow,
        "Ifan's video has about 300,000 likes",
        "A raft of barrels spins in the eddy below the weir, in a still from a video posted to "
        "X by @marlowreach",
        copy,
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[copy]] == at[cow]


_TRANSLATED = [
    "Translated from the Basque original published by Herriko Albisteak on 3 March.",
    "A video of the baker Miren Etxeberria dancing with a tray of bread on her head in the "
    "square of Larrain has gone around the networks.",
    "The video was posted by her son on Instagram, where it has 310 thousand views.",
    "Also the mayor of Larrain, Joseba Arana, has published a video on Facebook of the "
    "square's festival, in which Etxeberria appears for a moment.",
    "That video has 12 thousand views.",
]


@pytest.mark.parametrize(
    "line",
    [
        "The page 'Euskadi Barrez' has republished the video of Etxeberria, where it has 90 "
        "thousand views.",
        "The town hall has said that it has watched the video of Miren Etxeberria with great joy.",
    ],
)
def test_the_video_of_someone_named_later_in_the_line_is_the_clip_first_told_of_them(
    line: str,
) -> None:
    at, _, threads = read_lines(_TRANSLATED + [line])
    assert threads[at[line]] == at[_TRANSLATED[1]]


def test_a_clip_made_beside_the_video_of_someone_is_its_own() -> None:
    duet = (
        "The singer Ane Zubiri has also made a video singing beside the video of Etxeberria, "
        "in the form of a duet on TikTok."
    )
    at, _, threads = read_lines(_TRANSLATED + [duet])
    assert threads[at[duet]] == at[duet]


def test_a_newsletters_first_scene_after_its_greeting_is_the_clip_who_filmed_it_speaks_of() -> None:
    lines = [
        "Hello, fellow bus users.",
        "This week: a driver who sang the diversion, a shelter that blew away and a dog with "
        "a bus pass.",
        "The number 9 from Harlow Cross crawls to a stop behind a broken-down tractor, the "
        "heaters die, and the driver reaches for the microphone.",
        "By the third verse, half the top deck is humming along.",
        "'Diversion ahead, oh what a day, we will get there in the end,' she sings.",
        "The clip was filmed by passenger Nell Okafor-Brandt and posted on TikTok, where it has "
        "1.2m views.",
    ]
    at, citations, threads = read_lines(lines)
    opener = at[lines[2]]
    assert opener in citations
    assert [threads.get(at[line]) for line in lines[2:]] == [opener] * 4
    assert threads.get(at[lines[1]]) is None


@pytest.mark.parametrize(
    "line, account",
    [
        ("'Diversion ahead, we're going round by Mill Lane way,' she sings.", False),
        ("He goes by @bakerboy on TikTok and has 20,000 followers.", True),
        ("Tom, who goes online by Tommy Tricks, has 3,000 followers.", True),
    ],
)
def test_going_somewhere_by_a_place_is_no_name_an_account_goes_by(line: str, account: bool) -> None:
    assert account_line(line) is account
