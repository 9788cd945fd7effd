"""Clips told in turn: the next of those the lines before spoke of, or the one in play.

    one_of_the_clips(text, before)  "In the one that made his name, he opens ...",
                                    "The first one to take off shows ...", "Another shows
                                    the queue at 4am", after lines that spoke of clips
    SET_APART                       "The video that changed everything", "The video he
                                    is proudest of": one clip of its maker's, picked out
    owns_another(text, thread_text) "The regatta's own stream of the same race ...":
                                    another clip than the thread's, by its owner's own
    the_clip_in_play(text, counted) "It also has just under forty thousand likes",
                                    "Sundqvist posted the film on Instagram": the clip
                                    just spoken of, counted or put on a platform

Kept apart from archiver.articles.citations, which is at its size limit.
"""

from __future__ import annotations

import re

from archiver.articles.account_lines import posting_habit

# "In the one that made his name, he opens ...": one of the clips the lines before spoke
# of ("His clips rarely run longer than a minute.")
_ONE_OF_THE_CLIPS = re.compile(
    r"^(?:In|On)\s+(?:the\s+(?:one|latest|newest|first|last)\b[^,]{0,50}|one(?:\s+of\s+them)?),\s+"
    # or as the subject that shows: "The first one to take off shows her cracking four
    # eggs", "Another shows the queue at 4am"
    r"|^(?:Another|One|The\s+(?:first|second|third|next|latest|last|newest|best-known|"
    r"most[\w-]*)\s+one)\b[^.;]{0,50}?\b(?:shows|showed|captures|captured|features|sees)\b"
)
# A clip picked out by what it did for its maker, or by what they think of it: "The video
# that changed everything", "The video he is proudest of", "The one that made her name"
SET_APART = re.compile(
    r"^(?:In\s+)?(?:the|her|his|their)\s+(?:[\w-]+\s+)?(?:video|clip|reel|tiktok|post|stream|"
    r"livestream|one)\s+(?:(?:that|which)\s+(?P<did>changed\s+everything|started\s+(?:it|"
    r"(?:it\s+)?all|everything)|made\s+(?:her|his|their|its)\s+name|put\s+(?:her|him|them|it)\s+"
    r"on\s+the\s+map|launched\s+(?:her|his|their)\b)|(?:she|he|they)\s+(?:is|are|was|were)\s+"
    r"(?P<thinks>(?:most\s+)?proud(?:est)?\s+of|best\s+known\s+for))"
    # or by when it was posted: "Her reel this week, a 60-second tour of ..."
    r"|^(?:her|his|their)\s+(?:latest\s+|new\s+)?(?:video|clip|reel|tiktok|post|vlog)\s+"
    r"(?P<when>(?:this|last)\s+(?:week|weekend|month))\b",
    re.I,
)
# Clips in the plural: several spoken of together ("posted videos of herself ...")
CLIPS = re.compile(r"\b(?:videos|clips|reels|tiktoks|livestreams|streams)\b", re.I)
ONE_OF_WITHIN = 4  # claims before in which the clips must be spoken of


def one_of_the_clips(text: str, before: list[str]) -> bool:
    """The line names a clip as one of those the lines `before` it (nearest first) spoke
    of: clips in the plural, a habit of posting ("posts a baking video every day"), or one
    of them named the same way ("The first one ..." then "Another ...")."""
    if not _ONE_OF_THE_CLIPS.match(text):
        return False
    return any(
        CLIPS.search(line) or posting_habit(line) or _ONE_OF_THE_CLIPS.match(line)
        for line in before[:ONE_OF_WITHIN]
    )


# "It also has just under forty thousand likes", "The breakdown has drawn 350,000 views",
# "Half a million people have liked it": a count whose clip is named only by a pronoun or
# a definite noun as subject (or "it" as object) is the clip just spoken of
_COUNT_OF_IT = re.compile(
    # (or after a clause: "More than 3.2 million, and it has 410,000 likes")
    # ("and her video has" after a clause is another's: "A fan filmed it, and her video")
    # (or told to us: "They tell us it's had about 870,000 views")
    r"^(?:[^,]{0,60},\s+(?:(?:and|but)\s+(?=it\s))?|(?:as\s+of|by|on|within|after)\s+\w+\s+|"
    r"(?:they|he|she|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:tells?|told)\s+(?:us|me)\s+(?:that\s+)?)?"
    r"(?:it|(?:the|that|this|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:has|have|had|was|were|is|drew|draws|got|gets|reached|racked|passed|hit|topped|"
    r"earned|amassed|attracted|picked|clocked|now|also|since|already|went|quickly)\b)"
    r"|\b(?:liked|shared|viewed|watched|reposted|commented\s+on|saved)\s+it\b"
    r"|^(?:at|by)\s+its\s+(?:peak|height)\b",  # "At its peak, 95,000 people were watching"
    re.I,
)
_TURN_LABEL = re.compile(r"^\s*(?:Q|A|Question|Answer)\s*[:.]\s+")  # an interview's turn
_OWNED = re.compile(
    r"\b(?:its|their|his|her)\s+own\b|[’']s?\s+(?:[\w-]+\s+){0,2}?(?:video|clip|footage|post|"
    r"reel|stream|livestream|recording|upload|tiktok)\b",
    re.I,
)
# The clip in play put on a platform by its maker: "Sundqvist posted the film on
# Instagram, where it has been seen 1.4 million times"
_POSTED_THE_CLIP = re.compile(
    r"\b(?:posted|uploaded|shared|put)\s+(?:the|her|his|their)\s+(?!own\b)(?:[\w-]+\s+)?(?:video|clip|"
    r"footage|film|recording|reel)\s+(?:on|to|onto)\b",
    re.I,
)


def the_clip_in_play(text: str, counted: bool) -> bool:
    """The line counts (`counted`: it states a count of a clip) or posts a clip it names
    only by a pronoun or a definite noun: the clip just spoken of, on whatever platform.
    Not someone's own clip, nor one named by its owner, which archiver.articles.threads
    places by owner."""
    if _OWNED.search(text):
        return False
    text = _TURN_LABEL.sub("", text, count=1)  # ("A: By breakfast it had 400,000 views.")
    return bool((counted and _COUNT_OF_IT.search(text)) or _POSTED_THE_CLIP.search(text))


# A clip told by its owner's own, at the head of the line ("The regatta's own stream of the
# same race had 1,250 viewers", "Abernethy-Lowe's own video, from a phone taped to his
# rigger, shows ...", "NEWSREADER: The cyclist's own helmet camera recorded it as well")
_OWNS_ITS_OWN = re.compile(
    r"^(?:(?-i:[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3}):\s+)?(?:the\s+(?P<noun>[a-z-]+"
    r"(?:\s+[a-z-]+)?)|(?P<name>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?))[’']s?\s+own\s+"
    r"(?:[\w-]+\s+){0,2}?(?:video|clip|stream|livestream|footage|recording|camera|film|"
    r"broadcast|reel)\b",
    re.I,
)


def owns_another(text: str, thread_text: str) -> bool:
    """The line tells of its owner's own clip, and the thread's line named no such owner:
    another clip than the thread's (not when the thread is unknown, `thread_text` empty)."""
    found = _OWNS_ITS_OWN.match(text.strip())
    if found is None or not thread_text:
        return False
    owner = (found["noun"] or found["name"]).split()[-1]
    return not re.search(rf"\b{re.escape(owner)}", thread_text, re.I)
