"""A lede's clip told again: a line just after a lede that tells of a clip made by someone
it did not name ("A Year 5 teacher whose video of his class ...") may name who filmed or
posted it ("Ifan Rowlands, who teaches at ..., filmed his 28 pupils"), or a court may
tell of it ("The court heard that he uploaded an 11-minute video of the flight").

    retells(text, citation, ...)  -> the line tells how the lede's clip was made
    RETELL_WITHIN                 -> lines after the lede where that may be
    MADE_A                        -> what a named person put out, indefinite
    MADE_ONE                      -> that, or footage put out "of a" something new

Split from archiver.articles.which_clip, which has the marks of another clip these read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from archiver.articles.accounts import a_body_posts_its_own
from archiver.articles.agents import OWN_DEVICE_CAUGHT
from archiver.articles.clip_kinds import MADE_FROM_IT
from archiver.articles.which_clip import (
    VAGUE_PLATFORMS,
    Citation,
    another_clip,
    new_clip,
    stated_platforms,
)

_RELATIVE = re.compile(r"^(?:His|Her|Their)\s+[a-z]")  # a given name: "Her grandson Kieran"
RETELL_WITHIN = 6  # lines after the lede where a named filmer may retell its clip
_RETELLS = re.compile(
    # (or a relative named after: "His wife, Leanne, filmed the race"; or as a court heard
    # it, by surname: "The court heard that Pickett went live on TikTok")
    # ("Her grandson Kieran, 24, who was on the top deck, ...")
    r"^(?:(?:His|Her|Their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
    r"(?:,(?:[^,]|,(?=\d{3})){1,80}){0,2},"
    # ("Retired postwoman Maureen Oakes, 71, filmed herself ...", "Castlemere Rovers hitman
    # Jaylen Okafor-Reid, 23, filmed gran Beryl ...")
    r"|(?:(?:[A-Z][\w’'-]+\s+){1,3}?(?:[a-z][\w-]+\s+){1,2})?"
    r"(?:[A-Z][\w’'-]+\s+){0,2}?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+(?:(?:,(?:[^,]|,(?=\d{3})){1,80}){1,2},)?"
    # (or a description, then the name: "The baker's daughter, Poppy Strand, filmed ...")
    r"|The\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w-]*,\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+"
    r"(?:,(?:[^,]|,(?=\d{3})){1,60})?,"
    # (or whose camera caught it: "Pensioner Pauline Treharne's doorbell camera caught ...")
    r"|(?:[A-Z][\w’'-]+\s+)?(?:[a-z][\w-]+\s+){0,2}(?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+[’']s\s+"
    r"(?:[\w-]+\s+)?(?:camera|doorbell|dashcam|"
    r"phone)(?=\s+(?:caught|captured|recorded|filmed)\b)"
    # ("Prosecutor Miriam Osei told the court that Deverill started a livestream", "The
    # court heard he hid his phone in a spectacle case and went live on YouTube")
    # (where it sits, and the defendant by role and name: "The tribunal in Wexbridge heard
    # that she", "The court heard that the candidate, Yasmin Achterberg-Lowe, was")
    r"|(?:(?:The\s+)?(?:court|jury|inquest|hearing|tribunal)(?:\s+(?:in|at)\s+[A-Z][\w’'-]+)?\s+"
    r"(?:heard|was\s+told)|(?:[A-Z][\w’'-]+\s+)"
    r"{1,3}told\s+the\s+(?:court|jury|inquest|hearing|tribunal))\s+(?:that\s+)?"
    # (when, perhaps in two parts: "on the evening of 4 February, during Storm Hollis, he")
    r"(?:(?:at|on|in|about|around|shortly|just|after|before|during)\s+[\w.:’'-]+"
    r"(?:\s+[\w.:’'-]+){0,5}?,?\s+){0,2}"
    r"(?:the\s+[a-z]+(?:\s+[a-z]+)?,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,|"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|he|she|they)(?:\s+(?:[\w’'-]+\s+){1,10}?and)?"
    # (or the footage, put out by someone named: "Footage posted to TikTok by mum-of-two
    # Holly Bracken shows ..." after "This is the incredible moment a hailstorm ...")
    r"|(?:The\s+)?(?:[\w-]+\s+)?(?i:footage|video|clip|vision)(?:\s+was)?"
    # (or the moment, as a body's own stream caught it: "The moment was caught on the
    # cathedral's own livestream of the service" after "A hawk ... has been watched more
    # than two million times online")
    # (or by a pronoun, the whole of what the lede told: "He streamed the whole attempt on
    # Twitch on his channel, BigJamEats" after "A competitive eater who ate for 24 hours ...
    # has been watched by more than a quarter of a million people online")
    r"|(?:He|She|They)(?=\s+(?:live-?streamed|streamed|filmed|recorded|broadcast)\s+the\s+whole\b)"
    r"|(?:The|That)\s+moment\s+was(?=\s+(?:caught|captured)\s+on\s+(?:the|its|their)\s+"
    r"[^.;]{0,40}?\b(?:live-?stream|stream|broadcast)\b))\s+"
    # ("whipped out his phone and filmed the whole sorry saga")
    r"(?:(?:has|had|then|first)\s+)?(?:(?:was|were)\s+(?=(?:live-?)?streaming|broadcasting|filming|live\b))?"
    r"(?:(?:grabbed|whipped\s+out|pulled\s+out|took\s+out|got\s+out)\s+"
    r"(?:his|her|their)\s+phone\s+and\s+)?(?:filmed|recorded|caught|captured|posted|uploaded|"
    r"shared|streamed|broadcast|"
    r"live-?streamed|(?:went|gone)\s+live|(?:live-?)?streaming|broadcasting|filming|live|"
    r"(?:began|started)\s+(?:broadcasting|streaming|livestreaming|"
    r"filming|a\s+(?:live-?\s?stream|stream|broadcast)))\b"
)


# Or the lede's scene told again, with who filmed it, the clip at the end: "Sergeant Liam
# Costigan, 34, crept in at the back of the hall ..., in footage filmed by his wife Jade"
_IN_CLIP_BY = re.compile(
    r"\bin\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:footage|video|clip|livestream|recording)\s+"
    r"(?:filmed|shot|recorded|captured|taken|posted|shared|streamed)\s+by\b"
    # (or as a court was shown it: "The hearing ... was shown a 38-second video filmed on a
    # friend's phone" after "... while a friend filmed him, an inquest has heard")
    r"|\b(?:was|were)\s+(?:shown|played)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:video|footage|"
    r"clip|recording)\s+(?:filmed|recorded|shot|taken)\b"
    # (or by whose camera caught it: "was fast asleep when her doorbell camera caught the
    # whole thing")
    rf"|\b{OWN_DEVICE_CAUGHT}\s+(?:the\s+whole\s+thing|it\s+all|it|everything|the\s+lot|"
    r"the\s+moment)\b"
    # (or someone filming as it went on: "... put the crook on speaker while grandson Tyler
    # Quayle, 19, streamed the whole call")
    r"|\bwhile\s+(?:(?:his|her|their)\s+)?(?:[a-z]+\s+)?(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    r"(?:,\s+\d{1,3},)?\s+(?:filmed|streamed|recorded|live-?streamed|broadcast)\b",
    re.I,
)


# What a named person put out, indefinite: a clip of the lede's kind retells it, anything
# else made of it is new ("a slowed-down breakdown", "a parody", "a response")
MADE_A = re.compile(
    r"\b(?:posted|uploaded|shared|made|published|released)\s+(?:a|an)\s+"
    r"(?P<words>(?:[\w-]+\s+){0,2}[\w-]+)"
)
# ... or footage put out by whoever holds it, of something new: "The force has also
# released CCTV of a blue flatbed van it believes the men used" (for the choice of clip)
MADE_ONE = re.compile(
    MADE_A.pattern + r"|\b(?:released|published|posted|shared|put\s+out)\s+(?:new\s+|more\s+)?"
    r"(?:CCTV|footage|video|(?:dashcam|bodycam|drone)\s+footage)\s+of\s+(?:a|an|two|three|some)\b"
)
_CLIP_NOUNS = frozenset(
    "video clip footage film reel tiktok livestream stream recording short story post "
    "montage compilation timelapse vlog".split()
)
_COURT_HEARD = re.compile(
    r"^(?:The\s+)?(?:court|jury|inquest|hearing|tribunal)\s|^(?:[A-Z][\w’'-]+\s+){1,3}told\s+the\s+"
    r"(?:court|jury|inquest|hearing|tribunal)\b",
    re.I,
)
_LIVE_OR_PUT_OUT = re.compile(
    r"\b(?:live|live-?stream\w*|stream\w*|broadcast\w*|posted|uploaded|published|film(?:ed|ing)?)\b",
    re.I,
)
_ANOTHER_TIME = re.compile(
    r"\b(?:again|once\s+more|(?:a|the\s+next|one)\s+(?:day|week|month|year)\s+later|"
    r"(?:days|weeks|months|years)\s+later)\b",
    re.I,
)
_PUT_OUT_BY = re.compile(
    r"\b(?:released|published|issued|shared|posted)\s+by\b|\b(?:CCTV|security[\s-]camera)\b", re.I
)


# A clip made since the moment, by one in it: "has since hit back in a tearful video of her
# own", "has now posted ..."
_MADE_SINCE = re.compile(r"\b(?:of\s+(?:his|her|their)\s+own|ha(?:s|ve)\s+(?:since|now)\b)", re.I)


# The tabloid's lede shows its clip ("THIS is the hilarious moment a councillor ..."): the
# first citing line after it tells who made it or where, not a clip of its own
THIS_IS_THE_MOMENT = re.compile(r"^(?:THIS|This)\s+is\s+the\s+(?:[\w-]+\s+){0,2}?moment\b")


def retells(
    text: str,
    citation: Citation,
    by_position: Mapping[int, Citation],
    thread_of: dict[int, int],
    lede: int,
    text_at_lede: str,
) -> bool:
    """The story's lede told of a clip by someone it did not name ("A Year 5 teacher whose
    video of his class ..."); a line just after that names a person filming or posting
    ("Ifan Rowlands, who teaches at ..., filmed his 28 pupils") tells how that clip was
    made, unless it marks its clip as another or puts it on another platform."""
    opened = by_position[lede]
    if (
        THIS_IS_THE_MOMENT.match(text_at_lede)
        and all(opener == lede for opener in thread_of.values())  # (no other clip told yet)
        and not (another_clip(text, "") or MADE_FROM_IT.search(text) or _MADE_SINCE.search(text))
    ):
        # ("Independent candidate Gary Pendle-Oakes was recording a campaign video for
        # TikTok when the bird swooped"; not "has now posted a grovelling apology")
        made = MADE_A.search(text)
        return not made or any(w.lower().rstrip("s") in _CLIP_NOUNS for w in made["words"].split())
    told_again = _IN_CLIP_BY.search(text)
    if opened.creator is not None or not (_RETELLS.match(text) or told_again):
        return False
    # (or the body the lede told of, named: "Hollins Cross Primary ... broadcast
    # Wednesday's races live on its Facebook page" after "A village primary school that
    # livestreamed its sports day ...")
    body_named = citation.creator is None and a_body_posts_its_own(text)
    if citation.creator is None and not (
        _COURT_HEARD.match(text) or _RELATIVE.match(text) or body_named
    ):
        return False  # (a court tells of the defendant by a pronoun: "The court heard he")
    if (_PUT_OUT_BY.search(text_at_lede) or a_body_posts_its_own(text_at_lede)) and not body_named:
        return False  # "CCTV footage released by the hospital": not a clip someone filmed
    # (a court telling of the defendant's stream tells of the lede's: "told the court that
    # Deverill started a livestream" after "A man who broadcast himself live ...")
    # (or of the defendant's upload: "The court heard that he uploaded an 11-minute video
    # of the flight" after "A man who flew a drone ... and posted the footage online")
    court_stream = bool(_COURT_HEARD.match(text) and _LIVE_OR_PUT_OUT.search(text_at_lede))
    if new_clip(text) and not (court_stream or told_again):
        return False
    if another_clip(text, "") or MADE_FROM_IT.search(text):
        return False
    if _ANOTHER_TIME.search(text):
        return False  # "went live again on Twitch a week later"
    made = MADE_A.search(text)
    if made and not any(w.lower().rstrip("s") in _CLIP_NOUNS for w in made["words"].split()):
        return False  # "posted a slowed-down breakdown on YouTube Shorts": a new thing made
    platforms = stated_platforms(by_position, thread_of, lede)
    return citation.platform in VAGUE_PLATFORMS or not platforms or citation.platform in platforms
