"""Thirty-eighth pass: rules from the misses of sets 0-156 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.stated import creator_named
from tests.support.threads import read_lines


@pytest.mark.parametrize(
    "film",
    [
        "The film was made by Orla Pemberton-Sy, 47, a roofer from Quarry Lane, and posted on "
        "her YouTube channel, Orla Up High.",
        "The film was shot by Dev Marchetti-Owusu, a drone hobbyist, and uploaded to his "
        "YouTube channel, where it has 90,000 views.",
    ],
)
def test_the_film_at_the_head_of_a_line_is_the_clip_just_told(film: str) -> None:
    lines = [
        "Residents fighting to save the Hollin Street gasworks say a drone video of the empty "
        "site has done more for them in a week than a year of petitions.",
        "Shot at dawn, it drifts over the rusting frame where a pair of kestrels now nest.",
        film,
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[0]] in citations
    assert threads[at[film]] == at[lines[0]]


_STITCHED = [
    "Farmer's daughter Nell Ashcombe-Dube filmed herself opening a barn that had been shut "
    "for 40 years and posted it on TikTok.",
    "Her TikTok of the reveal has been watched 6.2 million times.",
    "Mechanic Piers Oyelaran-Shaw stitched Nell's barn video to point out a second car "
    "under the tarpaulin.",
    "His stitch, which has about 900,000 views, sent Nell back with a torch.",
]


def test_the_owners_clip_is_not_a_stitch_of_it_told_later() -> None:
    copy = "Nell's video has also been copied to Facebook by the page Barn Finds UK."
    at, _, threads = read_lines(_STITCHED + [copy])
    assert threads[at[copy]] == at[_STITCHED[0]]


def test_the_owners_original_is_the_first_clip_told_of_them() -> None:
    lines = [
        "06:20 The union is streaming from the picket line at the depot on its branch "
        "Facebook page.",
        "07:35 A resident of the Fernlea estate has posted a TikTok walking past the bins "
        "piled outside her block, with gulls tearing at the bags.",
        "08:05 The woman behind that video is Joy Okafor-Lund, who posts as @fernleajoy.",
        "10:15 Back on the picket stream, the branch secretary reads out messages of support.",
        "10:30 A second video of the Fernlea gulls has appeared, filmed from a balcony across "
        "the courtyard by one of Joy's neighbours and posted on Instagram.",
        "10:48 The balcony video has about 5,400 likes.",
        "12:05 The union's stream has ended after six hours.",
        "12:40 Joy's original video has been reposted on X by the Fernlea Residents' "
        "Association, where it has 61,000 views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[4]]] == at[lines[4]]
    assert threads[at[lines[-1]]] == at[lines[1]]


_SHOW_BLOG = [
    "18:42 If you can't be here, the club is streaming every round on its YouTube channel, "
    "Shire Bowls TV, and about 2,000 people are watching.",
    "19:20 Backstage, the coach Idris Fenwick-Ola has gone live on Instagram from the "
    "changing rooms.",
    "19:50 Idris has ended his live, which peaked at about 900 viewers.",
    "20:05 Interval. The club says ticket sales for the week have passed 4,000.",
]


@pytest.mark.parametrize(
    "back",
    [
        "20:31 Back on Shire Bowls TV, the replay shows the last wood curling in to kiss the jack.",
        "20:40 Over on Shire Bowls TV for the final end: Ms Adair needs two to win.",
    ],
)
def test_a_live_blog_goes_back_to_a_stream_by_its_channels_name(back: str) -> None:
    at, _, threads = read_lines(_SHOW_BLOG + [back])
    assert threads[at[back]] == at[_SHOW_BLOG[0]]


def test_back_on_a_day_is_no_channel() -> None:
    lines = [
        "18:42 The club is streaming Saturday's final on its YouTube channel, Shire Bowls TV.",
        "19:20 Backstage, the coach Idris Fenwick-Ola has gone live on Instagram.",
        "19:50 Idris has ended his live, which peaked at about 900 viewers.",
        "20:05 Back on Saturday, the greens were shut for rain and the draw was redone.",
    ]
    at, _, threads = read_lines(lines)
    assert threads.get(at[lines[-1]]) != at[lines[0]]


def test_a_scene_line_that_points_at_something_goes_on_with_the_scene() -> None:
    lines = [
        "This week: a goal scored by a goose, a linesman who gave up, and the pie report.",
        "A Canada goose wanders onto the pitch at Harlow Moor during a Sunday league game and "
        "heads a loose ball over the line while both keepers stand and stare.",
        "The referee, after a long think, points at the centre spot.",
        "The clip was filmed by the Moor Rovers left back Idris Palmer-Quaye and posted on "
        "Instagram, where it has 1.9 million views.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[1]] in citations
    assert threads[at[lines[2]]] == at[lines[1]]
    assert threads[at[lines[3]]] == at[lines[1]]


def test_who_filmed_the_session_told_is_the_clip_told() -> None:
    lines = [
        "HOLLOWAY BAY, Canada, June 3 (Meridian Press) - A barber in a harbour town said on "
        "Monday she had been flooded with bookings after a video of a 96-year-old fisherman's "
        "first haircut in forty years was watched millions of times.",
        "In the 50-second clip, Albert Osei-Lachance, 96, rests his arms on the chair and "
        "watches the razor without blinking.",
        "The haircut was done by Maud Fenwick-Tan, 29, who runs a one-chair shop on the quay.",
        "Fenwick-Tan filmed the session on a phone propped on the mirror and posted it on the "
        "shop's TikTok account, @quaycuts, on Saturday.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[0]] in citations
    assert threads[at[lines[3]]] == at[lines[0]]


def test_the_commentator_on_the_stream_is_the_organisers_stream_not_a_fans_live() -> None:
    line = (
        "19:34 On the stream, the commentator, the former pairs skater Greta Olsen-Abara, says "
        "the ice 'looks slow tonight'."
    )
    at, _, threads = read_lines(_SHOW_BLOG[:2] + [line])
    assert threads[at[line]] == at[_SHOW_BLOG[0]]


@pytest.mark.parametrize(
    "confirmed, cites",
    [
        (
            "Okonedo confirmed to us by email that the footage was his and that the boat survived.",
            False,
        ),
        (
            "The zoo's press officer, Dana Frisk-Ahmed, confirmed to us that the video was theirs.",
            False,
        ),
        (
            "The original has 41,000 views, and Okonedo confirmed to us that the footage was his.",
            True,
        ),
        # (the thirty-ninth pass: that they filmed it, or that the footage is a body's)
        ("Okonedo confirmed to us that he filmed it on 2 February in Bishopsworth.", False),
        (
            "The archive's head of collections, Rosalind Kettering-Abara, confirmed to us that "
            "the footage was the archive's.",
            False,
        ),
        ("His upload has 88,000 views, and he confirmed to us by email that he filmed it.", True),
    ],
)
def test_a_makers_word_to_the_writer_that_the_clip_is_theirs_cites_nothing(
    confirmed: str, cites: bool
) -> None:
    lines = [
        "Claim: A video shared on Facebook shows a whale surfacing beside a ferry in the Solent.",
        "Verdict: False. The footage is real, but it was filmed off Tenerife in 2021.",
        confirmed,
    ]
    at, citations, _ = read_lines(lines)
    assert (at[confirmed] in citations) is cites


def test_in_it_he_explains_and_says_is_the_reaction_videos_speech() -> None:
    lines = [
        "Meanwhile, the well-known YouTuber Nikhil Oduya-Rane has made a reaction video on "
        "this clip on his YouTube channel 'Old Wheels'.",
        "In it he explains how the old engine is started with the crank handle, and says, "
        "'Such mechanics are not made now.'",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[0]]


def test_an_explainers_next_question_leaves_a_reply_for_the_clip_it_explains() -> None:
    lines = [
        "A video posted on Instagram last week shows a ferry captain reversing into a berth "
        "with a cup of tea balanced on the wheel.",
        "Who filmed it?",
        "His first mate, Lorna Kettleby-Ade, filmed it and posted it on the company's "
        "Instagram account.",
        "Has anyone else weighed in?",
        "The comedian Fraser Oyelowo-Dunn has posted a reaction on TikTok in which he tries "
        "the same thing with a shopping trolley.",
        "Where else has it spread?",
        "A copy posted on Facebook by the page Calm Waters Daily has been shared more than "
        "16,000 times.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[4]]] == at[lines[4]]
    assert threads[at[lines[6]]] == at[lines[0]]


def test_back_on_a_platform_with_a_new_live_cites_a_new_clip() -> None:
    lines = [
        "08:15 Dot has ended the stream to swap a dead phone battery, having peaked at 2,100 "
        "viewers on Twitch.",
        "08:22 She's back on Twitch with a new live, and has apologised for the dark screen.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[1]] in citations
    assert citations[at[lines[1]]].platform == "twitch"


def test_a_translations_title_or_platform_before_a_name_is_not_part_of_it() -> None:
    titled = (
        "On the other side, the farming YouTuber Bibi Jaspreet Kaur Sandhu has made a reaction "
        "video on this video on her channel."
    )
    assert creator_named(titled) == "Jaspreet Kaur Sandhu"
    lines = [
        "A video of a girl reading to her grandmother has been shared widely on TikTok.",
        "Meanwhile, the well-known woman of YouTube Hodan Cabdi Warsame, who lives in the "
        "country of England, made on her channel 'Hodan Live' a video in which she watches "
        "the video of Xamdi.",
    ]
    at, citations, _ = read_lines(lines)
    assert citations[at[lines[1]]].creator == "Hodan Cabdi Warsame"


def test_a_hyphenated_surname_is_not_cut_at_its_hyphen() -> None:
    line = "X has added a community note to Okafor-Lund's post saying the club had not banned her."
    assert creator_named(line) in (None, "Okafor-Lund")


_TRADE_STORY = [
    "Sales of junior-sized skates rose 31 per cent last year, according to the Skate "
    "Makers' Federation, which represents 11 manufacturers.",
    "Several makers credit short videos made by young skaters, which have become a genre "
    "of their own on TikTok.",
    "The one most often mentioned is a TikTok posted last March by Ines Adeyemi-Holt, "
    "then 17, of Lindfield Ice Club, in which she spins on one blade for a full minute.",
    "It has been viewed 8.1 million times, and she now posts as @inesonice to more than "
    "500,000 followers.",
    "'Half my comments ask why my blades are blue,' Adeyemi-Holt told Rink Trade Weekly.",
    "Calder Blades of Kilwinning said orders for its junior range had doubled, to about "
    "1,900 pairs.",
    "The company's own film of a blade being ground by hand, posted on its YouTube "
    "channel, Calder Workshop, in June, has about 41,000 views.",
    "'We put that film up as an afterthought,' managing director Morag Ellison-Dube said.",
    "A reaction video by the Canadian skater Jarrah Whitcombe-Nunn, who watches the "
    "grinding film with a stopwatch, has about 300,000 views.",
    "Not every video is welcome.",
    "The federation puts the cost of repairing a gouged rink at between £600 and £1,500.",
    "Adeyemi-Holt's original, meanwhile, has been reposted on Instagram by the "
    "federation itself, where it has 31,700 likes.",
]


def test_a_clip_named_by_its_owner_is_not_moved_by_the_learned_choice() -> None:
    # (the rules find Adeyemi-Holt's thread; the learned choice of clip had taken the
    # story's general remark on "short videos" for "the original")
    at, _, threads = read_lines(_TRADE_STORY)
    assert threads[at[_TRADE_STORY[-1]]] == at[_TRADE_STORY[2]]
