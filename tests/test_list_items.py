"""A numbered list's item headings (archiver/articles/list_items.py): the heading is no
claim, the item's first line is, and the platform and account the heading names are
inferred for the item's lines. The listicles are invented."""

from __future__ import annotations

import pytest

from archiver.articles.cleaning import EMBED_CREDIT
from archiver.articles.list_items import FROM_ITEM_HEADING
from tests.support.threads import read_lines

LISTICLE = [
    "Four pets who have clearly taken charge of the shop",
    "From a bakery tortoise to a bookshop parrot, these are the animals running the place.",
    "1. Pebble, head of quality control — @crumbtortoise on TikTok",
    "Pebble inspects every loaf on the bottom shelf and rejects the burnt ones with a nudge.",
    "The video has 2.4 million views and nearly 300K likes.",
    "2. The parrot who knows the prices",
    "Bookseller Ines Duval posted a reel of her parrot, Capitaine, calling out the price "
    "of each paperback a customer picks up.",
    "The reel has 810,000 plays.",
    "3. The goose on the checkout",
    "A goose stands on the counter of a garden centre in Ashby and honks at every receipt.",
    "Staff said the goose had been visiting every morning since March.",
]


def test_a_citing_heading_gives_its_clip_to_the_items_first_line() -> None:
    at, found, threads = read_lines(LISTICLE)
    heading, first, counted = (at[LISTICLE[i]] for i in (2, 3, 4))
    assert heading not in found and heading not in threads
    assert threads[first] == first and threads[counted] == first
    opener = found[first]
    assert (opener.platform, opener.creator) == (None, None)  # the line states neither
    assert (opener.inferred_platform, opener.inferred_creator) == ("tiktok", "@crumbtortoise")
    assert opener.inferred_from == FROM_ITEM_HEADING
    assert found[counted].inferred_platform == "tiktok"


def test_an_items_first_line_opens_its_clip_not_the_item_before() -> None:
    at, found, threads = read_lines(LISTICLE)
    goose = at[LISTICLE[9]]
    assert goose in found and threads[goose] == goose  # item 3's clip, not item 2's reel
    assert threads.get(at[LISTICLE[10]]) != at[LISTICLE[6]]


def test_a_background_line_under_a_heading_is_not_cited_when_the_item_cites_below() -> None:
    lines = [
        "Three wedding moments nobody planned",
        "1. The runaway ring bearer",
        "Bertie the spaniel was meant to carry the rings down the aisle at a barn in Devon.",
        "A guest's TikTok shows him sprinting past the altar and out into a field.",
        "It has been watched 1.2 million times.",
        "2. The cake that leaned",
        "A video posted by baker Ruth Ames shows a five-tier cake tilting slowly sideways.",
    ]
    at, found, threads = read_lines(lines)
    assert at[lines[2]] not in found and at[lines[2]] not in threads
    assert threads[at[lines[4]]] == at[lines[3]]


def test_one_numbered_line_is_no_list() -> None:
    lines = [
        "1. The river has risen two metres since Sunday",
        "Water covers the towpath from the lock to the footbridge in Marbury.",
    ]
    _, found, _ = read_lines(lines)
    assert not found


def test_an_embeds_credit_line_credits_the_clip_above_it() -> None:
    lines = [
        "Three kitchen disasters to make you feel better about dinner",
        "We have all burnt the toast, but these cooks went considerably further.",
        "1. The soufflé that sank before the guests arrived",
        "Priya Lal spent an afternoon on a cheese soufflé for her in-laws, and her time-lapse "
        "shows it collapsing the moment the oven door opens.",
        "Credit: TikTok/@priyabakesbadly",
        "2. The smoke-alarm choir in a very small flat",
        "Four smoke alarms go off one after another as Tom Reddy opens the oven.",
        "Credit: YouTube/Tom Reddy Cooks",
        "Credit: Getty Images",
    ]
    at, found, threads = read_lines(lines)
    souffle, credit = at[lines[3]], at[lines[4]]
    assert threads[credit] == souffle and found[credit].creator == "@priyabakesbadly"
    assert found[souffle].platform is None and found[souffle].inferred_platform == "tiktok"
    alarms, second = at[lines[6]], at[lines[7]]
    assert threads[alarms] == alarms  # the item's clip, though its credit cites below it
    assert threads[second] == alarms
    assert (found[second].platform, found[second].creator) == ("youtube", "Tom Reddy Cooks")
    assert lines[8] not in at  # a photograph's credit names no platform: furniture


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        ("Credit: TikTok/@dannyfixes via Jam Press", "@dannyfixes"),
        ("Credit: YouTube/Apex Films", "Apex Films"),
        ("Credit: Twitter/X", None),
        ("Credit: TikTok/screengrab", None),
        ("Credit: Instagram/Getty Images", None),
        ("Source: X/Twitter said the account was suspended", None),
    ],
)
def test_an_embed_credit_names_a_maker_not_a_platform_or_an_agency(line, maker) -> None:
    found = EMBED_CREDIT.match(line)
    assert (found["maker"] if found else None) == maker


def test_a_credit_of_another_platform_is_not_the_clip_above_it() -> None:
    lines = [
        "Dog steals the show at village fete",
        "In a TikTok video, a spaniel called Biscuit runs off with the trophy at a fete.",
        "Credit: TikTok/@biscuitthespaniel",
        "A terrier grabs a judge's rosette at a show in Devon and sprints off with it.",
        "Credit: YouTube/Marsh Farm Terriers",
    ]
    at, found, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[1]]
    assert threads[at[lines[4]]] != at[lines[1]]


def test_a_numbered_list_in_a_story_that_cites_no_clip_cites_nothing() -> None:
    lines = [
        "Five things we learned from the council budget",
        "The council set out its spending plans for next year on Tuesday evening.",
        "1. Bin collections will move to every three weeks from April",
        "From April, general waste will be collected every third Thursday in most streets.",
        "2. Parking charges are going up in the town centre",
        "An hour in the Market Street car park will cost £2.10, up from £1.80.",
    ]
    _, found, _ = read_lines(lines)
    assert not found


def test_an_items_first_line_that_cites_another_clip_leaves_the_heading_its_own() -> None:
    lines = [
        "The week's best animal videos",
        "Here are the clips that made us laugh this week.",
        "1. The tortoise who runs a bakery — @crumbtortoise on TikTok",
        "A YouTube video by baker Sam Ortiz shows the tortoise's first day at the shop.",
        "2. The parrot who knows the prices — @capitaineparrot on Instagram",
        "Capitaine calls out the price of each paperback a customer picks up.",
    ]
    at, found, _ = read_lines(lines)
    assert found[at[lines[2]]].creator == "@crumbtortoise"
    assert found[at[lines[3]]].platform == "youtube"
