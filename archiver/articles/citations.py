"""Claims and citations: an article's text split into claims, and the claims that cite
a clip.

    split_claims(article)       -> [Claim]    sentences (pysbd) and photo captions
    find_citations(claims, ...) -> [Citation] the claims that cite a clip
    extract_citations(article)  -> both of the above

No I/O and no network here: the caller records the rows.

What counts as citing a clip (documented here because precision depends on it): a claim
cites a clip when it points at a particular clip, or a particular set of clips, as the
source of what it says:

* a specific media mention: "one video", "a separate clip", "the footage", "in a TikTok
  video", "another clip, shared on X, ...";
* plural or mass media ("videos", "footage") only when they are what shows something
  ("Videos posted to social media show how ..."), when someone publishes them ("locals
  have shared videos of themselves ..."), or when a named platform carries them
  ("footage circulating on Weibo");
* a single creator doing something on camera or in a post ("TikToker Hugh Chongqing
  said", "one content creator recorded his shift");
* someone posting on a named platform ("posted an update on X"), people filmed ("were
  filmed chanting"), a clip's audience ("3.2 million likes"), a clip URL or an @handle.

General references are not citations: a genre of videos with nothing shown ("the videos
shared on social media offering a glimpse of the lives they lead", "seeing all these
cyberpunk videos"), a platform as a place ("iconic thanks to TikTok"), plural creators
("scores of content creators"). Sentences that go on describing a clip without naming
it ("the man films himself washing his face") are content claims, not citations: the
linker ties them to a clip by proximity. Still images and a follower count alone are not
clips either.

A definite reference just after a citation ("The video shows ...", "The TikToker also
records ...") is a citation whose `same_clip_as` is the *claim position* of the citation
it refers back to. Sentences that carry on a cited quotation are not cited again: they
are attached to the citation (`quote_claims`, `quote_more`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from archiver.articles.embeds import clip_urls_in_text, url_platform
from archiver.articles.reading import NUMERIC_DATE, WORD_DATE, Article, line_kind, parse_date

# ---------------------------------------------------------------------------------------
# Data


@dataclass
class Claim:
    position: int  # 0-based, in text order
    text: str
    start: int  # character offsets into Article.text
    end: int
    is_caption: bool = False


@dataclass
class Citation:
    claim_position: int
    platform: str | None  # as named in the claim: "tiktok", "x", ..., "social media"
    creator: str | None  # "Hugh Chongqing", "@handle"
    metric_kind: str | None  # "likes", "views", "shares", "comments", "followers", ...
    metric_value: int | None
    stated_date: str | None  # ISO (YYYY, YYYY-MM or YYYY-MM-DD) or None
    quote: str | None  # speech quoted in the claim
    url: str | None  # the clip, when the claim or the article links one
    # A definite reference ("the video shows ...") to a clip cited just before.
    same_clip_as: int | None = None
    # Following claims that carry on this citation's quote, and their speech.
    quote_claims: list[int] = field(default_factory=list)
    quote_more: str | None = None


# ---------------------------------------------------------------------------------------
# Claims


@functools.lru_cache(maxsize=1)
def _segmenter():  # noqa: ANN202 - pysbd has no type hints
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


_PLAIN_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "„": '"'})


def _sentences(line: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `line`, from pysbd; offsets are found in the
    line rather than trusted, and fragments pysbd splits off (a closing quote alone, a
    ", and" tail) go back to the sentence before."""
    # pysbd keeps everything inside quotation marks together, so one mistyped mark
    # ("China's ‘cyberpunk city‘.") would swallow the rest of the paragraph. It reads
    # a copy with plain quotes; each is one character, so offsets are the same.
    plain = line.translate(_PLAIN_QUOTES)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for segment in _segmenter().segment(plain):
        piece = segment.strip()
        if not piece:
            continue
        at = plain.find(piece, cursor)
        if at < 0:  # pysbd changed the text: keep the rest of the line as one sentence
            spans.append((cursor, len(line)))
            cursor = len(line)
            break
        end = at + len(piece)
        fragment = not any(c.isalnum() for c in piece) or piece[0] in ",;:)]"
        if spans and fragment:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((at, end))
        cursor = end
    if line[cursor:].strip():
        spans.append((cursor + len(line[cursor:]) - len(line[cursor:].lstrip()), len(line)))
    return [(s, e) for s, e in spans if line[s:e].strip()]


def split_claims(article: Article) -> list[Claim]:
    """Sentences of the prose, and caption lines as single claims; headings make none."""
    claims: list[Claim] = []
    captions = set(article.captions)
    offset = 0
    for line in article.text.split("\n"):
        kind = "caption" if line in captions else line_kind(line)
        if kind == "caption":
            claims.append(Claim(len(claims), line, offset, offset + len(line), True))
        elif kind == "prose":
            for start, end in _sentences(line):
                text = line[start:end]
                claims.append(Claim(len(claims), text, offset + start, offset + end))
        offset += len(line) + 1
    return claims


# ---------------------------------------------------------------------------------------
# Citations: what a claim says about a clip

_PLATFORM_PATTERNS: tuple[tuple[str, str, int], ...] = (  # (name, pattern, flags)
    ("tiktok", r"\bTik\s?Tok(?:ers?|s)?\b", re.I),
    ("douyin", r"\bDouyin\b", re.I),
    ("x", r"\b(?:Twitter|(?:re)?tweet(?:s|ed|ing)?)\b", re.I),
    (
        "x",
        r"\b(?:on|onto|via|across|(?:posted|shared|uploaded|published) to)\s+X\b(?![-'’]\w)"
        r"|\bX\s*\((?:formerly|previously)|\bX\s+(?:users?|posts?|accounts?|videos?|clips?)\b",
        0,
    ),
    ("instagram", r"\bInstagram(?:mers?)?\b", re.I),
    ("youtube", r"\bYou\s?Tube(?:rs?)?\b", re.I),
    ("facebook", r"\bFacebook\b", re.I),
    ("weibo", r"\bWeibo\b", re.I),
    ("bilibili", r"\bBilibili\b", re.I),
    ("kuaishou", r"\bKuaishou\b", re.I),
    ("xiaohongshu", r"\bXiaohongshu\b|\bRedNote\b|\bLittle Red Book\b", re.I),
    ("snapchat", r"\bSnapchat\b", re.I),
    ("reddit", r"\bReddit\b", re.I),
    ("threads", r"\b(?:on|to) Threads\b|\bThreads (?:posts?|users?|accounts?)\b", 0),
    ("telegram", r"\bTelegram\b", re.I),
    ("wechat", r"\bWeChat\b", re.I),
    ("vimeo", r"\bVimeo\b", re.I),
    ("twitch", r"\bTwitch\b", 0),
    ("bluesky", r"\bBluesky\b", re.I),
    ("linkedin", r"\bLinkedIn\b", re.I),
    ("social media", r"\bsocial[ -]media\b|\bsocial (?:networks?|platforms?)\b", re.I),
)
_PLATFORMS = [(name, re.compile(pattern, flags)) for name, pattern, flags in _PLATFORM_PATTERNS]
# A platform by name, for phrases like "posted to X" ("social media" is not a name).
_NAMED_PLATFORM = (
    r"(?i:\bTik\s?Tok|\bDouyin|\bTwitter|\bInstagram|\bYou\s?Tube|\bFacebook|\bWeibo|"
    r"\bBilibili|\bKuaishou|\bXiaohongshu|\bRedNote|\bSnapchat|\bReddit|\bTelegram|"
    r"\bWeChat|\bVimeo|\bBluesky|\bLinkedIn)\b|\b(?:X|Threads|Twitch)\b"
)
_NOT_A_CLIP_AFTER = re.compile(
    r"\s+(?:games?|gaming|calls?|conferenc\w*|chats?|links?|players?|cards?|cameras?|"
    r"contracts?|studios?|labels?|artists?|sessions?|industry|equipment|editors?|"
    r"assistant|referee|technology|surveillance|teams?|department|desk|unit|journalists?|"
    r"producers?|production|platforms?|services?|apps?|ads?|adverts?|art|streaming)\b",
    re.I,
)
_DETERMINER = r"\b(?:a|an|one|another|this|that|the|his|her|their|its|whose)\s+"
# A singular media noun after a determiner and up to three modifiers: "a TikTok video",
# "one viral clip", "the now-deleted footage".
_SPECIFIC_MEDIA = re.compile(
    _DETERMINER + r"(?:[\w’'-]+\s+){0,3}?"
    r"(?:video|clip|footage|livestream|live[- ]stream|vlog|reel|recording|upload|tweet)\b"
    r"(?![-’']?s\b)(?!-\w)",  # not "videos", not "video-sharing"
    re.I,
)
_TIKTOK_NOUN = re.compile(  # "in a TikTok", "a TikTok posted by": the platform's name as a clip
    r"\b(?:a|an|one|another|this|that)\s+(?:\w+\s+)?TikTok\b"
    r"(?=\s*(?:[.,;:!?)]|$|\s(?:posted|shared|uploaded|showing|shows|showed|that|which|in|"
    r"on|from|by|with|where|of)\b))",
    re.I,
)
# A post (not necessarily a video) on a platform: "a post on X", "her Instagram story".
_PLATFORM_POST = re.compile(
    r"\b(?i:post|story|short|status|update)\b(?=\s+(?i:on|to|shared|posted)\b)|"
    rf"(?:{_NAMED_PLATFORM}|(?i:social media))\s+(?i:posts?|story|stories|shorts?|status|live)\b"
)
# Plural or mass media, which count only with a verb of showing: "Video taken by a
# passenger shows ...", "Videos posted to social media show ...".
_PLURAL_MEDIA = re.compile(
    r"\b(?:videos?|clips|footage|livestreams|reels|recordings|tiktoks|tweets|vlogs)\b", re.I
)
_IN_FOOTAGE = re.compile(r"\b(?:in|on)\s+(?:[\w-]+\s+){0,2}?footage\b", re.I)
_EVIDENCE_VERB = re.compile(
    r"(?:\s+[\w’'-]+){0,10}?\s+(?:(?:have|has|had)\s+)?(?:also\s+)?"
    r"(?:show|shows|showed|shown|appears? to show|appeared to show|purports? to show|"
    r"reveals?|revealed|captures?|captured|depicts?|depicted|documents?|documented|"
    r"went viral|gone viral|(?:have|has) circulated|been (?:viewed|watched|shared|liked))\b",
    re.I,
)
_PUBLISH_VERB = (
    r"(?:shared|posted|uploaded|published|live-?streamed|streamed|broadcast|re-?posted|"
    r"filmed|recorded)"
)
_PUBLISHED_PLURAL = re.compile(
    rf"\b{_PUBLISH_VERB}\s+(?:[\w’'-]+\s+){{0,3}}?(?:videos|clips|footage|livestreams|reels)\b",
    re.I,
)
# The platform pattern is case-sensitive for "X", so the words around it use (?i:...).
_PUBLISHED_ON_PLATFORM = re.compile(
    rf"\b(?i:{_PUBLISH_VERB}|circulat\w+|went viral|gone viral|surfaced|spread|appeared)"
    rf"\s+(?i:[\w’'-]+\s+){{0,3}}?(?i:on|to|onto|across|via)\s+(?i:(?:social media|the)\s+"
    rf"(?:platform|app|site)\s+)?(?:{_NAMED_PLATFORM})",
)
_POSTED_ON_PLATFORM = re.compile(  # without a media noun: someone posted on a named platform
    r"\b(?i:shared|sharing|posted|posting|uploaded|published|live-?streamed|tweeted|tweeting|"
    r"wrote|writing|said)\b"
    r"[^.;]{0,60}?\b(?i:on|to|via)\s+(?:" + _NAMED_PLATFORM + r")",
)
# "Photos shared on Instagram": still images are not clips.
_STILL_IMAGES = re.compile(
    r"\b(?:photos?|pictures?|images?|photographs?|selfies?|screenshots?|memes?)(?:\s+\S+)?\s*$",
    re.I,
)
_ROLE = (
    r"TikToker|YouTuber|Instagrammer|influencer|(?:content\s+)?creator|vlogger|streamer|"
    r"live-?streamer|blogger|(?:TikTok|Instagram|YouTube|Twitter|X|Weibo|Douyin|Facebook|"
    r"Reddit|Snapchat|Kuaishou|Bilibili|social media)\s+(?:user|account|star|personality)"
)
_SINGLE_ROLE = re.compile(rf"\b(?:{_ROLE})\b(?![-’']?s\b)", re.I)
_ROLE_ACTION = re.compile(
    r"\b(?:said|says|say|saying|explained|explains|told|tells|claimed|claims|revealed|"
    r"reveals|wrote|writes|captioned|added|adds|joked|jokes|asked|asks|complained|warned|"
    r"insisted|described|describes|shared|shares|posted|posts|uploaded|uploads|filmed|films|"
    r"filming|recorded|records|recording|documented|documents|showed|shows|live-?streamed|"
    r"streamed|captured|captures|narrates|narrated)\b",
    re.I,
)
# Footage exists of an event: "were filmed chanting", "caught on camera", "filmed the
# moment", "recorded it on their phones"; not a production ("the documentary was filmed").
_FILMED = re.compile(
    r"(?<!documentary )(?<!film )(?<!movie )(?<!series )(?<!show )(?<!episode )"
    r"(?<!programme )(?<!advert )(?<!scene )"
    r"\b(?:was|were|been|being|is|are|get|gets|got)\s+(?:\w+ly\s+)?"
    r"(?:filmed|videoed|videotaped|recorded|livestreamed)\b|"
    r"\b(?:caught|captured) on (?:camera|video|film|tape|CCTV)\b|"
    r"\b(?:filmed|recorded|captured|videoed)\s+the\s+moment\b|"
    r"\b(?:filmed|recorded|videoed)\b[^.;]{0,60}\bon\s+(?:a|an|his|her|their|my|our)\s+"
    r"(?:\w+\s+)?(?:phones?|mobiles?|smartphones?|cameras?|dashcams?)\b",
    re.I,
)
# "shows his TikTok followers how", "told her 2m Instagram followers": a post, addressed.
_AUDIENCE = re.compile(
    rf"\b(?:his|her|their|its)\s+(?:[\d.,]+\s*(?:million|m|k|thousand)?\s+)?(?:{_NAMED_PLATFORM})"
    r"\s+(?:followers|fans|subscribers|viewers|audience)\b"
)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")

_NAME_WORD = r"[A-Z][\w’'.-]*"
_NAME = rf"@[\w.]+|{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
_NOT_NAMES = frozenset(
    "The A An He She It They This That These Those In On At Also Who Which His Her Their "
    "Its One Another And But Then When While After Before I We You Said Says".split()
)
_CREATOR_PATTERNS = (
    re.compile(rf"\b(?i:{_ROLE})\s+(?:named\s+|called\s+)?(?P<name>{_NAME})"),
    re.compile(rf"(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_ROLE})\b"),
    re.compile(rf"\b{_PUBLISH_VERB}\s+by\s+(?:the\s+|(?i:user|account)\s+)?(?P<name>{_NAME})"),
    re.compile(
        r"\b(?:posts|posting|goes|going|known|who posts)\s+(?:online\s+)?"
        r"(?:as|by the name|under the (?:name|handle))\s+(?P<name>@?[\w.]+)",
        re.I,
    ),
    re.compile(
        rf"\b(?:said|says|explained|told|added|wrote|joked|claimed)\s+(?P<name>{_NAME})"
        rf"\s+(?:in|on)\s+(?:a|an|the|his|her|their|one)\b"
    ),
    re.compile(rf"(?P<name>{_NAME})[’']s\s+(?:[\w-]+\s+)?(?:video|clip|TikTok|post|footage)\b"),
    re.compile(  # "In a TikTok posted last week, Maria Lopez said ..."
        r"\b(?i:in|on)\s+(?:a|an|one|the|his|her|their)\s+[^,]{0,40}?"
        rf"(?i:video|clip|tiktok|post|livestream|vlog|reel)\b[^,]{{0,40}},\s+(?P<name>{_NAME})\s+"
        r"(?:said|says|explained|claimed|told|added|wrote|revealed|admitted|insisted)\b"
    ),
)

_MULTIPLIERS = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6}
_MULTIPLIERS |= {"billion": 10**9, "bn": 10**9, "b": 10**9}
# Counts in words; vague ones ("millions of views") state a kind of metric but no value.
_NUMBER_WORDS: dict[str, int | None] = {
    word: value
    for value, word in enumerate("a one two three four five six seven eight nine ten".split())
}
_NUMBER_WORDS |= {"a": 1, "a few": None, "several": None, "millions of": None}
_NUMBER_WORDS |= {"thousands of": None, "hundreds of thousands of": None, "hundreds of": None}
_NUMBER_WORDS |= {"tens of thousands of": None}
# the stem of a metric word -> the kind recorded
_METRIC_KINDS = dict(
    pair.split("=")
    for pair in (
        "like=likes heart=likes view=views play=views watch=views share=shares "
        "comment=comments follower=followers subscriber=followers repost=reposts "
        "retweet=reposts save=saves bookmark=saves"
    ).split()
)
_QUANTITY = (
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|"
    + "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))
    + r")(?:\s*(?P<mult>thousand|million|billion|mn|bn|m|b|k)\b)?"
)
_METRIC_NOUN = re.compile(
    _QUANTITY + rf"\s+(?:new\s+|more\s+)?(?:(?:{_NAMED_PLATFORM})\s+)?"
    r"(?P<kind>likes|hearts|views|plays|shares|comments|followers|subscribers|reposts|"
    r"retweets|saves|bookmarks)\b",
    re.I,
)
_METRIC_VERB = re.compile(
    r"\b(?P<kind>viewed|watched|played|liked|shared|reposted|retweeted|commented on)\s+"
    r"(?:(?:more than|over|nearly|almost|about|around|some|at least|upwards of)\s+)?"
    + _QUANTITY
    + r"\s+times\b",
    re.I,
)
_METRIC_AUDIENCE = re.compile(  # "watched by 12,000 people"
    r"\b(?P<kind>viewed|watched|seen)\s+by\s+(?:(?:more than|over|nearly|almost|about|around|"
    r"some|at least|upwards of)\s+)?" + _QUANTITY + r"\s+(?:people|users|viewers)\b",
    re.I,
)
_QUOTE_PAIRS = (
    re.compile(r"“([^”]+)”"),
    re.compile(r"(?:^|(?<=[\s(\[—–-]))‘(.+?)’(?!\w)"),
    re.compile(r"(?:^|(?<=[\s(\[—–-]))\"([^\"]+)\""),
    re.compile(r"(?:^|(?<=[\s(\[—–-]))'(.+?)'(?!\w)"),
)
_OPENING = "‘“'\""
_CLOSING = "’”'\""
_DEFINITE_REFERENCE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:video|clip|footage|tiktok|livestream|recording|tiktoker|"
    r"youtuber|influencer|creator|vlogger|streamer|user)\b",
    re.I,
)


@dataclass
class _Signals:
    """What one claim says on its own, before context is taken into account."""

    cites: bool
    platform: str | None
    creator: str | None
    metric: tuple[str, int | None] | None
    quote: str | None
    quote_open: bool
    urls: list[str]
    definite: bool  # names its clip only as "the video", "the TikToker": may refer back


def _platform(text: str) -> str | None:
    found = sorted(
        (m.start(), name) for name, pattern in _PLATFORMS for m in [pattern.search(text)] if m
    )
    named = [name for _, name in found if name != "social media"]
    return named[0] if named else ("social media" if found else None)


def _creator(text: str) -> str | None:
    for pattern in _CREATOR_PATTERNS:
        for found in pattern.finditer(text):
            name = found["name"].rstrip(".’'")
            words = name.split()
            while words and words[-1] in _NOT_NAMES:
                words.pop()
            if words and words[0] not in _NOT_NAMES:
                return " ".join(words)
    handle = _HANDLE.search(text)
    return handle.group(0) if handle else None


def _quantity(number: str, multiplier: str | None) -> int | None:
    key = number.lower()
    if key in _NUMBER_WORDS:
        value: float | None = _NUMBER_WORDS[key]
    else:
        value = float(number.replace(",", ""))
    if value is None:
        return None
    return round(value * _MULTIPLIERS.get((multiplier or "").lower(), 1))


def _metric(text: str) -> tuple[str, int | None] | None:
    patterns = (_METRIC_NOUN, _METRIC_VERB, _METRIC_AUDIENCE)
    found = [m for pattern in patterns for m in pattern.finditer(text)]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    stem = first["kind"].lower().split()[0].rstrip("s").removesuffix("ed").removesuffix("e")
    stem = "view" if stem == "seen" else stem
    kind = next(v for k, v in _METRIC_KINDS.items() if stem.startswith(k[: len(stem)]))
    return kind, _quantity(first["number"], first["mult"])


def _quotes(text: str) -> tuple[str | None, bool]:
    """Quoted speech (three words or more: "coffins" is a scare quote), and whether
    the claim ends inside an open quotation."""
    spans = sorted(
        (m.start(), m.group(1)) for pattern in _QUOTE_PAIRS for m in pattern.finditer(text)
    )
    speech = [q.strip().rstrip(",") for _, q in spans if len(q.split()) >= 3]
    if speech:
        return " … ".join(dict.fromkeys(speech)), False
    stripped = text.strip()
    if stripped[:1] in _OPENING and stripped.rstrip(".!?…")[-1:] not in _CLOSING:
        return stripped[1:].strip(), True  # a quotation that runs on into the next claim
    return None, False


_DATED = re.compile(  # a date next to the act of posting: "uploaded on 3 March 2024"
    rf"\b(?:{_PUBLISH_VERB}|circulat\w+|went viral|from|dated)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:on|in|from)?\s*(?P<date>{NUMERIC_DATE}|{WORD_DATE}|\d{{4}}\b)",
    re.I,
)


def _stated_date(text: str, published_at: str | None) -> str | None:
    """A date attached to the clip ("posted on 3 June", "a video from March 2024"); a
    day without a year takes the article's year. Relative days ("on Monday") give None."""
    year = int(published_at[:4]) if published_at else None
    found = _DATED.search(text)
    if not found:
        return None
    date = found["date"]
    if re.fullmatch(r"\d{4}", date):
        return date if 1990 < int(date) < 2100 else None
    return parse_date(date, default_year=year)


def _signals(text: str) -> _Signals:
    platform = _platform(text)
    metric = _metric(text)
    urls = clip_urls_in_text(text)
    creator = _creator(text)
    handle = bool(_HANDLE.search(text))
    specific = [
        m for m in _SPECIFIC_MEDIA.finditer(text) if not _NOT_A_CLIP_AFTER.match(text, m.end())
    ]
    specific += list(_TIKTOK_NOUN.finditer(text)) + list(_IN_FOOTAGE.finditer(text))
    if platform:
        specific += list(_PLATFORM_POST.finditer(text))
    inside_specific = {i for m in specific for i in range(m.start(), m.end())}
    plural = any(
        m.start() not in inside_specific  # "the video shows" is a specific mention
        and _EVIDENCE_VERB.match(text, m.end())
        and not _NOT_A_CLIP_AFTER.match(text, m.end())
        for m in _PLURAL_MEDIA.finditer(text)
    ) or bool(_PUBLISHED_PLURAL.search(text))
    on_platform = any(
        not _STILL_IMAGES.search(text, max(0, m.start() - 30), m.start())
        for pattern in (_PUBLISHED_ON_PLATFORM, _POSTED_ON_PLATFORM)
        for m in pattern.finditer(text)
    )
    role = bool(_SINGLE_ROLE.search(text) or _AUDIENCE.search(text)) and bool(
        creator or _ROLE_ACTION.search(text)
    )
    filmed = bool(_FILMED.search(text))
    clip_metric = metric is not None and metric[0] != "followers"  # followers: an account's
    cites = bool(
        specific or plural or on_platform or role or filmed or clip_metric or urls or handle
    )
    quote, quote_open = _quotes(text) if cites else (None, False)
    definite = (
        cites
        and all(_DEFINITE_REFERENCE.match(m.group(0)) for m in specific)
        and bool(_DEFINITE_REFERENCE.search(text))
        and not (urls or on_platform or plural)
    )
    return _Signals(
        cites=cites,
        platform=platform,
        creator=creator,
        metric=metric,
        quote=quote,
        quote_open=quote_open,
        urls=urls,
        definite=definite,
    )


def find_citations(
    claims: Sequence[Claim],
    links: Sequence[str] = (),
    link_offsets: Mapping[str, int] | None = None,
    published_at: str | None = None,
) -> list[Citation]:
    """The claims that cite a clip, with what each says about it (see the module
    docstring for what counts). `links` are the article's clip URLs and `link_offsets`
    where they appeared in the text; a link goes to the citing claim nearest to it on
    the same platform, an @handle in the URL matching the creator wins."""
    citations: list[Citation] = []
    by_position: dict[int, Citation] = {}
    captions = {claim.position for claim in claims if claim.is_caption}
    continuing: Citation | None = None  # a citation whose quotation runs on
    in_quote = False
    for claim in claims:
        text = claim.text.strip()
        signals = _signals(text)
        if continuing is not None and not claim.is_caption:
            starts_quote = text[:1] in _OPENING
            if (in_quote or starts_quote) and not (signals.cites and not signals.definite):
                inner = text.lstrip(_OPENING).rstrip()
                closes = inner.rstrip(".!?…")[-1:] in _CLOSING or inner[-1:] in _CLOSING
                inner = inner.rstrip(_CLOSING).strip()
                continuing.quote_claims.append(claim.position)
                continuing.quote_more = " ".join(filter(None, [continuing.quote_more, inner]))
                in_quote = not closes
                if closes or len(continuing.quote_claims) >= 12:
                    continuing, in_quote = None, False
                continue
            continuing, in_quote = None, False
        if not signals.cites:
            continue
        metric_kind, metric_value = signals.metric or (None, None)
        citation = Citation(
            claim_position=claim.position,
            platform=signals.platform,
            creator=signals.creator,
            metric_kind=metric_kind,
            metric_value=metric_value,
            stated_date=_stated_date(text, published_at),
            quote=signals.quote,
            url=signals.urls[0] if signals.urls else None,
        )
        if signals.definite and not claim.is_caption:
            earlier = _previous_clip(citations, claim.position, captions)
            if earlier is not None and _same_clip(citation, by_position[earlier]):
                citation.same_clip_as = earlier
        citations.append(citation)
        by_position[claim.position] = citation
        if citation.quote and not claim.is_caption:
            continuing, in_quote = citation, signals.quote_open
    _assign_links(citations, claims, links, link_offsets or {})
    for citation in citations:  # a back-reference shares the clip it refers to
        if citation.url is None and citation.same_clip_as is not None:
            citation.url = by_position[citation.same_clip_as].url
    return citations


def _previous_clip(
    citations: list[Citation], position: int, captions: set[int], window: int = 10
) -> int | None:
    """The clip a definite reference points back to: the latest citation in the prose
    before it. Captions are skipped: they sit wherever the photos were laid out."""
    for citation in reversed(citations):
        if position - citation.claim_position > window:
            return None
        if citation.claim_position in captions:
            continue
        if citation.same_clip_as is not None:
            return citation.same_clip_as
        return citation.claim_position
    return None


def _same_clip(later: Citation, earlier: Citation) -> bool:
    """Nothing in a definite reference contradicts the clip cited before it."""
    vague = (None, "social media")
    platform_ok = later.platform in vague or earlier.platform in vague
    platform_ok = platform_ok or later.platform == earlier.platform
    creator_ok = later.creator is None or later.creator == earlier.creator
    return platform_ok and creator_ok


def _url_handle(url: str) -> str | None:
    found = re.search(r"/@([\w.-]+)|(?:x|twitter)\.com/(?!i/)(\w+)/status", url)
    return (found[1] or found[2]).lower() if found else None


def _assign_links(
    citations: list[Citation],
    claims: Sequence[Claim],
    links: Sequence[str],
    offsets: Mapping[str, int],
) -> None:
    """Give each link to the citing claim nearest where it appeared (within three
    claims) whose platform does not contradict it; a creator matching the @handle in
    the URL wins, wherever it is. A back-reference passes the link to its clip."""
    by_position = {citation.claim_position: citation for citation in citations}
    taken = {c.url for c in citations if c.url}
    for url in links:
        if url in taken:
            continue
        platform, handle = url_platform(url), _url_handle(url)
        near = None
        if url in offsets:
            at = offsets[url]
            near = next((c.position for c in claims if c.start <= at <= c.end), None)
            if near is None:
                near = max((c.position for c in claims if c.end <= at), default=None)
        best, best_score = None, 0.0
        for citation in citations:
            target = by_position.get(citation.same_clip_as, citation)
            if target.url is not None:
                continue
            if platform and target.platform not in (None, "social media", platform):
                continue
            creator = (target.creator or "").lstrip("@").replace(" ", "").lower()
            matches_handle = bool(handle and creator == handle)
            distance = abs(citation.claim_position - near) if near is not None else 99
            if distance > 3 and not matches_handle:
                continue
            score = 10.0 * matches_handle + 2 * (target.platform == platform) - distance
            if best is None or score > best_score:
                best, best_score = target, score
        if best is not None:
            best.url = url
            taken.add(url)


def extract_citations(article: Article) -> tuple[list[Claim], list[Citation]]:
    """Claims and citations of one article in one call."""
    claims = split_claims(article)
    return claims, find_citations(claims, article.links, article.link_offsets, article.published_at)
