"""A hostile article: one enormous paragraph. pysbd's time grows with the square of a
paragraph's length, so a long one is split into pieces first (the time is measured in
bench/long_paragraph.py, not asserted here); what is checked is that nothing is lost."""

from __future__ import annotations

from archiver.articles.claims import PIECE_CHARS, _pieces, split_claims
from archiver.articles.reading import read_article

SENTENCE = "The man films himself washing his face in the dorm, then he eats. "


def test_a_long_paragraph_is_cut_at_sentence_ends_into_bounded_pieces():
    line = SENTENCE * 200  # about 13,000 characters in one line
    pieces = _pieces(line)
    assert len(pieces) > 1
    assert pieces[0][0] == 0 and pieces[-1][1] == len(line)
    assert all(a[1] == b[0] for a, b in zip(pieces[:-1], pieces[1:], strict=True))  # no gap
    assert all(end - start <= PIECE_CHARS for start, end in pieces)
    assert all(line[start:end].endswith(". ") for start, end in pieces[:-1])


def test_every_sentence_of_a_long_paragraph_is_a_claim_with_true_offsets():
    text = SENTENCE * 200
    article = read_article("long.txt", (text + "\n").encode())
    claims = split_claims(article)
    assert len(claims) == 200
    assert all(claim.text == SENTENCE.strip() for claim in claims)
    assert all(article.text[c.start : c.end] == c.text for c in claims)


def test_a_paragraph_with_no_sentence_end_is_cut_at_spaces():
    text = "passers-by, " * 2000  # 24,000 characters, no full stop
    claims = split_claims(read_article("commas.txt", (text + "stop.\n").encode()))
    assert "".join(c.text + " " for c in claims).split() == (text + "stop.").split()
    assert all(len(c.text) <= PIECE_CHARS for c in claims)


def test_one_enormous_word_is_read_and_the_citation_before_it_kept():
    """A 300,000-letter "word" (and runs of capitals, of attribute-like pairs): the
    cleaning and the name patterns read each once, not once a letter; as first written
    they took minutes on such a line (bench/long_paragraph.py measures it)."""
    from archiver.articles.citations import extract_citations
    from archiver.articles.cleaning import normalise_line

    for filler in ("a" * 300_000, "Ab" * 150_000, 'a="b" ' * 50_000):
        text = f"A video on TikTok shows {filler}.\nIt has 2,000 views.\n"
        claims, citations = extract_citations(read_article("word.txt", text.encode()))
        assert citations and citations[0].platform == "tiktok"
    # what the attribute run is for still goes: an <iframe ...> pasted as text
    assert normalise_line('See <iframe src="x" width="5" height="3"> here') == "See <iframe here"
