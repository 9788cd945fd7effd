"""Citations: the claims that cite a clip.

    find_citations(claims, ...) -> [Citation] the claims that cite a clip
    extract_citations(article)  -> claims and citations of one article

No I/O and no network here: the caller records the rows. What each citation states (creator,
metrics, quotes, dates) is read by archiver.articles.stated; a numbered list's item headings
give their clip to the item's first line (archiver.articles.list_items), and a maker no rule
read is read last by archiver.articles.creator_model.

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

A definite reference just after a citation ("The video shows ...") is a citation whose
`same_clip_as` is the *claim position* of the citation it refers back to. Sentences that
carry on a cited quotation are attached to it (`quote_claims`, `quote_more`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from archiver.articles import citing_model, cues
from archiver.articles.accounts import MAKER_OF_IT, POSTER_OF_IT, UPLOADER_OF_IT
from archiver.articles.antecedents import previous_clip, same_clip, skipped_openers
from archiver.articles.claims import SUBHEADING, Claim, split_claims, without_time_stamp
from archiver.articles.clip_kinds import A_POST_SHOWS, COUNTED_CLIPS, WHICH_POSTED_IT
from archiver.articles.context import inherit_context
from archiver.articles.context_more import makers_that_are_bodies
from archiver.articles.creator_model import fill_learned
from archiver.articles.dates import date_stated
from archiver.articles.embeds import clip_urls_in_text
from archiver.articles.heard import outside_speech, told_afterwards
from archiver.articles.in_turn import ONE_OF_WITHIN, one_of_the_clips, the_clip_in_play
from archiver.articles.known_names import makers_by_known_name
from archiver.articles.link_claims import assign_links
from archiver.articles.list_items import item_openers
from archiver.articles.members_only import members_only
from archiver.articles.metrics import StatedMetric, metrics_stated
from archiver.articles.person_names import creator_alias
from archiver.articles.reading import Article
from archiver.articles.stated import (
    CLOSING,
    HANDLE,
    OPENING,
    PUBLISH_VERB,
    ROLE,
    creator_named,
    quotes_in,
)
from archiver.articles.threads import ThreadMember, build_threads
from archiver.articles.which_clip import another_clip
from archiver.platforms import NAMED_PLATFORM, platform_named

# ---------------------------------------------------------------------------------------
# Data


@dataclass
class Citation:
    claim_position: int
    platform: str | None  # as named in the claim: "tiktok", "x", ..., "social media"
    creator: str | None  # "Hugh Chongqing", "@handle"
    metric_kind: str | None  # "likes", "views", "shares", "comments", "followers", ...
    metric_value: int | None
    stated_date: str | None  # ISO (YYYY, YYYY-MM or YYYY-MM-DD) or None
    quote: str | None  # speech quoted in the claim
    url: str | None  # the clip, when the claim or the article links one
    same_clip_as: int | None = None  # a definite reference to a clip cited before it
    quote_claims: list[int] = field(default_factory=list)  # claims carrying on its quote
    quote_more: str | None = None
    # every figure stated ("18m views, 2.1m likes"); metric_kind and _value keep the first
    metrics: list[StatedMetric] = field(default_factory=list)
    creator_alias: str | None = None  # the other name given: "Mei Tan" for @lanternfish88
    # Context: what the thread or the article says where the claim does not
    inferred_platform: str | None = None
    inferred_creator: str | None = None
    inferred_from: str | None = None  # "the thread", "the creator named before"
    # On a thread's opening citation: every claim in its thread, itself first
    members: list[ThreadMember] = field(default_factory=list)


# ---------------------------------------------------------------------------------------
# What counts as citing a clip

_NOT_A_CLIP_AFTER = re.compile(
    r"\s+(?:games?|gaming|calls?|conferenc\w*|chats?|links?|players?|cards?|cameras?|"
    r"contracts?|studios?|labels?|artists?|sessions?|industry|equipment|editors?|"
    r"assistant|referee|technology|surveillance|teams?|department|desk|unit|journalists?|"
    r"producers?|production|platforms?|services?|apps?|ads?|adverts?|art|streaming)\b",
    re.I,
)
_DETERMINER = r"\b(?:a|an|one|another|this|that|the|his|her|their|its|whose)\s+"
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
    r"\b(?:a|an|one|another|this|that|his|her|their)\s+(?:[\w-]+\s+){0,2}?TikTok\b"
    r"(?=\s*(?:[.,;:!?)]|$|\s(?:posted|shared|uploaded|showing|shows|showed|that|which|in|"
    # (the -ing word a verb with its object: "a TikTok boasting about", not "a TikTok
    # parenting expert")
    r"on|from|by|with|where|of|about|[a-z]{3,}ing\s+(?:about|at|on|the|a|an|his|her|their|its|"
    r"him|them|how|that|to|into|over|off|up|down|out|with|what|why))\b))"
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


# "The post reached the top of the front page", "The stream peaked at ...": a word that
# is a clip only when one was just cited, as the subject of the sentence
_THE_POST = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?:the|this|that)\s+(?:[\w-]+\s+)?(?:post|stream|upload|broadcast|"
    r"thread)\b(?!\s+(?:office|code|box|card|man|woman|master|war|room|script))",
    re.I,
)
POST_WITHIN = 2  # claims after a citation in which "the post" still means its clip
# "Its caption reads: 'Caught on camera. ...'": the clip in play's caption, quoted
_ITS_CAPTION = re.compile(
    r"^(?:its|the|her|his|their)\s+caption\s+(?:reads|read|says|said)\b", re.I
)


# A quotation mark closing before a space or a stop (not an apostrophe, "I'm"): the
# quotation a continued line carries ends inside it
_CLOSED_INSIDE = re.compile(r"[’'\"](?=[\s,.;:!?]|$)")


@dataclass
class _Signals:
    """What one claim says on its own, before context is taken into account."""

    cites: bool
    platform: str | None
    creator: str | None
    metrics: list[StatedMetric]  # every count the claim states, in order
    quote: str | None
    quote_open: bool
    urls: list[str]
    definite: bool  # names its clip only as "the video", "the TikToker": may refer back


def _signals(text: str, learned: bool = False) -> _Signals:
    platform = cues.posted_to(text) or platform_named(outside_speech(text))
    metrics = metrics_stated(text)  # (read once: the citation keeps them all)
    urls = clip_urls_in_text(text)
    creator = creator_named(text)
    handle = bool(HANDLE.search(text))
    specific = [
        m for m in _SPECIFIC_MEDIA.finditer(text) if not _NOT_A_CLIP_AFTER.match(text, m.end())
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
        for m in _PLURAL_MEDIA.finditer(text)
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
    ) or cues.more_cues(text)
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
    return _Signals(
        cites=cites,
        platform=platform,
        creator=creator,
        metrics=metrics,
        quote=quote,
        quote_open=quote_open,
        urls=urls,
        definite=definite,
    )


def find_citations(
    claims: Sequence[Claim],
    links: Sequence[str] = (),
    link_offsets: Mapping[str, int] | None = None,
    published_at: str | None = None,
    headline: Sequence[str] = (),
) -> list[Citation]:
    """The claims that cite a clip, with what each says about it (see the module
    docstring for what counts). `links` are the article's clip URLs and `link_offsets`
    where they appeared in the text; a link goes to the citing claim nearest to it on
    the same platform, an @handle in the URL matching the creator wins."""
    citations = _citing(claims, published_at)
    # what rules miss on new text (archiver.articles.citing_model), on the lines they left
    learned = citing_model.learned_citing(claims, citations)
    if learned:
        citations = _citing(claims, published_at, learned)
    citations = item_openers(claims, citations, lambda p, text: _citation(p, text, published_at))
    makers_by_known_name(claims, citations)  # "Corrie responded with a stitch ..."
    build_threads(claims, citations)
    citations = members_only(claims, citations)  # lines of a thread that cite nothing new
    inherit_context(claims, citations, headline)
    fill_learned(claims, citations)  # a maker neither read (archiver.articles.creator_model)
    makers_that_are_bodies(claims, citations)  # "Koberg's own video" of Koberg Robotics
    assign_links(citations, claims, links, link_offsets or {})
    return citations


def _citing(
    claims: Sequence[Claim], published_at: str | None, learned: frozenset[int] = frozenset()
) -> list[Citation]:
    """The citing claims in order, each with what it states and the earlier clip it
    refers back to; `learned` are claims the learned model cites beside the rules."""
    citations: list[Citation] = []
    by_position: dict[int, Citation] = {}
    captions = {claim.position for claim in claims if claim.is_caption}
    text_at = {claim.position: claim.text for claim in claims}
    continuing: Citation | None = None  # a citation whose quotation runs on
    in_quote = False
    for claim in claims:
        text = without_time_stamp(claim.text).strip()
        signals = _signals(text)
        if SUBHEADING.match(text) or cues.verdict_on_clip(text):
            # "What does the video show?": an explainer's heading, which says nothing of
            # it; "Verdict: Fake - the clip was made with AI": a verdict on the clip
            signals = replace(signals, cites=not SUBHEADING.match(text), definite=True)
        if _ITS_CAPTION.match(text) and citations:  # the clip in play, whatever it quotes
            signals = replace(signals, cites=True, definite=True)
        if (
            not signals.cites
            and not claim.is_caption
            and _THE_POST.search(text)
            and any(0 < claim.position - c.claim_position <= POST_WITHIN for c in citations)
        ):
            signals = replace(signals, cites=True, definite=True)
        if (
            not signals.cites
            and not claim.is_caption
            and one_of_the_clips(
                text, [text_at.get(claim.position - k, "") for k in range(1, ONE_OF_WITHIN + 1)]
            )
        ):
            signals = replace(signals, cites=True)
        if claim.position in learned and not signals.cites:
            signals = _signals(text, learned=True)
        if continuing is not None and not claim.is_caption:
            starts_quote = text[:1] in OPENING
            if (
                (in_quote or starts_quote)
                and not (signals.cites and not signals.definite)
                and not told_afterwards(text)  # "'...,' Mrs Tapsell said of the ball"
            ):
                inner = text.lstrip(OPENING).rstrip()
                # (a mark closing inside the line closes it: "'...,' he says, laughing")
                closes = "”" in inner or bool(_CLOSED_INSIDE.search(inner))
                inner = inner.rstrip(CLOSING).strip()
                continuing.quote_claims.append(claim.position)
                continuing.quote_more = " ".join(filter(None, [continuing.quote_more, inner]))
                in_quote = not closes
                if closes or len(continuing.quote_claims) >= 12:
                    continuing, in_quote = None, False
                continue
            continuing, in_quote = None, False
        if (
            signals.cites
            and citations
            and told_afterwards(text)
            and not (signals.metrics or signals.urls or signals.platform or HANDLE.search(text))
        ):
            continue  # speech of a clip already cited, told afterwards: no citation
        if not signals.cites:
            continue
        citation = _citation(claim.position, text, published_at, signals)
        if signals.definite and not claim.is_caption:
            earlier = previous_clip(citations, claim.position, captions)
            if (
                earlier is not None
                and (
                    same_clip(citation, by_position[earlier])
                    # "The profile that posted it, Saúde do Sertão, has ...": the poster
                    # of the clip in play, named for the first time, is no other clip's
                    or (
                        by_position[earlier].creator is None
                        and (POSTER_OF_IT.search(text) or UPLOADER_OF_IT.match(text))
                    )
                    # "The clip was filmed by his daughter, ...": who made the clip in
                    # play, whoever the line before credited
                    or MAKER_OF_IT.search(text)
                )
                # "The second video, filmed from ...": another clip than the one before
                and not another_clip(text, text_at.get(earlier, ""))
            ):
                citation.same_clip_as = earlier
        citations.append(citation)
        by_position[claim.position] = citation
        if citation.quote and not claim.is_caption:
            continuing, in_quote = citation, signals.quote_open
    for opener, later in skipped_openers(claims, citations):  # a clip told with no cue
        for p in sorted({opener, later} - set(by_position)):
            text = without_time_stamp(text_at[p]).strip()
            citations.append(by_position.setdefault(p, _citation(p, text, published_at)))
        by_position[later].same_clip_as = opener
    citations.sort(key=lambda c: c.claim_position)
    return citations


def _citation(
    position: int, text: str, published_at: str | None, signals: _Signals | None = None
) -> Citation:
    signals = signals or _signals(text)
    first = signals.metrics[0] if signals.metrics else None
    return Citation(
        claim_position=position,
        platform=signals.platform,
        creator=signals.creator,
        metric_kind=first.kind if first else None,
        metric_value=first.value if first else None,
        stated_date=date_stated(text, published_at),
        quote=signals.quote,
        url=signals.urls[0] if signals.urls else None,
        metrics=signals.metrics,
        creator_alias=creator_alias(text, signals.creator),
    )


def extract_citations(article: Article) -> tuple[list[Claim], list[Citation]]:
    """Claims and citations of one article in one call."""
    claims = split_claims(article)
    return claims, find_citations(
        claims, article.links, article.link_offsets, article.published_at, article.headline
    )
