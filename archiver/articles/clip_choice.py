"""Which clip a citing line speaks of, once a clip was told: a small learned choice.

    Thread(opener, texts, last)           a clip told so far: its citing lines
    Reference(text, position, picked, threads)
                                          a citing line after a clip was told, the thread
                                          the rules picked (or its own), the ones in play
    Told()                                the citing lines so far, by thread; .add(...),
                                          .went_on(...), .reference(...), .choose(...)
    features(reference, thread) -> dict   what the choice reads of one candidate
    left_to_rules(reference) -> bool      a line the model is never asked about
    choose(reference) -> int              the opener of the thread it speaks of

The rules of archiver.articles.threads send a reference back ("The video has 71,400
upvotes", "A copy posted on TikTok ...", "TikTok said it had removed the original") to
the nearest clip unless the line names the clip's owner, its platform or its order, and
open a thread for a line with no such reference. On the labelled sets as each was first
run, most citing lines put in the wrong thread were of these kinds: a line that opened a
thread of its own though it speaks of a clip told before, one that joined a clip though
it cites a new one, and one sent to the nearest clip when the story's main clip is meant
again after a reply, a stitch or a second clip was told.

A conditional logit over the candidates, the line's own clip and the clips in play (a
softmax of one linear score each), trained by bench/clip_choice.py --train on every
labelled set's citing lines as the code first run on that set read them; its weights are
in clip_choice.json beside this file. It reads plain signals: of each clip in play, the
rules' pick, nearest, first, how far back, how much was said of it, names, handles, words
and platform shared with the line, a stitch or a reply, and whether the line speaks of an
original, a copy or a count; of the line's own clip, a definite, indefinite or possessive
clip, a copy, a count, names, handles and a platform not told before. The rules' pick
stands unless the line is left to them or the model gives another candidate at least the
shipped share of the probability.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from archiver.articles.clip_kinds import MADE_FROM_IT
from archiver.articles.copies import A_COPY, ORIGINAL_TRACED, REPOST
from archiver.articles.earlier_clip import A_NEW_ONE, A_REPLY, CLIP_WORD, ORIGINAL_ACTED_ON
from archiver.articles.filmed_by import FILMED_AND_POSTED
from archiver.articles.membership import content_words, names_in
from archiver.articles.metrics import metrics_stated
from archiver.articles.owners import POSTED_OWN
from archiver.articles.retells import MADE_ONE
from archiver.articles.stated import HANDLE
from archiver.articles.which_clip import NOT_QUALIFIERS, another_clip, new_clip
from archiver.platforms import NAMED_PLATFORM, platform_named

WEIGHTS = Path(__file__).with_name("clip_choice.json")


@dataclass(frozen=True)
class Thread:
    """A clip told before the line: its opener and its citing lines so far, in order."""

    opener: int  # the claim position of its first citing line
    texts: tuple[str, ...]
    last: int  # the claim position of its latest line


@dataclass(frozen=True)
class Reference:
    """A citing line after at least one clip was told, and the rules' reading of it."""

    text: str
    position: int
    picked: int  # the opener of the thread the rules picked, or `position`: a clip of its own
    threads: tuple[Thread, ...]  # the clips in play (Told.reference), oldest first


_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_COMMON = frozenset(
    "the a an and but or so of in on at to for with by from as is are was were has had have "
    "it its this that these those his her their he she they we you i our my your one after "
    "before when while then there here also more than about over into video videos clip "
    "clips footage post posted reel tiktok said says told".split()
    # (words for a platform or someone on one are not names: "The TikToker also records")
    + "tiktoker tiktokers youtuber youtubers instagrammer streamer vlogger blogger influencer "
    "creator youtube instagram facebook twitch snapchat douyin weibo reddit threads bluesky "
    "kuaishou bilibili whatsapp telegram x".split()
)
_ORIGINAL = re.compile(r"\b(?:original|first|initial|earlier|source)\b", re.I)
_CLIP_NOUN = (
    r"(?:video|clip|footage|reel|post|tiktok|livestream|stream|recording|version|upload|short)"
)
_THE_CLIP = re.compile(rf"\b(?:the|that|this)\s+(?:[\w-]+\s+)?{_CLIP_NOUN}\b", re.I)
# (past a possessive: "A fan's video of a sudden hailstorm" is someone's, a new one)
_A_CLIP = re.compile(rf"\b(?:a|an|one|another)\s+(?:[\w’'-]+\s+){{0,2}}?{_CLIP_NOUN}\b", re.I)
# the word that tells which clip: "the canoe video", "the dashcam footage", "the redemption
# video"
_QUALIFIED_CLIP = re.compile(
    rf"\b(?:the|that|this|his|her|their)\s+(?P<word>[a-z][\w-]{{2,}})\s+{_CLIP_NOUN}s?\b", re.I
)
_WHOSE_CLIP = re.compile(rf"(?:[’']s|\b(?:his|her|their|its))\s+(?:[\w-]+\s+)?{_CLIP_NOUN}\b", re.I)
_MADE = re.compile(r"\b(?:filmed|recorded|shot|captured|streamed|posted|uploaded|shared)\b", re.I)
_PRONOUN_START = re.compile(r"^(?:[^,]{0,40},\s+)?(?:it|its|this|that)\b", re.I)
_KINDS = (
    "stream",
    "livestream",
    "reel",
    "short",
    "story",
    "stories",
    "footage",
    "post",
    "tiktok",
    "video",
    "clip",
    "reply",
    "response",
    "duet",
    "stitch",
    "copy",
    "teaser",
    "advert",
    "highlight",
)
_KIND = re.compile(r"\b(" + "|".join(_KINDS) + r")s?\b", re.I)
_MARK = re.compile(  # (not a length: "A 41-second clip")
    r"(?<![\w-])(?:first|second|third|fourth|fifth|another|other|previous|earlier|later|latest|own|"
    r"last|final|newest|next|"
    r"reaction|response|repl(?:y|ies|ied)|stitch\w*|duet\w*|sequel|follow-up|rival|compilation|"
    r"parody|spoof|cover|remix\w*|mashup|"
    r"breakout|longest|most-(?:watched|viewed|shared|liked|popular))\b",
    re.I,
)
_MADE_BY = re.compile(
    r"\b(?i:posted|filmed|uploaded|shared|recorded|made|shot|streamed)\s+by\s+"
    r"(?:[\w'’-]+\s+){0,4}?[A-Z@]"
)
_NO_CLIP = re.compile(
    r"#\w|\b(?:hashtag|photo|photograph|picture|image|screenshot|still|meme|sound|song|"
    r"trend|challenge|petition)s?\b"
    # clips counted together: "Two videos of the race have drawn 88,000 views between them"
    r"|\b(?:two|three|four|five|several|both|many|multiple|dozens\s+of)\s+(?:[\w-]+\s+)?"
    r"(?:videos|clips|reels|posts|tiktoks|streams)\b",
    re.I,
)
_SOMEONE_FILMED = re.compile(
    r"(?:One|A|An|Another)\s+(?:[\w-]+\s+){0,3}?(?:filmed|recorded|shot|streamed|livestreamed|"
    r"captured)\b"
)
# ... told in the line's course, the rules reading it as a clip of its own: "A resident of
# Orchard Way filmed the aftermath ...", "You have probably seen it: a pharmacy assistant in
# Wexcombe filmed ...", "..., and a doorbell camera on one of the houses recorded him"
_SOMEONE_NEW_FILMED = re.compile(
    # (past an apposition: "A resident, Alex Tesaru, filmed the street flooding")
    r"(?:^|[,:;]\s+|\band\s+)(?:a|an|one|another)\s+(?:[\w’'-]+,?\s+){0,6}?(?:filmed|recorded|"
    r"shot|streamed|livestreamed|captured|caught)\b",
    re.I,
)
# ... or someone named, as the rules read a clip of their own: "Caretaker Bill Okoro filmed
# the moment he shooed it back out" after the council's CCTV
# (or went live: "Window cleaner Ann Hughes went live on Facebook" after Ann Lee's live)
_NAMED_FILMED = re.compile(
    r"^(?:[A-Z][\w’'-]+\s+(?:[a-z][\w-]+\s+){0,2})(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+"
    r"(?:,[^,]{1,60},)?\s+(?:filmed|recorded|"
    r"live-?streamed|went\s+live|has\s+gone\s+live)\b"
)
_OWNERS_CLIP = re.compile(rf"\b(?P<owner>\w[\w-]*)[’']s\s+(?:[\w-]+\s+)?{_CLIP_NOUN}\b")
_A_NEW_CLIP = re.compile(
    r"\b(?:a|an|another|one|some|two|three|several)\s+(?:[\w’'-]+\s+){0,2}?(?:video|clip|"
    r"footage|reel|tiktok|livestream|stream|recording|post)s?\b",
    re.I,
)
# The clip told on the line just before, taken up by a word that can only point back: "The
# league reposted it on TikTok", "In his video, he holds the advert up", "'Three gates ...'
# he says in the video" after a reaction video's opener
_JUST_TOLD = re.compile(
    r"\b(?:reposted|re-?uploaded|viewed|watched|shared|copied)\s+it\b|\bcopy\s+of\s+it\b"
    r"|\bin\s+(?:that|this)\s+(?:recording|video|clip|footage)\b"
    r"|\b(?:his|her|their)\s+(?:video|clip|reel|recording)\b"
    r"|\bin\s+the\s+(?:[\w-]+-second\s+)?(?:video|clip)\b",
    re.I,
)
_FAR = 12  # claims: a thread last cited further back counts as far
# The clips in play: the story's first and the few cited most recently (an article that
# cites a new clip on every line must not be read in time that grows with its square),
# each read by its first and latest citing lines.
_RECENT = 5
_ENDS = 4


def _names(text: str) -> set[str]:
    """Capitalised words past the first, lower-cased (handles are read apart)."""
    return names_in(text, _COMMON)


@dataclass(frozen=True)
class _Said:
    """What a text says that the choice compares: read once per line and per clip's lines
    (every candidate of a line reads the same line, and a clip's lines stay as they were
    from one citing line to the next), not once per candidate. The caches are small: a
    reference reads at most six clips' lines, and an article's long lines are not kept
    for long after it."""

    names: frozenset[str]
    handles: frozenset[str]
    words: frozenset[str]
    platform: str | None  # the first named, "social media" read as none
    kinds: frozenset[str]
    every_word: frozenset[str]  # lower-cased, whole ("car" is not in "scar")


@functools.lru_cache(maxsize=512)
def _said(text: str) -> _Said:
    platform = platform_named(text)
    return _Said(
        names=frozenset(_names(text)),
        handles=frozenset(h.lower() for h in HANDLE.findall(text)),
        words=frozenset(content_words(text, _COMMON)),
        platform=None if platform == "social media" else platform,
        kinds=frozenset(k.lower().rstrip("s") for k in _KIND.findall(text)),
        every_word=frozenset(w.lower() for w in _WORD.findall(text)),
    )


@functools.lru_cache(maxsize=512)
def _clip_platform(texts: tuple[str, ...]) -> str | None:
    """The first platform a clip's citing lines name."""
    return next((p for p in (_said(t).platform for t in texts) if p is not None), None)


def features(reference: Reference, thread: Thread | None) -> dict[str, float]:
    """The choice's inputs for one candidate, by name (clip_choice.json keeps their order):
    a thread told before, or None, the line's clip as one of its own. What the line says
    counts for its own clip; what it shares with a thread counts for that thread."""
    values = dict.fromkeys(_THREAD_FEATURES + _OWN_FEATURES, 0.0)
    if thread is None:
        values.update(_own(reference))
    else:
        values.update(_candidate(reference, thread))
    return values


@functools.lru_cache(maxsize=512)
def _counted(text: str) -> bool:
    """The line states a count of the clip's audience (not an account's followers)."""
    return any(m.kind != "followers" for m in metrics_stated(text))


def _own(reference: Reference) -> dict[str, float]:
    text = reference.text
    told = " ".join(t for thread in reference.threads for t in thread.texts)
    platform = platform_named(text)
    platforms = {platform_named(t) for thread in reference.threads for t in thread.texts}
    names, handles = _names(text), {h.lower() for h in HANDLE.findall(text)}
    return {
        "own": 1.0,
        "own_picked": float(reference.picked == reference.position),
        "own_definite": float(bool(_THE_CLIP.search(text))),
        "own_indefinite": float(bool(_A_CLIP.search(text))),
        "own_possessive": float(bool(_WHOSE_CLIP.search(text))),
        "own_new_clip": float(new_clip(text)),
        "own_another": float(another_clip(text, "")),
        "own_copy": float(bool(A_COPY.search(text) or REPOST.search(text))),
        "own_counted": float(_counted(text)),
        "own_it": float(bool(_PRONOUN_START.match(text))),
        "own_names_new": float(bool(names - _names(told))),
        "own_handle_new": float(bool(handles - {h.lower() for h in HANDLE.findall(told)})),
        "own_platform_new": float(
            platform not in (None, "social media") and platform not in platforms
        ),
        "own_made": float(bool(_MADE.search(text))),
        "own_threads": math.log1p(len(reference.threads)),
        "own_since_last": math.log1p(reference.position - max(t.last for t in reference.threads)),
    }


def _candidate(reference: Reference, thread: Thread) -> dict[str, float]:
    text = reference.text
    openers = [t.opener for t in reference.threads]
    nearest = max(reference.threads, key=lambda t: t.last).opener
    recency = sorted((t.last for t in reference.threads), reverse=True)
    line, told = _said(text), _said(" ".join(thread.texts))
    names, told_names = line.names, told.names
    handles, told_handles = line.handles, told.handles
    words, told_words = line.words, told.words
    platform, told_platform = line.platform, _clip_platform(thread.texts)
    made_from = bool(MADE_FROM_IT.search(thread.texts[0]) or POSTED_OWN.search(thread.texts[0]))
    earliest = thread.opener == min(openers)
    counted = _counted(text)
    copy = bool(A_COPY.search(text) or REPOST.search(text))
    kinds, told_kinds = line.kinds - {"video", "clip"}, told.kinds
    others = " ".join(t for other in reference.threads if other is not thread for t in other.texts)
    qualifiers = (
        {m.group("word").lower() for m in _QUALIFIED_CLIP.finditer(text)} - _COMMON - NOT_QUALIFIERS
    )
    told_text, others_text = told.every_word, _said(others).every_word
    return {
        "picked": float(thread.opener == reference.picked),
        "nearest": float(thread.opener == nearest),
        "earliest": float(earliest),
        "rank": float(min(recency.index(thread.last), 3)),
        "since_last": math.log1p(max(0, reference.position - thread.last)),
        "far": float(reference.position - thread.last > _FAR),
        "citing_lines": math.log1p(len(thread.texts)),
        "names_shared": float(min(len(names & told_names), 3)),
        "names_only_elsewhere": float(bool(names - told_names and names & _names(others))),
        "handle_shared": float(bool(handles & told_handles)),
        "words_shared": len(words & told_words) / (len(words) + 1),
        "platform_same": float(platform is not None and platform == told_platform),
        "platform_other": float(
            platform is not None and told_platform is not None and platform != told_platform
        ),
        "kind_shared": float(bool(kinds & told_kinds)),
        "kind_other": float(bool(kinds) and not kinds & told_kinds),
        "made_from_another": float(made_from),
        "original_and_earliest": float(bool(_ORIGINAL.search(text)) and earliest),
        "copy_and_earliest": float(copy and earliest),
        "count_and_earliest": float(counted and earliest),
        "count_and_made_from": float(counted and made_from),
        "the_clip_and_earliest": float(bool(_THE_CLIP.search(text)) and earliest),
        "qualifier_told": float(any(q in told_text for q in qualifiers)),
        "qualifier_elsewhere": float(
            any(q in others_text and q not in told_text for q in qualifiers)
        ),
        "it_and_nearest": float(bool(_PRONOUN_START.match(text)) and thread.opener == nearest),
    }


_THREAD_FEATURES = tuple(
    _candidate(Reference("", 1, 0, (Thread(0, ("",), 0),)), Thread(0, ("",), 0))
)
_OWN_FEATURES = tuple(_own(Reference("", 1, 0, (Thread(0, ("",), 0),))))
FEATURES = _THREAD_FEATURES + _OWN_FEATURES


class Told:
    """The citing lines read so far, by the thread each went to (the position of its
    opener), added in order."""

    def __init__(self) -> None:
        self._lines: dict[int, list[tuple[int, str]]] = {}
        self._last: dict[int, int] = {}  # each thread's latest line, citing or not

    def went_on(self, position: int, opener: int) -> None:
        """A line that is not citing joined the thread (it is in play until its last line)."""
        if opener in self._lines:
            self._last[opener] = position

    def kept(self, text: str, position: int, picked: int) -> int:
        """The rules' pick, with no model asked; the line is added to it."""
        self.add(position, picked, text.strip())
        return picked

    def add(self, position: int, opener: int, text: str) -> None:
        lines = self._lines.setdefault(opener, [])
        lines.append((position, text))
        self._last[opener] = position
        if len(lines) > 2 * _ENDS:
            del lines[_ENDS]  # (the first and the latest are what is read)
        self._lines[opener] = self._lines.pop(opener)  # (the most recently cited last)

    def reference(self, text: str, position: int, picked: int) -> Reference | None:
        """The line with the clips in play (None before any clip was told)."""
        if not self._lines:
            return None
        openers = list(self._lines)
        keep = set(openers[-_RECENT:]) | {min(openers)} | ({picked} & set(openers))
        threads = tuple(
            Thread(o, tuple(t for _, t in self._lines[o]), self._last[o]) for o in sorted(keep)
        )
        return Reference(text, position, picked, threads)

    def choose(self, text: str, position: int, picked: int) -> int:
        """The thread a citing line goes to (its own position: a clip of its own), the
        rules' pick unless the model is sure of another; the line is added to it."""
        text = text.strip()
        reference = self.reference(text, position, picked)
        chosen = picked if reference is None else choose(reference)
        self.add(position, chosen, text)
        return chosen


@functools.cache
def _model() -> tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...], float]:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if list(data["features"]) != list(FEATURES):
        raise ValueError(f"{WEIGHTS.name} was trained on other features; retrain it")
    return tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]), data["threshold"]


def scores(reference: Reference) -> dict[int, float]:
    """Each candidate's share of the probability, by opener (the line's own position for a
    clip of its own): a softmax of one linear score per candidate."""
    mean, scale, weights, _ = _model()
    z = {}
    for thread in (None, *reference.threads):
        values = features(reference, thread)
        opener = reference.position if thread is None else thread.opener
        z[opener] = sum(
            w * (values[name] - m) / s
            for name, m, s, w in zip(FEATURES, mean, scale, weights, strict=True)
        )
    top = max(z.values())
    exp = {opener: math.exp(max(-60.0, v - top)) for opener, v in z.items()}
    total = sum(exp.values())
    return {opener: v / total for opener, v in exp.items()}


def marked(text: str) -> bool:
    """The line marks which clip it means ("The second video", "The first, a Facebook Live
    broadcast", "her own reel", "a reaction video", "replied with a video", "his
    most-watched video", "led us to the original upload", a maker named): the rules read
    such marks, and the model is not asked."""
    if _MARK.search(text) or ORIGINAL_TRACED.search(text):
        return True
    # its maker named ("The version most people know, posted by Cork piano teacher Aine
    # Walsh"): the rules weigh the maker against the thread's; a copy keeps its clip's
    return bool(_MADE_BY.search(text)) and not (A_COPY.search(text) or REPOST.search(text))


def _a_copy(text: str) -> bool:
    """A copy of a clip ("A copy posted on Facebook", "reposted it", "cut from the stream
    by a viewer"), not a clip reposted that the story brings in as new ("The mayor
    reposted a video of council workers ...")."""
    for found in (*A_COPY.finditer(text), *REPOST.finditer(text)):
        if not _A_NEW_CLIP.search(text, found.start(), found.end() + 40):
            return True
    return False


def left_to_rules(reference: Reference) -> bool:
    """The model is not asked: nothing was told before, the line marks its clip ("His last
    video"), makes one ("filmed his search and put the video on YouTube", "One content
    creator recorded his night shift"), brings one in indefinitely
    and not as a copy, counts something that is no clip ("The hashtag
    #ChairGate has been viewed 40 million times", "A photo of the fall has 200,000
    likes"), or names as its owner someone no clip in play speaks of ("Haddad's video has
    been viewed 5,000 times", "The rail operator's video, posted on X, ...")."""
    text = reference.text
    if not reference.threads or marked(text) or _NO_CLIP.search(text):
        return True
    if reference.picked == reference.position - 1 and _JUST_TOLD.search(text):
        return True  # the clip told on the line before, pointed back to: "reposted it"
    if FILMED_AND_POSTED.search(text) or _SOMEONE_FILMED.match(text):
        # a clip made here: "filmed his search ... and put the video on YouTube", "One
        # content creator recorded his 12-hour night shift"
        return True
    if reference.picked == reference.position and (
        _SOMEONE_NEW_FILMED.search(text) or _NAMED_FILMED.match(text)
    ):
        return not _a_copy(text)
    if _A_CLIP.search(text) and not _a_copy(text):
        return True  # a clip brought in as new: "said TikToker Hugh Chongqing in a video"
    if reference.picked == reference.position and A_NEW_ONE.search(text):
        return True  # one that follows one told: "And Saoirse is back with a new live"
    if reference.picked == reference.position and MADE_ONE.search(text) and not _a_copy(text):
        return True  # something new made, as the rules read it: "posted a breakdown on YouTube"
    latest = reference.threads[-1].texts[0]
    if ORIGINAL_ACTED_ON.search(text) and any(
        p.search(latest) for p in (MADE_FROM_IT, POSTED_OWN, A_REPLY)
    ):
        return True  # "the original video" after a reply: the clip it answers (earlier_clip)
    owners = {m["owner"].lower() for m in _OWNERS_CLIP.finditer(text)}
    words = {
        t.opener: {w.lower() for line in t.texts for w in _WORD.findall(line)}
        for t in reference.threads
    }
    told = set().union(*words.values())
    named = {m["owner"].lower() for m in _OWNERS_CLIP.finditer(text) if m["owner"][0].isupper()}
    theirs = [opener for opener, said in words.items() if named and named <= said]
    if theirs == [reference.picked]:
        return True  # the one clip whose lines name the owner: "A copy of Hana's drone video"
    platforms = {m["platform"].lower() for m in _PLATFORMS_CLIP.finditer(text)}
    if reference.picked == reference.position and platforms - told:
        # a clip of a platform no clip in play was told on, as the rules read it: "Then
        # there was the Instagram reel of a goat" after a Reddit user's clip
        return True
    on = [opener for opener, said in words.items() if platforms and platforms <= said]
    return on == [reference.picked] or bool(owners - told)  # (or "the TikTok video": one)


_PLATFORMS_CLIP = re.compile(
    rf"\b(?:the|a|an|that|this)\s+(?P<platform>{NAMED_PLATFORM})\s+{_CLIP_NOUN}\b"
)


def choose(reference: Reference) -> int:
    """The opener of the clip the line speaks of (its own position: a clip of its own):
    the rules' pick, unless left_to_rules or the model gives another at least the shipped
    share; a line with no word for a clip is never made a clip of its own."""
    if left_to_rules(reference):
        return reference.picked
    shares = scores(reference)
    if reference.picked != reference.position and not CLIP_WORD.search(reference.text):
        # a line with no word for a clip tells of one already told, not a new one ("The
        # TikToker also records his colleagues")
        shares.pop(reference.position, None)
    best = max(shares, key=lambda opener: shares[opener])
    return best if best != reference.picked and shares[best] >= _model()[3] else reference.picked
