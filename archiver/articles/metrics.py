"""Every audience figure a sentence states about a clip or its account.

    metrics_stated(text) -> [StatedMetric]   "18 million views, 2.1 million likes and
                                             45,300 comments" -> three metrics

Kinds: views (views, plays, watches), likes (likes, hearts), comments, shares (shares,
reposts, retweets), saves (saves, bookmarks), and followers (followers, subscribers,
fans), which belong to the account, not the clip. A qualifier keeps how the figure was
hedged: "more than", "nearly" or "about" (None for a plain figure). Numbers in words
("seven million", "roughly two million") are read by text2num rather than a table of
our own; abbreviations ("3.4m", "120k", "1.2bn") and digits with commas, or with the
points and spaces translated copy keeps ("310.000", "40 000"), by the pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from archiver.articles.clip_kinds import TELLS_A_STREAM
from archiver.platforms import NAMED_PLATFORM


@dataclass(frozen=True)
class StatedMetric:
    kind: str  # views, likes, comments, shares, saves, followers
    value: int | None  # None for a count with no figure: "millions of views"
    qualifier: str | None  # "more than", "nearly", "about", or None
    stated: str  # the words as written, for showing beside the check

    @property
    def of_account(self) -> bool:
        return self.kind == "followers"


_KINDS = {
    "view": "views", "play": "views", "watch": "views", "watched": "views", "seen": "views",
    "viewed": "views", "played": "views", "like": "likes", "heart": "likes", "liked": "likes",
    "comment": "comments", "commented": "comments", "share": "shares", "shared": "shares",
    "repost": "shares", "reposted": "shares", "retweet": "shares", "retweeted": "shares",
    "save": "saves", "saved": "saves", "bookmark": "saves", "follower": "followers",
    "subscriber": "followers", "fan": "followers", "viewer": "views", "watcher": "views",
    # the platforms' own words: Reddit's upvotes, Facebook's reactions, Bilibili's
    # favourites, replies to a post, forwards on Weibo and WhatsApp
    "upvote": "likes", "upvoted": "likes", "reaction": "likes", "favourite": "saves",
    "favorite": "saves", "favourited": "saves", "reply": "comments", "replies": "comments",
    "forward": "shares", "forwarded": "shares", "watching": "views", "tuned": "views",
    "viewership": "views", "audience": "views", "reshared": "shares", "re-shared": "shares",
    # translated copy: Portuguese and Spanish "reproduções", "visualizaciones"
    "reproduction": "views", "visualisation": "views", "visualization": "views",
    "click": "views", "clicked": "views", "stream": "views", "livestream": "views",
    "broadcast": "views", "live": "views", "i like": "likes", "in front of": "views",
    # and Polish "wyświetlenia", "udostępnienia", "internauci", kept literal
    "display": "views", "sharing": "shares", "internaut": "views",
    # Greek "προβολές" and Vietnamese "lượt xem", kept literal: "1,4 million projections",
    # "1,2 million turns of viewing"
    "projection": "views", "turns of viewing": "views", "turns of views": "views",
    # (Scandinavian "visningar", kept literal: "1,2 million viewings")
    "viewing": "views",
}  # fmt: skip
_QUALIFIERS = {
    "more than": "more than", "over": "more than", "upwards of": "more than",
    "well over": "more than", "just over": "more than", "well above": "more than",
    "at least": "more than", "in excess of": "more than", "north of": "more than",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "about": "about", "around": "about", "roughly": "about", "some": "about",
    "approximately": "about", "an estimated": "about", "circa": "about", "up to": "nearly",
}  # fmt: skip
_MULTIPLIERS = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6}
_MULTIPLIERS |= {"billion": 10**9, "bn": 10**9, "b": 10**9}
# South Asian copy counts in lakhs and crores: "80 lakh views" is eight million
_MULTIPLIERS |= {"lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7}
_UNITS = "one two three four five six seven eight nine ten eleven twelve".split()
_UNITS += "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_DIGIT_WORDS = ["zero", "nought", *_UNITS[:9]]
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORD = "|".join([*_TENS, *_UNITS, "hundred", "thousand", "million", "billion"])
_WORDS = rf"(?:a\s+|one\s+)?(?:(?:{_NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?={_NUMBER_WORD}))?)+"
_VAGUE = r"(?:millions|thousands|hundreds of thousands|tens of thousands|hundreds|billions)\s+of"
_QUALIFIER = "|".join(sorted(_QUALIFIERS, key=len, reverse=True))
_FIGURE = (
    rf"(?:(?P<qualifier>{_QUALIFIER})\s+)?"
    # (a decimal comma before a multiple, as translated copy keeps it: "2,3 million")
    r"(?:(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?=\s*(?:thousand|million|billion|"
    r"mn|bn|m|k)\b)|"
    # (thousands marked by a point or a space, as translated copy keeps them: "310.000
    # hearts", "about 40 000 times"; never before a multiple, where the point is decimal)
    r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])(?!\s*(?:thousand|million|billion|mn|bn|m|k)\b)|"
    r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|"
    r"\d+(?:\.\d+)?)\s*"
    r"(?P<mult>thousand|million|billion|lakhs?|crores?|mn|bn|m|b|k)?\b"
    r"|(?P<fraction>half|a quarter of|three quarters of)\s+an?\s+(?P<of>thousand|million|billion)\b"
    # "two and a half million", "1 and a half million"
    rf"|(?P<whole>\d+|{'|'.join(_UNITS)})\s+and\s+a\s+half\s+(?P<half_of>thousand|million|billion)\b"
    # a decimal read aloud, as broadcast transcripts print it: "one point three million"
    rf"|(?P<ones>\d|{'|'.join(_DIGIT_WORDS)})\s+point\s+(?P<tenths>(?:(?:{'|'.join(_DIGIT_WORDS)})\s+)+)"
    r"(?P<point_of>thousand|million|billion)\b"
    rf"|(?P<words>{_WORDS})\b|(?P<vague>{_VAGUE}))"
)
_NOUN = (
    r"views?|plays?|watches|likes?|hearts?|comments?|shares?|reposts?|retweets?|saves?|"
    r"bookmarks?|followers?|subscribers?|fans|viewers|watchers|upvotes?|reactions?|"
    r"favou?rites?|replies|forwards|reproductions|visuali[sz]ations|clicks|displays|sharings|"
    r"internauts|projections|turns\s+of\s+view(?:ing|s)|viewings|"  # (Greek, Vietnamese, Swedish)
    r"[‘'\"]I\s+like(?=[’'\"])"  # (Spanish "me gusta", translated: "4.300 'I like'")
)
# "18 million views", "2m Instagram followers", "120,000 new likes"; a live stream's
# audience counts as its views ("peaked at 210,000 concurrent viewers")
_COUNTED = re.compile(
    _FIGURE + rf"\s+(?:new\s+|more\s+|further\s+|additional\s+|concurrent\s+|live\s+|"
    rf"(?:{NAMED_PLATFORM})\s+)?"
    # (Bilibili's comments that fly across the picture: "45,000 'danmu' bullet comments")
    r"(?:[‘'\"]?(?:danmaku|danmu)[’'\"]?\s+)?(?:bullet\s+)?"
    # (translated: "1,1 million of visualisations")
    r"(?:of\s+(?=(?:reproductions|visuali[sz]ations|views|likes)\b))?"
    # (a platform's word in quotes, as translated copy keeps it: "200 thousand 'hearts'")
    rf"[‘'\"]?(?P<noun>(?i:{_NOUN}))\b"
    # (not those who acted on the clip: "31,000 fans have commented" is comments)
    r"(?!\s+(?:have|had)\s+(?:now\s+|already\s+|since\s+)?(?:commented|left|watched|viewed|"
    r"seen|liked|shared|saved)\b)",
    re.I,
)
# "watched more than seven million times", "viewed by 12,000 people"
_TIMES = re.compile(
    r"\b(?P<noun>viewed|watched|played|seen|liked|shared|re-?shared|reposted|retweeted|saved|"
    r"forwarded|upvoted|favourited|clicked)\s+"
    # "watched live by about 80,000 people": an adverb may stand before "by"
    r"(?:(?:live\s+|\w+ly\s+)?(?:by|a total of)\s+)?"
    # "where it has been liked another 410,000 times": a further count on a repost
    r"(?:(?:another|a further|an additional|an extra)\s+)?"
    # a tabloid's intensifier: "watched a whopping 4.7 MILLION times"
    r"(?:(?:a|an)\s+(?:whopping|staggering|incredible|astonishing|massive|mammoth|"
    r"jaw-dropping|eye-watering|remarkable|[a-z]+(?:ly|ing|ous))\s+)?"
    r"[‘'\"]?"  # (the count quoted from someone: "seen 'more than 400,000 times, which ...'")
    + _FIGURE
    + r"\s+(?:times|people|users|viewers|accounts|internauts)\b",
    re.I,
)

# "Nearly two million people have watched a YouTube Short": the audience as the subject
# of watching a clip (not "2,000 people watched the parade": a clip must be the object)
_WATCHERS = re.compile(
    r"(?<![\w,.])"
    + _FIGURE
    # (the audience unnamed, for a figure with its scale: "over 410 thousand had watched the
    # video"; or the reader: "Nearly 800,000 of you have watched it")
    + r"(?:\s+(?P<people>people|users|viewers|fans|of\s+you))?\s+(?:have|had)\s+"
    r"(?:now\s+|already\s+|since\s+)?"
    # (or the clip just named: "410,000 people have liked it", "90,000 people have left
    # comments")
    r"(?:(?P<noun>watched|viewed|seen|liked|shared|saved)\s+(?:(?:it|them)\b|"
    r"(?:a|an|the|this|that|her|his|their)\s+"
    rf"(?:[\w’'-]+\s+){{0,2}}?(?:(?:{NAMED_PLATFORM})\s+)?"
    r"(?i:video|clip|footage|short|reel|tiktok|livestream|stream|post|recording|replay)\b)|"
    r"left\s+(?:a\s+)?(?P<noun2>comment)s?\b|"
    # (or, in a tabloid, commented with no object: "More than 31,000 fans have commented,
    # with one writing: ...", "14,000 people have commented on it")
    r"(?P<noun3>commented)(?=\s*[,.;:]|\s*$|\s+(?:under|below)\b|\s+on\s+(?:it|them|the\s+"
    r"(?:[\w-]+\s+)?(?:video|clip|post|reel|stream|footage|tiktok))\b))",
    re.I,
)

# A live audience: "more than 3,000 people are already watching", "with 180,000 people
# watching at the peak", "after 27,400 people had watched at least part of it" (the
# stream is the object, or the watching is now: not "2,000 people watched the parade")
_AUDIENCE = re.compile(
    r"(?<![\w,.])"
    + _FIGURE
    # (or the writer among them: "About 1,800 of us were watching at the end")
    + r"\s+(?:people|users|viewers|fans|of\s+us)\s+(?:(?:are|were|was|had\s+been)\s+)?"
    # ("About 3,100 people tuned in": to a stream just told)
    r"(?:already\s+|still\s+|now\s+|ended\s+up\s+)?(?:(?P<noun>watching|tuned(?=\s+in\b(?!\s+to\b)|\s+in\s+to\s+(?:the|his|her|their|its)\s+"
    r"(?:[\w-]+\s+)?(?:stream|livestream|broadcast|live)\b))\b|"
    r"(?:have\s+|had\s+)?(?P<noun2>watched)\s+(?:(?:at\s+least\s+)?(?:part|some)\s+of\s+)?"
    r"(?:it|them|the\s+(?:stream|livestream|broadcast|video|clip))\b)",
    re.I,
)

# A live audience told as its size: "Peak viewership reached 214,000", "an audience that
# peaked at 38,000"
_VIEWERSHIP = re.compile(
    r"\b(?P<noun>viewership|audience)\s+(?:(?:that|which)\s+)?(?:peaked\s+at|reached|hit|topped|"
    r"passed|of)\s+" + _FIGURE + r"(?![,.]?\d)(?!\s*(?:%|per\s*cent|percent))"
    # (a noun after the figure counts something else: "an audience of 40,000 fans")
    r"(?!\s*(?!(?:on|in|at|by|according|as|and|before|after|during|when|while|for|from|to|"
    r"with|last|this|that|the|a|an)\b)[A-Za-z])",
    re.I,
)

# Translated copy that keeps its own word order: "more than 2,3 million times viewed"; a
# view count that "surpassed 1.3 million times"
_TIMES_AFTER = re.compile(
    r"(?<![\w,.])" + _FIGURE + r"\s+times\s+(?P<noun>viewed|watched|seen|played|shared|liked)\b",
    re.I,
)
_VIEW_COUNT = re.compile(
    r"\b(?P<noun>view)(?:er)?\s+count\s+(?:(?:of|on)\s+(?:the|this|that|her|his|its)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+\s+)?(?:has\s+)?"
    r"(?:surpassed|passed|exceeded|reached|topped)\s+" + _FIGURE,
    re.I,
)
# An audience that joined a stream, or watched the one just told: "Nearly 15,000 people
# had piled into the stream", "and about 12,000 people watched."
_JOINED = re.compile(
    r"(?<![\w,.])" + _FIGURE + r"\s+(?:people|users|viewers|fans)\s+(?:had\s+|have\s+)?"
    r"(?:(?:piled|crowded|flocked|poured)\s+into|joined)\s+(?:the|his|her|their|its)\s+"
    r"(?:[\w-]+\s+)?(?P<noun>stream|livestream|broadcast|live)\b",
    re.I,
)
_WATCHED_THEN = re.compile(
    r"(?<![\w,.])" + _FIGURE + r"\s+(?:people|users|viewers)\s+(?P<noun>watched)"
    r"(?=\s*[.;]|\s+(?:live|at\s+the\s+peak)\b"
    # (what was streamed, live: "About 2,300 people watched the webcast live", "watched on
    # the home's Facebook page")
    r"|\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:live|stream|livestream|broadcast|"
    r"webcast)\b|\s+on\s+(?:the|his|her|their|its)\s)",
    re.I,
)
# A stream's audience at its height: "she says it peaked at 11,200 watching live"
_PEAKED_WATCHING = re.compile(
    r"\bpeaked\s+at\s+" + _FIGURE + r"\s+(?:people\s+|viewers\s+)?(?P<noun>watching)\b", re.I
)
# Those who watched, in a sentence that tells of a stream: "went live on YouTube for the
# hatching ..., and about 16,000 people watched an egg do nothing", "About 7,800 people
# watched the race on the livestream" (not "2,000 people watched the parade")
_PEOPLE_WATCHED = re.compile(
    r"(?<![\w,.])" + _FIGURE + r"\s+(?:people|viewers)\s+(?:have\s+|had\s+)?"
    r"(?P<noun>watched)\b",
    re.I,
)
# A crowd the stream played to: "live in front of 40,000 fans" (not its followers)
_IN_FRONT_OF = re.compile(
    r"\blive\s+(?P<noun>in\s+front\s+of)\s+" + _FIGURE + r"\s+(?:fans|people|viewers)\b", re.I
)
# A second count elided: "watched 16 million times on TikTok and 3.8 million on YouTube"
_AND_ON_ANOTHER = re.compile(
    r"(?<=times)\s+on\s+(?-i:[A-Z])\w+\s+and\s+(?P<noun>)" + _FIGURE + r"(?:\s+times)?\s+on\s+"
    r"(?-i:[A-Z])\w+",
    re.I,
)
# Very many who "have watched" a clip told by what it shows: "More than 12 million people
# have watched a wedding caterer's custard tower slump" (a crowd at a parade is smaller)
_MANY_WATCHED = re.compile(
    r"(?<![\w,.])"
    + _FIGURE
    + r"\s+(?:people|users|viewers)\s+(?:have|has)\s+(?:now\s+|already\s+)?"
    # (or whoever is in it: "have now watched strikers at the depot drumming on bins")
    r"(?P<noun>watched|viewed|seen)\s+(?:a|an|the|[a-z][\w-]*s\s+(?:at|in|on|from|of|as))\s",
    re.I,
)
_MANY = 100_000

# "watched by millions": an audience with no figure
_BY_CROWD = re.compile(
    r"\b(?P<noun>viewed|watched|seen)\s+by\s+(?P<vague>millions|thousands|billions|"
    r"hundreds of thousands|tens of thousands)\b(?!\s+of\b)",
    re.I,
)


_PATTERNS = (_COUNTED, _TIMES, _WATCHERS, _AUDIENCE, _VIEWERSHIP, _BY_CROWD, _TIMES_AFTER)
_PATTERNS += (_VIEW_COUNT, _JOINED, _WATCHED_THEN, _IN_FRONT_OF, _AND_ON_ANOTHER)
_PATTERNS += (_PEAKED_WATCHING, _PEOPLE_WATCHED)
_BEYOND_ANY_COUNT = 1e15  # more than any clip's audience: not a stated count


def _value(found: re.Match) -> int | None:
    if found["vague"]:
        return None
    if found["fraction"]:  # "half a million": a share of the unit named
        share = {"half": 0.5, "a quarter of": 0.25, "three quarters of": 0.75}
        return round(share[found["fraction"].lower()] * _MULTIPLIERS[found["of"].lower()])
    if found.groupdict().get("whole"):  # "two and a half million"
        whole = found["whole"].lower()
        number = float(whole) if whole.isdigit() else _UNITS.index(whole) + 1
        value = (number + 0.5) * _MULTIPLIERS[found["half_of"].lower()]
        return round(value) if value < _BEYOND_ANY_COUNT else None
    if found.groupdict().get("ones"):  # "one point three million"
        ones = found["ones"].lower()
        digit = {w: str(max(0, i - 1)) for i, w in enumerate(_DIGIT_WORDS)}  # (zero, nought: 0)
        whole = ones if ones.isdigit() else digit[ones]
        tenths = "".join(digit[w] for w in found["tenths"].lower().split())
        return round(float(f"{whole}.{tenths}") * _MULTIPLIERS[found["point_of"].lower()])
    if found["digits"]:
        digits = found["digits"]
        if re.fullmatch(r"\d{1,3}(?:[. \u00a0\u202f]\d{3})+", digits) and not found["mult"]:
            return int(re.sub(r"\D", "", digits))  # "310.000", "40 000"
        decimal_comma = re.fullmatch(r"\d+,\d{1,2}", digits) is not None
        number = float(digits.replace(",", "." if decimal_comma else ""))
        value = number * _MULTIPLIERS.get((found["mult"] or "").lower(), 1)
        # (a run of thousands of digits is no count: float() makes it infinite)
        return round(value) if value < _BEYOND_ANY_COUNT else None
    spelled = re.sub(r"^a\s+", "one ", found["words"].strip().lower()).replace("-", " ")
    try:
        return int(text2num(spelled, "en"))
    except ValueError:  # not a number text2num reads ("one hundred one thousand")
        return None


def metrics_stated(text: str) -> list[StatedMetric]:
    """Each figure with its kind, in the order written; "one video" is not a metric."""
    found = sorted(
        (m for pattern in (*_PATTERNS, _MANY_WATCHED) for m in pattern.finditer(text)),
        key=lambda m: m.start(),
    )
    metrics: list[StatedMetric] = []
    taken_until = -1
    for match in found:
        if match.start() < taken_until:
            continue  # overlapping readings of the same words
        named = match["noun"] or match.groupdict().get("noun2") or match.groupdict().get("noun3")
        noun = (named or "").lower().strip("‘'\"’")
        noun = re.sub(r"\s+", " ", noun)  # ("in  front of", "turns of\nviewing")
        kind = _KINDS.get(noun) or _KINDS.get(noun.removesuffix("s")) or _KINDS.get(noun[:-2])
        if match.re is _AND_ON_ANOTHER:  # an elided count is of the kind before it
            kind = metrics[-1].kind if metrics else None
        if kind is None:
            continue
        stated = match.groupdict().get("qualifier") or ""
        qualifier = _QUALIFIERS.get(re.sub(r"\s+", " ", stated.lower()))
        value = _value(match)
        if value is None and not match["vague"]:
            continue
        if match.re is _MANY_WATCHED and (value is None or value < _MANY):
            continue
        if match.re is _WATCHERS and not (
            match["people"] or match["mult"] or match["qualifier"] or match["words"]
        ):
            continue  # ("In 2019 had watched": a figure alone is no audience)
        if match.re is _PEOPLE_WATCHED and not TELLS_A_STREAM.search(text):
            continue
        metrics.append(StatedMetric(kind, value, qualifier, match.group(0)))
        taken_until = match.end()
    return metrics
