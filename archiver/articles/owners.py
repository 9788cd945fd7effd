"""A clip named by whose it is: "Medeiros's video had been viewed ...".

    owners_thread(text, thread_of, text_at, citing) -> the opener of that person's thread
    described_thread(text, thread_of, text_at, citing) -> the opener of the thread that
                        brought in "the dock worker" as "a dock worker"
    kind_thread(text, thread_of, text_at, citing) -> the opener of the thread whose clip
                        is of the kind a reference names ("the dashcam footage", "His stitch")
    (archiver.articles.bodies reads a clip named by its body, "The fire service's post";
    archiver.articles.topics one named by what it shows, and which of these a line means)

News copy names a clip cited earlier by its owner's surname once the owner has been
introduced ("A video posted by a fishing skipper, Duarte Medeiros, shows ..." and,
lines and another clip later, "Medeiros's video had been viewed 2.5 million times").
That is a reference back to the thread whose citing lines name the same person, however
far back it is and whatever thread the text is on; unless the clip is marked as another
("Medeiros's second video", "her latest clip"), which is a clip of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from itertools import islice

from archiver.articles.agents import KIN, NAME_PARTICLE
from archiver.articles.clip_kinds import MADE_FROM_IT, TELLS_A_STREAM
from archiver.articles.letters import CAPITAL, MARKS
from archiver.text import name_pattern

_NAME_WORD = rf"[{CAPITAL}][\w{MARKS}’'-]*?"
_OWNERS_CLIP = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{0,3}})[’']s?\s+"
    r"(?P<marks>(?:[\w-]+\s+){0,2}?)"
    r"(?:video|clip|footage|livestream|live-?stream|reel|recording|vlog|TikTok|post|upload|"
    r"original|Short|Snap|stream|broadcast|"
    # ("Rhona's live has passed 6,000 viewers", "a clip from Rhona's live, of her kneeling")
    r"live(?=\s*,|\s+(?:has|had|is|was|went|ended|peaked|drew|reached|passed|hit|ran)\b)|"
    # ("Priya's Instagram Live")
    r"(?:(?<=Instagram )|(?<=Facebook )|(?<=TikTok )|(?<=YouTube ))Live)\b"
    r"(?![-’']?s\b)"
)
# Any noun of a named maker's that a page copied: "reposted Volkov-Mensah's Shetland trim
# without credit" (the clip told by what it shows, not by a word for a clip)
_COPIED_OWNERS_THING = re.compile(
    rf"\b(?:re-?posted|re-?shared|re-?uploaded|copied|lifted|nabbed|swiped|pinched)\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{0,3}})[’']s?\s+(?P<marks>)"
    r"(?:[\w-]+\s+){0,2}?[a-z][\w-]*\b"
)
# Any noun of a maker's opening a line that cites by its counts: "Walker's grid has been
# shared 95,000 times", "Hamid's flapping bird has since been copied" (not "Tyler's own camera")
_OWNERS_THING = re.compile(
    rf"^(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{0,3}})[’']s?\s+(?P<marks>)"
    # (an aside before the verb: "Sandscape's elephant, meanwhile, passed four million views")
    r"(?:[a-z][\w-]*\s+(?:was|is)|(?:(?!own\b)[a-z][\w-]*(?:\s+|,\s+(?:meanwhile|though|however|"
    r"too|also|incidentally|by\s+the\s+way),\s+)){1,2}(?:has|have|had|drew|reached|"
    r"got|racked|passed|hit|topped))\b"
)
# A clip "of" a person named, as a translation gives the possessive ("The video of Hrefna
# Björk was also taken over by ...", "The recording of Jelena was transmitted also by ..."):
# the clip of the thread that named them, whether they made it or are in it
_CLIP_OF_NAMED = re.compile(
    r"^(?:(?:Likewise|Similarly|Meanwhile|Later|Then|Since\s+then),\s+)?(?i:the|that|this)\s+"
    r"(?:video|clip|recording|footage|film|livestream|stream)\s+of\s+"
    # (each word a capital first, of any alphabet: "Žika", "Ọkọ̀", "Tìmílẹ́yìn"; not "The
    # video of the crash was ...")
    rf"(?P<name>[{CAPITAL}][\w’'{MARKS}-]*(?:\s+[{CAPITAL}][\w’'{MARKS}-]*){{0,2}}?)"
    r"(?P<marks>)\s+"
    r"(?:was|were|has|had|is|also|then|later|now)\b"
    # or later in the line: "republished the video of Benítez", "seen the first video of
    # Kanha" (not a clip told by what it shows: "The clip of Mallender appearing to ...")
    rf"|\b(?i:the|that)\s+(?:first\s+|filmed\s+)?(?:video|clip|recording|film)\s+of\s+"
    rf"(?:(?:Mrs?|Ms|Dr)\.?\s+)?(?P<name2>[{CAPITAL}](?:[\w{MARKS}-]|[’'](?!s\b))*"
    rf"(?:\s+[{CAPITAL}](?:[\w{MARKS}-]|[’'](?!s\b))*){{0,2}})(?![\w’'-])(?!\s+[a-z]+ing\b)"
)
ANOTHER = re.compile(
    r"\b(?:another|second|third|fourth|new|newer|newest|latest|other|earlier|older|later|"
    r"next|separate|different|follow-up|first|previous|own|official)\b",
    re.I,
)
# The same marks before a clip word: "a second video", "her latest clip" (not "later
# posted his video": when it was posted, not which clip)
_ANOTHER_CLIP = re.compile(
    r"\b(?:another|second|third|fourth|new|newer|newest|latest|other|earlier|older|later|"
    r"next|separate|different|follow-up|first|previous)\s+"
    r"(?:(?!(?:\w+ed|his|her|their|its|the|a|an|on|to|in)\b)[\w-]+\s+){0,2}?(?:video|clip|"
    r"footage|post|reel|stream|livestream|recording|upload|tiktok|one|version)s?\b",
    re.I,
)


def marked_another(text: str) -> bool:
    """The line marks its clip as another ("her second video", "a new clip")."""
    return _ANOTHER_CLIP.search(text) is not None


# Words with a capital that are no one's name: "The video", "Sunday's video"
_NOT_OWNERS = frozenset(
    "The A An This That His Her Their Its It Our My Your Yesterday Today Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday Last Next Week Year "
    # a preposition that opens the line: "In Gonçalves's video, a man can be seen ..."
    "In At On From By For With After Before During Throughout Inside Unlike Like Beyond "
    # a conjunction that opens it: "And Colette's clip has been picked up by ..."
    "And But So Yet Meanwhile Now Then "
    # honorifics: "Mr Rennie's video" is the clip of the Callum Rennie named before
    "Mr Mrs Ms Miss Mx Dr Sir Dame Prof".split()
)


def latest_citing(
    names_it: re.Pattern[str],
    thread_of: dict[int, int],
    text_at: dict[int, str],
    citing: set[int],
    unless: re.Pattern[str] | None = None,
    skip: re.Pattern[str] | None = None,
    kind: re.Pattern[str] | None = None,
    opened: Callable[[int], bool] | None = None,
    reads: int | None = None,
) -> int | None:
    """The thread of the latest citing line `names_it` finds (and `unless` does not
    match at its start, nor `skip` anywhere in it), however far back (or among the latest
    `reads` citing lines); with `kind`, of a thread whose opener `kind` finds; with
    `opened`, of a thread whose opener it accepts."""
    latest = (p for p in sorted(thread_of, reverse=True) if reads is None or p in citing)
    for position in islice(latest, reads):
        line = text_at.get(position, "")
        if kind is not None and not kind.search(text_at.get(thread_of[position], "")):
            continue
        if position in citing and names_it.search(line) and not (unless and unless.match(line)):
            if opened is not None and not opened(thread_of[position]):
                continue  # (asked only of the lines that name them: `opened` reads makers)
            # (nor any line of a clip made from the owner's: "Her stitch ... led Owain to
            # go back" under "Meera ... stitched Owain's Jaguar video")
            made = skip and skip.search(text_at.get(thread_of[position], ""))
            if not (skip and skip.search(line)) and not (made and names_it.search(made[0])):
                return thread_of[position]
    return None


# Someone who ended their own stream: "14:45 Rhona has ended her live after nearly five hours"
_ENDED_HER = (
    r"\s+(?:has\s+|had\s+)?(?:now\s+|just\s+)?(?:ended|finished|stopped|wrapped\s+up)\s+"
    r"(?:his|her|their)\s+"
)
_ENDED_THEIRS = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}){_ENDED_HER}(?P<marks>)(?:live|"
    r"stream|livestream|live-stream|broadcast)\b"
)


def clip_owner(text: str) -> str | None:
    """The name a clip is said to be of ("Le Goff" in "Le Goff's video has ..."), when
    the clip is not marked as another."""
    patterns = (_OWNERS_CLIP, _OWNERS_THING, _CLIP_OF_NAMED, _COPIED_OWNERS_THING, _ENDED_THEIRS)
    for found in [found for pattern in patterns for found in pattern.finditer(text)]:
        words = (found["name"] or found.groupdict().get("name2") or "").split()
        if found.groupdict().get("name2") and _A_CLIP_MADE.search(text, 0, found.start()):
            continue  # ("has made a video singing ... beside the video of Kanha": a duet)
        while words and words[0] in _NOT_OWNERS:
            words.pop(0)
        marks = found["marks"] or ""
        # ("A copy of Whitcombe-Ashe's own video": a copy of the owner's, not another)
        if marks.strip().lower() == "own" and _COPY_OF.search(text, 0, found.start()):
            marks = ""
        if words and not ANOTHER.search(marks):
            return " ".join(words)
    return None


FIRST_READS = 200  # citing lines read for the clip first told of someone
_A_CLIP_MADE = re.compile(r"\b(?:an?)\s+(?:[\w-]+\s+){0,2}?(?:video|clip|duet|stitch|reel)\b", re.I)
_COPY_OF = re.compile(r"\b(?:copy|copies|repost|re-?upload|mirror)\s+of\s+$", re.I)


def owners_thread(
    text: str,
    thread_of: dict[int, int],
    text_at: dict[int, str],
    citing: set[int],
    before: int | None = None,
    first: bool = False,
    makers: Mapping[int, set[str]] | None = None,
) -> int | None:
    """The opener of the latest thread (the first, with `first`) one of whose citing lines
    names the owner of the clip `text` speaks of, or None. With `before` (the line's
    position), an owner no citing line names is looked for in the lines around the
    threads (see _thread_around_mention). `makers` (the makers each thread's lines name,
    by opener) passes over a thread others made for one the owner made."""
    owner = clip_owner(text)
    if owner is None:
        return None
    named = name_pattern(rf"(?<![\w’'-]){re.escape(owner)}(?![\w-])")
    # ("Maya's original video has been reposted": the first clip told of her, not her
    # neighbour's later one, nor a duet of hers: "... duetted Gemma's clip" before "And
    # Gemma's original was nicked"; not "a third of Biscuit's original" after the subject)
    original = name_pattern(rf"^(?:\w+,?\s+)?{re.escape(owner)}[’']s?\s+original\b").match(text)
    of_named = _CLIP_OF_NAMED.search(text)  # ("have watched the video of Agirre": the first
    by_of = bool(of_named and of_named["name2"])  # told of them, in FIRST_READS citing lines)
    if first or by_of or original:  # (not this line itself, which names them)
        story = (p for p in sorted(thread_of) if p in citing and not (by_of and text_at[p] == text))
        told = story if first else islice(story, FIRST_READS)
        made = MADE_FROM_IT if original else _NOTHING
        found = next((thread_of[p] for p in told if _names(named, made, text_at[p])), None)
        if first or found is not None:
            return found
    # (not a stitch or duet of the owner's clip, which is its maker's: "stitched Ridley's
    # clip with a breakdown")
    # ("Ffion's stream peaked", "Rhona has ended her live": of the threads whose lines name
    # her, or her surname where the page names her in full, the one that is a stream)
    owners_stream = name_pattern(
        rf"{re.escape(owner)}(?:[’']s?\s+(?:[\w-]+\s+){{0,2}}?|{_ENDED_HER})(?:live-?stream|stream|"
        r"live)\b"
    )
    if owners_stream.search(text):
        streamer = name_pattern(rf"(?<![\w’'-]){_known_as(owner, text_at)}(?![\w-])")
        found = latest_citing(
            streamer, thread_of, text_at, citing, skip=MADE_FROM_IT, kind=TELLS_A_STREAM
        )
        # (or the one stream brought in just after a line that named her: "Harrowfield piano
        # tuner Ffion Raikes-Oduya ... has just set off" / "She is streaming the whole
        # attempt on Twitch")
        if found is None:
            streams = [
                o
                for o in set(thread_of.values())
                if TELLS_A_STREAM.search(text_at[o]) and named.search(text_at.get(o - 1, ""))
            ]
            found = streams[0] if len(streams) == 1 else None
        if found is not None:
            return found
    # (asked only of the lines that name the owner: an article of many owners' clips, each
    # line asking of every line before, took 32 s for 3,000 lines)
    found = latest_citing(named, thread_of, text_at, citing, skip=MADE_FROM_IT)
    if found is not None and name_pattern(rf"{named.pattern}[’']s?\s+{KIN}\b").search(
        text_at[found]
    ):
        # a clip their kin opened is not theirs ("Liam's cousin, Megan, has posted her own
        # video"), though one posted of them is ("Gaz's daughter posted the clip")
        kin = name_pattern(rf"{named.pattern}(?![’']s?\s+{KIN}\b)")
        found = latest_citing(kin, thread_of, text_at, citing, skip=MADE_FROM_IT)
    if found is not None and makers and not _made_by(owner, makers.get(found, {owner})):
        # the clip the owner made, not one another made of it: "Fergal's tram ring has been
        # reposted" after "a YouTube channel called Trick Killer took Fergal's tram ring
        # apart" (when a thread the owner made names them)
        theirs = latest_citing(
            named,
            thread_of,
            text_at,
            citing,
            skip=MADE_FROM_IT,
            opened=lambda opener: _made_by(owner, makers.get(opener, set())),
        )
        found = found if theirs is None else theirs
    # (not in speech to the reporter: "'We watched Tony's video in the office,' she said")
    if found is None and before is not None and text.lstrip()[:1] not in "'\"‘“":
        return _thread_around_mention(named, thread_of, text_at, citing, before)
    return found


_HE_OR_SHE = re.compile(
    r"^(?:[^,]{0,30},\s+)?(?:he|she|(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:video|clip|tiktok|reel|"
    r"post|stream|livestream|live))\b",
    re.I,
)


_NOTHING = re.compile("(?!)")  # a pattern that matches nowhere


def _made_by(owner: str, makers: set[str]) -> bool:
    """Whether one of `makers` (names or handles) is the owner: "Fergal" and
    "@fergalontrams"."""
    name = _squashed(owner.split()[-1])
    if len(name) < 3:  # (too short to tell: "Li" is in many a handle)
        return True
    return any(name in _squashed(maker) for maker in makers)


@lru_cache(maxsize=4096)
def _squashed(name: str) -> str:
    return re.sub(r"\W", "", name.lower())


def _known_as(owner: str, text_at: Mapping[int, str]) -> str:
    """The owner's name as a pattern; for a given name the page gives in full, either part."""
    if " " in owner:
        return re.escape(owner)
    full = re.compile(rf"(?<![\w’'-]){re.escape(owner)}\s+(?P<surname>[{CAPITAL}][\w{MARKS}’'-]+)")
    for line in islice(text_at.values(), FIRST_READS):  # (bounded: read for each owner's line)
        found = full.search(line)
        if found:
            return rf"(?:{re.escape(owner)}|{re.escape(found['surname'])})"
    return re.escape(owner)


def _names(named: re.Pattern[str], made: re.Pattern[str], line: str) -> bool:
    return bool(named.search(line)) and not made.search(line)


def _thread_around_mention(
    named: re.Pattern[str],
    thread_of: dict[int, int],
    text_at: dict[int, str],
    citing: set[int],
    before: int,
) -> int | None:
    """The thread of an owner named last in a line that cites nothing: the clip "he" or
    "she" put out in the next two lines ("Pharmacist Ciarán Doyle says ..." then "He's
    posted his own video in reply", so "Mr Doyle's video" is that one), or the thread
    the line lies inside ("A young soldier's dance clip ...", "Private Lev Sarno, 22,
    posts as ...", "In the video, he mimes ...", so "Sarno's clip" is the soldier's)."""
    # (a bounded look back: a long article of owners' clips is read in linear time)
    window = range(before - 1, max(-1, before - MENTION_WITHIN - 1), -1)
    # (the latest mention first; one further back may be where the owner's account was told,
    # just before "Her most-watched video ...", past a word of hers on another clip since)
    for mention in (q for q in window if q not in citing and named.search(text_at[q])):
        for after in (mention + 1, mention + 2):
            if after in citing and after in thread_of and _HE_OR_SHE.match(text_at[after]):
                return thread_of[after]
        opened = next((p for p in range(mention - 1, window.stop, -1) if p in citing), None)
        if opened is None or opened not in thread_of:
            continue
        around = thread_of[opened]
        if any(thread_of.get(p) == around for p in range(mention + 1, before)):
            return around
    return None


MENTION_WITHIN = 40  # lines back where an owner no citing line names is looked for


# "The dock worker, Sipho Mthembu, posted his footage": a definite description that opens
# the line and names (in apposition) or acts, whose head the story brought in before as
# indefinite ("Video filmed by a dock worker on a neighbouring berth shows ...")
_THE_DESCRIBED = re.compile(
    r"^(?:[^,]{0,40},\s+)?[Tt]he\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?=,|\s+(?:on|in|at|from|behind|who|[a-z]+ed\b)|[’']s\s)"  # or "The girl's video"
)
_NOT_DESCRIPTIONS = frozenset(
    "video clip footage post reel stream livestream recording original copy version film "
    "same first second third last latest other".split()
)


def described_thread(
    text: str, thread_of: dict[int, int], text_at: dict[int, str], citing: set[int]
) -> int | None:
    """The opener of the latest thread one of whose citing lines brought in, as "a" or
    "an", the person a line opens on as "the" ("The passenger on the upper deck, Sanne
    Kuipers, posted her clip" after "A video filmed by a passenger on the upper deck"),
    or None. A clip marked as another ("The driver posted a second video") is its own."""
    found = _THE_DESCRIBED.match(text)
    if found is None or marked_another(text):
        return None
    words = found["words"].split()
    if words[-1] in _NOT_DESCRIPTIONS or words[0] in _NOT_DESCRIPTIONS:
        return None
    phrase = r"\s+".join(re.escape(word) for word in words)
    brought_in = re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,2}}?{phrase}\b")
    return latest_citing(brought_in, thread_of, text_at, citing)


# Kinds of clip, each with how a citing line may bring one in: "the dashcam footage" is
# the clip "recorded on the dashboard camera of a car", "His stitch" the clip someone
# "stitched", "the livestream" the one someone "went live" with.
_KINDS = {
    "dashcam": r"dash-?cam|dashboard\s+camera",
    "drone": r"drone",
    "cctv": r"cctv|security[\s-]camera|surveillance",
    "doorbell": r"doorbell",
    "bodycam": r"body-?cam|body-worn",
    "helmet": r"helmet",
    "stitch": r"stitch(?:ed|es)?",
    "duet": r"duet(?:ted|s)?",
    "reaction": r"react(?:ed|ion|s)?",
    "stream": r"(?:live-?)?stream(?:ed|ing)?|went\s+live|going\s+live|gone\s+live|broadcast",
    "timelapse": r"time-?lapse",
    "trail": r"trail[\s-]cam(?:era)?",
}
_KIND_REFERENCE = re.compile(
    r"(?:\b(?:the|this|that|his|her|their|its)|[’']s)\s+(?:[\w-]+\s+)?(?P<kind>dash-?cam|drone|cctv|"
    r"security[\s-]camera|doorbell|body-?cam|body-worn|helmet(?:-camera|-cam)?|stitch|duet|"
    r"reaction|live-?stream|stream|broadcast|time-?lapse|trail[\s-]cam(?:era)?)"
    r"(?:\s+(?:video|clip|footage|recording|camera|cam|images))?\b",
    re.I,
)


_MADE_KINDS = ("stitch", "duet", "reaction", "stream")
_WHAT_IT_SHOWS = re.compile(r"\b(?:video|clip|footage|film|reel|tiktok|post)\s+of\s+$", re.I)
_STREAMED = re.compile(r"\b(?:live-?)?stream(?:ed|ing)?\b|\bbroadcast(?:ing)?\b", re.I)
_ANSWERS_STREAM = re.compile(
    r"\b(?:answering|replying\s+to|reacting\s+to|responding\s+to)\s+the\s+(?:live-?)?stream\b", re.I
)
WHOLE_EVENT_READS = 200  # citing lines, the latest first (an article of 3,000 streams)
_WHOLE_EVENT = re.compile(
    r"\b(?:live-?)?stream(?:s|ing|ed)?\s+(?:the\s+)?(?:whole|entire|full)\b[^.;]{0,60}?\bon\s+its\s+"
    r"(?:own\s+|official\s+)?(?:[\w-]+\s+){0,2}?(?:channel|page|account)\b",
    re.I,
)
_NEW_FROM_OLD = re.compile(r"\b(?:stitched|duetted|reacted|remixed|dubbed)\b", re.I)


def kind_thread(
    text: str,
    thread_of: dict[int, int],
    text_at: dict[int, str],
    citing: set[int],
    streamed_first: bool = False,
) -> int | None:
    """The opener of the latest thread whose citing lines brought in a clip of the kind a
    definite reference names ("The dashcam footage, which the driver's sister posted",
    "His stitch has drawn 1.4m views"), or None. A clip marked as another is its own.
    `streamed_first`: a live blog's "On the stream, ..." is the clip told as streamed."""
    found = _KIND_REFERENCE.search(text)
    if found is None or marked_another(text):
        return None
    word = found["kind"].lower()
    kind = next(k for k, p in _KINDS.items() if re.fullmatch(rf"(?:{p})(?:-camera|-cam)?", word))
    if kind not in _MADE_KINDS and _WHAT_IT_SHOWS.search(text, 0, found.start()):
        return None  # what the clip is of, not its kind: "his video of the drone weaving"
    if kind not in ("stitch", "duet", "reaction") and _NEW_FROM_OLD.search(text):
        return None  # "stitched a clip from the livestream": a new clip made of the old
    brought_in = re.compile(rf"\b(?:{_KINDS[kind]})\b", re.I)
    # (not a stitch of the kind: "has stitched the bodycam clip" tells of the source)
    made = None if kind in ("stitch", "duet", "reaction") else _NEW_FROM_OLD
    if kind == "stream" and found[0].lower().startswith("the "):
        # "the stream" with a body's stream of the whole event in play ("The society is
        # streaming the whole competition on its YouTube channel"): that one, past an
        # entrant's own live told since ("is streaming his own bench on Twitch")
        whole = latest_citing(
            _STREAMED, thread_of, text_at, citing, kind=_WHOLE_EVENT, reads=WHOLE_EVENT_READS
        )
        if whole is not None:
            return whole
    if streamed_first and kind == "stream" and found[0].lower().startswith("the "):
        # "On the stream, ..." in a live blog: the one told as streamed, past people's lives
        # told since ("has gone live on TikTok") and a clip answering the stream
        streamed = latest_citing(_STREAMED, thread_of, text_at, citing, skip=_ANSWERS_STREAM)
        if streamed is not None:
            return streamed
    return latest_citing(brought_in, thread_of, text_at, citing, skip=made)


# A clip of one's own put out: "The tourist, Seo-yeon Park, later posted her own TikTok
# thanking him" is hers, not the one she is in; "The tourist board has since released its
# own film of the route" is the board's
# (and one answered with: "had answered with her own clip", "replied with a video of its
# own")
_OWN_CLIP = r"(?:video|clip|tiktok|reel|post|footage|livestream|stream|film|reply|response|version)"
POSTED_OWN = re.compile(
    r"\b(?:posted|shared|uploaded|filmed|made|recorded|released|published|put\s+out|"
    r"(?:answered|replied|responded|hit\s+back)\s+with)\s+"
    # ("posted its own drone-ship camera view on YouTube")
    rf"(?:(?P<owner>his|her|their|its)\s+own\s+(?:[\w-]+\s+)?(?:{_OWN_CLIP}|camera\s+(?:view|angle))|"
    r"(?:a|an)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_OWN_CLIP}\s+of\s+(?P<owner_after>his|her|their|its)\s+own)\b",
    re.I,
)


def own_clip_owner(text: str) -> str | None:
    """Whose own clip the line puts out ("his", "its"), or None."""
    found = POSTED_OWN.search(text)
    return (found["owner"] or found["owner_after"]).lower() if found else None


# A line that opens on someone by one of their names, acting: "Joss has ended his live",
# "10:22 Jess has ended her stream after ..."
_OPENS_ON_A_NAME = re.compile(
    r"^(?P<name>[A-Z][\w’'-]+)\s+(?:has|had|is|was|says|tells|told|just|then|now|also|ended|"
    r"signs|logs)\b"
)
# (not making or putting out a clip, which may be a new one: "Yoon went live on Instagram")
_PUTS_OUT = re.compile(
    r"\b(?:posted|uploaded|shared|published|released|filmed|recorded|streamed|went\s+live)\b"
)


def makers_thread(
    text: str, thread_of: dict[int, int], text_at: dict[int, str], made: set[int]
) -> int | None:
    """The one thread (by opener) among those whose opener names a maker (`made`) whose
    latest lines name the one the line opens on, or None:
    in a live blog of several streamers, "Joss has ended his live" is the stream of
    "Paramedic Joss Tennant-Obi (@jossonshift)", not the one told last. Only the latest
    lines are read, as qualified_thread reads them: a long article stays linear."""
    found = _OPENS_ON_A_NAME.match(text)
    if found is None or _PUTS_OUT.search(text):
        return None
    # (named in full there, beside another part of the name: not "It" or "Twitch")
    word = re.escape(found["name"])
    name = re.compile(rf"(?<![\w’'-]){word}\s+[A-Z][\w’'-]|[A-Z][\w’'-]*\s+{word}(?![\w’'-])")
    latest = islice(reversed(thread_of), NAMES_READ)
    theirs = {thread_of[p] for p in latest if name.search(text_at[p]) and thread_of[p] in made}
    return theirs.pop() if len(theirs) == 1 else None


NAMES_READ = 60  # lines of threads, the latest first
