"""Thirty-sixth pass: rules from the misses of sets 0-146 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.metrics import metrics_stated
from tests.support.threads import read_lines

_BORE = [
    "07:00 Good morning from the riverbank at Fennick, where the spring tide is due at 08:40.",
    "07:20 The river trust says it will show the bore from a camera on the old toll bridge.",
    "07:31 The trust's stream is up on YouTube, and about 3,000 people are watching the river.",
    "07:50 Surfer Kit Arrowsmith-Bale has gone live on Instagram from his board under the bridge. "
    "About 900 are with him.",
    "08:05 On Kit's live, he is waxing his board and telling viewers the wave will be big.",
    "08:20 Ferry pilot Maren Oduya-Fisk has posted a TikTok from her wheelhouse, with the bore "
    "still a grey line far downriver.",
]


@pytest.mark.parametrize(
    "back",
    [
        "08:41 Back on the trust's stream, the wave rounds the bend and the bridge crowd cheers.",
        "08:50 The trust stream peaked at 14,200 viewers as the wave passed, the trust tells us.",
        "09:02 Over on the trust's stream the camera has turned to watch the surfers come in.",
    ],
)
def test_a_stream_named_by_its_body_is_the_bodys_past_the_streams_told_since(back: str) -> None:
    at, _, threads = read_lines(_BORE + [back])
    trust = threads[at[_BORE[2]]]
    assert threads[at[_BORE[4]]] == at[_BORE[3]]  # (Kit's live is his own)
    assert threads[at[back]] == trust


_CUP = [
    "A streamer who sneaked into the Harlow Cup final has been fined 400 pounds.",
    "The court heard he went live on Kick from inside the arena during the final of the "
    "Harlow Cup, and 9,000 people watched him.",
    "The Harlow Cup's official broadcast on Twitch, watched by 90,000 people, went black for "
    "ten minutes.",
]


def test_a_bodys_stream_on_another_platform_is_its_own() -> None:
    at, _, threads = read_lines(_CUP)
    assert threads[at[_CUP[2]]] == at[_CUP[2]]


def test_a_stream_told_as_the_bodys_is_taken_before_one_that_only_names_it() -> None:
    clip = "A clip of the cup broadcast going black was posted on X and has 200,000 views."
    at, _, threads = read_lines(_CUP + [clip])
    assert threads[at[clip]] == at[_CUP[2]]


_HEATS = [
    "08:50 Good morning from the Ashby regatta, where the first heats start at nine.",
    "09:00 Rower Sam Idowu has gone live on TikTok from the regatta's start pontoon, and about "
    "1,200 are watching.",
]


def test_a_stream_brought_in_by_its_name_is_not_taken_back_to_the_bodys() -> None:
    own = (
        "09:10 The regatta's own YouTube stream, Ashby Regatta Live, is now up, with 400 watching."
    )
    at, _, threads = read_lines(_HEATS + [own])
    assert threads[at[own]] == at[own]


def test_a_stream_of_ones_own_that_shows_the_bodys_is_not_the_bodys() -> None:
    lines = [
        "08:50 Good morning from the Ashby regatta, where the first heats start at nine.",
        "09:00 The regatta is streaming the heats on its YouTube channel, and about 1,200 are "
        "watching.",
        "09:10 Streamer Dee Farrant (@deerows) has started a watch party on Kick, co-streaming "
        "the regatta feed with her own commentary.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[2]]


_BULLETIN = [
    "NEWSREADER: Coastguards pulled a paddleboarder from the harbour mouth at Wexcombe last night.",
    "NEWSREADER: The rescue was streamed live on Facebook by Wexcombe Coastguard, and more than "
    "forty thousand people watched it.",
]


@pytest.mark.parametrize(
    "turn",
    [
        "(CLIP - COASTGUARD LIVESTREAM) WINCHMAN: Arms in. Arms in, Kasia. We have got you now.",
        "[CLIP - COASTGUARD STREAM] WINCHMAN: Arms in. Arms in, Kasia. We have got you now.",
        "(CLIP, CREW SHOUTING): Arms in! Arms in, Kasia! We have got you now.",
    ],
)
def test_a_clips_turn_named_in_its_marker_is_one_claim_heard_in_the_clip(turn: str) -> None:
    at, _, threads = read_lines(_BULLETIN + [turn])
    assert turn in at  # (one claim, not cut at its marker nor at each sentence)
    assert threads[at[turn]] == at[_BULLETIN[1]]


_SEAL = [
    "A video of a seal pup being chased by dogs on Porthlenna beach was posted on TikTok by "
    "Jory Trewin.",
    "It has been watched 600,000 times.",
    "A copy of it was reposted on X by an account called @coastchaos, where it has 90,000 views.",
]


@pytest.mark.parametrize(
    "asked",
    [
        "The seal sanctuary said it had asked X to remove the copy because it showed a child.",
        "The sanctuary has asked X to take that copy down, and has heard nothing back.",
    ],
)
def test_asking_a_platform_to_take_the_clip_down_cites_it(asked: str) -> None:
    at, citations, threads = read_lines(_SEAL + [asked])
    assert at[asked] in citations
    assert threads[at[asked]] == at[_SEAL[0]]


def test_a_readers_word_that_they_asked_for_it_to_go_is_no_citation() -> None:
    told = "Mr Trewin told us by email that he had asked TikTok to remove it."
    at, citations, _ = read_lines(_SEAL + [told])
    assert at[told] not in citations


@pytest.mark.parametrize(
    ("line", "count"),
    [
        (
            "More than 22,000 fans have commented, with one writing: 'Give that goose a medal.'",
            ("comments", 22000, "more than"),
        ),
        (
            "And 17,405 fans have left comments, most of them about the hat.",
            ("comments", 17405, None),
        ),
        ("More than 6,000 people have commented on it.", ("comments", 6000, "more than")),
        (
            "Nearly 12,000 people have since watched the replay, far more than were in the hall.",
            ("views", 12000, "nearly"),
        ),
    ],
)
def test_those_who_commented_or_watched_are_the_clips_count(line: str, count: tuple) -> None:
    assert [(m.kind, m.value, m.qualifier) for m in metrics_stated(line)] == [count]


@pytest.mark.parametrize(
    "line",
    ["The club has 31,000 fans.", "About 2,000 people have commented on the council's plan."],
)
def test_fans_counted_or_comments_on_something_else_are_not_comments(line: str) -> None:
    assert all(m.kind != "comments" for m in metrics_stated(line))


def test_a_tabloids_count_of_commenters_cites_the_clip() -> None:
    lines = [
        "THIS is the moment a goose chased a wedding party out of a country pub's garden.",
        "In the footage, posted to TikTok by the best man, the bride hitches up her dress.",
        "More than 22,000 fans have commented, with one writing: 'Give that goose a medal.'",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[2]] in citations
    assert threads[at[lines[2]]] == threads[at[lines[1]]]


_COLUMN = [
    "Last week a video went round of a man pushing a pram full of traffic cones across a "
    "zebra crossing in Hollin Vale.",
    "It was posted on TikTok by his neighbour and has about 2 million views.",
    "Nobody has asked where the cones came from.",
    "Everyone has asked where the baby is.",
]


@pytest.mark.parametrize(
    "watched",
    [
        "I have watched it four times, and I still laugh at the lollipop man.",
        "I've watched the video more often than I would like to admit.",
    ],
)
def test_the_writer_watching_the_clip_cites_it(watched: str) -> None:
    at, citations, threads = read_lines(_COLUMN + [watched])
    assert at[watched] in citations
    assert threads[at[watched]] == at[_COLUMN[0]]


_GIGS = [
    "Crowds on the quay for the regatta's opening day. Photograph: Harbour Echo",
    "A rowing gig capsizes at the harbour mouth, in a still from a video posted on TikTok by"
    " spectator Nia Pellow",
    "Her video has been watched 1.3 million times",
]


def test_a_caption_that_brings_in_a_clip_made_from_another_opens_its_own_thread() -> None:
    duet = (
        "A duet of Nia's video by the comedian Rob Tregear, who plays the capsized gig, has "
        "400k views"
    )
    at, _, threads = read_lines(_GIGS + [duet])
    assert threads[at[duet]] == at[duet]


_LIVES = [
    "19:38 Backstage, Carys Bellweather has gone live on TikTok from the wings. About 3,000 "
    "are watching.",
    "19:52 On Carys's live, she is pinning a beard onto a very reluctant Joseph.",
    "21:05 Carys has ended her live because her phone is on two per cent.",
]


@pytest.mark.parametrize(
    "new",
    [
        "22:02 And Carys is back on TikTok with a new live from the car park. About 1,500 are "
        "watching.",
        "22:02 A follow-up, in which she takes the beard off Joseph, has a further 40,000 views.",
    ],
)
def test_a_clip_that_follows_one_told_is_its_own(new: str) -> None:
    at, _, threads = read_lines(_LIVES + [new])
    assert threads[at[new]] == at[new]


def test_a_streamer_ending_their_live_cites_it() -> None:
    ended = "21:05 Carys has ended her live because her phone is on two per cent."
    at, citations, threads = read_lines(_LIVES[:2] + [ended])
    assert at[ended] in citations
    assert threads[at[ended]] == at[_LIVES[0]]


@pytest.mark.parametrize(
    "statement",
    [
        "The showground's owners, Harrowby Events, said they had 'seen the footage' and that "
        "torches would be banned from June.",
        "The association said in a statement that it had 'reviewed the full broadcast' and found "
        "no fault.",
    ],
)
def test_a_bodys_word_that_it_has_seen_the_clip_cites_it(statement: str) -> None:
    lines = [
        "A video of bargain hunters charging across a showground with torches at 5am has been "
        "watched 2 million times on TikTok.",
        "It was filmed by stallholder Ben Marsh-Adeyemi from the roof of his van.",
        statement,
    ]
    at, citations, threads = read_lines(lines)
    assert at[statement] in citations
    assert threads[at[statement]] == at[lines[0]]
