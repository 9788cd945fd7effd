"""Thirty-ninth pass: rules from the misses of sets 0-161 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from tests.support.threads import claim_texts, read_lines

_LADDER = [
    "A window cleaner who was filmed dangling from a ladder outside a dental surgery has "
    "said he 'never felt in danger', after the clip was viewed 2.4 million times on TikTok.",
    "The video, posted by a passer-by, shows Dale Whitcombe-Ade hanging by one hand from the "
    "top rung as the ladder slides along the gutter.",
    "Mr Whitcombe-Ade, 52, has cleaned windows in the town for 30 years.",
    "A second clip, filmed by a dentist from inside the surgery, shows him waving through "
    "the glass and has 80,000 views on Instagram.",
    "He has since bought a new ladder with a stabiliser bar, his wife said.",
]


@pytest.mark.parametrize(
    "statement",
    [
        "Pennford Police said officers were 'aware of a video circulating on social media' "
        "and had spoken to the man.",
        "The Health and Safety Board said it was 'aware of a video circulating on TikTok' but "
        "had received no complaint.",
        "The council said it was aware of the video and would be reviewing its contractors.",
        "Pennford Police say they are 'aware of a video' and are trying to trace the ladder's "
        "owner.",
    ],
)
def test_a_bodys_awareness_of_a_clip_is_of_the_storys_clip(statement: str) -> None:
    at, citations, threads = read_lines(_LADDER + [statement])
    assert at[_LADDER[3]] in citations and threads[at[_LADDER[3]]] == at[_LADDER[3]]
    assert threads[at[statement]] == at[_LADDER[0]]


@pytest.mark.parametrize(
    "statement",
    [
        "Pennford Police said they were 'aware of a video circulating on Snapchat' that "
        "appears to show a man climbing the same ladder without a harness.",
        "Pennford Police said they were also 'aware of a second video circulating on social "
        "media' and had spoken to the man.",
    ],
)
def test_a_body_aware_of_a_clip_it_tells_of_brings_in_a_clip(statement: str) -> None:
    at, citations, threads = read_lines(_LADDER + [statement])
    assert at[statement] in citations
    assert threads[at[statement]] == at[statement]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The video was recorded on Saturday, 7. December, around 18 hours, by his grandson "
            "Amar Kovačević (22), and he published it on his profile on Facebook.",
            1,
        ),
        ("The council met on 14. June in the old town hall. Nothing was decided.", 2),
        # (a year is no day: "1953." ends its sentence)
        ("He was born in 1953. December was always his month for filming.", 2),
    ],
)
def test_a_day_written_with_an_ordinal_dot_does_not_end_a_sentence(text: str, claims: int) -> None:
    assert len(claim_texts(text)) == claims
