"""Fortieth pass: rules from the misses of sets 0-166 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archiver.articles.stated import creator_named
from tests.support.threads import claim_texts, read_lines

_FERRY = [
    "A clip posted to Instagram on Sunday shows a ferry's ramp lowering onto the slipway "
    "at Kelloch while a van is still reversing up it.",
    "The driver brakes with his back wheels on the very edge of the ramp.",
]


@pytest.mark.parametrize(
    ("question", "answer", "maker"),
    [
        (
            "Who filmed it?",
            "The passenger is Morag Lindsay-Opoku, 52, who posts as @moragatsea under the name "
            "Island Morag and lives on Kelloch.",
            "@moragatsea",
        ),
        (
            "Who posted the video?",
            "Teacher Ewan Darroch-Asante, 38, who has taken the ferry to work since 2014 and "
            "posts on Instagram as @ewanferries.",
            "@ewanferries",
        ),
    ],
)
def test_the_line_under_who_filmed_it_names_the_clips_maker(
    question: str, answer: str, maker: str
) -> None:
    at, citations, threads = read_lines(_FERRY + [question, answer])
    assert at[answer] in citations
    assert threads[at[answer]] == at[_FERRY[0]]
    opener = citations[at[_FERRY[0]]]
    assert maker in {opener.creator, opener.inferred_creator}


def test_a_line_under_another_question_is_no_answer_of_who_filmed_it() -> None:
    answer = (
        "The harbour master is Morag Lindsay-Opoku, 52, who posts as @moragatsea under the "
        "name Island Morag."
    )
    at, citations, threads = read_lines(_FERRY + ["Who runs the slipway?", answer])
    assert at[answer] not in threads


@pytest.mark.parametrize(
    "line",
    [
        "Kutaisi, 3 September. On the internet is actively spreading a video, in which a "
        "pensioner sings to his beans.",
        "Avanasar, October 15. - In the social networks wide spreading has received a video.",
        "Butwal, Mangsir 14. The video in which a 67-year-old ama rides the '8' track has "
        "become viral.",
    ],
)
def test_a_translations_dateline_of_place_and_day_stays_with_its_sentence(line: str) -> None:
    assert claim_texts(line) == [line]


def test_a_sentence_ending_in_a_place_and_a_day_is_no_dateline() -> None:
    line = "Then we met again in Paris, 3 September. It rained all day."
    assert claim_texts(line) == ["Then we met again in Paris, 3 September.", "It rained all day."]


_BONES = [
    "Ruth Akintola-Greaves posts as Ruth of the Bones on YouTube, where she has about 1.8 "
    "million followers.",
    "The video that made her name went up on YouTube in March 2022.",
    "A fox she found on the verge lies on a sheet of newspaper, and over forty minutes of "
    "time-lapse it becomes a skeleton.",
    "It has been watched 6.2 million times.",
    "Not everyone was charmed.",
    "A wildlife vet, Marcus Eldridge-Fofana, posted a response video on TikTok asking whether "
    "she had a licence to keep the fox; it drew about 730,000 views.",
    "In it he reads the wildlife regulations aloud, slowly.",
    "Ruth did have a licence.",
    "A month later the two of them filmed a joint video for her YouTube channel, in which he "
    "helps her wire a badger's jaw; it has 90,000 views.",
    "'He's useless with pliers,' she tells me.",
]
_FOX_COPY = (
    "Her fox video, meanwhile, has been copied to Facebook by the page Nature Is Strange, "
    "where it has been shared 48,000 times."
)


def test_a_copy_named_by_what_its_scene_showed_is_of_that_clip() -> None:
    at, citations, threads = read_lines(_BONES + [_FOX_COPY])
    assert threads[at[_FOX_COPY]] == at[_BONES[1]]
    # (the page that copied it made nothing: the clip is still hers)
    opener = citations[at[_BONES[1]]]
    assert "Nature Is Strange" not in {opener.creator, opener.inferred_creator}


def test_a_copy_told_by_a_word_no_line_of_the_clips_has_is_left_to_the_clip_in_play() -> None:
    copy = _FOX_COPY.replace("fox video", "heron video")
    at, citations, threads = read_lines(_BONES + [copy])
    assert threads[at[copy]] != at[_BONES[1]]


def test_a_clip_copied_to_x_is_on_x() -> None:
    line = (
        "Kezia's seaweed album video has since been copied to X by the account "
        "@coastalcuriosities, where it has another 310K views."
    )
    at, citations, _ = read_lines(
        [
            "Kezia Tolland filmed her grandmother's seaweed album at the kitchen table and "
            "posted it on Instagram, where it has 1.2 million views.",
            line,
        ]
    )
    assert citations[at[line]].platform == "x"


_HOSEPIPE = [
    "Explained: the allotment hosepipe video - and can your council ban hoses on plots?",
    "A video filmed at the Wexcombe Road allotments on Sunday shows a man in a sun hat "
    "spraying a hosepipe across three plots.",
    "A plot holder two rows away, Elspeth Mawdsley-Kuti, filmed it on her phone and posted it "
    "on Facebook.",
    "The man with the hose, Derek Ollerenshaw-Pike, has since posted his own video on TikTok "
    "explaining himself.",
    "His reply has been watched roughly 640,000 times.",
]


@pytest.mark.parametrize(
    "statement",
    [
        "The council said its allotments officer had 'viewed the video' and would be speaking "
        "to both tenants.",
        "Thornleigh Council says it has seen the video and will write to both plot holders.",
        "The council said it had 'watched the video more times than we would like to admit'.",
    ],
)
def test_a_bodys_word_that_it_has_seen_the_video_is_of_the_storys_clip(statement: str) -> None:
    at, citations, threads = read_lines(_HOSEPIPE + [statement])
    assert threads[at[_HOSEPIPE[3]]] == at[_HOSEPIPE[3]]
    # (past the reply told last, and past the headline, whose line is all its thread has)
    assert threads[at[statement]] == at[_HOSEPIPE[1]]


def test_a_body_that_has_seen_a_clip_named_by_its_kind_has_seen_that_one() -> None:
    statement = "Police said officers had viewed the TikTok video and would take no action."
    at, citations, threads = read_lines(_HOSEPIPE + [statement])
    assert threads[at[statement]] == at[_HOSEPIPE[3]]


_GALLERY = [
    "In pictures: the Holm Skerry school ferry's last run of term",
    "Pupils wave from the car deck as the ferry leaves the pier. Photograph: Ola Brennan/"
    "Skerry Times",
    "Deckhand Ross Fairlie-Otieno dances with a mop on the ramp, in a still from a video "
    "posted on TikTok by the ferry's mate, Isla Munro-Achebe",
    "Her video has been viewed more than 1.2 million times",
    "The skipper sounds the horn for the last time this term, in a still from a video posted "
    "on X by pupil Finlay Okoro-Dunn",
]


@pytest.mark.parametrize(
    "count",
    [
        "His clip has had roughly 19,000 views",
        "His video has been reposted around 2,300 times",
        "The clip, 40 seconds long, has had about 46,000 views",
    ],
)
def test_a_gallerys_count_under_a_still_is_of_the_still_above(count: str) -> None:
    at, citations, threads = read_lines(_GALLERY + [count])
    assert threads[at[_GALLERY[4]]] == at[_GALLERY[4]]
    assert threads[at[count]] == at[_GALLERY[4]]


def test_a_stitch_counted_under_its_still_is_the_stitch() -> None:
    stitch = (
        "A stitch of the mop dance by the comedian Ravi Okoro-Brandreth, who added a "
        "horror-film soundtrack, in a screenshot from TikTok"
    )
    count = "His stitch has about 690,000 views"
    at, citations, threads = read_lines(_GALLERY + [stitch, count])
    assert threads[at[stitch]] == at[stitch]
    assert threads[at[count]] == at[stitch]


_BADGERS = [
    "A video of four badger cubs wrestling on an allotment path has been viewed 6.3 million "
    "times on TikTok.",
    "The video was posted on Friday by Edna Marwood-Okafor, 79, who has kept plot 41 since 1971.",
    "The Merrowby Wildlife Trust has since posted its own footage on its Facebook page, from "
    "a second camera it set up on Sunday night.",
    "That video has been shared about 12,000 times.",
]


@pytest.mark.parametrize(
    "reply",
    [
        "A TikTok duet of Marwood-Okafor's clip by the comedian Theo Vance-Adjei, who referees "
        "the cubs with a whistle, has roughly 800,000 views.",
        "A reply has landed: the TV gardener Moira Strathdee-Oyelaran has posted a TikTok "
        "answering Marwood-Okafor's badger clip, in which she holds up her own watering can.",
        "Her video explaining the law, posted in response to the Merrowby clip, has about 450,000 "
        "views.",
    ],
)
def test_a_clip_made_in_answer_to_another_is_its_own(reply: str) -> None:
    at, citations, threads = read_lines(_BADGERS + [reply])
    assert threads[at[reply]] == at[reply]


def test_the_original_after_a_duet_is_the_clip_the_duet_names() -> None:
    # set 162's wire story, whole: a trust's own footage is told between the story's clip
    # and the duet, and "The original" is the clip the duet names, not the trust's
    labels = Path(__file__).parent / "data" / "articles" / "threads_untouched_162.jsonl"
    story = next(
        json.loads(line) for line in labels.open() if '"s162-wire-merrowby-badger-shed"' in line
    )
    lines = [claim["text"] for claim in story["claims"][1:]]  # (the headline read apart)
    original = next(line for line in lines if line.startswith("The original has also"))
    at, citations, threads = read_lines(lines)
    assert threads[at[original]] == at[lines[0]]


_SALE = [
    "09:15 The auctioneers will stream the whole sale on their YouTube channel, Marlow & Finch "
    "Live, from 10:00.",
    "10:02 The stream is now live, and about 850 people are already watching the first lots.",
    "10:48 Beetle collector Zanele Ferreira-Haig has gone live on TikTok as @beetledrawer from "
    "the back row, narrating the insect lots to about 900 viewers.",
    "11:42 Gasps in the room: a telephone bidder has just paid £46,000 for lot 212.",
]


@pytest.mark.parametrize(
    "line",
    [
        "11:44 A clip of the hammer falling, cut from the Marlow & Finch Live stream and posted "
        "on X by @auctionfloorfeed, shows the auctioneer dropping her glasses.",
        "14:00 Back on Marlow & Finch Live, the insect cabinets are up, and the stream has "
        "roughly 3,400 watching.",
    ],
)
def test_a_channel_named_with_an_ampersand_before_its_stream_is_that_stream(line: str) -> None:
    at, citations, threads = read_lines(_SALE + [line])
    assert threads[at[_SALE[2]]] == at[_SALE[2]]
    assert threads[at[line]] == at[_SALE[1]]


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        (
            "08:44 Deckhand Tegen Hocking, 19, the youngest of the crew, has gone live on TikTok "
            "from the bow.",
            "Tegen Hocking",
        ),
        (
            "REPORTER: The landlord, Gethin Marlow-Osei, put the footage from his security camera "
            "on the pub's Facebook page the next morning.",
            "Gethin Marlow-Osei",
        ),
        (
            "Harpreet Kaur-Lindqvist put her grandfather's first ever driving lesson, at the age "
            "of 71, on her Snapchat story.",
            "Harpreet Kaur-Lindqvist",
        ),
    ],
)
def test_someone_named_as_a_line_opens_who_puts_a_clip_up_is_its_maker(
    line: str, maker: str
) -> None:
    assert creator_named(line) == maker


@pytest.mark.parametrize(
    "line",
    [
        "Council leader Ann Lee put the plans on hold after the video was viewed 2m times.",
        "Mayor Ann Lee put the question on the agenda after the clip spread.",
    ],
)
def test_someone_who_puts_something_else_somewhere_made_no_clip(line: str) -> None:
    assert creator_named(line) is None


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        (
            "5. The video was recorded by the occupier of No 9, Mrs Gillian Throssell-Adeyemi, "
            "from her front bedroom window.",
            "Gillian Throssell-Adeyemi",
        ),
        (
            "The clip was filmed by the next passenger in the queue, Dougie Arkwright-Bassey, and "
            "posted on Threads.",
            "Dougie Arkwright-Bassey",
        ),
    ],
)
def test_a_maker_told_by_who_they_are_then_named_is_the_maker(line: str, maker: str) -> None:
    assert creator_named(line) == maker
