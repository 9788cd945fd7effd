"""Twenty-fourth pass: rules from the misses of sets 0-86 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.accounts import is_organisation
from archiver.articles.person_names import full_name
from archiver.articles.stated import creator_named
from tests.support.threads import read_lines


def _maker(lines: list[str], line: int) -> str | None:
    at, citations, _ = read_lines(lines)
    citation = citations[at[lines[line]]]
    return citation.creator or citation.inferred_creator


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        # the subject of the scene in a clip on "her" account, past a role in capitals
        (
            "In a video posted to her Instagram account on Monday, Green Renewal leader Maud"
            " Ferrant sits on a hay bale and reads the manifesto aloud.",
            "Maud Ferrant",
        ),
        # a person's staff posting on the person's own account
        (
            "Pellworth's office later posted a video on his X account denying the claims.",
            "Pellworth",
        ),
        # filmed by someone, told after a day and its part
        (
            "The footage, filmed on Friday evening by Ines Coutts while she waited for a bus,"
            " shows the roof lifting.",
            "Ines Coutts",
        ),
    ],
)
def test_the_maker_stated(line: str, maker: str) -> None:
    assert creator_named(line) == maker


def test_a_staff_posting_on_a_bodys_own_account_names_no_maker() -> None:
    assert creator_named("The club's media team posted a video on its X account.") is None


def test_she_posting_again_is_the_person_named_before_on_her_earlier_platform() -> None:
    lines = [
        "A councillor has apologised after posting a video filmed inside a polling station.",
        "In a clip posted on TikTok on Sunday, councillor Ada Brennick walks past the booths.",
        "Ms Brennick told the Dunford Herald she had not known the rule.",
        "She has since posted an apology video, filmed outside the town hall.",
    ]
    at, citations, _ = read_lines(lines)
    apology = citations[at[lines[3]]]
    # (not the paper "told" just before: a name after "the" is no one's)
    assert (apology.creator or apology.inferred_creator) in ("Ada Brennick", "Ms Brennick")
    assert apology.inferred_platform == "tiktok"


def test_the_original_clip_acted_on_is_the_earlier_clip() -> None:
    lines = [
        "A candidate has apologised after posting a video recorded in a polling station.",
        "The clip, posted on TikTok on Saturday, shows her holding up a ballot paper.",
        "She has since posted an apology video, filmed outside her shop.",
        "'Lesson learned,' she says at the end.",
        "A rival, Cllr Rob Tandy, shared the original clip on his Facebook page.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[4]]] == at[lines[0]]
    assert threads[at[lines[2]]] == at[lines[2]]  # the apology is a clip of its own


def test_the_original_video_after_a_reply_is_the_clip_it_answers() -> None:
    lines = [
        "A hospital has released its own footage of a robot-assisted operation.",
        "Now, a warning about a video on TikTok that claims vinegar cures nits.",
        "The clip, posted by the account @nitfixer, shows a child's hair wrapped in a towel.",
        "Dr Ines Roe has posted her own reply on TikTok, and it has 90,000 views.",
        "TikTok says it has added a warning to the original video.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[4]]] == at[lines[1]]


def test_a_copys_poster_is_not_the_clips_maker() -> None:
    lines = [
        "A video posted on Reddit shows a tin of biscuits emptied onto a table.",
        "The poster, u/crumbcounter, wrote that the tin held 40 biscuits.",
        "A deals account, @bargainbex, shared the original Reddit clip on X.",
    ]
    assert _maker(lines, 0) != "@bargainbex"


def test_a_relative_named_by_a_given_name_retells_the_ledes_clip() -> None:
    lines = [
        "This is the hilarious moment a grandfather was left chasing a bus down a high street"
        " after it pulled away with his shopping on board.",
        "Pensioner Len Marsh, 80, had stepped off to post a letter.",
        "By the time he turned round the doors had shut.",
        "His granddaughter Tia, 19, who was on the top deck, whipped out her phone and filmed"
        " the whole chase.",
        "Len jogs after the bus in his slippers, waving a walking stick.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[0]]
    assert threads[at[lines[4]]] == at[lines[0]]


def test_a_still_of_a_clip_in_play_is_its_caption_not_a_citation() -> None:
    lines = [
        "A fox was filmed stealing a loaf from a bakery by chef Lola Marsh, who posted the"
        " clip on Instagram.",
        "The fox trots off with the bread in its mouth.",
        "The fox at the bakery door, in a still from Lola Marsh's video",
        "A still from a video posted to TikTok by shopper Dev Rana, showing a heron on a car roof",
    ]
    at, citations, threads = read_lines(lines)
    still, other = at[lines[2]], at[lines[3]]
    assert still not in citations and threads[still] == at[lines[0]]
    # a still that brings its clip in still opens its thread and cites
    assert other in citations and threads[other] == other


@pytest.mark.parametrize(
    "name", ["Brannock Airport", "Caldwell Philharmonic", "Harwick Festival", "Tarn Observatory"]
)
def test_bodies_known_by_their_last_word(name: str) -> None:
    assert is_organisation(name, "")


def test_a_line_telling_the_clip_in_play_again_is_a_member_not_a_citation() -> None:
    lines = [
        "A video shared on TikTok by usher Tam Reilly shows a cat strolling across a stage.",
        "In the clip, the cat sits down beside the lead actor and licks its paw.",
        "The video shows the audience laughing as the cat leaves.",
        "'Nobody move,' the actor whispers in the video.",
        "The theatre said in a statement that the clip was filmed at a matinee.",
        "In the clip, posted on Instagram too, the cat takes a bow.",
    ]
    at, citations, threads = read_lines(lines)
    opener = at[lines[0]]
    roles = {m.position: m.role for m in citations[opener].members}
    assert at[lines[1]] not in citations and roles[at[lines[1]]] == "description"
    assert at[lines[3]] not in citations and roles[at[lines[3]]] == "quote"
    # (and, since the forty-ninth pass, "The video shows ..." bringing nothing new: the
    # sets label it a description; the seed story's "The video shows just how ..." cites)
    assert at[lines[2]] not in citations and roles[at[lines[2]]] == "description"
    # a body's word on the clip, and a line adding a platform, cite
    assert at[lines[4]] in citations and at[lines[5]] in citations
    assert all(threads[at[line]] == opener for line in lines)


def test_a_named_owners_camera_catching_it_retells_the_ledes_clip() -> None:
    lines = [
        "A runaway robot vacuum has been filmed chasing a cat down a garden path.",
        "Retired teacher Glen Hardy's doorbell camera caught the machine rolling off his"
        " step and across the lawn.",
        "The cat leaps onto a bin as the vacuum closes in.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[1]]] == threads[at[lines[2]]] == at[lines[0]]


def test_a_makers_promo_on_a_platform_cites() -> None:
    at, citations, _ = read_lines(
        [
            "A headline",
            "The maker had boasted in its own glossy YouTube promo that it never strays.",
        ]
    )
    assert at["The maker had boasted in its own glossy YouTube promo that it never strays."] in (
        citations
    )


@pytest.mark.parametrize(
    ("line", "cites"),
    [
        (
            "A dairy farmer who filmed himself pouring a day's milk into a ditch has become"
            " the face of a price revolt.",
            True,
        ),
        ("A Kenyan nurse who filmed herself dancing has become a household name.", False),
        ("Honourable mention to every dad who filmed himself losing to a robot vacuum.", False),
    ],
)
def test_one_act_filmed_by_who_did_it_cites(line: str, cites: bool) -> None:
    at, citations, _ = read_lines(["A headline", line])
    assert (at[line] in citations) is cites


def test_a_named_filmer_after_a_bodys_own_stream_films_a_clip_of_their_own() -> None:
    lines = [
        "The launch company, Skerry Orbital, streamed the countdown live on YouTube, and about"
        " 1.6 million people were watching.",
        "Crofter Ewan Rask filmed the lift-off from his sheep field, with his dog barking.",
        "His video, posted on Facebook, has been shared more than 19,000 times.",
    ]
    at, citations, threads = read_lines(lines)
    assert citations[at[lines[0]]].creator is None
    assert threads[at[lines[1]]] == at[lines[1]] == threads[at[lines[2]]]


def test_a_one_word_maker_the_article_shows_to_be_a_body_is_no_maker() -> None:
    lines = [
        "A humanoid robot pours coffee at the Varnholt Robotics stand on the opening day.",
        "Varnholt's own video of the same robot, posted on LinkedIn, shows it pouring 200 cups.",
    ]
    at, citations, _ = read_lines(lines)
    own = citations[at[lines[1]]]
    assert own.creator is None and own.inferred_creator is None


@pytest.mark.parametrize(
    ("name", "maker"),
    [("Dona Albertina Covas", "Albertina Covas"), ("Druh Kamil Wrona", "Kamil Wrona")],
)
def test_a_translated_honorific_is_no_part_of_the_name(name: str, maker: str) -> None:
    assert full_name(name, []) == maker


@pytest.mark.parametrize(
    "told",
    [
        "Prosecutor Jana Holm told the court that Rourke started a livestream about an hour"
        " into the flight.",
        "The court heard he hid his phone in a coat pocket and went live on YouTube for the"
        " whole show.",
    ],
)
def test_a_court_telling_of_the_defendants_stream_tells_of_the_ledes(told: str) -> None:
    lines = [
        "A man who broadcast himself live as he shouted at cabin crew has been jailed.",
        "Sean Rourke, 41, of Mill Lane, admitted being drunk on an aircraft.",
        told,
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[told]] == at[lines[0]]
