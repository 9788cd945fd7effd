"""Forty-ninth pass: rules from the misses of sets 0-211 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

from tests.support.threads import read_lines


def _maker(citation) -> str | None:
    return citation.creator or citation.inferred_creator


def test_a_count_with_a_thousands_comma_does_not_close_an_apposition() -> None:
    lines = [
        "A tortoise crossed a bowling green in Penhallow and stopped play for an hour.",
        "Garden designer Odile Fairbrass-Nkemelu, who has 412,000 followers, remixed the "
        "groundsman's clip on Instagram, setting it to a drumroll.",
        "Her remix has had more than 90,000 views.",
    ]
    at, citations, _ = read_lines(lines)
    assert citations[at[lines[1]]].creator == "Odile Fairbrass-Nkemelu"
    assert _maker(citations[at[lines[2]]]) == "Odile Fairbrass-Nkemelu"


def test_she_who_answered_with_a_video_of_her_own_is_the_one_named_before() -> None:
    lines = [
        "A potter's video of a kiln opening has drawn a complaint from a neighbour.",
        "But Wilhelmina Osei-Trask, whose garden backs onto the kiln shed, says the smoke "
        "ruined her washing.",
        "She has answered with a video of her own on Facebook, holding up a grey sheet, which "
        "has been watched about 8,000 times.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[2]]]) == "Wilhelmina Osei-Trask"


def test_someones_reply_is_theirs() -> None:
    lines = [
        "A thatcher's speed-run up a ladder has been watched 2m times on YouTube.",
        "Master thatcher Crispin Adebola-Vance's reply to the speed-run, also on YouTube, "
        "re-ridges a whole cottage at normal speed and has 310,000 views.",
    ]
    at, citations, _ = read_lines(lines)
    assert citations[at[lines[1]]].creator == "Crispin Adebola-Vance"


def test_a_qa_answer_naming_who_filmed_makes_them_the_maker() -> None:
    lines = [
        "Ten minutes with the lollipop man who danced across the road",
        "Desmond Achterberg-Nwosu, 61, has seen children across Fallowfield Road for twelve years.",
        "Q: The video of your crossing dance has been watched four million times.",
        "Who was holding the phone?",
        "A: A mum waiting at the gate, Lucinda.",
        "She put it on TikTok that afternoon, and it has had about 300,000 likes.",
        "Q: Did you know?",
        "A: Not until the head teacher told me.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[2]]]) == "Lucinda"
    assert _maker(citations[at[lines[5]]]) == "Lucinda"


def test_she_who_replied_did_not_make_the_clip_she_replied_to() -> None:
    lines = [
        "An astronomer's stream of a fireball over Harrowgill has drawn a sceptic.",
        "A YouTuber, Barnaby Quillfeather, posted a reaction to her stream calling it fake.",
        "She replied with a 30-second video of the night sky from the same roof.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[2]]]) != "Barnaby Quillfeather"


def test_her_employer_named_before_is_no_maker() -> None:
    lines = [
        "A tram driver who films pieces to camera before her shift has been told to stop.",
        "She says her employer, Caddington Trams, asked her in writing to stop filming in uniform.",
        "She replied with a video filmed in her kitchen, reading the letter aloud.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[2]]]) != "Caddington Trams"


def test_whose_owner_someone_is_is_not_their_name() -> None:
    lines = [
        "Q: The boat in the lock video belongs to a friend of yours.",
        "A: It does.",
        "Q: And Heron Maid's owner?",
        "A: She's forgiven me.",
        "She streamed the relaunch live on Facebook last month.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[4]]]) != "Heron Maid"
