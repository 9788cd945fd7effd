"""A learned reading of who made a clip, for citing lines whose maker the rules do not find.

    learned_creator(text) -> a name or handle the line states as the clip's maker, or None

The rules of archiver.articles.stated find a maker by the forms news copy has been seen to
use ("filmed by ...", "@handle's video", "Farmer X posted ..."); on text they had not
seen they missed makers the line itself names ("Reimerdes posted the 27-second recording
as an Instagram reel", "Lane takes the fight to YouTube Shorts, posting a clip", "a
student who streams on Bilibili as 'Xiaoyu Feibuqilai'"). This model
reads each name, handle or quoted name in such a line by the words around it (a verb of
making or posting after it, "by" or "as" before it, a role word before it, "said" after
it, a possessive on a clip word, a place or "of" before it, how far it is from the clip
word) and takes the likeliest when its share passes the threshold. It is a logistic
regression over the candidates, trained by bench/creator_learned.py --train on the
labelled sets' citing lines that the rules left without a maker; creator_model.json
keeps the weights. Inference is pure Python. Only a thread's opener is read by it
(fill_learned).
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.articles.accounts import is_organisation
from archiver.articles.bodies import a_bodys_footage
from archiver.articles.claims import Claim, without_time_stamp
from archiver.articles.person_names import cleaned_name

if TYPE_CHECKING:
    from archiver.articles.threads import Citation

WEIGHTS = Path(__file__).with_name("creator_model.json")
READS = 600  # characters of a line read: news copy names a clip's maker early

_CANDIDATE = re.compile(
    r"(?P<handle>@[\w.]{2,30}\w)|"
    r"[‘'\"“](?P<quoted>[A-Z][^’'\"”\n]{1,40}?)[’'\"”](?!\w)|"
    r"(?<![\w’'@.-])(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:de|da|do|dos|van|von|der|bin|al|el|la|le)\s+)?"
    r"[A-Z][\w’'-]*){0,3})"
)
_CLIP = re.compile(
    r"\b(?:video|videos|clip|clips|footage|reel|reels|recording|livestream|stream|broadcast|"
    r"post|tiktok|short|vlog|upload|time-lapse|story|duet|stitch)\b",
    re.I,
)
_MAKES = re.compile(
    r"^(?:,[^,]{2,60},\s*)?(?:(?:himself|herself|themselves|has|had|have|then|later|also|just|"
    r"first|since|was|were|is)\s+){0,2}(?:posted|posts|posting|filmed|films|filming|recorded|"
    r"records|recording|uploaded|uploads|shared|shares|streamed|streams|streaming|broadcast|"
    r"broadcasts|livestreamed|went|goes|reposted|reposts|duetted|duets|stitched|stitches|"
    r"captured|shot|put|replied|responded|answered|hit|took|takes|made|makes|live|caught|"
    r"published|released|tried|apologised|apologized|returned|followed|wrote)\b",
    re.I,
)
_SAYS = re.compile(
    r"^(?:,[^,]{2,60},\s*)?(?:said|says|told|tells|added|adds|explained|wrote\s+to|warned)\b"
)
_PASSIVE = re.compile(  # ("Citizens were filmed chanting", "Pickford, 52, filmed by a ...")
    r"^(?:,[^,]{2,60},\s*)?(?:(?:(?:was|is|were|are|being|been)\s+(?:\w+ly\s+)?(?:filmed|"
    r"recorded|caught|seen|captured|shown|pictured|heard|spotted))|(?:filmed|recorded|caught|"
    r"captured|shown|pictured|spotted)\s+(?:on\s+camera\s+)?by)\b"
)
# A body's own footage, whatever a_bodys_footage reads: "Fenwick Town posted its own angle"
# (or on its own page, or its own show streamed: "Castlegate School is livestreaming ... on
# its Instagram account", "Knife Edge, the cooking contest, streams its final live")
_ITS_OWN = re.compile(
    r"\b(?:its|their)\s+(?:own|official)\b|\b(?:on|to|via)\s+its\s+(?:[A-Z]\w*\s+)?(?:account|"
    r"page|channel|feed|site|website)\b|\b(?:streams|livestreams|broadcasts)\s+its\b"
)
_ROLE_BEFORE = re.compile(r"\b[a-z][a-z-]{2,}\s*$")
_FUNCTION = frozenset(
    "the a an and or but of in on at to from by with for as that which who whom whose this "
    "these those its his her their our your my is was were are be been has had have said "
    "says told tells shows show showed see sees seen features featuring than then when while "
    "after before about into onto over under near".split()
)


@dataclass(frozen=True)
class Candidate:
    name: str  # as the line spells it, role words taken off
    start: int
    end: int
    handle: bool
    quoted: bool


def candidates(text: str) -> list[Candidate]:
    """The names, handles and quoted names of a line, but platforms, days and the like
    (which person_names.cleaned_name refuses)."""
    text = text[:READS]
    found: list[Candidate] = []
    for match in _CANDIDATE.finditer(text):
        kind = match.lastgroup or "name"
        raw = match[kind]
        if kind == "handle":
            found.append(Candidate(raw, match.start(), match.end(), True, False))
            continue
        name = cleaned_name(raw, text)
        if not name:
            continue
        start = match.start(kind) + raw.find(name) if name in raw else match.start(kind)
        found.append(Candidate(name, start, start + len(name), False, kind == "quoted"))
    return found


def features(text: str, candidate: Candidate, index: int, count: int) -> dict[str, float]:
    text = text[:READS]
    before, after = text[: candidate.start].rstrip("‘'\"“ "), text[candidate.end :]
    after_words = after.lstrip("’'\"” ")
    possessive = bool(re.match(r"[’']s?\s", after))
    clip_after_possessive = possessive and bool(
        _CLIP.match(re.sub(r"^[’']s?\s+(?:[\w-]+\s+){0,2}", "", after) or "")
    )
    last_before = (before.split() or [""])[-1].lower()
    clips = [m.start() for m in _CLIP.finditer(text)]
    distance = min((abs(c - candidate.start) for c in clips), default=len(text))
    return {
        "handle": float(candidate.handle),
        "quoted": float(candidate.quoted),
        "words": float(len(candidate.name.split())),
        "first": float(index == 0),
        "candidates": float(count),
        "makes_after": float(bool(_MAKES.match(after_words))),
        "says_after": float(bool(_SAYS.match(after_words))),
        # ("Duane Pickford, 52, filmed by a neighbour": the one filmed, not the filmer)
        "passive_after": float(bool(_PASSIVE.match(after_words))),
        "named_before": float(last_before in ("named", "called", "nicknamed")),
        "by_before": float(last_before == "by"),
        "as_before": float(last_before in ("as", "aka", "handle", "name", "username")),
        "from_before": float(last_before == "from"),
        "of_before": float(last_before == "of"),
        "place_before": float(
            last_before in ("in", "at", "near", "outside", "across", "on", "into", "to")
        ),
        "the_before": float(last_before == "the"),
        "shows_before": float(last_before in ("shows", "show", "showed", "features", "sees")),
        "role_before": float(bool(_ROLE_BEFORE.search(before)) and last_before not in _FUNCTION),
        "possessive_clip": float(clip_after_possessive),
        "possessive_other": float(possessive and not clip_after_possessive),
        "organisation": float(is_organisation(candidate.name, text)),
        "clip_in_line": float(bool(clips)),
        "clip_after": float(any(c > candidate.start for c in clips)),
        "clip_near": math.exp(-distance / 40),
        "line_start": float(candidate.start < 12),
        # (a line's first word is capitalised whatever it is: "Footage", or "Reimerdes")
        "first_word_alone": float(candidate.start == 0 and " " not in candidate.name),
    }


FEATURES = tuple(features("A video by X.", Candidate("X", 11, 12, False, False), 0, 1))


def _a_body(text: str) -> bool:
    return a_bodys_footage(text) or _ITS_OWN.search(text) is not None


@functools.cache
def _model() -> dict | None:
    if not WEIGHTS.exists():
        return None
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


def share(values: dict[str, float], model: dict) -> float:
    z = model["bias"]
    for name, mean, scale, weight in zip(
        model["features"], model["mean"], model["scale"], model["weights"], strict=True
    ):
        z += weight * (values.get(name, 0.0) - mean) / scale
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.lru_cache(maxsize=512)
def learned_creator(text: str) -> str | None:
    """The maker the line names, by the model, or None (no weights, or no name sure enough)."""
    model = _model()
    if model is None or _a_body(text):
        return None  # (a body's own footage has no maker to name: "posted on its page")
    found = candidates(text)
    best, best_share = None, model["threshold"]
    for index, candidate in enumerate(found):
        p = share(features(text, candidate, index, len(found)), model)
        if p >= best_share:
            best, best_share = candidate.name, p
    return best


_UNDER_THE_NAME = re.compile(r"\b(?:under|using)\s+the\s+(?:name|handle|username)\b", re.I)


def fill_learned(claims: Sequence[Claim], citations: list[Citation]) -> None:
    """Give each thread's opener that neither states a maker nor takes one from its
    context the one the model reads in it, and pass it on to the lines of its thread that
    have none. Only the opener: a later line that names someone is as often one who
    answered or passed the clip on ("Nigel Farage responded to the video on X"). Run last:
    a maker found here moves no line to another clip, and overrides nothing the rules or
    the context found."""
    text_at = {claim.position: claim.text for claim in claims}
    by_position = {c.claim_position: c for c in citations}
    for opener in citations:
        if opener.creator is not None or opener.inferred_creator is not None:
            continue
        if not opener.members or opener.members[0].position != opener.claim_position:
            continue  # a line of another's thread (only an opener lists its members)
        opener.creator = learned_creator(without_time_stamp(text_at[opener.claim_position]))
        for member in opener.members[1:] if opener.creator is None else ():
            # (or the line of its thread that names the account it went out under: "The
            # court heard that ... he was streaming on Kick under the name LeonDrivesUK"
            # after "A streamer who drove his car into a flooded ford ...")
            line = without_time_stamp(text_at[member.position])
            if member.position in by_position and _UNDER_THE_NAME.search(line):
                opener.creator = learned_creator(line)
                break
        if opener.creator is None:
            continue
        for member in opener.members:
            other = by_position.get(member.position)
            if other is None or other.creator is not None or other.inferred_creator is not None:
                continue
            if not _a_body(without_time_stamp(text_at[other.claim_position])):
                other.inferred_creator = opener.creator
                other.inferred_from = other.inferred_from or "the thread"
