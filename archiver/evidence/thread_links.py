"""Links for every member of a citation thread, not only the sentence that cites.

    thread_members(catalogue, article_ids)          the members to link
    member_matches(member, through, score, threshold) its links, one per thread clip

The thread's clips are shared: those confirmed for any citation in it, or else the best
suggestion for its opening citation. Each member is scored against them on its own
words and gets its own best span; a quoted continuation is looked for word by word in
the audio (or its words in the speech), and is not linked when it is not heard. A
member whose words are not heard (it describes what is seen) is still linked, at a
lower score (half the thread's, or its own if higher), because the thread's citation
supports it, and its reason says so. Members are always suggestions: a person confirms
them with `archiver review`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from archiver.store.catalogue import Catalogue

# A member linked only through its thread scores this share of the thread's link.
SEEN_ONLY_FACTOR = 0.5
# A quoted continuation is linked when this close to the words heard: the looser match
# that places a citation's own quote finds look-alike phrases ("it says we're on the
# 12th floor" in "we are on the twenty second floor") in a clip that never says it.
QUOTE_HEARD = 0.85


def thread_members(catalogue: Catalogue, article_ids: list[int] | None) -> list[dict]:
    """Members that are not citations themselves (citations are linked on their own),
    with the citation that opened their thread."""
    sql = """
        SELECT m.claim_id, m.role, m.citation_id AS opener, cl.text AS claim_text
        FROM thread_members m JOIN claims cl USING (claim_id)
        WHERE m.role != 'citation'
          AND NOT EXISTS (SELECT 1 FROM citations ci WHERE ci.claim_id = m.claim_id)
    """
    params: list = []
    if article_ids is not None:
        sql += f" AND cl.article_id IN ({', '.join('?' for _ in article_ids)})"
        params = list(article_ids)
    return list(catalogue.db.query(sql + " ORDER BY m.claim_id", params))


def member_matches(
    member: dict,
    through: list[Any],
    score: Callable[[str, dict | None, str], Any],
    threshold: float,
) -> list[Any]:
    """The member's own match with each of its thread's clips (`through`: the thread's
    Matches), scored by `score(text, citation, clip_id)`; below the threshold, a
    seen-only link at a share of the thread's score, saying so."""
    found = []
    text, role = member["claim_text"], member["role"].replace("_", " ")
    # A quotation that runs on is speech: look for it in the words heard.
    pseudo = {"quote": text.strip("‘’“”'\" ")} if member["role"] == "quote" else None
    for link in through:
        own = score(text, pseudo, link.clip_id)
        if member["role"] == "quote":  # speech: linked only when heard in this clip,
            plain = score(text, None, link.clip_id)  # word for word, or in other words
            if (own.quote_score or 0) >= QUOTE_HEARD:
                found.append(replace(own, reasons=f"in the thread (quote); {own.reasons}"))
            elif plain.score >= threshold:
                why = f"in the thread (quote), said in other words; {own.reasons}"
                found.append(replace(plain, reasons=why))
            continue
        if own.score >= threshold:
            found.append(replace(own, reasons=f"in the thread ({role}); {own.reasons}"))
            continue
        why = (
            f"in the thread ({role}) of a citation linked to this clip (score "
            f"{link.score:.2f}); describes what is seen, no words of it are heard; {own.reasons}"
        )
        seen = round(max(SEEN_ONLY_FACTOR * link.score, own.score), 3)
        found.append(replace(own, score=seen, reasons=why))
    return found
