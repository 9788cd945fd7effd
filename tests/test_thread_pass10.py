"""Citation, thread and context rules of the tenth pass (issue 13): categories of misses
that recurred over the first runs of sets 8, 9 and 10, each tried on invented sentences
that are none of theirs, with limit cases of what each rule must not do."""

from __future__ import annotations

import pytest

from archiver.articles.copies import A_COPY, camera_cites, copy_cites, possessor
from archiver.articles.stated import creator_named
from tests.support.threads import article as _article
from tests.support.threads import thread as thread_members


def test_a_quotation_closed_before_its_attribution_runs_on_no_further() -> None:
    claims, citations = _article(
        "A clip posted on X by @harbourwatch shows the minister on the quay.\n"
        "“This pier will stand another century,” he says, tapping a post.\n"
        "A fact-check note under the post says the whole clip shows him at another pier.\n"
        "Community notes are written by volunteers.\n"
    )
    members = thread_members(citations, 0)
    assert members.get(1) == "quote"
    assert 2 in citations and members.get(2) == "back_reference"  # a citation of its own
    assert 3 not in members  # the story's explanation, not a quote running on


def test_a_bare_quotation_after_speech_heard_in_the_clip_goes_on() -> None:
    claims, citations = _article(
        "The club's YouTube upload of the penalty has been watched a million times.\n"
        "“He is going to miss,” the announcer says.\n"
        "“He has missed.”\n"
    )
    assert thread_members(citations, 0).get(2) == "quote"


def test_a_bare_quotation_after_the_story_does_not_join() -> None:
    claims, citations = _article(
        "The club's YouTube upload of the penalty has been watched a million times.\n"
        "The club said the striker had been ill all week.\n"
        "“He will be back on Saturday.”\n"
    )
    assert 2 not in thread_members(citations, 0)


def test_a_copy_or_repost_is_the_clip_in_play_on_its_own_platform() -> None:
    claims, citations = _article(
        "A video posted on Nextdoor by Aled Price shows a fox raiding his bins.\n"
        "The council said it would collect bins earlier.\n"
        "A copy posted in a neighbourhood group on Facebook has been shared 900 times.\n"
    )
    assert thread_members(citations, 0).get(2) == "back_reference"
    assert citations[2].platform == "facebook"


@pytest.mark.parametrize(
    "sentence",
    [
        "A fan page reposted a sped-up version on TikTok, where it has 1m views.",
        "One copy uploaded to Douyin has been liked 40,000 times.",
    ],
)
def test_copies_are_read_as_the_clip(sentence: str) -> None:
    assert A_COPY.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Another copy, with a different ending, appeared on YouTube.",  # another clip
        "She posts the same recipes as Shorts, where a garlic version has 2m views.",
        "A copy of the report was posted to every councillor.",  # a document
        "The clip has been reposted 7,000 times.",  # a count, not a repost
    ],
)
def test_what_is_not_a_copy_of_the_clip(sentence: str) -> None:
    assert not A_COPY.search(sentence)


def test_a_copy_put_online_cites_but_a_copy_of_a_document_does_not() -> None:
    assert copy_cites("The oldest copy we found was uploaded in March by a channel.")
    assert not copy_cites("A copy of the contract was posted to the tenants.")


@pytest.mark.parametrize(
    ("sentence", "cites"),
    [
        ("His dashcam caught the lorry drifting across two lanes.", True),
        ("Farmer Ann Boyd, from Kelso, filmed lambs playing in the snow.", True),
        ("The camera shop closed in 2019.", False),
        ("Ann Boyd farms sheep near Kelso.", False),
    ],
)
def test_a_camera_that_caught_something_or_someone_filming_cites(
    sentence: str, cites: bool
) -> None:
    assert camera_cites(sentence) is cites


@pytest.mark.parametrize(
    ("sentence", "creator"),
    [
        ("Nurse Tomas Lind's security camera caught two men at the gate.", "Tomas Lind"),
        ("Animator Rosa Vey's two-minute Vimeo short has won a prize.", "Rosa Vey"),
        ("Joel Marsh's YouTube channel posted the video on Monday.", "Joel Marsh"),
    ],
)
def test_the_owner_of_a_clip_or_camera_named_in_full_is_its_creator(
    sentence: str, creator: str
) -> None:
    assert creator_named(sentence) == creator


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas's brother filmed the match.",  # one word: whose relative, not the owner
        "The Guardian's video desk declined to comment.",  # no person named
        "Ella Moss's garden is full of roses.",  # no clip or camera
    ],
)
def test_a_possessive_that_names_no_clip_owner(sentence: str) -> None:
    assert possessor(sentence) is None


def test_a_pronoun_thing_rejoins_after_background_only_when_it_shares_a_word() -> None:
    claims, citations = _article(
        "A video shared on Telegram carries the voice of a man who says he is a doctor.\n"
        "Verdict: False.\n"
        "His voice plays over a slow shot of a busy ward.\n"
        "“Nobody is telling you the truth,” he says.\n"
    )
    members = thread_members(citations, 0)
    assert members.get(2) in ("pronoun", "description") and members.get(3) == "quote"
    claims, citations = _article(
        "A video shared on Telegram carries the voice of a man who says he is a doctor.\n"
        "Verdict: False.\n"
        "His clinic closed in 2020.\n"
    )
    assert 2 not in thread_members(citations, 0)
