"""Photo captions that are stills of a cited clip, matched to their thread by words.

    attach_captions(claims, by_position, thread_of, roles)   adds each such caption to
                                                              its thread, role "caption"

Captions sit wherever the photos were laid out, so they are matched by the words they
share with a thread's prose, not by where they stand.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from archiver.articles.claims import Claim
from archiver.articles.cleaning import EMBED_CREDIT
from archiver.articles.clip_kinds import MADE_FROM_IT, TELLS_A_STREAM
from archiver.articles.cues import STILL_FROM
from archiver.articles.earlier_clip import earlier_clip_meant
from archiver.articles.heard import heard_in_clip
from archiver.articles.letters import CAPITAL, MARKS
from archiver.articles.owners import owners_thread
from archiver.articles.person_names import NOT_NAMES
from archiver.articles.topics import COPY_OF_TOPIC, topic_thread
from archiver.platforms import NAMED_PLATFORM, platform_named
from archiver.text import stems


class Citation(Protocol):  # what captions read and set of a citation
    same_clip_as: int | None
    platform: str | None  # as the citing line states it


_TERM = re.compile(r"[^\W_]+")
_COMMON = frozenset(
    "a an the and or but of in on at to for from with by as is are was were be been has have "
    "had his her their its it this that these those he she they who which while into over "
    "under up out about after before during one another also seen shows show video clip".split()
)


def terms(text: str) -> set[str]:
    """Word stems ("pulls", "pulling" -> "pull"), without the words every sentence has."""
    found = {w for w in _TERM.findall(text.lower()) if w not in _COMMON and len(w) > 1}
    return set(stems(sorted(found)))


# A caption joins the thread whose prose holds its words: each shared word counts the
# share of the article's sentences with that word that are in the thread ("bunk", said
# only in one thread's prose, counts 1; "factory", said all over, little). It joins when
# that adds up to this, and clearly beats any other thread.
CAPTION_MIN = 2.0
_PHOTOS = re.compile(r"\b(?:pictures|photos|photographs|selfies|snapshots)\b", re.I)
CAPTION_MARGIN = 1.5
# A photographer's credit, "Photo: Moorshire Gazette", "Picture: Rhys Dunmore", on a
# caption that says nothing of a clip: a photograph taken for the story
_PHOTO_CREDIT = re.compile(r"\b(?:Photo|Photograph|Picture|Image)s?\s*:", re.I)
# A link to another story, printed between paragraphs: "Read more: Copper Kettle crowned ..."
LINK_OUT = re.compile(r"^(?:Read\s+(?:more|also)|Related|See\s+also|More\s+on\s+this)\s*:", re.I)
# A caption dated apart from the clip, or a photographer's: "outside his shop on
# Wednesday", "at the awards last year", "photographed by the research team"
_DATED = re.compile(
    r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|"
    r"last\s+(?:year|month|week)|in\s+(?:19|20)\d\d|on\s+\d{1,2}\s+[A-Z][a-z]+|photographed)\b"
)
_OF_A_CLIP = re.compile(
    r"\b(?:still|stills|frame|screengrab|screenshot|grab|capture|video|clip|footage|stream|"
    r"livestream|reel|story|tiktok|youtube|instagram|facebook|snapchat|twitch|x|cctv|dash-?cam|"
    r"body-?cam|camera|phone|recorded|captured|caught|moment|film)\b",
    re.I,
)


# A still from "his" clip, the caption naming its person before: "Tobias Wrenfold on the
# ridge, in a still from his video", "Snow swirls around Ingrid Halvorsen in a frame
# from her reel"
_NAME = re.compile(
    rf"(?<![\w’'-])[{CAPITAL}][\w{MARKS}’'-]*[a-z][\w{MARKS}’'-]*(?:\s+[{CAPITAL}][\w{MARKS}’'-]+){{0,2}}"
)
_RELATIVE = (
    r"(?:daughter|son|mother|father|mum|dad|grandson|granddaughter|grandmother|grandfather|"
    r"husband|wife|brother|sister)[’']s\s"
)
_RELATIVES = re.compile(rf"\b(?:his|her|their)\s+{_RELATIVE}", re.I)
_HIS_CLIP = re.compile(  # (or a relative's, by one surname: "in a still from her daughter's video")
    rf"\b(?:his|her|their)\s+(?:own\s+|{_RELATIVE}\s*)?"
    r"(?:[\w-]+\s+){0,3}?(?:video|clip|reel|stream|"
    r"livestream|tiktok|short|story|footage|upload|broadcast|vlog)\b",
    re.I,
)


def _named_as_his(text: str) -> list[str]:
    """The surnames of the people a caption names before it calls the clip theirs, the
    last first (a sentence's first word may be no name: "Snow swirls around ...")."""
    clip = _HIS_CLIP.search(text)
    if clip is None:
        return []
    names = [
        re.sub(r"[’']s?$", "", found.group(0)) for found in _NAME.finditer(text, 0, clip.start())
    ]
    # a relative's clip is known by a family name only: a full name's last word
    relative = "'" in clip.group(0) or "’" in clip.group(0)
    return [
        name.split()[-1]
        for name in reversed(names)
        if name.split()[0] not in NOT_NAMES and not (relative and len(name.split()) < 2)
    ]


# A still of the clip a caption names by its platform, as one the reader knows: "in a
# frame from the Douyin video", "Caspian Roe in his Instagram apology video", "a frame
# from the Facebook Live" (not "A TikTok video shows ...", which may be any)
_THE_PLATFORMS_CLIP = re.compile(
    rf"\b(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+){{0,2}}?(?P<platform>{NAMED_PLATFORM})"
    r"(?:\s+(?:[\w-]+\s+){0,2}?(?:video|clip|footage|live|livestream|stream|story|reel|short|post)"
    r"|(?=\s*[.,;]|\s*$))",
)


def _platforms_thread(
    claim: Claim, by_position: dict[int, Citation], thread_of: dict[int, int]
) -> int | None:
    """The one thread whose citing lines state the platform the caption's still is said
    to be from, when the caption names it as the clip the reader knows."""
    found = _THE_PLATFORMS_CLIP.search(claim.text)
    platform = platform_named(found["platform"]) if found else None
    if platform is None or platform == "social media":
        return None
    stating = {
        thread_of[p]
        for p in by_position
        if p in thread_of and p != claim.position and by_position[p].platform == platform
    }
    # (two clips on that platform: the words the caption shares with each decide)
    return stating.pop() if len(stating) == 1 else None


# A still from a clip named by whose it is, in words the story used before: "from her
# grandson's video", "from the club's video", "Henrik Valdal's Short", "from Ceri
# Vaughan's helmet camera"
_WHOSE_CLIP = re.compile(
    r"\b(?:from|in|of)\s+(?:(?:the|her|his|their|its)\s+)?(?P<owner>(?:[A-Z][\w’'-]*\s+){0,2}"
    r"[\w’'-]+?)[’'](?:s\b)?\s+(?:[\w-]+\s+){0,2}?(?:video|clip|footage|reel|short|story|stream|"
    r"livestream|camera|time-lapse|review|tiktok|vlog|upload|post|film)\b",
    re.I,
)


def _possessors_thread(
    claim: Claim, text_at: dict[int, str], thread_of: dict[int, int], citing: set[int]
) -> int | None:
    """The one thread whose citing lines speak of the one the caption's clip is said to
    be of ("her grandson's video" after "Her grandson Jayden Tapsell, filming on his
    phone, ...")."""
    found = _WHOSE_CLIP.search(claim.text)
    if found is None:
        return None
    words = [w for w in found["owner"].split() if w.lower() not in _COMMON]
    if not words:
        return None
    named = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.I)
    using = {
        thread_of[p]
        for p in thread_of
        if p in citing and p != claim.position and named.search(text_at[p])
    }
    # (the words in two threads' lines, "a farmer's bull" and "The farmer ... posted his
    # own video": the words the caption shares with each decide)
    return using.pop() if len(using) == 1 else None


# A caption that brings its clip in, read like prose: "A still from a video posted to
# TikTok by stallholder Wen Ashdown-Li, showing ..." (the next line's "Her clip" is it),
# or after what it shows: "A fruit bat hangs by a visitor's face, in a still from a video
# posted to Instagram by visitor Corinne Appiah-Holt"
_A_CLIP_POSTED = (
    r"(?:a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:video|clip|livestream|stream|reel|tiktok|broadcast)\b"
    r"[^.;]{0,40}?\b(?:posted|uploaded|shared|filmed|streamed|broadcast|by)\b"
)
BRINGS_ITS_CLIP_IN = re.compile(
    r"^(?:A|An)\s+(?:still|frame|screenshot|screen\s*grab|grab|image)\s+(?:taken\s+)?(?:from|of)\s+"
    rf"(?:{_A_CLIP_POSTED}|"
    # ("A still from footage filmed by a fan on a car park roof and posted on X by ...")
    r"footage\s+(?:filmed|shot|recorded|posted|uploaded)\b|"
    # (or someone's, on a platform: "A screenshot from the organisers' Instagram livestream",
    # "A screenshot of the carnival's official YouTube livestream")
    rf"the\s+[\w’'-]+[’']s?\s+(?:official\s+|own\s+)?(?:{NAMED_PLATFORM})\s+"
    r"(?:live-?stream|stream|live|video|reel)\b|"
    # or a person's, named: "A screenshot of plane-spotter Harvey Lam's YouTube video of ..."
    r"(?:[\w-]+\s+){0,2}?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?[’']s?\s+(?:own\s+)?"
    rf"(?:(?:{NAMED_PLATFORM})\s+)?(?:live-?stream|stream|video|clip|reel|footage)\b)"
    # after what it shows, a new clip only: "..., in a still from a video posted to ..."
    r"|^[^.;]{0,200}?,\s+in\s+a\s+(?:still|frame|screenshot|screen\s*grab|grab|image)\s+"
    rf"(?:taken\s+)?from\s+(?:{_A_CLIP_POSTED}|"
    # (or a camera whose picture went out: "..., in a frame from the camera Duncan straps to
    # Fearnach's back for the afternoon display, streamed live on his YouTube channel")
    r"the\s+camera\b[^.;]{0,80}?\b(?:streamed|posted|uploaded|broadcast)\b|"
    # (or a body's own: "..., in a frame from the council's own Facebook livestream")
    rf"the\s+[\w’'-]+[’']s?\s+own\s+(?:(?:{NAMED_PLATFORM})\s+)?(?:live-?stream|stream|live|"
    r"video|reel)\b)",
    re.I,
)


# A still from "the video", named by nothing else ("Fans leave coaches at Mill Lane in a
# still from the video", "Photo: ..., a frame from the video of Melina Stathopoulou"): the
# clip the story is about, the first it told (a photo desk picks that one)
_FROM_THE_CLIP = re.compile(
    r"\b(?:still|image|frame|screenshot|screen\s*grab|grab|capture)\s+(?:taken\s+)?(?:from|of)\s+"
    r"the\s+(?:viral\s+|original\s+|full\s+)?(?:video|clip|footage)\b(?!\s+(?:that|which)\b)",
    re.I,
)
# ... or "of" its maker, as translated captions put it: "(from the video of Bi. Rehema Said
# Mwinyi)", "in image of the video of Renata Coelho", "taken from the video of Jerome
# Dimaculangan", "(still from the little film of Femke Oosterbrink-Lak)": the thread whose
# citing lines name them, else the story's clip
_FROM_THE_CLIP_OF = re.compile(
    r"(?:\b(?:still|image|frame|screenshot|screen\s*grab|grab|capture|picture|photo)\s+(?:taken\s+|"
    r"cut\s+)?(?:from|of)|\b(?:taken|captured|collected|cut)\s+from|\(from)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:video|clip|footage|film|recording)\s+(?:(?:posted|published|recorded|"
    r"filmed|shared)\s+)?(?:of|by)\s+(?:the\s+[a-z]+\s+)?(?:(?:Mr|Mrs|Ms|Dr|Bi|Mzee)\.?\s+)?"
    r"(?P<name>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,3})",
    re.I,
)


_FROM_THE_SAME = re.compile(
    r"\b(?:still|frame|image|screenshot|screen\s*grab|grab)\s+(?:taken\s+)?from\s+the\s+same\s+"
    r"(?:video|clip|footage|film|reel|stream|livestream|broadcast|recording)\b"
    # (or a broadcaster's label on the clip embedded under the lede: "Watch: the hawk lands
    # on the organ pipes during the Magnificat", 16 of 16 such lines past a clip in sets 0-186)
    r"|^Watch\s*:\s",
    re.I,
)


def a_still(text: str) -> bool:
    """The line says it is a still of a clip ("in a still from her TikTok video", "(from
    the video of Bi. Rehema Said Mwinyi)", "as seen on the livestream")."""
    return bool(
        STILL_FROM.search(text)
        or _FROM_THE_CLIP.search(text)
        or _FROM_THE_CLIP_OF.search(text)
        or AS_SEEN.search(text)
    )


MAKER_READS = 200  # citing lines of the story, the first first, a maker is looked for in


def _makers_thread(
    text: str,
    thread_of: dict[int, int],
    text_at: dict[int, str],
    story: list[int],
    first: int | None,
) -> int | None:
    """The first thread whose citing lines (`story`, in order) name the maker a still is
    said to be "of" (a full name, else its last word), else the story's first clip,
    `first`; None for no such still. (Only the first MAKER_READS lines: an article of
    thousands of such captions must not be read in time that grows with its square.)"""
    found = _FROM_THE_CLIP_OF.search(text)
    if found is None:
        return None
    for name in (found["name"], found["name"].split()[-1]):
        named = re.compile(rf"\b{re.escape(name)}\b")
        for position in story[:MAKER_READS]:
            if named.search(text_at[position]):
                return thread_of[position]
    return first


# A gallery's count line, printed like a caption with no full stop, of the clip the
# caption above it brought in: "Her video has been watched 2.4 million times", "The reel
# has more than 180,000 likes" (not a copy: "A copy of the video ... has been shared")
# (or of a stream's replay, as the body tells it: "Our livestream's replay has since been
# viewed 18,000 times", "The council says the livestream's replay has ...")
_COUNT_OF_IT = re.compile(
    r"^(?:[\w ’'-]{0,40}?\bsays\s+(?:that\s+)?)?(?:(?:Her|His|Their|Its|Our|The|That|This)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:video|clip|reel|tiktok|post|footage|livestream|stream|film|recording|"
    # (a clip made from the one above, counted under its still: "His stitch has about
    # 690,000 views"; or a length between: "The cine film, three minutes long, has had ...")
    r"replay|stitch|duet|reaction|reply)(?:,[^,]{1,60},)?|It)\s+(?:has|had|was|is)\s+(?:now\s+|"
    r"since\s+|already\s+)?(?:had\s+)?(?:been\s+(?:watched|viewed|seen|played|liked|shared|"
    r"re-?posted|saved)|(?:more\s+than|over|nearly|almost|about|around|roughly|some)?\s*[\d.,]+"
    r"\s*(?:[km]|million|thousand)?\s*(?:views|likes|plays|shares|comments))\b",
    re.I,
)


def attach_captions(
    claims: Sequence[Claim],
    by_position: dict[int, Citation],
    thread_of: dict[int, int],
    roles: dict[int, str],
) -> None:
    terms_of = {claim.position: terms(claim.text) for claim in claims}
    text_at = {claim.position: claim.text for claim in claims}
    citing = set(by_position)
    prose = [claim.position for claim in claims if not claim.is_caption]
    spread = Counter(term for position in prose for term in terms_of[position])
    in_thread: dict[int, Counter] = {}  # thread -> its prose sentences with each word
    for position, opener in thread_of.items():  # prose only: captions are not placed yet
        in_thread.setdefault(opener, Counter()).update(terms_of[position])
    # (the story's citing lines and its first clips, in order, read once: captions placed
    # below open no thread and cite nothing a maker is looked for in)
    story = sorted(citing & set(thread_of))
    openers = sorted(set(thread_of.values()))[:2]
    for claim in claims:
        citation = by_position.get(claim.position)
        opens_own = citation is not None and thread_of.get(claim.position) == claim.position
        first = next((o for o in openers if o != claim.position), None)
        # a caption printed with a full stop reads as prose; its words still say it is a
        # still of a clip ("... in a still from her TikTok video.")
        still = a_still(claim.text)
        caption = claim.is_caption or still
        # a still the rules took for a reference to the nearest clip is matched again by
        # the clip it names ("..., in a still from her mum's TikTok video" after a
        # council's stream): captions sit wherever the photos were laid out
        joined = claim.position in thread_of and not opens_own
        if not caption or (joined and not still):
            continue
        if opens_own and BRINGS_ITS_CLIP_IN.match(claim.text):
            continue  # (it brought its clip in, as prose would: its thread is its own)
        made = claim.text.startswith(("A ", "An ")) and MADE_FROM_IT.search(claim.text)
        if citation is not None and not joined and made:
            # a clip made from another, brought in under its still: "A duet of Sunil's video
            # by the comedian Marnie Okwuosa-Pratt ... has 1.4m views" is the duet's own (not
            # "Kaia Redmont holds the final note in her duet with ...", a still of one told)
            thread_of[claim.position], roles[claim.position] = claim.position, "citation"
            continue
        if LINK_OUT.match(claim.text) and citation is None:
            continue  # another story's headline, linked: no still
        if _PHOTOS.search(claim.text) and citation is None:
            continue  # "Factory workers share pictures of their meals": about photos
        if (
            _PHOTO_CREDIT.search(claim.text) or (_DATED.search(claim.text) and citation is None)
        ) and not _OF_A_CLIP.search(claim.text):
            # "... outside the station (Photo: supplied)", "Brenda Parfitt back on the
            # seafront yesterday": a photograph, taken for the story, no still
            continue
        # a still named by its clip's maker ("..., in a still from Aoife Grennan's video")
        # goes to the first thread whose citing lines name them (a photo desk picks
        # the clip the story is about), whatever words it shares
        owner = owners_thread(claim.text, thread_of, text_at, citing, first=True)
        if owner is None and citation is not None and COPY_OF_TOPIC.search(claim.text):
            # "A copy of the cow video ...": the clip whose lines tell of a cow
            owner = topic_thread(claim.text, thread_of, text_at, citing)
        if owner is None and citation is not None and _COUNT_OF_IT.match(claim.text):
            owner = thread_of.get(claim.position - 1)  # "Her video has been watched 2.4m times"
        if owner is None and _FROM_THE_SAME.search(claim.text):
            # "Arthur surfaces to cheers from the terrace, in a frame from the same video":
            # the clip of the stills just above it
            # (the nearest line above in a thread, read back from the caption)
            above = range(claim.position - 1, -1, -1)
            owner = next((thread_of[p] for p in above if p in thread_of), None)
        if citation is None and heard_in_clip(claim.text) and claim.position - 1 in thread_of:
            # a line of what is heard, printed like a caption under the clip's still: "'Mum,
            # she's going to land on the vicar,' Oscar can be heard whispering"
            thread_of[claim.position] = thread_of[claim.position - 1]
            roles[claim.position] = "quote"
            continue
        for named in _named_as_his(claim.text) if owner is None else []:
            # "Tobias Wrenfold on the ridge, in a still from his video": Wrenfold's clip
            owner = owners_thread(f"{named}'s video", thread_of, text_at, citing, first=True)
            if owner is not None and _RELATIVES.search(claim.text):
                family = re.compile(rf"\b{re.escape(named)}\b")
                naming = {
                    thread_of[p]
                    for p in citing & set(thread_of)
                    if p != claim.position and family.search(text_at[p])
                }
                owner = owner if len(naming) == 1 else None  # two threads name a Ward
            if owner is not None:
                break
        if owner is None and not joined and EMBED_CREDIT.match(claim.text):
            # "Credit: TikTok/@luisabakesbadly": the credit of the clip embedded above it,
            # unless it names another platform than that clip's
            above = max((p for p in thread_of if p < claim.position), default=None)
            owner = None if above is None else thread_of[above]
            if owner is not None and citation is not None:
                clip = [by_position[p] for p in by_position if thread_of.get(p) == owner]
                if _credits_another(citation, clip):
                    owner = None
        if owner is None:
            mine = [p for p in story[: MAKER_READS + 1] if p != claim.position]
            owner = _makers_thread(claim.text, thread_of, text_at, mine, first)
        if owner is None and citation is not None and citation.creator:
            # "..., in an image from video filmed by reporter Jung Hae-won": the maker's clip
            maker = f"{citation.creator}'s video"
            owner = owners_thread(maker, thread_of, text_at, citing - {claim.position}, first=True)
        if owner is None:
            owner = _platforms_thread(claim, by_position, thread_of)
        if owner is None:
            owner = _possessors_thread(claim, text_at, thread_of, citing)
        if owner is None:
            owner = _kinds_thread(claim.position, claim.text, text_at, thread_of, citing)
        if owner is None and citation is not None:  # ("The fair says the replay of ...")
            owner = earlier_clip_meant(claim.text, thread_of, text_at, None)
        if owner is None and not joined and _FROM_THE_CLIP.search(claim.text):
            owner = first
        if owner is not None and owner != claim.position:
            thread_of[claim.position], roles[claim.position] = owner, "caption"
            if citation is not None:
                citation.same_clip_as = owner
            continue
        if joined:
            continue  # (in a thread already, and named by nothing: it stays where it is)
        # (in order: a sum of floats taken in a set's order, which Python salts per
        # process, came out either side of CAPTION_MIN from one run to the next)
        mine = terms_of[claim.position]
        shared = {
            opener: sum(counts[t] / spread[t] for t in sorted(mine) if counts[t] and spread[t])
            for opener, counts in in_thread.items()
            if opener != claim.position
        }
        ranked = sorted(shared.values(), reverse=True) + [0.0, 0.0]
        best = max(shared, key=shared.__getitem__, default=None)
        if (
            best is not None
            and ranked[0] >= CAPTION_MIN
            and ranked[0] >= CAPTION_MARGIN * ranked[1]
        ):
            thread_of[claim.position], roles[claim.position] = best, "caption"
            if citation is not None:
                citation.same_clip_as = best
        elif citation is not None:  # a caption that cites a clip of its own
            thread_of[claim.position], roles[claim.position] = claim.position, "citation"


# A still named by its clip's kind ("in a frame from the committee's livestream", "as seen
# on the livestream", "from the drone footage"): the one thread whose citing lines tell a
# clip of that kind
_STILL_OF = re.compile(r"\b(?:from|of|on|in)\s+(?:the|a|an|[\w’'-]+[’']s)\s+", re.I)
# A still told as seen in a clip: "as seen on the livestream", "as caught on camera"
AS_SEEN = re.compile(r"\bas\s+(?:seen|caught|captured|shown)\s+(?:in|on|through)\b", re.I)
# (a caption's "seen from the livestream", with no "as": read only here, where what it was
# seen from must name a kind of clip)
_SEEN_FROM = re.compile(r"\bseen\s+(?:from|on|in)\b")
# (or a part of the clip, or its replay: "A clip of the pedal pipes cut from the livestream
# and posted on the workshop's Instagram", "The guild says the replay of its stream has ...")
_PART_OF = re.compile(r"\b(?:cut|clipped|taken|lifted)\s+from\b|\breplay\s+of\b")
_ITS = re.compile(r"\b(?:of|from)\s+(?:its|their)\s+")
_KINDS = {
    re.compile(r"\b(?:live-?)?stream\b|\bbroadcast\b", re.I): TELLS_A_STREAM,
    re.compile(r"\bdrone\b", re.I): re.compile(r"\bdrone\b", re.I),
    re.compile(r"\bcctv\b|\bsecurity[\s-]camera", re.I): re.compile(
        r"\bcctv\b|\bsecurity[\s-]camera|\bsurveillance\b", re.I
    ),
    re.compile(r"\bdoorbell\b", re.I): re.compile(r"\bdoorbell\b", re.I),
    re.compile(r"\bdash-?cam\b", re.I): re.compile(r"\bdash-?cam\b", re.I),
    re.compile(r"\btime-?lapse\b", re.I): re.compile(r"\btime-?lapse\b", re.I),
}


def _kinds_thread(
    position: int, text: str, text_at: dict[int, str], thread_of: dict[int, int], citing: set[int]
) -> int | None:
    """The one thread whose citing lines tell a clip of the kind a still is named by."""
    still = STILL_FROM.search(text) or AS_SEEN.search(text) or _SEEN_FROM.search(text)
    still = still or _PART_OF.search(text)
    found = (
        (_STILL_OF.search(text, still.start()) or _ITS.search(text, still.start()))
        if still
        else None
    )
    if found is None:
        return None
    named = " ".join(text[found.end() :].split()[:3])  # ("the committee's livestream")
    for kind, told in _KINDS.items():
        if kind.search(named):
            threads = {  # (told before the still: a thread opened after it is no source)
                thread_of[p]
                for p in citing & set(thread_of)
                if told.search(text_at[p]) and thread_of[p] < position
            }
            return threads.pop() if len(threads) == 1 else None
    return None


def _credits_another(credit: Citation, clip: list[Citation]) -> bool:
    """An embed's credit names another platform than the clip above it states ("Credit:
    YouTube/Marsh Farm Terriers" under a TikTok). (Not another maker: a line's stated maker
    may be someone in the clip, "a spaniel called Biscuit".)"""
    platforms = {c.platform for c in clip} - {None, "social media"}
    return bool(credit.platform and platforms and credit.platform not in platforms)
