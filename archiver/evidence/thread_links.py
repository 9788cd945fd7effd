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

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from archiver.store.catalogue import Catalogue

# A member linked only through its thread scores this share of the thread's link.
SEEN_ONLY_FACTOR = 0.5
# A quoted continuation is linked when this close to the words heard (below 1 it is a
# near miss, stored with its score and shown as one); the looser match that places a
# citation's own quote finds look-alike phrases ("it says we're on the 12th floor" in
# "we are on the twenty second floor") in a clip that never says it.
QUOTE_HEARD = 0.75
# ... or when it is said in other words: speech alone must carry a quotation (the
# title and description are not what was said), closer than a claim needs.
SAID_IN_OTHER_WORDS = 0.45


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
            heard = plain.span.score if plain.span and "speech" in plain.sources else 0.0
            if (own.quote_score or 0) >= QUOTE_HEARD:
                found.append(replace(own, reasons=f"in the thread (quote); {own.reasons}"))
            elif plain.score >= threshold and heard >= SAID_IN_OTHER_WORDS:
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


# A citation that says its clip is not the one before: "Another content creator
# recorded ...", "A separate clip shows ...", "a second video".
_ANOTHER = re.compile(r"\b(?:another|a second|a third|a separate|a different|one more)\b", re.I)


class ThreadOrder:
    """Which thread each citation is in, and where each thread opens, so a thread the
    article introduces as another clip is not given the clip an earlier thread of the
    same article has (the seed's two night-shift videos match one clip's words alike)."""

    def __init__(self, catalogue: Catalogue, citations: list[dict]):
        self.opener = dict(catalogue.db.execute(
            "SELECT ci.citation_id, m.citation_id FROM thread_members m "
            "JOIN citations ci ON ci.claim_id = m.claim_id"
        ).fetchall())  # fmt: skip
        self.by_id = {c["citation_id"]: c for c in citations}

    def opener_of(self, citation: dict) -> dict:
        opener = self.opener.get(citation["citation_id"], citation["citation_id"])
        return self.by_id.get(opener, citation)

    def clips_before(
        self, citation: dict, suggested: dict[int, list[Any]], linked: dict[int, list[str]]
    ) -> set[str]:
        """The clips earlier threads of the article were given (their best suggestion,
        or a confirmed link), when this citation's thread opens as another clip."""
        opener = self.opener_of(citation)
        if not _ANOTHER.search(opener["claim_text"]):
            return set()
        taken: set[str] = set()
        for other in self.by_id.values():
            first = self.opener_of(other)
            if first["article_id"] != opener["article_id"]:
                continue
            if first["position"] >= opener["position"]:
                continue
            taken.update(linked.get(other["citation_id"], []))
            top = suggested.get(other["citation_id"])
            if top:
                taken.add(top[0].clip_id)
        return taken


def clips_of_threads(
    order: ThreadOrder,
    linker: Any,
    citations: list[dict],
    linked: dict[int, list[str]],
    suggested: dict[int, list[Any]],
) -> dict[int, list[Any]]:
    """Opening citation -> the clips its thread shares: those confirmed for any of its
    citations, else the best suggestion for it."""
    confirmed: dict[int, dict[str, Any]] = {}
    best: dict[int, Any] = {}
    for citation in citations:
        opener = order.opener_of(citation)["citation_id"]
        for clip_id in linked.get(citation["citation_id"], []):
            match = linker.match(citation["claim_text"], citation, clip_id)
            confirmed.setdefault(opener, {})[clip_id] = replace(match, score=1.0)
        top = (suggested.get(citation["citation_id"]) or [None])[0]
        if top is not None and (opener not in best or top.score > best[opener].score):
            best[opener] = top
    threads = {opener: list(clips.values()) for opener, clips in confirmed.items()}
    for opener, match in best.items():
        threads.setdefault(opener, [match])
    return threads
