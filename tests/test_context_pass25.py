"""Twenty-fifth pass: rules from the misses of sets 0-91 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.accounts import is_organisation
from archiver.articles.clip_kinds import kind_cites
from archiver.articles.stated import creator_named
from tests.support.threads import claim_texts, read_lines


def test_a_scene_opening_a_section_is_the_clip_the_next_lines_say_was_filmed() -> None:
    lines = [
        "Hello, allotment friends. This week: a fox, a fence and a runaway marrow.",
        "THE BIG ONE",
        "A fox in the Grangemoor community garden, a young vixen with a torn ear, drags a"
        " whole courgette plant across the path and into the hedge.",
        "The plot holder, who is eighty, waves a trowel at it from the shed.",
        "'Bring that back, madam!' she can be heard calling.",
        "The clip was filmed by her neighbour Tomasz Wierzbicki and posted on Facebook,"
        " where it has 410,000 views.",
    ]
    at, citations, threads = read_lines(lines)
    scene = at[lines[2]]
    assert scene in citations
    assert [threads.get(at[line]) for line in lines[3:]] == [scene] * 3


def test_a_translated_storys_scene_lede_after_its_note_opens_the_thread() -> None:
    lines = [
        "The cart race of Valdorno ends in the fountain",
        "Translated from the Italian original, published in La Voce del Colle on 2 May.",
        "The young drivers descend racing the main street of the village on carts of wood,"
        " while the crowd shouts from the balconies.",
        "The images, recorded with the telephone by the 15-year-old Marta Lenzi from the"
        " window of her uncle, were published on TikTok and have 1,2 million views.",
    ]
    at, citations, threads = read_lines(lines)
    lede = at[lines[2]]
    assert lede in citations and threads[at[lines[3]]] == lede


def test_a_moment_filmed_by_someone_after_a_tabloid_lede_retells_the_lede() -> None:
    lines = [
        "A BEAMING grandad in a full Elvis suit moonwalks across the deck of a ferry as"
        " stunned passengers clap along.",
        "The hilarious moment was filmed from the café by his granddaughter Lacey, 17,"
        " who posted it on TikTok.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[0]]


def test_a_report_told_in_the_past_is_no_scene_lede() -> None:
    lines = [
        "A council has said it was wrong to close the lido in the heatwave.",
        "The video was posted on X by a swimmer, Dev Okafor, and has 80,000 views.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[0]] not in citations and threads[at[lines[1]]] == at[lines[1]]


def test_a_profiles_habit_and_account_lines_cite_no_clip() -> None:
    lines = [
        "Ruth Amankwah runs the night bakery on Holloway Parade.",
        "Four nights a week, after the last delivery van has gone, she films herself"
        " shaping loaves on the steel bench.",
        "She posts as @nightloafruth on TikTok, where 600,000 people follow her, and shares"
        " the same videos on Instagram.",
        "Since 2022 she has worn a camera on her apron in every shift, posting the footage"
        " on YouTube as Dough After Dark.",
    ]
    at, citations, _ = read_lines(lines)
    assert not any(at[line] in citations for line in lines[1:])


def test_the_clip_that_made_their_name_is_a_clip_of_its_own_and_the_subjects() -> None:
    lines = [
        "Viktor Sauer, 61, keeps bees on the roof of a Leipzig car park.",
        "His channel, Roof Hive Viktor, has 240,000 subscribers.",
        "His first viral video, in 2021, shows a swarm settling on a parked taxi.",
        "It has been watched 3 million times on YouTube.",
        "Sauer trained as a signalman and only took up bees at fifty.",
        "'I thought I would get some honey. I got a second career,' he says, laughing.",
        "The video he is proudest of is a slow walk through the hive in winter.",
        "It has 800,000 likes.",
    ]
    at, citations, threads = read_lines(lines)
    first, proudest = at[lines[2]], at[lines[6]]
    assert threads[at[lines[3]]] == first
    # (the quotation after his past was said to the writer, not in the clip)
    assert at[lines[5]] not in threads
    assert threads[proudest] == proudest and threads[at[lines[7]]] == proudest
    made = citations[proudest]
    assert (made.creator or made.inferred_creator) in ("Roof Hive Viktor", "Viktor Sauer")


@pytest.mark.parametrize(
    "line",
    [
        "In a review on her YouTube channel, Kettle Truths, retired plumber Ann Obi pours"
        " limescale remover into a £40 kettle.",
        "The Navy launched its new recruitment advert on its YouTube channel on Tuesday.",
        "Reader Jo Marsh sent me her unboxing of a 'crease-proof' shirt that creased in the box.",
    ],
)
def test_a_clip_of_a_kind_on_their_channel_or_sent_in_cites(line: str) -> None:
    assert kind_cites(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council published a review on its website.",
        "A review of the policy on his desk was delayed.",
    ],
)
def test_a_review_that_is_no_clip_cites_nothing(line: str) -> None:
    assert not kind_cites(line)


def test_moments_reflected_to_the_camera_cite_and_the_images_are_described() -> None:
    lines = [
        "In the Kaleköy district, the moments when a fisherman freed a dolphin from his"
        " nets were reflected to the camera second by second.",
        "In the images, the fisherman is seen cutting the net while his son holds the boat.",
    ]
    at, citations, threads = read_lines(lines)
    opener = at[lines[0]]
    assert opener in citations and threads[at[lines[1]]] == opener


def test_her_reel_this_week_is_a_clip_of_its_own() -> None:
    lines = [
        "The Army posted its new recruitment advert on its YouTube channel on Monday.",
        "The ad has 1.4 million views.",
        "Her reel this week, a 60-second tour of the empty house she is leaving, has 90,000 likes.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[2]]


def test_a_reply_video_on_a_page_the_thread_named_is_a_clip_of_its_own() -> None:
    lines = [
        "Claim: Footage posted to X shows worshippers being thrown out of St Bede's church.",
        "Verdict: False. The footage shows a fire drill.",
        "The vicar has since posted a reply video on the church's Facebook page.",
        "Her reply has been viewed about 240,000 times.",
    ]
    at, citations, threads = read_lines(lines)
    reply = at[lines[2]]
    assert threads[reply] == reply and threads[at[lines[3]]] == reply


def test_an_explainers_question_about_the_clip_brings_it_back_into_play() -> None:
    lines = [
        "The gull on the Tay bridge: what we know about the video",
        "A video of a gull riding a bus roof across the Tay bridge has been viewed"
        " millions of times since Friday.",
        "What does the video show?",
        "It is 20 seconds long and filmed from a car: the gull stands facing the wind.",
        "'Is that real? Tell me that's real,' someone says as the bus brakes.",
        "Who filmed it?",
        "The earliest copy we found was posted to TikTok on Friday by @tay_side_99.",
    ]
    at, citations, threads = read_lines(lines)
    opener = at[lines[1]]
    assert [threads.get(at[line]) for line in lines[3:5] + lines[6:]] == [opener] * 3


def test_a_quotation_said_by_someone_with_a_question_inside_is_one_claim() -> None:
    text = "Headline\n'Is that ours? Tell me that's ours,' someone says quietly as it passes.\n"
    assert claim_texts(text) == [
        "'Is that ours? Tell me that's ours,' someone says quietly as it passes."
    ]


@pytest.mark.parametrize(
    "court",
    [
        "The court heard that at about 2am on 9 June he went live on Twitch from the roof.",
        "The court heard that he uploaded a nine-minute video of the flight to his channel.",
    ],
)
def test_a_court_telling_of_the_defendants_clip_retells_the_ledes(court: str) -> None:
    lines = [
        "A man who flew a drone over a prison and posted the footage online has been fined.",
        "Dale Hobbs, 41, of Mill Lane, admitted the offence at Wrexford Magistrates' Court.",
        court,
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[court]] == at[lines[0]]


def test_a_copy_told_after_a_duet_is_a_copy_of_the_clip_duetted() -> None:
    lines = [
        "This is the moment a grandmother threw a perfect nine-dart finish in her pub league.",
        "Grandson Lewis Pyke, 23, filmed the leg and posted the clip on TikTok.",
        "It has 5.7 million views.",
        "Pro player Jordan Mbeki has since duetted Lewis's video, throwing along at his board.",
        "His duet has 1.3 million likes.",
        "And a copy shared to Facebook by the page Darts Banter Daily has 900,000 views.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[3]]
    assert threads[at[lines[5]]] == threads[at[lines[1]]]


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        # family, ranks and clergy before a name are no part of it
        ("Grandson Lewis Pyke, 23, filmed the leg and posted the clip on TikTok.", "Lewis Pyke"),
        ("Leading Hand Kayla Osei-Brandt filmed the moment the ship docked.", "Kayla Osei-Brandt"),
        ("Fr Tomasz Wrona answered with a video of his own on the parish's page.", "Tomasz Wrona"),
        # nor a nickname in quotes
        ("Pro player Jordan 'The Jackal' Mbeki has since duetted the video.", "Jordan Mbeki"),
    ],
)
def test_the_maker_without_role_or_nickname(line: str, maker: str) -> None:
    assert creator_named(line) == maker


def test_a_transcripts_speaker_is_not_the_she_who_posted_it() -> None:
    lines = [
        "PRESENTER: A village netball team has become an internet sensation.",
        "SAM OGUNDIPE: This is their court. The video that made them famous was filmed"
        " here on Saturday by Maisie Tregarthen, the granddaughter of their goal shooter.",
        "SAM OGUNDIPE: She posted it on TikTok, and it has been watched 3.5 million times.",
    ]
    at, citations, _ = read_lines(lines)
    posted = citations[at[lines[2]]]
    assert (posted.creator or posted.inferred_creator) == "Maisie Tregarthen"


def test_a_reader_who_sent_the_clip_in_is_its_maker_by_a_given_name() -> None:
    assert creator_named("Reader Gwen in Ashcombe sent me a phone video of her choir.") == "Gwen"
    assert creator_named("Readers in Leeds sent us videos of the flood.") is None


@pytest.mark.parametrize("name", ["Brackenholt Abbey", "St Wilfrid's Cathedral", "Dunmere Castle"])
def test_places_of_worship_and_heritage_are_bodies(name: str) -> None:
    assert is_organisation(name, f"In January, {name} went live on YouTube.")


def test_a_copy_of_a_clip_named_by_what_it_shows_goes_to_the_clip_first_told_so() -> None:
    lines = [
        "A barn owl was freed from a football net by two groundsmen in Pellbury on Sunday.",
        "Groundsman Alan Reece filmed the rescue on his phone and posted it on Facebook.",
        "It has 80,000 views.",
        "A second video, posted on TikTok by a fan, shows the owl flying off over the stand.",
        "A copy of the owl rescue posted on X by the account Northmoor Moments has had"
        " 420,000 views.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[4]]] == threads[at[lines[1]]]


def test_the_body_a_lede_told_of_named_retells_its_stream() -> None:
    lines = [
        "A village primary school that livestreamed its sports day says relatives watched"
        " from four continents.",
        "Holt End Primary, which has 90 pupils, broadcast the races live on its Facebook page.",
        "The replay has since been watched more than 6,500 times.",
    ]
    at, citations, threads = read_lines(lines)
    assert [threads[at[line]] for line in lines] == [at[lines[0]]] * 3
