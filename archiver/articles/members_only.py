"""Lines of a thread that tell of its clip and cite nothing new: members, not citations.

    members_only(claims, citations) -> the citations less those lines (each stays in its
                                       thread, as a caption, a description or a quote)

Labels since set 20 (docs/labelling.md) cite a line of a thread only when it brings
something to check: a platform, a maker, a count, a date, a link, or a body's, a
court's or a platform's word on the clip. A still of the clip in play ("..., in a still
from Kieran's video"), a line set in it ("In the clip, the roof panels sag ...") and a
line quoting what is heard in it ("'My set is my set,' he says in the video") are its
thread's caption, description and quote. The rules read each as a definite reference
to the clip, which is how they find its thread; this drops them from the citations once
the thread is known. A line that brings its clip in first, whatever it says, still
cites, and so does the writer's argument from a clip ("The video shows just how
confusing ..."), which the seed story's labels cite. A line that tells the clip in play
by what it shows or by its length ("The footage shows brown water spreading ...", "The
27-second clip shows ...") is a description where it brings nothing new, as the sets
label it. A quote dropped here is matched against the clip's words as every quote
member is (archiver.evidence.thread_links), not by the citation checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from archiver.articles.captions import a_still
from archiver.articles.claims import Claim
from archiver.articles.heard import HEARD_IN_CLIP

# "..., as seen in Rashid Okello's Facebook Live", "as caught on Pauline's doorbell camera"
# what the clip has in it, told as a scene in the clip in play: "In the clip, a section of
# roof panels sags ..." (not "The video shows ...", which the seed story's labels cite)
_SHOWS = re.compile(
    r"^(?:[^,]{0,30},\s+)?(?:in|on|at\s+\d[\d:.]*\s+in)\s+(?:the|that|this|his|her|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:video|clip|footage|recording|stream|livestream|film|reel|tiktok)\b",
    re.I,
)
# ... or told by its length, or by what it shows once its thread is known: "The 27-second
# clip shows a man in an orange tabard ...", "The footage shows brown water spreading
# across three fields" (a description in 104 of 105 such lines of sets 0-211 that bring
# nothing new; not the writer's argument from it, "The video shows just how confusing it
# can be", which the seed story cites)
_TOLD_BARE = re.compile(
    r"^(?:[^,]{0,30},\s+)?the\s+(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:second|minute)\s+(?:[\w-]+\s+)?"
    r"(?:video|clip|footage|recording|stream|livestream|film|reel|tiktok)\b"
    r"|^(?:the|this|that)\s+(?:video|clip|footage|recording|film|reel|tiktok)\s+(?:shows|showed|"
    r"begins|opens|starts|features|captures)\b(?!\s+(?:just\s+)?how\b)",
    re.I,
)
# A live blog going back to the stream in play: "12:20 Back on Castle Cam Saltby, the tower
# camera shows the carvers ...", "11:34 Back on Toby and Roz's stream: 'We did it'" (a
# description or a quote in 80 of 96 such entries of sets 0-211 that bring no count)
_BACK_ON = re.compile(r"(?:\d{1,2}[:.]\d\d\s+)?back\s+on\s", re.I)
# a word on the clip from a body, a court, a platform or the reporter: that cites
_A_WORD_ON_IT = re.compile(
    r"\b(?:said|says|told|tells|according|confirmed|ruled|found|removed|deleted|added|"
    r"labelled|reviewed|verified|traced|geolocated|played\s+to|shown\s+to)\b",
    re.I,
)


def _says_nothing_new(citation) -> bool:
    return not (
        citation.platform
        or citation.creator
        or citation.metrics
        or citation.url
        or citation.stated_date
    )


def members_only(claims: Sequence[Claim], citations: list) -> list:
    """The citations less the lines above; their thread members' roles say what each is."""
    text = {claim.position: claim.text for claim in claims}
    role_of = {m.position: (c, m) for c in citations for m in c.members or []}
    dropped: dict[int, int] = {}  # position -> its thread's opener
    for citation in citations:
        position = citation.claim_position
        opener, member = role_of.get(position, (None, None))
        if opener is None or opener.claim_position == position:
            continue  # (a line that opens its thread cites)
        line = text[position]
        if member.role == "caption" and not citation.metrics:
            if a_still(line):
                dropped[position] = opener.claim_position
            continue
        if member.role not in ("back_reference", "pronoun") or not _says_nothing_new(citation):
            continue
        if citation.quote and (HEARD_IN_CLIP.search(line) or _BACK_ON.match(line)):
            role = "quote"
        elif _BACK_ON.match(line) and not _A_WORD_ON_IT.search(line):
            role = "description"
        elif (
            not citation.quote
            and (_SHOWS.search(line) or _TOLD_BARE.search(line))
            and not _A_WORD_ON_IT.search(line)
        ):
            role = "description"
        else:
            continue
        at = opener.members.index(member)
        opener.members[at] = replace(member, role=role)
        dropped[position] = opener.claim_position
    kept = [c for c in citations if c.claim_position not in dropped]
    for citation in kept:  # (a line that took a dropped one for its clip: that thread)
        if citation.same_clip_as in dropped:
            citation.same_clip_as = dropped[citation.same_clip_as]
    return kept
