"""Thirty-first pass: rules from the misses of sets 0-121 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.clip_choice import Reference, Thread, left_to_rules
from archiver.articles.metrics import metrics_stated
from tests.support.threads import read_lines

_COURT = [
    "A man who streamed himself flying a drone over a packed rugby ground on YouTube has"
    " been jailed for 16 weeks.",
    "Darren Kilby-Moss, 41, of Orchard Rise, Wexbury, admitted endangering the crowd.",
]


@pytest.mark.parametrize(
    "played",
    [
        "Footage from the stream was played to the court.",
        "Extracts from the livestream were shown to the magistrates.",
        "Parts of the recording were played to the jury.",
    ],
)
def test_the_clip_played_to_a_court_cites_the_clip_in_play(played: str) -> None:
    at, citations, threads = read_lines(_COURT + [played])
    assert at[played] in citations
    assert threads[at[played]] == at[_COURT[0]]


def test_a_part_of_it_played_to_a_court_is_then_told() -> None:
    scene = "In an extract played to the court, the drone tilts and drops towards the stand."
    at, _, threads = read_lines(
        _COURT + ["Footage from the stream was played to the court.", scene]
    )
    assert threads[at[scene]] == at[_COURT[0]]


def test_what_else_was_shown_to_a_court_by_it_alone_cites_nothing() -> None:
    # "it" in a court is as often a knife or a letter
    line = "It was shown to the jury."
    at, citations, _ = read_lines(_COURT + [line])
    assert at[line] not in citations


def test_a_cameras_footage_put_to_a_court_is_another_clip_and_a_copy_after_it_is_not() -> None:
    lines = [
        "A dancer who climbed onto a museum's dinosaur skeleton so that her friend could"
        " film her for an Instagram reel has been fined.",
        "The court heard that on 4 May she stepped over a barrier and sat on the tail.",
        "Prosecutor Owen Hartley-Bose said the video was posted to her Instagram account,"
        " @tessmoves, that evening.",
        "Clips from the reel were played to the court.",
        "Mr Hartley-Bose said the reel had been viewed about 1.4 million times before it"
        " was deleted.",
    ]
    cctv = (
        "The museum's own CCTV, also shown to the court, showed a guard asking the two"
        " women to climb down."
    )
    aside = "The museum's keeper of geology told the court the tail had cost £9,000 to mend."
    copy = (
        "A copy of the reel, saved before it was deleted, was reposted on TikTok by @fossilfails."
    )
    at, citations, threads = read_lines(lines + [cctv, aside, copy])
    assert threads[at[cctv]] == at[cctv]
    assert threads[at[copy]] == at[lines[0]]


def test_the_cameras_footage_named_again_stays_with_it() -> None:
    cctv = (
        "Body-worn camera footage of his arrest two days later, played in court, showed him"
        " telling officers the drone was 'a toy'."
    )
    again = "The body-worn footage was shown to the jury twice."
    at, citations, threads = read_lines(_COURT + [cctv, again])
    assert at[cctv] in citations
    assert threads[at[cctv]] == at[cctv]
    assert threads[at[again]] == at[cctv]


def test_the_footage_played_to_a_court_is_still_the_clip_in_play() -> None:
    line = "The footage, played to the court, shows the drone hovering over the east stand."
    at, _, threads = read_lines(_COURT + [line])
    assert threads[at[line]] == at[_COURT[0]]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("The video has now had more than one point three million views.", [("views", 1_300_000)]),
        ("It has two point five million views.", [("views", 2_500_000)]),
        (
            "By Friday over 410 thousand had watched the video and 2,9 thousand had shared it.",
            [("views", 410_000), ("shares", 2_900)],
        ),
        ("That video has received around 95 thousand viewings.", [("views", 95_000)]),
        (
            "On his TikTok profile the video has more than 200 thousand 'hearts'.",
            [("likes", 200_000)],
        ),
        ("Nearly 800,000 of you have watched it.", [("views", 800_000)]),
        ("The viewer count on the police stream has passed 30,000.", [("views", 30_000)]),
        ("She says the stream peaked at 11,200 watching live.", [("views", 11_200)]),
        (
            "The zoo went live on YouTube for the hatching, and about 16,000 people watched an"
            " egg do nothing for four hours.",
            [("views", 16_000)],
        ),
        ("About 7,800 people watched the race on the livestream.", [("views", 7_800)]),
        ("Around two thousand people have watched some of the stream.", [("views", 2_000)]),
        ("He says about 19,000 people ended up watching the gorillas sleep.", [("views", 19_000)]),
        ("She said it had been seen 'more than 400,000 times'.", [("views", 400_000)]),
    ],
)
def test_every_way_a_count_is_written_is_read(line: str, want: list) -> None:
    assert [(m.kind, m.value) for m in metrics_stated(line)] == want


@pytest.mark.parametrize(
    "line",
    [
        "About 2,000 people watched the parade in the town centre.",
        "In 2019 had watched the video, she said.",
        "The 3 had watched the video together.",
    ],
)
def test_a_crowd_or_a_bare_figure_is_no_count(line: str) -> None:
    assert metrics_stated(line) == []


def test_where_someone_lives_is_not_who_they_are() -> None:
    lines = [
        "A man who livestreamed himself shouting at nurses in a hospital waiting room has"
        " been jailed.",
        "Kieran Doyle-Mwangi, 27, of Ashby Terrace, Larchfield, admitted harassment.",
        "The court heard that he went live on Kick from the waiting room.",
    ]
    at, citations, _ = read_lines(lines)
    named = {c.creator or c.inferred_creator for c in citations.values()}
    assert "Ashby Terrace" not in named


def test_a_new_list_item_counted_is_its_own_clip() -> None:
    lines = [
        "Seven clips from the wards that got us through the year",
        "5. The stitch",
        "Retired ward sister Maureen Okafor, 81, stitched the moonwalk video with herself"
        " in her old uniform.",
        "6. The air ambulance birthday",
        "The Highmoor Air Ambulance went live on Facebook from its hangar for its tenth"
        " birthday, and about 22,000 people watched the crew try to light the candles.",
        "7. The goose, again",
        "The same clip of the goose has now been watched 3 million times.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[4]]] == at[lines[4]]


def test_a_list_item_that_says_it_goes_back_keeps_the_clip_it_names() -> None:
    lines = [
        "Seven clips from the wards that got us through the year",
        "1. The porter who moonwalks",
        "A hospital porter in Dunmere moonwalks down a corridor in a video posted on TikTok"
        " by nurse Ebony Clarke.",
        "2. The air ambulance birthday",
        "The Highmoor Air Ambulance went live on Facebook from its hangar for its tenth"
        " birthday, and about 22,000 people watched the crew try to light the candles.",
        "3. The moonwalk, again",
        "The same moonwalk video has now been watched 3 million times.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[4]]] == at[lines[4]]
    assert threads[at[lines[6]]] == at[lines[2]]


def test_a_scene_told_now_between_its_lede_and_who_filmed_it_is_one_clip() -> None:
    lines = [
        "The Paddock Post: your Friday round-up",
        "THE GREAT ESCAPE",
        "A 90-year-old tortoise called Barnaby trundles out of the open gate at Ledbury"
        " Animal Park and heads down the middle of the B4211.",
        "Behind him a queue of three cars and a cyclist forms and politely waits.",
        "The clip was filmed by the cyclist, Hana Prideaux, and posted on Instagram, where"
        " it has 1.2m views.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[2]]
    assert threads[at[lines[4]]] == at[lines[2]]


def test_a_line_told_past_between_them_is_no_scene() -> None:
    lines = [
        "The Paddock Post: your Friday round-up",
        "THE GREAT ESCAPE",
        "A 90-year-old tortoise called Barnaby trundles out of the open gate at Ledbury"
        " Animal Park and heads down the middle of the B4211.",
        "The park said it had fixed the latch the next morning.",
        "The clip was filmed by the cyclist, Hana Prideaux, and posted on Instagram, where"
        " it has 1.2m views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[4]]] != at[lines[2]]


def test_a_copy_of_someones_own_video_is_a_copy_of_their_clip() -> None:
    lines = [
        "A jet-ski rider who posted a video of himself weaving between moored yachts on"
        " YouTube has been fined.",
        "Dane Whitby, 29, admitted navigating a vessel dangerously.",
        "The prosecutor said the video had been viewed 380,000 times before Whitby took it down.",
        "A second video, filmed by a sailor on a moored yacht, Bronwen Ike, and posted on"
        " Facebook that afternoon, shows the jet ski clipping a dinghy.",
        "That clip has been viewed about 95,000 times, the court heard.",
        "A copy of Whitby's own video, re-uploaded to TikTok by the account @jetskidaily,"
        " is still online.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[5]]] == at[lines[0]]


_PRESSER = [
    "CHIEF OFFICER ANNA ROSS: We've released our own drone footage of the evacuation on our"
    " X account this afternoon.",
    "ROSS: I'll take questions.",
    "ISLA FERN (West Coast Herald): A passenger streamed the first twenty minutes live on"
    " Facebook, and you can hear people being told to stay in the lounge. Have you seen that"
    " video?",
]


def test_someone_new_streaming_is_a_new_clip_whatever_the_question_calls_it() -> None:
    at, _, threads = read_lines(_PRESSER)
    assert threads[at[_PRESSER[2]]] == at[_PRESSER[2]]


def test_going_back_to_a_clip_by_its_platform_is_that_clip() -> None:
    lines = _PRESSER + [
        "TOM HALE (Coastwatch TV): There's also a video on TikTok from a crew member on the"
        " lifeboat.",
        "ISLA FERN: Going back to the Facebook stream. At eighteen minutes in, the lights in"
        " the lounge go out.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[4]]] == at[lines[2]]


def test_extracts_played_to_a_court_are_of_the_clip_in_play() -> None:
    line = "Extracts were played to the court."
    scene = "In them, he walks past a sign reading 'Staff only'."
    at, citations, threads = read_lines(_COURT + [line, scene])
    assert at[line] in citations
    assert threads[at[line]] == at[_COURT[0]]
    assert threads[at[scene]] == at[_COURT[0]]


def test_a_bodys_official_broadcast_on_another_platform_is_its_own_clip() -> None:
    lines = [
        "A streamer who broadcast himself unplugging the server at the Ironhold League final"
        " on Kick has been jailed.",
        "The court heard that he went live on Kick under the name PlugPullerJP.",
        "The Ironhold League's official broadcast on Twitch, which was being watched by about"
        " 140,000 people, went black for 11 minutes.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[2]]


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        ("Crewe Bay Lifeboat Station's own Instagram account posted a reel of its dog.", None),
        ("Kessfield Comic Con's own Instagram account posted a reel from its parade.", None),
        ("Footage from Amersham's own dashcam, posted on X, shows the crash.", "Amersham"),
        (
            "Sixteen-year-old Callum Bright-Osei from Hexley posted a video on Instagram.",
            "Callum Bright-Osei",
        ),
    ],
)
def test_a_bodys_own_account_has_no_maker_and_an_age_is_no_name(line: str, maker: str) -> None:
    at, citations, _ = read_lines([line])
    assert citations[at[line]].creator == maker


def test_a_line_under_a_caption_that_brings_a_clip_in_is_about_that_clip() -> None:
    lines = [
        "In pictures: snow day at Hartmoor Zoo",
        "The zoo's own livestream from the polar bear enclosure, broadcast on YouTube, showed"
        " the bears rolling in fresh snow.",
        "About 12,000 people tuned in at the stream's peak, the zoo said.",
        "A still from a video posted to TikTok by visitor Conor Abara, showing a camel"
        " catching snowflakes",
        "His clip has more than 2.1 million views.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[4]]] == at[lines[3]]
    assert citations[at[lines[1]]].inferred_creator is None


def test_a_bodys_name_with_an_owners_apostrophe_is_a_body() -> None:
    line = "This year's race was streamed on Facebook by the Hollin Vale Residents' Association."
    at, citations, _ = read_lines([line])
    assert citations[at[line]].creator != "Hollin Vale Residents"


def test_the_model_leaves_a_clip_named_by_its_owner_to_the_rules() -> None:
    board = Thread(2, ("The Health Board is streaming the whole move on YouTube.",), 11)
    drone = Thread(8, ("A drone video of the convoy, posted on Instagram by Hana Szabo.",), 9)
    copy = "A copy of Hana's drone video has been posted to X by the account Northgate Nostalgia."
    assert left_to_rules(Reference(copy, 13, 8, (board, drone)))
    # (named in two clips' lines, the owner does not tell which: the model is asked)
    both = Thread(2, ("Hana Szabo's stream of the move is on YouTube.",), 11)
    assert not left_to_rules(Reference(copy, 13, 8, (both, drone)))


_LIVE_BLOG = [
    "Moving day at Northgate: live",
    "06:45 The Northgate Health Board is streaming the whole move on its YouTube channel,"
    " Northgate Health TV.",
    "07:48 Paramedic Joss Tennant-Obi (@jossonshift) has gone live on TikTok from the cab of"
    " ambulance 14.",
    "09:40 A drone video of the convoy, posted on Instagram by photographer Hana Szabo, has"
    " 90,000 likes.",
]


def test_a_live_blog_line_opening_on_a_streamers_name_is_their_stream() -> None:
    line = "15:20 Joss has ended his live. His replay sits at 780,000 views."
    at, _, threads = read_lines(_LIVE_BLOG + [line])
    assert threads[at[line]] == at[_LIVE_BLOG[2]]


def test_a_streamer_going_live_again_is_a_new_clip() -> None:
    line = "16:00 Joss went live again on YouTube from the new ambulance station."
    at, _, threads = read_lines(_LIVE_BLOG + [line])
    assert threads.get(at[line]) != at[_LIVE_BLOG[2]]


def test_back_on_a_clip_named_by_two_words_is_that_clip() -> None:
    line = "14:55 Back on the health board's stream, the last patient leaves St Aidan's."
    at, _, threads = read_lines(_LIVE_BLOG + [line])
    assert threads[at[line]] == at[_LIVE_BLOG[1]]


def test_a_count_of_it_told_to_us_is_of_the_clip_just_told() -> None:
    lines = [
        "LIFEBOAT LOVE",
        "The volunteer crew at Tollmouth Lifeboat Station have put a dance routine to a sea"
        " shanty on their station's TikTok.",
        "The coxswain, who is 68, does the worm down the slipway.",
        "They tell us it's had about 870,000 views and raised £23,400 so far.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[1]]


_TABLOID = [
    "THIS is the hilarious moment a cosplayer in an eight-foot robot suit got jammed in a"
    " revolving door.",
    "Tasha posted the 41-second clip on her Instagram, where it has 4.6 MILLION views.",
    "Top cosplayer Yuki Bell posted a reaction video of herself on TikTok.",
    "Her TikTok reaction has pulled in 1.2m likes.",
    "'That door never stood a chance,' she says at the end.",
]


@pytest.mark.parametrize(
    "copied",
    [
        "And the blunder was swiped and reposted on Facebook by page Geek Fails Galore, where"
        " it has bagged another 1.1 million views.",
        "The original clip was also nabbed by prank page @cosfails on Instagram, where it has"
        " bagged another 2.3 MILLION views.",
    ],
)
def test_the_story_s_clip_copied_is_the_first_clip_told(copied: str) -> None:
    at, _, threads = read_lines(_TABLOID + [copied])
    assert threads[at[copied]] == at[_TABLOID[0]]


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        (
            "Churchwarden Gary Fennimore-Lloyd filmed it from the graveyard and posted it on the"
            " parish Facebook page, where it has been watched 1,240,000 times.",
            "Gary Fennimore-Lloyd",
        ),
        ("Tom Hale filmed it from his window, and it has 2m views on TikTok.", "Tom Hale"),
        ("A commuter filmed it from the platform, and it has 2m views on TikTok.", None),
    ],
)
def test_who_filmed_it_is_its_maker(line: str, maker: str | None) -> None:
    at, citations, _ = read_lines([line])
    assert citations[at[line]].creator == maker


def test_a_scene_lede_may_have_four_lines_between_it_and_who_filmed_it() -> None:
    lines = [
        "Salt & Sheets: your Friday dispatch",
        "THE BIG ONE",
        "A mute swan flaps aboard a racing yacht off Carrow Spit and plants itself on the"
        " foredeck.",
        "The bowman offers it half a sandwich.",
        "It takes the sandwich.",
        "It does not leave.",
        "'Protest flag! Somebody fly the protest flag!' the skipper can be heard yelling.",
        "The clip was filmed by the yacht's navigator, Priya Hart, and posted on Instagram,"
        " where it has 3.4m views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[7]]] == at[lines[2]]
