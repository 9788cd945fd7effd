"""A numbered list's item heading: "1. Marmalade, head of pharmacy security — @dispensarycat
on TikTok".

    item_openers(claims, citations, cite) -> citations

A listicle of viral clips heads each item with a number and a short title, which may name
the clip's platform or account; the item's first line then tells what the clip shows
("Marmalade sits on the prescription counter and ..."). The heading is furniture, like a
headline, and no claim a clip could support: the item's first line is. So a heading that
cites gives its citation to the line under it, with the platform and account it names
as inferred for that line ("the list item's heading"), and the threads are built from
there, unless the first line cites a clip of another platform or maker. In a list in a
story that cites clips, an item's first line is cited when no line of the item cites a
new clip below it. Over the labelled sets (sets 0-61), 126 numbered item headings were
followed by prose, and none was labelled as citing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from archiver.articles.claims import Claim, is_item_heading
from archiver.articles.cleaning import EMBED_CREDIT
from archiver.articles.metrics import metrics_stated

if TYPE_CHECKING:
    from archiver.articles.threads import Citation

FROM_ITEM_HEADING = "the list item's heading"


def item_openers(
    claims: Sequence[Claim],
    citations: list[Citation],
    cite: Callable[[int, str], Citation],
) -> list[Citation]:
    """The citations with each citing item heading's moved to the item's first line;
    `cite(position, text)` makes a citation of a line that states nothing itself."""
    at = {claim.position: claim for claim in claims}
    by_position = {c.claim_position: c for c in citations}
    headings = [claim for claim in claims if is_item_heading(claim)]
    # (an item's heading too short to be a claim, "3. The groom's penalty", ends the item
    # before it all the same)
    items = sorted({h.position for h in headings} | {c.position for c in claims if c.item_start})
    moved: dict[int, int] = {}  # heading -> the item's first line
    for heading in headings:
        end = next((p for p in items if p > heading.position), None)  # the item's end
        citation = by_position.get(heading.position)
        under = at.get(heading.position + 1)
        if (
            under is None
            or under.is_caption  # (no prose under it: leave the heading be)
            or is_item_heading(under)
            # (a list, not one numbered line, in a story that cites clips: "1. Bin
            # collections will move ..." in a budget explainer cites nothing)
            or (citation is None and (len(items) < 2 or not citations))
            or (citation is not None and citation.metrics)  # a count is a claim to check
        ):
            continue
        first = by_position.get(under.position)
        if citation is not None and first is not None and _another_clip(citation, first):
            continue  # the first line cites a clip of its own: the heading keeps its one
        # (its first line counts its audience: "More than 12 million people have watched ...")
        counted = any(m.kind != "followers" for m in metrics_stated(under.text))
        if (
            first is None
            and citation is None
            and _opens_a_clip(heading, end, citations, at, counted)
        ):
            continue  # the item's clip is cited below its first line, a background line
        if first is None:
            first = by_position[under.position] = cite(under.position, under.text)
            for later in by_position.values():  # "The clip was filmed by her owner, ..."
                inside = under.position < later.claim_position < (end or 1 << 30)
                if inside and _THE_CLIP.match(at[later.claim_position].text):
                    if later.same_clip_as is None or later.same_clip_as < heading.position:
                        later.same_clip_as = under.position  # the item's, not the last one's
        if citation is None:
            continue
        if first.platform is None and first.inferred_platform is None:
            first.inferred_platform = citation.platform
        if first.creator is None and first.inferred_creator is None:
            first.inferred_creator = citation.creator
        if first.inferred_platform or first.inferred_creator:
            first.inferred_from = first.inferred_from or FROM_ITEM_HEADING
        if first.same_clip_as is None:  # ("5. The goose, again": the clip it went back to)
            first.same_clip_as = citation.same_clip_as
        moved[heading.position] = under.position
    for citation in by_position.values():  # a line that referred back to the heading
        if citation.same_clip_as in moved:
            citation.same_clip_as = moved[citation.same_clip_as]
    kept = [c for p, c in by_position.items() if p not in moved]
    for citation in kept:
        if citation.same_clip_as == citation.claim_position:
            citation.same_clip_as = None
    return sorted(kept, key=lambda c: c.claim_position)


# A definite reference, in an item told after its scene, is to that item's clip unless it
# says it is an earlier one ("The first video", "the original", "again")
_THE_CLIP = re.compile(
    r"^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:clip|video|footage|reel|recording|post)\b"
    r"(?!.*\b(?:first|original|earlier|again)\b)",
    re.I,
)


def _opens_a_clip(
    heading: Claim, end: int | None, citations: list[Citation], at: dict[int, Claim], counted: bool
) -> bool:
    """Whether a line of the item under `heading` (up to the next heading, at `end`) cites
    a clip not told before (an embed's credit, "Credit: TikTok/@luisabakesbadly", credits
    the item's clip: it opens none)."""
    return any(  # ("The clip was posted on TikTok by ..." tells of the clip told above it)
        c.same_clip_as is None
        and not EMBED_CREDIT.match(at[c.claim_position].text)
        and not (counted and _THE_CLIP.match(at[c.claim_position].text))
        for c in citations
        if heading.position < c.claim_position and (end is None or c.claim_position < end)
    )


def _another_clip(heading: Citation, first: Citation) -> bool:
    """The item's first line states another platform or maker than its heading ("1. The
    tortoise who runs a bakery — @crumbtortoise on TikTok", then "A YouTube video by baker
    Sam Ortiz shows ...")."""
    return bool(
        (heading.platform and first.platform and heading.platform != first.platform)
        or (heading.creator and first.creator and heading.creator != first.creator)
    )
