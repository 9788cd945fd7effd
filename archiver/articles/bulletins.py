"""A reporter's package in a bulletin transcript: the newsreader tells of a clip, then
hands over ("PRESENTER: Our reporter Callum Ferris is at the airport.", "NEWSREADER:
Danuta Rees reports."), and the reporter's lines retell the story, the clip with it ("So
one passenger went live on Facebook ..."): the newsreader's clip, not another.

    handed_to(text)     -> the reporter a line hands over to, upper-cased, or None
    speaks(text, name)  -> the line is that reporter's turn
    played_thread(text, thread_of, text_at) -> the clip a transcript's turn played from it
                           names ("(CLIP - OWAIN PASCOE'S VIDEO) CHILD: ..."), or None

Kept apart from archiver.articles.threads, which places the reporter's citing lines.
"""

from __future__ import annotations

import re
from itertools import islice

from archiver.articles.claims import SPEAKER_LABEL
from archiver.text import name_pattern

_HANDOVER = re.compile(
    r"^[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3}(?:\s*\([^()]{1,60}\))?:\s+"
    # (after what the newsreader tells first: "... in three hours. Our reporter ...")
    r"(?:[^.!?]{1,300}[.!?]\s+){0,3}?"
    r"(?P<ours>(?:And\s+)?(?:[Oo]ur|[Hh]ere's\s+our)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:reporter|correspondent|editor)\s+)?"
    # a full name: "Bethan has more rain on the way" is the weather, no package
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s+"
    r"(?:reports|is\s+(?:at|in|on|outside|there)\b|has\s+(?:the\s+story|more|been\s+to)|"
    r"sent\s+(?:this|us\s+this)\s+report|joins\s+us|"
    # (our reporter, gone to the story: "went to meet her", "was there", "has been speaking
    # to them")
    r"(?(ours)(?:went|was|has|is|met|spoke|caught)\b|(?!)))[^.]{0,80}\.\s*$"
)


def handed_to(text: str) -> str | None:
    found = _HANDOVER.match(text.strip())
    return found["name"].upper() if found else None


def speaks(text: str, name: str) -> bool:
    """The line's speaker label names the reporter ("CALLUM FERRIS-NAKAMURA:", "REPORTER
    (DAFYDD MAYHEW):")."""
    label = SPEAKER_LABEL.match(text.strip())
    return bool(label) and name in label.group(0).upper()


# A transcript's turn played from a clip, which it names: "(CLIP - TARIQ HOLLIS'S VIDEO)",
# "(CLIP - DOORBELL CAMERA)", "(CLIP - THE QUIET WRENCH LIVESTREAM)"
_PLAYED_FROM = re.compile(r"^[\[(]CLIP\s*[-–—,:]\s*(?P<label>[^\[\]()]{1,60})[\])]")
# words of such a label that say only that it is a clip
_CLIP_WORDS = frozenset(
    "THE A VIDEO CLIP FOOTAGE LIVE LIVESTREAM STREAM RECORDING FILM REEL TIKTOK POST".split()
)
PLAYED_READS = 240  # thread members, the latest first


def played_thread(text: str, thread_of: dict[int, int], text_at: dict[int, str]) -> int | None:
    """The thread of the latest line that names what the turn's label names: the owner
    ("(CLIP - TARIQ HOLLIS'S VIDEO)": the thread that named Tariq Hollis), or else the
    label's other words ("DOORBELL CAMERA", "THE QUIET WRENCH LIVESTREAM"); None when no
    line of a thread names it."""
    found = _PLAYED_FROM.match(text)
    if found is None:
        return None
    label = found["label"].strip()
    owner, _, _ = label.partition("'S ") if "'S " in label else label.partition("’S ")
    words = owner.split() if owner != label else [w for w in label.split() if w not in _CLIP_WORDS]
    words = [w for w in words if len(w) > 2 or w.isdigit()]
    if not words:
        return None
    names = name_pattern(r"\b" + r"\b[^.;]{0,40}?\b".join(map(re.escape, words)) + r"\b", re.I)
    for position in islice(reversed(thread_of), PLAYED_READS):  # (the latest first)
        if names.search(text_at.get(position, "")):
            return thread_of[position]
    return None
