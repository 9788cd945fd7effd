"""Helpers shared by the thread-rule tests: read an invented article, see its threads."""

from __future__ import annotations

from archiver.articles.citations import extract_citations
from archiver.articles.claims import split_claims
from archiver.articles.reading import read_article


def article(text: str):
    claims, citations = extract_citations(read_article("a.txt", text.encode()))
    return claims, {c.claim_position: c for c in citations}


def thread(citations: dict, opener: int) -> dict[int, str]:
    return {m.position: m.role for m in citations[opener].members}


def read_lines(lines: list[str]) -> tuple[dict[str, int], dict, dict[int, int]]:
    """One claim a line: each line's position by its text, the citations by the position of
    their line, and each claim's thread by the position of the line that opened it."""
    claims, citations = article("\n".join(lines))
    at = {claim.text: claim.position for claim in claims}
    threads = {m.position: c.claim_position for c in citations.values() for m in c.members}
    return at, citations, threads


def threads_of(lines: list[str]) -> dict[int, int]:
    """Each claim's thread, by the position of the line that opened it."""
    return read_lines(lines)[2]


def claim_texts(text: str) -> list[str]:
    """The claims an article of `text` is cut into, as text."""
    return [claim.text for claim in split_claims(read_article("story.txt", text.encode()))]
