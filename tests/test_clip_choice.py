"""The learned choice among the clips in play (archiver/articles/clip_choice.py), as the
threads stage uses it: a line that speaks of a clip told before goes to that clip, past a
nearer one; a line that marks its clip is left to the rules; an article that cites a new
clip on every line is read in bounded time. The sentences are invented."""

from __future__ import annotations

import pytest

from archiver.articles import clip_choice
from tests.support.threads import threads_of
from tests.support.weights import check_weights


def _rules_alone(monkeypatch) -> None:
    monkeypatch.setattr(clip_choice, "choose", lambda reference: reference.picked)


def test_the_weights_were_trained_on_every_labelled_set() -> None:
    """Run bench/clip_choice.py --train after a new set's first run."""
    check_weights(clip_choice.WEIGHTS, clip_choice.FEATURES, 0.3)


# The story's clip, then another clip told and described, then a line about the first
# clip with no owner's name: the nearest clip is the wrong one.
BACK_TO_THE_FIRST = [
    (
        [
            "A video shared on TikTok claims to show a tsunami striking the harbour at Port "
            "Vessan last week.",
            "The clip has been viewed 4.2 million times.",
            "Our checks found it was made with an AI video tool.",
            "A separate clip posted on X by a fisherman, Ruan Costa, shows the harbour calm on "
            "the same morning.",
            "Costa said he filmed it from his boat at about 7am.",
            "TikTok said it had removed the original video on Thursday for breaking its rules "
            "on synthetic media.",
        ],
        5,
        0,
    ),
    (
        [
            "A TikTok posted by teacher Ana Ruiz shows her class singing the times tables to a "
            "pop song.",
            "The pupils clap along as she points at the board.",
            "A video shared on X by a parent shows the same class performing at assembly.",
            "The headteacher can be seen dancing at the side of the stage.",
            "TikTok said the original video had been viewed 5 million times.",
        ],
        4,
        0,
    ),
]


@pytest.mark.parametrize(("lines", "line", "clip"), BACK_TO_THE_FIRST)
def test_a_line_about_the_first_clip_goes_back_to_it(lines, line, clip, monkeypatch) -> None:
    assert threads_of(lines)[line] == clip
    _rules_alone(monkeypatch)
    if "removed the original" not in lines[line]:  # (a rule reads that one since pass 24)
        assert threads_of(lines)[line] != clip  # the rules alone take the nearest


# Lines the rules place right that the choice must leave: a clip marked as another, a
# reaction named as such, a new clip brought in indefinitely, and a definite person of the
# thread in play (the seed story's "The TikToker also records his colleagues").
LEFT_ALONE = [
    (
        [
            "A video shared on Instagram by chef Lola Marsh shows a fox stealing a loaf from "
            "her bakery.",
            "The fox trots off down the high street with the bread in its mouth.",
            "A second clip, filmed by a neighbour's doorbell camera, shows the same fox an "
            "hour later.",
            "The doorbell clip has 40,000 views.",
        ],
        {2: 2, 3: 2},
    ),
    (
        [
            "Gamer Lia Brandt was streaming on Twitch when her cat knocked a mug of tea over "
            "her keyboard.",
            "Around 12,000 people were watching the stream at the time.",
            "Fellow streamer Omar Reyes posted a TikTok reacting to the moment.",
            "Reyes pretends to faint at his desk.",
            "His reaction has 300,000 views.",
        ],
        {2: 2, 4: 2},
    ),
    (
        [
            "A TikTok filmed by dog walker Maya Lund shows a seal pup asleep on a bench in "
            "Whitby harbour.",
            "The pup barely stirs as gulls land beside it.",
            "Lund's clip has been viewed 3.1 million times.",
            "A video posted on Facebook by the coastguard shows volunteers closing the "
            "harbour steps.",
        ],
        {2: 0, 3: 3},
    ),
    (
        [
            "One video shared on TikTok shows a young factory worker as he gets ready for a shift.",
            "He eats a bowl of noodles in a crowded canteen.",
            "Another content creator recorded his 12-hour night shift in an electronics factory.",
            "He films the conveyor belt from his station.",
            "Machines are seen sorting parts at speed.",
            "The TikToker also records his colleagues, who are all seen slumped on chairs "
            "during a break.",
        ],
        {2: 2, 5: 2},
    ),
]


# A clip reposted that the story brings in as new, not a copy (found by a helper trying
# look-alikes on the model: it moved each to the first clip, and the count after it too).
for reposted in (
    "The mayor reposted a video of council workers filling it the next day.",
    "The club reposted an older clip of the same player scoring from the halfway line.",
    "North Yorkshire Police reposted an appeal video from 2020 warning people to stay out of "
    "floodwater.",
):
    LEFT_ALONE.append(
        (
            [
                "A TikTok of a man kayaking down a flooded high street in York has 1 million "
                "views.",
                "The TikTok was posted by a local mother.",
                reposted,
                "The clip has 10,000 views.",
            ],
            {2: 2, 3: 2},
        )
    )


@pytest.mark.parametrize(("lines", "want"), LEFT_ALONE)
def test_lines_the_rules_place_right_stay(lines, want) -> None:
    found = threads_of(lines)
    assert {p: found.get(p) for p in want} == want


@pytest.mark.parametrize(
    "text",
    [
        "The second video has 40,000 views.",
        "The first, a Facebook Live broadcast, was streamed to the group's page.",
        "Her own reel has 2 million likes.",
        "The brand replied with a video of its own.",
        "His most-watched video has 9 million views.",
        "A reverse image search led us to the original upload, a TikTok posted in 2022.",
        "His last video, uploaded in May, ends with him waving from a ladder.",
    ],
)
def test_a_line_that_marks_its_clip_is_left_to_the_rules(text) -> None:
    told = clip_choice.Told()
    told.add(0, 0, "A video posted on TikTok shows a fox.")
    told.add(3, 3, "A clip posted on X shows a badger.")
    assert clip_choice.marked(text)
    for picked in (0, 3, 7):
        reference = told.reference(text, 7, picked)
        assert clip_choice.choose(reference) == picked


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("A fan's video of a sudden hailstorm was shared on X.", True),  # someone's: new
        ("A resident's video from the next morning shows the engine towed out.", True),
        ("A parody version posted on TikTok by comedian Jon Keel has 1 million views.", True),
        ("The mayor reposted a video of council workers filling it.", True),
        ("A copy posted on Facebook by a page called Coast Life has 9,000 shares.", False),
        ("A 41-second clip of the moment, cut from the stream by a viewer, has 2.8m views.", False),
        ("The club reposted the clip on Instagram.", False),
        ("One content creator recorded his 12-hour night shift in a factory.", True),
        ("A passer-by filmed the crash from a bus stop.", True),
    ],
)
def test_which_lines_the_model_is_asked_about(text, left) -> None:
    told = clip_choice.Told()
    told.add(0, 0, "A TikTok by a fan shows a resident and a fire engine.")
    told.add(3, 3, "A clip posted on X shows a dog.")
    assert clip_choice.left_to_rules(told.reference(text, 7, 3)) is left


def test_a_line_with_no_word_for_a_clip_is_not_made_a_clip_of_its_own(monkeypatch) -> None:
    """Whatever the model's shares, "The TikToker also records his colleagues" tells of a
    clip already told (the seed story's second clip), not a new one."""
    told = clip_choice.Told()
    told.add(0, 0, "A video posted on TikTok shows a fox.")
    told.add(3, 3, "Another creator recorded his night shift in a factory.")
    text = "The TikToker also records his colleagues."
    reference = told.reference(text, 7, 3)
    monkeypatch.setattr(clip_choice, "scores", lambda r: {0: 0.1, 3: 0.2, 7: 0.7})
    assert clip_choice.choose(reference) == 3


def test_the_clips_in_play_are_bounded() -> None:
    """An article that cites a new clip on every line: each line is weighed against the
    story's first clip and the few cited last, each read by its first and latest lines."""
    told = clip_choice.Told()
    for p in range(3000):
        told.add(p, p if p % 2 else 0, f"A video posted on TikTok by user{p} shows a cat.")
    reference = told.reference("The video has 2 million views.", 3000, 1)
    assert reference is not None
    openers = [t.opener for t in reference.threads]
    assert 0 in openers and 1 in openers and 2999 in openers
    assert len(openers) <= 7
    assert all(len(t.texts) <= 8 for t in reference.threads)
    first = next(t for t in reference.threads if t.opener == 0)
    assert first.last == 2998 and first.texts[0].endswith("user0 shows a cat.")


def test_nothing_told_before_leaves_the_line_its_own() -> None:
    told = clip_choice.Told()
    assert told.reference("The video has 2 million views.", 0, 0) is None
    assert told.choose("The video has 2 million views.", 0, 0) == 0


def test_the_shares_sum_to_one_over_every_candidate() -> None:
    told = clip_choice.Told()
    told.add(0, 0, "A video posted on TikTok by @fox_watch shows a fox.")
    told.add(2, 2, "A clip posted on X by a neighbour shows a badger.")
    reference = told.reference("A copy posted on Facebook has 9,000 shares.", 5, 2)
    shares = clip_choice.scores(reference)
    assert set(shares) == {0, 2, 5}
    assert abs(sum(shares.values()) - 1) < 1e-9
    assert all(0 <= v <= 1 for v in shares.values())
