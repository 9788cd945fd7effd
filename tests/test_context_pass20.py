"""Rules of the twentieth pass, each tried on invented articles that are none of the
labelled sets', with look-alikes each rule must not take."""

from __future__ import annotations

from archiver.articles.cues import STILL_FROM, more_cues
from archiver.articles.owners import clip_owner
from tests.support.threads import article as _article

# Two clips; the text goes back to the first by its maker's name after a preposition, and
# a photo caption is a still of the first clip, credited to its filmer with no article
_TWO_CLIPS = (
    "Floodwater fills the market square in Vila Serena\n"
    "From her balcony, baker Joana Prates filmed the river pouring into the square at dawn "
    "and posted the video on Instagram.\n"
    "A bread van floats past the fountain.\n"
    "The fire service released its own drone footage of the town on Facebook.\n"
    "Only the church roof shows above the water.\n"
    "The drone video has been shared 9,000 times.\n"
    "In Prates's video, a man waves a shirt from a window above the pharmacy.\n"
    "The fountain in the flooded square, in an image from video filmed by baker Joana "
    "Prates.\n"
)


def _opener_of(citations: dict, position: int) -> int | None:
    return next(
        (o for o, c in citations.items() for m in c.members if m.position == position), None
    )


def test_a_clip_named_by_its_owner_after_a_preposition_is_the_owners() -> None:
    claims, citations = _article(_TWO_CLIPS)
    first = next(c.position for c in claims if "Joana Prates filmed" in c.text)
    back = next(c.position for c in claims if c.text.startswith("In Prates's video"))
    assert _opener_of(citations, back) == first
    assert clip_owner("In Prates's video, a man waves a shirt.") == "Prates"
    assert clip_owner("At Kowalczyk's livestream the bison appears.") == "Kowalczyk"
    assert clip_owner("In the video, a man waves a shirt.") is None


def test_a_still_credited_to_its_filmer_with_no_article_joins_the_filmers_clip() -> None:
    claims, citations = _article(_TWO_CLIPS)
    first = next(c.position for c in claims if "Joana Prates filmed" in c.text)
    still = next(c.position for c in claims if "in an image from video" in c.text)
    assert _opener_of(citations, still) == first


def test_a_photo_from_no_clip_is_no_still() -> None:
    assert STILL_FROM.search("in an image from video filmed by a resident")
    assert not STILL_FROM.search("an image from the archive shows the square in 1962")
    assert not STILL_FROM.search("In an image from space, the storm covers the coast")


def test_an_angle_of_a_moment_is_a_clip_and_a_point_of_view_is_not() -> None:
    assert more_cues("12:15 Doyle has posted a second angle of the wave, from the pier.")
    assert more_cues("The club's own angle, from the camera behind the goal, went up on X.")
    assert more_cues("A fan captured another angle on Snapchat.")
    assert not more_cues("The match was caught from three angles.")
    assert not more_cues("The columnist takes a new angle on the story this week.")
    assert not more_cues("Detectives are approaching the case from a different angle.")
    assert not more_cues("Her second angle of attack was the cost of the scheme.")
