"""Twenty-third pass: rules from the misses of sets 0-81 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.account_lines import account_line
from archiver.articles.claims import without_time_stamp
from archiver.articles.metrics import metrics_stated
from archiver.articles.person_names import full_name
from archiver.articles.stated import creator_named
from tests.support.threads import claim_texts, read_lines


def _maker(line: str) -> str | None:
    at, citations, _ = read_lines(["A headline about a clip", line])
    citation = citations[at[line]]
    return citation.creator or citation.inferred_creator


@pytest.mark.parametrize(
    "line",
    [
        # a body as the subject, putting out its own clip: no one made it
        "Northline Trains has posted a video on X from its control centre, in which a manager"
        " explains the fault.",
        "Bramblecombe Wildlife Park shared a clip on Instagram of its otter juggling a stone.",
        "Wendmouth Athletic posted security-camera footage on X showing its roof peeling off.",
        "18:08 Westmarsh Trading Standards has posted a video on YouTube in which an inspector"
        " fills a jug.",
        # what it made is its own, whatever follows the verb
        "Cwm Valley TV broadcast the whole thing, then put it on TikTok, where it has 300,000"
        " views.",
        # a subordinate clause before the body
        "When Larkshire Fire and Rescue Service posted a 52-second helmet-camera clip on"
        " TikTok, it expected a few thousand views.",
        "When the Northvale Schools Partnership posted a 45-second TikTok of it, parents"
        " complained.",
    ],
)
def test_a_bodys_own_clip_has_no_maker(line: str) -> None:
    assert _maker(line) is None


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        # a person as the subject keeps the clip, whatever "its" is about
        ("Mia Chen posted a clip of her cat chasing its tail.", "Mia Chen"),
        ("Tom Reed posted a video of a dog asleep in its kennel.", "Tom Reed"),
        ("Seo-yeon Park posted a video on TikTok of the queue.", "Seo-yeon Park"),
        # a body passing on someone's clip names that someone
        (
            "The Western Weather Service has shared on X a video filmed by 15-year-old Aoife"
            " Brennan.",
            "Aoife Brennan",
        ),
    ],
)
def test_a_person_or_a_clip_passed_on_keeps_its_maker(line: str, maker: str) -> None:
    assert _maker(line) == maker


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        # an office alone is no one's name
        ("Among them was the town's MP, who filmed her own video from the march.", None),
        # a tabloid's family word before a name is no part of it
        ("Wife Shelley, 41, filmed the whole voyage and posted it on TikTok.", "Shelley"),
    ],
)
def test_offices_and_family_words_are_no_names(line: str, maker: str | None) -> None:
    assert _maker(line) == maker


@pytest.mark.parametrize(
    "line",
    [
        # a transcript's turn is one claim, as a live blog's entry is
        "REPORTER (TOM ASHWORTH): Gordon Leeming is seventy-four. He told me he'd gone out"
        " for the dog's bed.",
        "GETHIN HOWELLS: The video's now been watched 1.3 million times. Clive has seen it.",
        # and so is a turn played from the clip
        "CLIP (children chanting): Clive! Clive! Clive!",
        "(CLIP) SIAN PRYCE: Is that Gordon? That's Gordon and Biscuit! Go on, Gordon!",
        "[CLIP] LEANNE FORSYTH: Can I see some ID? What's the company called?",
    ],
)
def test_a_transcripts_turn_is_one_claim(line: str) -> None:
    assert claim_texts(f"Evening bulletin - transcript\n{line}") == [line]


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("REPORTER (TOM ASHWORTH): It was filmed by Sian Pryce.", "It was filmed by Sian Pryce."),
        ("GETHIN HOWELLS: Esme filmed it.", "Esme filmed it."),
        (
            "10:15 — LEIGH: TikTok says it has added a warning.",
            "TikTok says it has added a warning.",
        ),
        # labels that say what the line is stay
        ("CLAIM: A video shows a flood.", "CLAIM: A video shows a flood."),
        ("CLIP (crowd): 'Go on!'", "CLIP (crowd): 'Go on!'"),
    ],
)
def test_rules_read_a_turn_past_its_speaker(text: str, entry: str) -> None:
    assert without_time_stamp(text) == entry


def test_a_turn_played_from_the_clip_is_heard_in_it() -> None:
    lines = [
        "Westmoor Tonight - transcript",
        "PRESENTER: A video of his farewell, filmed by a Year 6 pupil, has been watched more"
        " than a million times.",
        "PRESENTER: Our reporter Gethin Howells was there.",
        "GETHIN HOWELLS: Ten-year-old Esme Tranter filmed Mr Hargreaves walking the crossing"
        " one last time, on her dad's phone.",
        "CLIP (children chanting): Clive! Clive! Clive!",
        "GETHIN HOWELLS: The video's now been watched 1.3 million times.",
    ]
    at, citations, threads = read_lines(lines)
    opener = at[lines[1]]
    assert threads[at[lines[3]]] == opener  # the pupil, named
    assert threads[at[lines[4]]] == opener
    assert {m.position: m.role for m in citations[opener].members}[at[lines[4]]] == "quote"


def test_a_scene_lede_is_the_clip_a_named_filmer_filmed() -> None:
    lines = [
        "SOCK IT TO 'EM: Mum's onion cure goes viral",
        "A MUM-OF-THREE slices a raw onion in half, stuffs both pieces into her fluffy bed"
        " socks and declares her family 'cured' of flu.",
        "Kerry-Ann Dobbs, 36, from Scunthwell, filmed the bizarre bedtime ritual in her kitchen"
        " and posted it on TikTok as @kezzadobbsy.",
        "The clip has been watched 7.4 MILLION times.",
    ]
    at, citations, threads = read_lines(lines)
    lede = at[lines[1]]
    assert lede in citations
    assert threads[at[lines[2]]] == lede and threads[at[lines[3]]] == lede


def _cited(lines: list[str]) -> list[str]:
    at, citations, _ = read_lines(lines)
    return [line for line in lines if at.get(line) in citations]


def test_a_clip_not_made_yet_and_a_habit_of_filming_cite_nothing() -> None:
    lines = [
        "The physics teacher with three million followers",
        "In an hour he will teach 30 Year 9s about pendulums; first, he needs to film a video"
        " about them.",
        "He films before school, on a phone clamped to a retort stand, and never shows a"
        " pupil's face.",
        "In one of his most-saved, he explains circuits with a queue of Year 7s passing a"
        " tennis ball.",
    ]
    assert _cited(lines) == [lines[3]]


def test_a_tabloid_seen_doing_lede_is_the_clip_someone_filmed() -> None:
    lines = [
        "TABLE MANNERS! MP filmed belting out ballad on hotel bar",
        "RED-FACED MP Gideon Thorncastle is seen clambering onto a hotel bar in a loosened tie"
        " and belting out a power ballad.",
        "He spins, wobbles and knocks a tray of drinks into an ice bucket.",
        "'I'm the member for Fernleigh and I NEVER back down!' he bellows.",
        "The clip was filmed by party volunteer Keeley Sprot, 23, at the Harbourside Hotel.",
        "It has been watched a whopping 4.7 MILLION times.",
    ]
    at, citations, threads = read_lines(lines)
    lede = at[lines[1]]
    assert all(threads[at[line]] == lede for line in lines[1:])
    assert [(m.kind, m.value) for m in citations[at[lines[5]]].metrics] == [("views", 4700000)]


def test_a_round_up_items_still_scene_opens_the_clip_filmed_after_it() -> None:
    lines = [
        "The Drizzle #112",
        "Morning, weather nerds! What a week, so let's get straight into it.",
        "SPOTTED",
        "A heron standing perfectly still on a flooded football pitch in Wexham while the"
        " goalposts slowly disappear around it.",
        "Groundsman Pete Lyle filmed it over three hours and posted it on X as a 40-second"
        " time-lapse.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[4]]] == at[lines[3]]


def test_a_phone_kept_pointed_at_a_scene_opens_its_clip() -> None:
    lines = [
        "The Drizzle #112",
        "Storm spotter Nasrin Abdi was sitting in her car when it started, and kept her phone"
        " pointed at the bonnet for the whole four minutes.",
        "Hailstones bounce off the bonnet like popcorn.",
        "She put the clip on Instagram as @nasrinwatchesthesky, where it has 1.3m plays.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[1]]


def test_a_platforms_act_on_the_clip_in_play_is_in_its_thread() -> None:
    lines = [
        "Fake pensions video spreads on X",
        "Claim: A video shared on X shows the minister saying pensions will be cut.",
        "The clip was posted by @ballotbox_leaks on Monday.",
        "X added a community note calling it 'digitally fabricated' within three hours.",
        "Meta has since placed an 'altered video' label on the post.",
    ]
    at, citations, threads = read_lines(lines)
    opener = at[lines[1]]
    assert all(at[line] in citations and threads[at[line]] == opener for line in lines[3:])


@pytest.mark.parametrize(
    ("line", "counts"),
    [
        # Polish copy kept literal: "wyświetlenia", "udostępnienia", "internauci"
        (
            "The film gathered until Tuesday evening 1,4 million displays and 22 thousand"
            " sharings.",
            [("views", 1400000), ("shares", 22000)],
        ),
        (
            "The transmission was watched at the same time by up to 17 thousand internauts.",
            [("views", 17000)],
        ),
    ],
)
def test_translated_counts(line: str, counts: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.value) for m in metrics_stated(line)] == counts


def test_a_name_posted_under_with_what_is_posted_between() -> None:
    line = (
        "He has worked in emergency medicine for nine years, and for the last three he has"
        " posted debunking videos as The Myth Medic on TikTok and YouTube."
    )
    assert account_line(line)
    assert creator_named(line) == "The Myth Medic"
    assert creator_named("Maya posts as Tadhg on the Street.") == "Tadhg on the Street"


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("Dr Kwabena Asante-Mills", "Kwabena Asante-Mills"),
        # a name posted under keeps its honorific
        ("Miss Pan Talks Beauty", "Miss Pan Talks Beauty"),
    ],
)
def test_an_honorific_before_a_full_name_is_dropped(name: str, full: str) -> None:
    assert full_name(name, []) == full


def test_a_clip_reacting_to_clips_of_the_stream_is_a_clip_of_its_own() -> None:
    lines = [
        "Driver who livestreamed himself dodging wildfire roadblock fined",
        "A Tarrow Springs man who broadcast himself driving around a police roadblock has been"
        " fined $4,500.",
        "The court heard he went live on Facebook from his ute on January 9.",
        "A Tarrow Springs firefighter, Jodie Kaminski, posted a TikTok in January reacting to"
        " clips of the stream.",
        "Her video, which has 1.2m views, was not part of the evidence.",
    ]
    at, citations, threads = read_lines(lines)
    reaction = at[lines[3]]
    assert threads[reaction] == reaction and threads[at[lines[4]]] == reaction
    assert citations[at[lines[1]]].inferred_creator != "Jodie Kaminski"


def test_a_pupil_filming_the_race_is_not_the_schools_own_stream() -> None:
    lines = [
        "Grandparents tune in as Hollins Cross Primary streams its sports day",
        "A village primary school that livestreamed its sports day for the first time says"
        " relatives watched from four continents.",
        "Hollins Cross Primary, which has 112 pupils, broadcast Wednesday's races live on its"
        " Facebook page.",
        "The replay has since been watched more than 6,500 times.",
        "The biggest cheer of the day was for the staff race.",
        "Year 5 pupil Alfie Brennan-Shaw, 10, filmed it on his mum's phone from the finish line.",
        "His mother, Louise Brennan-Shaw, posted the clip on Instagram that evening.",
    ]
    at, citations, threads = read_lines(lines)
    stream, pupil = at[lines[1]], at[lines[5]]
    assert [threads[at[line]] for line in lines[1:4]] == [stream] * 3
    assert threads[pupil] == pupil and threads[at[lines[6]]] == pupil
    stream_makers = {citations[at[line]].creator or citations[at[line]].inferred_creator
                     for line in lines[1:4]}  # fmt: skip
    assert stream_makers == {None}


def test_a_ledes_unnamed_poster_is_the_person_named_next() -> None:
    lines = [
        "Candidate sorry for TikTok filmed inside polling station",
        "An independent candidate in next week's Millbrook East by-election has apologised"
        " after posting a video recorded inside a polling station.",
        "Rhiannon Dacre, 29, who runs a bike repair shop on Station Road, is standing on a"
        " promise to reopen the library.",
        "In the 40-second clip, posted on TikTok on Saturday, she walks past the booths.",
        "The clip was viewed about 18,000 times before she deleted it on Sunday evening.",
    ]
    at, citations, _ = read_lines(lines)
    for line in (lines[1], lines[3], lines[4]):
        citation = citations[at[line]]
        assert (citation.creator or citation.inferred_creator) == "Rhiannon Dacre"


def test_a_round_up_items_scene_by_role_and_name_is_the_clip_of_it() -> None:
    lines = [
        "Seven classroom clips that won the internet",
        "Teachers get a lot of stick online, but this term the clips went further.",
        "1. The singing register",
        "Primary teacher Callum Reyes takes the morning register by singing every child's name"
        " to a different nursery rhyme.",
        "His TikTok of it, posted as @mrreyessings, has been watched seven million times.",
    ]
    at, citations, threads = read_lines(lines)
    scene = at[lines[3]]
    assert scene in citations and threads[at[lines[4]]] == scene


def test_a_clip_to_come_beside_one_made_still_cites() -> None:
    lines = ["A baker's loaf video", "She posted a video on Monday and plans to post another."]
    assert _cited(lines) == [lines[1]]


def test_given_names_that_are_family_words_stay_names() -> None:
    assert _maker("Son Heung-min filmed the goal from the touchline and posted it.") == (
        "Son Heung-min"
    )
