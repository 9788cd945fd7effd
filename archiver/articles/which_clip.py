"""Which clip a citing line speaks of, by how it marks it: another than the one in play
("the second video", "stitched the video with his own"), or a new one brought in
indefinitely ("a video", "published drone footage").

    another_clip(text, thread_text) -> the text marks its clip as another than the thread's
    new_clip(text)                  -> the text brings in a clip that is not the one in play
    platform_thread(text, ...)      -> the earlier thread a clip named by its platform is
                                       ("That TikTok now has ..."), or None
    in_play_only(citation, ...)     -> the line cites by a count alone, or a scene naming
                                       its maker's account: the clip in play
    platform_differs(text, ...)     -> the clip is named by, or made and put on, another
                                       platform than the thread in play states
    maker_differs(text, ...)        -> the line names a maker, the thread names another, and
                                       the line passes no clip on
    one_name(a, b)                  -> one creator, by a name, a part of it or a handle
    ANY_CLIP                        -> any word for a clip or a picture

(archiver.articles.earlier_clip has the marks of an earlier clip: "the first video",
"the original".)

Kept apart from archiver.articles.threads, which decides with these where each citing
line's thread is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import islice
from typing import Protocol

from archiver.articles.bodies import a_bodys_footage
from archiver.articles.clip_kinds import MADE_FROM_IT
from archiver.articles.copies import A_COPY
from archiver.articles.earlier_clip import A_NEW_ONE, CAMERAS_EXHIBIT, OFFICIAL_ON
from archiver.articles.in_turn import CLIPS, SET_APART, owns_another
from archiver.articles.owners import POSTED_OWN
from archiver.platforms import NAMED_PLATFORM, platform_named
from archiver.text import name_key, name_pattern, one_person


class Citation(Protocol):  # what these rules read of a citation (threads.Citation has it)
    platform: str | None
    creator: str | None


VAGUE_PLATFORMS = (None, "social media")  # a platform that says nothing of which clip

# An indefinite clip marked as not the one in play: "another video", "a second clip"
_ANOTHER = re.compile(  # (not a length: "A 40-second clip")
    r"(?<![\w-])(?:another|second|third|separate|different|new|other|earlier|older|follow-up)\b",
    re.I,
)
# A definite clip marked as another ("The second video, filmed from ...", "the other clip")
_OTHER_CLIP = re.compile(
    r"\b(?:the|this|that|a|its|his|her|their)\s+(?P<mark>second|third|fourth|fifth|other|"
    r"next|latest|newer|newest|later|follow-up|separate|different)\s+(?:[\w’'-]+\s+)?"
    # (or another camera on the moment: "A second angle of the sofa collapse has turned up")
    r"(?:video|clip|footage|tiktok|reel|post|livestream|stream|recording|upload|angle)\b",
    re.I,
)

# Someone gone live where the thread's clip is not: "Finalist Amara has gone live on TikTok"
_GONE_LIVE = re.compile(
    rf"\b(?:has|have)\s+gone\s+live\s+on\s+(?P<mark>{NAMED_PLATFORM})"
    # (or has streamed something new since: "The museum has since streamed an evening with
    # Mr Beddoes, ..., on its Facebook page")
    r"|\b(?:has|have)\s+(?:since|now|also)\s+(?:live-?)?streamed\s+(?:a|an)\s[^.;]{0,100}?\bon\s+"
    rf"(?:its|his|her|their)\s+(?:own\s+)?(?P<mark2>{NAMED_PLATFORM})"
)

# One picked out of the clips the thread cited together, by what sets it apart: "In the
# video that first drew investigators' attention, ..." after "posted videos of herself"
_ONE_OF_MANY = re.compile(
    r"^(?:In|On)?\s*the\s+(?:[\w-]+\s+)?(?:video|clip|reel|tiktok|post|livestream|stream)\s+"
    r"(?:that|which)\s+(?:first|later|finally|eventually|really|most)\b",
    re.I,
)
# The next clip of a story told in turn: "Then came the slug video."
_THEN_CAME = re.compile(  # (or a clip the reader is reminded of: "Remember that AI video of ...?")
    r"^(?:(?:then|next|and\s+then)\s+came\s+(?:the|her|his|their)|remember\s+(?:that|the))\b", re.I
)


def another_clip(text: str, thread_text: str) -> bool:
    """The text marks its clip as another than the thread's ("The second video, filmed
    from the away end", "stitched the video with his own"), unless the thread's own clip
    was brought in with that mark ("A second video ..." then "the second video was filmed
    during a mock ballot")."""
    if MADE_FROM_IT.search(text) and not MADE_FROM_IT.search(thread_text):
        return True
    if _THEN_CAME.match(text):
        return True
    set_apart = SET_APART.match(text)
    mark = set_apart and (set_apart["did"] or set_apart["thinks"] or set_apart["when"])
    if mark and mark.lower() not in thread_text.lower():
        return True  # (not the same clip told again: "... the video that changed everything")
    if _ONE_OF_MANY.match(text) and CLIPS.search(thread_text):
        return True  # "posted videos of herself ..." then "In the video that first drew ..."
    if _SOMEONE_FILMED_IT.search(text) and a_bodys_footage(thread_text):
        return True  # a pupil "filmed it on his mum's phone": not the school's own stream
    body = _BODYS_FOOTAGE.match(text)
    if body and not re.search(rf"\b{re.escape(body['body'])}", thread_text, re.I):
        return True  # "Fire service footage from the cockpit" after a hobbyist's drone video
    if _SHOWS_WHAT_IT_DID_NOT.search(text) or owns_another(text, thread_text):
        return True  # "... shows what the stream did not"; "Abernethy-Lowe's own video ..."
    exhibit = CAMERAS_EXHIBIT.match(text) or OFFICIAL_ON.search(text)
    if exhibit and not re.search(rf"\b{exhibit['kind']}", thread_text, re.I):
        return True  # "The gallery's own CCTV, also shown to the court," after the reel
    found = _OTHER_CLIP.search(text) or _GONE_LIVE.search(text)
    mark = found and (found["mark"] or found.groupdict().get("mark2"))
    return bool(mark) and not re.search(rf"\b{mark}\b", thread_text, re.I)


_SHOWS_WHAT_IT_DID_NOT = re.compile(
    r"\b(?:shows?|showed|captures?|captured|reveals?|revealed)\s+what\s+(?:the|her|his|their|its)\s+"
    r"(?:[\w-]+\s+)?(?:video|clip|footage|stream|livestream|broadcast|feed|camera|cameras)\s+"
    r"(?:did|does|could|can|had)\s*(?:not|n[’']t)\b",
    re.I,
)


# Footage named by the body that filmed it, at the head of the line: "Fire service footage
# from the cockpit of the aircraft, also shown to the court, showed ..."
_BODYS_FOOTAGE = re.compile(
    r"^(?P<body>fire\s+service|fire\s+brigade|police|coastguard|council|ambulance\s+service|"
    r"army|navy|air\s+force|military|ministry|airline|operator)(?:[’']s)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:footage|video|film|recording)\b",
    re.I,
)


# Someone named filming "it" with their own phone or camera: "Year 5 pupil Alfie
# Brennan-Shaw, 10, filmed it on his mum's phone from the finish line"
_SOMEONE_FILMED_IT = re.compile(
    r"^(?:[\w-]+\s+){0,3}?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+(?:,\s+\d{1,3},)?\s+(?:filmed|recorded|shot)\s+"
    r"(?:it|the\s+(?:moment|race|scene))\b"
)
# (or what the clip in play was put up as: "cross-posted the same video as an Instagram reel")
_WHERE_BEFORE = re.compile(r"\b(?:on|in|via|across|as)\s+$", re.I)
_CARRYING_THE_CLIP = re.compile(  # "One post carrying the clip", "a repost of the video"
    # ("A 40-second clip from the stream": a part of the clip in play)
    # (past who posted it: "a post by @alvane_alerts carrying the same clip", "One Facebook
    # post sharing it")
    r"\s+(?:[\w@.’'-]+\s+){0,3}?(?:of|carrying|sharing|with|containing|showing|from)\s+"
    r"(?:(?:the|this|that)\s+(?:[\w-]+\s+)?(?:video|clip|footage|reel|recording|stream|"
    r"livestream|broadcast)\b|it\b)",
    re.I,
)
_A_CLIP = re.compile(
    # (not past a definite one: "The one who recorded this video is his grandchild")
    r"\b(?:a|an|one|another|separate)\s+(?:(?!(?:this|that|these|those)\s)[\w’'-]+\s+)"
    r"{0,3}?"
    # ("A version reposted on TikTok": the platform it went to, not a TikTok)
    r"(?:video|clip|footage|(?<!on )(?<!to )tiktok|reel|post|livestream)\b"
    # (a word that only qualifies the next: "an AI video tool", "a TikTok account")
    r"(?!\s+(?:tools?|apps?|games?|editor|editing|calls?|cameras?|platforms?|generator|"
    r"format|makers?|link|chat|feed|site|service|ads?|account|star|trend|"
    r"video|clip|footage)\b)",
    re.I,
)


# A clip put out in this sentence, named with no article: "The roads authority published
# drone footage on X ..., and the post has 410,000 views" ("the post" is this one)
_PUT_OUT_BARE = re.compile(
    r"\b(?:published|released|posted|uploaded|put\s+out|issued)\s+"
    r"(?:(?!(?:the|this|that|his|her|their|its|a|an|it)\b)[\w-]+\s+){0,2}?(?:footage|video)\b",
    re.I,
)


# Someone new filming or streaming, told with an article: "A passenger streamed the first
# twenty minutes live on Facebook" (not who filmed what was told: "A commuter filmed it")
_INDEFINITE_FILMER = re.compile(
    r"(?:^|:\s+)(?:A|An|One|Another)\s+(?:[\w-]+\s+){0,2}?[a-z]+\s+(?:(?:had|has)\s+)?"
    r"(?:streamed|live-?streamed|filmed|recorded)\s+(?!(?:it|this|that|the\s+(?:moment|scene|"
    r"whole\s+thing|incident))\b)"
)


# A clip that follows the one in play, by whoever made it: "posted a follow-up"
_A_FOLLOW_UP = re.compile(
    r"\b(?:posted|uploaded|shared|released|made|filmed)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
    r"(?:follow-up|sequel)\b(?!\s+(?:comment|message|statement|tweet|email|letter|question|call|"
    r"visit|note|reply|update)s?\b)|"
    # (or a reply put on a platform as a clip: "has posted a reply on TikTok, holding up the
    # club's bill", not a reply typed under the video)
    r"\b(?:posted|uploaded|filmed)\s+(?:a|an)\s+(?:video\s+)?(?:reply|response)\s+(?:on|to)\s+"
    r"(?-i:TikTok|Instagram|YouTube|X|Facebook|Threads|Snapchat)\b",
    re.I,
)
# A reader's clip sent to a live blog: "Reader Fiona Tait sent us this video of ..."
_SENT_THIS = re.compile(r"\bsent\s+(?:us|in)\s+this\s+(?:[\w-]+\s+)?(?:video|clip|footage)\b", re.I)


def new_clip(text: str) -> bool:
    """An indefinite clip that is not the one in play. "One Facebook post" where the clip
    is ("on one Facebook post alone"), or a post that carries the clip ("One post
    carrying the clip") is the same clip; "another video" never is."""
    if _PUT_OUT_BARE.search(text) or POSTED_OWN.search(text) or _SENT_THIS.search(text):
        return True
    if _A_FOLLOW_UP.search(text) or _INDEFINITE_FILMER.search(text) or A_NEW_ONE.search(text):
        return True  # "Freya has since posted a follow-up in which ..."
    for found in _A_CLIP.finditer(text):
        if _ANOTHER.search(found.group(0)):
            return True
        if _WHERE_BEFORE.search(text, max(0, found.start() - 12), found.start()):
            continue
        if _CARRYING_THE_CLIP.match(text, found.end()) or A_COPY.match(text, found.start()):
            continue  # ("A screen-recording of the video posted to X": the clip in play)
        if A_COPY.search(text[: found.start()]):
            continue  # one of the copies just told: "Copies have spread on X, where one post"
        return True
    return False


def stated_platforms(
    by_position: Mapping[int, Citation], thread_of: Mapping[int, int], opener: int | None
) -> set[str]:
    """The platforms the citations of the thread opened at `opener` state."""
    return {
        platform
        for p, o in thread_of.items()
        if o == opener and p in by_position
        if (platform := by_position[p].platform) not in VAGUE_PLATFORMS
    }


# "That TikTok now has a quarter of a million views", "the Instagram reel": a clip named
# by its platform (the capitalised word is kept only if it names one; a bare name only
# for a platform whose name is its clips', TikTok and Snapchat)
_THAT_PLATFORM_CLIP = re.compile(
    # (or past a count: "Peak audience so far: 31,400 on the Twitch broadcast")
    # (or gone back to: "Going back to the Facebook stream.")
    r"^(?:[^,]{0,40},\s+|[^:]{0,40}:\s+(?:[^.;]{0,30}?\s)?|(?i:(?:going|coming|turning|getting)\s+"
    r"back\s+to|back\s+(?:to|on))\s+)?(?i:the|this|that)\s+"
    r"(?P<platform>TikTok|Snapchat|[A-Z]\w*(?=\s+"
    r"(?i:post|reel|story|video|clip|short|stream|livestream|broadcast)\b))"
)


def platform_thread(
    text: str, by_position: Mapping[int, Citation], thread_of: dict[int, int], in_play: int | None
) -> int | None:
    """The latest thread other than the one in play whose citations state the platform a
    definite reference names its clip by ("That TikTok now has ..." in a live blog where
    a YouTube stream came between), or None."""
    found = _THAT_PLATFORM_CLIP.match(text)
    if found is None:
        return None
    platform = platform_named(f"on {found['platform']}")  # ("on X": X alone is a letter)
    if platform is None or platform in stated_platforms(by_position, thread_of, in_play):
        return None
    return _latest_on({platform}, by_position, thread_of)


def _latest_on(
    platforms: set[str | None], by_position: Mapping[int, Citation], thread_of: dict[int, int]
) -> int | None:
    """The opener of the latest thread with a citation on one of `platforms`, or None."""
    for position in sorted(thread_of, reverse=True):
        if position in by_position and by_position[position].platform in platforms:
            return thread_of[position]
    return None


_THE_HANDLES_CLIP = re.compile(
    r"\bthe\s+(@[\w.]+)\s+(?:post|copy|video|clip|reel|upload|version|repost|account)\b"
)


def platform_acted_on(
    text: str, by_position: Mapping[int, Citation], thread_of: dict[int, int], in_play: int
) -> int:
    """The clip a platform's own act is on ("Meta has since added a 'missing context'
    label to ..."): the one in play, unless that one is on another platform and an
    earlier clip is on the one acting (Meta's is Facebook's and Instagram's)."""
    acting = _PLATFORM_ACTS.match(text)
    named = _THE_HANDLES_CLIP.search(text) if acting else None
    if named:  # ("... a label to the @truthbomb_uk post": the clip that account put out)
        owned = [p for p, c in by_position.items() if c.creator == named[1] and p in thread_of]
        return thread_of[max(owned)] if owned else in_play
    name = acting.group(0).split()[0] if acting else ""
    platforms = {"facebook", "instagram"} if name == "Meta" else {platform_named(f"on {name}")}
    stated = stated_platforms(by_position, thread_of, in_play)
    if not acting or not stated or stated & platforms:
        return in_play
    found = _latest_on(platforms, by_position, thread_of)
    return in_play if found is None else found


# A platform naming the clip itself: "the Snapchat video", "The league's official broadcast
# on Twitch" (not "an Instagram repost of the video", which is the clip in play, reposted)
_PLATFORM_CLIP = re.compile(
    r"\b(?:the|this|that)\s+(?P<platform>[A-Z][\w]+)\s+(?:video|clip|post|reel|livestream|broadcast|"
    r"stream|story)\b|[’']s\s+(?:official\s+|own\s+)?(?:livestream|broadcast|stream)\s+on\s+[A-Z]"
    # (or the platform between: "A screenshot of the festival's YouTube livestream")
    rf"|[’']s\s+(?:official\s+|own\s+)?(?:{NAMED_PLATFORM})\s+(?:live-?stream|broadcast|stream)\b"
)


# A clip made in the sentence that cites it, not the one in play passed on
_MADE_HERE = re.compile(r"(?<![\w-])(?:filmed|recorded|captured)\b", re.I)  # (not screen-recorded)


def platform_differs(
    text: str,
    citation: Citation,
    by_position: Mapping[int, Citation],
    thread_of: dict[int, int],
    thread: int,
) -> bool:
    """The clip is named by a platform ("the Snapchat video"), or made in this sentence
    and put on a platform ("the moment was filmed by ..., who has posted it on X"), and
    the thread's citations state another."""
    if citation.platform in VAGUE_PLATFORMS:
        return False
    made_here = _MADE_HERE.search(text) and not A_COPY.search(text)
    if not (_PLATFORM_CLIP.search(text) or made_here):
        return False
    stated = stated_platforms(by_position, thread_of, thread)
    return bool(stated) and citation.platform not in stated


# Passing the clip on: a repost or a copy keeps the clip, whoever put it out
# ("posted the video on TikTok", "uploaded it"), the clip in play put out again
_PASSED_ON = re.compile(
    r"\b(?:re-?posted|re-?uploaded|re-?shared|re-?published|shared|copy|copies|mirror)\b|"
    r"\bthe\s+same\s+(?:video|clip|footage|recording|film)\b|"
    r"\b(?:posted|uploaded|put|published)\s+(?:it|(?:the|this|that)\s+(?:[\w-]+\s+)?(?:video|"
    r"clip|footage|recording|film))\b",
    re.I,
)
# A maker told by an act of making or putting out, not one seen in the clip ("In the
# 38-second clip, Abelard stands ..."), nor the thread's own maker by a pronoun ("Her
# video, posted on X as @chasing_mari")
_MAKING = r"\b(?:posted|uploaded|published|filmed|recorded|streamed|made|shot)\b"
_THEIR_OWN = re.compile(r"^(?:[^,]{0,40},\s+)?(?:her|his|their|its)\s", re.I)
# ... nor the clip in play pointed at: "This video the son of Mavluda Rahimova, Firdavs
# Rahimov (22-year), ... has recorded" (whoever the thread took for its maker before)
_THIS_CLIP = re.compile(r"^(?:This|That)\s+(?:video|clip|recording|film|footage)\b")


MAKERS_READ = 40  # a thread's makers a line's maker is read against


def maker_differs(
    text: str,
    citation: Citation,
    by_position: Mapping[int, Citation],
    thread_of: dict[int, int],
    thread: int,
) -> bool:
    """The line names who made or posted its clip ("The version most people have seen ...,
    posted by Auckland music teacher Hemi Walker"), the thread's citations name someone
    else, and the line does not pass the clip on: a clip of its own."""
    if citation.creator is None or A_COPY.search(text) or _PASSED_ON.search(text):
        return False
    if _THEIR_OWN.match(text) or _THIS_CLIP.match(text) or citation.creator.startswith("@"):
        return False
    maker = re.escape(citation.creator)
    made_by = rf"(?:{_MAKING}|\bby\b)[^.;]{{0,60}}?{maker}|{maker}[^.;]{{0,60}}?{_MAKING}"
    if not name_pattern(made_by).search(text):
        return False
    # (the thread's first makers: a live blog's stream may gather thousands of posters of
    # its moments, each read against every line after it)
    makers = set(
        islice(
            (
                c.creator
                for position, c in by_position.items()
                if thread_of.get(position) == thread and c.creator
            ),
            MAKERS_READ,
        )
    )
    return bool(makers) and not any(one_name(citation.creator, m) for m in makers)


def one_name(a: str, b: str) -> bool:
    """One creator, by the same name or a part of it ("Walker", "Hemi Walker"), or by a
    handle made from it ("@hemiwalks")."""
    if one_person(a, b):
        return True
    handle, name = (a, b) if a.startswith("@") else (b, a)
    key = name_key(handle)
    return handle.startswith("@") and any(len(w) > 2 and name_key(w) in key for w in name.split())


# Any word for a clip, or for a picture: a line that names one cites by more than a count
ANY_CLIP = re.compile(
    r"\b(?:videos?|clips?|reels?|tiktoks?|posts?|livestreams?|streams?|footage|shorts?|stor(?:y|ies)|"
    r"uploads?|recordings?|broadcasts?|vlogs?|ads?|adverts?|spots?|duets?|stitch(?:es)?|"
    r"films?|versions?|cop(?:y|ies)|snaps?|photos?|pictures?|images?|gifs?)\b",
    re.I,
)


def _only_counts(citation: Citation, text: str) -> bool:
    """The line cites by a count of an audience alone, naming no clip, maker or platform:
    "About 18,400 people were watching live at the time" is the clip in play."""
    counts = [m for m in getattr(citation, "metrics", ()) if m.kind != "followers"]
    if not counts or citation.platform or citation.creator or ANY_CLIP.search(text):
        return False
    # not a count of something else: "His charity event last month drew 9,000 viewers",
    # "The hashtag has been viewed 40 million times", "Rival Jess Kay had 30,000 people
    # watching"
    return not (_SOMETHING_ELSE.search(text) or _NAMED_SUBJECT.match(text))


_SOMETHING_ELSE = re.compile(
    r"\b(?:hashtags?|photos?|pictures?|images?|events?|previous|earlier|last\s+(?:week|month|"
    r"year)|rivals?|another|other|attempts?)\b|#\w",
    re.I,
)
_NAMED_SUBJECT = re.compile(  # (not a time: "By Thursday they had been viewed ...")
    r"^(?!(?:By|In|On|At|After|Within|Since|From|Until|Before|During|Over)\b)"
    r"(?:[A-Z][a-z]+\s+)?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s+[a-z]"
)


def in_play_only(
    citation: Citation, text: str, scene_after_citing: bool, makers: list[str | None]
) -> bool:
    """The line cites only by a count, or tells a scene just after a citing line naming
    only its maker's account: it is the clip in play, whose makers are `makers`."""
    if (_only_counts(citation, text) and not A_NEW_ONE.search(text)) or _PLATFORM_ACTS.match(text):
        return True  # (not a count of a clip of its own: "A follow-up ... has 4.4m views")
    return scene_after_citing and _only_a_scene(citation, text, makers)


# The platform's own act on the clip in play: "X added a community note calling it ...",
# "Meta has since placed an 'altered video' label on the post", "TikTok had not taken it
# down by Wednesday evening"
_PLATFORM_ACTS = re.compile(
    rf"^(?:{NAMED_PLATFORM}|Meta)\s+(?:has\s+|had\s+)?(?:not\s+)?(?:since\s+|later\s+|then\s+|"
    r"also\s+|now\s+|quickly\s+)?(?:added|attached|placed|put|applied|pinned|took|taken|removed|"
    r"deleted|pulled|labell?ed|restricted)\b"
)


def _only_a_scene(citation: Citation, text: str, makers: list[str | None]) -> bool:
    """The line tells a moment in the present and cites only by naming its maker's
    account, no clip or platform, and no maker the thread in play names another: "Marcus
    Ade-Whyte, who reviews food as @onebitemarcus, takes a single bite" is that clip."""
    if citation.platform or ANY_CLIP.search(text):
        return False
    if _ANOTHER_ONE.search(text):
        return False  # "... gives it a two in her own review"
    known = [m for m in makers if m]
    if known and citation.creator and not any(one_name(citation.creator, m) for m in known):
        return False
    return bool(_WHO_POSTS_AS.search(text))


_ANOTHER_ONE = re.compile(r"\b(?:own|rival|another|second|other|disagrees?)\b", re.I)
# a maker's account named in apposition: ", who reviews food as @onebitemarcus,"
_WHO_POSTS_AS = re.compile(r",\s+who\s+(?:[\w-]+\s+){1,3}?as\s+[‘“'\"]?@?[\w.]+[’”'\"]?,")


# A clip named by what it was filmed with or where, as the line goes back to it: "Back on
# the nest camera, the female is feeding both chicks", "In the ROV footage, the lure
# pulses", "Back in the corridor footage, a cleaner walks past"
_QUALIFIED = re.compile(
    r"^(?:[^,]{0,30},\s+)?(?:back\s+)?(?:in|on|to)\s+the\s+(?P<word>[\w-]{2,}(?:\s+[\w-]{2,}){0,2})"
    r"(?:[’']s)?\s+(?:video|clip|"
    r"footage|stream|livestream|camera|cam|recording|reel|feed|vod|broadcast)\s*,",
    re.I,
)
# words before a clip noun that do not tell which clip ("the original video", "the full
# stream"): read by qualified_thread here and by archiver.articles.clip_choice
NOT_QUALIFIERS = frozenset(
    "original first second third new same whole full entire viral latest last earlier later "
    "other longer shorter short long full-length raw unedited edited live two".split()
)


def qualified_thread(
    text: str, thread_of: dict[int, int], text_at: Mapping[int, str], citing: set[int]
) -> int | None:
    """The opener of the one thread whose citing lines use the word that names the clip
    the line goes back to ("the nest camera": the thread that told of a nest camera), or
    None when no thread, or more than one, uses it. Only the latest citing lines are read
    (`thread_of` is in the order the lines were read): an article of thousands of clips and
    of lines going back to them is read in time that grows with its length."""
    found = _QUALIFIED.match(text)
    if found is None or found["word"].lower() in NOT_QUALIFIERS:
        return None
    word = re.compile(rf"\b{re.escape(found['word'])}\b", re.I)
    latest = islice((p for p in reversed(thread_of) if p in citing), QUALIFIED_READS)
    threads = {thread_of[p] for p in latest if word.search(text_at[p])}
    return threads.pop() if len(threads) == 1 else None


QUALIFIED_READS = 60  # citing lines, the latest first
