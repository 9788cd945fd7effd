"""A reporter's package in a bulletin transcript: the newsreader tells of a clip, then
hands over ("PRESENTER: Our reporter Callum Ferris is at the airport.", "NEWSREADER:
Danuta Rees reports."), and the reporter's lines retell the story, the clip with it ("So
one passenger went live on Facebook ..."): the newsreader's clip, not another.

    handed_to(text)     -> the reporter a line hands over to, upper-cased, or None
    speaks(text, name)  -> the line is that reporter's turn

Kept apart from archiver.articles.threads, which places the reporter's citing lines.
"""

from __future__ import annotations

import re

from archiver.articles.claims import SPEAKER_LABEL

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
