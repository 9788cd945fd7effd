"""Another upload of a thread's clip (a copy, a repost, its traced original), whose platform
and creator are its own and pass to the lines after it, for archiver.articles.context: split
from it to keep each module short.

    another_upload(text)                  whether a thread's line tells of another upload
    back_to_the_original(line, upload)    whether a line after it goes back to the clip's own
"""

from __future__ import annotations

import re

from archiver.articles.copies import A_PAGES_COPY, COPIED_AGAIN, ORIGINAL_TRACED, REPOST
from archiver.articles.refers_back import THE_ORIGINAL

# Another upload of the thread's clip: its original ("The original was posted on YouTube
# by a Slovak driver ..."), or a later publication by someone other than whoever filmed
# it ("West Yorkshire Police later published the video on its Facebook page"; not "The
# video, which she later uploaded to YouTube", the filmer's own). Its platform and
# creator are that upload's, not those of the lines before it in the thread (a reposted
# clip, footage played in court); the lines after it take them.
_LATER_PUBLISHED = re.compile(
    r"\blater\s+(?:re-?)?(?:published|posted|uploaded|shared|released|put\s+(?:it\s+)?online)\b",
    re.I,
)
_BY_THE_FILMER = re.compile(
    r"\b(?:he|she|they|I|we)\s+(?:\w+\s+)?later\b|\bby\s+(?:him|her|them)(?:self|selves)?\b|"
    # "The driver, Einar Holtet, later posted his video on TikTok": the filmer's own
    r"\blater\s+\w+\s+(?:his|her|their)\s+(?:own\s+)?(?:video|clip|footage|recording)\b",
    re.I,
)


# The clip's first upload, told after a later one: "The footage ... dates from May 2019,
# when it was uploaded to YouTube by a supporters' channel", "it was first posted on ..."
_EARLIER_UPLOAD = re.compile(
    r"\b(?:dates?|dating)\s+(?:back\s+)?(?:from|to)\b[^.;]{0,60}?\b(?:posted|uploaded|"
    r"shared|published)\b|\b(?:first|originally)\s+(?:posted|uploaded|shared|published)\b",
    re.I,
)


# what became of the clip after the line's own upload: "posted the clip to her Instagram
# Story before it was ripped and reposted across TikTok"
_LATER_FATE = re.compile(r"\b(?:before|after|until|and)\s+it\s+(?:was|had\s+been)\b[^.;]*$", re.I)


def another_upload(text: str) -> bool:
    if THE_ORIGINAL.search(text) or _EARLIER_UPLOAD.search(text) or ORIGINAL_TRACED.search(text):
        return True
    # ("has been copied to X by", "There's a version on YouTube by a channel called ...")
    repost = REPOST.search(text) or COPIED_AGAIN.search(text) or A_PAGES_COPY.search(text)
    if (
        repost
        and not _BY_THE_FILMER.search(text)
        and not _LATER_FATE.search(text[: repost.start()])
    ):
        return True
    return bool(_LATER_PUBLISHED.search(text)) and not _BY_THE_FILMER.search(text)


# The clip named by its owner or as the original, after a copy of it: "Janice's original has
# been nabbed ...", "Her video, meanwhile, has passed 2.5 million views"
_OWNERS_ORIGINAL = re.compile(
    r"\b(?:the|[\w-]+[’']s|his|her|their)\s+original\b|(?:[’']s|\b(?:his|her|their))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:video|clip|reel|tiktok|film|livestream|stream)\b",
    re.I,
)


def back_to_the_original(line: str, upload: str) -> bool:
    """A line after another upload goes back to the clip's own upload, not that one; but a
    fact-check's traced source is the original ("His original has 74,000 views" after "A
    search led us to an Instagram post by ...")."""
    if _THE_COPY.search(line):  # ("The force's copy drew 1.9m views, more than the original")
        return False
    return bool(_OWNERS_ORIGINAL.search(line)) and not ORIGINAL_TRACED.search(upload)


_THE_COPY = re.compile(r"\b(?:copy|repost|re-?upload)\b", re.I)
