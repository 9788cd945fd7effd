"""The seventeenth pass's rules against an attacker's inputs: each case here read wrong
after the rules were first written and reads right now (or as the code before the pass
read it). Invented sentences, none from the labelled sets."""

from __future__ import annotations

import pytest

from archiver.articles import citing_model
from archiver.articles.account_lines import account_line
from archiver.articles.cues import STILL_FROM
from archiver.articles.stated import creator_named
from archiver.platforms import platform_named
from tests.support.threads import article as _article
from tests.support.threads import thread as _thread


@pytest.mark.parametrize(
    "text",
    [
        # a phone that is no camera, a different clip by its kind or maker, photographs
        "Phone snatched\nA teenager snatched a woman's phone outside Euston station.\n"
        "He cycles away at speed.\nShe chases him.\n"
        "The footage was posted on Facebook by a passer-by.\n",
        "Arrest\nA bystander held up his phone as officers pinned the man down.\n"
        "He shouts for help.\nAn officer kneels on his back.\n"
        "The bodycam footage released by the force shows the arrest from another angle.\n",
        "Singer collapses\nThe singer collapsed on stage while the show was being streamed "
        "live.\nThe band stops playing.\nMedics rush on.\n"
        "The singer's post from hospital has 2m likes.\n",
        "Wedding row\nA photographer captured the bride shoving her husband into the pool.\n"
        "The groom surfaces, spluttering.\nGuests laugh.\n"
        "The photographer posted the pictures on Instagram, and later the video too.\n",
    ],
)
def test_no_skipped_opener_for_another_clip(text, monkeypatch) -> None:
    # the skipped-opener rule alone: the learned detector cites the show "being streamed
    # live" as a clip of its own, and the singer's post then refers back to it (noted in
    # the eighteenth pass's notes)
    monkeypatch.setattr(citing_model, "sure", lambda line: False)
    _, citations = _article(text)
    assert set(citations) == {3} and citations[3].same_clip_as is None


@pytest.mark.parametrize(
    "line",
    [
        "His previous attempt at the record drew 12,000 viewers.",
        "Rival Jess Kay had 30,000 people watching at the same time.",
        "The hashtag #ChairGate has been viewed 40 million times.",
        "A photo of the fall has 200,000 likes.",
    ],
)
def test_a_count_of_something_else_is_not_the_stream(line) -> None:
    _, citations = _article(
        "Streamer falls\n"
        "Twitch streamer Max Orr fell off his chair during a live broadcast on Sunday.\n"
        "'I'm fine, chat!' he says.\n"
        f"{line}\n"
    )
    assert 2 not in _thread(citations, 0)


@pytest.mark.parametrize(
    "line",
    [
        "Kit Marr, who reviews food as @kitbites, disagrees and gives it a two in her own review.",
    ],
)
def test_another_reviewers_scene_is_not_the_clip_in_play(line) -> None:
    _, citations = _article(
        "Pie\n"
        "Sales at a Leeds pie shop have tripled since a food reviewer gave its pie a ten in "
        "a video last week.\n"
        "Tomas Reyne, who reviews food as @onebitetomas, takes a bite and holds up ten "
        "fingers.\n"
        f"{line}\n"
    )
    assert 2 not in _thread(citations, 0)


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        # seen, done to, or in another's clip
        ("Greta Thunberg is carried away by police in a video.", None),
        ("Harry Kane scores his 300th goal in a clip tweeted by Spurs.", None),
        ("Gardener Monty Dunn shows how to prune roses in a new BBC video.", None),
        ("Filmed being arrested by PC Tom Hale, the teenager shouts at officers.", None),
        ("Shot in the back by Sgt Paul Ross, the man falls in the bodycam video.", None),
        # a name in quotes whole, with a possessive inside
        ("A clip uploaded by the user 'Queen of Bakes' shows the cake.", "Queen of Bakes"),
        ("He went live under the account 'Old Lei's Persimmons' and sold fruit.",
         None),  # (no "by": the account is context, as the code before the pass read it)
        # a team's or a school's people; a body's own people
        ("The clip was posted on Saturday by Manchester United fans.", None),
        ("It was filmed on Sunday by Oxford students.", None),
        ("Filmed by Greenpeace activists, the video shows the trawler.", "Greenpeace"),
        # a place before a name, in apposition only
        ("At Glastonbury, Maya Frost filmed the crowd surge.", "Maya Frost"),
        ("Near Kyiv, Ukraine, a soldier filmed the drone.", None),
        ("A tourist in Venice, Italy, filmed the gondola capsizing.", None),
        ("On Douyin, a user named Little Pepper posted the clip.", "Little Pepper"),
    ],
)  # fmt: skip
def test_makers_the_attacker_tried(line, creator) -> None:
    assert creator_named(line) == creator


def test_a_long_run_before_many_names_names_no_one() -> None:
    # (it took 1.2-1.6 s when the place check read back to the line's start; the time is
    # measured in bench/creator_lines.py)
    assert creator_named("a" * 1300 + " shared by X," * 53) in (None, "X")
    # the check reads a little way back: a place far before a name is no apposition of it
    far = "In Luoshan, China, " + "a long aside, " * 20 + "Tom Hale filmed the flood."
    assert creator_named(far) == "Tom Hale"


@pytest.mark.parametrize(
    ("line", "platform"),
    [
        ("Reposted to X, the clip has 40,000 views.", "x"),
        ("He reposted a clip of the crash to X.", "x"),
        ("On X day, troops landed.", None),
        ("On X, Y and Z, the judge ruled.", None),
        ("Tickets were posted to X Ward at the hospital.", None),
    ],
)
def test_x_and_its_look_alikes(line, platform) -> None:
    assert platform_named(line) == platform


@pytest.mark.parametrize(
    ("line", "is_account"),
    [
        ("He posts as thedoctorwho to 40,000 followers.", True),
        ("He streams as requested on Sundays.", False),
        ("She posts as anonymous on Reddit.", False),
        ("The band posts as guests on their friend's page.", False),
        ("Vexa streams as herself for twenty minutes, pulling off the fox mask.", False),
        ("Kenji Arbuthnot, who streams as kenjiplaysbadly to 310,000 followers, had his "
         "ceiling collapse in front of 14,000 viewers.", False),
    ],
)  # fmt: skip
def test_account_lines_the_attacker_tried(line, is_account) -> None:
    assert account_line(line) is is_account


@pytest.mark.parametrize(
    ("caption", "still"),
    [
        ("A frame from the Instagram Live.", True),
        ("A still from the Live Aid concert.", False),
        ("A screenshot of the Live Nation website.", False),
        ("A screenshot of the live flight tracker shows the plane.", False),
    ],
)
def test_a_still_from_a_live_is_a_platforms_live(caption, still) -> None:
    assert bool(STILL_FROM.search(caption)) is still


@pytest.mark.parametrize(
    "line",
    [
        "A TikTok parenting expert has warned families.",
        "A TikTok cooking star has opened a restaurant.",
        "A TikTok boxing match was held in Leeds.",
    ],
)
def test_a_tiktok_before_a_noun_is_no_clip(line) -> None:
    _, citations = _article(f"Headline\n{line}\n")
    assert not citations


def test_two_clips_on_one_platform_leave_the_caption_to_its_words() -> None:
    claims, citations = _article(
        "Floods\n"
        "A Douyin video filmed by a resident shows water pouring into a metro station.\n"
        "It has 3 million likes.\n"
        "A second Douyin clip, posted by a rescue team, shows a rubber boat ferrying "
        "elderly residents along a flooded street.\n"
        "It has 1.2 million likes.\n"
        "A rubber boat ferries elderly residents along the street, in a frame from the "
        "Douyin video\n"
    )
    assert 4 in _thread(citations, 2)


def test_a_follow_up_comment_is_no_clip() -> None:
    _, citations = _article(
        "Dog rings the bell\n"
        "Nadia Oduya posted a doorbell clip of her labrador ringing the bell to TikTok.\n"
        "It has been viewed 2.1 million times.\n"
        "Under the video, Nadia posted a follow-up comment saying Rex was fine.\n"
    )
    assert citations.get(2) is None or citations[2].same_clip_as == 0


def test_a_dated_caption_that_cites_stays_in_its_thread() -> None:
    claims, citations = _article(
        "Gull steals chips\n"
        "Nell Tarrant filmed a gull snatching her chips on the seafront at Porthlow.\n"
        "The gull swoops and Tarrant can be heard shrieking.\n"
        "The gull makes off with the chips on Sunday, as captured on Nell Tarrant's phone\n"
    )
    assert 2 in _thread(citations, 0)
