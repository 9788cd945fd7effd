"""Thirty-fourth pass: rules from the misses of sets 0-136 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.bulletins import handed_to
from archiver.articles.goes_on import continues
from tests.support.threads import read_lines

_FACT_CHECK = [
    "Claim: A video shared on Facebook shows councillor Ines Varga telling a crowd that the"
    " harbour baths will close for good.",
    "Verdict: Misleading. The 12-second clip stops halfway through her sentence.",
]


@pytest.mark.parametrize(
    "heard",
    [
        "In it, Varga says: 'Let us be honest. The baths as we know them are finished.'",
        "In it, she says: 'The baths as we know them are finished.'",
    ],
)
def test_a_quotation_opened_by_says_and_a_colon_is_heard_in_the_clip(heard: str) -> None:
    at, _, threads = read_lines(_FACT_CHECK + [heard])
    assert continues(heard) is not None
    assert threads[at[heard]] == at[_FACT_CHECK[0]]


@pytest.mark.parametrize(
    "told",
    [
        "The baths were never safe, she says.",
        "She now sells the templates online and earns, she says, 'about what a teacher earns'.",
    ],
)
def test_the_speakers_word_at_the_end_is_still_the_storys(told: str) -> None:
    assert continues(told) is None


_FILM = [
    "A video filmed by ferryman Aron Thorsby shows the elk swimming between the moored boats.",
    "The harbour office has since shared the clip on its own page.",
    "The elk climbs out by the fuel pumps and shakes itself.",
    "Elsewhere in the region, the autumn ferry timetable starts on Monday.",
    "Photo: The elk among the fishing boats. (Picture from Aron Thorsby's film)",
]


def test_a_caption_from_a_named_persons_film_is_a_still_of_their_clip() -> None:
    caption = _FILM[-1]
    at, _, threads = read_lines(_FILM)
    assert threads[at[caption]] == at[_FILM[0]]


_BUS = [
    "The front camera of a school bus caught the fireball over the fell road on Tuesday"
    " evening, and the bus company has posted the video on Facebook.",
    "It has been seen about 40,000 times.",
    "Astronomers at the county observatory say the rock probably burned up over the sea.",
    "Picture: The fireball above the fell road, a picture from the video of the bus's front"
    " camera.",
]


def test_a_picture_from_a_video_is_a_still_of_it() -> None:
    at, _, threads = read_lines(_BUS)
    assert threads[at[_BUS[-1]]] == at[_BUS[0]]


_PARTY = [
    "A video posted to TikTok by guest Mara Quist shows a stray cat strolling down the"
    " catwalk at the Harrowgate graduate show and stealing a feathered hat.",
]


@pytest.mark.parametrize(
    "heard",
    [
        "'She's actually taking it!' one stunned guest squeals.",
        "'That's our girl,' another says, and the whole room claps.",
        "'If she clears the last step, she has won it,' the Stagecast TV commentator says.",
        "In it, the woman filming says, 'She's not even running. She's just having a look.'",
        "One steward wipes away a tear.",
    ],
)
def test_more_ways_of_telling_who_speaks_or_acts_in_the_clip(heard: str) -> None:
    assert continues(heard) is not None
    at, _, threads = read_lines(_PARTY + [heard])
    assert threads[at[heard]] == at[_PARTY[0]]


@pytest.mark.parametrize(
    "statement",
    [
        "'We are proud of every one of our students,' the college writes.",
        "'We will not be showing the hat again,' the museum announces.",
    ],
)
def test_a_bodys_statement_is_not_heard_in_the_clip(statement: str) -> None:
    assert continues(statement) is None


_GALLERY = [
    "Tallowfield Zoo opened after sunset for the first time on Friday.",
    "Visitors queue with torches at the main gate. Photograph: Ines Ward/Tallowfield Echo",
    "A fruit bat hangs a few inches from a visitor's face, in a still from a video posted to"
    " Instagram by visitor Corinne Appiah-Holt",
    "'It's looking at me. It's looking right at me,' Appiah-Holt whispers as the bat tilts its"
    " head, in the clip's opening seconds",
]


def test_a_caption_that_brings_its_clip_in_after_what_it_shows_carries_a_thread() -> None:
    at, _, threads = read_lines(_GALLERY)
    assert threads[at[_GALLERY[3]]] == at[_GALLERY[2]]


_NEWS = [
    "NEWSREADER: More than a million people have now watched a video of an 81-year-old"
    " crossing the finish line of the Vale Half with her arms in the air.",
    "NEWSREADER: Margaret Ashworth-Ellis jogged the race in just under four hours. Our"
    " reporter Jamal Pennock-Reyes has been to see her.",
    "JAMAL PENNOCK-REYES: Her grandson Liam filmed the last hundred metres from behind the"
    " barriers and put it on Instagram on Sunday night.",
    "(CLIP) LIAM: Go on, Nan! You've done it!",
]


@pytest.mark.parametrize(
    "handover",
    [
        _NEWS[1],
        "NEWSREADER: Our reporter Jamal Pennock-Reyes went to meet her.",
        "NEWSREADER: Our reporter Jamal Pennock-Reyes was there.",
    ],
)
def test_our_reporter_gone_to_the_story_hands_over_to_a_package(handover: str) -> None:
    assert handed_to(handover) == "JAMAL PENNOCK-REYES"
    lines = [_NEWS[0], handover, *_NEWS[2:]]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[0]]
    assert threads[at[lines[3]]] == at[lines[0]]


def test_a_package_clip_on_another_platform_than_the_ledes_is_its_own() -> None:
    lede = (
        "NEWSREADER: The company behind the thermostats, Thermiq, has posted a video apology on"
        " its YouTube channel."
    )
    retold = (
        "JAMAL PENNOCK-REYES: Retired nurse Glenys Parry-Obi filmed her thermostat overnight and"
        " posted the clip on TikTok."
    )
    at, _, threads = read_lines([lede, _NEWS[1], retold])
    assert threads[at[retold]] == at[retold]


def test_a_name_that_did_something_else_is_no_handover() -> None:
    assert handed_to("NEWSREADER: The mayor, Tom Banks, went to the fair.") is None


def test_a_stream_live_now_is_cited_though_the_line_says_what_is_to_come() -> None:
    lines = [
        "08:31 And they're off, up the hill towards the cathedral.",
        "08:55 Runner Femi Adeyemo-Price has gone live on TikTok from the mass start, and says"
        " she will stream all 26.2 miles.",
        "09:20 On Femi's live, she's running alongside a man dressed as a lighthouse.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[1]] in citations
    assert threads[at[lines[2]]] == at[lines[1]]


def test_a_stream_only_promised_is_still_no_clip() -> None:
    promised = "07:58 Femi Adeyemo-Price says she will stream all 26.2 miles on TikTok."
    at, citations, _ = read_lines(["07:45 Good morning from Harbour Parade.", promised])
    assert at[promised] not in citations


def test_someone_gone_live_on_another_platform_opens_a_stream_of_their_own() -> None:
    lines = [
        "09:42 The organisers will stream the final on their YouTube channel, Guild Live, from"
        " 10am. It is not live yet.",
        "10:01 Guild Live is now on air, opening on a wide shot of eight empty workbenches."
        " Roughly 6,500 people are watching.",
        "10:15 Finalist Amara Lindqvist-Obi has gone live on TikTok from her bench. Her live"
        " has just over 2,000 viewers.",
        "14:05 Back on Amara's live, she turns the phone round to show her viewers the floor.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[2]]
    assert threads[at[lines[3]]] == at[lines[2]]


@pytest.mark.parametrize(
    ("call", "claim"),
    [
        ("Seen a better escape? Send us the video.", "Send us the video."),
        (
            "If you see them, ring our escape line and, if you can, film them from a distance"
            " and send us the video.",
            None,
        ),
    ],
)
def test_a_call_to_readers_for_clips_cites_nothing(call: str, claim: str | None) -> None:
    lines = [
        "A video posted by @skatergran shows a grandmother dropping into a bowl.",
        "It has 2m views.",
        call,
    ]
    at, citations, threads = read_lines(lines)
    assert at[claim or call] not in citations


def test_readers_who_sent_clips_in_are_still_told_of() -> None:
    told = "Reader Ellen Vance sent us this video of the snow drifting over her car on Tuesday."
    at, citations, _ = read_lines(["Snow closed every school in Harrowby on Tuesday.", told])
    assert at[told] in citations
