"""A clip named by whose it is: "Medeiros's video had been viewed ...".

    owners_thread(text, thread_of, text_at, citing) -> the opener of that person's thread

News copy names a clip cited earlier by its owner's surname once the owner has been
introduced ("A video posted by a fishing skipper, Duarte Medeiros, shows ..." and,
lines and another clip later, "Medeiros's video had been viewed 2.5 million times").
That is a reference back to the thread whose citing lines name the same person, however
far back it is and whatever thread the text is on; unless the clip is marked as another
("Medeiros's second video", "her latest clip"), which is a clip of its own.
"""

from __future__ import annotations

import re

from archiver.articles.agents import NAME_PARTICLE

_NAME_WORD = r"[A-Z][\w’'-]*?"
_OWNERS_CLIP = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{0,3}})[’']s?\s+"
    r"(?P<marks>(?:[\w-]+\s+){0,2}?)"
    r"(?:video|clip|footage|livestream|live-?stream|reel|recording|vlog|TikTok|post|upload)\b"
    r"(?![-’']?s\b)"
)
_ANOTHER = re.compile(
    r"\b(?:another|second|third|fourth|new|newer|newest|latest|other|earlier|older|later|"
    r"next|separate|different|follow-up|first|previous|own)\b",
    re.I,
)
# Words with a capital that are no one's name: "The video", "Sunday's video"
_NOT_OWNERS = frozenset(
    "The A An This That His Her Their Its It Our My Your Yesterday Today Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday Last Next Week Year".split()
)


def clip_owner(text: str) -> str | None:
    """The name a clip is said to be of ("Le Goff" in "Le Goff's video has ..."), when
    the clip is not marked as another."""
    for found in _OWNERS_CLIP.finditer(text):
        words = found["name"].split()
        while words and words[0] in _NOT_OWNERS:
            words.pop(0)
        if words and not _ANOTHER.search(found["marks"]):
            return " ".join(words)
    return None


def owners_thread(
    text: str, thread_of: dict[int, int], text_at: dict[int, str], citing: set[int]
) -> int | None:
    """The opener of the latest thread one of whose citing lines names the owner of the
    clip `text` speaks of, or None."""
    owner = clip_owner(text)
    if owner is None:
        return None
    named = re.compile(rf"(?<![\w’'-]){re.escape(owner)}(?![\w-])")
    for position in sorted(thread_of, reverse=True):
        if position in citing and named.search(text_at.get(position, "")):
            return thread_of[position]
    return None
