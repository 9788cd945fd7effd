"""Each clip URL an article links to goes to the claim that cites that clip.

    assign_links(citations, claims, links, offsets)   sets `url` on the citing claims

Split from archiver.articles.citations to keep each module short.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from archiver.articles.claims import Claim
from archiver.platforms import url_handle, url_platform
from archiver.text import name_key


class Citation(Protocol):  # what is read and set of archiver.articles.citations.Citation
    claim_position: int
    platform: str | None
    creator: str | None
    same_clip_as: int | None
    url: str | None


def assign_links(
    citations: list[Citation],
    claims: Sequence[Claim],
    links: Sequence[str],
    offsets: Mapping[str, int],
) -> None:
    """Give each link to the citing claim nearest where it appeared (within three
    claims) whose platform does not contradict it; a creator matching the @handle in
    the URL wins, wherever it is. A back-reference passes the link to its clip."""
    by_position = {citation.claim_position: citation for citation in citations}
    taken = {c.url for c in citations if c.url}
    for url in links:
        if url in taken:
            continue
        platform, handle = url_platform(url), url_handle(url)
        near = None
        if url in offsets:
            at = offsets[url]
            near = next((c.position for c in claims if c.start <= at <= c.end), None)
            if near is None:
                near = max((c.position for c in claims if c.end <= at), default=None)
        best, best_score = None, 0.0
        for citation in citations:
            target = by_position.get(citation.same_clip_as, citation)
            if target.url is not None:
                continue
            if platform and target.platform not in (None, "social media", platform):
                continue
            matches_handle = bool(handle and name_key(target.creator or "") == name_key(handle))
            distance = abs(citation.claim_position - near) if near is not None else 99
            if distance > 3 and not matches_handle:
                continue
            score = 10.0 * matches_handle + 2 * (target.platform == platform) - distance
            if best is None or score > best_score:
                best, best_score = target, score
        if best is not None:
            best.url = url
            taken.add(url)
    for citation in citations:  # a back-reference shares the clip it refers to
        if citation.url is None and citation.same_clip_as is not None:
            citation.url = by_position[citation.same_clip_as].url
