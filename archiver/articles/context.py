"""Context: the platform and creator a citation does not state but its text implies.

    inherit_context(claims, citations, headline)   fills inferred_platform,
                                         inferred_creator and
                                         inferred_from on citations whose threads are built

In order, each citation that names no platform or creator takes:

* the thread's: the first platform and creator stated anywhere in its thread ("the
  thread"), so "The footage shows ..." has the platform of "The force's post on Facebook
  had been shared ..." two lines later; except that a line telling of another upload of
  the clip, its original ("The original was posted on YouTube by ...") or a later
  publication by someone other than the filmer ("Police later published the video on
  Facebook"), a repost by someone else ("a fan account saved the clip and posted it to
  TikTok") or its first upload ("dates from 2019, when it was uploaded to YouTube by
  ..."), gives its platform and creator only to the lines after it, but for a line going
  back to the clip by its owner or as the original ("Her video, meanwhile, ...": see
  archiver.articles.uploads);
* for a clip introduced as one of someone's ("Her most-shared video"), the creator of
  the thread before it (so too "In the one that made his name, ..."), or of the account a
  sentence gives followers for ("Rita Moreno
  has 1.2 million followers on TikTok") ("the creator named before");
* the filmer named after: a clip "recorded by a fisherman" whose next lines say "The
  fisherman, Josué Almeida, ..." is his;
* the creator's earlier clip: a clip whose creator is stated but not its platform ("In
  his most-watched video, Bakare cooks ...") is on that creator's earlier platform;
* the clip before: a clip "on the same platform" takes the platform of the latest
  thread before it that has one;
* the article's subject: when one creator is named in three claims or more and no other
  creator is stated, every citation without a creator is of that creator's account, and
  takes their platform too ("the article's subject"), unless it brings in someone new
  ("a man in Galway filmed ..."); a surname someone else in the article shares ("Maja
  Strand" beside the creator Geir Strand) counts only with the first name;
* the article's lead: the one platform named before the first citation ("A dance ...
  has spread across TikTok this month. The first version, posted by ...");
* the headline, for the story's first clip (archiver.articles.headline), then the
  eleventh pass's rules (archiver.articles.context_more), then, for a clip still placed
  nowhere, its creator's other clips or account ("the creator's earlier clip", "the
  creator's account").

What became of a clip after a line's own upload ("posted the clip to her Instagram
Story before it was ripped and reposted across TikTok") does not make that line
another upload.

Inherited values are kept apart from stated ones, so a reader sees what the article says
and what it only implies.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from archiver.articles.account_lines import account_line, profile_subject
from archiver.articles.accounts import MAKER_OF_IT
from archiver.articles.bodies import a_bodys_footage
from archiver.articles.claims import Claim
from archiver.articles.context_more import (
    EARLIER_CLIPS_READ,
    fill_more,
    full_names,
    named_next,
    platform_of_creator,
)
from archiver.articles.copies import REPOST, forwarded_on_whatsapp
from archiver.articles.headline import HEADLINE_CHARS, from_headline
from archiver.articles.in_turn import SET_APART
from archiver.articles.known_names import person_named_before
from archiver.articles.letters import CAPITAL, MARKS
from archiver.articles.list_items import FROM_ITEM_HEADING
from archiver.articles.stated import creator_named
from archiver.articles.threads import Citation
from archiver.articles.uploads import another_upload, back_to_the_original
from archiver.articles.which_clip import VAGUE_PLATFORMS, one_name
from archiver.platforms import platform_named
from archiver.text import name_key

_OWNERS_CLIP = re.compile(  # "Her most-shared video": one of the creator's clips
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+){1,3}?(?:video|clip|reel|tiktok|post|livestream)\b|"
    # ("Her follow-up, a reel in which ...")
    r"^(?:his|her|their)\s+(?:latest\s+|next\s+)?(?:follow-up|sequel)\b",
    re.I,
)
# "In the one that made his name, ...": one of the clips just spoken of, whose creator
# is the one the text was about
_ONE_OF_THEM = re.compile(r"^(?:In|On)\s+(?:the\s+one|one)\b")
# The next of a series: "A second clip, filmed at 11am, shows her hands ..."
_NEXT_ONE = re.compile(
    r"^(?:A|An)\s+(?:second|third|fourth|fifth|later|follow-up)\s+(?:[\w-]+\s+)?(?:clip|video|reel|"
    r"tiktok|post|short|vlog|story)\b",
    re.I,
)
# ("A second video, filmed by a neighbour from the dyke", "recorded on the dashboard camera
# of a car": someone's, but not the creator's named before)
_BY_SOMEONE = re.compile(r"\bby\s+(?:a|an|one)\s|\bcamera\s+of\s+(?:a|an)\s", re.I)
# A pronoun as the agent of publishing: "She posts the same recipes as YouTube Shorts"
_SHE_POSTS = re.compile(
    # ("She has since uploaded a build video to YouTube")
    # ("At noon she posts again: a clip from the canteen")
    r"^(?:[^,]{0,40},\s+|(?:At|By|On|In)\s+[\w-]+\s+)?(?:she|he)\s+(?:has\s+|had\s+)?"
    r"(?:also\s+|now\s+|then\s+|later\s+|"
    r"since\s+|already\s+)?(?:posts|posted|"
    r"shares|shared|uploads|uploaded|streams|streamed|publishes|published|films|filmed)\b",
    re.I,
)
# Someone new brought in: "a man in Galway filmed", "a toddler in ear defenders"
_SOMEONE_NEW = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|boy|girl|child|toddler|baby|teenager|"
    r"student|driver|resident|tourist|couple|family|father|mother|grandmother|grandfather|"
    r"passenger|fan|worker|user|creator|person|farmer|cyclist|conductor|vendor|nurse|chef|"
    r"bystander|witness|onlooker|spectator|motorist|commuter|shopper)\b"
    # ("Earlier that afternoon one of the walkers had posted a 20-second TikTok")
    r"|\bone\s+of\s+the\s+(?:[\w-]+\s+)?[a-z]+s\b(?=\s+(?:had\s+|has\s+)?(?:posted|filmed|shared))",
    re.I,
)
# An account's holder, stated by its audience: "Rita Moreno has 1.2 million followers on
# TikTok, where ..." makes her the creator a later "her most popular clip" is of.
_ACCOUNT_HOLDER = re.compile(
    r"^(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)(?:,[^,]{1,40},)?\s+(?:has|had|now has)\s+"
    r"(?:[\w.,]+\s+){1,4}?(?:followers|subscribers)\b"
    # (or by the account's name: "His YouTube channel, Pelham Commuter Cam, has 186,000")
    r"|^(?:His|Her|Their)\s+(?:[A-Z][\w-]+\s+)?(?:channel|account|page),\s+"
    r"(?P<account>@?[A-Z@][^,]{1,40}),\s+(?:has|had|now has)\s+(?:[\w.,]+\s+){1,4}?"
    r"(?:followers|subscribers)\b"
)


def _account_holder(text: str) -> str | None:
    """Whose account an account line tells of ("Harun Wicaksono, 47, streams as
    @harundurian and has 86,000 followers"): the name it opens on, or the creator the
    line names."""
    found = _ACCOUNT_HOLDER.match(text)
    if found is not None:
        return found["name"] or found["account"]
    return creator_named(text) if account_line(text) else None


# A clip or account said to be someone's: "The Swifts' own footage", "posted on the
# club's Instagram"; not the subject's when the owner is no word of the subject's name
_OWNED_BY = re.compile(
    r"(?:\b(?P<name>[A-Z][\w-]+)|\bthe\s+(?P<noun>[a-z]+))(?:[’']s|s[’'])\s+(?:own\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:footage|video|clip|reel|post|account|channel|page|Instagram|"
    r"TikTok|YouTube|Facebook)\b"
)
_DAYS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Yesterday Today Last This "
    "January February March April May June July August September October November "
    "December".split()
)


def _someone_elses(text: str, subject: str) -> bool:
    """The clip is said to be someone's other than the article's subject ("Sunday's
    video" is a date, not an owner)."""
    for found in _OWNED_BY.finditer(text):
        owner = found["name"] or found["noun"]
        if owner not in _DAYS and owner not in subject:
            return True
    return a_bodys_footage(text)


HOLDER_WITHIN = 3  # claims after an account line whose clips are that account's
SUBJECT_CLAIMS = 3  # claims naming a creator before the article counts as being about them


def inherit_context(
    claims: Sequence[Claim], citations: list[Citation], headline: Sequence[str] = ()
) -> None:
    thread_of = {
        member.position: citation.claim_position
        for citation in citations
        for member in citation.members
    }
    by_position = {c.claim_position: c for c in citations}
    text = {claim.position: claim.text for claim in claims}
    uploads = {  # members that tell of another upload of the thread's clip
        c.claim_position
        for c in citations
        if thread_of.get(c.claim_position, c.claim_position) != c.claim_position
        and another_upload(text[c.claim_position])
    }
    stated: dict[int, tuple[str | None, str | None]] = {}  # opener -> platform, creator
    for citation in sorted(citations, key=lambda c: c.claim_position):
        opener = thread_of.get(citation.claim_position, citation.claim_position)
        platform, creator = stated.get(opener, (None, None))
        own = (citation.platform, citation.creator)
        if citation.inferred_from == FROM_ITEM_HEADING:  # what the item's heading names
            own = (own[0] or citation.inferred_platform, own[1] or citation.inferred_creator)
        if citation.claim_position in uploads:
            own = (None, None)  # that upload's platform and creator are its own
        if platform in VAGUE_PLATFORMS and own[0] not in VAGUE_PLATFORMS:
            platform = own[0]
        if own[1] and MAKER_OF_IT.search(text[citation.claim_position]):
            creator = None  # "The clip was filmed by ...": its maker, whoever was credited
        stated[opener] = (platform, creator or own[1])
    _named_after(claims, by_position, stated)
    _platform_of_earlier_clip(by_position, stated)
    holders = {
        claim.position: (platform_named(claim.text), holder)
        for claim in claims
        if claim.position not in by_position and (holder := _account_holder(claim.text)) is not None
    }
    last_creator: tuple[str | None, str | None] | None = None
    holder_at = -HOLDER_WITHIN - 1
    for opener in sorted(set(stated) | set(holders)):
        if opener in holders:
            last_creator, holder_at = holders[opener], opener
            continue
        platform, creator = stated[opener]
        someone_new = _SOMEONE_NEW.search(text[opener]) or _BY_SOMEONE.search(text[opener])
        owned = not someone_new and any(
            p.search(text[opener])
            for p in (_OWNERS_CLIP, _ONE_OF_THEM, _SHE_POSTS, _NEXT_ONE, SET_APART)
        )
        # (or just after an account line, a clip of no one new: "The 27-year-old posts on
        # TikTok as @rooftopcello ..." then "In the video that first drew attention, she")
        owned = owned or (
            opener - holder_at <= HOLDER_WITHIN
            and last_creator is not None
            and not someone_new
            and not _someone_elses(text[opener], last_creator[1] or "")
        )
        named = person_named_before(text[opener], text.get(opener - 1, "")) if owned else None
        if creator is None and named is not None:  # ("He has since put his own video ...")
            stated[opener] = (platform, named)
            by_position[opener].inferred_from = "the person named just before"
            last_creator = (platform, named)
        elif creator is None and last_creator and owned and not a_bodys_footage(text[opener]):
            # "Her most-shared video": a clip of the creator the text was about
            stated[opener] = (platform or last_creator[0], last_creator[1])
            by_position[opener].inferred_from = "the creator named before"
        elif creator is not None:
            last_creator = (platform, creator)
    _same_platform(text, by_position, stated)
    subject = _subject(claims, citations, stated, headline)
    lead = _lead_platform(claims, citations)
    for citation in citations:
        opener = thread_of.get(citation.claim_position, citation.claim_position)
        platform, creator = stated.get(opener, (None, None))
        source = by_position[opener].inferred_from or "the thread"
        upload = max(
            (p for p in uploads if thread_of[p] == opener and p <= citation.claim_position),
            default=None,
        )
        if upload == citation.claim_position and citation.platform is None:
            # ("The original is 31 seconds long" just after the search that led to it: that
            # upload's, which the line names no platform of its own beside)
            upload = max(
                (p for p in uploads if thread_of[p] == opener and p < upload), default=upload
            )
        if upload is not None and back_to_the_original(text[citation.claim_position], text[upload]):
            upload = None  # ("Her video, meanwhile, ..." after a copy: the clip's own)
        if upload is not None:  # what follows another upload is of that upload
            if upload == citation.claim_position:
                # nothing of the thread before it is its own, but for the clip's maker,
                # where it names no poster of its own: "The department later uploaded the
                # same video to its YouTube channel" is the minister's video, reposted
                if citation.creator is None and creator is not None:
                    citation.inferred_creator = creator
                    citation.inferred_from = citation.inferred_from or "the clip it copies"
                continue
            platform = by_position[upload].platform or platform
            creator = by_position[upload].creator or creator
        if (
            creator is None
            and subject
            and not (_SOMEONE_NEW.search(text[opener]) or _FILMER.search(text[opener]))
            and not _someone_elses(text[opener], subject[1])
        ):
            platform, creator = platform or subject[0], subject[1]
            source = "the article's subject"
        if platform in VAGUE_PLATFORMS and lead is not None:
            platform, source = lead, "the article's lead"
        if citation.platform in VAGUE_PLATFORMS and platform not in VAGUE_PLATFORMS:
            citation.inferred_platform = platform
        forwarded = forwarded_on_whatsapp(text[citation.claim_position])  # (by no one named)
        if citation.creator is None and creator is not None and not forwarded:
            citation.inferred_creator = creator
        if (citation.inferred_platform or citation.inferred_creator) and not citation.inferred_from:
            citation.inferred_from = source
    from_headline(headline, claims, citations, thread_of)
    fill_more(claims, citations, thread_of, headline)  # what the rules above left empty
    named_next(claims, citations)  # "A man who filmed himself ..." then "Kasim Roddick, ..."
    full_names(claims, citations)  # "Ms Dorrity" as "Aileen Dorrity"
    platform_of_creator(claims, citations)  # a clip no line of its thread places


# "went live on the same platform": the platform of the clip cited before
_SAME_PLATFORM = re.compile(r"\bthe\s+same\s+(?:platform|app|site|network|service)\b", re.I)


def _same_platform(
    text: dict[int, str],
    by_position: dict[int, Citation],
    stated: dict[int, tuple[str | None, str | None]],
) -> None:
    """A thread whose clip is said to be on "the same platform" as the one before takes
    the platform of the latest thread before it that has one."""
    for opener in sorted(stated):
        platform, creator = stated[opener]
        if platform in VAGUE_PLATFORMS and _SAME_PLATFORM.search(text[opener]):
            before = [p for o, (p, _) in sorted(stated.items()) if o < opener]
            before = [p for p in before if p not in VAGUE_PLATFORMS]
            if before:
                stated[opener] = (before[-1], creator)
                by_position[opener].inferred_from = "the platform named before"


def _platform_of_earlier_clip(
    by_position: dict[int, Citation], stated: dict[int, tuple[str | None, str | None]]
) -> None:
    """A clip whose creator is stated but not its platform ("In his most-watched video,
    Bakare cooks ...") is on the platform of that creator's earlier clip (among the
    EARLIER_CLIPS_READ citing lines before it: an article of thousands of clips with no platform
    read every line before each)."""
    told = sorted({*stated, *by_position})  # (once; what is stated is read as it stands)
    for opener in sorted(stated):
        platform, creator = stated[opener]
        if platform not in VAGUE_PLATFORMS or creator is None:
            continue
        # (a thread's, or one line's own: "Her daughter Freya re-uploaded the footage to
        # TikTok" in another's thread, then "Freya has since posted a follow-up")
        at = bisect_left(told, opener)
        before = told[max(0, at - EARLIER_CLIPS_READ) : at]
        earlier = next(
            (
                p
                for position in reversed(before)
                for p, c in _told_at(position, by_position, stated)
                if p not in VAGUE_PLATFORMS and c and one_name(c, creator)
            ),
            None,
        )
        if earlier is not None:
            stated[opener] = (earlier, creator)
            by_position[opener].inferred_from = "the creator's earlier clip"


def _told_at(
    position: int,
    by_position: dict[int, Citation],
    stated: dict[int, tuple[str | None, str | None]],
) -> list[tuple[str | None, str | None]]:
    """The platform and creator a line's thread states, then those the line itself does."""
    own = [(c.platform, c.creator) for c in [by_position.get(position)] if c is not None]
    return ([stated[position]] if position in stated else []) + own


# Who filmed the clip, told as someone not yet named: "recorded by a fisherman", or as
# the clip's owner, "A teenager's Snapchat video"
_FILMER = re.compile(
    r"\b(?:filmed|recorded|shot|posted|shared|uploaded|taken|captured)\s+(?:[^,.;]{0,40}?\s)?"
    r"by\s+(?:a|an)\s+"
    # the noun ends where a clause or a place begins: "by a ferry passenger and shared"
    r"(?:[\w-]+\s+){0,2}?(?P<by>[a-z][\w-]+)(?=\s*[,.;]|\s+(?:and|who|off|on|in|at|near|"
    r"from|outside|during|while|as|with|aboard)\b)"
    r"|\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<owner>[a-z][\w-]+)[’']s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:video|clip|footage|tiktok|reel|livestream|recording|vlog)\b"
    # or the one filming, as the sentence's subject: "A passenger filmed ...", "A runner
    # dressed as a lighthouse is livestreaming his whole race"
    r"|^(?:\d{1,2}[:.]\d\d\s*\S+\s+)?(?:A|An|One)\s+(?:[\w-]+\s+){0,2}?"
    r"(?!(?:video|clip|footage|post|reel|recording|livestream|stream|tiktok)\b)(?P<subject>[a-z][\w-]+)"
    r"(?:\s+[^,.;]{0,40}?)?\s+(?:filmed|recorded|is\s+(?:live-?)?streaming|was\s+filming|"
    r"(?:went|gone)\s+live)\b",
    re.I,
)
NAMED_AFTER_WITHIN = 6  # claims after the citation where "The fisherman, Josué Almeida," may come


def _named_after(
    claims: Sequence[Claim],
    by_position: dict[int, Citation],
    stated: dict[int, tuple[str | None, str | None]],
) -> None:
    """A thread with no creator whose clip was filmed by someone the citation does not
    name takes the name a later line gives them in apposition: "A video recorded by a
    fisherman ..." then "The fisherman, Josué Almeida, 52, told the newspaper"."""
    for opener, (platform, creator) in list(stated.items()):
        if creator is not None:
            continue
        text = next((c.text for c in claims if c.position == opener), "")
        found = _FILMER.search(text)
        if not found:
            continue
        noun = re.escape(found["by"] or found["owner"] or found["subject"])
        # ("The passenger on the upper deck, Sanne Kuipers, ...": the noun may keep the
        # place it was given)
        naming = re.compile(
            rf"\b[Tt]he\s+(?:[\w-]+\s+)?{noun}(?:\s+(?:on|in|at|from|aboard|near)\s+[^,]{{1,40}})?"
            # in apposition, or said to be them: "The dog walker is Fenella Ogundipe, 63"
            r"(?:,|\s+is)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+),"
        )
        for claim in claims:
            if opener < claim.position <= opener + NAMED_AFTER_WITHIN:
                if (named := naming.search(claim.text)) is not None:
                    # the platform that line posts the clip to, where the thread has none
                    # ("The dock worker, Sipho Mthembu, posted his footage on X")
                    if platform in VAGUE_PLATFORMS and found["by"]:
                        platform = platform_named(claim.text) or platform
                    stated[opener] = (platform, named["name"])
                    by_position[opener].inferred_from = "the filmer named after"
                    break


def _subject(
    claims: Sequence[Claim],
    citations: list[Citation],
    stated: dict[int, tuple[str | None, str | None]],
    headline: Sequence[str] = (),
) -> tuple[str | None, str] | None:
    """(platform, creator) of the one creator an article is about, or None. A headline
    naming them counts as one of the lines ("Granny Goals: how ..." above "Peggy
    Lowther, who posts ... under the name Granny Goals")."""
    text_at = {claim.position: claim.text for claim in claims}
    creators = {name_key(c.creator): c for c in citations if c.creator}
    profile = profile_subject([c.text for c in claims])  # (its subject, whoever else posts)
    if len(creators) != 1 or (
        profile and not one_name(profile[1], [*creators.values()][0].creator or "")
    ):
        return profile
    first = min(creators.values(), key=lambda c: c.claim_position)
    if REPOST.search(text_at.get(first.claim_position, "")):
        return None  # the one creator stated reposted the clip ("Kitchlo's own account
        # reposted the review"): the story is about whoever made it, not the reposter
    words = {first.creator or ""} | set(re.findall(r"[A-Z][\w’'-]+", first.creator or ""))
    words |= {getattr(first, "creator_alias", None) or ""}
    words |= _name_behind_handle(first.creator or "", text_at.get(first.claim_position, ""))
    words.discard("")
    if _shared_surname(first.creator or "", [claim.text for claim in claims]):
        words = {first.creator or ""}  # "Strand" alone may be Maja as well as Geir Strand
    lines = [claim.text for claim in claims] + [" ".join(headline)[:HEADLINE_CHARS]]
    named = sum(any(word in line for word in words) for line in lines)
    if named < SUBJECT_CLAIMS:
        return profile  # (a profile of someone else)
    platform = next((p for p, c in stated.values() if c == first.creator and p), None)
    return platform or first.platform, first.creator or ""


_NAME = re.compile(rf"\b[{CAPITAL}][\w{MARKS}’'-]+(?:\s+[{CAPITAL}][\w{MARKS}’'-]+)+")


def _shared_surname(creator: str, texts: list[str]) -> bool:
    """Someone else in the article has the creator's surname ("Maja Strand" beside her
    father, the creator Geir Strand)."""
    words = creator.split()
    if len(words) < 2 or creator.startswith("@"):
        return False
    surname = re.escape(words[-1])
    others = {
        found.group(1)
        for text in texts
        for found in re.finditer(rf"\b([A-Z][\w’'-]+)\s+{surname}\b", text)
    }
    return bool(others - {words[-2], *_NOT_A_FIRST_NAME})


# Capitalised words before a surname that are not someone else's first name
_NOT_A_FIRST_NAME = frozenset(
    "The A An In On At By And But Then When As Mr Mrs Ms Dr Miss Mayor Councillor Actor "
    "Singer Minister President Senator Governor Professor Coach Captain".split()
)


def _name_behind_handle(creator: str, text: str) -> set[str]:
    """The words of a name the claim gives beside a handle made from it ("Ingrid
    Solberg, who posts on Instagram as @darnitingrid"), so the article's later
    "Solberg ..." counts as naming the same creator."""
    if not creator.startswith("@"):
        return set()
    handle = creator.lower()
    # the one who posts as the handle: "Peggy Lowther, who posts on TikTok as @gg81"
    poster = re.match(rf"(?P<name>{_NAME.pattern}),?\s+(?:who\s+)?(?:posts|streams)\b", text)
    behind = {poster["name"], *poster["name"].split()} if poster else set()
    for found in _NAME.finditer(text):
        words = found.group(0).split()
        if any(len(word) > 2 and word.lower() in handle for word in words):
            return {found.group(0), *words} | behind
    return behind


def _lead_platform(claims: Sequence[Claim], citations: list[Citation]) -> str | None:
    """The one platform the article names before its first citation, or None."""
    if not citations:
        return None
    first = min(c.claim_position for c in citations)
    named = {platform_named(claim.text) for claim in claims if claim.position < first}
    named -= set(VAGUE_PLATFORMS)
    return named.pop() if len(named) == 1 else None
