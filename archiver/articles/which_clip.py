"""Which clip a citing line speaks of, by how it marks it: another than the one in play
("the second video", "stitched the video with his own"), or a new one brought in
indefinitely ("a video", "published drone footage").

    another_clip(text, thread_text) -> the text marks its clip as another than the thread's
    new_clip(text)                  -> the text brings in a clip that is not the one in play

Kept apart from archiver.articles.threads, which decides with these where each citing
line's thread is.
"""

from __future__ import annotations

import re

from archiver.articles.owners import MADE_FROM_IT

# An indefinite clip marked as not the one in play: "another video", "a second clip"
_ANOTHER = re.compile(  # (not a length: "A 40-second clip")
    r"(?<![\w-])(?:another|second|third|separate|different|new|other|earlier|older|follow-up)\b",
    re.I,
)
# A definite clip marked as another: "The second video, filmed from the away end, ...",
# "the other clip", "that latest video"; it opens a thread of its own.
_OTHER_CLIP = re.compile(
    r"\b(?:the|this|that|a|its|his|her|their)\s+(?P<mark>second|third|fourth|fifth|other|"
    r"next|latest|newer|newest|later|follow-up|separate|different)\s+(?:[\w’'-]+\s+)?"
    r"(?:video|clip|footage|tiktok|reel|post|livestream|stream|recording|upload)\b",
    re.I,
)


def another_clip(text: str, thread_text: str) -> bool:
    """The text marks its clip as another than the thread's ("The second video, filmed
    from the away end", "stitched the video with his own"), unless the thread's own clip
    was brought in with that mark ("A second video ..." then "the second video was filmed
    during a mock ballot")."""
    if MADE_FROM_IT.search(text) and not MADE_FROM_IT.search(thread_text):
        return True
    found = _OTHER_CLIP.search(text)
    return bool(found) and not re.search(rf"\b{found['mark']}\b", thread_text, re.I)


_WHERE_BEFORE = re.compile(r"\b(?:on|in|via|across)\s+$", re.I)
_CARRYING_THE_CLIP = re.compile(  # "One post carrying the clip", "a repost of the video"
    # ("A 40-second clip from the stream": a part of the clip in play)
    r"\s+(?:[\w-]+\s+){0,2}?(?:of|carrying|sharing|with|containing|showing|from)\s+"
    r"(?:the|this|that)\s+(?:[\w-]+\s+)?(?:video|clip|footage|reel|recording|stream|"
    r"livestream|broadcast)\b",
    re.I,
)
_A_CLIP = re.compile(
    r"\b(?:a|an|one|another|separate)\s+(?:[\w-]+\s+){0,3}?"
    # ("A version reposted on TikTok": the platform it went to, not a TikTok)
    r"(?:video|clip|footage|(?<!on )(?<!to )tiktok|reel|post|livestream)\b",
    re.I,
)


# A clip put out in this sentence, named with no article: "The roads authority published
# drone footage on X ..., and the post has 410,000 views" ("the post" is this one)
_PUT_OUT_BARE = re.compile(
    r"\b(?:published|released|posted|uploaded|put\s+out|issued)\s+"
    r"(?:(?!(?:the|this|that|his|her|their|its|a|an|it)\b)[\w-]+\s+){0,2}?(?:footage|video)\b",
    re.I,
)


def new_clip(text: str) -> bool:
    """An indefinite clip that is not the one in play. "One Facebook post" where the clip
    is ("on one Facebook post alone"), or a post that carries the clip ("One post
    carrying the clip") is the same clip; "another video" never is."""
    if _PUT_OUT_BARE.search(text):
        return True
    for found in _A_CLIP.finditer(text):
        if _ANOTHER.search(found.group(0)):
            return True
        if _WHERE_BEFORE.search(text, max(0, found.start() - 12), found.start()):
            continue
        if _CARRYING_THE_CLIP.match(text, found.end()):
            continue
        return True
    return False
