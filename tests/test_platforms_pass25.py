"""Twenty-fifth pass: the platform named by what it did to a post."""

from __future__ import annotations

import pytest

from archiver.platforms import platform_named


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("X has added a community note to the post saying it shows a drill.", "x"),
        ("X later removed the copy.", "x"),
        ("X marks the spot on the map.", None),
        ("X Factor winner Amy Dunn posted a video.", None),
    ],
)
def test_x_acting_on_a_post_is_the_platform(text: str, platform: str | None) -> None:
    assert platform_named(text) == platform
