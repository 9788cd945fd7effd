"""Fiftieth pass: rules from the misses of sets 0-211 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

from tests.support.threads import read_lines


def _maker(citation) -> str | None:
    return citation.creator or citation.inferred_creator


_GUEST = [
    "Ines Valcourt-Mbeki, 22, is the county's youth tango champion.",
    "In May a video of her tango on a flooded car park was posted on TikTok by her coach.",
    "Q: Whose idea was the car park?",
    "A: The hall had double-booked us.",
]


def test_a_qa_question_telling_of_a_clip_made_anew_opens_its_own_thread() -> None:
    lines = [
        *_GUEST,
        "Q: A marching band in Porto has remade the whole thing.",
        "A: Sixty of them, in the rain, with a tuba.",
        "It's on their Instagram with about 4 million views.",
        "Q: And you've made one of your own since.",
        "A: A slow one, on my own TikTok.",
        "It's on 900,000.",
        "This interview has been edited and condensed.",
    ]
    at, citations, threads = read_lines(lines)
    band, own = at[lines[4]], at[lines[7]]
    assert band in citations and own in citations
    assert threads[at[lines[5]]] == threads[at[lines[6]]] == threads[band] == band
    assert threads[at[lines[8]]] == threads[at[lines[9]]] == threads[own] == own
    assert at[lines[10]] not in threads


def test_a_qa_question_telling_of_a_copy_going_round_is_the_first_clips() -> None:
    lines = [
        *_GUEST,
        "Q: Someone's made a remix, I hear.",
        "A: A DJ in Lisbon put our steps under a drum beat.",
        "It's on YouTube and it's had about 300,000 views.",
        "Q: A version with the flood taken out was going round on X last month.",
        "A: Someone ran it through an app and took the water out.",
        "X took it down after a week.",
    ]
    at, citations, threads = read_lines(lines)
    first, remix, copy = at[lines[1]], at[lines[4]], at[lines[7]]
    assert remix in citations and copy in citations
    assert threads[remix] == remix and threads[at[lines[5]]] == remix
    assert threads[copy] == threads[at[lines[8]]] == threads[at[lines[9]]] == first


def test_a_qa_question_bidding_the_guest_tell_the_clip_opens_a_turn_on_it() -> None:
    lines = [
        *_GUEST,
        "Q: Describe the forty seconds everyone has watched.",
        "A: The water comes over my shoes and my partner loses a heel.",
        "We keep going.",
        "Q: What are people actually watching in it?",
        "A: Mostly the heel floating past the camera.",
        "Q: Who was holding the phone?",
        "A: My coach.",
        "He films every round so we can go through it on Monday.",
    ]
    at, _, threads = read_lines(lines)
    first = at[lines[1]]
    for answer in (5, 6, 8, 11):
        assert threads.get(at[lines[answer]]) == first, lines[answer]


def test_a_qa_question_telling_what_befell_the_clip_in_play_cites_it() -> None:
    lines = [
        *_GUEST,
        "Q: Then a rival coach, Piet Andersson-Ode, posted a parody of it.",
        "A: He did the tango in a paddling pool.",
        "Q: He has since taken it down and says it was a joke.",
        "A: It had 1.2 million views by then, so a very successful joke.",
    ]
    at, citations, threads = read_lines(lines)
    parody, down = at[lines[4]], at[lines[6]]
    assert down in citations
    assert threads[down] == threads[at[lines[7]]] == parody


def test_a_qa_question_telling_of_a_first_clip_put_out_live_cites_it() -> None:
    lines = [
        "Marta Okafor-Lind, 38, swept the mile-long high street in 19 minutes.",
        "Q: Why a mile?",
        "A: Somebody in the canteen said it couldn't be done.",
        "Q: The attempt went out live.",
        "Whose idea was that?",
        "A: The guild's, and about 3,000 people watched on their Facebook page.",
    ]
    at, citations, threads = read_lines(lines)
    live = at[lines[3]]
    assert live in citations
    assert threads[at[lines[4]]] == threads[at[lines[5]]] == live


def test_a_tiktok_saying_something_is_a_clip() -> None:
    lines = [
        "A beekeeper lifted a swarm off a statue's head in the market square.",
        "A pest-control firm in Leeds put out a TikTok saying hers was staged.",
        "A rival collector posted a TikTok calling the firm jealous, and it has 80,000 views.",
    ]
    at, citations, _ = read_lines(lines)
    assert at[lines[1]] in citations and at[lines[2]] in citations
    assert citations[at[lines[1]]].platform == "tiktok"
    assert citations[at[lines[2]]].platform == "tiktok"


def test_a_qa_answer_counting_it_refers_back_past_its_label() -> None:
    lines = [
        "Q: Take me back to the video everyone has seen.",
        "A: Last end, we're two down and I take out all three stones.",
        "Q: Who was filming?",
        "A: My dad, Kofi, who put it on TikTok the same night.",
        "Q: When did you realise it had got away from you?",
        "A: By breakfast it had 400,000 views.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[5]]] == at[lines[0]]


def test_a_qa_question_counting_or_filming_the_clip_in_play_is_that_clip() -> None:
    lines = [
        "In May a clip of a ewe jumping from a trailer and swimming a river was watched "
        "millions of times.",
        "We spoke by phone.",
        "Q: How do you shear on an island?",
        "A: You bring the sheep to the boat.",
        "Q: Nine million people have now watched a ewe go for a swim.",
        "A: She was the last one in the trailer.",
        "Q: Your brother kept filming instead of grabbing her.",
        "A: He says he was documenting, and he posted it on our Instagram that night.",
    ]
    at, _, threads = read_lines(lines)
    first = at[lines[0]]
    for line in (4, 5, 6, 7):
        assert threads[at[lines[line]]] == first, lines[line]


def test_titles_kept_in_translated_copy_are_no_part_of_a_name() -> None:
    for line, name in (
        ("The video was made by Mnr Orry Kinvig, 44, a guide at the Wheel.", "Orry Kinvig"),
        (
            "The shadow puppeteer Ki Bagus Wirawan has since duetted the clip on TikTok.",
            "Bagus Wirawan",
        ),
        ("A video posted on YouTube by R' Yoel Grinberg has 4,000 views.", "Yoel Grinberg"),
    ):
        at, citations, _ = read_lines(["Bees at the Wheel", line])
        assert citations[at[line]].creator == name, line


def test_a_contracted_you_or_i_is_no_maker() -> None:
    lines = [
        "Q: Your swarm video has been watched four million times.",
        "A: My brother filmed it.",
        "Q: You've started filming your own collections since.",
        "A: The one from the bowling green is my favourite.",
        "I've stitched it with my brother's, and it's had 1.2 million views on TikTok.",
    ]
    _, citations, _ = read_lines(lines)
    assert all(_maker(c) not in {"You've", "I've"} for c in citations.values())


def test_someone_named_who_was_filming_as_it_happened_made_the_clip() -> None:
    lines = [
        "THIS is the moment a cheeky gull flew off with a puppet parrot in front of a "
        "seaside crowd.",
        "Her nephew, Connor, 19, was filming from the front row of deckchairs as the gull struck.",
        "It has been watched a whopping 4.4 MILLION times.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[1]]]) == "Connor"
    assert _maker(citations[at[lines[2]]]) == "Connor"


def test_someone_who_filmed_themselves_or_herself_put_a_clip_up_made_it() -> None:
    for line, name in (
        (
            "Baker Colm Dunleavy-Achebe made a key out of shortbread, filmed himself opening "
            "his door with it and posted the clip on TikTok.",
            "Colm Dunleavy-Achebe",
        ),
        (
            "Ven Breeshey Kinvig has herself put a video of the collection on the Facebook page "
            "of the society.",
            "Breeshey Kinvig",
        ),
    ):
        at, citations, _ = read_lines(["Bees at the Wheel", line])
        assert citations[at[line]].creator == name, line


def test_streaming_or_filming_as_a_habit_cites_no_clip() -> None:
    for line in (
        "Every Thursday night in the season she streams a shed session live on TikTok, "
        "answering questions between sheep.",
        "Abi films most of her collections for her TikTok account, @abi_catches_swarms, where "
        "she has 210,000 followers",
    ):
        at, citations, _ = read_lines(["Shearers of the valley", line])
        assert at[line] not in citations, line


def test_a_copy_told_by_where_it_is_cites() -> None:
    for line, platform in (
        (
            "A: There's a version on Instagram where somebody has made the stone do a full loop.",
            "instagram",
        ),
        ("There is a copy on YouTube with 3,000 views.", "youtube"),
    ):
        at, citations, _ = read_lines(["Curling's big night", line])
        assert citations[at[line]].platform == platform, line


def test_someones_live_is_the_stream_they_began_by_either_part_of_their_name() -> None:
    lines = [
        "09:00 Good morning from Glenarrow Arena, where ice technician Rhona Kilbride-Asante "
        "has been up all night.",
        "09:20 The association is streaming the final on its YouTube channel, Brennock Stones "
        "TV; about 900 are watching.",
        "09:50 Kilbride-Asante has gone live on TikTok as @rhona.pebbles from the plant room.",
        "10:05 On the stream, two of the crew are dragging a squeegee down sheet B.",
        "10:20 Rhona's live has passed 6,000 viewers, and someone has offered a compressor.",
        "14:45 Rhona has ended her live after nearly five hours; she says about 22,000 people "
        "dropped in at some point.",
    ]
    at, _, threads = read_lines(lines)
    hers = at[lines[2]]
    assert threads[at[lines[4]]] == threads[at[lines[5]]] == hers
