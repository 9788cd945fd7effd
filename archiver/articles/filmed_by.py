"""Who filmed a clip, told in the line that cites it: someone filming and posting in one
breath (a clip made in that sentence), or someone who filmed what the story just told.

    FILMED_AND_POSTED               -> "filmed his search of the beach and put the video on
                                       YouTube": the clip is made in this sentence
    FILMED_IT                       -> the words for filming what a story told ("filmed the
                                       farce from his front garden")
    filmed_what_was_told(text, clip_text) -> the line says who filmed what was just told and
                                       where they put it

Split from archiver.articles.which_clip for its size; archiver.articles.threads,
refers_back, clip_choice and antecedents read these.
"""

from __future__ import annotations

import re

# Someone films something and posts "the video" in one breath: the clip is made in this
# sentence, not the one in play ("The detectorist filmed his search of the beach and put
# the video on YouTube"; not "The man who filmed the video ...", whose object is the clip)
FILMED_AND_POSTED = re.compile(
    r"\b(?:filmed|recorded)\s+(?:his|her|their|himself|herself|themselves|a|an|"
    r"the\s+(?!(?:[\w-]+\s+)?(?:video|clip|footage|reel|recording)\b))"
    r"[^.;]{0,100}?\band\s+(?:then\s+|later\s+)?(?:posted|put|uploaded|shared)\s+"
    r"(?:the\s+(?:video|clip|footage)|it)\b",
    re.I,
)
# Who filmed what a story told: "Dad-of-two Gary Pask, 44, filmed the farce from his front
# garden", "A commuter filmed it from the platform"
FILMED_IT = (
    r"\b(?:filmed|recorded|captured)\s+(?:it|him|her|them|the\s+(?:[\w-]+\s+){0,2}?(?:farce|chaos|moment|scene|"
    r"incident|drama|encounter|spectacle|stand-?off|mishap|fiasco|episode|clash|rescue|stunt|"
    r"whole\s+thing|commotion|meltdown|show-?down|escape|collapse|crash|ritual|routine|antics|"
    r"performance|attempt|voyage|journey|ordeal|prank|display|ceremony|exchange|row|saga|"
    r"confrontation|altercation|outburst|tirade|chase|dash|sprint|rant|session))\b"
)
# Someone filmed what was told and put it somewhere: "Mr Metcalfe's daughter, Jess, filmed
# the scene last Tuesday and put it on her Facebook page" (not "Fans filmed it too", "also
# filmed the moment": another clip of it)
_FILMED_IT_AND_POSTED = re.compile(
    r"^(?![^.;]*\b(?:too|also|as\s+well|same|own)\b)[^.;]*?" + FILMED_IT + r"[^.;]{0,80}?\band\s+"
    r"(?:then\s+|later\s+)?(?:posted|put|uploaded|shared)\s+(?:it|the\s+(?:video|clip|footage))\b",
    re.I,
)
# A clip told with its maker in its kind: a stream of oneself, a camera's, a body's release
_MAKER_IN_ITS_KIND = re.compile(
    r"\b(?:himself|herself|themselves|CCTV|security\s+camera|doorbell|dash-?cam|body-?cam|"
    r"released|(?:live-?)?stream(?:ed|ing)?|went\s+live|broadcast)\b",
    re.I,
)


def filmed_what_was_told(text: str, clip_text: str) -> bool:
    """The line says who filmed what was just told and where they put it ("Mr Metcalfe's
    daughter, Jess, filmed the scene last Tuesday and put it on her Facebook page"), and the
    clip in play, told by `clip_text`, names no maker by its kind."""
    return bool(_FILMED_IT_AND_POSTED.search(text)) and not _MAKER_IN_ITS_KIND.search(clip_text)
