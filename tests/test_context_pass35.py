"""Thirty-fifth pass: rules from the misses of sets 0-136 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.captions import LINK_OUT
from archiver.articles.stated import creator_named
from archiver.platforms import platform_named
from tests.support.threads import read_lines

_PROFILE = [
    "The video that changed her life is 40 seconds long.",
    "Otter pups tumble down a muddy bank into the river, one after another.",
    "It has been watched 9.2 million times on TikTok.",
]


@pytest.mark.parametrize(
    "told",
    [
        "'I thought my cousins might watch it,' she says, rinsing a mug at the sink.",
        "'My brother rang me from Leeds to ask if I was all right,' she says.",
        "'People think the videos are about otters. They are about the river,' she says.",
        "'The river is the star,' she says, padlocking the boathouse.",
        "'It was never meant for strangers,' she says when I mention the comments.",
        "'I still film every morning,' she says as we walk back to the car.",
    ],
)
def test_a_profiles_quote_said_to_the_writer_is_not_heard_in_the_clip(told: str) -> None:
    at, _, threads = read_lines(_PROFILE + [told])
    assert threads[at[_PROFILE[2]]] == at[_PROFILE[0]]
    assert threads.get(at[told]) is None


@pytest.mark.parametrize(
    "heard",
    [
        "'Go on, little one, in you go,' she says, laughing, at the top of the bank.",
        "'That is five of them. Five,' she says, shaking her head.",
    ],
)
def test_a_quote_with_the_speakers_gesture_in_the_clip_is_still_heard(heard: str) -> None:
    # (told after the scene: after the line that counts the clip's views, 60 of 67 such
    # lines in sets 0-191 are said to the writer; see tests/test_context_pass45.py)
    at, _, threads = read_lines([*_PROFILE[:2], heard, _PROFILE[2]])
    assert threads[at[heard]] == at[_PROFILE[0]]


_MOMENT = [
    "THIS is the moment a hen party's inflatable flamingo drifted out past the harbour wall.",
    "The six friends had hired it for an hour from a kiosk on the prom.",
    "In the chaotic footage, the bride paddles with a flip-flop as the tide takes them out.",
    "The lifeboat crew are already on their way.",
]


def test_who_filmed_the_moment_is_told_after_a_line_in_its_footage() -> None:
    filmed = "Her sister, sitting on the flamingo's head, filmed the whole voyage on her phone."
    at, _, threads = read_lines(_MOMENT + [filmed])
    assert threads[at[_MOMENT[2]]] == at[_MOMENT[0]]
    assert threads[at[filmed]] == at[_MOMENT[0]]


@pytest.mark.parametrize(
    "own",
    [
        "The bride has since hit back in a video of her own on TikTok, blaming the kiosk.",
        "The kiosk owner has now posted a furious rant on Facebook about the flamingo.",
    ],
)
def test_a_clip_made_since_the_moment_is_its_own(own: str) -> None:
    at, _, threads = read_lines(_MOMENT + [own])
    assert threads[at[own]] == at[own]


_GALLERY = [
    "Crowds on the quay for the regatta's opening day. Photograph: Harbour Echo",
    "A rowing gig capsizes at the harbour mouth, in a still from a video posted on TikTok by"
    " spectator Nia Pellow",
    "Her video has been watched 1.3 million times",
    "The mayor hands out medals at the finish. Photograph: Harbour Echo",
]


def test_a_gallerys_count_line_is_of_the_clip_its_caption_brought_in() -> None:
    at, _, threads = read_lines(_GALLERY)
    assert threads[at[_GALLERY[2]]] == at[_GALLERY[1]]


def test_a_gallerys_line_of_what_is_heard_is_a_quote_of_the_clip_above() -> None:
    heard = "'Pull, Morwenna, pull!' a spectator can be heard shouting as the gig rolls over"
    lines = _GALLERY[:3] + [heard] + _GALLERY[3:]
    at, citations, threads = read_lines(lines)
    assert threads[at[heard]] == at[_GALLERY[1]]
    roles = {m.position: m.role for m in citations[at[_GALLERY[1]]].members}
    assert roles[at[heard]] == "quote"


_PACKAGE = [
    "NEWSREADER (PRIYA ODUYA-BANKS): A tap-dance class for pensioners in Holloway Green has"
    " become an internet sensation.",
    "NEWSREADER: A video of the Tuesday class at St Bride's Hall, filmed by one dancer's grandson"
    " and posted on Facebook, has now been watched more than two million times.",
    "NEWSREADER: Our reporter Ines Carver-Obi has been to meet them.",
    "INES CARVER-OBI: The class is led by Doreen Tallis, who is ninety, and the video was"
    " filmed by Kofi Mensah-Ward, whose gran dances in the front row.",
]


def test_a_reporter_retells_the_ledes_clip_without_naming_its_platform() -> None:
    at, _, threads = read_lines(_PACKAGE)
    assert threads[at[_PACKAGE[3]]] == at[_PACKAGE[1]]


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        (
            "The class is run by Dot Ashby, and the video was taken by Ravi Mensah, her grandson.",
            "Ravi Mensah",
        ),
        ("The clip was taken by Mrs Lina Borg Azzopardi from the quay.", "Lina Borg Azzopardi"),
        ("A video of the choir at St Bride's Hall, posted on Facebook, has 3,000 views.", None),
        ("The class is run by Dot Ashby, who is ninety, and has 40 members.", None),
        ("A livestream run by the broadcaster NRK showed the ship leaving port.", "NRK"),
    ],
)
def test_who_took_the_video_is_its_maker_and_who_runs_a_class_is_not(
    text: str, maker: str | None
) -> None:
    assert creator_named(text) == maker


def test_a_clip_named_by_its_owner_after_and_is_the_owners() -> None:
    lines = [
        "A woman in Pellby has become a star after filming her husband's dame costume"
        " catching on the curtain.",
        "Colette Dunnage, 52, posted the video on Instagram, where it has 2.1 million views.",
        "The theatre says the show will go on tonight.",
        "And Colette's clip has been picked up by the Facebook page Oh Yes It Is, where it has"
        " had another 400,000 views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[0]]


_FERRY = [
    "A ferryman has become an internet star after a video of him rescuing a spaniel from the"
    " river was shared thousands of times.",
    "In the video, he leans out over the side and hauls the dog in by her collar.",
    "A passenger, Grace Hartley, filmed it on her phone and posted it on the village Facebook"
    " group that evening.",
]


@pytest.mark.parametrize(
    ("line", "copied"),
    [
        (
            "Her son, Theo, 17, put it on TikTok the next day, and it has since been watched"
            " more than 3.8 million times.",
            True,
        ),
        (
            "A local comedian set it to opera and put it on YouTube, where it has 40,000 views.",
            False,
        ),
    ],
)
def test_the_clip_in_play_put_on_another_platform_is_a_copy(line: str, copied: bool) -> None:
    at, _, threads = read_lines(_FERRY + [line])
    assert (threads[at[line]] == at[_FERRY[0]]) is copied


_TABLOID = [
    "THIS is the hilarious moment a cheeky seagull nicked a pensioner's sandwich - right out"
    " of his hand.",
    "Retired postman Len Arkwright, 81, has fed the gulls on Cleethorpe pier for 30 years.",
]


@pytest.mark.parametrize(
    ("line", "joined"),
    [
        ("He unwraps his cheese and pickle and turns to wave at the camera.", True),
        ("He lives in Grimsby with his wife of 55 years.", False),
    ],
)
def test_a_tabloids_scene_after_a_line_of_background_is_its_clips(line: str, joined: bool) -> None:
    at, _, threads = read_lines(_TABLOID + [line])
    assert (threads.get(at[line]) == at[_TABLOID[0]]) is joined


@pytest.mark.parametrize(
    "maker",
    [
        "The ferryman, Huw Penry, filmed her from his cabin and put it on TikTok, where it has"
        " 2.4 million views.",
        "This was filmed at the quay by deckhand Ffion Howell, whose father skippers the ferry.",
    ],
)
def test_who_filmed_a_scene_told_first_makes_the_scene_the_citation(maker: str) -> None:
    lines = [
        "We asked you for your favourite ferry videos, and 4,812 of you voted.",
        "1. The cow who commutes",
        "A Friesian cow walks up the ramp of the chain ferry on her own and strolls off at the"
        " far side.",
        maker,
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[2]] in citations
    assert threads[at[maker]] == at[lines[2]]


def test_a_video_a_court_was_shown_is_the_ledes_clip_of_someone_filming() -> None:
    lines = [
        "A 19-year-old drowned after diving from a harbour wall while a friend filmed him, an"
        " inquest has heard.",
        "Aled Price, of Borthwen, entered the water on the evening of 2 August.",
        "The hearing at Porthgain Coroner's Court was shown a 40-second video filmed on a"
        " friend's phone and shared in a group chat.",
        "In it, Aled climbs on to the wall and waves to the camera before diving.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[0]]
    assert threads[at[lines[3]]] == at[lines[0]]


@pytest.mark.parametrize(
    ("rule", "outside"),
    [
        ("Please do not film the show yourselves: you will miss the best bits.", True),
        ("Filming in the livestock lines is welcome, but drones are not.", True),
        ("'Don't film this, help me!' she wails as the queue grows behind her.", False),
    ],
)
def test_a_rule_on_filming_is_no_line_of_the_clip(rule: str, outside: bool) -> None:
    lines = [
        "A video posted on TikTok by Nia Roberts shows the pantomime cow losing its back legs.",
        "The front half turns round to look for them.",
        rule,
    ]
    at, _, threads = read_lines(lines)
    assert (threads.get(at[rule]) is None) is outside


@pytest.mark.parametrize(
    "heard",
    [
        "'Look, she does the turn!' is heard Sólveig shout, and then: 'Mum, come and see.'",
        "'Go on, go on, he will drown!' - is heard a woman shouting from the deck.",
        "'Hold the rope, Dai!' a deckhand can be heard shouting.",
    ],
)
def test_words_heard_in_the_clip_rejoin_it_after_a_line_it_did_not_join(heard: str) -> None:
    lines = [
        "A video posted on Instagram by Sólveig Jónsdóttir shows the ewe Flekka following the"
        " model down the catwalk.",
        "The show raised 4,000 euros for the mountain rescue team.",
        heard,
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[heard]] == at[lines[0]]


def test_a_quotation_heard_after_a_dash_is_one_claim_of_its_clip() -> None:
    lines = [
        "A filmed clip in which a young man jumps from the quay onto the departing ferry was"
        " posted on Facebook by a passenger.",
        "'Ejja! Ejja, he will not make it! Ara, he made it!' - is heard a woman shouting, while"
        " the passengers clap.",
    ]
    at, _, threads = read_lines(lines)
    assert lines[1] in at
    assert threads[at[lines[1]]] == at[lines[0]]


def test_a_new_clip_by_someone_the_lede_told_of_is_their_own() -> None:
    lines = [
        "Beach contractors are reviewing cover after a bather's video showed a surfer, not a"
        " lifeguard, pulling a child from a rip current.",
        "The footage, filmed by holidaymaker Dom Rees, has been viewed about 1.6 million times.",
        "The council said its review would report in the spring.",
        "The surfer, Jack Osei, has since posted a video on Instagram from his van, asking"
        " people to stop blaming the lifeguards.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[3]]


@pytest.mark.parametrize(
    "outside",
    [
        "Speaking with our correspondent, the groom, Mr Kunle Ade, said he had no idea until"
        " guests began showing him the video.",
        "Speaking to Kıyı Haber, Kalaycı said: 'I filmed it so that the gendarmes would see.'",
    ],
)
def test_words_to_our_correspondent_and_a_link_out_are_not_the_clips(outside: str) -> None:
    lines = [
        "A video of the bride arriving on a motorbike taxi has been shared thousands of times"
        " on Facebook.",
        "In it, she lifts her veil and waves to the crowd.",
        outside,
    ]
    at, citations, threads = read_lines(lines)
    assert threads.get(at[outside]) is None
    assert at[outside] not in citations


def test_read_also_links_out_to_another_story() -> None:
    assert LINK_OUT.match("Read also: Harvest parade in Wezelo draws a record number of visitors")


@pytest.mark.parametrize("question", ["Has the video been taken down?", "Has the clip helped?"])
def test_a_question_heading_cites_no_clip(question: str) -> None:
    lines = [
        "A video posted on TikTok by a nurse shows the ward's broken lift.",
        "It has been watched more than 400,000 times.",
        question,
        "No. The hospital has asked her to remove it, but she has refused.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[question] not in citations
    assert threads.get(at[question]) is None


@pytest.mark.parametrize(
    ("line", "joined"),
    [
        ("She says she'd been filming the snow for her nan.", False),
        ("NEWSREADER: She says her nan still hasn't seen it.", False),
        ("She says: 'That's the whole village out there.'", True),
    ],
)
def test_what_she_says_reported_with_no_quotation_is_the_storys(line: str, joined: bool) -> None:
    lines = [
        "NEWSREADER: A video of a snowball fight on Pentre's high street has been watched more"
        " than a million times on TikTok.",
        "NEWSREADER: In it, dozens of neighbours pelt a delivery van, whose driver joins in.",
        line,
    ]
    at, _, threads = read_lines(lines)
    assert (threads.get(at[line]) == at[lines[0]]) is joined


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("Meta has since added a 'false information' label to the Rural Voice post.", "facebook"),
        ("Meta said on Tuesday it had removed the Rennick Truth Network post.", "facebook"),
        ("Meta has since removed the reel from Instagram.", "instagram"),
        ("Meta's shares rose on Tuesday.", None),
    ],
)
def test_meta_acting_on_a_post_is_its_facebook(text: str, platform: str | None) -> None:
    assert platform_named(text) == platform


@pytest.mark.parametrize(
    "act",
    [
        "TikTok removed that copy on Tuesday after we contacted it.",
        "Meta has since removed the advert for breaching its policies.",
        "TikTok said on Monday that it had removed that copy for breaching its rules.",
        "TikTok has since labelled that post 'unverified content'.",
    ],
)
def test_a_platforms_act_on_the_clip_cites_it(act: str) -> None:
    lines = [
        "A video posted on TikTok by @harbourwatch claims to show a shark in Penmorvah bay.",
        "It has been watched 1.2 million times.",
        act,
    ]
    at, citations, threads = read_lines(lines)
    assert at[act] in citations
    assert threads[at[act]] == at[lines[0]]
