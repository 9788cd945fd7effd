"""A clip named by the body it is of ("The fire service's post has been viewed ..."), and
a body putting out footage of its own ("Moorshire Police posted dashcam footage").

    bodys_thread(text, thread_of, text_at, citing) -> the opener of the thread whose citing
                        lines name that body
    names_a_bodys_clip(text) -> whether the line names a clip by its body, or gives a body's
                        word on its own
    a_bodys_footage(text) -> whether the line tells of a body's own footage, which makes no
                        person its creator
    aware_of_a_clip(text) -> whether a body says only that it is aware of a clip going round
    seen_the_clip(text) -> whether a body says it has seen "the video", named no other way
    watched_it(text)    -> whether a line says someone watched the clip, however it is named
    story_clip(thread_of, lede) -> the story's clip, past a headline that cites on its own

Split from archiver.articles.owners (a clip named by the person whose it is), which it
reads the latest citing line with, and kept apart for its size.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from archiver.articles.accounts import a_body_posts_its_own
from archiver.articles.owners import ANOTHER, latest_citing, marked_another, own_clip_owner

# A clip named by a body that owns it: "The fire service's post has been viewed ...",
# "The directorate's video", "the team's video"
_BODYS_CLIP = re.compile(
    r"\b[Tt]he\s+(?P<noun>(?:[a-z-]+\s+){0,2}?[a-z-]{3,})[’']s?\s+(?P<marks>(?:[\w-]+\s+){0,2}?)"
    r"(?:video|clip|footage|post|reel|stream|livestream|recording|upload|page)\b"
)


# or by the body's word on its own clip: "The agency says its stream peaked at 1.9 million"
_BODY_SAYS_ITS = re.compile(
    r"\b[Tt]he\s+(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]{2,})\s+(?:says|said|reports|reported|"
    r"tells\s+us|told\s+us)\s+"
    r"(?:that\s+)?its\s+(?P<marks>(?:[\w-]+\s+){0,2}?)(?:video|clip|footage|post|stream|"
    r"livestream|recording|broadcast|webcast)\b"
)


# ... by its name: "Castlebeck Metro says the replay of its own livestream has passed ..."
_NAMED_BODY_SAYS_ITS = re.compile(
    r"(?P<noun>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?:says|said|reports|reported|"
    r"tells\s+us|told\s+us)\s+"
    r"(?:that\s+)?(?:the\s+[a-z]+\s+of\s+)?its\s+(?P<marks>)(?:own\s+)?(?:video|clip|footage|"
    r"post|stream|livestream|recording|broadcast|webcast)\b"
)


def _body_named(text: str) -> re.Match[str] | None:
    return (
        _BODYS_CLIP.search(text) or _BODY_SAYS_ITS.search(text) or _NAMED_BODY_SAYS_ITS.search(text)
    )


def names_a_bodys_clip(text: str) -> bool:
    """The line names a clip by the body it is of, or gives a body's word on its own."""
    return _body_named(text) is not None


FULL_NAME_READS = 200  # citing lines, the latest first, read for a body named in full


def bodys_thread(
    text: str, thread_of: dict[int, int], text_at: dict[int, str], citing: set[int]
) -> int | None:
    """The opener of the latest thread whose citing lines name the body a clip is said to
    be of ("The fire service's post" after "Hallam Fire and Rescue Service posted drone
    footage ..."), by the last word of its name, or None."""
    found = _body_named(text)
    if found is None or ANOTHER.search(found["marks"]) or marked_another(text):
        return None
    head = found["noun"].split()[-1]
    if head in _NOT_BODIES:
        return None
    named = re.compile(rf"\b{re.escape(head)}\b", re.I)
    # (a body the line names in full is that one: "The Borderlands Stages Rally keeps a camera
    # on the jump, and its clip ... on the rally's Facebook page" is not the Kelderwood Rally's)
    full = re.search(
        rf"(?:\b(?!The\b)[A-Z][\w’'-]*\s+){{1,4}}{re.escape(head.capitalize())}\b", text
    )
    if full is not None:
        # (told near its clip: only the latest lines are read, as an article of 2,400 bodies
        # each named once took time growing with its square)
        named = re.compile(re.escape(full[0]), re.I)
        return latest_citing(
            named, thread_of, text_at, citing, unless=_BODYS_CLIP, reads=FULL_NAME_READS
        )
    return latest_citing(named, thread_of, text_at, citing, unless=_BODYS_CLIP)


# Heads that name a person or the clip itself, not a body: "the girl's video" goes by
# described_thread, "the clip's creator" is no owner
_NOT_BODIES = frozenset(
    "man woman boy girl child baby teenager person user creator video clip footage post "
    "camera drone original same first second other".split()
)


# A body putting out footage of its own: on its account ("posted a video on its Kuaishou
# account", "on its official X account"), from its own kit ("released footage from its
# own helicopter"), or a body as the subject ("Moorshire Police posted dashcam footage",
# "The palace has posted a short video")
_ON_ITS_OWN = re.compile(
    r"\b(?:posted|shared|uploaded|released|published|filmed|put\s+out|replied|responded)\b"
    r"[^.;]{0,80}?\b(?:on|to|from)\s+its\s+(?:own\s+|official\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:account|channel|page|feed|helicopter|drone|camera|cameras|website|site)\b",
    re.I,
)
# (or its account as the subject, or its answer: "The brand's own TikTok account posted a
# response video", "Duchesne's campaign responded with a Snapchat story")
# ... at a clause's start too: "..., and the club filmed all three", "HALE: Cricket now, and
# the Sealhaven women's team have posted a video"
_BODY_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+(?:and\s+|but\s+)?|\band\s+)(?:[\w’'-]+\s+){0,4}?(?:police|force|palace|"
    r"council|department|ministry|agency|association|federation|league|club|office|centre|"
    r"authority|government|coastguard|service|trust|university|school|company|brand|museum|"
    r"zoo|campaign|party|firm|retailer|team|squad|broadcaster|operator|airline|hospital)"
    r"(?:[’']s\s+(?:own\s+|official\s+)?(?:[\w-]+\s+)?(?:account|channel|page|team))?\s+"
    r"(?:that\s+|which\s+)?(?:has\s+|had\s+|have\s+)?(?:also\s+|then\s+|later\s+|since\s+|now\s+)?"
    r"(?:posted|released|published|shared|uploaded|put\s+out|filmed|(?:live-?)?streamed|(?:responded|"
    r"replied|hit\s+back)\s+with)\b",
    re.I,
)


# ... or the body itself: "The Baltic Marine Institute itself released footage"
_BODY_ITSELF = re.compile(
    r"\b(?:itself|themselves)\s+(?:\w+ly\s+|also\s+|later\s+)?(?:released|posted|published|"
    r"shared|uploaded|put\s+out)\b"
)


def a_bodys_footage(text: str) -> bool:
    """The line tells of a body putting out footage of its own (see above; "The regional
    tourism board ... has since released its own film", "Ashvale City posted their own
    video"), which makes no person its creator: not the article's subject, nor the
    creator named before."""
    return bool(
        own_clip_owner(text) in ("its", "their")
        or _ON_ITS_OWN.search(text)
        or _BODY_SUBJECT.search(text)
        or _BODY_ITSELF.search(text)
        or a_body_posts_its_own(text)
    )


# A body's word that it is aware of a clip going round, or of "the video" ('aware of a
# video' in its own words), and no more of it: "said it was 'aware of a video circulating on
# social media' and had asked the club for a report". A story's statement speaks of the
# story's clip (all 28 such lines in the labelled sets, however many clips were told
# between); one that says what the clip shows or whose it is brings in a clip of its own
# ("... circulating on Snapchat which appears to show the firework being lit"), as does "a
# second video".
_AWARE_OF_A_CLIP = re.compile(
    r"\baware\s+of\s+(?:the\s+(?:video|clip|footage)[’'\"”]?|an?\s+(?:video|clip)[’'\"”]|"
    r"an?\s+(?!(?:second|another|new|other|further|separate|third)\b)"
    r"(?:[\w-]+\s+)?(?:video|clip|footage|recording)\s+(?:that\s+is\s+|which\s+is\s+)?"
    r"(?:circulating|being\s+(?:shared|passed\s+around|circulated)|doing\s+the\s+rounds|"
    r"shared)\s+(?:on\s+(?:social\s+media|[A-Z][\w-]+)|online)[’'\"”]?)"
    # (then nothing of the clip: the statement goes on, or says what it does not show)
    r"(?=\s*(?:$|[.;]|,?\s+(?:and|but)\b|,?\s+(?:that|which)\s+[‘'\"“]?(?:does|did|is|was)"
    r"\s+not\b))"
)


def aware_of_a_clip(text: str) -> bool:
    """A body says it is aware of a clip going round and nothing of what it shows (see
    above): the story's clip, not one of its own."""
    return _AWARE_OF_A_CLIP.search(text) is not None


# A body's word that it has seen the clip, named by a clip word alone: "The council said
# its allotments officer had 'viewed the video'", "it said it has seen the video which
# Bashir recorded". Of the story's clip, as 79 of 84 such lines in sets 0-166 are;
# "the doorbell footage" or "the video of Agirre" names which, and is read so elsewhere.
_SEEN_THE_CLIP = re.compile(
    r"\b(?:said|says|say|told|confirmed|added)\b[^.;]{0,80}?\b(?:it|they|he|she|we|"
    r"(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:had|has|have)\s+"
    r"(?:now\s+|also\s+|already\s+)?[‘'\"“]?(?:watched|viewed|seen|enjoyed)\s+the\s+"
    r"(?:video|clip|footage|recording|time-?lapse)\b(?!\s+of\s+[A-Z])"
)


# (or as a close translation keeps the verb last: "said that it the video of chacha Allah
# Dino has seen", "the video of Mavluda-apa having watched", "that it the video of Tom 'with
# great pleasure' seen has"; all 8 such lines in sets 0-181 are of the story's clip)
_SEEN_IT_LAST = re.compile(
    r"\b(?:it|she|he|they|we)\s+the\s+(?:video|clip|film|recording)\b[^.;]{0,50}?\b(?:"
    r"(?:has|have|had)\s+(?:seen|watched|viewed)|(?:seen|watched|viewed)\s+(?:has|have|had))\b"
    r"|\bthe\s+(?:video|clip|film)\s+of\s+[^.;,]{1,40}?\s+having\s+(?:seen|watched|viewed)\b"
)


def seen_the_clip(text: str) -> bool:
    """A body says it has seen "the video" and names it no other way (see above): the
    story's clip, not the one told last."""
    return _SEEN_THE_CLIP.search(text) is not None or _SEEN_IT_LAST.search(text) is not None


def story_clip(thread_of: Mapping[int, int], lede: int) -> int:
    """The story's clip: the thread of its first citing line `lede`, unless that line is
    all its thread has (a headline that cites, with the story's clip told under it), then
    the first thread with more (or the lede's, when there is none)."""
    members = Counter(thread_of.values())
    if members[lede] > 1:
        return lede
    return next((t for t in sorted(members) if t > lede and members[t] > 1), lede)


# Someone's word that they watched a clip, named by its kind or its owner: "Vale Churn Dairy
# said staff had watched Ffion's video 'with our hearts in our mouths'" is a word on the clip,
# though it is told to the reporter afterwards
_WATCHED_IT = re.compile(
    r"\b(?:said|says|say|told)\b[^.;]{0,60}?\b(?:it|they|we|staff|officers|officials|volunteers|"
    # (a body or its people, not a person's own count: "told me she had watched Kiara's
    # video 'maybe two hundred times'" is words to the writer)
    r"(?:the|its|their)\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:had|has|have)\s+(?:now\s+|also\s+|all\s+)?"
    r"[‘'\"“]?(?:watched|viewed|seen)\s+(?:the|[A-Z][\w’'-]+[’']s|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:video|clip|footage|recording|livestream|stream)\b"
)


def watched_it(text: str) -> bool:
    """The line says someone watched the clip (a word on it, not speech heard in it)."""
    return _WATCHED_IT.search(text) is not None
