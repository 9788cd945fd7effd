"""Rules of the fourteenth pass: categories of misses over sets 34 to 37, each tried on
invented sentences that are none of theirs, with look-alikes each rule must not take."""

from __future__ import annotations

import pytest

from archiver.articles.stated import creator_named
from tests.support.threads import article as _article


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        # a place in apposition with its county: not the county as maker
        (
            "Retired nurse Maud Pellow, 71, from Tregony, Cornwall, filmed the seal pup.",
            "Maud Pellow",
        ),
        # two appositions one after the other: an age, then a relative clause
        (
            "Courier Dev Anand, 31, who was next door, recorded the rescue on his phone.",
            "Dev Anand",
        ),
        ("Gwen Abbott, from Sleaford, filmed the storm.", "Gwen Abbott"),
        ("Tamsin, 27, posted the video on Instagram.", "Tamsin"),
        # a clip said to be a commuter's, posted by a named person: that person
        ("A commuter's phone video, uploaded to YouTube by Imke Sol, shows the crash.", "Imke Sol"),
        # ... but a body passing it on is no maker, nor is anyone passing on a named clip
        ("A cyclist's helmet-camera clip, shared by the Highways Agency, shows the crash.", None),
        ("Orla Byrne's video of the fire was posted by Tom Kade.", "Orla Byrne"),
    ],
)
def test_the_maker_behind_appositions_and_owned_clips(text: str, maker: str | None) -> None:
    assert creator_named(text) == maker


def _where(citation) -> tuple[str | None, str | None]:
    return citation.platform or citation.inferred_platform, citation.inferred_from


def test_a_second_clip_of_a_creator_named_by_first_name_is_on_their_platform() -> None:
    _, citations = _article(
        "Shop owner Mina Ferraz, 52, from Ovar, Aveiro, posted the clip on Facebook.\n"
        "In it, a heron walks into her bakery and takes a sardine.\n"
        "Mina later posted a second clip of the bird waiting at the door.\n"
        "A regular, Joaquim Leal, filmed the heron too.\n"
    )
    assert citations[0].creator == "Mina Ferraz"
    assert _where(citations[2]) == ("facebook", "the creator's earlier clip")
    # someone else's clip takes nothing from Mina's
    assert _where(citations[3])[0] is None


def test_a_clip_of_a_creator_whose_channel_a_line_names_is_on_that_platform() -> None:
    _, citations = _article(
        "Ernest Dobbs, a retired ferryman, became famous for filming himself fishing.\n"
        "In 2020 his nephew set up a YouTube channel for him, Dobbs on the Dock.\n"
        "His best-known video shows him losing a pike at the last second.\n"
        "It has been watched 3 million times.\n"
    )
    assert _where(citations[2])[0] == "youtube"
    assert _where(citations[3])[0] == "youtube"


def test_an_account_line_about_someone_else_places_no_clip() -> None:
    _, citations = _article(
        "Ernest Dobbs, a retired ferryman, filmed himself losing a pike at the last second.\n"
        "His rival Pim Sallow has a YouTube channel with 40,000 subscribers.\n"
    )
    assert citations[0].creator == "Ernest Dobbs"
    assert _where(citations[0])[0] is None
