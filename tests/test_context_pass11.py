"""Creator and platform rules of the eleventh pass: categories of misses over sets 9 to
13, each tried on invented sentences that are none of theirs, with limit cases of what
each rule must not do."""

from __future__ import annotations

import pytest

from archiver.articles.accounts import channel_named, is_organisation
from archiver.articles.stated import creator_named
from tests.support.threads import article as _article


@pytest.mark.parametrize(
    ("sentence", "channel"),
    [
        (
            "The harbour board streamed the vote on its official YouTube channel, Quayside "
            "Live, on Monday.",
            "Quayside Live",
        ),
        (
            "He posted the ride to his Instagram account, Pedal Tales with Bo.",
            "Pedal Tales with Bo",
        ),
        ("The YouTube channel Marsh Lights posted a timelapse of the fog.", "Marsh Lights"),
        ("The cookery channel Pan Handled cut the stream into a short.", "Pan Handled"),
        ("The Tidewatch channel on YouTube has uploaded all nine hours.", "Tidewatch"),
        (
            "The clip came from a page called Kettle Street Gossip, which ...",
            "Kettle Street Gossip",
        ),  # noqa: E501
        ("The account that posted it, Vale Remedies, has 80,000 followers.", "Vale Remedies"),
    ],
)
def test_a_named_channel_is_the_creator(sentence: str, channel: str) -> None:
    assert channel_named(sentence) == channel
    assert creator_named(sentence) == channel


@pytest.mark.parametrize(
    "sentence",
    [
        "She posted it on her Instagram account, Marta said on Sunday.",  # a speaker
        "A copy posted by the farming page Green Acres on Facebook was shared widely.",
        "The channel on YouTube has 3,000 subscribers.",
    ],
)
def test_no_channel_name_where_none_closes_the_phrase(sentence: str) -> None:
    assert channel_named(sentence) in (None, "Green Acres")


def test_a_body_named_by_its_noun_is_no_creator() -> None:
    assert creator_named("A recut, posted by the coffee brand Bean There, has 1m views.") is None
    assert creator_named("The bus operator, Linea Verde, later posted footage on X.") is None
    assert creator_named("North Fenwick Fire and Rescue Service posted footage on X.") is None
    assert is_organisation("Harbour Fire Service", "")
    # a person introduced by an occupation is kept
    assert creator_named("A clip posted by the fashion creator Ines Kale has 2m views.") == (
        "Ines Kale"
    )


def test_a_reddit_username_names_its_poster() -> None:
    assert creator_named("It was posted by u/kettle_lord, a student in Hull.") == "u/kettle_lord"
    assert creator_named("A user posting as u/slowhinge put up a clip of the hinge.") == (
        "u/slowhinge"
    )
    claims, citations = _article(
        "A video of a paper plane crossing a lecture theatre is the top post on Reddit.\n"
        "It was posted by u/foldwing, a physics student.\n"
    )
    assert 1 in citations
    assert (citations[1].creator, citations[1].inferred_platform) == ("u/foldwing", "reddit")


def test_the_poster_of_the_clip_in_play_named_later_joins_its_thread() -> None:
    claims, citations = _article(
        "Claim: A video on Kwai shows a woman saying lemon water cures flu.\n"
        "Verdict: False.\n"
        "The profile that posted it, Ervas da Serra, has 90,000 followers, and the video "
        "had 2,000 views.\n"
    )
    assert citations[2].same_clip_as == 0
    assert citations[0].inferred_creator == "Ervas da Serra"
