"""Forty-third pass: rules from the misses of sets 0-176 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from tests.support.threads import article, claim_texts, read_lines


@pytest.mark.parametrize(
    "sentence",
    [
        "The secretary of the committee, Smt. K. R. Shwetha, said the committee had seen the "
        "video.",
        "The president of the club Shri. Anil Jadhav said about 11,000 people watched the stream.",
        "It was filmed by his granddaughter Ku. Priya Nair on her phone.",
        "The mayor, Sig. Rossi, said he had watched it twice.",
        "The video was posted by the parish priest, Fr. Walsh, on Sunday.",
    ],
)
def test_a_title_with_a_stop_before_a_name_ends_no_sentence(sentence: str) -> None:
    assert claim_texts(sentence + " It has since been shared widely.") == [
        sentence,
        "It has since been shared widely.",
    ]


def test_a_title_with_a_stop_is_not_part_of_the_makers_name() -> None:
    lede = (
        "A video of a 78-year-old man starting his 1938 car with a crank handle has been "
        "watched more than 4 million times on Instagram."
    )
    filmed = "The video was filmed by Ku. Gauri Deshpande, his granddaughter."
    _, citations = article("\n".join([lede, filmed]))
    creators = {c.creator for c in citations.values()} - {None}
    assert creators == {"Gauri Deshpande"}


_SHOW_STREAM = (
    "08:34 The Brackenholt Agricultural Society is streaming the finals on YouTube through "
    "its channel Brackenholt Show Live, with a camera over each anvil."
)


@pytest.mark.parametrize(
    "line",
    [
        "10:15 A judge is measuring a toe clip with a steel rule and saying nothing at all.",
        "10:15 The stall by the gate sells crocodile clips, paper clips and hair clips.",
    ],
)
def test_a_clip_that_holds_things_cites_no_clip(line: str) -> None:
    at, citations, _ = read_lines([_SHOW_STREAM, line])
    assert at[line] not in citations


def test_a_clip_of_an_animal_still_cites() -> None:
    line = (
        "A copy of the bulldog clip posted to TikTok by the page Dogs Doing Sports has 40,000 "
        "views."
    )
    at, citations, _ = read_lines(["A bulldog has won the county agility final.", line])
    assert at[line] in citations


_LIVE = (
    "09:40 Apprentice Tomasz Brennan-Achebe, 19, has gone live on TikTok as @tomasz_at_the_anvil "
    "from the warm-up forge behind the cattle lines."
)
_LIVE_ENDS = "10:58 Tomasz has ended his live, which peaked at about 2,700 viewers, he tells us."


@pytest.mark.parametrize(
    "line",
    [
        "10:15 We've walked over to the forge lines ourselves, where a judge is measuring a toe "
        "clip with a steel rule and saying nothing at all.",
        "10:15 We've caught up with the horses ourselves at the top of the lane, where a farrier "
        "is bent double at the rail, laughing.",
    ],
)
def test_the_writer_gone_somewhere_is_the_blogs_news_not_the_live(line: str) -> None:
    at, _, threads = read_lines([_SHOW_STREAM, _LIVE, line, _LIVE_ENDS])
    assert threads.get(at[_LIVE_ENDS]) == at[_LIVE]
    assert threads.get(at[line]) is None


_QA_INTRO = (
    "Delphine Okafor-Hale, 38, has tuned pianos for 15 years and posts as Pin & Felt "
    "(@pinandfelt) on TikTok, where she has about 400,000 followers."
)


@pytest.mark.parametrize(
    "question",
    [
        "Q: Your first video to go viral was the one where you found love letters inside a pub "
        "piano.",
        "Q: Your livestream from a school hall in March didn't go quite to plan.",
        "Q: Your TikTok of a ewe lying down in the middle of your gap did nearly as well.",
    ],
)
def test_an_interviewers_your_video_cites_the_guests_clip(question: str) -> None:
    at, citations, _ = read_lines([_QA_INTRO, "We spoke to her between jobs.", question])
    assert at[question] in citations


_QA_LIVE = "Q: Your livestream from a school hall in March didn't go quite to plan."
_QA_LIVE_TOLD = (
    "I went live on TikTok to tune their grand before the spring concert, about 9,000 people "
    "were watching, and a bass string snapped and hit the ceiling."
)


def test_a_qa_turn_goes_on_with_the_clip_its_question_names() -> None:
    answer = "A: The head teacher was sitting right underneath it with a cup of tea."
    after = "She has forgiven me, mostly."
    lines = [
        _QA_INTRO,
        "Q: How did you start?",
        "A: My dad was a tuner, and I used to hold the torch.",
        _QA_LIVE,
        answer,
        after,
        "Q: What's next?",
        "A: A series on restoring one piano from scrap.",
    ]
    at, _, threads = read_lines(lines)
    live = threads[at[_QA_LIVE]]
    assert threads.get(at[answer]) == live and threads.get(at[after]) == live
    assert threads.get(at["A: A series on restoring one piano from scrap."]) is None
    assert threads.get(at["A: My dad was a tuner, and I used to hold the torch."]) is None


def test_a_clip_the_guest_brings_in_ends_the_turns_clip() -> None:
    stitched = (
        "The composer Ines Vandermeer-Kofi stitched it with a horror-film sting, and hers has "
        "about 820,000 likes."
    )
    after = "I've used her sting on every string I've broken since."
    lines = [_QA_INTRO, "Q: How did you start?", "A: My dad was a tuner.", _QA_LIVE, "A: No!"]
    at, _, threads = read_lines([*lines, stitched, after])
    assert threads.get(at[after]) != threads.get(at[_QA_LIVE])


_MARATHON = [
    "06:00 Good morning. Piano tuner Ffion Raikes-Oduya, 44, has just set off to tune 24 "
    "pianos across the city before midnight, to raise money for the children's hospice.",
    "06:04 She is streaming the whole attempt on Twitch as ffiontunes, with her husband "
    "driving the van and holding the camera; about 900 people are already watching.",
    "08:40 The hospice has posted its own video of this morning's send-off on Instagram, in "
    "which Ffion is clapped out of the day room by a line of nurses banging saucepan lids.",
    "11:30 The hospice says its send-off clip has been watched about 46,000 times.",
]


def test_an_owners_stream_is_the_stream_not_a_video_she_is_seen_in() -> None:
    line = "12:10 Ffion's stream peaked at around 6,100 viewers over lunch, her husband tells us."
    at, _, threads = read_lines([*_MARATHON, line])
    assert threads.get(at[line]) == at[_MARATHON[1]]


@pytest.mark.parametrize(
    "line",
    [
        "21:15 Back on ffiontunes, it's dark, and she is tuning piano twenty by head torch.",
        "00:05 That's all from us - the full stream stays up on Ffion's Twitch channel.",
    ],
)
def test_a_stream_named_by_its_handle_or_its_owners_platform(line: str) -> None:
    other = (
        "18:05 The pianist Theo Vasquez-Anand has gone live on YouTube from his studio, "
        "playing along with her."
    )
    at, _, threads = read_lines([*_MARATHON, other, line])
    assert threads.get(at[line]) == at[_MARATHON[1]]


_CLAIM = (
    "A video shared by the Facebook page Kelbridge Community Alerts claims to show a glass "
    "bottle bursting on a supermarket shelf in the heat."
)
_REACTION = (
    "The chemist Amara Osei-Lund posted a reaction video on TikTok explaining why glass "
    "does not do that, which has 300,000 views."
)


@pytest.mark.parametrize(
    "line",
    [
        "Readers also sent us copies that had reached them on WhatsApp, marked 'Forwarded many "
        "times'.",
        "On WhatsApp also, the video turns from group to group among the people of the town.",
    ],
)
def test_the_clip_forwarded_on_whatsapp_is_the_storys_by_no_one_named(line: str) -> None:
    at, citations, threads = read_lines([_CLAIM, _REACTION, line])
    assert threads.get(at[line]) == at[_CLAIM]
    if at[line] in citations:
        forwarded = citations[at[line]]
        assert (forwarded.creator or forwarded.inferred_creator) is None


def test_a_clip_told_new_on_whatsapp_is_its_own() -> None:
    line = "A second video forwarded on WhatsApp this week claims to show the same shop."
    at, _, threads = read_lines([_CLAIM, _REACTION, line])
    assert threads.get(at[line]) != at[_CLAIM]


_BUTCHER = (
    "Sign writer Lenny Okafor-Marsh's video of himself painting a butcher's fascia has been "
    "watched 5.3 million times on TikTok."
)
_BRUSH = "He loads the brush, leans in, and pulls the downstroke of the 'B' in one go."


@pytest.mark.parametrize(
    "line",
    [
        "The best reply so far is a stitch by the retired sign writer Gordon Tillbrook-Asare, "
        "81, who watches Lenny's 'B' go down and simply nods; it has 400,000 views.",
        "Many of you have written in about the duet of Lenny's video by the cathedral organist "
        "Rafe Okonjo-Hurst, in which he 'fixes' the letters; it has 90,000 likes.",
        "A: That was the comedian Rafe Penhaligon-Achebe, whose duet of Lenny's video has him "
        "conducting with a breadstick; it has about 690,000 likes.",
    ],
)
def test_a_duet_or_stitch_named_as_one_is_a_clip_of_its_own(line: str) -> None:
    at, _, threads = read_lines([_BUTCHER, _BRUSH, line])
    assert threads.get(at[line]) == at[line]


def test_a_scene_lede_told_past_an_aside_is_the_clip_filmed_after_it() -> None:
    lede = (
        "A concert grand, on its side and strapped to a trolley, rises very slowly past the "
        "windows of a glass lift while two removals men stand inside pretending not to notice."
    )
    scene = "On the ground floor, a tuner waits with her case and raises her coffee in salute."
    filmed = (
        "The clip was filmed by shopper Leontine Abara-Gough from the food court and posted on "
        "TikTok, where it has 1.6 million views."
    )
    lines = ["This week: a grand in a glass lift and a parrot with perfect pitch.", lede, scene]
    at, _, threads = read_lines([*lines, filmed])
    assert threads.get(at[filmed]) == at[lede] and threads.get(at[scene]) == at[lede]


_MARBLE = (
    "Glassblower Tobiah Okafor-Reid's six-hour livestream of a single marble being made has "
    "been watched 2.1 million times on YouTube."
)
_MARBLE_SCENE = "He turns the rod in the flame, and the blue and gold begin to swirl."


@pytest.mark.parametrize(
    "line", ["Not every clip has been a joke.", "Not every moment on camera has been so gentle."]
)
def test_a_turn_to_clips_in_general_is_in_no_thread(line: str) -> None:
    at, _, threads = read_lines([_MARBLE, _MARBLE_SCENE, line])
    assert threads.get(at[_MARBLE_SCENE]) == at[_MARBLE]
    assert threads.get(at[line]) is None


_GALLERY = [
    "In pictures: inside the Harrowdene workshop where church organs are reborn",
    "Pipe maker Ines Okwuosa-Lund pours molten pipe metal along the casting bench. Photograph: "
    "Ferdinand Ashcroft-Nye/Dunmarsh Echo",
    "Voicer Ambrose Kettering-Bray, 72, jumps as a reed pipe lets out a sudden honk, in a still "
    "from a video posted to TikTok by his granddaughter, Nell Oduya-Sands",
    "Nell's video has been viewed more than 1.6 million times",
    "A screenshot of the workshop's YouTube livestream of the organ's first full test, which "
    "about 2,100 people watched",
    "Apprentices cover their ears in the erecting room, seen from the livestream",
]


@pytest.mark.parametrize(
    "caption",
    [
        "A clip of the pedal pipes cut from the livestream and posted on the workshop's "
        "Instagram has since been watched about 48,000 times",
        "The workshop says the replay of its stream has since been watched 31,000 times",
    ],
)
def test_a_part_or_replay_of_a_stream_under_a_still_is_the_streams(caption: str) -> None:
    at, _, threads = read_lines([*_GALLERY, caption])
    assert threads.get(at[caption]) == at[_GALLERY[4]]


_BLIND_TEST = [
    "In February the technician Aurelie Moncrieff-Adu posted a TikTok in which she and a "
    "tuning app each tuned one half of the same upright, and invited viewers to a blind test "
    "of which half was which.",
    "The video has been viewed 6.8 million times.",
    "Pitchwell, which makes the app, answered with a reel of its own on Instagram: a "
    "slow-motion film of the app's display beside a strobe tuner.",
    "That reel has had about 390,000 views, the company said.",
    "The Association of Piano Technicians has been less amused.",
    "The concert technician Piers Agbaje-Lowell answered with a duet in which he tunes the same "
    "octave with only a fork, and his duet has 800,000 views.",
    "Moncrieff-Adu's original has also been reposted on Facebook by the page Satisfying Sounds "
    "UK, where it drew 3.3 million views.",
    "The Association will debate a motion on electronic tuning at its conference in October.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Her blind-test video, meanwhile, passed seven million views on Monday, she said.",
        "Moncrieff-Adu's first video, meanwhile, passed seven million views on Monday.",
    ],
)
def test_a_clip_come_back_to_meanwhile_is_the_storys(line: str) -> None:
    at, _, threads = read_lines([*_BLIND_TEST, line])
    assert threads.get(at[line]) == at[_BLIND_TEST[0]]


_CINEMA = [
    "On social media a video is fast becoming viral, in which the old operator of Shama "
    "Talkies shows its last film.",
    "This video his grandson Zulfiqar Ali Khaskheli recorded on his phone.",
    "Till now this video more than 12 lakh people have seen.",
    "From the other side, the actor Sain Mumtaz Ali Jatoi on his YouTube channel has made a "
    "reaction video.",
    "He in the video says: 'My first film in this same hall was shown.'",
    "This video of Sain Mumtaz Ali also about 85 thousand people have seen.",
    "In the hall that night about 300 people were present.",
]


def test_a_bodys_word_it_has_seen_the_clip_told_verb_last_is_the_storys() -> None:
    line = (
        "The Culture Department of Sindh also has said that it the video of chacha Allah Dino "
        "has seen, and the machine will go to the museum."
    )
    at, _, threads = read_lines([*_CINEMA, line])
    assert threads.get(at[line]) == at[_CINEMA[0]]


def test_the_app_on_your_phone_is_no_clip() -> None:
    line = "Seen this city blowing up on your TikTok?"
    at, citations, _ = read_lines([line, "It is built on a mountain, and its roads run in knots."])
    assert at[line] not in citations


def test_a_clip_come_back_to_meanwhile_by_a_word_never_told_is_left_alone() -> None:
    line = "Her heron video, meanwhile, passed seven million views on Monday, she said."
    at, _, threads = read_lines([*_BLIND_TEST, line])
    assert threads.get(at[line]) != at[_BLIND_TEST[0]]


_NEWSLETTER = [
    "Hello, fellow harbour watchers.",
    "An otter climbed onto the slipway on Tuesday and ate a whole bag of whelks while three "
    "of our members watched.",
    "Our treasurer, Siobhan Quinlan-Ade, filmed the otter and posted it on Facebook, where "
    "it has 90,000 views.",
    "Elsewhere, a goose has been nesting in the lifeboat station's tractor.",
    "Coxswain Danny Rourke-Abiola posted a video of it hissing at the crew on Instagram, "
    "where it has 40,000 likes.",
    "The tractor will stay where it is until the eggs hatch.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Back to the otter: a wildlife charity has asked to use the video in its schools pack, "
        "and it has now passed 250,000 views.",
        "PRESENTER: Back to the otter now, and the video has been shared more than twenty "
        "thousand times.",
    ],
)
def test_an_item_gone_back_to_is_the_clip_whose_lines_name_it(line: str) -> None:
    at, _, threads = read_lines([*_NEWSLETTER, line])
    otter = threads[at[_NEWSLETTER[2]]]
    assert otter != threads[at[_NEWSLETTER[4]]]
    assert threads.get(at[line]) == otter
