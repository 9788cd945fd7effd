"""What one line says of a clip on its own, before its article is read.

    clip_signals(text) -> Signals  whether the line cites a clip, and what it states of it

What counts as citing a clip (documented here because precision depends on it): a claim
cites a clip when it points at a particular clip, or a particular set of clips, as the
source of what it says:

* a specific media mention: "one video", "a separate clip", "the footage", "in a TikTok
  video", "another clip, shared on X, ...";
* plural or mass media ("videos", "footage") only when they are what shows something
  ("Videos posted to social media show how ..."), when someone publishes them ("locals
  have shared videos of themselves ..."), or when a named platform carries them
  ("footage circulating on Weibo");
* a single creator doing something on camera or in a post ("TikToker Hugh Chongqing
  said", "one content creator recorded his shift");
* someone posting on a named platform ("posted an update on X"), people filmed ("were
  filmed chanting"), a clip's audience ("3.2 million likes"), a clip URL or an @handle.

General references are not citations: a genre of videos with nothing shown ("the videos
shared on social media offering a glimpse of the lives they lead", "seeing all these
cyberpunk videos"), a platform as a place ("iconic thanks to TikTok"), plural creators
("scores of content creators"). Sentences that go on describing a clip without naming it
("the man films himself washing his face") are content claims, not citations: the linker
ties them to a clip by proximity. Still images (a still of a clip in play is its thread's
caption) and a follower count alone are not clips either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archiver.articles import cues
from archiver.articles.accounts import MAKER_OF_IT, UPLOADER_OF_IT
from archiver.articles.clip_kinds import A_POST_SHOWS, COUNTED_CLIPS, WHICH_POSTED_IT
from archiver.articles.embeds import clip_urls_in_text
from archiver.articles.heard import outside_speech
from archiver.articles.in_turn import the_clip_in_play
from archiver.articles.metrics import StatedMetric, metrics_stated
from archiver.articles.quoted import quotes_in
from archiver.articles.stated import HANDLE, PUBLISH_VERB, ROLE, creator_named
from archiver.platforms import NAMED_PLATFORM, platform_named

# ---------------------------------------------------------------------------------------
# What counts as citing a clip

_NOT_A_CLIP_AFTER = re.compile(
    r"\s+(?:games?|gaming|calls?|conferenc\w*|chats?|links?|players?|cards?|cameras?|"
    r"contracts?|studios?|labels?|artists?|sessions?|industry|equipment|editors?|"
    r"assistant|referee|technology|surveillance|teams?|department|desk|unit|journalists?|"
    r"producers?|production|platforms?|services?|apps?|ads?|adverts?|art|streaming)\b",
    re.I,
)
# A clip that holds things, not one that plays: "a judge is measuring a toe clip with a
# steel rule", "crocodile clips and an old circuit board" (a clip of a bulldog may be
# either, so it stays)
_HOLDING_CLIP = re.compile(
    r"\b(?:toe|paper|hair|tie|hose|cable|crocodile|alligator|bicycle|pedal|binder|nose|"
    r"belt|spring|jubilee)\s+clips?\b",
    re.I,
)
_DETERMINER = r"\b(?:a|an|one|another|this|that|the|his|her|their|its|whose|your|my|our)\s+"
# A singular media noun after a determiner and up to three modifiers: "a TikTok video",
# "one viral clip", "the now-deleted footage".
_SPECIFIC_MEDIA = re.compile(
    _DETERMINER + r"(?:[\w’'-]+\s+){0,3}?"
    r"(?:video|clip|footage|livestream|live[- ]stream|vlog|reel|recording|upload|tweet|"
    r"time-?lapse|fan-?cam|promo)\b"
    r"(?![-’']?s\b)(?!-\w)",  # not "videos", not "video-sharing"
    re.I,
)
# "Niamh Byrne's video", "RÚV's livestream": a clip owned by someone named
_NAMED_OWNERS_MEDIA = re.compile(
    r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}[’']s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:video|clip|footage|livestream|stream|broadcast|reel|recording|vlog|TikTok)\b(?![-’']?s\b)"
)
_TIKTOK_NOUN = re.compile(  # "in a TikTok", "a TikTok posted by": the platform's name as a clip
    # ("Your TikTok of a ewe ...", not "blowing up on your TikTok?", the app one scrolls)
    r"\b(?:a|an|one|another|this|that|his|her|their|(?<!\bon\s)(?<!\bin\s)(?:your|my|our))\s+"
    r"(?:[\w-]+\s+){0,2}?TikTok\b"
    r"(?=\s*(?:[.,;:!?)]|$|\s(?:posted|shared|uploaded|showing|shows|showed|that|which|in|"
    # (the -ing word a verb with its object: "a TikTok boasting about", not "a TikTok
    # parenting expert")
    r"on|from|by|with|where|of|about|[a-z]{3,}ing\s+(?:about|at|on|the|a|an|his|her|their|its|"
    r"him|them|how|that|to|into|over|off|up|down|out|with|what|why)|"
    # (or a verb of saying, whatever follows: "put out a TikTok saying yours was staged")
    r"(?:saying|claiming|calling|accusing|mocking|suggesting|insisting|arguing|joking))\b))"
    # someone's Snapchat of something: "shared a teenager's Snapchat of a waterfall"
    r"|[’']s\s+(?:Snapchat|TikTok|Douyin|Kuaishou)\s+(?=of\b|showing\b)",
    re.I,
)
# A post (not necessarily a video) on a platform: "a post on X", "her Instagram story".
_PLATFORM_POST = re.compile(
    r"\b(?i:post|story|short|status|update)\b(?=\s+(?i:on|to|shared|posted)\b)|"
    rf"(?:{NAMED_PLATFORM}|(?i:social media))\s+(?i:posts?|story|stories|shorts?|status|live)\b"
    # (not the format in general: "Snapchat stories vanish after 24 hours")
    r"(?!(?<=s)\s+(?:(?:usually|typically|normally|automatically|only|"
    r"generally)\s+)?(?:vanish|disappear|expire|last|are|can|cannot|can't|self-destruct|"
    r"auto-delete)\b)"
)
# Plural or mass media, which count only with a verb of showing: "Video taken by a
# passenger shows ...", "Videos posted to social media show ...".
_PLURAL_MEDIA = re.compile(
    r"\b(?:videos?|clips|footage|livestreams|reels|recordings|tiktoks|tweets|vlogs)\b", re.I
)
_IN_FOOTAGE = re.compile(r"\b(?:in|on)\s+(?:[\w-]+\s+){0,2}?footage\b", re.I)
_EVIDENCE_VERB = re.compile(
    r"(?:\s+[\w’'-]+){0,10}?\s+(?:(?:have|has|had)\s+)?(?:also\s+)?"
    r"(?:show|shows|showed|shown|appears? to show|appeared to show|purports? to show|"
    r"reveals?|revealed|captures?|captured|depicts?|depicted|documents?|documented|"
    r"went viral|gone viral|(?:have|has) circulated|been (?:viewed|watched|shared|liked))\b",
    re.I,
)
# "the clips rarely show": a genre described, not footage that shows something
_NEGATED_SHOWING = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:rarely|never|seldom|do not|don't|cannot|can't)\s+show", re.I
)
_PUBLISHED_PLURAL = re.compile(
    rf"\b(?:{PUBLISH_VERB}|released)\s+(?:[\w’'-]+\s+){{0,3}}?"
    r"(?:videos|clips|footage|livestreams|reels)\b",
    re.I,
)
# The platform pattern is case-sensitive for "X", so the words around it use (?i:...).
_PUBLISHED_ON_PLATFORM = re.compile(
    rf"\b(?i:{PUBLISH_VERB}|(?P<spread>circulat\w+|went viral|gone viral|surfaced|spread|"
    r"appeared))"
    # ("circulated in WhatsApp groups")
    rf"\s+(?i:[\w’'-]+\s+){{0,3}}?(?i:on|to|onto|across|via|in)\s+(?i:(?:social media|the)\s+"
    rf"(?:platform|app|site)\s+|(?:its|his|her|their|our|my|(?:the\s+)?[\w-]+[’']s)\s+)?"
    rf"(?:{NAMED_PLATFORM})",
)
# A trend that spreads on a platform is no clip: "A dance set to a synth track has spread
# across TikTok" (unless a clip is named too: "A dance video has spread across TikTok").
_MEDIA_WORD = re.compile(
    r"\b(?:videos?|clips?|footage|livestreams?|reels?|recordings?|vlogs?|posts?)\b",
    re.I,
)
_TREND = re.compile(
    r"\b(?:dances?|trends?|challenges?|hashtags?|memes?|songs?|sounds?|crazes?|rumou?rs?|"
    r"claims?|theor(?:y|ies)|phrases?|slang|filters?|fads?|jokes?|recipes?)\b",
    re.I,
)
_POSTED_ON_PLATFORM = re.compile(  # without a media noun: someone posted on a named platform
    r"\b(?i:shared|sharing|posted|posting|uploaded|published|live-?streamed|tweeted|tweeting|"
    r"wrote|writing|said|documented|documenting|filmed|filming|recorded|chronicled|"
    r"(?:live-?)?streaming)\b"
    # ("filmed the results for her YouTube channel": made for an account on one)
    r"[^.;]{0,60}?\b(?:(?i:on|to|via)\s+|for\s+(?:his|her|their|its|our)\s+(?=(?:"
    + NAMED_PLATFORM
    + r")\s+(?:channel|account|page)))(?:"
    + NAMED_PLATFORM
    + r")",
)
# "Photos shared on Instagram": still images are not clips.
_STILL_IMAGES = re.compile(
    r"\b(?:photos?|pictures?|images?|photographs?|selfies?|screenshots?|memes?)(?:\s+\S+)?\s*$",
    re.I,
)
# (not "either creator")
_SINGLEROLE = re.compile(rf"{cues.NOT_ANY}\b(?:{ROLE})\b(?![-’']?s\b)", re.I)
_ROLE_ACTION = re.compile(
    # an action of the role, not a passive ("The fin ... was added digitally, according
    # to the original creator of the animation": a source, and nothing the creator did)
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )"
    r"\b(?:said|says|say|saying|explained|explains|told|tells|claimed|claims|revealed|"
    r"reveals|wrote|writes|captioned|added|adds|joked|jokes|asked|asks|complained|warned|"
    r"insisted|described|describes|shared|shares|posted|posts|uploaded|uploads|filmed|films|"
    r"filming|recorded|records|recording|documented|documents|showed|shows|live-?streamed|"
    r"streamed|captured|captures|narrates|narrated)\b",
    re.I,
)
ROLE_ACT_WITHIN = 60  # characters after "a TikToker" where what they did may be told
# "shows his TikTok followers how", "told her 2m Instagram followers": a post, addressed.
_AUDIENCE = re.compile(
    rf"\b(?:his|her|their|its)\s+(?:[\d.,]+\s*(?:million|m|k|thousand)?\s+)?(?:{NAMED_PLATFORM})"
    r"\s+(?:followers|fans|subscribers|viewers|audience)\b"
)
_DEFINITE_REFERENCE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:video|clip|footage|tiktok|livestream|recording|tiktoker|youtuber|"
    r"influencer|creator|vlogger|streamer|user|reel|upload|broadcast|copy|stitch|duet|cctv)\b",
    re.I,
)


# "That one has been viewed 8.7m times": the clip just spoken of, by a pronoun
# ... or by its maker: "Its creator, a student who uses the name Xiaoyu Travels, said"
_THAT_ONE = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?:(?:that|this)\s+one\b(?!\s+of\b)|"
    r"its\s+(?:creator|maker|uploader|filmer|author)\b)",
    re.I,
)


# A column's writer on a clip watched over and over: "I have now watched Tomasz fold a paper
# frog from a bus ticket eleven times", "But I've now watched the council's gritter video
# more times than ..." (the four such lines in sets 0-186 each open a clip's thread; the
# habit of watching, with no "now", is no clip: "I have watched more of these than is healthy")
_WATCHED_IT_AGAIN = re.compile(r"^(?:But\s+|And\s+)?I(?:[’']ve|\s+have)\s+now\s+(?:watched|seen)\s")


# A moment of a clip cut out and put up, told of "it": "Q: Somebody cut that out and put it
# on X." (a copy of the clip in play)
_CUT_AND_PUT = re.compile(
    r"\b(?:cut|clipped|lifted)\s+(?:that|it|this)\s+(?:[\w-]+\s+)?out\s+and\s+(?:put|posted|"
    rf"uploaded|shared)\s+it\s+(?:on|to|onto)\s+(?:{NAMED_PLATFORM})"
)


@dataclass
class Signals:
    """What one claim says on its own, before context is taken into account."""

    cites: bool
    platform: str | None
    creator: str | None
    metrics: list[StatedMetric]  # every count the claim states, in order
    quote: str | None
    quote_open: bool
    urls: list[str]
    definite: bool  # names its clip only as "the video", "the TikToker": may refer back


def clip_signals(text: str, learned: bool = False) -> Signals:
    platform = cues.posted_to(text) or platform_named(outside_speech(text))
    metrics = metrics_stated(text)  # (read once: the citation keeps them all)
    urls = clip_urls_in_text(text)
    creator = creator_named(text)
    handle = bool(HANDLE.search(text))
    media = _HOLDING_CLIP.sub(lambda held: "_" * len(held[0]), text)  # (offsets hold)
    specific = [
        m for m in _SPECIFIC_MEDIA.finditer(media) if not _NOT_A_CLIP_AFTER.match(text, m.end())
    ]
    specific += list(_TIKTOK_NOUN.finditer(text)) + list(_IN_FOOTAGE.finditer(text))
    specific += list(_NAMED_OWNERS_MEDIA.finditer(text))
    if platform:
        specific += list(_PLATFORM_POST.finditer(text))
    inside_specific = {i for m in specific for i in range(m.start(), m.end())}
    plural = any(
        m.start() not in inside_specific  # "the video shows" is a specific mention
        and _EVIDENCE_VERB.match(text, m.end())
        and not _NEGATED_SHOWING.match(text, m.end())
        and not _NOT_A_CLIP_AFTER.match(text, m.end())
        for m in _PLURAL_MEDIA.finditer(media)
    ) or bool(_PUBLISHED_PLURAL.search(text))
    on_platform = any(
        not _STILL_IMAGES.search(text, max(0, m.start() - 30), m.start())
        for pattern in (_PUBLISHED_ON_PLATFORM, _POSTED_ON_PLATFORM)
        for m in pattern.finditer(text)
        if not (m.groupdict().get("spread") and _TREND.search(text, 0, m.start()))
        or _MEDIA_WORD.search(text)
    )
    # (its own act, after it: not "the flat of a video game streamer ..., police said")
    role_at = _SINGLEROLE.search(text) or _AUDIENCE.search(text)
    acts = role_at and _ROLE_ACTION.search(text[: role_at.end() + ROLE_ACT_WITHIN])
    role = bool(role_at) and bool(creator or acts)
    filmed = bool(cues.FILMED.search(cues.without_measures(text)))  # (not "94mph recorded")
    # followers are an account's, any other count a clip's ("a channel with 90,000
    # subscribers has a further 260,000 views")
    clip_metric = any(m.kind != "followers" and m.value for m in metrics)
    clip_metric = clip_metric or bool(metrics and metrics[0].kind != "followers")
    plural = plural or bool(COUNTED_CLIPS.search(text))
    # "traced the composite to a channel on YouTube, which posted it": the clip posted
    on_platform = on_platform or bool(platform and WHICH_POSTED_IT.search(text))
    specific += list(A_POST_SHOWS.finditer(text))
    cites = bool(
        specific or plural or on_platform or role or filmed or clip_metric or urls or handle
    ) or bool(cues.more_cues(text) or _WATCHED_IT_AGAIN.match(text) or _CUT_AND_PUT.search(text))
    cites = (
        learned
        or cites
        and not cues.ruled_out(text, bool(on_platform or clip_metric or urls or handle), urls)
    )
    quote, quote_open = quotes_in(text) if cites else (None, False)
    definite = (
        cites
        and all(_DEFINITE_REFERENCE.match(m.group(0)) for m in specific)
        and bool(_DEFINITE_REFERENCE.search(text) or _THAT_ONE.match(text))
        and not (urls or on_platform or plural)
    )
    # a count of "it", or the clip put on a platform, refers back wherever it was put
    # ... and so does the clip told by who made it ("The clip was filmed by his daughter,
    # ..., and posted to the bakery's Instagram account")
    in_play = the_clip_in_play(text, clip_metric) or bool(
        MAKER_OF_IT.search(text) or UPLOADER_OF_IT.match(text)
    )
    definite = definite or (cites and not (urls or plural) and in_play)
    return Signals(
        cites=cites,
        platform=platform,
        creator=creator,
        metrics=metrics,
        quote=quote,
        quote_open=quote_open,
        urls=urls,
        definite=definite,
    )
