"""Speech quoted in a line about a clip.

    speech_in(text)   quotations of three words or more, in order
    quotes_in(text)   quoted speech, and whether a quotation runs on into the next line

Curly and straight quotation marks, double and single; a single quotation mark inside a
word is an apostrophe ("I'm"), not a quotation.
"""

from __future__ import annotations

import re

_QUOTE_PAIRS = (
    re.compile(r"“([^”]+)”"),
    re.compile(r"(?:^|(?<=[\s(\[—–-]))‘(.+?)’(?!\w)"),
    re.compile(r"(?:^|(?<=[\s(\[—–-]))\"([^\"]+)\""),
    re.compile(r"(?:^|(?<=[\s(\[—–-]))'(.+?)'(?!\w)"),
)
OPENING = "‘“'\""
CLOSING = "’”'\""


def speech_in(text: str) -> list[re.Match[str]]:
    """Quotations of three words or more ("coffins" is a scare quote), in order."""
    found = [m for pattern in _QUOTE_PAIRS for m in pattern.finditer(text)]
    return sorted((m for m in found if len(m.group(1).split()) >= 3), key=lambda m: m.start())


def quotes_in(text: str) -> tuple[str | None, bool]:
    """Quoted speech, and whether the claim ends inside an open quotation."""
    speech = [m.group(1).strip().rstrip(",") for m in speech_in(text)]
    if speech:
        return " … ".join(dict.fromkeys(speech)), False
    stripped = text.strip()
    if stripped[:1] in OPENING and stripped.rstrip(".!?…")[-1:] not in CLOSING:
        return stripped[1:].strip(), True  # a quotation that runs on into the next claim
    return None, False
