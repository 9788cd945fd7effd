"""Who made a clip as the subject of a line, for archiver.articles.stated: a clip made from
another or a broadcast begun ("Dancer Kemi Faloye stitched Amadi's tuba clip"), a clip made
from the one in play by its maker ("has been stitched by dietitian Rohan Vaskar"), and the
last resorts, someone named as a line opens who puts a clip up, or someone told first by who
they are and then named; and who filmed it told in a cleft ("It is her grandson, ..., who
has filmed the video"), as kin by a given name ("Her granddaughter, Poppy, has put
together a TikTok montage") or as someone who was filming ("Her nephew, Connor, 19, was
filming from the front row"). Split from stated.py to keep each module short.
"""

from __future__ import annotations

import re

from archiver.articles.agents import KIN, NAME_PARTICLE, NOT_A_COMMA, NOT_AFTER_PREPOSITION
from archiver.articles.clip_kinds import MADE_FROM_BY
from archiver.articles.dates import PUBLISH_VERB
from archiver.articles.letters import CAPITAL, MARKS
from archiver.platforms import NAMED_PLATFORM

_NAME_WORD = rf"[{CAPITAL}][\w{MARKS}’'.-]*"  # (as archiver.articles.stated reads a name)


# Who made a clip from another, or went live, as the subject: "Dancer Kemi Faloye stitched
# Amadi's tuba clip", "Streamer Kenji Ward, who has 410,000 followers, reacted to the catch"
MAKER_OF_NEW = re.compile(
    rf"(?<![\w’']){NOT_AFTER_PREPOSITION}(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{0,3}})(?:,\s+\d{{1,3}}(?=,))?(?:,\s+{NOT_A_COMMA}{{2,80}},)?\s+"
    # ("Vasko himself stitched the clip"; "Derek Fulwell-Kane, 71, two doors down, has since")
    r"(?:(?:himself|herself|themselves)\s+)?(?:has\s+|had\s+|then\s+|later\s+|also\s+)?"
    r"(?:since\s+)?"
    r"(?:stitched|duetted|remixed|reacted\s+(?:live\s+)?to|"
    # or who began a broadcast: "Lenka Oravec, a law student, began broadcasting on Twitch"
    r"(?:began|started)\s+(?:broadcasting|streaming|livestreaming|live-?streaming|filming|"
    r"recording|vlogging)|"
    r"(?:just\s+)?(?:went|gone)\s+live|"
    # or who put out a clip of their own: "Tang, a PE teacher from Wuxiang, later posted his
    # own video", "Ashby waded in with a TikTok of his own"
    r"(?:posted|uploaded|shared|released|made)\s+(?:his|her|their)\s+(?i:own)|"
    # ("Marchetti replied on TikTok with a video of his own")
    r"(?:\w+\s+(?:in|back)|(?:answered|replied|responded)\s+on\s+[A-Z][\w-]*|(?:answered|"
    r"replied\s+to|responded\s+to)\s+(?:the|this|that|his|her|"
    r"their|it|[A-Z][\w’'-]+[’']s)(?:\s+[\w-]+)?)\s+with\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?i:video|clip|tiktok|reel|post|story)\s+of\s+(?:his|her|their)\s+own|"
    # or who answered with a clip: "Clinical dietitian Ritika Anand, ..., responded with a reel
    # in which she plays Sethi's clip"
    r"(?:responded|replied|answered|hit\s+back|fired\s+back)\s+with\s+(?:a|an)\s+(?:[\w-]+\s+)"
    r"{0,2}?(?i:video|clip|tiktok|reel|post|stitch|duet|short))\b"
)


# a clip made from the one in play, by its maker: "Ms Durant's original has been stitched by
# accredited practising dietitian Rohan Vaskar"
STITCHED_BY = re.compile(
    MADE_FROM_BY + r"\s+"
    # (roles between, not a place or a manner: "stitched by hand in Lyon")
    r"(?:(?!(?:in|at|on|of|from|with|hand|machine)\b)[a-z][\w-]*\s+){0,4}?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
)


# Someone named as a line opens (after a speaker's label, a role word or "The landlord,"),
# then an age or a phrase set apart, who goes live or puts a clip up: "Deckhand Tegen
# Hocking, 19, the youngest of the crew, has gone live on TikTok", "The landlord, Gethin
# Marlow-Osei, put the footage from his security camera on the pub's Facebook page"
PUT_IT_UP = re.compile(
    rf"^(?:[A-Z][A-Z .()’'-]+:\s+)?(?:[A-Z][a-z]+\s+(?=[A-Z])|The\s+[a-z]+(?:\s+[a-z]+)?,\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})(?:,\s+[^,;.]{{1,40}}){{0,2}},?\s+"
    r"(?:has\s+|had\s+)?(?:(?:himself|herself|themselves)\s+)?(?:gone\s+live|went\s+live|put\s+"
    r"(?:the|her|his|their|a)\s+[^.;]{0,60}?"
    # (put on a page or a platform: not "put the plans on hold", "on the agenda")
    r"\s+on\s+(?:(?:the|her|his|their|its)\s+(?:[\w’'-]+\s+){0,2}?(?:page|account|channel|story|"
    rf"feed|profile)\b|(?:(?:the|her|his|their|its)\s+)?(?:{NAMED_PLATFORM})\b)|"
    r"(?:re-?)?posted\s+(?:the|a|her|his|their)\s+)"
)
# ... or made by someone told first by who they are, then named: "recorded by the occupier
# of No 9, Mrs Gillian Throssell-Adeyemi, from her front bedroom window", "filmed by the
# next passenger in the queue, Dougie Arkwright-Bassey, and posted on Threads"
BY_WHO_THEY_ARE = re.compile(
    r"\b(?:recorded|filmed|shot|captured|posted|uploaded)\s+by\s+(?:the|a|an|her|his|their)\s+"
    r"[^,.;]{1,40},\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})(?=,|\s+(?:and|from|for|on|who)\b|\.?$)"
)


# Someone named who was there when it happened and got their phone out, the tabloids' way:
# "Her grandson Callum Tilsley-Adeyemi, 19, was sitting in the third pew when he whipped out
# his phone and filmed the whole howling spectacle"
PHONE_OUT = re.compile(
    rf"^(?:(?:[A-Z][a-z]+|(?:His|Her|Their)\s+[a-z]+)\s+(?:[a-z][\w-]*\s+){{0,2}})?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})(?:,\s+{NOT_A_COMMA}{{1,40}},)?\s+"
    r"(?:was|were|had\s+been)\s+[^.;]{0,120}?\b(?:whipped|pulled|took|got|grabbed)\s+(?:out\s+)?"
    r"(?:his|her|their)\s+(?:phone|mobile|camera)\b"
)

# ... or who was filming as it happened: "Her nephew, Connor, 19, was filming from the front
# row of deckchairs", "Grandson Tyler Fairclough-Adebayo, 22, was filming from the side"
WAS_FILMING = re.compile(
    rf"^(?:(?:(?:His|Her|Their)\s+(?:[a-z-]+\s+)?)?(?i:{KIN}),?\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})(?:,\s+\d{{1,3}})?,?\s+"
    r"(?:was|had\s+been)\s+(?:(?:busy|already|still|also|happily)\s+)?filming\b"
)

# ... or who filmed themselves, in a line of what they did: "Baker Colm Varga-Ndlovu made a
# working key out of shortbread, filmed himself opening his front door with it and ..."
FILMED_THEMSELVES = re.compile(
    rf"^(?:[A-Z][a-z]+\s+(?=[A-Z]))?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
    rf"(?:,\s+{NOT_A_COMMA}{{1,40}},)?\s+(?:[^.;]{{0,80}}?,\s+)?(?:(?:has|had|then|also)\s+)?"
    r"(?:filmed|recorded)\s+(?:himself|herself|themselves)\b"
)


# A cleft, as translations and some news put it: "It is her grandson, jilata Wilmer Condori
# Ticona, 20 years, student of ..., who has filmed the video", "It was his son, Lammii
# Caalaa (34), a teacher in the town, who filmed the video"
CLEFT = re.compile(
    r"^(?:[^,]{0,40},\s+)?It\s+(?:is|was)\s+(?:(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}?"
    rf"[a-z-]+,\s+)?(?:[a-z]+\s+)?(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{0,3}})"
    r"(?:\s*\(\d{1,3}\))?(?:,[^.;]{0,120}?,)?\s+who\s+(?:has\s+|had\s+)?(?:also\s+)?"
    r"(?:filmed|recorded|shot|took|made|posted|uploaded)\b"
)
# Kin in apposition, named by a given name alone: "Her granddaughter, Poppy, has put
# together a TikTok montage of old family photographs"
KIN_BY_GIVEN_NAME = re.compile(
    rf"\b(?i:his|her|their)\s+(?:[a-z-]+\s+)?{KIN},\s+(?P<name>{_NAME_WORD}"
    rf"(?:\s+{_NAME_WORD}){{0,3}})(?:,\s+\d{{1,3}})?,\s+(?:has\s+|had\s+)?(?:also\s+|since\s+|now\s+)?"
    rf"(?:{PUBLISH_VERB}|put\s+together|made|went\s+live)\b"
)
