"""Forty-first pass: rules from the misses of sets 0-171 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.stated import creator_named
from tests.support.threads import read_lines

_DARTS_LEDE = (
    "A pub darts player who hit the winning double for his team on Friday has been watched "
    "more than 600,000 times online."
)


@pytest.mark.parametrize(
    "scene",
    [
        "Glyn Abernethy-Shaw, 61, stands at the oche with his caller, Marcus Tandy, tapping his "
        "right shoulder and reading out what he needs.",
        "Upstairs, Ffion Tregarthen-Osu opens her window and starts conducting them with a "
        "wooden spoon.",
        "Tower captain Idris Pennant-Mbeki signs 'Go' to the band and the ropes begin to move.",
    ],
)
def test_someone_named_doing_a_thing_now_just_after_the_clip_is_told_is_what_it_shows(
    scene: str,
) -> None:
    at, citations, threads = read_lines([_DARTS_LEDE, scene])
    assert threads.get(at[scene]) == at[_DARTS_LEDE]


@pytest.mark.parametrize(
    "line",
    [
        "Glyn Abernethy-Shaw, 61, plays for the Red Lion every Thursday.",  # a habit
        "Glyn Abernethy-Shaw, 61, says he has never thrown better.",  # speech, to us
        "Darts Weekly ranks the Red Lion third in the county.",  # no person named in full
    ],
)
def test_a_habit_or_a_word_to_the_reporter_is_not_what_the_clip_shows(line: str) -> None:
    at, citations, threads = read_lines([_DARTS_LEDE, line])
    assert at[line] not in threads


_LEAGUE_STREAM = (
    "19:04 The league is streaming every board tonight on its YouTube channel, Marlow Vale "
    "Darts TV; about 900 people are watching so far."
)
_PERSONS_LIVE = (
    "19:45 Kezia Ambrose-Tull has gone live on TikTok from the front row, as @keziathrows."
)
_ANSWERING = (
    "21:30 The beaten finalist has posted a video on Facebook answering the stream, filmed in "
    "the car park, in which he bows to the camera."
)


def test_a_live_blog_entry_that_opens_on_the_score_goes_back_to_the_channel_it_names() -> None:
    entry = (
        "20:35 Pairs final. Back on Marlow Vale Darts TV, the replay shows the champion "
        "sitting down on the floor for a full minute."
    )
    at, citations, threads = read_lines([_LEAGUE_STREAM, _PERSONS_LIVE, entry])
    assert threads.get(at[entry]) == at[_LEAGUE_STREAM]


def test_on_the_stream_is_the_clip_told_as_streamed_past_lives_and_answers_told_since() -> None:
    entry = "22:40 On the stream, the Railway's anchor checks out 121 to win the team final."
    lines = [_LEAGUE_STREAM, _PERSONS_LIVE, _ANSWERING, entry]
    at, citations, threads = read_lines(lines)
    assert threads.get(at[entry]) == at[_LEAGUE_STREAM]


def test_on_her_stream_is_still_her_own_live() -> None:
    entry = "20:10 On her stream, Kezia holds up a sign for the Railway."
    at, citations, threads = read_lines([_LEAGUE_STREAM, _PERSONS_LIVE, entry])
    assert threads.get(at[entry]) == at[_PERSONS_LIVE]


@pytest.mark.parametrize(
    "copy",
    [
        "Not before it was copied to X by an account called Moorland Moans, though, where it "
        "has another 640,000 views.",
        "It has also been copied to Facebook by the page Feathered Felons, where it has been "
        "shared 7,100 times.",
    ],
)
def test_it_copied_to_another_platform_by_someone_new_is_the_clip_in_play(copy: str) -> None:
    lines = [
        "The latest is a video doing the rounds of a jackdaw stealing the foil tops off a row "
        "of milk bottles on Ferncliffe Road.",
        "It was posted on TikTok by an account called @ferncliffe_finds, and it has been "
        "watched 1.4 million times.",
        "The street's milkman tells me the bird has done it four mornings running.",
        copy,
    ]
    at, citations, threads = read_lines(lines)
    assert threads.get(at[copy]) == at[lines[0]]


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        (
            "A duet posted on TikTok by the marathon swimmer and podcaster Ngozi Pellow-Amadi, "
            "who floats beside the clip in a paddling pool, has about 410,000 views.",
            "Ngozi Pellow-Amadi",
        ),
        (
            "A stitch of Ollie's video by the former Wales captain Bethan Rhys-Okafor, who "
            "throws from her garden shed, has 88,000 likes.",
            "Bethan Rhys-Okafor",
        ),
    ],
)
def test_a_maker_after_two_roles_or_a_countrys_word_in_one_is_named(line: str, maker: str) -> None:
    assert creator_named(line) == maker


def test_the_river_and_a_house_are_no_roles_of_a_maker() -> None:
    assert creator_named("The clip, filmed by the river and Jane Smith's house, shows") is None


def test_a_duet_a_line_opens_on_is_a_clip_of_its_own_past_a_bodys_footage() -> None:
    lines = [
        "A video of a milkman paddling a kayak down a flooded street, handing pints up to "
        "bedroom windows, has been watched more than a million times on TikTok.",
        "The dairy has also posted footage from the dashcam on his milk float on its Facebook "
        "page, showing the float stopping at the edge of the water.",
        "That video has been shared about 3,100 times.",
        "A duet posted on TikTok by the open-water swimmer Kemi Ashdown-Vale, who paddles "
        "along beside the clip in her bath, has about 520,000 views.",
    ]
    at, citations, threads = read_lines(lines)
    duet = at[lines[3]]
    assert threads.get(duet, duet) == duet


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        (
            "Her nephew Rhodri Penhallow-Ade, 17, was sitting in the back row when he whipped "
            "out his phone and filmed the whole thing.",
            "Rhodri Penhallow-Ade",
        ),
        (
            "Fellow chorister Idunn Bakare-Lowe, 34, was waiting in the wings when she spotted "
            "the goat and pulled out her phone.",
            "Idunn Bakare-Lowe",
        ),
        (
            "Retired bus driver Vernon Okafor-Blyth, 68, two doors down, has since posted his "
            "OWN doorbell footage on Facebook.",
            "Vernon Okafor-Blyth",
        ),
    ],
)
def test_who_got_their_phone_out_or_posted_their_own_is_the_maker(line: str, maker: str) -> None:
    assert creator_named(line) == maker


def test_someone_who_was_there_with_no_phone_made_nothing() -> None:
    line = "Her nephew Rhodri Penhallow-Ade, 17, was sitting in the back row when it happened."
    assert creator_named(line) is None


_KAYAK = [
    "A milkman who kept his round going on a flooded street by paddling a kayak from door to "
    "door has been watched more than a million times on TikTok.",
    "The clip was filmed by a neighbour, Ffion Castellane-Obi, from her bedroom window.",
    "The milkman has run the round for 17 years.",
]


def test_a_bodys_word_that_its_staff_watched_the_clip_is_a_word_on_it() -> None:
    line = (
        "Vale Churn Dairy said staff had watched Ffion's video 'with our hearts in our mouths' "
        "and had since given him a lifejacket."
    )
    at, citations, threads = read_lines(_KAYAK + [line])
    assert at[line] in citations
    assert threads.get(at[line]) == at[_KAYAK[0]]


def test_a_persons_own_count_of_watching_it_told_to_us_is_no_citation() -> None:
    line = "His mother told us she had watched Ffion's video 'maybe two hundred times'."
    at, citations, threads = read_lines(_KAYAK + [line])
    assert at[line] not in citations


_TRADE = [
    "Towers are turning to TikTok to recruit learners.",
    "The best known of the new ringer-creators is Bryony Kessell-Adu, 26, who posts on TikTok "
    "as The Sally Girl (@thesallygirl) to about 480,000 followers.",
    "Her most-watched video, a slow-motion shot of a rope rising and falling in time with a "
    "metronome, has been viewed 5.2 million times.",
    "In it she counts the strokes aloud.",
    "The Wexmoor Guild launched a YouTube channel, Wexmoor Bells Learn, in March, and says its "
    "first film has had about 30,000 views.",
    "Ringers' videos are also being lifted.",
]


def test_an_owners_clip_goes_back_past_a_word_of_hers_on_another_clip() -> None:
    lines = _TRADE + [
        "Kessell-Adu said she had asked the page to credit her and had heard nothing back.",
        "Kessell-Adu's metronome video, meanwhile, passed 5.9 million views last week.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads.get(at[lines[-1]]) == at[_TRADE[2]]


def test_a_page_reposting_an_owners_clip_of_something_not_told_is_a_clip_of_its_own() -> None:
    repost = (
        "Bell Fails Daily, a Facebook page with 900,000 followers, reposted Bryony's clip of "
        "an owl gliding round the belfry during a wedding peal without credit, and it has "
        "2.2 million views."
    )
    at, citations, threads = read_lines(_TRADE + [repost])
    assert at[repost] in citations
    assert threads.get(at[repost], at[repost]) == at[repost]


def test_a_page_reposting_the_owners_clip_already_told_is_that_clip() -> None:
    repost = (
        "Bell Fails Daily, a Facebook page with 900,000 followers, reposted Bryony's clip of "
        "the rope and the metronome without credit, and it has 2.2 million views."
    )
    at, citations, threads = read_lines(_TRADE + [repost])
    assert threads.get(at[repost]) == at[_TRADE[2]]


_COPIED = [
    "A video of a jackdaw pecking through the foil tops on a whole street's milk has been "
    "watched 1.6 million times on TikTok.",
    "It was filmed by milkwoman Bernadette Kinsella-Obi from her float.",
    "Bernadette's clip has been reposted on Instagram by the account Birds Behaving Badly, "
    "where it has 300,000 views.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Bernadette's video, meanwhile, passed two million views on Thursday.",
        "Bernadette's original, meanwhile, passed two million views on Thursday.",
    ],
)
def test_a_line_going_back_to_the_owners_clip_after_a_copy_is_on_the_clips_own_platform(
    line: str,
) -> None:
    at, citations, threads = read_lines(_COPIED + [line])
    back = citations[at[line]]
    assert threads.get(at[line]) == at[_COPIED[0]]
    assert (back.platform or back.inferred_platform) == "tiktok"


def test_a_line_on_the_copy_itself_keeps_the_copys_platform() -> None:
    line = "That copy has since been shared 12,000 times."
    at, citations, threads = read_lines(_COPIED + [line])
    copy = citations[at[line]]
    assert (copy.platform or copy.inferred_platform) == "instagram"


def test_the_source_a_search_led_to_is_the_clip_checked_and_the_original_is_on_its_platform() -> (
    None
):
    lines = [
        "Claim: A video shared on Facebook shows a milkman in Dunsfold filling customers' "
        "bottles with tap water from a hose.",
        "Verdict: False. The footage shows empty bottles being rinsed, and it was filmed in "
        "2021 in another county.",
        "The version most widely shared was posted on Facebook by the page Dunsfold Exposed, "
        "which has 18,000 followers.",
        "A reverse image search on frames from the clip led us to a TikTok posted on 2 May "
        "2021 by Tomasz Adeyemi-Kerr, a milkman in Holt Green, on his account @tomdoesmilk.",
        "The original is 29 seconds long and has about 9,000 views.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads.get(at[lines[3]]) == at[lines[0]]
    assert threads.get(at[lines[4]]) == at[lines[0]]
    original = citations[at[lines[4]]]
    assert (original.platform or original.inferred_platform) == "tiktok"
    assert (original.creator or original.inferred_creator) in {
        "Tomasz Adeyemi-Kerr",
        "@tomdoesmilk",
    }


def test_it_was_filmed_by_someone_is_the_clip_in_play_past_a_scene_line_that_left_it() -> None:
    lines = [
        "A family of ducklings riding the minute hand of a floral clock in a Wexcombe park has "
        "been watched millions of times online.",
        "The 35-second video shows a mother duck leading seven ducklings across the dial.",
        "One by one they topple off at about the number eight and waddle back up.",
        "It was filmed by park gardener Osman Tregear-Bello on his phone during his lunch "
        "break and posted on TikTok.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads.get(at[lines[3]]) == at[lines[0]]


def test_a_translations_woman_of_youtube_is_a_youtuber() -> None:
    line = (
        "Meanwhile, the well-known man of TikTok Abdullahi Yusuf Garba, who lives in Kano, "
        "made on his page a video in which he sings the song of the milkman."
    )
    assert creator_named(line) == "Abdullahi Yusuf Garba"
