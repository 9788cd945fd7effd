"""The eleventh pass's context rules, kept apart from archiver.articles.context (near its
size limit). They run last, on threads the earlier rules left without a creator or a
platform, and fill the inferred fields of every citing line of such a thread.

    fill_more(claims, citations, thread_of)
    platform_of_creator(claims, citations)

* the person behind a role: a clip whose maker is told only by an office ("The mayor of
  Wrexley went live on Facebook", "its chief executive announced in a LinkedIn video")
  is by the person another line gives that office ("Councillor Helen Okafor, who became
  mayor in May, said ...", "Dijkstra ... became chief executive in 2020");
* the one the text was about: a clip that opens a thread as someone's ("His last video",
  "her video") is by the creator of the latest citing line before it that has one, stated
  or inferred (so also one the headline gave);
* a reply in kind: a clip someone posted as their own ("Tamsin posted her own reel", "the
  department posted a video of its own") is on the platform of the latest clip before it
  whose line names one, the clip it answers;
* a stitch or a duet is a TikTok: the platform's own words for a reply clip;
* the filmer named in an account line just after: "A Finnish speedrunner ... a clip from
  his Twitch stream" then "Jussi Lehtonen, 24, streams as FrostHopper ...";
* a still from someone's footage ("in a second still from her video", "in a later still
  from the station's footage") is of the latest clip before it by that one;
* the original is not the copy's: a line about "the original" takes no creator from a
  copy's poster ("The most-shared copy, posted on X by @x" then "in the original,
  streamed on the bank's YouTube channel, ...").

named_next gives a clip by someone unnamed who filmed themselves ("A man who broadcast
himself driving at 131mph ...") the name a line just after opens on ("Kasim Roddick, of
Elmstead Road, ..."). platform_of_creator runs after all of them: a clip that no line
of its thread places, of a creator known by then, is on the platform of that creator's
latest clip before it ("Kelly Barraclough posted the clip on Facebook" ... "Kelly later
posted a second clip"), else on the one platform the article's lines about that
creator's account name ("his granddaughter set up a YouTube channel for him").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.articles.accounts import ORGANISATION_NOUNS
from archiver.articles.agents import ROLE_WORDS, role_word
from archiver.articles.claims import Claim, without_time_stamp
from archiver.articles.copies import A_COPY, REPOST
from archiver.articles.letters import CAPITAL, MARKS
from archiver.articles.person_names import NOT_A_NAME, full_name, last_person_in, person_just_named
from archiver.articles.threads import Citation
from archiver.articles.which_clip import VAGUE_PLATFORMS
from archiver.platforms import platform_named
from archiver.text import one_person

# The maker as an office held: "The mayor of Wrexley went live", "its chief executive
# announced"
_OFFICE_ACTS = re.compile(
    r"\b(?:[Tt]he|its|their)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]{3,})"
    r"(?:\s+of\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?"
    r"(?:went\s+live|posted|announced|shared|uploaded|published|filmed|streamed|released|"
    r"replied|responded|appeared)\b"
)
# Nouns that are no office a person holds
_NOT_OFFICES = ORGANISATION_NOUNS | frozenset(
    "video clip footage post reel account channel page user man woman boy girl child "
    "person people crowd animal".split()
)


def _holder(
    noun: str, claims: Sequence[Claim], opener: int, headline: Sequence[str] = ()
) -> str | None:
    """The person another line, or the headline, gives the office or occupation `noun`:
    "Helen Okafor, who became mayor", "Dijkstra ... became chief executive", "Detectorist
    Shane Toller finds ...", "Shane Toller, a metal detectorist," (a surname alone is
    completed from the name in full elsewhere in the article)."""
    name = r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
    holds = re.compile(
        name + r"(?:,[^.;]{0,90}?)?\s+(?:who\s+)?"
        r"(?:became|becomes|is|was|has\s+been|had\s+been|as)\s+(?:the\s+|its\s+|a\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b"
        # the role before the name, or after it in apposition
        rf"|(?i:\b{re.escape(noun)})\s+(?P<named>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)"
        rf"|(?P<before>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+),\s+(?:a|an|the)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b"
    )
    lines = [(c.position, c.text) for c in claims] + [(-1, line) for line in headline]
    for position, line in lines:
        if position == opener:
            continue
        for found in holds.finditer(line):
            # (whichever of the three patterns found it)
            words = (found["name"] or found["named"] or found["before"]).split()
            while len(words) > 1 and words[0] in ROLE_WORDS:
                words.pop(0)  # "Councillor Helen Okafor"
            if not words or words[0] in NOT_A_NAME:
                continue
            if len(words) == 1:  # "Dijkstra": the name in full, if the article gives it
                full = re.compile(rf"\b[A-Z][\w’'-]+\s+{re.escape(words[0])}\b")
                named = next((m for c in claims if (m := full.search(c.text))), None)
                words = named.group(0).split() if named else words
            return " ".join(words)
    return None


# A clip that opens a thread as someone's: "His last video, uploaded in August, ends ..."
_SOMEONES_CLIP = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?:(?:In|On)\s+)?(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:video|"
    r"clip|reel|tiktok|post|livestream|stream|stitch|upload|vlog)\b",
    re.I,
)
# ... and further on in its thread, where it is the line's subject: "Her video, posted on
# TikTok, has been viewed 2.3m times" (not "His campaign said the clip had been cut")
_SOMEONES_CLIP_NOW = re.compile(
    r"^(?:(?:In|On)\s+)?(?:his|her|their)\s+(?:(?!(?:the|a|an|said|says)\b)[\w-]+\s+){0,2}?"
    # (or a clip made from another, where the thread's first line makes one: "Her remix has
    # bagged more than 510,000 views")
    r"(?:video|clip|reel|tiktok|livestream|stream|upload|vlog|(?P<kind>remix|stitch|duet|"
    r"reaction))\b",
    re.I,
)
# A clip made by "he" or "she": "He posted the video to YouTube on Saturday", "In a video
# he uploaded in January", "The court heard he went live on Instagram"
_PRONOUN_MAKER = re.compile(
    # ("She has since posted an apology video")
    r"\b(?:he|she)\s+(?:(?:had|has|then|later|since|also|now|just|already)\s+){0,2}"
    r"(?:posted|uploaded|published|filmed|recorded|"
    r"streamed|put|went\s+live|"
    # ("She has answered with a video of her own on Facebook")
    r"(?P<reply>(?:answered|replied|responded|hit\s+back|fired\s+back)\s+with\s+(?:a|an)\b))\b",
    re.I,
)
# Posted as one's own: a reply in kind, on the platform of the clip it answers
_OWN_REPLY = re.compile(
    r"\b(?:her|his|their|its)\s+own\s+(?:[\w-]+\s+){0,2}?(?:reel|video|clip|post|story|"
    r"tiktok)\b|\b(?:reel|video|clip|post|tiktok)\s+of\s+(?:her|his|their|its)\s+own\b",
    re.I,
)
_TIKTOK_REPLY = re.compile(r"\b(?:stitch(?:ed)?|duet(?:ted)?)\b", re.I)
# The platform a clip's own kind names, where no line of its thread names one: a reel is
# Instagram's, a Short (capitalised, as the platform writes it) YouTube's
_KIND_OF_CLIP = (
    # (a reel in the line of a clip: not a fishing reel, "the Reel Cinema")
    (
        re.compile(
            r"^(?=.*\breels?\b)(?=.*\b(?:posted|shared|shows?|showed|views?|viewed|likes?|"
            r"liked|filmed|uploaded|watched|viral)\b)",
            re.S,
        ),
        "instagram",
    ),
    (re.compile(r"\b(?:Snaps?|Spotlight)\b(?!-)(?!\s+[A-Z])"), "snapchat"),  # Snapchat's own
    (
        re.compile(
            r"\b(?i:a|the|his|her|their|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?<!Best )Shorts?\b"
            r"(?!-)(?!\s+[A-Z])(?!\s+(?:award|film|prize)\b)"
        ),
        "youtube",
    ),
)
# An account line: "Jussi Lehtonen, 24, streams as FrostHopper and has 410,000 followers"
_ACCOUNT_LINE = re.compile(
    r"^(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)(?:,[^,.;]{1,60}){0,2},?\s+(?:who\s+)?"
    r"(?:posts|streams|vlogs|uploads|goes\s+live)\b[^.;]{0,40}?\bas\s+@?\w"
)
ACCOUNT_LINE_WITHIN = 4  # lines after the opener where the account line may come
# A still from someone's footage: "in a second still from her video", "from the station's
# footage"
_STILL_FROM = re.compile(
    r"\bstill\s+from\s+(?:(?P<pronoun>his|her|their)|the\s+(?P<noun>[a-z]+)[’']s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:video|clip|footage|reel|tiktok|stream|livestream)\b",
    re.I,
)
_THE_ORIGINAL = re.compile(r"\bthe\s+original\b", re.I)
_A_COPY = re.compile(r"\b(?:copy|copies|repost|reposted|re-?upload)\b", re.I)


def _maker(citation: Citation) -> str | None:
    return citation.creator or citation.inferred_creator


def _platform(citation: Citation) -> str | None:
    if citation.platform not in VAGUE_PLATFORMS:
        return citation.platform
    return citation.inferred_platform


def fill_more(
    claims: Sequence[Claim],
    citations: list[Citation],
    thread_of: dict[int, int],
    headline: Sequence[str] = (),
) -> None:
    by_position = {c.claim_position: c for c in citations}
    text = {claim.position: claim.text for claim in claims}
    members: dict[int, list[Citation]] = {}
    for citation in sorted(citations, key=lambda c: c.claim_position):
        opener = thread_of.get(citation.claim_position, citation.claim_position)
        members.setdefault(opener, []).append(citation)
    for opener, cited in sorted(members.items()):
        if opener not in by_position:
            continue
        before = [c for c in citations if c.claim_position < opener]
        # (a copy's poster is not the clip's maker: the original's lines first)
        copies = {c.claim_position for c in cited if REPOST.search(text[c.claim_position])}
        creator = next(
            (c.creator for c in cited if c.creator and c.claim_position not in copies), None
        )
        creator = creator or next((c.creator for c in cited if c.creator), None)
        creator = creator or next((c.inferred_creator for c in cited if c.inferred_creator), None)
        # (not a copy's: "The fan account reposted the duet on X" leaves a TikTok duet's
        # own platform to be found)
        platform = next(
            (
                p
                for c in cited
                if (p := _platform(c)) not in VAGUE_PLATFORMS
                and not A_COPY.search(text[c.claim_position])
                # ("The same clip, reposted to YouTube Shorts by ... himself": that upload's)
                and not REPOST.search(text[c.claim_position])
            ),
            None,
        )
        new_creator, new_platform, source = None, None, None
        if creator is None:
            office = _OFFICE_ACTS.search(text[opener])
            if office and office["noun"] not in _NOT_OFFICES:
                new_creator = _holder(office["noun"], claims, opener, headline)
                source = "the person holding the office"
        # "He posted the video to YouTube" after "The owner, Dutch tourist Joost van
        # Leeuwen, 34, found the camera": the person the lines just before named; in the
        # opener or a later line of the thread ("A gull snatched a holidaymaker's camera
        # ..." then, three lines on, "He posted the video to YouTube")
        told_by = next((c for c in cited if _PRONOUN_MAKER.search(text[c.claim_position])), None)
        if creator is None and new_creator is None and told_by is not None:
            # (the line's own, named before the pronoun: "The court heard that the camera
            # belonged to Priyanka Solanki, ..., and that she posted the clip")
            # (not a transcript's speaker: "SAM OGUNDIPE-HALE: She posted it on TikTok")
            line = without_time_stamp(text[told_by.claim_position])
            pronoun = _PRONOUN_MAKER.search(line)
            new_creator = last_person_in(line[: pronoun.start()]) if pronoun else None
            new_creator = new_creator or person_just_named(text, told_by.claim_position)
            if pronoun and pronoun["reply"] and any(new_creator == _maker(c) for c in before):
                new_creator = None  # ("She replied with a video" to the clip he made)
            source = "the person named just before"
        if creator is None and new_creator is None and _SOMEONES_CLIP.search(text[opener]):
            earlier = next((c for c in reversed(before) if c.creator or c.inferred_creator), None)
            if earlier is not None:
                new_creator = earlier.creator or earlier.inferred_creator
                new_platform = _platform(earlier)
                source = "the creator named before"
            else:  # "Her livestream has been watched ..." in a story about her
                new_creator = person_just_named(text, opener)
                source = "the person named just before"
        owned_by = next(
            (
                c
                for c in cited[1:]
                if (found := _SOMEONES_CLIP_NOW.search(text[c.claim_position]))
                and (not found["kind"] or found["kind"][:5].lower() in text[opener].lower())
            ),
            None,
        )
        if creator is None and new_creator is None and owned_by is not None:
            # a later line of the thread calls the clip someone's: "Her video, posted on
            # TikTok, has been viewed 2.3m times" after "... Lily-Mae Corrigan, 16, said"
            new_creator = person_just_named(text, owned_by.claim_position)
            source = "the person named just before"
        if platform is None and _OWN_REPLY.search(text[opener]):
            answered = next(
                (c for c in reversed(before) if c.platform not in VAGUE_PLATFORMS), None
            )
            if answered is not None:
                new_platform, source = answered.platform, "the clip it answers"
        if platform is None and new_platform is None and _TIKTOK_REPLY.search(text[opener]):
            new_platform, source = "tiktok", "a stitch or duet"
        if platform is None and new_platform is None:
            new_platform = next(
                (
                    name
                    for c in cited
                    for pattern, name in _KIND_OF_CLIP
                    if pattern.search(text[c.claim_position])
                ),
                None,
            )
            source = source or "the kind of clip"
        if creator is None and new_creator is None:
            account = next(
                (
                    found
                    for k in range(1, ACCOUNT_LINE_WITHIN + 1)
                    # (a line citing a clip of its own is another's: "Shelf-stacker X, who
                    # posts as @x, has since stitched the video")
                    if opener + k not in by_position or thread_of.get(opener + k) == opener
                    if (found := _ACCOUNT_LINE.match(text.get(opener + k, ""))) is not None
                ),
                None,
            )
            if account is not None:
                words = account["name"].split()
                while len(words) > 2 and role_word(words[0]):
                    words.pop(0)
                new_creator, source = " ".join(words), "the account named after"
        still = _STILL_FROM.search(text[opener])
        if still and creator is None and new_creator is None:
            noun = still["noun"]
            if noun is None:  # "her video": the latest clip with a creator
                candidates = (c for c in reversed(before) if c.creator or c.inferred_creator)
            else:  # "the station's footage": the latest clip whose line names the station
                named = re.compile(rf"\b{re.escape(noun)}\b", re.I)
                candidates = (c for c in reversed(before) if named.search(text[c.claim_position]))
            earlier = next(candidates, None)
            if earlier is not None:
                new_creator = earlier.creator or earlier.inferred_creator
                new_platform = new_platform or _platform(earlier)
                source = "the clip the still is from"
        _not_the_copys(cited, text)
        for citation in cited:
            if new_creator and citation.creator is None and citation.inferred_creator is None:
                citation.inferred_creator = new_creator
                citation.inferred_from = citation.inferred_from or source
            if (
                platform is None
                and new_platform not in VAGUE_PLATFORMS
                and _platform(citation) in VAGUE_PLATFORMS
            ):
                citation.inferred_platform = new_platform
                citation.inferred_from = citation.inferred_from or source


def full_names(claims: Sequence[Claim], citations: list[Citation]) -> None:
    """An inferred creator the article named with an honorific ("Ms Dorrity, who posted as
    @aileenonthehill, ...") as it names them in full ("Tributes ... for Aileen Dorrity"):
    the labels, and a catalogue, keep one name for one person and no titles."""
    texts = [claim.text for claim in claims]
    for citation in citations:
        if citation.inferred_creator:
            citation.inferred_creator = full_name(citation.inferred_creator, texts)


def _not_the_copys(cited: list[Citation], text: dict[int, str]) -> None:
    """A line about the original takes no creator that only a copy's line stated."""
    for citation in cited:
        if citation.creator or not _THE_ORIGINAL.search(text[citation.claim_position]):
            continue
        source = next((c for c in cited if c.creator == citation.inferred_creator), None)
        if source is not None and _A_COPY.search(text[source.claim_position]):
            citation.inferred_creator = None


# A line about an account rather than a clip: "his granddaughter set up a YouTube
# channel for him, Walter's Plot", "Hale has 2m followers on TikTok"
_ACCOUNT_WORDS = re.compile(r"\b(?:channel|account|page|profile|followers|subscribers)\b", re.I)


def _channel_platform(account_lines: list[str], creator: str) -> str | None:
    """The one platform named by the article's lines about an account that name the
    creator: where their clips are, when none of them says."""
    words = {word for word in re.findall(r"[A-Z][\w’'-]{2,}", creator)} or {creator}
    named = {platform_named(line) for line in account_lines if any(word in line for word in words)}
    named -= {None, *VAGUE_PLATFORMS}
    return named.pop() if len(named) == 1 else None


EARLIER_CLIPS_READ = 200  # the clips before one its creator's earlier clip is looked for in


def platform_of_creator(claims: Sequence[Claim], citations: list[Citation]) -> None:
    """A clip no line of whose thread says where it is, of a creator known by then: on
    the platform of that creator's latest clip before it ("Kelly later posted a second
    clip"), else where the creator's account is ("set up a YouTube channel for him")."""
    seen: list[tuple[str, str]] = []  # (creator, platform) of the clips so far
    account_lines = [claim.text for claim in claims if _ACCOUNT_WORDS.search(claim.text)]
    for citation in sorted(citations, key=lambda c: c.claim_position):
        creator = citation.creator or citation.inferred_creator
        platform = citation.platform or citation.inferred_platform
        if creator and platform in VAGUE_PLATFORMS:
            # (the latest EARLIER_CLIPS_READ: thousands of clips with no platform, each read against
            # every clip before it, took time growing with the square of their number)
            earlier = [p for c, p in seen[-EARLIER_CLIPS_READ:] if one_person(c, creator)]
            platform = earlier[-1] if earlier else _channel_platform(account_lines, creator)
            if platform is not None:
                citation.inferred_platform = platform
                citation.inferred_from = citation.inferred_from or (
                    "the creator's earlier clip" if earlier else "the creator's account"
                )
        if creator and platform not in VAGUE_PLATFORMS:
            seen.append((creator, platform))


# Someone who filmed themselves, told without a name ("A 24-year-old man who broadcast
# himself driving at 131mph ... has been jailed"), named at the head of a line just
# after ("Kasim Roddick, of Elmstead Road, Norland, pleaded guilty"): court and crime
# copy's way of naming the defendant, who made the clip.
_FILMED_THEMSELVES = re.compile(
    r"\bwho\s+(?:filmed|recorded|live-?streamed|streamed|broadcast)\s+(?:himself|herself|themselves)\b"
    # (or a lede's someone, unnamed, and what they did after posting: "An independent
    # candidate in next week's by-election has apologised after posting a video ...")
    r"|^(?:An?|One)\s+(?:[\w’'-]+\s+){1,8}?(?:has|have|had|was|is)\s+[^.;]{0,80}?\bafter\s+"
    r"(?:posting|filming|sharing|uploading|recording|streaming|live-?streaming)\s+(?:a|an|herself|"
    r"himself|themselves)\b",
    re.I,
)
_NAMED_AT_HEAD = re.compile(
    r"^(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?:\d{1,3},|of\s|from\s|who\s)"
)
NAMED_NEXT_WITHIN = 2  # lines after the citing one where the name may come


def named_next(claims: Sequence[Claim], citations: list[Citation]) -> None:
    """Give a thread opened by someone unnamed who filmed themselves the name a line
    just after opens on."""
    text = {claim.position: claim.text for claim in claims}
    for opener in citations:
        if opener.creator or opener.inferred_creator or opener.same_clip_as is not None:
            continue
        if not _FILMED_THEMSELVES.search(text[opener.claim_position]):
            continue
        name = next(
            (
                found["name"]
                for k in range(1, NAMED_NEXT_WITHIN + 1)
                if (found := _NAMED_AT_HEAD.match(text.get(opener.claim_position + k, "")))
            ),
            None,
        )
        if name is None:
            continue
        members = {m.position for m in opener.members} | {opener.claim_position}
        for citation in citations:
            member = citation.claim_position in members or citation.same_clip_as in members
            if member and citation.creator is None and citation.inferred_creator is None:
                citation.inferred_creator = name
                citation.inferred_from = citation.inferred_from or "the person named after"


# A name the article shows to be a body's: its people ("Harwood's chief executive",
# "Lumora's press team"), its kind in apposition ("Linguo, the company whose earbuds ...",
# "The company behind them, Thermiq"), or a body's noun after it ("Koberg Robotics")
_KIND = r"(?:company|firm|brand|maker|manufacturer|start-?up|retailer|agency|operator|app)"
_NAME = rf"([{CAPITAL}][\w{MARKS}’'-]*)"  # (one group in each branch: the name)
_BODY_NAMED = re.compile(
    rf"\b{_NAME}[’']s\s+(?:chief\s+executive|press\s+(?:team|office)|spokes(?:person|man|woman)|"
    r"head\s+of\s+\w+|marketing\s+(?:manager|team)|communications\s+team|social\s+media\s+team|"
    r"founders?|managing\s+director|engineers|shareholders)\b"
    rf"|\b{_NAME},\s+the\s+{_KIND}\b|\bthe\s+{_KIND}(?:\s+[a-z]+){{0,2}},\s+{_NAME}\b"
    rf"|\b(?i:makers?)\s+{_NAME}\b"
    rf"|\b{_NAME}\s+(?:Robotics|Freight|Logistics|Technologies|Tech|Labs|Systems|Inc|Ltd|plc)\b"
)


def makers_that_are_bodies(claims: Sequence[Claim], citations: list[Citation]) -> None:
    """A one-word maker the article shows to be a body ("Koberg's own video" where it
    speaks of "the Koberg Robotics stand"): a body's own clip has no maker (the labels'
    convention, as archiver.articles.accounts.a_body_posts_its_own reads it on one line).
    The article is read once for such names, not once per citation."""
    bodies = {
        name
        for claim in claims
        for found in _BODY_NAMED.finditer(claim.text)
        for name in found.groups()
        if name
    }
    for citation in citations:
        for field in ("creator", "inferred_creator"):
            if (getattr(citation, field) or "").strip() in bodies:
                setattr(citation, field, None)
