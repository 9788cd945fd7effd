"""Thirty-ninth pass: rules from the misses of sets 0-161 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.stated import creator_named
from tests.support.threads import claim_texts, read_lines

_LADDER = [
    "A window cleaner who was filmed dangling from a ladder outside a dental surgery has "
    "said he 'never felt in danger', after the clip was viewed 2.4 million times on TikTok.",
    "The video, posted by a passer-by, shows Dale Whitcombe-Ade hanging by one hand from the "
    "top rung as the ladder slides along the gutter.",
    "Mr Whitcombe-Ade, 52, has cleaned windows in the town for 30 years.",
    "A second clip, filmed by a dentist from inside the surgery, shows him waving through "
    "the glass and has 80,000 views on Instagram.",
    "He has since bought a new ladder with a stabiliser bar, his wife said.",
]


@pytest.mark.parametrize(
    "statement",
    [
        "Pennford Police said officers were 'aware of a video circulating on social media' "
        "and had spoken to the man.",
        "The Health and Safety Board said it was 'aware of a video circulating on TikTok' but "
        "had received no complaint.",
        "The council said it was aware of the video and would be reviewing its contractors.",
        "Pennford Police say they are 'aware of a video' and are trying to trace the ladder's "
        "owner.",
    ],
)
def test_a_bodys_awareness_of_a_clip_is_of_the_storys_clip(statement: str) -> None:
    at, citations, threads = read_lines(_LADDER + [statement])
    assert at[_LADDER[3]] in citations and threads[at[_LADDER[3]]] == at[_LADDER[3]]
    assert threads[at[statement]] == at[_LADDER[0]]


@pytest.mark.parametrize(
    "statement",
    [
        "Pennford Police said they were 'aware of a video circulating on Snapchat' that "
        "appears to show a man climbing the same ladder without a harness.",
        "Pennford Police said they were also 'aware of a second video circulating on social "
        "media' and had spoken to the man.",
    ],
)
def test_a_body_aware_of_a_clip_it_tells_of_brings_in_a_clip(statement: str) -> None:
    at, citations, threads = read_lines(_LADDER + [statement])
    assert at[statement] in citations
    assert threads[at[statement]] == at[statement]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The video was recorded on Saturday, 7. December, around 18 hours, by his grandson "
            "Amar Kovačević (22), and he published it on his profile on Facebook.",
            1,
        ),
        ("The council met on 14. June in the old town hall. Nothing was decided.", 2),
        # (a year is no day: "1953." ends its sentence)
        ("He was born in 1953. December was always his month for filming.", 2),
    ],
)
def test_a_day_written_with_an_ordinal_dot_does_not_end_a_sentence(text: str, claims: int) -> None:
    assert len(claim_texts(text)) == claims


_CHECK = [
    "Claim: A video shared on Facebook shows a window cleaner abseiling down a 40-storey "
    "tower with a bucket on his head.",
    "Verdict: Misleading. The footage is real but was filmed in 2019, as a stunt for a film.",
    "The version we were sent most often was posted by the page Daily Ladders and has 3.1 "
    "million views.",
    "A second video, posted on Instagram by @squeegee_sam, shows a man doing the same climb "
    "without a bucket.",
    "That one has about 80,000 likes.",
]


@pytest.mark.parametrize(
    "search",
    [
        "A reverse image search on frames from the clip led us to a YouTube video posted in "
        "May 2019 by the stunt team Vertical Crew.",
        "We traced the video to a YouTube upload from May 2019 by Vertical Crew, the stunt team "
        "that filmed it.",
    ],
)
def test_the_source_a_fact_check_traced_is_the_clip_it_checks(search: str) -> None:
    at, citations, threads = read_lines(_CHECK + [search])
    assert threads[at[_CHECK[3]]] == at[_CHECK[3]]
    assert threads[at[search]] == at[_CHECK[0]]


def test_in_a_round_up_of_checks_the_source_is_the_latest_claims() -> None:
    lines = [
        "Every week readers send us the clips they cannot stop watching. Here are two.",
        "'Is that really a fox on a window cleaner's ladder?'",
        "Yes: the video, which has 2.2m views on TikTok, was filmed in Hexham last week.",
        "'Did a whole tower's windows really blow out in the storm?'",
        "Claim: A video shared on X shows every window of a tower block blowing out in Storm "
        "Edris.",
        "Verdict: False. The footage was filmed at a demolition in 2018.",
        "A reverse image search led us to a 2018 YouTube upload by the channel Blast Zone.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[-1]]] == at[lines[4]]


_TRANSLATED = [
    "Translated from the Bosnian original published on the portal Sava Danas; the "
    "translation keeps the word order of the original.",
    "On the social networks in the last days is spreading a video in which a window cleaner "
    "sings from a cradle on the 20th floor of a building in Tuzla.",
    "The video was recorded by the tenant Lejla Hodžić (34), and she published it on her "
    "profile on Instagram, where it collected 1,2 million views.",
    "In the meantime, the known YouTuber Dino Begić on his channel recorded a reaction to the "
    "video, which has 90 thousand views.",
]


@pytest.mark.parametrize(
    "copy",
    [
        "The video, by the Facebook page «Tuzla Info», which has 300 thousand followers, was "
        "taken over also, and there it collected 80 thousand views.",
        "The video was spread also by the Telegram channel «Tuzla Danas», which has 48 thousand "
        "subscribers, and there it was watched 210 thousand times.",
        "The well-known Telegram channel Balkan Vijesti, which 85 thousand subscribers has, "
        "also this video has republished.",
    ],
)
def test_a_translations_copy_taken_over_is_of_the_storys_clip(copy: str) -> None:
    at, citations, threads = read_lines(_TRANSLATED + [copy])
    assert threads[at[_TRANSLATED[3]]] == at[_TRANSLATED[3]]
    assert threads[at[copy]] == at[_TRANSLATED[1]]


def test_another_clip_taken_over_is_a_clip_of_its_own() -> None:
    other = (
        "Meanwhile, another video from the same building, posted on TikTok by a neighbour, has "
        "been taken over by the page Tuzla Info and has 40 thousand views."
    )
    at, citations, threads = read_lines(_TRANSLATED + [other])
    assert at[other] in citations and threads[at[other]] == at[other]


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        (
            "A Snapchat story by 11-year-old Ffion Adeyemi-Roe shows her tinplate train "
            "carrying a mug of tea along the kitchen worktop.",
            "Ffion Adeyemi-Roe",
        ),
        (
            "An Instagram story by shop volunteer Irene Blackwood-Osei shows a lamb in the "
            "charity shop window.",
            "Irene Blackwood-Osei",
        ),
        ("14:05 Tomasz is back on Instagram with a new live from the car park.", "Tomasz"),
        ("Caleb is back on TikTok with another stream, this time from the roof.", "Caleb"),
    ],
)
def test_the_maker_of_a_story_by_someone_or_of_a_live_they_are_back_with(
    line: str, maker: str
) -> None:
    assert creator_named(line) == maker


def test_a_news_story_by_a_reporter_names_no_maker() -> None:
    assert creator_named("A story by reporter Ann Lowe-Bright ran on page four.") is None


_SOV = [
    "Translated from the Tajik original published on the news site Sughd Khabar; the "
    "translation keeps the word order of the original.",
    "In the social networks in these days a video widely is being spread, in which a "
    "laundrette owner of the city the shirts of an old man free of charge irons.",
    "«Daughter, may God be pleased with you» — says Rustam-bobo in the video.",
]


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        (
            "This video the son of Nilufar Saidova, Behruz Saidov (22-year), with his mobile "
            "telephone has recorded, and on 14 November on his own page in the network "
            "Instagram under the name «behruz_k» has placed.",
            "Behruz Saidov",
        ),
        (
            "This video their grandson (poto) Imran Ali Soomro, of 19 years, on Friday's night "
            "with his mobile made, and on his own page in the network TikTok has placed.",
            "Imran Ali Soomro",
        ),
    ],
)
def test_a_verb_final_translations_maker_stays_with_the_clip(line: str, maker: str) -> None:
    assert creator_named(line) == maker
    at, citations, threads = read_lines(_SOV + [line])
    assert threads[at[line]] == at[_SOV[1]]
    assert citations[at[line]].creator == maker


@pytest.mark.parametrize(
    "later",
    [
        "14:02 Owain's second live is still going, and nearly 9,000 people are watching.",
        "14:20 Owain has ended his second live after more than 9,000 people tuned in.",
    ],
)
def test_a_makers_second_live_is_the_new_live_not_the_first(later: str) -> None:
    lines = [
        "09:10 Window cleaner Owain Prys-Hughes is live on Instagram from the start line of "
        "the speed squeegee final, and about 2,000 people are watching.",
        "10:45 The council has posted its own video of the heats on Facebook.",
        "12:31 Owain is back on Instagram with a new live from the pier rail, eating chips.",
        "13:05 The final's result is in: Owain is second by a tenth of a second.",
        later,
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[2]]
    assert threads[at[later]] == at[lines[2]]


_BULLETIN = [
    "NEWSREADER: A safe pulled out of the canal has been opened live on YouTube by a "
    "lock-picker who streams as The Quiet Wrench.",
    "NEWSREADER: Next door, the doorbell camera at number twelve caught the moment the safe "
    "was dragged out.",
    "NEWSREADER: The council has also posted a video of the canal on its Instagram page.",
]


@pytest.mark.parametrize(
    ("turn", "clip"),
    [
        ("(CLIP - DOORBELL CAMERA) JUNE PARRY: There's a safe on the towpath, love!", 1),
        (
            "(CLIP - THE QUIET WRENCH LIVESTREAM) ASHOK MERRIDEW: Last wheel. If it's full of "
            "gold I'm keeping it.",
            0,
        ),
    ],
)
def test_a_transcripts_turn_played_from_a_named_clip_is_that_clips(turn: str, clip: int) -> None:
    at, citations, threads = read_lines(_BULLETIN + [turn])
    assert threads[at[_BULLETIN[2]]] == at[_BULLETIN[2]]
    assert threads[at[turn]] == at[_BULLETIN[clip]]


def test_someone_else_going_live_is_not_moved_to_a_live_told_before() -> None:
    lines = [
        "NEWSREADER: Window cleaner Ann Lee went live on Facebook as she rescued a parrot "
        "from a gutter.",
        "NEWSREADER: The council has posted its own video of the street on YouTube.",
        "NEWSREADER: The parrot is now back home.",
        "NEWSREADER: Window cleaner Ann Hughes went live on Facebook as she rescued a cat from "
        "a roof.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[3]]
