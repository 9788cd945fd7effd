"""Words heard in a clip, told apart from words said to the reporter.

    SPEECH_IN_CLIP      "'...,' the lifeguard shouts": a definite person speaking now
    SPEECH_TO_CREATOR   "'...,' Hrubý says as ...", "'...,' he chants": speech in the present
    BARE_QUOTE          a sentence that is all quotation, no one named as saying it
    SPEAKER             the name after a quotation: "'...,' Mrs Pardoe cries"
    INTERVIEW           "..., Reid told the Evening Courier": said to the reporter
    SAID_AFTER          "'...,' Ms Sandhu said.": a quote told in the past, not in a clip
    told_afterwards()   any of the story's speech about a clip, told in the past
    told_to_the_writer() a quotation after a line of the speaker's past, said to the writer
    outside_speech()    a line with what someone says blanked, for the platform it names

Split from archiver.articles.threads, which uses these to carry a thread on. What a clip
shows or says is told in the present ("she says", "he chants", "Kranjc appears to say");
the story around it in the past ("..., Nasser said."), so a quote attributed in the
past tense is what someone told the reporter afterwards.
"""

from __future__ import annotations

import re

from archiver.articles.claims import CLIP_TURN
from archiver.articles.clip_kinds import SAID_IT_SAW_IT
from archiver.articles.quoted import speech_in

# Any way of speaking in the moment, told in the present: "she says", "he chants"
_SPEAKS = (
    r"says|adds|explains|tells|jokes|writes|asks|shouts|sings|replies|laughs|deadpans|"
    r"narrates|wails|shrieks|gasps|whispers|chants|raps|mutters|screams|yells|cries|pleads|"
    r"begs|sobs|murmurs|exclaims|announces|declares|calls|calls out|repeats|answers|sighs|"
    r"groans|bellows|roars|hollers|booms|grins|beams|quips|snaps|barks|squeals|coos|mumbles|"
    r"growls|croaks|hisses|splutters|wheezes|whoops|squeaks|pants|drawls|howls|grunts|"
    r"cackles|chirps|puffs"
)
# Speech in the clip in the present, by a definite person ("..., the senator tells the
# crowd", "..., one stunned guest squeals", "..., another says"): the story's quotes are
# mostly past and by officials, who are outside the clip
SPEECH_IN_CLIP = re.compile(
    r"^[‘“'\"].{8,}[,?!][’”'\"]\s+(?:(?:the|a|an|one)\s+(?:[\w-]+\s+){0,2}?(?P<who>[\w-]+)|"
    r"(?P<other>another))\s+(?:(?:finally|then|quietly|calmly|simply|just)\s+)?"
    # (not a body's statement: "..., the club writes", "..., the zoo announces")
    rf"(?!(?:writes|announces|declares|answers|calls)\b(?!\s+out))(?:{_SPEAKS})\b"
)
# In the present only: a quote told in the past ("..., Nasser said.") is what the
# person told the reporter afterwards, the story's, however short the attribution.
SPEECH_TO_CREATOR = re.compile(
    r"^[‘“'\"].{8,}[,?!][’”'\"]\s+(?:he|she|they|someone|somebody|(?:(?:Mr|Mrs|Ms|Miss|Dr)\s+)?"
    r"[A-Z][\w’'-]+)\s+"
    r"(?:(?:appears|seems)\s+to\s+say\b|(?:can|could)\s+be\s+heard\s+(?:saying|shouting|"
    r"telling|yelling|screaming)\b|"
    rf"(?:{_SPEAKS})\b)"
    # or a transcript's turn played from the clip: "CLIP (commentary): '...'", "[CLIP] MAN:"
    rf"|{CLIP_TURN.pattern}"
)
# A sentence that is all quotation, with no one named as saying it
BARE_QUOTE = re.compile(r"^\s*[“\"‘'][^“”\"]{3,}[”\"’']\s*$")
# Speech given to a reporter is an interview, not the clip: "..., Reid told the Evening
# Courier", "she said in an interview", "he told reporters".
INTERVIEW = re.compile(
    r"\b(?:told|tells|said to|[Ss]peaking (?:to|with)|spoke (?:to|with)|talking to)\s+(?:us|me|"
    r"reporters|journalists|this\s+\w+|the\s+[A-Z]|the\s+(?:newspaper|paper|station|"
    # ("Speaking with our correspondent, the groom said ...")
    r"broadcaster|site|magazine|outlet|programme|agency)\b|our\s+(?:correspondent|reporter)\b|"
    r"[A-Z])|"
    # "in a phone interview", "in an exclusive interview", "in a 2021 interview"
    r"\b(?:in an?\s+(?:[\w-]+\s+){0,3}?interview|by (?:tele)?phone|on the phone|"
    r"[Ww]hen contacted|when asked)\b"
)

# A quotation told in the past, with nothing saying it was said in a clip ("'He keeps
# asking when the next episode is,' Ms Sandhu said."; not "..., she said in the video")
SAID_AFTER = re.compile(
    r"^[‘“'\"].{8,}[,?!][’”'\"]\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\s+)?(?:he|she|they|[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+)?)\s+(?:said|told|added|explained|recalled|admitted|wrote)\b"
    r"(?![^.;]{0,40}\b(?:in|on|during|over)\s+(?:the|his|her|their|a|an|that|this)\s+"
    r"(?:[\w-]+\s+)?(?:video|clip|stream|livestream|footage|recording|reel|tiktok|post|webcast|"
    r"broadcast|podcast)\b)"  # ("..., she said on the webcast": words in the clip)
)

# A quotation given in the past with the verb first: "'Every day, the same video,' said
# Armando Leitao, who runs the cafe"
_SAID_FIRST = re.compile(
    r"^[‘“'\"].{8,}[,?!][’”'\"]\s+(?:said|told|added|explained|recalled|admitted)\s+"
    r"(?:[A-Z]|the\s|a\s|an\s|one\s)"
)
# Someone reported as telling the reporter something of the clip, before any word for
# the clip (INTERVIEW's "told us", "told the Gazette"): "A spokesperson told us the video
# was a fabrication", "Judge Ashdown told Fayle: 'The footage speaks for itself'" (not
# "The clip, which police told us was filmed on Friday", nor a court: "told Harlow Crown
# Court")
_CLIP_WORD = re.compile(
    r"\b(?:video|clip|footage|film|recording|livestream|stream|reel|tiktok|post)s?\b", re.I
)
_TO_THE_REPORTER = re.compile(r"told|said to|[Ss]peaking|spoke|[Ww]hen contacted")
_A_COURT = re.compile(
    r"(?:told|said\s+to|speaking\s+to|spoke\s+to)\s+(?:the\s+court\b|[A-Z]\w+\s+(?:Crown|"
    r"Magistrates|District|Court)\b)"
)
_IN_A_CLIP = re.compile(
    r"[^.;]{0,20}?\b(?:in|on|during|over)\s+(?:the|his|her|their|a|an|that|this)\s+"
    r"(?:[\w-]+\s+)?(?:video|clip|stream|livestream|footage|recording|reel|tiktok|post)\b"
)


def _told_the_reporter(text: str) -> bool:
    told = INTERVIEW.search(text, 0, 130)
    if told is None or not _TO_THE_REPORTER.match(told.group(0)):
        return False  # ("in an interview", "when asked": not who was told)
    before = text[: told.start()]
    return not (
        _CLIP_WORD.search(before)
        or any(mark in before for mark in '‘“"')
        or _A_COURT.match(text, told.start())
        or _IN_A_CLIP.match(text, told.end())
    )


# A person, by name and title, who said something of the clip: "Dr Tomasz Wilk, a
# researcher at the institute, said the video was ..." (a body's statement, "Severn Vale
# Police said officers had viewed the footage", tells of the clip and is left to cite)
_PERSON_SAID = re.compile(
    r"^(?:[^,]{0,60},\s+)?(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?\s+)?"
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})(?:,\s+[^,]{3,90})?,?\s+said\b"
)
_BODY_WORDS = re.compile(
    r"\b(?:Police|Council|Service|Ministry|Commission|Agency|Office|Department|Trust|"
    r"Group|Ltd|Company|Club|University|Court|Board|Authority|Party|Campaign|"
    r"News|Airways|Airlines|Bank|Foods|Institute|Union|Federation|Association|"
    # (the court's own word on the footage, as a body's: "Magistrate Helen Vosper said the
    # broadcaster's footage showed ...", "Judge Helen Marchbank said the second clip ...")
    r"Judge|Magistrate|Recorder|Coroner|Sheriff|Prosecutor)\b"
)


# A body by its pronoun, whatever its name: "Greyline Trains said it had 'seen the video'",
# "Northvale Water said in a statement that it ..." (a person is he, she or they)
_SAID_OF_ITSELF = re.compile(r"(?:\s+in\s+a\s+statement)?,?\s+(?:that\s+)?(?:it|its)\b")


def _person_said(text: str) -> bool:
    found = _PERSON_SAID.match(text)
    if found is None or _SAID_OF_ITSELF.match(text, found.end()):
        return False
    return not _BODY_WORDS.search(found["name"])


# A quotation told to the writer now, as a profile tells it: "'...,' she says now",
# "'...,' he says, pouring tea in the kitchen", or words on the clip's own life ("'I
# thought three people would watch it,' she says") - not "'...,' she says in the reel"
_SAYS_NOW = re.compile(
    r"^[‘“'\"](?P<words>.{8,}?)[,?!][’”'\"]\s+(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
    r"(?:says|adds|admits|laughs|insists|explains|jokes|shrugs)\b(?P<after>.*)$"
)
_NOW_TO_THE_WRITER = re.compile(
    r"^\s+now\b|^,\s+(?:laughing,\s+)?(?:(?:pouring|stirring|sipping|making)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:tea|coffee|sugar|milk|wine)|perched|unwrapping|threading|over\s+(?:a|an|her|his)\s+"
    r"[^,.]{0,20}?(?:coffee|tea|mug|pint|lunch|sandwich|cake)|"
    # the chores of the visit ("she says, rinsing her cup at the sink", "padlocking the
    # shed"), the writer beside them ("as we pull in"), or the writer's own turn ("she
    # says when I mention it"), not a place alone ("laughing, at the top of the ladder")
    r"rinsing|padlocking|unlocking|topping\s+up|pulling\s+on|running\s+a\s+hand|"
    r"getting\s+up\s+to)\b|^,?\s+(?:laughing,\s+)?(?:[\w\s]{0,30}?\bwhen\s+I|to\s+me|"
    r"as\s+we\s+(?:pull|walk|drive|step|sit|leave|talk|speak|head))\b"
)
_THE_CLIPS_LIFE = re.compile(
    r"\b(?:(?:would|might|will|could)\s+(?:watch|see)\s+it|posted\s+it|post(?:ed)?\s+it\s+for|"
    r"for\s+(?:the\s+)?views|gone\s+viral|went\s+viral|famous|followers|watched\s+it|"
    # (what the clips did to the speaker's life: "I very nearly deleted it", "My mum rang
    # me crying", "People think the videos are about me")
    r"deleted\s+it|the\s+videos|every\s+video|filmed\s+me|rang\s+me|my\s+phone\s+(?:was|went|"
    r"kept|started))\b",
    re.I,
)


def _says_now(text: str) -> bool:
    found = _SAYS_NOW.match(text)
    if found is None or HEARD_IN_CLIP.search(found["after"]):
        return False
    return bool(_NOW_TO_THE_WRITER.match(found["after"]) or _THE_CLIPS_LIFE.search(found["words"]))


def told_afterwards(text: str) -> bool:
    """Speech given to the reporter, a court or a third party in the past, which speaks of
    a clip already cited without citing it again ("'I only noticed the van when I watched
    the footage back,' he said."), or told to a profile's writer now (_SAYS_NOW)."""
    if SAID_IT_SAW_IT.search(text) and text.lstrip()[:1] not in "‘“'\"":
        return False  # a body's word on the clip itself: "said they had 'seen the footage'"
    return bool(
        _says_now(text)
        or SAID_AFTER.match(text)
        or _SAID_FIRST.match(text)
        or _told_the_reporter(text)
        or _person_said(text)
    )


# Speech placed in the clip: "'...,' he says in the video", "she says over the footage",
# "can be heard saying", "says into the camera", "during Saturday's three-hour broadcast",
# "appears to say"
HEARD_IN_CLIP = re.compile(
    r"\b(?:in|on|over|into|to|during|at\s+the\s+(?:start|end)\s+of)\s+(?:the|that|this|his|her|"
    r"their|its|[\w’'-]+[’']s)\s+(?:[\w-]+\s+){0,2}?(?:video|clip|footage|recording|stream|"
    r"livestream|film|reel|broadcast|camera)\b|"
    r"\b(?:can|could)\s+be\s+heard\b|\b(?:appears|seems)\s+to\s+say\b",
    re.I,
)
_THEIR_PAST = re.compile(
    r"^(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|She|He|They)(?:,\s+\d{1,3},)?\s+(?:first\s+|later\s+|"
    r"then\s+)?(?:grew\s+up|learned|learnt|started|began|trained|studied|worked|moved|joined|"
    r"was\s+born|spent|took\s+up|left|became|qualified|retired|met)\b"
)


def told_to_the_writer(text: str, before: str) -> bool:
    """A quotation just after a line of the speaker's past was said to the writer, unless
    the words are placed in the clip: a profile's "Stirrup-Adebayo, 29, grew up in the
    parish ..." then "'...,' she says, wiping dust from the keys"."""
    return bool(_THEIR_PAST.match(before)) and not HEARD_IN_CLIP.search(text)


_QUOTED_THEN_HEARD = re.compile(  # (as translations keep it: "'...!' - is heard a woman")
    # (or the end of a quotation begun on the sentence before: "'Well. The Lord does
    # provide,' the precentor can be heard saying")
    r"^(?:[‘“'\"]|(?=[^‘“'\"]{8,}?[,?!][’”'\"]\s))\S.{7,}?[,?!][’”'\"]\s+(?:[-–—]\s+)?[^.;]{0,60}?"
    r"\b(?:(?:(?:can|could)\s+be|is|was)\s+heard\b|(?:one|you)\s+(?:can\s+|could\s+)?hears?\s+"
    # (or heard by the viewer: "'..., I only listen,' so one hears tziu Bachis saying")
    r"[^.;]{0,40}?\b(?:saying|shouting|telling|singing|calling|asking)\b)"
)


def heard_in_clip(text: str) -> bool:
    """A quotation said in the clip: "'...,' Len can be heard telling his passengers",
    "'...,' the spectator filming can be heard saying", "'...,' he says in the video"."""
    return bool(
        _QUOTED_THEN_HEARD.match(text)
        or (SPEECH_TO_CREATOR.search(text) or SPEECH_IN_CLIP.search(text))
        and HEARD_IN_CLIP.search(text)
    )


# The name after a quotation, past an honorific: "'...,' Mrs Pardoe cries"
SPEAKER = re.compile(r"[’”'\"]\s+(?P<who>[A-Z][\w’'-]+)(?:\s+(?P<name>[A-Z][\w’'-]+))?\s+[a-z]")


# (a body's word quoted names where the clip is: "'aware of a video circulating on X'")
_CLIP_IN_SPEECH = re.compile(r"\b(?:video|clip|footage|post|reel|stream|recording)s?\b", re.I)


def outside_speech(text: str) -> str:
    """`text` with its quoted speech (three words or more) blanked: a platform named in
    what someone says ("did you see the WhatsApp?") is not where a clip was posted."""
    for m in speech_in(text):  # (a blank keeps every offset: the matches stay true)
        if not _CLIP_IN_SPEECH.search(m.group(1)):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text
