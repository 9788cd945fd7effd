"""An earlier clip than the one in play, marked as such: "the first video", "Her original
flatbread video", "shared the original clip on his Facebook page".

    earlier_clip_meant(text, ...)   -> the earlier thread the line's mark points to, or None
    FIRST_CLIP                      -> a clip marked as the first of those cited
    past_exhibit(text, ...)         -> the clip in play, past a camera's footage put to a
                                       court that the line does not name
    CAMERAS_EXHIBIT                 -> a camera's footage put to a court ("The club's own
                                       CCTV, played to the magistrates, showed ...")
    THE_ORIGINAL_ANYWHERE           -> "the original" anywhere in a line (of a stitch in play,
                                       its source)
    CLIP_WORD                       -> any word for a clip
    official_thread(text, ...)      -> the body's own stream "the official stream" names
    bodys_stream(text, ...)         -> the stream of the body a line names ("the port's stream")
    ON_A_BODYS_STREAM               -> a line that starts "Over on the festival stream"
    A_NEW_ONE                       -> a clip that follows one told ("with a new live")
    second_live(text, ...)          -> that clip named again ("her second live")
    traced_to_its_source(text)      -> a fact-check's search led to the clip's source
    checked_clip(thread_of, ...)    -> the clip of the latest claim checked ("Claim: ...")

Kept apart from archiver.articles.which_clip, which reads the marks of another clip
than the one in play, and archiver.articles.threads, which uses both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from itertools import islice

from archiver.articles.clip_kinds import MADE_FROM_IT, TELLS_A_STREAM
from archiver.articles.copies import ORIGINAL_TRACED
from archiver.articles.owners import POSTED_OWN
from archiver.articles.quoted import speech_in
from archiver.platforms import NAMED_PLATFORM
from archiver.text import name_pattern

# A clip marked as the first of those cited ("The first video, which Ambrose has since
# deleted, ...", "Her original flatbread video"): the earliest thread, not the nearest
FIRST_CLIP = re.compile(
    # (or the owner's, or where: "Villanueva's first video, the one with the pinhole, ...",
    # "Back in her first video, the flame is visible ...")
    r"^(?:[^,]{0,40},\s+|(?:back\s+)?(?:in|on)\s+)?(?:the|her|his|their|its|(?-i:[A-Z])[\w’'-]+[’']s)\s+"
    r"(?:very\s+)?(?:first|original|initial|"
    r"earlier)\s+(?:[\w-]+\s+)?(?:video|clip|reel|tiktok|post|livestream|stream|upload)\b"
    r"(?!-|\s+(?:games?|museums?|calls?|cameras?|shops?|stores?|arcades?|consoles?)\b)",
    re.I,
)
# or acted on later: "Sulgrid says it has reviewed the first video"
_FIRST_ACTED_ON = re.compile(
    r"\b(?:reviewed|watched|analy[sz]ed|examined|geolocated|verified|checked|studied|"
    r"reposted|removed|deleted|copied)\s+the\s+(?:very\s+)?first\s+(?:video|clip|reel|"
    r"tiktok|livestream|stream|upload)\b",
    re.I,
)
# or the story's clip, copied, as a tabloid's last lines tell it: "And the blunder was
# swiped and reposted on Facebook by page ...", "The original clip was also nabbed by prank
# page ...", "And the original has been lifted, without credit, by ..." (not "The clip was
# reposted to Instagram by ...": the clip in play)
_COPIED = (
    r"(?:re-?posted|re-?uploaded|re-?shared|copied|nabbed|swiped|pinched|ripped|lifted|grabbed|"
    r"nicked|stolen|snaffled|hijacked)"
)
_ORIGINAL_COPIED = re.compile(
    r"^(?:(?:and|but|meanwhile|however)\s*,?\s+)?(?:(?:the|that)\s+(?:original(?:\s+"
    r"(?:blunder|clip|video|footage|moment|reel|tiktok|post))?|blunder|stunt|fail|mishap)|"
    # (or the maker's: "Meanwhile Shanice's original reel has been nicked by meme page ...")
    r"(?:his|her|their|(?-i:[A-Z])[\w’'-]+[’']s?)\s+original(?:\s+(?:clip|video|footage|reel|"
    r"tiktok|post))?)\s+(?:was|were|has\s+been|had\s+been)\s+(?:(?:also|since|later|quickly|"
    rf"even|then)\s+)?(?:[\w-]+\s+(?:from\s+\w+\s+)?and\s+)?{_COPIED}\b"
    # or told active: "Meanwhile cheeky meme page Wharfside Bants swiped the original and ..."
    rf"|^(?:(?:and|but|meanwhile|however)\s*,?\s+)?[^,.;]{{0,60}}?\b(?:has\s+|have\s+)?"
    rf"(?:also\s+)?{_COPIED}\s+(?:the|his|her|their)\s+original(?:\s+(?:clip|video|footage|"
    r"reel|tiktok|post))?(?=\s*(?:[,.;]|$)|\s+(?:and|on|onto|to|from|with|under|in)\b)",
    re.I,
)
CLIP_WORD = re.compile(r"\b(?:video|clip|reel|tiktok|post|livestream|stream|footage)\b", re.I)


# "reposted the original on X" after a stitch of it: the clip the stitch was made from
THE_ORIGINAL_ANYWHERE = re.compile(
    r"\bthe\s+original\b(?!\s+(?:creator|poster|uploader|owner|author|caption|claim)\b)", re.I
)
# an act on "the original clip" from a later one ("shared the original clip on his Facebook
# page" after her apology video): an earlier clip; not a source traced ("led us to")
ORIGINAL_ACTED_ON = re.compile(
    r"(?<!led us )(?<!traced it )\b(?:to|of|shared|reposted|removed|copied|downloaded|review)\s+"
    r"the\s+original\s+(?:[\w-]+\s+)?(?:video|clip|reel|tiktok|post|upload)\b(?![’']s)",
    re.I,
)
# A fixed camera's footage put to a court: another exhibit than the clip the story is about
# ("The club's own CCTV, played to the magistrates, showed ...", "Footage from the
# spaceport's perimeter cameras, also shown in court, ..."), where "The footage, played to
# the court," and "Footage from the livestream, ..." are the clip in play
CAMERAS_EXHIBIT = re.compile(
    r"^[^,.;]{0,60}?\b(?P<kind>CCTV|security|body[\s-]?worn|bodycam|body\s+camera|dashcam|"
    r"doorbell|perimeter)\b[^,.;]{0,60},\s+(?:also\s+)?(?:shown|played|screened)\s+(?:to|in)\s+"
    r"(?:the\s+)?(?:court|jury|magistrates|tribunal|inquest|hearing|trial|judge|coroner)\b",
    re.I,
)

# A body's official stream named by its platform: another clip than a streamer's of the
# same event ("The Ironhold League's official broadcast on Twitch ..." after his Kick stream)
OFFICIAL_ON = re.compile(
    r"\bofficial\s+(?:[\w-]+\s+)?(?:broadcast|stream|livestream|feed)\s+on\s+(?P<kind>[A-Z]\w+)"
)


def past_exhibit(
    text: str, in_play: int | None, thread_of: Mapping[int, int], text_at: Mapping[int, str]
) -> int | None:
    """The clip in play for a citing line, past a camera's footage put to a court that it
    does not name: "A copy of the reel, saved before it was deleted, ..." after "The
    gallery's own CCTV, also shown to the court, ..." is a copy of the reel told before."""
    exhibit = None if in_play is None else CAMERAS_EXHIBIT.match(text_at[in_play])
    if exhibit is None or re.search(rf"\b{exhibit['kind']}", text, re.I):
        return in_play
    before = [o for o in set(thread_of.values()) if o < in_play]
    return max(before) if before else in_play


A_REPLY = re.compile(r"\b(?:reply|response|reaction|rebuttal|answer)\b", re.I)  # to a clip


# A clip of its own that follows one told: "Saoirse is back on TikTok with a new live",
# "A follow-up, in which he opens the bill on camera, has a further 4.4 million views"
A_NEW_ONE = re.compile(
    r"\b(?:with|started|starts|starting|began|begun)\s+(?:a|another)\s+(?:new|second|fresh)\s+"
    r"(?:live|livestream|stream)\b|^(?:[^,]{0,40},\s+)?(?:A|An)\s+(?:[\w-]+\s+)?(?:follow-up|"
    r"sequel)\b(?!\s+(?:comment|message|statement|question|call|visit|note|reply|update)s?\b)"
)

# ... and that clip named again: "Owain's second live is still going", "Priya has ended her
# second live", "she says on the new live"
_THE_SECOND_LIVE = re.compile(
    r"\b(?:[A-Z][\w’'-]*[’']s|her|his|their|the)\s+(?:second|new)\s+(?:live|livestream|stream)\b"
)


def second_live(text: str, thread_of: dict[int, int], text_at: Mapping[int, str]) -> int | None:
    """The clip told as a new live ("is back on TikTok with a new live") that the latest
    thread members (READS_BACK) belong to, when the line names "her second live" or "the
    new live", or None."""
    if not _THE_SECOND_LIVE.search(text):
        return None
    return _latest_opener(A_NEW_ONE.search, thread_of, text_at)


READS_BACK = 240  # thread members, the latest first, for second_live and checked_clip


def _latest_opener(
    opens: Callable[[str], object], thread_of: dict[int, int], text_at: Mapping[int, str]
) -> int | None:
    """The opener of the latest thread member whose opener's text `opens` finds."""
    for position in islice(reversed(thread_of), READS_BACK):
        if opens(text_at.get(thread_of[position], "")):
            return thread_of[position]
    return None


# "Back on the official stream, ...", "The official broadcast has passed 19,000 viewers":
# a live blog's way back to the organisers' own stream past the fans' streams told since
_THE_OFFICIAL = re.compile(
    r"\bthe\s+official\s+(?:[\w-]+\s+)?(?:stream|livestream|broadcast|webcast|feed)\b"
    # (or its commentary, which a fan's own live from the warm-up room has none of: "On the
    # stream, the commentator, the former pairs skater ..., says the ice 'looks quick'")
    r"|^(?:(?:Back|Over)\s+)?on\s+the\s+(?:live\s?)?stream\s*,\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:commentator|commentary|presenter|announcer|pundit)s?\b",
    re.I,
)
# the thread that told of one: named official, or a body's stream on its own channel ("The
# Rowing Association is streaming the race on its YouTube channel, Head TV")
_OFFICIAL_OR_ITS_OWN = re.compile(
    r"\bofficial\b|\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:channel|stream|livestream|"
    r"webcast|feed)\b",
    re.I,
)


def official_thread(text: str, thread_of: dict[int, int], text_at: Mapping[int, str]) -> int | None:
    """The latest thread a line calling its clip "the official stream" goes back to: one
    told as official or as a body's own stream; None when the line does not, or no thread
    was told so (`thread_of` is in the order the lines were read: the latest are read).
    A stream named by its body ("Back on the port's stream") is the body's stream."""
    if not _THE_OFFICIAL.search(text):
        return bodys_stream(text, thread_of, text_at)
    # (the latest lines only: an article of thousands of such lines is read in time that
    # grows with its length, not with its square)
    latest = islice(reversed(thread_of), OFFICIAL_READS)
    return max(
        (thread_of[p] for p in latest if _OFFICIAL_OR_ITS_OWN.search(text_at[p])), default=None
    )


OFFICIAL_READS = 120  # thread members, the latest first


# A live blog's way back to a stream by its channel's name: "Back on Northern Skate TV, the
# replay shows ...", "Over on Eyes Down TV, ...", "Back on Wexmoor Bowls TV for the final end:"
_BACK_ON_A_CHANNEL = re.compile(
    r"^(?:Back|Over)\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    # ("Back on Lathbury & Crewe Live, ...": a name may join its words with an ampersand)
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:&\s+)?[A-Z0-9][\w’'-]*){0,4}"
    # (or a handle, as the stream goes by it: "Back on ffiontunes, it's dark")
    r"|@?[a-z][\w.]{3,30})(?=\s*[,:]|\s+for\b)"
)


_OWNERS_PLATFORM = re.compile(rf"[A-Z][\w’'-]*[’']s\s+(?P<platform>{NAMED_PLATFORM})")
# (or where a live blog's stream stays when it signs off: "That's all from Hallowfield. The
# full stream stays up on Twelve Bell TV.")
KEPT_ON = r"\b(?:stays|remains|will\s+(?:stay|remain))\s+(?:up\s+|available\s+|online\s+)?on\s+"
_KEPT_ON_A_CHANNEL = re.compile(
    KEPT_ON + r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:&\s+)?[A-Z0-9][\w’'-]*){0,4})"
)


# The replay of a stream told before, by whoever keeps it: "The replay, on his YouTube
# channel, Carraway Forge, has since had ...", "The museum's replay has since been viewed
# ...", "nearly 18,000 people have since watched the replay" (93% of the 96 citing lines
# with "the replay" in sets 0-176 go back to a clip told before)
_THE_REPLAY = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|(?:the\s+)?[\w-]+[’']s)\s+(?:full\s+|whole\s+)?"
    r"replay\b"
)


# ... and a moment cut from it and put up by someone, past the clips told since: "15:25 A
# clip of that moment, cut from the stream and posted on TikTok by the account @bookfails"
# (not "cut from his stream", which its owner's name finds)
_CUT_FROM_THE_STREAM = re.compile(
    r"\b(?:cut|clipped|taken|lifted)\s+(?:out\s+)?from\s+(?:the|that)\s+"
    r"(?:[\w-]+\s+)?(?:live-?)?stream\b"
)

_REPLAY_OF_NAMED = re.compile(
    r"\breplay\s+of\s+(?:the|its|his|her|their)\s+(?P<word>[a-z][\w-]{2,})\s+(?:live-?)?stream\b"
)
_A_STREAM_TOLD = re.compile(r"\b(?:live-?)?stream(?:ed|ing|s)?\b", re.I)


def _unspoken(text: str) -> str:
    """`text` without what anyone says in it ("'that's the stream over,' he tells viewers")."""
    for spoken in reversed(list(speech_in(text))):
        text = text[: spoken.start()] + text[spoken.end() :]
    return text


def channel_thread(text: str, thread_of: dict[int, int], text_at: Mapping[int, str]) -> int | None:
    """The one thread among the latest members whose lines name the channel a line goes
    back to ("Back on Northern Skate TV, ...", "The full stream stays up on Twelve Bell
    TV"), or None when none does, or more than one."""
    found = _BACK_ON_A_CHANNEL.match(text) or _KEPT_ON_A_CHANNEL.search(text)
    if found is None:
        return None
    # ("stays up on Ffion's Twitch channel": her channel on the platform the stream was on)
    owners = _OWNERS_PLATFORM.fullmatch(found["name"])
    named = re.escape(owners["platform"] if owners else found["name"].lstrip("@"))
    if found["name"][:1].islower() or found["name"][:1] == "@":  # (named as a handle there)
        named = rf"(?:(?<=@)|(?<=\bas\s)|(?<=\bcalled\s)){named}"
    name = name_pattern(rf"(?<![\w-]){named}(?![\w-])")
    latest = islice(reversed(thread_of), OFFICIAL_READS)  # (bounded, as official_thread is)
    # (or the line just before an opener, outside every thread, that named the channel the
    # stream would be on: "The auctioneers will stream the sale on their YouTube channel,
    # Lathbury & Crewe Live" then "The stream is now live")
    threads = {
        thread_of[p]
        for p in latest
        if name.search(text_at[p])
        or (thread_of[p] == p and p - 1 not in thread_of and name.search(text_at.get(p - 1, "")))
    }
    return threads.pop() if len(threads) == 1 else None


# A stream named by the body that puts it out: "Back on the port's stream", "The harbour
# stream peaked at ...", "On the Highland Roads stream", "the show's YouTube stream". A live
# blog goes back so to a body's stream past the streams of people told since, so it is the
# thread brought in by a stream whose line, or the line before it, names the body ("...
# which it will stream on the port's Facebook page" before "The update is now live").
_BODYS_STREAM = re.compile(
    # ("cut from the Lathbury & Crewe Live stream": a name may join its words with "&")
    r"\b[Tt]he\s+(?P<body>(?-i:[A-Z])[\w-]+(?:\s+(?:&\s+)?(?-i:[A-Z])[\w-]+){0,2}|[a-z][a-z-]{2,})"
    r"(?:[’']s)?\s+(?:own\s+|official\s+)?(?:(?:YouTube|Twitch|Facebook|[a-z]+)\s+)?"
    r"(?:live\s?stream|stream|webcast|feed|broadcast)\b"
)
# (or a body telling of its own stream: "Ravensmoor Borough Council says its stream has now
# been watched by ...", "The Wheatsheaf say their stream was watched by ...")
_SAYS_ITS_STREAM = re.compile(
    r"^(?:The\s+)?(?P<body>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+(?:says?|said|adds?|"
    r"reports?)\s+(?:that\s+)?(?:its|their)\s+(?:own\s+)?(?:(?:YouTube|Twitch|Facebook|[a-z-]+)\s+)?"
    r"(?:live\s?stream|stream|webcast|feed|broadcast)\b"
)
# (or its recording of what it streamed: "The pub's recording of the stream remains on its
# Facebook page", "The parish's recording of Monday's meeting ...")
_ITS_RECORDING = re.compile(
    r"^The\s+(?P<body>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}|[a-z][a-z-]{2,})[’']s\s+(?:own\s+)?"
    r"(?:recording|replay)\s+of\s+(?:the|its|their|[A-Z][a-z]+day[’']s)\s+(?:[a-z-]+\s+)?"
    r"(?:live\s?stream|stream|webcast|broadcast|meeting|service|match|final)\b"
)
# ... at the head of a line that tells what it shows: "Over on the festival stream the
# picture has frozen" (a live blog's way back, with no comma after the stream)
ON_A_BODYS_STREAM = re.compile(
    r"^(?:(?:Back|Over)\s+)?(?:on|in)\s+the\s+(?:[\w’'-]+\s+){1,3}?(?:live\s?stream|stream|feed|"
    r"broadcast|webcast)\b",
    re.I,
)
# Words before "stream" that say which stream or what is in it, not whose
_NOT_BODIES = frozenset(
    "official full whole same live new first second third last latest earlier original main "
    "record entire replay other own video audio public private only morning evening night "
    "daily weekly nightly youtube twitch facebook tiktok instagram kick".split()
)
# A stream of one's own that shows the body's: "has started a watch party on Kick,
# co-streaming the agency feed", "stitched the festival stream"
_SHOWN_IN_ANOTHER = re.compile(
    rf"\b(?:co-?stream\w*|re-?stream\w*|watch[- ]?(?:party|along))\b|{MADE_FROM_IT.pattern}", re.I
)
# The line that brought a stream in
_A_STREAM = re.compile(
    r"\b(?:live|stream\w*|livestream\w*|broadcast\w*|webcast\w*|watching|viewers|webcam)\b", re.I
)


def bodys_stream(text: str, thread_of: dict[int, int], text_at: Mapping[int, str]) -> int | None:
    """The earliest thread brought in by a stream, one of whose lines names the body a line
    names its stream by ("the festival stream"), or None. A line that tells the stream as
    the body's ("the port's Facebook page", "The studio is streaming") is taken first."""
    found = _BODYS_STREAM.search(text) or _SAYS_ITS_STREAM.search(text)
    found = found or _ITS_RECORDING.search(text)
    if found is None or found["body"].lower() in _NOT_BODIES or _SHOWN_IN_ANOTHER.search(text):
        return None
    if re.match(r"\s*,\s+(?-i:[A-Z])", text[found.end() :]):
        return None  # a stream brought in by its name: "The regatta's own stream, Ashby Live, ..."
    body = re.escape(found["body"])
    # (a body in lower case by its word, which may start a longer one: "the harbour
    # stream" after "The harbourmaster's update is now live"; a name by the whole of it)
    named = re.compile(rf"\b{body}" + ("" if found["body"].islower() else r"\b"), re.I)
    its_stream = re.compile(
        rf"\b{body}\w*(?:[’']s\b|[^.;]{{0,60}}?\b(?:stream\w*|livestream\w*|live|channel|feed|"
        r"broadcast\w*|webcast)\b)",
        re.I,
    )
    weak = None
    # (the earliest lines only, so a hostile article of thousands of streams is read in
    # time that grows with its length)
    for position in islice(thread_of, BODY_READS):
        opener = thread_of[position]
        lines = (
            text_at.get(position, ""),
            text_at.get(position - 1, "") if position == opener else "",
        )
        if not _A_STREAM.search(text_at.get(opener, "")):
            continue
        if any(its_stream.search(line) for line in lines):
            return opener
        if weak is None and any(named.search(line) for line in lines):
            weak = opener  # ("... the final of the Ironhold League was being played")
    return weak


BODY_READS = 240  # thread members, the earliest first


def earlier_clip_meant(
    text: str, thread_of: dict[int, int], text_at: Mapping[int, str], in_play: int | None
) -> int | None:
    """The thread a citing line marks as an earlier clip: "The first video" is the
    earliest that names a clip, past the one a definite reference would take for the
    nearest; "the original clip" acted on is the clip a reply in play answers, else the
    earliest before the one in play (the same maker's first, told before a later clip)."""
    official = official_thread(text, thread_of, text_at)
    if official is not None:
        return official
    kept = (
        channel_thread(text, thread_of, text_at)
        if _KEPT_ON_A_CHANNEL.search(text)
        # (a channel, not the platform: "Back on TikTok, Ms Durant's original has been stitched")
        or (
            (back := _BACK_ON_A_CHANNEL.match(text))
            and not re.fullmatch(NAMED_PLATFORM, back["name"])
        )
        else None
    )
    if kept is not None:  # ("The full parade stays up on Hollinbrook Live", "Back on X TV,")
        return kept
    if _THE_REPLAY.search(text) or _CUT_FROM_THE_STREAM.search(text):
        # ("The replay, on his YouTube channel, ...", "cut from the stream": the stream's)
        # (the threads of the latest members only, as official_thread reads: an article of
        # thousands of clips and replays is read in time that grows with its length)
        # (a stream told by any of its lines, the lede's too: "A competitive eater ... has been
        # watched online" then "He streamed the whole attempt on Twitch"; not a reaction "over
        # the last three hours of the stream")
        latest = list(islice(reversed(thread_of), OFFICIAL_READS))

        def made(opener: int) -> bool:  # (the long test, only on the stream test's finds)
            return MADE_FROM_IT.search(text_at[opener]) is not None

        streamed = {o for o in {thread_of[p] for p in latest} if TELLS_A_STREAM.search(text_at[o])}
        streamed = {o for o in streamed if not made(o)}
        if not streamed:  # (then the lines after the openers)
            told = {thread_of[p] for p in latest if TELLS_A_STREAM.search(text_at[p])}
            streamed = {o for o in told if not made(o)}
        named = _REPLAY_OF_NAMED.search(text)
        if len(streamed) > 1 and named:  # ("the replay of its arena stream": the arena's)
            word = re.compile(rf"\b{re.escape(named['word'])}", re.I)
            streamed = {o for o in streamed if word.search(text_at[o])}
        if len(streamed) > 1 and _CUT_FROM_THE_STREAM.search(text):
            # ("the stream" of a live blog's own stream and someone's live: the one told,
            # outside what anyone says, as a stream)
            streamed = {o for o in streamed if _A_STREAM_TOLD.search(_unspoken(text_at[o]))}
        if len(streamed) == 1:  # (of several, none is meant: the rules below read the line)
            return streamed.pop()
    if _ORIGINAL_COPIED.match(text):  # (a tabloid's lede may name no clip: "THIS is the moment")
        return min(thread_of.values(), default=None)
    if FIRST_CLIP.search(text) or _FIRST_ACTED_ON.search(text):
        clips = [o for o in thread_of.values() if CLIP_WORD.search(text_at[o])]
        return min(clips) if clips else None
    if in_play is None or not ORIGINAL_ACTED_ON.search(text):
        return None
    if MADE_FROM_IT.search(text) or POSTED_OWN.search(text):
        return None  # (a clip of its own: "made a duet with the original video")
    clips = [o for o in set(thread_of.values()) if o < in_play]
    if not clips:
        return None
    reply = any(p.search(text_at[in_play]) for p in (MADE_FROM_IT, POSTED_OWN, A_REPLY))
    return max(clips) if reply else min(clips)


def traced_to_its_source(text: str) -> bool:
    """A fact-check's search led to where the clip came from ("A reverse image search of
    key frames led us to a YouTube upload from November 2017 by ...", "we traced the video
    to ..."; copies.ORIGINAL_TRACED). The upload found is the clip the check is about, first
    posted: 40 of 44 such lines in the labelled sets (the others, a deepfake's source
    footage, cite no clip told before, and threads asks this only of a line going back)."""
    return ORIGINAL_TRACED.search(text) is not None


_A_CLAIM = re.compile(r"^(?:Claim|CLAIM|The\s+claim)\s*:")


def checked_clip(thread_of: dict[int, int], text_at: Mapping[int, str], story: int) -> int:
    """The clip of the latest claim a fact-check states ("Claim: A video shared on X shows
    ..."), among the threads of the latest members (READS_BACK), or the story's clip
    `story` when none states one."""
    claim = _latest_opener(_A_CLAIM.match, thread_of, text_at)
    return story if claim is None else claim
