"""Thirty-second pass: rules from the misses of sets 0-121 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from tests.support.threads import read_lines

_PROFILE = [
    "Wenna Trescothick-Obi makes cakes that look like other things for 2.3 million"
    " followers on TikTok.",
    "Her most-watched video has nothing to do with cake.",
]


@pytest.mark.parametrize(
    "made",
    [
        "Filmed in a bakery's back room at four in the morning, it shows her rescuing a"
        " collapsed wedding tier with a drinking straw.",
        "Shot on an old phone propped against the flour bin, it shows her rescuing a"
        " collapsed wedding tier with a drinking straw.",
        "Filmed from a stepladder above the counter, it follows her rescuing a collapsed"
        " wedding tier with a drinking straw.",
    ],
)
def test_what_it_shows_past_how_it_was_made_goes_on_with_the_clip(made: str) -> None:
    after = "Her apprentice holds the torch."
    at, _, threads = read_lines(_PROFILE + [made, after])
    assert threads[at[made]] == at[_PROFILE[1]]
    assert threads[at[after]] == at[_PROFILE[1]]


def test_it_follows_with_nothing_about_the_making_is_the_storys() -> None:
    line = "It follows a complaint from a neighbour about the smell of burnt sugar."
    at, _, threads = read_lines(_PROFILE + [line])
    assert at[line] not in threads


_LEDE = (
    "A grey seal hauls itself onto a moored dinghy off Penmarrow Quay, flops across the seats"
    " and refuses to let anyone near the oars."
)
_FILMED = (
    "The clip was filmed by the dinghy's owner, Morwenna Teague-Oduya, and posted on Instagram,"
    " where it has 2.1m views, which is roughly 2.1m more than anyone has ever watched a harbour."
)


@pytest.mark.parametrize("one_line", [False, True])
def test_the_lines_of_a_scene_before_who_filmed_it_go_on_with_its_lede(one_line: bool) -> None:
    # (what one of these lines says alone carries no thread on: "offers" may be a habit,
    # "does not" no act; it is the scene's lede and who filmed it that place them)
    scene = ["The boatman offers it half a pasty.", "It takes the pasty.", "It does not leave."]
    lines = [_LEDE, " ".join(scene) if one_line else scene[0], *([] if one_line else scene[1:])]
    lines.append(_FILMED)
    at, _, threads = read_lines(lines)
    assert threads[at[_FILMED]] == at[_LEDE]
    assert sorted(threads) == list(range(len(threads)))  # every sentence, lede to maker


def test_a_line_told_past_between_a_scene_and_who_filmed_it_leaves_no_lede() -> None:
    # (not a scene told now: the story's own report, so no lede is read before it)
    report = "The bakery was closed for an hour while the bird was coaxed outside."
    at, _, threads = read_lines([_LEDE, report, _FILMED])
    assert at[report] not in threads


_TRANSLATED = [
    "Translated from the Lithuanian original published in the weekly Rytų žinios on 2 May.",
    "Our fellow citizen Jonas Petraitis (71) on Sunday danced on the roof of the bus stop on"
    " Liepų street, while the neighbours clapped.",
    "On the recording it is seen how he waves his hat to the passing drivers.",
    "The recording was made by his granddaughter Rūta Žemaitytė with a mobile telephone, and"
    " she published it on her Instagram profile.",
    "Until the closing of this number, the recording had more than 300 thousand views.",
    "The municipality also published on its official Facebook page its own recording of the"
    " repaired roof.",
    "That recording was seen about 20 thousand times.",
]


@pytest.mark.parametrize(
    "copy",
    [
        "The recording of Rūta was transmitted also by the popular page 'Laisvalaikis' on TikTok.",
        "The video of Rūta Žemaitytė was also taken over by the humour page 'Laisvalaikis' on"
        " TikTok.",
    ],
)
def test_a_copy_of_the_clip_of_a_person_named_goes_to_the_clip_that_named_them(copy: str) -> None:
    # (a translation's possessive: "the recording of Rūta" is hers, not the clip told last)
    at, _, threads = read_lines(_TRANSLATED + [copy])
    assert threads[at[copy]] == threads[at[_TRANSLATED[3]]]


def test_the_clip_of_a_thing_is_no_ones() -> None:
    copy = "The video of the roof was also taken over by the humour page 'Laisvalaikis' on TikTok."
    at, _, threads = read_lines(_TRANSLATED + [copy])
    assert threads[at[copy]] == threads[at[_TRANSLATED[5]]]


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        ("Shop worker Émile Zoungrana posted it on TikTok.", "Émile Zoungrana"),
        ("Łukasz Żurek filmed the collapse and posted it on X.", "Łukasz Żurek"),
        (
            "The lifeguard, Hrefna Björk Ólafsdóttir, posted the video on her Facebook page.",
            "Hrefna Björk Ólafsdóttir",
        ),
        # (a combining accent after a letter: the "ẹ́" of Tìmílẹ́yìn)
        ("Trader Tìmílẹ́yìn Adéwùmí posted the video on TikTok.", "Tìmílẹ́yìn Adéwùmí"),
        (
            "A comedian who calls himself Ọkọ̀ Ayọ̀ posted his own video on TikTok.",
            "Ọkọ̀ Ayọ̀",
        ),
    ],
)
def test_a_name_may_begin_with_any_capital_and_carry_combining_accents(
    line: str, maker: str
) -> None:
    at, citations, _ = read_lines([line])
    assert citations[at[line]].creator == maker


@pytest.mark.parametrize(
    "line",
    [
        "The employee, Hrefna Olafsdottir, set the video on her Facebook page around noon.",
        "Shop worker Tim Adewumi put it on the face of his TikTok page.",
        "Her neighbour Joris Verhulst placed the video on his Instagram account.",
    ],
)
def test_setting_or_putting_a_clip_on_a_platform_posts_it(line: str) -> None:
    # (as translations tell posting)
    at, citations, _ = read_lines([line])
    assert citations[at[line]].creator in line


def test_setting_a_clip_aside_posts_nothing() -> None:
    line = "Jonas Berg set the video aside and turned to the council's report."
    at, citations, _ = read_lines([line])
    assert at[line] not in citations or citations[at[line]].creator != "Jonas Berg"
