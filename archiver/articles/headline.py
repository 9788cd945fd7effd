"""What the headline and standfirst tell of the story's first clip: the platform they
name and the person they name, where the clip's thread gives neither ("A kayaker has
filmed ..." under "Kayaker Niamh Doherty's orca encounter goes viral on Instagram").

    from_headline(headline, claims, citations, thread_of)

Split from archiver.articles.context, which calls it after its own rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.articles.agents import ROLE_WORDS
from archiver.articles.claims import Claim
from archiver.articles.threads import Citation
from archiver.articles.which_clip import VAGUE_PLATFORMS
from archiver.platforms import platform_named

_CAPITALISED = re.compile(r"[A-Z][\w’'-]+")
_HEADLINE_CLIP = (
    r"(?:[\w-]+\s+){0,2}?(?i:clip|video|tiktok|reel|footage|livestream|stream|post|camera|"
    r"cam|dashcam|doorbell)\b"
)
# the headline has them film it: "Bus driver Bev Hollins films ginger tom ..."
_HEADLINE_FILMS = r"(?:films|filmed|captures|captured|records|recorded|streams|streamed)\b"
HEADLINE_CHARS = 600
# Capitalised words that open a headline and are no first name: "Inside Chongqing, ..."
_NOT_FIRST = frozenset(
    "Inside In At On From Into Across Why How What When Where Who Which The A An Meet Watch "
    "See Viral Video Moment Shocking Behind After Before As".split()
)
_PERSON_VERB = (
    r"(?:(?:has|had)\s+)?(?:said|says|told|tells|added|adds|wrote|writes|explained|recalled|"
    r"posted|filmed|shared|uploaded|laughed|admitted|insisted|joked|replied|died|left|"
    r"started|began|became|lives|lived|works|worked|grew\s+up|was\s+born)\b"
)


def _headline_person(headline: str, body: str) -> str | None:
    """The person a headline names, by first name and surname, when the story itself
    speaks of them by the surname alone: "Kayaker Niamh Doherty's orca encounter ..." ->
    Niamh Doherty. Of two candidates the one the story names more often wins."""
    # (a headline is short; a hostile one is read no further than its first names)
    words = [m.group(0) for m in _CAPITALISED.finditer(headline[:HEADLINE_CHARS])][:30]
    best, best_count = None, 0
    for first, last in zip(words, words[1:], strict=False):
        last = re.sub(r"[’']s$", "", last)
        if first in ROLE_WORDS or first in _NOT_FIRST or re.search(r"[’']s$", first):
            continue
        if first.isupper():
            continue
        if f"{first} {last}" not in headline.replace(f"{last}’s", last).replace(f"{last}'s", last):
            continue  # not side by side ("Doherty's Orca": a new phrase after the possessive)
        # the surname alone, as news names a person after the first mention, and as a
        # person: speaking, acting or described ("Doherty, a PE teacher, said"; a place
        # keeps its whole name, "Heaton Moor", or never says anything, "Chongqing")
        surname = re.escape(last)
        as_person = (
            rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\s+{surname}\b|\b(?:{re.escape(first)}\s+)?{surname}"
            # (an age, not a dateline's day: "Nijora Nagar, 13 January: A video ...")
            rf"(?:,\s+(?:\d{{1,3}}(?!\s+[A-Z])|a|an|who|whose)\b|\s+{_PERSON_VERB})"
        )
        count = len(re.findall(as_person, body))
        # the headline calls the clip theirs ("Baggage handler Donte Reyes's tug clip
        # sends ..."): the story is about it, however the body names them
        named = rf"\b{re.escape(first)} {re.escape(last)}"
        if re.search(rf"{named}\s+(?:\w+\s+){{1,2}}its\b", headline):
            continue  # a body acting: "... as Hollins Cross Primary streams its sports day"
        if re.search(rf"{named}(?:[’']s?\s+{_HEADLINE_CLIP}|\s+{_HEADLINE_FILMS})", headline):
            count = max(count, 1)
        if count and count >= best_count and platform_named(last) is None:
            best, best_count = f"{first} {last}", count
    return best


def from_headline(
    headline: Sequence[str],
    claims: Sequence[Claim],
    citations: list[Citation],
    thread_of: dict[int, int],
) -> None:
    """The headline and standfirst tell of the story's first clip: the platform they name
    and the person they name, where the clip's thread gives neither ("A kayaker has
    filmed ..." under "Kayaker Niamh Doherty's orca encounter goes viral on Instagram")."""
    if not headline or not citations:
        return
    first = min(c.claim_position for c in citations)
    opener = thread_of.get(first, first)
    text = " ".join(headline)[:HEADLINE_CHARS]
    platform = platform_named(text)
    person = _headline_person(text, " ".join(claim.text for claim in claims))
    for citation in citations:
        if thread_of.get(citation.claim_position, citation.claim_position) != opener:
            continue
        vague = citation.platform in VAGUE_PLATFORMS
        if vague and citation.inferred_platform in VAGUE_PLATFORMS and platform:
            if platform not in VAGUE_PLATFORMS:
                citation.inferred_platform = platform
                citation.inferred_from = citation.inferred_from or "the headline"
        if citation.creator is None and citation.inferred_creator is None and person:
            citation.inferred_creator = person
            citation.inferred_from = citation.inferred_from or "the headline"
