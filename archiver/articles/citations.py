"""Citations: the claims that cite a clip.

    find_citations(claims, ...) -> [Citation] the claims that cite a clip
    extract_citations(article)  -> claims and citations of one article

No I/O and no network here: the caller records the rows. What each citation states (creator,
metrics, quotes, dates) is read by archiver.articles.stated; a numbered list's item headings
give their clip to the item's first line (archiver.articles.list_items), and a maker no rule
read is read last by archiver.articles.creator_model.

What counts as citing a clip is read line by line by archiver.articles.clip_signals, which
documents it. Here a line is read in its article: what it refers back to, and the
quotation it carries on.

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
from archiver.articles.bodies import watched_it
from archiver.articles.claims import SUBHEADING, Claim, split_claims, without_time_stamp
from archiver.articles.clip_signals import Signals, clip_signals
from archiver.articles.context import inherit_context
from archiver.articles.context_more import makers_that_are_bodies
from archiver.articles.creator_model import fill_learned
from archiver.articles.dates import date_stated
from archiver.articles.earlier_clip import KEPT_ON
from archiver.articles.heard import told_afterwards
from archiver.articles.in_turn import ONE_OF_WITHIN, one_of_the_clips
from archiver.articles.interviews import is_interview, maker_named_in_answer, tells_of_a_clip
from archiver.articles.known_names import makers_by_known_name
from archiver.articles.link_claims import assign_links
from archiver.articles.list_items import item_openers
from archiver.articles.makers_of_new import PHONE_OUT
from archiver.articles.members_only import members_only
from archiver.articles.metrics import StatedMetric
from archiver.articles.person_names import creator_alias
from archiver.articles.quoted import CLOSING, OPENING
from archiver.articles.reading import Article
from archiver.articles.stated import HANDLE
from archiver.articles.threads import ThreadMember, build_threads
from archiver.articles.which_clip import another_clip

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
# What only a citation just before makes a clip

# "The post reached the top of the front page", "The stream peaked at ...": a word that
# is a clip only when one was just cited, as the subject of the sentence
_THE_POST = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?:the|this|that)\s+(?:[\w-]+\s+)?(?:post|stream|upload|broadcast|"
    r"thread)\b(?!\s+(?:office|code|box|card|man|woman|master|war|room|script))",
    re.I,
)
POST_WITHIN = 2  # claims after a citation in which "the post" still means its clip
# A live blog's sign-off tells where its stream stays: "That's all from Hallowfield. The full
# stream stays up on Twelve Bell TV", "the replay of the whole round stays up on Kerrow Milk
# Live" (a clip told before, by the channel that holds it)
_STAYS_UP = re.compile(
    r"\b(?:the|our)\s+(?:(?:full|whole|entire|complete)\s+(?:[a-z-]+\s+)?[a-z]+|[\w-]+[’']s\s+"
    r"(?:live)?stream|(?:replay|recording)\s+of\s+the\s+(?:(?:full|whole|entire)\s+)?[a-z]+|"
    r"(?:live)?stream|broadcast|coverage|replay|recording)"
    # (past an aside or into a clause: "The whole judging, crying included, stays up on",
    # "about an hour into the full stream, which stays up on Glenmorrow Rally Live")
    r"(?:\s+|,\s+which\s+|,\s+[^,.;]{1,30},\s+)"
    + KEPT_ON
    + r"(?:(?:the|our)\s+[\w’'-]+\s+(?:channel|page)|"
    r"(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z0-9])[\w’'-]*){0,3})",
    re.I,
)


def _phone_out(text: str) -> bool:
    """Someone there got their phone out as the scene told happened, and the line ends on
    it: who filmed the clip, in a tabloid's words ("Homeowner Shelley Ambrose, 42, was
    watching from her kitchen window when she spotted the feathered thief and grabbed her
    phone", or "... whipped out his phone as his dad shot past"), not "... grabbed her
    phone to call 999"."""
    found = PHONE_OUT.match(text)
    rest = text[found.end() :].strip(" .!") if found else ""
    return found is not None and (
        not rest or re.match(r"(?:just\s+)?(?:as|when)\b", rest) is not None
    )


# "Its caption reads: 'Caught on camera. ...'": the clip in play's caption, quoted
_ITS_CAPTION = re.compile(
    r"^(?:its|the|her|his|their)\s+caption\s+(?:reads|read|says|said)\b", re.I
)
# An explainer's "Who filmed it?": the line under it that names someone names the maker of
# the clip in play, even as an account line ("The boater is Pris Vane, who posts as
# @narrowboatpris ...") that would otherwise cite nothing
_WHO_MADE_IT = re.compile(
    r"^who\s+(?:first\s+)?(?:filmed|shot|recorded|posted|made|uploaded|took|shared)\s+"
    r"(?:it|this|that|the\s+(?:video|clip|footage|recording|reel))\s*\?$",
    re.I,
)


# A quotation mark closing before a space or a stop (not an apostrophe, "I'm"): the
# quotation a continued line carries ends inside it
_CLOSED_INSIDE = re.compile(r"[’'\"](?=[\s,.;:!?]|$)")


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
    maker_named_in_answer(claims, citations)  # "Q: Who was filming?" / "A: ..., Zak."
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
    interview = is_interview(claims)
    for claim in claims:
        text = without_time_stamp(claim.text).strip()
        signals = clip_signals(text)
        if SUBHEADING.match(text) or cues.verdict_on_clip(text):
            # "What does the video show?": an explainer's heading, which says nothing of
            # it; "Verdict: Fake - the clip was made with AI": a verdict on the clip
            signals = replace(signals, cites=not SUBHEADING.match(text), definite=True)
        if _ITS_CAPTION.match(text) and citations:  # the clip in play, whatever it quotes
            signals = replace(signals, cites=True, definite=True)
        answers = bool(
            citations
            and _WHO_MADE_IT.match(without_time_stamp(text_at.get(claim.position - 1, "")).strip())
            and (signals.creator or HANDLE.search(text))
        )
        if answers and not signals.cites:
            signals = replace(signals, cites=True, definite=True)
        if not signals.cites and interview and tells_of_a_clip(text, bool(citations)):
            signals = replace(signals, cites=True, definite=True)  # "Q: Someone's made a remix"
        if not signals.cites and citations and (_STAYS_UP.search(text) or _phone_out(text)):
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
            signals = clip_signals(text, learned=True)
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
            and not watched_it(text)  # ("said staff had watched Ffion's video 'with ...'")
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
                    or answers
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
    position: int, text: str, published_at: str | None, signals: Signals | None = None
) -> Citation:
    signals = signals or clip_signals(text)
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
