"""A live blog's entries: which one goes on with the clip of the entry before it.

    entry_goes_on(position, text_at, thread_of, tense=True) -> the entry, stamped just
        after one in a thread, goes on describing its clip

"07:15 A video shared by the Met Office shows waves over the sea wall" then "07:16 Spray
reaches the roofs of parked cars": an entry a minute or two after a clip's, telling in
the present what happens, is still that clip. Later, a blog's news in the present is its
own ("11:30 - Kiprono wins"), and archiver.articles.threads keeps it out of the thread.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping

from archiver.articles.claims import stamped_minutes

SAME_ENTRY_MINUTES = 3  # how soon after a clip's entry the next one may go on with it
# A verb in the present telling what happens: "Spray reaches the roofs", "The pair are
# winched up"; not who said what ("The coastguard says ...", "Police tell us ...")
_PRESENT = re.compile(
    r"\b(?:is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en|ing)\b|"
    r"\b[a-z]{3,}(?:s|es)\s+(?:the|a|an|up|down|over|into|from|across|around|on|at|past|"
    r"through|his|her|their|its|out|off|away|back)\b"
)
_SPEECH = re.compile(
    r"\b(?:says|said|tells|told|adds|added|confirms|reports|warns|announced|statement)\b", re.I
)


def entry_goes_on(
    position: int, text_at: Mapping[int, str], thread_of: Container[int], tense: bool = True
) -> bool:
    """The entry at `position` is stamped at most SAME_ENTRY_MINUTES after the one just
    before it, which is in a thread, and (with `tense`) tells in the present what
    happens, not what someone said."""
    now = stamped_minutes(text_at.get(position, ""))
    then = stamped_minutes(text_at.get(position - 1, ""))
    if now is None or then is None or position - 1 not in thread_of:
        return False
    if not 0 <= now - then <= SAME_ENTRY_MINUTES:
        return False
    text = text_at[position]
    return not tense or (bool(_PRESENT.search(text)) and not _SPEECH.search(text))
