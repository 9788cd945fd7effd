"""Helpers shared by the thread-rule tests: read an invented article, see its threads."""

from __future__ import annotations

from archiver.articles.citations import extract_citations
from archiver.articles.reading import read_article


def article(text: str):
    claims, citations = extract_citations(read_article("a.txt", text.encode()))
    return claims, {c.claim_position: c for c in citations}


def thread(citations: dict, opener: int) -> dict[int, str]:
    return {m.position: m.role for m in citations[opener].members}
