"""Rules of the fourteenth pass: categories of misses over sets 34 to 37, each tried on
invented sentences that are none of theirs, with look-alikes each rule must not take."""

from __future__ import annotations

import pytest

from archiver.articles.stated import creator_named


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        # a place in apposition with its county: not the county as maker
        ("Retired nurse Maud Pellow, 71, from Tregony, Cornwall, filmed the seal pup.", "Maud Pellow"),
        # two appositions one after the other: an age, then a relative clause
        (
            "Courier Dev Anand, 31, who was delivering next door, recorded the rescue on his phone.",
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
