"""Creators named by their account, and names that are no creator's: the eleventh
pass's rules for archiver.articles.stated.creator_named, kept apart (stated.py is near
its size limit).

    channel_named(text)   the name of the channel, page or profile the clip is on or came
                          from: "on its YouTube channel, Wexmoor Police Media," "the
                          YouTube channel Tiny Trains Sunday", "the Hallam Shires channel
                          on YouTube", "a page called Voice of the Villages", "The profile
                          that posted it, Saúde do Sertão,"
    ORGANISATION_NOUNS    head nouns that describe a body, not a person ("the rice brand
                          Golden Harvest", "The ferry operator, Boğaz Hatları,")
    REDDIT_USER           a Reddit username, "u/foldbot_eng", which names its poster as an
                          @handle does

The labelling conventions (docs/labelling.md) give a named channel or account as the
creator, an organisation's own name as no creator: a channel is how a reader finds the
clip again, an organisation posting its own footage is not "someone" who made it. So a
channel's name wins over whoever the sentence makes the agent ("Wexmoor Police released
footage on its YouTube channel, Wexmoor Police Media"), and a name the sentence
introduces by an organisation's noun is dropped.
"""

from __future__ import annotations

import re

from archiver.platforms import NAMED_PLATFORM
from archiver.text import name_pattern

# A channel's name: capitalised words, with the small words titles keep inside ("Kitchen
# Chemistry with Dr P", "Voice of the Villages", "Saúde do Sertão")
_SMALL = r"(?:with|of|the|and|for|do|da|de|del|&)"
# (a figure is no word of a name: "Plate Crimes, with 640,000 subscribers")
_WORD = r"(?:[A-Z][\w’'.-]*|\d[\w’'.-]*(?!,\d))"
CHANNEL_NAME = rf"@?{_WORD}(?:\s+(?:{_SMALL}\s+){{0,2}}{_WORD}){{0,5}}"
_ACCOUNT = r"(?:channel|account|page|profile)"
# the name closes the phrase: "..., Wexmoor Police Media, on Friday", "... Dr P."; not
# "on her Instagram account, Smith said"
_CLOSES = r"(?=\s*(?:[,.;:)]|$))"
# The account that posted the clip in play: "The profile that posted it"
POSTER_OF_IT = re.compile(
    r"\b(?i:the)\s+(?:[\w-]+\s+){0,2}?(?:account|profile|page|channel|user)\s+"
    r"(?:that|which|who)\s+(?:first\s+)?(?:posted|shared|uploaded|published)\s+"
    r"(?:it|the\s+(?:video|clip|footage|reel|post|recording))\b"
)
# The clip in play told by who made it: "The clip was filmed by his daughter, Ola
# Wierzbicka, 19, and posted to ...", "The video was shot by bandmate Jesse Amari"
# ... or whoever made it, as the subject: "The filmer has been in touch: he is Ravi
# Kalsi", "The woman who filmed the clip, Ana Ruiz, said ...", a name told with it (not a
# title before the name, "the filmer Jixie Xiaowang posted a 20-minute video", a clip of its
# own; not the maker seen in the clip, "In one segment, the uploader holds ...")
_A_NAME = r"(?:@\w|\b[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+)"
_A_NAME_AFTER = rf"(?=[^.;]{{0,60}}?{_A_NAME})"
_A_NAME_LATER = rf"(?=[^.;]{{0,100}}?{_A_NAME})"  # (past a clause: "... is the student ...")
MAKER_OF_IT = re.compile(
    r"^(?:[^,]{0,30},\s+)?(?i:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:video|clip|footage|reel|"
    r"recording|livestream|stream|post)\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:filmed|shot|recorded|made|captured|taken)\s+(?:[^,.;]{0,40}?\s)?by\b"
    r"|^(?:[^,]{0,30},\s+)?(?i:the|its)\s+(?:filmer|camera-?(?:man|woman|person))\b(?!\s+[A-Z@])"
    + _A_NAME_AFTER
    # ("The one who recorded the video and posted it on his Facebook page is the grade 12
    # student Dawit Mekonnen")
    + r"|^(?:[^,]{0,30},\s+)?(?i:the)\s+(?:[\w-]+\s+)?(?:one|man|woman|person|fan|teenager|"
    r"passenger|driver|resident|student|neighbour|spectator|supporter|viewer|boy|girl)\s+who\s+"
    r"(?:filmed|shot|recorded|posted|uploaded)\s+(?:it|the\s+(?:[\w-]+\s+)?(?:clip|video|footage|"
    r"moment|incident|scene))\b" + _A_NAME_LATER
)
# The clip in play told by who put it online, when its citing line named no one: "The
# Short was uploaded by meet photographer Reuben Ostrowski to his channel"
UPLOADER_OF_IT = re.compile(
    r"^(?:[^,]{0,30},\s+)?(?i:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:(?i:video|clip|footage|reel|"
    r"recording|livestream|stream|post|upload|broadcast)|Short)\s+(?:was|had\s+been|has\s+been)"
    # (not "shared by thousands of people": passed on, not put online)
    r"\s+(?:first\s+|originally\s+)?(?:uploaded|posted|published|put\s+online)\s+"
    r"(?:[^,.;]{0,40}?\s)?by\b"
)
_CHANNEL_PATTERNS = (
    # the possessor's channel, its name in apposition: "on its YouTube channel, Assembly
    # Live,", "for her YouTube channel, Kitchen Chemistry with Dr P."
    re.compile(
        r"\b(?:its|his|her|their|the\s+[\w-]+[’']s?|[A-Z][\w-]+[’']s?)\s+"
        rf"(?:(?:own|official|new|main)\s+)?(?:{NAMED_PLATFORM})\s+{_ACCOUNT},\s+"
        rf"(?P<name>{CHANNEL_NAME}){_CLOSES}"
    ),
    # the channel named after its kind: "the YouTube channel Tiny Trains Sunday posted",
    # "The chess channel Endgame Echo cut ...", "a fan channel, GigCam Baltic,"
    # ("by plane-spotting channel HalvorsenSpotter")
    re.compile(
        r"\b(?:(?i:the|a|an)|by)\s+(?:[a-z][\w-]*\s+){0,2}?(?:(?:" + NAMED_PLATFORM + r")\s+)?"
        rf"{_ACCOUNT}(?:,\s+|\s+(?:(?:called|named|known\s+as)\s+)?)(?P<name>{CHANNEL_NAME})"
        r"(?=\s*[,.;:)]|\s+(?:on|posted|shared|uploaded|published|has|had|cut|made|put|"
        r"reposted|streamed|released|is|was|shows|showed|claims|claimed|says|said|wrote)\b|$)"
    ),
    # someone's channel by its name, with no platform or comma: "uploaded March 3 to his
    # channel Bangbang Park", "posted to that channel, Kelmsworth DC Live,"
    re.compile(
        r"\b(?:its|his|her|their|that|this)\s+(?:(?:own|official|new|main)\s+)?"
        rf"(?:(?:{NAMED_PLATFORM})\s+)?{_ACCOUNT}(?:,\s+|\s+(?:(?:called|named)\s+)?)"
        rf"(?P<name>{CHANNEL_NAME})(?=\s*[,.;:)]|\s+(?:on|where|has|had|with|and)\b|$)"
    ),
    # the name, then its kind and whose it is: "on DPCC Live, the channel of Dunmore Park
    # Cricket Club"
    re.compile(
        rf"\b(?:on|to|by)\s+(?P<name>{CHANNEL_NAME}),\s+(?:the|a|an)\s+(?:[\w-]+\s+)?"
        rf"{_ACCOUNT}\s+(?:of|run\s+by|belonging\s+to)\s"
    ),
    # the name before its kind: "the Hallam Shires channel on YouTube"
    re.compile(
        rf"\b(?i:the)\s+(?P<name>{CHANNEL_NAME})\s+{_ACCOUNT}\s+(?:on|to)\s+(?:{NAMED_PLATFORM})"
    ),
    # the account by what it did: "The profile that posted it, Saúde do Sertão,"
    re.compile(POSTER_OF_IT.pattern + rf",\s+(?P<name>{CHANNEL_NAME}){_CLOSES}"),
)
# Words that are no channel's name although capitalised: "the channel On Tuesday"
_NOT_CHANNEL = frozenset("The A An On In At It Its His Her Their This That Which".split())


def channel_named(text: str) -> str | None:
    """The channel, page or profile a sentence names as where the clip is, or None."""
    for pattern in _CHANNEL_PATTERNS:
        for found in pattern.finditer(text):
            name = found["name"].rstrip(".’'")
            if name.split()[0] not in _NOT_CHANNEL:
                return name
    return None


# A body, not a person: the head noun a name is introduced by ("the rice brand Golden
# Harvest", "The ferry operator, Boğaz Hatları,") or ends with ("West Penwith Fire and
# Rescue Service").
# (Not "office" or "broadcaster": earlier passes keep "the Met Office" and "the
# broadcaster NRK" as the creators of what they posted.)
ORGANISATION_NOUNS = frozenset(
    "brand company firm operator club council agency department ministry service force "
    "authority board trust charity school university college hospital airline railway "
    "retailer chain supermarket grocer network newspaper magazine label publisher studio "
    "museum zoo team league federation association society union organisers organizers "
    "government police directorate bank "
    # (and bodies of other kinds: "Seaview Hospice", "Brookfield Riding Stables", "The
    # renters' group Hallbridge Tenants United"; not "office": a clip "shared by the Met
    # Office" is passed on, and credited to it)
    "institute hospice stables centre center group church library commission "
    "bureau committee foundation coalition hotels "
    # ("Upper Harrandale Fell Rescue also filmed the operation", "the Northvale Schools
    # Partnership", "Castlegate Academy")
    "rescue coastguard partnership academy primary "
    # ("Brannock Airport shared a time-lapse", "the Caldwell Philharmonic's own account")
    "airport orchestra philharmonic symphony opera festival observatory laboratory "
    # places of worship and heritage that post their own ("Brackenholt Abbey went live")
    "abbey cathedral priory chapel mosque synagogue gurdwara temple parish diocese castle "
    "palace gallery theatre "
    # (and a body told as one's employer, or by what it sells: "Her employer, Wexley City
    # Buses, ...", "Lantern Books", "the rival Carver Motoring school")
    "employer books buses motoring".split()
)
# "by the rice brand Golden Harvest", "The ferry operator, Boğaz Hatları, later posted"
_INTRODUCED_AS_BODY = re.compile(
    # ("The store's operator, Hokuriku Mart")
    # (or opening the line: "Rail operator Coastlink has posted drone footage"; not one of
    # its people: "by a teacher of the school, Dorcas Waninga")
    r"(?:(?<!\bof\s)(?<!\bat\s)\b(?i:the|a|an|its|their)\s+|^[A-Z][a-z]+\s+)(?:[\w’'-]+\s+){0,2}?(?P<noun>[a-z]+)"
    r"(?:,\s+|\s+)"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:de|da|do|van|von|of|and)?\s*[A-Z][\w’'-]*){0,4})"
)


def is_organisation(name: str, text: str) -> bool:
    """The sentence introduces `name` as a body ("the rice brand Golden Harvest"), or the
    name ends with a body's noun ("Fire and Rescue Service")."""
    words = name.split()
    if words and words[-1].lower() in ORGANISATION_NOUNS:
        return True
    for found in _INTRODUCED_AS_BODY.finditer(text):
        if found["name"].startswith(name) and found["noun"] in ORGANISATION_NOUNS:
            return True
    # the name acts as a thing, not a person: "Skylark Air responded with a video on its
    # own TikTok account", "Marlowe & Finch later posted its own footage"
    # (not "filmed a robot vacuum with a mind of its own")
    # (and as a team or a body in British copy: "Ashvale City posted their own video")
    itself = (
        rf"(?<![\w’'-]){re.escape(name)}\b[^.;“”\"]{{0,80}}?\b(?:its\s+(?:own\s+)?|their\s+own\s+)"
        r"(?:[\w-]+\s+)?"
    )
    clip_or_account = (
        r"(?:channel|account|page|feed|video|footage|clip|post|reel|tiktok|stream|cctv|camera|"
        r"drone|recording)\b"
    )
    if name_pattern(itself + clip_or_account, re.I).search(text) is not None:
        return True
    # ("Seaview Hospice thanked him in a video of its own")
    of_its_own = rf"\b{clip_or_account}\s+of\s+its\s+own\b"
    named = rf"(?<![\w’'-]){re.escape(name)}\b[^.;“”\"]{{0,80}}?"
    return name_pattern(named + of_its_own, re.I).search(text) is not None


REDDIT_USER = r"(?<![\w/])u/[A-Za-z0-9_-]{3,20}"


# A body as the subject, putting out a clip of its own ("Northline Trains has posted a
# video on X from its control centre", "Bramblecombe Wildlife Park shared a clip on
# Instagram of its otter"): the labels give such footage no creator. Not what it passes
# on: a definite or someone's clip after the verb ("shared the teenager's video") is
# another's, and a repost's verb is not among these.
_BODY_POSTS = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–—]?\s*)?(?:(?:When|After|As|Since|Once)\s+)?"
    # (or named after what it is: "The launch company, Northlight Orbital, streamed ...")
    r"(?:(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+(?=[A-Z][^,]{1,60},))?"
    r"(?:(?i:the)\s+)?(?P<name>[A-Z][\w’'&-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w’'&-]*){0,4})"
    # (past an apposition: "Ellwood Strategy, which ran the losing campaign, published")
    r"(?:,\s+(?:which|a|an|the)\s[^,]{1,80},|,(?=\s+(?:broadcast|streamed|livestreamed|posted)\b))?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+|just\s+|since\s+|later\s+)?"
    # (what it made is its own, whatever follows: "Cwm Valley TV broadcast the whole thing")
    r"(?:(?:broadcast|streamed|livestreamed|went\s+live)\b|"
    r"(?:posted|released|published|shared|uploaded|put\s+out|tweeted)\b"
    r"(?!\s+(?:the|it|this|that|these|those|his|her|their|[A-Z][\w’'-]*[’']s?)\b))"
    r"(?P<rest>[^.;]*)"
)
# (ends of a body's name beyond ORGANISATION_NOUNS, read only for such a subject: a
# person's surname is none of these)
_BODY_NAME_END = re.compile(
    r"\b(?:Station|Standards|Management|Robotics|Records|Trains|Coaches|Labs|Athletic|Rovers|"
    r"United|TV|FM|Radio|Airways|Airlines|Air|Railways?|Buses|Office|Con|"
    r"(?:Wildlife|Safari|Theme|Holiday|Country|Water|Retail|National)\s+Park)$"
)
# (someone's clip, passed on: "has shared on X a video filmed by 15-year-old ...")
_SOMEONE_ELSES = re.compile(
    r"\b(?:filmed|shot|recorded|taken|made|sent\s+in|captured|created)\s+by\b|\bby\s+(?:a|an|one)\s"
)
# "from its control centre", "of its otter": its own place or thing, before the line
# turns to what the clip shows ("a clip of a dog in its kennel" is not the body's)
_ITS_PLACE = re.compile(
    r"^(?:(?!\b(?:of|showing|shows|in\s+which|where|after|as|when)\b)[^.;])*?"
    r"\b(?:from|on|at|to|of|in|inside|outside|via)\s+its\b"
)


def a_body_posts_its_own(text: str) -> bool:
    """The line's subject is a body putting out a clip of its own (see above)."""
    found = _BODY_POSTS.match(text)
    if found is None or _SOMEONE_ELSES.search(found["rest"]):
        return False
    name = found["name"]
    return bool(
        is_organisation(name, text)
        or _BODY_NAME_END.search(name)
        or _ITS_PLACE.match(found["rest"])
    )


# A surname's own camera or account names the maker, for stated.creator_named: "footage
# from Amersham's own dashcam", "Macrae's victory speech is being streamed live on her
# TikTok"
OWN_CAMERA = re.compile(
    r"(?P<name>\b[A-Z][\w’'-]+)[’']s\s+own\s+(?:[\w-]+\s+)?(?:dashcam|camera|phone|video|footage|"
    r"clip|recording|channel|account|page|livestream|stream)\b"
)
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'-]+\s+){1,3}$")


def own_camera(text: str) -> re.Match[str] | None:
    """OWN_CAMERA's match, unless the word before "'s own" ends a body's name: "Crewe Bay
    Lifeboat Station's own Instagram account posted a reel" is the station's own post."""
    found = OWN_CAMERA.search(text)
    before = _NAME_BEFORE.search(text, 0, found.start()) if found else None
    if before is not None:
        owner = before.group(0) + found["name"]
        if is_organisation(owner, text) or _BODY_NAME_END.search(owner):
            return None
    return found


ON_OWN_ACCOUNT = re.compile(
    r"(?P<name>\b[A-Z][\w’'-]+)[’']s\s+(?:[\w-]+\s+){1,2}?(?:is|was|has\s+been)\s+(?:being\s+)?"
    r"(?:streamed|posted|shared|uploaded)\s+(?:live\s+)?on\s+(?:his|her|their)\s+"
    rf"(?:(?:{NAMED_PLATFORM})\b|channel|account|page)"
)


# A body's named channel or account, which the labels credit as the clip's maker beside
# the body ("OceanFloor Live, the Halvorsen Ocean Institute's YouTube channel")
BODYS_CHANNEL = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:channel|account|page)\b")


# A body putting out its own, whatever it calls it: "posted its own angle of the goal"
ITS_OWN = re.compile(r"\b(?:posted|shared|uploaded|released|published|put\s+out)\s+its\s+own\b")
