"""Leads: where a citation's clip might be listed, read from what the article gives.

A handle written as `@name` is trusted; a display name ("Hugh Chongqing") gives
guessed handles (hughchongqing, hugh.chongqing, hugh_chongqing), each listed but kept
only when the profile's own name matches; a hashtag in the claim gives a tag list, and
one elsewhere in the article a tag list of lower weight; the sound of a clip already
linked in the same thread gives a sound list (a re-upload usually keeps the sound).

A lead's weight is what being listed under it adds to a post's rank (rank.py): a
profile says nothing beyond "the creator's" (the creator signal does that), a sound
the thread's clip shares says much, a hashtag the claim names some, one elsewhere in
the article little.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

HANDLE = re.compile(r"(?<![\w@])@([A-Za-z0-9_][A-Za-z0-9_.]{1,29})")
HASHTAG = re.compile(r"(?<![\w#&])#(\w{2,50})")
NAME_WORD = re.compile(r"[^\W\d_]+|\d+")
SLUG_WORD = re.compile(r"[A-Za-z0-9]+")
MAX_GUESS_WORDS = 4  # a longer "name" is a phrase, not a person
# Each tag is a listing (a request or more); an article stuffed with hashtags must not
# turn into hundreds of them per citation.
MAX_CLAIM_TAGS = 5
MAX_ARTICLE_TAGS = 3  # the article's most used ones
MAX_SOUNDS = 3

WEIGHT_USER = 1.0
WEIGHT_SOUND = 0.8
WEIGHT_CLAIM_TAG = 0.6
WEIGHT_ARTICLE_TAG = 0.3

# How a lead becomes a URL yt-dlp can list; configurable so another platform, or a
# test's loopback site, stands in for TikTok. A sound's value is `{slug}-{music id}`,
# the form yt-dlp's tiktok:sound reads (https://www.tiktok.com/music/NAME-ID).
DEFAULT_TEMPLATES = {
    "user": "https://www.tiktok.com/@{value}",
    "tag": "https://www.tiktok.com/tag/{value}",
    "sound": "https://www.tiktok.com/music/{value}",
}


@dataclass(frozen=True)
class Lead:
    kind: str  # user, tag, sound
    value: str
    origin: str
    trusted: bool
    weight: float = WEIGHT_USER
    # named by the article itself (a handle, a hashtag in the claim): failing to list it
    # is a failure of the run; a guess, a sound or another sentence's hashtag is not
    named: bool = False


@dataclass(frozen=True)
class Sound:
    """The sound of a clip linked in the citation's thread."""

    clip_id: str
    music_id: str
    title: str | None


def guessed_handles(name: str) -> list[str]:
    """The handles a display name is most often turned into."""
    parts = [p.casefold() for p in NAME_WORD.findall(name)]
    if not parts or len(parts) > MAX_GUESS_WORDS:
        return []
    return list(dict.fromkeys(sep.join(parts) for sep in ("", ".", "_")))


def hashtags(text: str | None) -> list[str]:
    """The hashtags in `text`, casefolded, most used first (first seen breaks ties)."""
    counts = Counter(tag.casefold() for tag in HASHTAG.findall(text or ""))
    return [tag for tag, _ in counts.most_common()]


def sound_value(sound: Sound) -> str:
    """`{slug}-{id}`: the music's title in URL words, then its id."""
    slug = "-".join(SLUG_WORD.findall(sound.title or ""))[:60].strip("-") or "sound"
    return f"{slug}-{sound.music_id}"


def leads_for(
    claim: str,
    creator: str | None,
    article_text: str | None = None,
    sounds: Iterable[Sound] = (),
) -> list[Lead]:
    """Every lead a citation gives, in the order worth trying."""
    found: list[Lead] = []
    for handle in HANDLE.findall(claim):
        handle = handle.casefold().rstrip(".")
        found.append(Lead("user", handle, "named in the claim", True, named=True))
    if creator:
        creator = creator.strip()
        if creator.startswith("@"):
            handle = creator[1:].casefold()
            if HANDLE.fullmatch(creator):
                found.append(Lead("user", handle, "named as the creator", True, named=True))
        else:
            for handle in guessed_handles(creator):
                found.append(Lead("user", handle, f"guessed from the name {creator!r}", False))
    for sound in list(sounds)[:MAX_SOUNDS]:
        origin = f"sound of {sound.clip_id}, linked in the same thread"
        found.append(Lead("sound", sound_value(sound), origin, True, WEIGHT_SOUND))
    in_claim = hashtags(claim)[:MAX_CLAIM_TAGS]
    for tag in in_claim:
        found.append(Lead("tag", tag, "hashtag in the claim", True, WEIGHT_CLAIM_TAG, named=True))
    elsewhere = [tag for tag in hashtags(article_text) if tag not in in_claim]
    for tag in elsewhere[:MAX_ARTICLE_TAGS]:
        found.append(Lead("tag", tag, "hashtag elsewhere in the article", True, WEIGHT_ARTICLE_TAG))
    unique: dict[tuple[str, str], Lead] = {}
    for lead in found:
        unique.setdefault((lead.kind, lead.value), lead)
    return list(unique.values())


def lead_url(lead: Lead, templates: dict[str, str]) -> str | None:
    template = templates.get(lead.kind)
    return template.replace("{value}", lead.value) if template else None
