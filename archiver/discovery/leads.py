"""Leads: where a citation's clip might be listed, read from what the sentence gives.

A handle written as `@name` is trusted; a display name ("Hugh Chongqing") gives
guessed handles (hughchongqing, hugh.chongqing, hugh_chongqing), each listed but kept
only when the profile's own name matches; a hashtag in the claim gives a tag list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HANDLE = re.compile(r"(?<![\w@])@([A-Za-z0-9_][A-Za-z0-9_.]{1,29})")
HASHTAG = re.compile(r"(?<![\w#])#(\w{2,50})")
NAME_WORD = re.compile(r"[^\W\d_]+|\d+")
MAX_GUESS_WORDS = 4  # a longer "name" is a phrase, not a person

# How a lead becomes a URL yt-dlp can list; configurable so another platform, or a
# test's loopback site, stands in for TikTok.
DEFAULT_TEMPLATES = {
    "user": "https://www.tiktok.com/@{value}",
    "tag": "https://www.tiktok.com/tag/{value}",
}


@dataclass(frozen=True)
class Lead:
    kind: str  # user, tag
    value: str
    origin: str
    trusted: bool


def guessed_handles(name: str) -> list[str]:
    """The handles a display name is most often turned into."""
    parts = [p.casefold() for p in NAME_WORD.findall(name)]
    if not parts or len(parts) > MAX_GUESS_WORDS:
        return []
    return list(dict.fromkeys(sep.join(parts) for sep in ("", ".", "_")))


def leads_for(claim: str, creator: str | None) -> list[Lead]:
    """Every lead a citation gives, in the order worth trying."""
    found: list[Lead] = []
    for handle in HANDLE.findall(claim):
        found.append(Lead("user", handle.casefold().rstrip("."), "named in the claim", True))
    if creator:
        creator = creator.strip()
        if creator.startswith("@"):
            handle = creator[1:].casefold()
            if HANDLE.fullmatch(creator):
                found.append(Lead("user", handle, "named as the creator", True))
        else:
            for handle in guessed_handles(creator):
                found.append(Lead("user", handle, f"guessed from the name {creator!r}", False))
    for tag in HASHTAG.findall(claim):
        found.append(Lead("tag", tag.casefold(), "hashtag in the claim", True))
    unique: dict[tuple[str, str], Lead] = {}
    for lead in found:
        unique.setdefault((lead.kind, lead.value), lead)
    return list(unique.values())


def lead_url(lead: Lead, templates: dict[str, str]) -> str | None:
    template = templates.get(lead.kind)
    return template.replace("{value}", lead.value) if template else None
