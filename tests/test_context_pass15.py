"""Rules of the fifteenth pass: categories of misses over sets 20 to 41, each tried on
invented sentences that are none of theirs, with look-alikes each rule must not take."""

from __future__ import annotations

import pytest

from tests.support.threads import article as _article


@pytest.mark.parametrize(
    "count_line",
    [
        "It has since picked up 41,000 likes.",
        "By Friday it had been viewed 3.2 million times on TikTok.",
        "The rescue has drawn 88,000 views and about 900 comments.",
        "Her montage has more than 200k likes.",
        "That update drew nearly 5,000 comments.",
        "Almost a million people have liked it.",
    ],
)
def test_a_count_of_a_clip_named_by_pronoun_or_definite_noun_refers_back(count_line) -> None:
    _, citations = _article(
        "Night nurse Ife Balogun filmed her ward's tea trolley race and posted it on TikTok.\n"
        f"{count_line}\n"
    )
    assert citations[1].same_clip_as == 0
    assert citations[1].inferred_platform == "tiktok" or citations[1].platform == "tiktok"


@pytest.mark.parametrize(
    "count_line",
    [
        # another clip, a clip with its own link or a count of clips is no reference back
        "A second clip of the race has 41,000 likes.",
        "Another video of hers, posted to YouTube, has been viewed 3.2 million times.",
        "Two videos of the race have drawn 88,000 views between them.",
    ],
)
def test_a_count_of_another_clip_opens_its_own_thread(count_line) -> None:
    _, citations = _article(
        "Night nurse Ife Balogun filmed her ward's tea trolley race and posted it on TikTok.\n"
        f"{count_line}\n"
    )
    assert citations[1].same_clip_as is None
