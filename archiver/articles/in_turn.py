"""Clips told in turn, each named by "one": the next of those the lines before spoke of.

    one_of_the_clips(text, before)  "In the one that made his name, he opens ...",
                                    "The first one to take off shows ...", "Another shows
                                    the queue at 4am", after lines that spoke of clips

Kept apart from archiver.articles.citations, which is at its size limit.
"""

from __future__ import annotations

import re

from archiver.articles.cues import posting_habit

# "In the one that made his name, he opens ...": one of the clips the lines before spoke
# of ("His clips rarely run longer than a minute.")
_ONE_OF_THE_CLIPS = re.compile(
    r"^(?:In|On)\s+(?:the\s+(?:one|latest|newest|first|last)\b[^,]{0,50}|one(?:\s+of\s+them)?),\s+"
    # or as the subject that shows: "The first one to take off shows her cracking four
    # eggs", "Another shows the queue at 4am"
    r"|^(?:Another|One|The\s+(?:first|second|third|next|latest|last|newest|best-known|"
    r"most[\w-]*)\s+one)\b[^.;]{0,50}?\b(?:shows|showed|captures|captured|features|sees)\b"
)
_CLIPS_BEFORE = re.compile(r"\b(?:videos|clips|reels|tiktoks|livestreams)\b", re.I)
ONE_OF_WITHIN = 4  # claims before in which the clips must be spoken of


def one_of_the_clips(text: str, before: list[str]) -> bool:
    """The line names a clip as one of those the lines `before` it (nearest first) spoke
    of: clips in the plural, a habit of posting ("posts a baking video every day"), or one
    of them named the same way ("The first one ..." then "Another ...")."""
    if not _ONE_OF_THE_CLIPS.match(text):
        return False
    return any(
        _CLIPS_BEFORE.search(line) or posting_habit(line) or _ONE_OF_THE_CLIPS.match(line)
        for line in before[:ONE_OF_WITHIN]
    )
