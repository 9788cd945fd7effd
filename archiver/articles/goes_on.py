"""Whether a sentence carries on the thread before it, and in what role: the rules that
read one line (a definite person acting, a pronoun, what is seen or heard, a moment of
the clip) without knowing which clip is in play.

    continues(text, names)  -> "back_reference", "pronoun", "description", "quote" or None
    IN_THE_CLIP             "In her stream, riot police ...", "Seconds later, the cab is
                            engulfed": a moment of the clip in play, by a definite reference

Split from archiver.articles.threads, which decides with these where each line's thread
is, and kept apart for its size.
"""

from __future__ import annotations

import re

from archiver.articles.account_lines import account_line
from archiver.articles.heard import INTERVIEW, SPEECH_IN_CLIP, SPEECH_TO_CREATOR
from archiver.articles.scene import (
    IT_SHOWS,
    OUTSIDE,
    SCENE_PLURAL,
    SCENE_SINGULAR,
    scene,
    state_or_habit,
)

_LEAD = r"^[‘“'\"]?(?:.{0,100}?,\s+)?"  # an opening clause: "Just before starting his shift, "
_PRONOUN = re.compile(
    _LEAD + r"(?:(?:after|when|as|while|before|once|then|but|and|so|later|now|here|finally|"
    r"at one point|at first|this time|each time|next|again|in it)\b[^,.]{0,60}?\s)?"
    r"(?:he|she|they|others)\b"
    r"|^(?:in it|in the clip|in the video),",
    re.I,
)
_PERSON = (
    r"man|woman|boy|girl|child|baby|worker|creator|tiktoker|youtuber|influencer|user|driver|"
    r"rider|owner|vendor|tourist|mother|father|grandmother|grandfather|teenager|student|"
    r"couple|family|dog|cat|puppy|horse|pet|filmmaker|passenger|poster|cyclist|pedestrian|"
    r"officer|nurse|baker|chef|cook|singer|dancer|crowd|guard|customer|resident|neighbour|"
    r"bird|animal|player|athlete|climber|pilot|farmer|teacher|pupil|onlooker|bystander|"
    r"spectator|commuter|guest|friend|colleague|toddler|lady|bride|groom|waiter|waitress|"
    r"protester|activist|fan|firefighter|paramedic|soldier|shopper|diner|"
    r"keeper|zookeeper|skater|steward|marshal|coach|volunteer|ranger|"
    r"goose|duck|swan|gull|seagull|fox|deer|bear|seal|cow|sheep|goat|pig|monkey|macaque|"
    r"squirrel|parrot|owl|hedgehog|kitten|lamb|calf|pony|donkey|otter|badger|raccoon|crow"
)
_GROUP = r"passers?-by|people|staff|children|kids"  # plural with no -s
# "the family's dog": a possessive may stand among the modifiers
_DEFINITE = re.compile(_LEAD + rf"the\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_PERSON})s?\b(?![’']s)", re.I)
# What the clip goes on to show of other people in it: "A passer-by stops to help",
# "Several passers-by rush to lift the carriage" (a plural subject takes the bare verb)
_SOMEONE = re.compile(
    _LEAD + r"(?:a|an|one|another|two|three|four|several|some|many|other|more|a few)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:(?P<group>{_GROUP})|(?:{_PERSON})(?P<plural>s)?)\b"
    # some of those the clip showed: "Several of them wave placards"
    r"|^(?P<of_them>(?:several|some|many|most|two|three|a\s+few|a\s+couple)\s+of\s+them)\b"
    r"|^(?P<one_of_them>one\s+of\s+them)\b"  # ("One of them holds up a paperback")
    # (or none of those in it: "Not one of the 18 choristers stops singing")
    r"|^not\s+(?:one|a\s+single\s+one)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?[a-z]+s\b",
    re.I,
)
_PERSON_PLACE = re.compile(
    # (a bare noun too: "A chef in whites carries on plating")
    r"\s+(?:in|on|at|with|from|near|behind|beside)\s+(?:(?:a|an|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+|(?-i:[a-z][\w-]*(?:\s+[a-z][\w-]*)?))"
    r"(?=\s+[a-z]+s\b|\s+(?:is|are)\b)"
)
_BARE_VERB = re.compile(  # a verb in the present after a plural subject, not speech or a tense
    r"\s+(?:also\s+|then\s+|quickly\s+)?(?!(?:say|said|told|tell|believe|think|want|"
    r"have|had|were|was|are|did|do|would|could|will|can|may|might|should|must|who|which|"
    r"that|and|or|in|on|at|of|from|with|by|for|to|say|reported|called)\b)[a-z]+(?<!ed)\b"
)
# What a clip shows is told in the present tense ("he films", "the man is seen"); the
# story around it in the past ("the rider was treated", "the driver has been detained").
_PRESENT = re.compile(
    r"(?:\s+(?:also|then|now|still|just|finally|quietly|slowly|even|[\w’'-]+ly))?"
    r"\s+(?:is|are|(?!has\b|was\b|does\b)[a-z]+[^s\W]s|[a-z]+(?:ches|shes|sses|xes|ies))\b",
    re.I,
)
# What someone in the clip does not do, told now: "She does not flinch", "He doesn't
# hurry" (not what they know, want or do as a habit: "She does not post any more")
_DOES_NOT = re.compile(
    r"\s+(?:does\s+not|doesn[’']t|do\s+not|don[’']t)\s+(?:even\s+)?(?!(?:know|think|want|like|"
    r"believe|remember|care|mind|need|have|seem|post|live|work|own|plan|expect|agree|say|"
    r"see\s+why|understand|usually|often|always|ever|normally|matter|mean|apply|exist|help|"
    r"happen|change|break|breach|violate|include|show|explain|prove|appear|look|sound|make|"
    r"count|add|belong|come|follow|allow|reflect|represent)\b)[a-z]{3,}\b",
    re.I,
)
_SEEN = re.compile(
    r"\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:seen|heard|visible|audible)\b|"
    r"\bcan be (?:seen|heard)\b|"
    r"\bappears? to\b|^(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?seen\s+(?:in|on|at|behind)\b|"
    # (the picture's own edges, or a voice from behind it: "A falcon comes in from the top of
    # the frame", "... a man's voice shouts off camera")
    r"\bfrom\s+the\s+(?:top|bottom|left|right|edge|side|corner)\s+of\s+the\s+(?:frame|shot|screen)\b|"
    r"\binto\s+(?:the\s+)?(?:frame|shot)\b|\boff[\s-]camera\b",
    re.I,
)
# "It has since been debunked": the clip, by what is done to clips
_IT_CLIP = re.compile(
    r"^(?:.{0,40}?,\s+)?it\s+(?:has|had|was|is)\s+(?:since\s+|also\s+|now\s+|already\s+)?"
    r"(?:been\s+)?(?:debunked|viewed|watched|shared|deleted|removed|taken down|flagged|"
    r"labell?ed|edited|reposted|liked|traced|verified|geolocated|filmed|recorded|uploaded|"
    r"posted)\b",
    re.I,
)

_NAMED_SUBJECT = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?:,\s+[^,]{2,60},)?")
# A tabloid's subject: a full name after words that describe the person and before
# appositions ("Groom-to-be Jordan Pask, 29, in a sequinned jacket, pedals furiously",
# "Grinning TV star Rocco Ude parades the slab")
_DESCRIBED_NAME = re.compile(
    r"^(?!(?i:the|a|an|at|in|on|for|from|with|by|after|before|when|while|as|if|this|that|"
    r"these|those|our|my|its|it)\b)"
    r"(?:(?:[A-Z][a-z]+(?:-[a-z]+)+|[A-Z]?[a-z][\w'’-]*|[A-Z]{2,5})\s+){0,3}?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"
    r"(?:(?:,\s+(?!(?:who|whose|which|where|when|has|had|is|was)\b)[^,]{1,40}){1,2},)?"
    # acting, not posting as a habit or saying something ("recommends that ...")
    r"(?!\s+(?:streams|posts|uploads|vlogs)\b|\s+\w+\s+that\b)"
    r"(?=" + SCENE_SINGULAR.pattern + r")(?=.*[.!?][’'\"”]?$)"
)
_NOT_A_NAME = frozenset(
    "The A An This That These Those His Her Their Its It In On At One Some Each Every "
    "When While After Before As But And Then So If There Here Our My Your We They".split()
)
_THEY = re.compile(r"^(?:then\s+|and\s+)?they\b", re.I)
_IT_ACTS = re.compile(r"^(?:[^,]{0,40},\s+)?it\b", re.I)


# What happens "in" the clip in play: "In her stream, riot police ...", "In the video, ..."
IN_THE_CLIP = re.compile(
    # (its owner or kind between: "On the council's stream,", "On the agency stream,")
    r"^(?:Back\s+)?(?:In|On|During|Throughout)\s+(?:the|her|his|their|its|that|this)\s+"
    r"(?:(?:\d+-(?:second|minute)\s+|(?:original|first|full)\s+|[\w-]+(?:[’']s)?\s+(?=[\w-]+\s*,))?"
    r"(?:video|clip|stream|livestream|"
    r"footage|recording|reel|tiktok|broadcast|vod|ad|advert|images)\b|[\w-]+\s+(?:camera|cam)\s*,)"
    # or a channel's, by name: "On the Ravenbourne Head TV stream, the secretary reads ..."
    r"|^(?:Back\s+)?(?:In|On|During)\s+the\s+(?:(?-i:[A-Z])[\w’'-]*\s+){1,3}(?:stream|"
    r"livestream|channel|broadcast|feed)\s*,"
    # or a person's, by name: "On Gwen's live, a veterans' eight catches a crab"
    r"|^(?:Back\s+)?(?:In|On|During)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?[’']s\s+"
    r"(?:(?:own|latest|new|first)\s+)?(?:video|clip|stream|livestream|live|footage|recording|"
    r"reel|tiktok|broadcast)\s*,"
    # a part of it put to a court: "In an extract played to the court, Lusk stands ..."
    r"|^In\s+(?:an?|one|another)\s+(?:extract|excerpt|section|part)\s+(?:played|shown|screened)\s+"
    r"(?:to|in)\s+(?:the\s+)?(?:court|jury|magistrates|tribunal|inquest|hearing)\b"
    # what the viewer sees: "From up there you can see the girl's mum in the row behind"
    r"|^(?:from\s+(?:up\s+|down\s+)?(?:there|here),?\s+)?(?:you|we)\s+can\s+(?:just\s+)?"
    r"(?:see|hear|make\s+out)\b(?!\s+(?:why|how|what|that|whether|where|when)\b)"
    # or a moment of it: "Seconds later, the cab is engulfed", "At 3 minutes 20 seconds,
    # crew member Dafydd Price leans over", "Midway through, she drops a jade roller"
    r"|^(?:(?:seconds|moments|a\s+few\s+seconds|minutes)\s+later(?!\s+than)|"
    r"within\s+(?:seconds|moments|a\s+few\s+seconds)\b|"
    # the camera's own moves: "The camera follows a boy's finger to a brass disc"
    r"the\s+camera\s+(?:then\s+|slowly\s+)?(?:pans|follows|cuts|zooms|swings|tilts|lingers|"
    r"stays|shakes|wobbles|drifts|pulls\s+back|moves)\b|"
    r"(?:midway|halfway)\s+through|"
    r"at\s+one\s+point|at\s+(?:the\s+)?\d+(?::\d\d|\s+(?:minutes?|seconds?)\b)|"
    r"in\s+the\s+(?:final|last|closing|opening|first)\s+(?:few\s+)?(?:seconds|moments|frames)|"
    # a frame held ("Paused at 0:09, the placards ..."), a stretch of it ("For about four
    # seconds her vocal carries on"), how it runs ("It opens on a steel pot of rice")
    r"at\s+(?:about\s+|around\s+|roughly\s+)?(?:minute|second)\s+[\w-]+|"
    r"(?:[\w-]+\s+)?(?:minutes?|seconds?)\s+in(?=\s*,)|"
    r"(?:paused|frozen|stopped|freeze-framed)\s+at\s+(?:the\s+)?\d+(?::\d\d|\s+(?:minutes?|seconds?))|"
    r"for\s+(?:about\s+|around\s+|nearly\s+|almost\s+|the\s+(?:first|last|next)\s+)?"
    r"(?:[\w-]+\s+)?(?:seconds|minutes)\b(?!\s+(?:after|before|later)\b)|"
    r"it\s+(?:opens|begins|starts|ends|closes|cuts)\s+(?:on|in|with|at|to)|"
    # the clip by a reference alone: "In the original, a keeper ..."
    r"in\s+the\s+(?:original|full\s+version|longer\s+version|(?:said\s+)?images)(?=\s*,))\b",
    re.I,
)


def continues(text: str, names: frozenset[str] = frozenset()) -> str | None:
    """The role of a sentence that carries on the thread before it, or None. `names`
    are the words of the creators named so far ("Nair pipes each tier")."""
    if INTERVIEW.search(text):
        return None  # what someone told a reporter is not in the clip
    if IN_THE_CLIP.match(text):
        return "description"  # "In her stream, riot police close off the street"
    if SPEECH_TO_CREATOR.search(text):
        return "quote"
    speech = SPEECH_IN_CLIP.search(text)
    if speech and (speech["who"] or "").lower() not in OUTSIDE:
        return "quote"
    definite = _DEFINITE.search(text)
    if definite and _PRESENT.match(text, definite.end()):
        return "back_reference"
    someone = _SOMEONE.search(text)
    if someone:
        plural = someone["group"] or someone["plural"] or someone["of_them"]
        after = _PERSON_PLACE.match(text, someone.end())  # "A man in a red jacket waves"
        ends = [someone.end()] + ([after.end()] if after else [])
        if any((_BARE_VERB if plural else _PRESENT).match(text, end) for end in ends):
            return "description"
    pronoun = _PRONOUN.search(text)
    if pronoun and (
        _PRESENT.match(text, pronoun.end())
        or _DOES_NOT.match(text, pronoun.end())
        or pronoun.group(0).endswith(",")
    ):
        if not state_or_habit(text, pronoun.end()):  # ("In it she holds ...": the clip shows)
            return "description" if re.match(r"in\s+it\s", text, re.I) else "pronoun"
    they = _THEY.match(text)  # ("They eat in a perfect circle": the animals in the clip)
    if they and SCENE_PLURAL.match(text, they.end()) and not state_or_habit(text, they.end()):
        return "pronoun"
    if _SEEN.search(text):
        return "description"
    if _IT_CLIP.search(text) or IT_SHOWS.match(text):
        return "pronoun"
    # A person by name acting in the clip: the creator or someone the citation named by
    # surname ("Dobre, surrounded by aides, shrugs"), or anyone named in full, with an
    # apposition or not ("Sipho Ndlovu, 34, raps at the whiteboard")
    first = _NAMED_SUBJECT.match(text)
    if first and SCENE_SINGULAR.match(text, first.end()):
        words = first["name"].split()
        if words[0] not in _NOT_A_NAME and (len(words) > 1 or words[0] in names):
            return "back_reference"
    described = _DESCRIBED_NAME.match(text)
    if described and not (state_or_habit(text, described.end()) or account_line(text)):
        return "back_reference"
    it_acts = _IT_ACTS.match(text)
    if it_acts and (
        SCENE_SINGULAR.match(text, it_acts.end()) or _DOES_NOT.match(text, it_acts.end())
    ):
        if not state_or_habit(text, it_acts.end()):
            return "pronoun"  # "It waits by the crisps": the animal in the clip
    if scene(text):
        return "description"
    return None
