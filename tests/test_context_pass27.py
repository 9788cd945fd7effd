"""Twenty-seventh pass: rules from the misses of sets 0-101 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.claims import _piece_sentences
from archiver.articles.goes_on import continues
from archiver.articles.heard import told_afterwards
from archiver.articles.metrics import metrics_stated
from archiver.articles.scene import scene
from archiver.articles.stated import creator_named
from archiver.platforms import platform_named
from tests.support.threads import article, read_lines


@pytest.mark.parametrize(
    "line",
    [
        "'Pancake. PANCAKE. That is a Lyre!' Marisol can be heard wailing.",
        "'Get off! Get off!' can be heard over the music.",
        "'They don't want you to see this. This is how they steer the storms,' a man's voice"
        " says over the footage.",
        "'Which grandson? I have three, and all three call me on Sundays,' answers Mrs Sommer.",
        "'Get off my road, you absolute-' Kettleby shouts before the blow lands.",
        "“It says: ‘If he loses, I'm keeping the trophy anyway,’” Delaney says.",
        "'It's the keeper's! The keeper's goal, Muralha!' the club's commentator screams.",
    ],
)
def test_a_quotation_and_who_is_heard_saying_it_are_one_claim(line: str) -> None:
    assert [line[s:e] for s, e in _piece_sentences(line)] == [line]


def test_a_new_sentence_after_a_quotation_that_ends_with_a_stop_stays_apart() -> None:
    line = "'We will appeal.' Police said the video was under review."
    assert len(_piece_sentences(line)) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Several of them wave placards, and one stands up and slaps the bonnet.",
        "A man in swimming trunks is still holding an ice cream.",
        "A chef in whites carries on plating, apparently without noticing.",
        "A grey goose stands in the lane beneath the raised barrier, neck stretched.",
    ],
)
def test_someone_in_the_scene_acting_now_goes_on_describing_the_clip(line: str) -> None:
    assert continues(line) == "description"


@pytest.mark.parametrize(
    "line",
    [
        "A video game streamer from Vallera who broadcasts on Twitch as GattoNero_Live was on"
        " air when the quake hit.",
        "Many of them have since deleted their accounts.",
    ],
)
def test_who_is_brought_in_or_what_became_of_them_is_no_scene(line: str) -> None:
    assert continues(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Paused at 0:09, the placards are written in Kavari, and one shows a taxi.",
        "Frozen at 0:09, a shop sign across the street reads 'Farmacia Popular'.",
        "It opens on a steel pot of white rice, lid on, beside a calendar.",
        "For about four seconds her vocal carries on at full volume while she sips water.",
        "In the original, a keeper in a flat-bottomed boat follows the tiger.",
        "In it she holds up a hand-written sign reading 'CHECK YOUR DEPOSIT'.",
    ],
)
def test_a_moment_or_a_frame_of_the_clip_goes_on_with_it(line: str) -> None:
    assert continues(line) in ("description", "pronoun")


def test_a_stretch_of_time_in_the_story_is_no_moment_of_the_clip() -> None:
    assert continues("For two years he said nothing.") is None


def test_a_streamer_told_of_in_a_raid_with_someone_elses_attribution_cites_nothing() -> None:
    lines = [
        "PORT ELSMERE, Caldria, March 12 (Harbourline Press) - Armed police raided the flat"
        " of a video game streamer in the port city late on Tuesday after a hoax emergency"
        " call claimed a woman was being held at gunpoint there, police said.",
        "The streamer, Noor Vale, 24, was playing a horror game for about 6,200 viewers on"
        " Twitch when officers forced open her door, footage from the broadcast shows.",
        "She pulls off her headset and raises both hands.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[0]] not in citations
    assert threads[at[lines[2]]] == at[lines[1]]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Chaudhry leaned in, stitching the moment on TikTok with the caption 'costed: see"
            " notes'.",
            "That stitch has 400K likes.",
        ),
        (
            "We could not leave it at one: in a follow-up, Marmalade climbs into the window"
            " display and knocks over a pyramid of tins.",
            "That one has a comparatively modest 870,000 views.",
        ),
    ],
)
def test_a_clip_brought_in_just_before_a_line_on_it_as_known_is_the_clip_meant(
    before: str, after: str
) -> None:
    lines = [
        "A video posted to TikTok by @marmalade_cat shows a ginger cat stealing a sausage"
        " roll from a bakery counter.",
        "It has been watched 4.2 million times.",
        before,
        after,
    ]
    at, citations, threads = read_lines(lines)
    assert at[before] in citations
    assert threads[at[after]] == at[before]


def test_what_the_clip_in_play_says_is_no_clip_brought_in() -> None:
    lines = [
        "Storm chaser Tan Wei streamed the flood live on Douyin from his car.",
        "'Don't come this way, Jiefang Road is a river now,' Tan tells his viewers while"
        " streaming.",
        "The stream peaked at about 120,000 concurrent viewers.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[1]] not in citations
    assert threads[at[lines[2]]] == at[lines[0]]


@pytest.mark.parametrize(
    "scene",
    [
        [
            "At a wedding reception in Hollowmere, the father of the bride stands up for his"
            " speech and unfolds a till receipt as long as his arm.",
            "He gets as far as 'chair covers, four hundred and eighty pounds' before the bride"
            " takes it off him.",
        ],
        [
            "A man in a grey suit sprays himself with every single tester on the fragrance"
            " counter, one after another, for nine straight minutes.",
            "At about minute seven he starts doing it with his eyes closed.",
        ],
    ],
)
def test_a_newsletter_item_told_by_its_scene_opens_the_clip_filmed_after_it(
    scene: list[str],
) -> None:
    lines = [
        "This week: a father of the bride with a receipt, a perfume counter and the most"
        " boring livestream in Britain.",
        "CLIP OF THE WEEK",
        "",
        *scene,
        "The clip was filmed by guest Lydia Osterberg and posted on Instagram, where it has"
        " 3.3m views.",
    ]
    at, citations, threads = read_lines([line for line in lines if line])
    assert at[lines[0]] not in citations
    opener = at[scene[0]]
    assert opener in citations
    assert threads[at[scene[1]]] == threads[at[lines[-1]]] == opener


def test_two_minutes_in_is_a_moment_of_the_clip() -> None:
    assert continues("Two minutes in, the dog gives up.") == "description"


@pytest.mark.parametrize(
    "retold",
    [
        "Jayden Okafor, 19, was streaming the last rounds of an online tournament on Twitch"
        " from his bedroom when mum Carol stormed in.",
        "Pensioner Dot Quayle, 81, put the crook on speaker while grandson Tyler Quayle, 19,"
        " streamed the whole call on Twitch.",
    ],
)
def test_who_was_streaming_after_a_moment_lede_retells_the_lede(retold: str) -> None:
    lines = [
        "THIS is the moment a fed-up mum pulled the plug on her son's gaming tournament - live"
        " in front of 40,000 fans.",
        retold,
        "She marches past his chair and yanks the router cable out of the wall.",
    ]
    at, citations, threads = read_lines(lines)
    lede = at[lines[0]]
    assert [threads[at[line]] for line in lines[1:]] == [lede, lede]


def test_a_second_angle_is_a_clip_of_its_own_and_the_twitch_broadcast_is_the_twitch_one() -> None:
    lines = [
        "09:04 The marathon's own broadcast is live on its Twitch channel, FramesForFoodTV, and"
        " about 11,000 people are watching.",
        "13:05 A video posted to TikTok by audience member Leonie Fair (@leoniefo) shows the"
        " sofa collapsing under three runners.",
        "13:50 Leonie's clip is on 150,000 views already.",
        "15:45 A second angle of the sofa collapse has turned up: a fixed camera at the back of"
        " the hall, which is not part of the broadcast, posted by the organisers on YouTube.",
        "16:10 That one has about 22,000 views.",
        "17:00 Peak audience so far: 31,400 on the Twitch broadcast during the Hexbound Quest"
        " run, the organisers tell us.",
    ]
    at, citations, threads = read_lines(lines)
    angle = at[lines[3]]
    assert threads[angle] == angle
    assert threads[at[lines[4]]] == angle
    assert threads[at[lines[5]]] == at[lines[0]]


@pytest.mark.parametrize(
    "line",
    [
        "'Go on, girl! Shoes are optional!' someone in the front row can be heard shouting.",
        "'That's my electric bill. That's what I pay so you can tap your phone. So it's 50p, or"
        " it's my kids' dinner,' he says.",
        "The video was posted on Monday by the X account @saltbridge_alerts with the caption"
        " 'It's started. Get your money out NOW.'",
    ],
)
def test_a_quotation_with_who_said_it_or_a_captions_words_stays_one_claim(line: str) -> None:
    assert [line[s:e] for s, e in _piece_sentences(line)] == [line]


@pytest.mark.parametrize(
    "turn",
    [
        "[00:00:52] [CLIP] DILYS ACHTERBERG: Seventy-two layers. Seventy-two. Listen to that"
        " crunch.",
        "(CLIP) TYRONE MENSAH: Sit down, Des. Sit down. We'll sort the toilet after. What are"
        " we doing, skin fade? Go on.",
    ],
)
def test_a_clip_played_in_a_transcript_is_one_claim(turn: str) -> None:
    claims, _ = article(turn)
    assert [claim.text for claim in claims] == [turn]


def test_there_is_no_maker() -> None:
    assert (
        creator_named("There's a video from that Saturday, filmed by someone in the queue.") is None
    )


def test_a_teachers_title_is_no_part_of_the_name() -> None:
    line = "A martial-arts instructor, Sifu Graham Lo-Bennett, has since posted a video on TikTok."
    assert creator_named(line) == "Graham Lo-Bennett"


@pytest.mark.parametrize(
    "quote",
    [
        "'I thought maybe my neighbours would watch it,' he says now, stirring sugar into a"
        " coffee on his porch.",
        "'I didn't post it for views. I posted it because my daughter said nobody would believe"
        " me,' he says, pouring tea in the back office.",
        "'I thought three people would watch it, and one of them would be my sister,' she says.",
    ],
)
def test_a_profiles_words_to_its_writer_are_in_no_thread(quote: str) -> None:
    lines = [
        "Desmond Achter, 61, posts as Des Fixes It on YouTube.",
        "His most-watched video, of a boiler he fixed with a paperclip, has 2.1 million views.",
        quote,
    ]
    at, citations, threads = read_lines(lines)
    assert at[quote] not in threads


def test_words_said_in_the_clip_stay_in_it() -> None:
    lines = [
        "Desmond Achter, 61, posts as Des Fixes It on YouTube.",
        "His most-watched video, of a boiler he fixed with a paperclip, has 2.1 million views.",
        "'You cheat, Desmond. I've seen you on the YouTube,' she says, and lays down her cards.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[2]] in threads


def test_who_calls_himself_a_name_posts_as_it() -> None:
    line = "The original was uploaded to YouTube in 2022 by a player who calls himself Rook_Simmer."
    assert creator_named(line) == "Rook_Simmer"


def test_a_platforms_act_is_on_the_clip_on_that_platform() -> None:
    lines = [
        "Claim: A video shared on Facebook shows masked looters emptying the shelves of a"
        " supermarket.",
        "The video was posted on 2 June by the Facebook page Harrowfield Says No.",
        "A copy of the Facebook video posted to TikTok by @truthbombsuk has about 610,000 views.",
        "A local councillor, Barry Fenwick, posted his own video on X in which he stands outside"
        " the store.",
        "'The shelves are full,' he says.",
        "Meta has since added a 'missing context' label to the post.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[5]]] == at[lines[0]]


@pytest.mark.parametrize(
    "line",
    [
        "Then the toddler sneezes, and so does she.",
        "The men, their faces covered by snoods, pull up outside the jeweller's.",
        "Percy is led away by two stewards, head bowed.",
    ],
)
def test_a_scene_read_past_then_a_phrase_set_off_or_a_passive(line: str) -> None:
    assert scene(line)


def test_a_booking_is_no_scene() -> None:
    assert not scene("Ellery is booked up until the spring, with a waiting list.")


def test_who_broadcasts_as_a_name_is_a_profiles_subject() -> None:
    lines = [
        "In a converted garage in Tollerby, Ngozi Varga-Holm is holding a 1998 handheld up to"
        " the light.",
        "She repairs about 30 consoles a month, most of them posted to her by strangers.",
        "She broadcasts on Twitch as The Console Surgeon, where 640,000 people follow her.",
        "The video that made her name, in 2021, was three hours long.",
        "Varga-Holm, 34, trained as a pharmacist.",
        "Her most-watched clip is of a console that caught fire.",
        "Varga-Holm now has a waiting list.",
    ]
    at, citations, threads = read_lines(lines)
    clip = citations[at[lines[3]]]
    assert "Varga-Holm" in (clip.creator or clip.inferred_creator or "")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("About 2,300 people watched the webcast live, a spokesperson said.", [2300]),
        ("Around three thousand people watched on the home's Facebook page.", [3000]),
        ("The son was streaming live in front of 40,000 fans.", [40000]),
        (
            "It has been watched 16 million times on TikTok and 3.8 million on YouTube.",
            [16_000_000, 3_800_000],
        ),
    ],
)
def test_audiences_told_every_way_are_views(line: str, want: list[int]) -> None:
    stated = metrics_stated(line)
    assert [(m.kind, m.value) for m in stated] == [("views", v) for v in want]


def test_a_parades_crowd_is_no_clips_audience() -> None:
    assert metrics_stated("About 2,000 people watched the parade.") == []


def test_the_messengers_local_copy_names_are_platforms() -> None:
    assert platform_named("forwarded many times in the Zalo groups of the commune") == "zalo"
    assert platform_named("shared in a KakaoTalk group") == "kakaotalk"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "The video made the round of the internet, surpassing the 1,4 million projections.",
            1_400_000,
        ),
        (
            "After only two days, the clip attracted more than 1,2 million turns of viewing.",
            1_200_000,
        ),
    ],
)
def test_translated_count_nouns_kept_literal_are_views(line: str, want: int) -> None:
    assert [(m.kind, m.value) for m in metrics_stated(line)] == [("views", want)]


def test_words_said_on_the_webcast_are_no_words_to_the_reporter() -> None:
    line = "'I've watched that a hundred times,' she said on the webcast."
    assert not told_afterwards(line)
    assert told_afterwards("'I've watched that a hundred times,' she said.")


def test_an_elided_second_count_is_of_the_kind_before_it() -> None:
    line = "It has been liked 2 million times on TikTok and 300,000 on Instagram."
    assert [(m.kind, m.value) for m in metrics_stated(line)] == [
        ("likes", 2_000_000),
        ("likes", 300_000),
    ]
