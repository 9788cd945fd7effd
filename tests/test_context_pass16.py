"""Rules of the sixteenth pass: categories of misses over sets 20 to 43, each tried on
invented sentences that are none of theirs, with look-alikes each rule must not take."""

from __future__ import annotations

import pytest

from archiver.articles.stated import creator_named


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        # a one-word "name" that ends a longer run of capitals, or follows a date
        ("His tour of the old mill at Lower Brockhampton, posted on TikTok on Friday, has "
         "been watched 2m times.", None),
        ("On 14 March, a Dutch cyclist filmed the heron stealing his sandwich.", None),
        # a sentence's end is no part of a name
        ("09:12 Reader Tomasz Brzezinski sent us this clip of the flooded underpass in "
         "Kelvedon. He first shared it on Facebook.", "Tomasz Brzezinski"),
        # where someone lives, a nickname in straight quotes, a role ending in -ee
        ("The short, posted by Leeds-based Orla Fitzmaurice to her YouTube channel, shows "
         "the bridge.", "Orla Fitzmaurice"),
        ("Dutch streamer Joris 'Jojo' Vermeulen was live on Twitch when the lights failed.",
         "Joris Vermeulen"),
        ("Trainee Ameera Sulaiman has posted a TikTok of her first day on the ward.",
         "Ameera Sulaiman"),
        # the name posted under is whole, its first word though it looks like a role
        ("Li Wei, 41, who posts under the name Driver Old Li, filmed the queue at the depot.",
         "Driver Old Li"),
        # a place's country after a thing in apposition is no one; a person's name is
        ("A kite caught on a lamp post in Rotorua, New Zealand, drew 3 million views on "
         "TikTok.", None),
        ("A retired nurse in Rotorua, Hine Waititi, filmed the kite on her phone.",
         "Hine Waititi"),
    ],
)  # fmt: skip
def test_a_creator_is_a_name_whole_and_nothing_else(line, creator) -> None:
    assert creator_named(line) == creator


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        # look-alikes the rules keep: a one-word surname after a verb, a first name ending
        # in -ee, a two-word name after a place
        ("Then Okonjo posted a clip of the parade on Instagram.", "Okonjo"),
        ("Renee Dubois Marchand filmed the procession on her phone.", "Renee Dubois Marchand"),
        ("A student from Galway, Aoife Nic Dhonnchadha, filmed the swans.",
         "Aoife Nic Dhonnchadha"),
    ],
)  # fmt: skip
def test_names_that_stay_names(line, creator) -> None:
    assert creator_named(line) == creator
