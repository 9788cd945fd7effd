"""A clip named by what it shows: "the escalator clip", "the 'stampede' video", "A copy of
the owl rescue posted on X".

    topic_thread(text, thread_of, text_at, citing) -> the opener of the thread whose
                        citing lines tell what the clip is of
    referred_thread(...) the first thread a description, a kind of clip, a body or a
                        topic finds (archiver.articles.owners reads the first three)

A definite reference names a clip told before by a word for what it shows; the word is
matched by its stem, so "the stampede video" is the clip of "revellers stampeding".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from archiver.articles.bodies import bodys_thread, names_a_bodys_clip
from archiver.articles.clip_kinds import MADE_FROM_IT
from archiver.articles.owners import described_thread, kind_thread, marked_another
from archiver.text import stems

# A clip named by what it is of: "The escalator clip was posted by ...", "the singalong
# video", after "A shopper on an escalator filmed ..."; "Her fox video" (a word of three
# letters or more)
_TOPIC_CLIP = re.compile(
    r"^(?:[^,]{0,40},\s+|[^,:]{1,40}:\s+)?(?:[Tt]he|[Tt]hat|[Tt]his|[Hh]er|[Hh]is|[Tt]heir|[Yy]our|[Mm]y|[Oo]ur)\s+(?P<word>[a-z][\w-]{2,})\s+(?:video|clip|"
    r"footage|reel|post|stream|livestream|recording)\b"
)
# ... or later in the line, the topic perhaps in quotes: "The force says officers have
# seen the fence video", "And one more thing: the brass band clip has now been copied"
_TOPIC_CLIP_IN = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:[a-z][\w-]*\s+)?[‘'“\"]?(?P<word>[a-z][\w-]{3,})[’'”\"]?\s+"
    r"(?:video|clip|footage|reel|stream|livestream|recording)\b"
)
TOPIC_READS = 60  # citing lines, the latest first
TOPIC_ALL = 400  # thread members read in full; past them, this many citing lines
_A_CLIP_BEFORE = re.compile(
    r"\b(?:a|an|another|one)\s+(?:[\w-]+\s+){0,2}?(?:video|clip|footage|reel|stream|livestream|"
    r"recording|tiktok|post)\b",
    re.I,
)
# Words before "clip" that say which version or how it spread, not what it shows
_NOT_TOPICS = frozenset(
    "same original viral full whole entire short shorter longer edited raw deleted "
    "now-deleted famous popular main first second third last latest earlier later other "
    "new older widely most-shared most-watched most-viewed uncut unedited whose old own top "
    "big odd".split()
)


# A copy of a clip named by what it is of: "A copy of the owl rescue posted on X by ...",
# "A copy of the cow video reposted on Facebook" (a word of three letters or more),
# "A 45-second excerpt of the silent choir posted on TikTok", "A copy of the Brannock Road
# video shared on X" (the last word before the clip word, or before where it went)
COPY_OF_TOPIC = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(?:copy|excerpt|cut|version|repost|re-?upload|"
    # (or by whose it is: "A copy of Castellane-Wood's 'Ironmongery' video posted on ...")
    r"screen-?recording)\s+of\s+(?:the|that|this|his|her|their|[A-Z][\w’'-]+[’']s)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?P<word>[\w’'-]{3,})"
    r"(?:\s+(?:video|clip|footage|reel|stream|livestream|recording))?\s+(?:posted|shared|"
    r"re-?posted|uploaded|re-?uploaded|forwarded|sent|copied|circulating|put|on|to|by|"
    # (or told of: "A copy of the Lamborghini video is still circulating on X")
    r"is|was|has|had|remains)\b"
)


def _stem_pattern(stem: str) -> str:
    """A stem as a pattern for the words it stands for: the stemmer's "nurseri" is "nursery"
    and "nurseries" both."""
    return re.escape(stem[:-1]) + "[iy]" if stem.endswith("i") else re.escape(stem)


def topic_thread(
    text: str, thread_of: dict[int, int], text_at: dict[int, str], citing: set[int]
) -> int | None:
    """The opener of the latest thread one of whose citing lines speaks of what a
    definite reference names its clip by ("The escalator clip" after "A shopper on an
    escalator filmed ..."), or a copy of it ("A copy of the owl rescue ..."); failing a
    citing line, the thread of the latest scene that does ("Her fox video" after "A fox
    she found on the verge lies on ..."); or None."""
    found = _TOPIC_CLIP.match(text) or COPY_OF_TOPIC.search(text)
    inside = None if found else _TOPIC_CLIP_IN.search(text)
    if inside and not _A_CLIP_BEFORE.search(text, 0, inside.start()):
        found = inside  # (not "posted a video in which she watches the steward clip")
    word = found["word"].lower().strip("’‘'") if found else ""  # ("the 'stampede' video")
    if found is None or word in _NOT_TOPICS or marked_another(text):
        return None
    if word in ("video", "clip", "footage", "reel", "stream", "livestream", "recording"):
        return None  # (a copy of the clip in play, by no topic: "A copy of the video")
    # ("the fireworks clip": "firework"; "the 'stampede' video": "revellers stampeding")
    stem = stems([word])[0]
    # ("the first-day video" is of the "first day"; "the hedge-costume video", failing
    # that, of a "Hedgerow costume": each part of a compound in turn)
    parts = [p for p in stems(stem.split("-")) if len(p) >= 4 and p not in _NOT_TOPICS]
    whole = _stem_pattern(stem).replace(r"\-", r"[\s-]")
    for pattern in (whole, *(map(_stem_pattern, parts) if len(parts) > 1 else ())):
        named = re.compile(rf"\b{pattern}", re.I)
        # (a copy is of the clip first told so: the earliest thread, not the latest; a
        # topic later in the line is looked for in the latest citing lines only, as an
        # article of thousands of such lines must not be read in time that grows with its
        # square: `thread_of` is in the order the lines were read)
        # (and past TOPIC_ALL members, a copy reads the first TOPIC_ALL citing lines, a
        # reference the latest: a gallery of 1,500 copies, each asking of every line before
        # it, took 10x its plain twin at 6,000 lines)
        latest = found.re is not COPY_OF_TOPIC
        order: Iterable[int] = (
            islice((p for p in reversed(thread_of) if p in citing), TOPIC_READS)
            if found is inside
            else sorted(thread_of, reverse=latest)
            if len(thread_of) <= TOPIC_ALL
            else islice(
                (p for p in (reversed(thread_of) if latest else thread_of) if p in citing),
                TOPIC_ALL,
            )
        )
        for position in order:
            line = text_at.get(position, "")
            # (not a clip made from that one: "stitched the launch video" is the stitch's)
            if position in citing and named.search(line) and not MADE_FROM_IT.search(line):
                return thread_of[position]
    if found is not inside and len(thread_of) <= TOPIC_ALL:
        # no citing line names it: what a clip's scene showed ("A fox she found on the
        # verge ... lies on a sheet of newspaper", so "Her fox video" is that clip's)
        named = re.compile(rf"\b{_stem_pattern(stem)}", re.I)
        scenes = (p for p in reversed(thread_of) if p not in citing)
        return next((thread_of[p] for p in scenes if named.search(text_at.get(p, ""))), None)
    return None


def referred_thread(
    text: str, thread_of: dict[int, int], text_at: dict[int, str], citing: set[int]
) -> int | None:
    """The thread a citing line refers back to by a description, a kind of clip, a body or
    what the clip is of (in that order, the body first when the line names one), or None."""
    finds = (described_thread, kind_thread, bodys_thread, topic_thread)
    if names_a_bodys_clip(text):
        # ("The council's stream", "Castlebeck Metro says ... its own livestream": the
        # body's, whatever streamed last)
        finds = (bodys_thread, described_thread, kind_thread, topic_thread)
    for find in finds:
        found = find(text, thread_of, text_at, citing)
        if found is not None:  # (an opener may be at position 0: no `or`)
            return found
    return None
