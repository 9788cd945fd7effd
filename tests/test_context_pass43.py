"""Forty-third pass: rules from the misses of sets 0-176 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from tests.support.threads import article, claim_texts


@pytest.mark.parametrize(
    "sentence",
    [
        "The secretary of the committee, Smt. K. R. Shwetha, said the committee had seen the "
        "video.",
        "The president of the club Shri. Anil Jadhav said about 11,000 people watched the stream.",
        "It was filmed by his granddaughter Ku. Priya Nair on her phone.",
        "The mayor, Sig. Rossi, said he had watched it twice.",
        "The video was posted by the parish priest, Fr. Walsh, on Sunday.",
    ],
)
def test_a_title_with_a_stop_before_a_name_ends_no_sentence(sentence: str) -> None:
    assert claim_texts(sentence + " It has since been shared widely.") == [
        sentence,
        "It has since been shared widely.",
    ]


def test_a_title_with_a_stop_is_not_part_of_the_makers_name() -> None:
    lede = (
        "A video of a 78-year-old man starting his 1938 car with a crank handle has been "
        "watched more than 4 million times on Instagram."
    )
    filmed = "The video was filmed by Ku. Gauri Deshpande, his granddaughter."
    _, citations = article("\n".join([lede, filmed]))
    creators = {c.creator for c in citations.values()} - {None}
    assert creators == {"Gauri Deshpande"}
