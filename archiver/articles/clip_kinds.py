"""Clips named by their kind rather than as "a video": the sixteenth pass's cues, kept
apart from archiver.articles.cues (near its size limit).

    kind_cites(text)   the sentence cites a clip it calls a review, an attack ad, a
                       parody, a Short or a Snap, a length of footage filmed, or a stream
                       broadcast live on a platform

Trade and political copy rarely says "video": "a 47-second review Osei-Lamb posted in
February", "released a 60-second attack ad on X", "posted a parody of the ad", "His most
lucrative Snap of the quarter shows ...", "42 seconds filmed from a bus shelter by ...",
"streamed live for more than an hour". A kind that is also a word for something else
("a review of the policy", "an ad campaign", "a short walk") cites only with a length,
with a platform the sentence names, or as the platform's own word (capitalised).
"""

from __future__ import annotations

import re

from archiver.platforms import NAMED_PLATFORM

# (not what is given in a room as often as filmed: "a 30-minute speech", "a two-minute
# statement", "a 45-minute performance")
_KINDS = (
    r"review|ad|advert|advertisement|parody|spoof|skit|promo|trailer|tutorial|rant|"
    r"montage|compilation|explainer|short|snap|reply|response|tribute|remix|sketch|unboxing|"
    r"vlog|teaser|spot"
)
# a clip by its length: "a 47-second review", "a 60-second attack ad", "a two-minute parody"
_TIMED_KIND = re.compile(
    r"\b(?:\d{1,3}|[a-z]+)-(?:second|minute)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_KINDS})\b(?!\s+(?:of|for)\s+(?:the\s+)?(?:policy|law|bill|rules?|budget|plan)\b)",
    re.I,
)
# a clip of a kind put out on a platform the sentence names: "On TikTok, ... posted a parody
# of the ad", "posted a sponsored follow-up on Instagram"
# (not what may as well be written: "released a statement on Facebook", "posted a reply on
# X")
_PUT_OUT_KIND = re.compile(
    r"\b(?:posted|released|uploaded|shared|published|put\s+out|dropped)\s+(?:a|an|his|her|"
    r"their|its)\s+(?:[\w-]+\s+){0,3}?(?:review|ad|advert|parody|spoof|skit|promo|trailer|"
    r"tutorial|montage|compilation|vlog|unboxing|teaser|follow-up|attack\s+ad)\b",
    re.I,
)
_PLATFORM = re.compile(rf"\b(?:{NAMED_PLATFORM})\b")
# an ad put out by someone: "An attack ad released last week by Citizens for a Safer
# Westfield, a super PAC, used a cloned voice"
_AD_BY = re.compile(
    r"\b(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:ad|advert|spot)\s+(?:released|posted|"
    r"published|run|aired|shared|put\s+out)\s+(?:[^.;]{0,40}?\s)?by\b",
    re.I,
)
# the platform's own word for its clips, capitalised: "posted a Short on Thursday", "His
# most lucrative Snap of the quarter shows"
_PLATFORMS_WORD = re.compile(
    r"\b(?i:a|an|the|his|her|their|its|one|that|this)\s+(?:[\w-]+\s+){0,3}?(?:Short|Snap|Reel)"
    r"(?!s?\s+(?:form|video\s+format|feed|tab|fund|program|programme)\b)\b(?!-)"
)
# footage by its length, filmed: "42 seconds filmed from a bus shelter by student ..."
_SECONDS_FILMED = re.compile(
    r"\b(?:\d{1,3}|[a-z]+)\s+(?:seconds|minutes)\s+(?:of\s+(?:[\w-]+\s+)?(?:footage|video)\s+)?"
    r"(?:filmed|recorded|shot|captured)\b",
    re.I,
)
# broadcast as it happened: "streamed live for more than an hour from a flyover"
_STREAMED_LIVE = re.compile(
    r"\b(?:streamed|broadcast|livestreamed|live-streamed|went)\s+live\b|"
    r"\bclipped\b[^.;]{0,40}?\b(?:up|posted|put|shared)\s+(?:on|to)\b",
    re.I,
)


def kind_cites(text: str) -> bool:
    if _TIMED_KIND.search(text) or _PLATFORMS_WORD.search(text) or _SECONDS_FILMED.search(text):
        return True
    if _AD_BY.search(text):
        return True
    named = _PLATFORM.search(text) is not None
    return named and bool(_PUT_OUT_KIND.search(text) or _STREAMED_LIVE.search(text))
