"""Account lines: someone's account told with no clip of it, and a habit of posting.

    account_line(text)   -> the line tells of an account and of no clip
    posting_habit(text)  -> the line tells of clips posted as a habit
    profile_subject(texts) -> (platform, name) of the person a profile is about, told
                            by an account line near its top

and CLIP_OR_ITS_MAKING, the words that put a clip, or its making, in a line.

Split from archiver.articles.cues, which reads whether a line cites a clip at all.
"""

from __future__ import annotations

import re

from archiver.articles.clip_kinds import kind_cites
from archiver.articles.copies import camera_cites
from archiver.platforms import NAMED_PLATFORM, platform_named

# An account line: someone's account told with no clip of it ("Tony Brereton ... posts on
# TikTok as Toaster Tony (@tonybakesbadly) and has 23,000 followers", "She posts on
# YouTube as Tack and Tackle, where her channel has 412,000 subscribers"). By the
# labelling conventions it cites nothing; the account is context for the clips around.
_ACCOUNT = re.compile(
    # (in the past only with a name after "as": "He streamed on Twitch as @rabbitfoot_rv")
    r"\b(?:posted|streamed|vlogged)\s+(?:on\s+[\w-]+\s+)?as\s+(?-i:@|[A-Z])|"
    r"\bset\s+up\s+(?:his|her|their|an?)\s+(?:[\w-]+\s+)?account\b|"  # "set up his account, @x"
    r"\b(?:posts|posting|streams|streaming|vlogs|uploads|known|who\s+posts)\b"
    r"[^.;]{0,60}?\b(?:as|by)\s+(?-i:@|u/|[A-Z])|"
    # (one goes by a name, not somewhere by one: "we're going round by Mill Lane")
    r"\b(?:goes|going)\s+(?:online\s+)?(?:as|by)\s+(?-i:@|u/|[A-Z])|"
    r"\bwhere\s+(?:her|his|their|its)\s+(?:channel|"
    # (a handle with no @: "streams as kenjiplaysbadly to about 310,000 followers")
    # (the line's own verb, not a clause's: "..., who streams as x to 310,000 followers,
    # had his ceiling collapse"; a handle, not a word: "posts as herself", "as promised")
    r"account|page|profile)\s+has\b|(?<!who\s)\b(?:posts|streams|vlogs|broadcasts)\s+as\s+"
    # (a handle by its shape: a digit, a dot or an underscore in it, or one long run of
    # letters, not a word like "requested", "normally" or "themselves")
    r"(?!(?:themselves|independent|independently|accordingly)\b)"
    r"(?-i:(?=[a-z]*[0-9_.])[a-z0-9_.]{4,}|[a-z]{10,}(?<!ed))"
    r"(?=\s+(?:to|on|with|for)\b)|\bwhere\s+(?:her|his|their|its)\s+(?:channel|"
    r"account|page|profile)\s+has\b|\b(?:has|had)\s+(?:about\s+|more\s+than\s+|over\s+|nearly\s+|"
    r"almost\s+|around\s+)?[\d.,]+\s*(?:k|m|million|thousand)?\s+(?:followers|subscribers)\b",
    re.I,
)
CLIP_OR_ITS_MAKING = re.compile(
    r"\b(?:videos?|clips?|footage|reels?|livestreams?|recordings?|uploads?|vlog|shorts|duets?|"
    r"stitch(?:es)?|"
    r"remix(?:es)?|time-?lapses?|tutorials?|(?:the|a|her|"
    r"his|their|that|this)\s+(?:[\w-]+\s+)?(?:stream|post|tiktok|broadcast))\b|\b(?:filmed|"
    r"recorded|captured|live|broadcast|stitched|duetted|reposted|shared\s+it|posted\s+it|"
    # ("posted on March 2 by a Facebook page called ...")
    r"shows?|showed|uploaded|posted\s+(?:[^.;,]{0,30}?\s)?by|views|viewed|watched|likes|liked|"
    r"comments)\b|"
    # (a copy and its count: "It has also been copied to Facebook by the page ..., which has
    # 1.3 million followers, where it has been shared 12,400 times")
    r"\bcopied\s+(?:to|on|onto)\b|\bshared\s+(?:about\s+|more\s+than\s+|over\s+|nearly\s+)?"
    r"[\d,.]+\s*(?:k|m|million|thousand)?\s+times\b|"
    r"\b(?:into|to|at|on)\s+(?:the\s+)?camera\b",  # "sobbed into the camera"
    re.I,
)


# A habit of posting, which is an account's and no one clip's: "posts a gardening video
# almost every day", "started filming her in January, posting the clips to Instagram
# under the name Auntie Ros"
_HABIT = re.compile(
    r"\b(?:posts|uploads|shares|makes|films|puts\s+out|(?:has|have)\s+(?:posted|uploaded|shared|"
    r"made))\s+(?:a|one|a\s+new)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:video|clip|reel|tiktok|vlog|short)\s+(?:almost\s+|nearly\s+|roughly\s+)?(?:every|each|a)\s+"
    r"(?:day|week|morning|night|evening|month|weekday)\b|"
    r"\b(?:posting|posts|posted|uploading|uploads|uploaded)\s+(?:the|her|his|their)\s+(?:[\w-]+\s+)?"
    r"(?:clips|videos|reels|tiktoks|vlogs)\s+(?:to|on)\s+[\w-]+\s+(?:under|as)\b|"
    # (the footage of every match, as a habit now, not one upload: "posting the footage on
    # YouTube as Gloves Off", not "re-uploaded the footage to TikTok as @freyaandrex")
    r"\b(?:posting|posts|uploading|uploads)\s+(?:the|her|his|their)\s+(?:[\w-]+\s+)?"
    r"(?:footage|results)\s+(?:to|on)\s+[\w-]+\s+(?:under|as)\b|"
    # "and shares the same videos on Instagram"
    r"\b(?:shares|posts|uploads|cross-posts)\s+the\s+same\s+(?:videos|clips|reels)\s+(?:on|to)\b|"
    # "three nights a week, after the cleaners have gone, she films herself playing"
    r"\b(?:one|two|three|four|five|six|seven|several|a\s+few)\s+(?:times|nights|days|mornings|"
    r"evenings|afternoons)\s+a\s+(?:week|day|month)\b[^.;]{0,60}?\b(?:films|streams|records|"
    r"posts|uploads|vlogs)\b|"
    # "for the last four he has filmed the cat most days on his phone"
    r"\b(?:has|have)\s+(?:filmed|recorded|posted|streamed)\b[^.;]{0,40}?\b(?:most|every|each)\s+"
    r"(?:days?|mornings?|nights?|evenings?|weeks?|weekdays?)\b|"
    # "for the last three years he has posted debunking videos as The Myth Medic"
    r"\b(?:has|have|had)\s+(?:been\s+)?(?:posted|posting|uploaded|uploading|made|making)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:clips|videos|reels|tiktoks|vlogs|shorts)\s+as\b|"
    # every job filmed and put out, as a workshop's habit: "films every repot she does and
    # posts the results on the nursery's TikTok", "films the restoration of every old
    # instrument that comes through the door and posts the results on ..."
    r"\bfilms\s+(?:the\s+[\w-]+\s+of\s+)?(?:every|each)\s+[^,.;]{1,60}?\s+and\s+posts\s+(?:the\s+"
    r"results?|them|each\s+one)\b|"
    # ("Since March, Maltby Cross sweeper Declan Fairweather-Osei has posted short videos of
    # himself clearing blocked gutters to his TikTok account")
    r"^Since\s+(?-i:[A-Z])\w+(?:\s+\d{4})?,\s+[^.;]{0,80}?\bhas\s+(?:been\s+)?(?:posted|posting|"
    r"uploaded|uploading|filmed|filming)\s+(?:[\w-]+\s+){0,2}?(?:videos|clips|reels|tiktoks)\b|"
    # the shape of every clip: "Each video follows the same pattern: someone else's clip on
    # the left of the screen, a satellite map on the right"
    r"^(?:Each|Every)\s+(?:[\w-]+\s+)?(?:video|clip|reel|episode|vlog|stream|tiktok|short)\s+"
    r"(?:follows|starts|opens|begins|ends|uses|runs|takes|has|is)\b|"
    # how the clips began, as a habit: "began filming her in 2021 and posted the clips on
    # the account @x", "started filming him at work last year and posting the videos on
    # Instagram" (not one moment: "started filming when the dog hopped onto a seat", nor
    # "his largest audience since he started streaming in 2020")
    r"(?<!since he )(?<!since she )(?<!since they )(?<!since we )(?<!since I )"
    r"\b(?:started|began)\s+(?:filming|posting|recording|streaming|uploading|vlogging)\b"
    r"(?=[^.;]{0,80}?(?:\b(?:in|since)\s+(?:19|20)\d\d\b|\blast\s+year\b|\bat\s+\d\d\b|"
    r"\bduring\s+(?:the\s+)?(?:first\s+)?lockdown\b|\b(?:videos|clips|reels|tiktoks|vlogs|"
    r"results)\b))|"
    # a stream as a habit: "Every Thursday night in the season she streams a shed session live
    # on TikTok", "Every night during lambing she goes live from the shed"
    r"^(?:Every|Each)\s+(?:[\w-]+\s+){0,5}?(?:she|he|they|we)\s+(?:streams|livestreams|goes\s+"
    r"live)\b|"
    # "Abi films most of her collections for her TikTok account", "where he films most of his
    # poems" (nine of nine such lines in the labels cite nothing)
    r"\b(?:films|records|streams|posts|uploads|shoots)\s+(?:most|all|many|nearly\s+all|almost\s+"
    r"all)\s+of\s+(?:her|his|their|its|the)\b|"
    # "Her granddaughter, Ffion, films and edits every video on an old phone"
    r"\b(?:films|shoots|edits|posts|uploads|makes|records)\s+(?:and\s+(?:edits|posts|uploads|"
    r"films)\s+)?(?:every|each|all\s+(?:the|her|his|their))\s+(?:[\w-]+\s+)?(?:video|clip|reel|"
    r"episode|vlog)s?\b",
    re.I,
)
# when or how someone films, as a rule: "He films before school, on a phone clamped to a
# retort stand, and never shows a pupil's face"
_FILMS_AS_A_RULE = re.compile(
    r"^(?:He|She|They)\s+(?:usually\s+|always\s+|still\s+|now\s+)?(?:films?|records?|"
    r"streams?|posts?)\s+(?:before|after|every|each|most|on\s+(?:weekdays|weekends|Sundays)|"
    r"at\s+(?:weekends|night|home))\b"
)
_COUNTED = re.compile(r"\b(?:views|viewed|watched|likes|liked)\b", re.I)
_A_CLIPS_COUNT = re.compile(r"\b(?:views|viewed|watched|likes|liked|shows|showed)\b", re.I)


def posting_habit(text: str) -> bool:
    """The line tells of clips posted as a habit ("posts a baking video every day")."""
    return bool(_HABIT.search(text))


def account_line(text: str) -> bool:
    """The line tells of an account and of no clip."""
    if _HABIT.search(text) and not _A_CLIPS_COUNT.search(text):
        return True
    if _FILMS_AS_A_RULE.search(text) and not _COUNTED.search(text):
        return True  # ("and never shows a pupil's face" is no clip shown)
    # (a camera that caught something is a clip: "A trucker who posts as Big Rig Rosie
    # caught the first collisions on her dashcam")
    return bool(_ACCOUNT.search(text)) and not (
        CLIP_OR_ITS_MAKING.search(text)
        or kind_cites(text)
        or camera_cites(text)
        or _STREAMING_NOW.search(text)
        or _PUT_IT_ON.search(text)
    )


# The clip in play put on a platform, whatever the account it went on: "He put it on TikTok
# as @oskar.topdeck, which had about 140 followers"
_PUT_IT_ON = re.compile(
    rf"\b(?:put|posted|uploaded|shared)\s+it\s+(?:up\s+)?(?:on|to|onto)\s+(?:{NAMED_PLATFORM})\b"
)


# A stream under way, told as it happens, is a clip, whatever account it is on: "Maddie is
# streaming the search on TikTok as @maddie_and_bramble"
_STREAMING_NOW = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+|also\s+|still\s+)?(?:live-?)?streaming\s+(?:the|a|an|his|"
    r"her|their|its|this|every|it)\b",
    re.I,
)


# A profile names its subject in full at the top ("Every Saturday morning, Desmond
# Achterberg-Ncube loads a toolbox ..."), then tells of their account ("He posts as Des
# Fixes It on YouTube"), then names them by surname all through
_FULL_NAME = re.compile(
    r"\b(?!(?:Every|Each|On|In|At|Last|This|Next|The|A|An|By|Since|St)\b)[A-Z][\w’'-]+"
    r"(?:\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w’'-]+)+"
)
# ("He posts as Des Fixes It on YouTube, where 1.2 million people subscribe, and cuts the
# same videos down for TikTok": an account, though it speaks of videos)
_POSTS_AS = re.compile(
    r"^(?:He|She|They)\b[^.;]{0,60}?\b(?:posts|streams|uploads|vlogs|broadcasts|goes\s+live)\s+"
    r"(?:[\w-]+\s+){0,7}?as\s+"
    r"[@A-Z]"
)
_PROFILE_TOP = 6  # lines: where the subject and their account are told
_NAMED_THROUGH = 3  # lines naming the subject's surname, for the piece to be about them


def profile_subject(texts: list[str]) -> tuple[str | None, str] | None:
    """(platform, full name) of the person a profile is about, or None: the first person
    named in full near the top whose surname runs through the piece, when an account line
    near the top speaks of them ("He posts as Des Fixes It on YouTube")."""
    top = texts[:_PROFILE_TOP]
    account = next((t for t in top if account_line(t) or _POSTS_AS.search(t)), None)
    if account is None:
        return None
    for found in (m for text in top[:3] for m in _FULL_NAME.finditer(text)):
        surname = re.sub(r"[’']s$", "", found.group(0).split()[-1])  # ("Bethan Ruiz-Akande's")
        if sum(surname in text for text in texts) >= _NAMED_THROUGH:
            subject = re.match(r"(?:He|She|They)\b", account) or surname in account
            name = re.sub(r"[’']s$", "", found.group(0))
            return (platform_named(account), name) if subject else None
    return None
