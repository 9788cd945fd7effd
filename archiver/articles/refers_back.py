"""Whether a citing line speaks of the clip in play, and in what role: "It racked up 2.4
million views", "His reel ...", "The original was posted on YouTube by ...", "An
Instagram repost of the video got ...".

    refers_back(text, broke_off, thread_text, other_platform) -> "pronoun",
                                            "back_reference" or None
    THE_ORIGINAL    "The original ...", "The full version ...": the clip as first
                    published or as a whole

Split from archiver.articles.threads, which decides with it where each citing line's
thread is, and kept apart for its size.
"""

from __future__ import annotations

import re

from archiver.articles.clip_kinds import PLAYED_IN_COURT, TELLS_A_STREAM
from archiver.articles.copies import A_COPY, IT_WAS_COPIED, ORIGINAL_TRACED, puts_it_on
from archiver.articles.filmed_by import FILMED_AND_POSTED
from archiver.articles.which_clip import another_clip, new_clip

_OWN_CLIP = re.compile(  # "His reel racked up ...": nothing between the owner and the clip
    # (its platform between: "Her Facebook post has been shared 31K times")
    r"^(?:.{0,40}?\s)?(?:his|her|their|its)\s+(?:(?:(?-i:Facebook|Instagram|TikTok|YouTube|X|"
    r"Snapchat|Twitch|Bluesky|Reddit)\s+)?(?:video|clip|reel|tiktok|post|footage|livestream)|"
    r"account|channel|page|profile)\b"  # a citation of the account the clip is on
    # (or speech heard in it: "'...,' Greta can be heard whispering in her video")
    r"|\b(?:(?:can|could)\s+be\s+(?:heard|seen)\s+[a-z]+ing|says|said)\s+in\s+(?:his|her|their)\s+"
    r"(?:video|clip|footage|reel|tiktok|livestream|stream)\b",
    re.I,
)
_IT = re.compile(  # "It had been viewed", "It racked up 2.4 million views"
    # (after a time with no comma too: "By Wednesday it had been viewed ...")
    r"^(?:.{0,40}?,\s+|(?:by|within|in|on|after|since|at)\s+(?:[\w-]+\s+){1,3}?)?it\s+"
    r"(?:has|had|was|is|[a-z]+ed|drew|got|won|went|became|took)\b"
    # (or as its maker tells it: "Freya Hale, who filmed the viewing, says it has now
    # passed 9.1 million views")
    r"|\bwho\s+(?:filmed|recorded|shot|posted)\s+(?:it|the\s+[\w-]+),\s+(?:says|said)\s+(?:that\s+)?"
    r"it\s+(?:has|had)\b",
    re.I,
)
_THE_CLIP = re.compile(  # "the video", "that fan video", "the force's post", "that version"
    r"\b(?:the|this|that)\s+(?:[\w’'-]+\s+)?(?:video|clip|footage|tiktok|reel|images|"
    r"pictures|recording|livestream|stream|post|upload|version|copy|repost|reply|sequel|"
    r"follow-up|advert)\b"
    # (a film told of at the head of a line: "The film was made by ...", "The 26-minute
    # film, shot mostly over ..., has drawn"; not "the film gained" in a translation's
    # running text, where the word is any clip)
    r"|^(?:The|That|This)\s+(?:[\w-]+\s+)?film\b(?=[^.;]{0,80}?\b(?:was|has|is)\b)"
    # (one of the clip's copies, by its reach: "The most widely shared post, from the
    # Facebook page ...")
    r"|\bthe\s+most\s+(?:widely\s+)?(?:shared|viewed|watched|popular|circulated)\s+"
    r"(?:post|copy|version|upload|repost)\b",
    re.I,
)
# "Footage of the ride shared on X ...": footage of something the thread told of
_FOOTAGE_OF_THE = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?:footage|video|images)\s+of\s+(?:the|his|her|their)\b", re.I
)
# "The original was posted on YouTube by ...", "The full version ...": the clip in
# play, as first published or as a whole (a fact-check's "original" of a reposted clip)
THE_ORIGINAL = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?:the|that)\s+(?:original|unedited|uncut|full|full-length|raw)\b"
    r"(?!\s+(?:creator|poster|uploader|owner|author|caption|claim|post\s+said)\b)",
    re.I,
)
# "the user who posted it on X": the clip as the object of its own posting
_POSTED_IT = re.compile(
    r"\b(?:posted|shared|uploaded|filmed|recorded|shot|took)\s+it\b"
    # (or "He put it on TikTok", "she could put it on her Instagram"; not "Somebody has set
    # it to opera and put it on YouTube", "The club's own account has put it on X")
    r"|\b(?:he|she|they|I|we)\s+(?:then\s+|later\s+|just\s+|could\s+)?put\s+it\s+(?:on|up|online)\b"
    # (or a cut of it its maker put up: "A 30-second cut of the flight that he put on
    # Instagram has since had ...", "A 45-second cut of the final ten minutes on her TikTok")
    r"|\b(?:cut|edit|version|excerpt)\s+of\s+(?:the|that)\s+(?:[\w-]+\s+){1,2}?(?:that|which)\s+"
    r"(?:he|she|they)\s+(?:then\s+|later\s+|also\s+)?(?:put|posted|shared|uploaded)\b"
    r"|^(?:An?|One)\s+[\w-]+\s+(?:cut|edit|excerpt)\s+of\s+(?:the|that)\s+[^.;,]{0,40}?\bon\s+(?:his|her|"
    r"their)\s+(?-i:TikTok|Instagram|YouTube|Facebook|X|Twitch)\b"
    # (or watched live, as its maker tells it: "About 15,000 people watched that live")
    r"|\b(?:people|viewers)\s+watched\s+(?:that|this)\s+live\b"
    # (or the writer's viewing of it: "I have watched it twice.")
    r"|^(?:(?:And|But|Yes|Still|Now),?\s+)?I(?:[’']ve|\s+have)\s+(?:now\s+|since\s+)?(?:watched|"
    r"seen|rewatched|replayed)\s+it\b",
    re.I,
)


# A moment of a stream, cut out and put up by someone: "A clip of that call posted on TikTok
# by @renterscorner", "That outburst has been clipped from his Kick stream"
_AN_EXCERPT = re.compile(  # (not another angle: "A clip of the moment, filmed by her flatmate")
    r"\b(?:A|One)\s+(?:short\s+)?clip\s+of\s+(?:the|that|this)\s+(?:moment|call|exchange|bit|"
    r"part|section|segment|scene|outburst|row|confrontation|speech|answer|reply)\b"
    r"(?![^.;]{0,40}?\b(?:filmed|recorded|shot|captured)\b)|"
    r"\b(?:clipped|cut)\s+(?:out\s+)?(?:from|of)\s+(?:the|his|her|their|its|[\w’'-]+[’']s)\s+"
    r"(?:[\w-]+\s+)?(?:live-?)?stream\b",
)

# A part of the clip in play put up by whoever made it: "An excerpt the cathedral posted on
# YouTube Shorts the next morning" (after the cathedral's livestream)
_OWN_EXCERPT = re.compile(
    r"^(?:An?|One)\s+(?:short\s+|[\w-]+-second\s+|[\w-]+-minute\s+)?(?:excerpt|highlight|cut)\s+"
    r"(?:(?:that|which)\s+)?(?:the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:posted|put|shared|"
    r"uploaded)\b"
)


# The clip in play, told as made by someone: "It was filmed by park gardener Yusuf
# Eriksen-Mbah on his phone", even after a line that did not keep to it
_IT_WAS_MADE = re.compile(
    r"^(?:[^,.;]{0,30},\s+)?It\s+was\s+(?:first\s+)?(?:filmed|recorded|shot|captured)\s+by\b"
)


def refers_back(
    text: str, broke_off: bool, thread_text: str = "", other_platform: bool = False
) -> str | None:
    """The role of a citing sentence that refers to the clip in play, or None; after the
    thread broke off only a definite reference to the clip counts ("It ..." may be
    anything the story turned to). A clip marked as another ("the second video") or
    stated on another platform than the thread's ("the Snapchat video" after a Reddit
    post) is a clip of its own."""
    if ORIGINAL_TRACED.search(text) and not another_clip(text, thread_text):
        return "back_reference"  # where the clip first appeared, on whatever platform
    if _AN_EXCERPT.search(text) and TELLS_A_STREAM.search(thread_text):
        return "back_reference"  # a stream's moment cut out and posted: the stream's
    if _OWN_EXCERPT.match(text) and not another_clip(text, thread_text):
        return "back_reference"  # (its maker's own cut, on whatever platform)
    # (a copy names the platform it went to: "She reposted the same review as an
    # Instagram reel" is the TikTok in play)
    if (
        new_clip(text)
        or another_clip(text, thread_text)
        or (
            other_platform
            and not (A_COPY.search(text) or puts_it_on(text) or IT_WAS_COPIED.search(text))
        )
    ):
        return None
    if FILMED_AND_POSTED.search(text):
        return None  # "filmed his search ... and put the video on YouTube": a clip made here
    if _OWN_CLIP.search(text) or (not broke_off and _IT.search(text)):  # "His reel ..."
        return "pronoun"
    if puts_it_on(text) or any(
        p.search(text)
        for p in (_THE_CLIP, _POSTED_IT, THE_ORIGINAL, A_COPY, PLAYED_IN_COURT, IT_WAS_COPIED)
    ):
        # "An Instagram repost of the video got ...": the same clip, though the platform
        # it names is the repost's own
        return "back_reference"
    if _IT_WAS_MADE.match(text):  # "It was filmed by park gardener ...", past a scene line
        return "back_reference"
    if not broke_off and _FOOTAGE_OF_THE.search(text):
        return "back_reference"
    return None
