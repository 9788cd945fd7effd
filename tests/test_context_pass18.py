"""Rules of the eighteenth pass, each tried on invented articles that are none of the
labelled sets', with look-alikes each rule must not take."""

from __future__ import annotations

import pytest

from archiver.articles.accounts import UPLOADER_OF_IT
from archiver.articles.context import _SOMEONE_NEW
from archiver.articles.owners import clip_owner
from archiver.articles.stated import creator_named
from tests.support.threads import article as _article

# A clip cited with no maker, a line that names who put it online, a second clip, then
# lines that name the first clip by its owner
_TWO_CLIPS = (
    "Watch: tractor slides into the river at Ashby ford\n"
    "A tractor towing a trailer of hay slid into the River Wend at Ashby ford on Tuesday, in "
    "a 20-second clip that has been viewed three million times on YouTube.\n"
    "The Short was uploaded by farm contractor Mel Oduya to her channel, Wend Valley Ag.\n"
    "A second angle, filmed from the bridge by Instagram user @ashby_lens, shows the driver "
    "wading to the bank.\n"
    "It has 400,000 likes.\n"
    "A copy of Oduya's Short posted on X by an anonymous account has 1.2 million views.\n"
    "The council said it had reviewed Oduya's video and would close the ford.\n"
)


def test_who_put_the_clip_online_names_the_clip_just_cited() -> None:
    _, citations = _article(_TWO_CLIPS)
    assert citations[1].same_clip_as == 0
    assert citations[1].creator == "Wend Valley Ag"


def test_a_copy_or_a_review_of_an_owners_clip_goes_to_the_owners_thread() -> None:
    """Past the nearest clip, which a copy or a definite reference was first taken for."""
    claims, citations = _article(_TWO_CLIPS)
    threads = {m.position: c.claim_position for c in citations.values() for m in c.members}
    assert threads[2] == threads[3] == 2  # the second angle's thread
    assert threads[4] == 0  # the copy of Oduya's Short
    assert threads[5] == 0  # the council's review of Oduya's video


def test_a_stitch_of_an_owners_clip_is_not_the_owners_clip() -> None:
    """A line naming the owner as the source of a stitch is no reference to the owner's
    thread: a later repost of the owner's footage goes to the owner's own clip."""
    _, citations = _article(
        "Keeper's overhead kick\n"
        "Supporter Dan Ilett filmed the keeper's overhead kick from behind the goal and posted "
        "it on TikTok.\n"
        "The ball loops over three defenders and into the top corner.\n"
        "Pundit Sam Okoro stitched Ilett's clip with a breakdown of the technique.\n"
        "His version has 900,000 views.\n"
        "A fan page reposted Ilett's footage to Instagram, where it has 650,000 likes.\n"
    )
    assert citations[2].same_clip_as is None  # the stitch is a clip of its own
    assert citations[4].same_clip_as == 0


@pytest.mark.parametrize(
    "line, matches",
    [
        ("The Short was uploaded by meet photographer Reuben Ostrowski.", True),
        ("The video was first posted by a fan account, @kbridge_rs.", True),
        ("The clip has been shared by thousands of people.", False),  # no "by" of posting
        ("The short answer was given by the minister.", False),
        ("A video was posted by the council.", False),  # indefinite: another clip
    ],
)
def test_who_put_it_online(line: str, matches: bool) -> None:
    assert bool(UPLOADER_OF_IT.match(line)) is matches


@pytest.mark.parametrize(
    "line, owner",
    [
        ("A copy of Oduya's Short posted on X has 1.2 million views.", "Oduya"),
        ("Varga's stream peaked at 40,000 viewers.", "Varga"),
        ("Oduya's short answer was no.", None),
    ],
)
def test_a_short_or_a_stream_by_its_owner(line: str, owner: str | None) -> None:
    assert clip_owner(line) == owner


@pytest.mark.parametrize(
    "line, creator",
    [
        # a channel named after its kind with no determiner, or before whose channel it is
        (
            "A reverse image search led us to a YouTube upload from 2018 by plane-spotting "
            "channel HalvorsenSpotter, titled 'Crosswind'.",
            "HalvorsenSpotter",
        ),
        (
            "The search led us to a YouTube upload from 2019 on DPCC Live, the channel of "
            "Dunmore Park Cricket Club.",
            "DPCC Live",
        ),
        # a body's own footage, named by its kind opening the line or by "Rescue"
        ("Rail operator Coastlink has posted drone footage of a fallen tree on the line.", None),
        (
            "Upper Harrandale Fell Rescue also filmed the operation on a helmet camera and "
            "posted the video on YouTube.",
            None,
        ),
        # look-alikes: a person by a role word opening the line is still a person
        ("Pilot Ruth Okonjo has posted a video of the eclipse on Instagram.", "Ruth Okonjo"),
        ("A video by the river Thames shows the tide coming in.", None),
    ],
)
def test_channels_and_bodies(line: str, creator: str | None) -> None:
    assert creator_named(line) == creator


@pytest.mark.parametrize(
    "line, new",
    [
        ("Earlier that afternoon one of the walkers had posted a 20-second TikTok.", True),
        ("One of the fans filmed the whole thing from the stand.", True),
        ("One of the most-watched videos shows her juggling.", False),
        ("One of the walkers said they had not seen the cornice.", False),
    ],
)
def test_one_of_a_group_posting_brings_in_someone_new(line: str, new: bool) -> None:
    """Someone new made the clip: it is not the article's subject's (context.py)."""
    assert bool(_SOMEONE_NEW.search(line)) is new


def test_its_creator_and_a_cut_of_the_vlog_are_the_clip_in_play() -> None:
    """'Its creator, ..., said' speaks of the clip just cited, and so does 'A shorter cut of
    the vlog' on another platform: neither opens a thread of its own."""
    _, citations = _article(
        "Stranded passengers' night on a frozen train\n"
        "A vlog filmed by a passenger stranded for eight hours on a train in a blizzard has "
        "been viewed 3 million times on Bilibili.\n"
        "Its creator, a student who posts as Lumi Rails, said the heating failed at midnight.\n"
        "A shorter cut of the vlog has also circulated on Weibo, where it was reposted 90,000 "
        "times.\n"
    )
    assert 1 not in citations or citations[1].same_clip_as == 0
    assert citations[2].same_clip_as == 0
    assert citations[2].platform == "weibo"
    _, citations = _article(
        "Frozen train\n"
        "A vlog filmed by a passenger on a stranded train has been viewed 3 million times on "
        "Bilibili.\n"
        "The 14-minute video shows passengers sharing noodles in the dark.\n"
        "Its creator, a 26-year-old student who uses the name Lumi Rails, said by phone that "
        "the heating failed.\n"
        "Comments scrolling across the video number more than 8,000.\n"
    )
    assert citations[2].same_clip_as == 0  # the vlog's maker, not a clip of its own
    assert citations[3].same_clip_as == 0
