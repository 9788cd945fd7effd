"""Openers the text skipped: a clip first told in words that do not cite it, found by
the lines after it.

    skipped_openers(claims, citations) -> [(opener position, citing position)]
    scene_before_maker(claims, citations) -> {position: lede} for the lines of a scene
                                              told before who filmed it
    previous_clip(citations, position, captions) -> the clip a definite reference points
                                                     back to, by position
    same_clip(later, earlier)  -> nothing in a definite reference contradicts the clip
                                  cited before it

"A fellow diner filmed the singer jabbing a finger at her boyfriend" need not read as a
citation on its own. But when the lines after it tell a scene in the present ("He stares
at his phone", "'You always do this,' she can be heard saying") and then a line speaks
of the clip as one already told ("The diner ... posted the 22-second clip on TikTok"),
the clip was first told in the line before the scene: that line opens the thread, and
the later one refers back to it. Without this the later line opened a thread of its own,
and the scene between belonged to no clip.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from archiver.articles.account_lines import account_line
from archiver.articles.claims import SUBHEADING, Claim, is_item_heading, without_time_stamp
from archiver.articles.copies import REPOST
from archiver.articles.filmed_by import FILMED_IT
from archiver.articles.goes_on import continues
from archiver.articles.heard import INTERVIEW, told_afterwards
from archiver.articles.scene import (
    CLIPS_IN_GENERAL,
    GOING_ON,
    NARRATED_NOW,
    SPOKEN_LINES,
    THEY_ACT,
    TOLD_PAST,
    acts_now,
    scene,
    spoken_lines,
)
from archiver.articles.which_clip import ANY_CLIP, another_clip, new_clip


class Citation(Protocol):  # what this reads of a citation
    claim_position: int
    platform: str | None
    creator: str | None
    same_clip_as: int | None
    quote_claims: list[int]
    metrics: list  # the stated metrics: a count of the clip's audience speaks of it as known


# The clip spoken of as one the reader knows: "the 22-second clip", "the post", "the
# reel", "reposted it"
_KNOWN_CLIP = re.compile(
    # (not someone's own: "The singer's post from hospital" may be a clip of its own)
    r"\b(?:the|that|this)\s+(?:(?![\w’'-]+[’']s\b)[\w’'-]+\s+){0,2}?(?:video|clip|footage|"
    r"reel|recording|livestream|stream|post|broadcast|ad|advert|tiktok|short|vlog|"
    r"upload)s?\b|\b(?:re-?)?(?:posted|shared|uploaded)\s+it\b|"
    # (someone's clip of what was told: "His TikTok of it, posted as @mrreyessings")
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?(?:video|clip|footage|reel|recording|livestream|"
    r"stream|post|tiktok|short)\s+of\s+(?:it|this|that)\b",
    re.I,
)
# What the skipped opener tells: someone filming, recording or streaming, a camera or a
# phone catching it (not a phone or a camera alone: "snatched a woman's phone")
_TOLD_A_CLIP = re.compile(
    r"\b(?:film(?:ed|ing|s)|record(?:ed|ing|s)|captur(?:ed|ing|es)|shot\s+(?:on|with)\s|"
    r"(?:live-?)?stream(?:ed|ing)|broadcast(?:ing|s)?\s+live|went\s+live|"
    r"live\b[^.;]{0,40}?\bon\s+(?-i:[A-Z])|"
    r"(?:camera|phone|dash-?cam|doorbell|cctv)\s+(?:\w+\s+){0,5}?(?:caught|recorded|captured|filmed)|"
    # a phone held on the scene: "kept her phone pointed at the bonnet", "held his phone up"
    r"\b(?:kept|held|had|got)\s+(?:his|her|their|a)\s+(?:phone|camera)\s+(?:pointed|trained|"
    r"aimed|up|out|running|rolling)\b)",
    re.I,
)
# A clip that is another's by its kind or its maker: "The bodycam footage released by the
# force", "The singer's own Instagram video"
_ANOTHER_KIND = re.compile(  # (or photographs: "posted the pictures on Instagram")
    r"\b(?:own|released|body-?cam|body-worn|dash-?cam|cctv|doorbell|drone|helmet|security|"
    r"pictures|photos|photographs)\b",
    re.I,
)
# "This video, filmed by a resident, ...": a clip shown beside the text, new to it
_SHOWN_HERE = re.compile(r"^(?:this|these)\s+(?:[\w’'-]+\s+)?(?:video|clip|footage)", re.I)
# A line about the account between ("streams as okabedrives to 95,000 followers")
_ABOUT_THE_ACCOUNT = re.compile(
    r"\b(?:streams|posts|broadcasts|vlogs)\s+as\b|\b(?:followers|subscribers)\b"
)
SCENE_LINES = 4  # at most this many lines of scene between the opener and the reference
QUIET_BEFORE = 6  # no citation this many lines before the reference: no clip in play


def skipped_openers(
    claims: Sequence[Claim], citations: Sequence[Citation]
) -> list[tuple[int, int]]:
    """(the position of the line that first told a clip, the position of the citing line
    that speaks of that clip as known) for each clip told without a citation."""
    cited = {c.claim_position for c in citations}
    quoted = {p for c in citations for p in c.quote_claims}
    prose = [c for c in claims if not c.is_caption]
    index_of = {claim.position: i for i, claim in enumerate(prose)}
    found: list[tuple[int, int]] = []
    for citation in citations:
        at = citation.claim_position
        index = index_of.get(at)
        if index is None:
            continue
        before = _told_just_before(prose, index, quoted | cited)
        if before is not None:
            found.append((before, at))
            continue
        if citation.same_clip_as is not None:
            continue
        text = without_time_stamp(prose[index].text)
        lede = _scene_lede(claims, prose, index, quoted | cited, text)
        if lede is not None:
            found.append((lede, at))
            continue
        known = _KNOWN_CLIP.search(text) or REPOST.search(text)  # a copy: of a clip known
        # (a count alone, naming no clip of its own: not "The singer's post from hospital
        # has 2m likes")
        counted = any(m.kind != "followers" for m in citation.metrics)
        known = known or (counted and not ANY_CLIP.search(text))
        if not known or new_clip(text) or another_clip(text, "") or _SHOWN_HERE.match(text):
            continue
        opener = _item_opener(claims, prose, index, quoted | cited)
        if opener is not None:  # the scene opens the item: no clip before it is in play
            found.append((opener, at))
            continue
        if any(at - QUIET_BEFORE <= p < at for p in cited):
            continue  # a clip is in play: the reference may be to it
        scene = 0
        for claim in reversed(prose[max(0, index - SCENE_LINES - 1) : index]):
            line = without_time_stamp(claim.text)
            if claim.position in quoted or claim.position in cited:
                break
            if scene < SCENE_LINES and continues(line) is not None:
                scene += 1
                continue
            about_the_account = _ABOUT_THE_ACCOUNT.search(line) and not _KNOWN_CLIP.search(line)
            if account_line(line) or about_the_account:
                continue  # "Okabe, 26, streams as okabedrives to about 95,000 followers."
            if scene and _opens(claim, line) and not _another_kind(text, line):
                found.append((claim.position, at))
                before = prose[index_of[claim.position] - 1] if index_of[claim.position] else None
                if _KNOWN_CLIP.match(line) and before and before.position not in cited:
                    # "The stream, on Twitch, shows ..." speaks of a clip told just before
                    # it ("... ran onto the pitch while broadcasting live")
                    if _opens(before, without_time_stamp(before.text)):
                        found.insert(-1, (before.position, claim.position))
            break
    return found


# A line that starts on a clip as known ("That stitch has 400K likes", "It has 930,000
# likes", "Before it came down it had been watched ...")
_STARTS_ON_IT = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?:it\s+(?!(?:is|was)\s+(?:not|a|an|the)\b)|that\s+one\b|"
    r"(?:the|that|this|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?(?:video|clip|film|reel|"
    r"stream|livestream|duet|stitch|footage|recording|short|vlog|broadcast|tiktok|episode|"
    r"upload|package|version)s?\b)",
    re.I,
)
# A clip brought in, new: "a follow-up", "A separate teardown by ...", "stitching the
# moment on TikTok", "commissioned a three-minute YouTube film"
_BRINGS_IN_A_CLIP = re.compile(
    r"\b(?:a|an|one|another)\s+(?:[\w’'-]+\s+){0,3}?(?:video|clip|film|reel|stream|livestream|"
    r"duet|stitch|recording|vlog|broadcast|tiktok|teardown|follow-up|sequel|"
    r"compilation|montage|parody|remix|timelapse)\b|"
    r"\b(?:stitch|duett?|remix|film|stream|livestream)(?:ed|ing)\b(?!\s+(?:whispers|says))|"
    r"\bin\s+one\s+(?:video|clip|stream|livestream|reel|episode)\b",
    re.I,
)


def _told_just_before(prose: list[Claim], index: int, taken: set[int]) -> int | None:
    """The line just before a line that starts on a clip as known ("That stitch has 400K
    likes"), when that line brings a clip in and nothing cited it ("Chaudhry leaned in,
    stitching the moment on TikTok ..."): the clip meant is that one, the nearest, not an
    earlier clip in play."""
    if index == 0 or not _STARTS_ON_IT.match(without_time_stamp(prose[index].text)):
        return None
    claim = prose[index - 1]
    line = without_time_stamp(claim.text)
    if claim.position in taken or claim.position != prose[index].position - 1:
        return None
    if not _BRINGS_IN_A_CLIP.search(line) or _KNOWN_CLIP.match(line) or not _opens_prose(line):
        return None
    if CLIPS_IN_GENERAL.search(line) or account_line(line) or line[:1] in "'\"‘“":
        return None
    if continues(line) is not None:  # what the clip in play shows or says, not a clip
        return None
    return claim.position


def _opens_prose(text: str) -> bool:
    """The story's prose (not a subheading, a question, or words told to the reporter)."""
    return not (
        SUBHEADING.match(text)
        or text.rstrip().endswith("?")
        or told_afterwards(text)
        or INTERVIEW.search(text)
    )


# Who filmed what the lede told: "Dad-of-two Gary Pask, 44, filmed the farce from his front
# garden", "A commuter filmed it from the platform"
_FILMED_WHAT_WAS_TOLD = re.compile(
    FILMED_IT + "|"
    # (or the clip, by whom or where: "The clip was filmed by party volunteer Keeley
    # Sprot", "The madcap moment was filmed from the front pew by ...", "The 36-second clip
    # was posted on TikTok a week ago by ...", "The images, recorded with the smartphone
    # by ...")
    # ("The best of the clips was filmed by deckhand ...")
    r"^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:(?:best|pick|funniest)\s+of\s+the\s+"
    r"(?:clips|videos)|clip|video|footage|images|moment|scene|"
    r"recording)(?:\s+(?:was|were)\s+|,\s+)(?:filmed|recorded|shot|captured|posted|uploaded|"
    r"published)\b|"
    # (or someone caught it: "A passenger ... caught it on her phone and posted it")
    r"\bcaught\s+it\s+on\s+(?:camera|film|video|(?:his|her|their|a)\s+phone)\b|"
    # (or the scene as "this": "This was filmed at the dairy stall by stallholder ...")
    r"^(?:This|It)\s+was\s+(?:filmed|recorded|shot)\b",
    re.I,
)
# (or a past act on something: "A retired ferryman watched two gulls fight ...")
_PAST_ACT = re.compile(r"\b[a-z]{3,}ed\s+(?:two|three|the|a|an|his|her|their|its|him|them|it)\b")
_SEEN_DOING = re.compile(r"\b(?:is|are)\s+seen\s+[a-z]{3,}ing\b")  # "... is seen clambering onto"
_SHOUTED = re.compile(r"\b[A-Z]{2,}\b")  # a tabloid's capitals: "A COUNCIL pothole van"
# (or one thing moving somewhere, now: "A ... van lurches nose-first into a crater")
_MOVES_NOW = re.compile(
    # (past an aside and two adverbs: "A concert grand, on its side and strapped to a
    # trolley, rises very slowly past the windows of a glass lift")
    r"^(?:An?|One)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+(?:,\s+[^,.;]{1,60},)?\s+"
    r"(?!(?:is|has|was|says|goes)\b)[a-z]{3,}(?:es|s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:into|onto|across|through|along|past|over|down|up|out|off|towards?|"
    r"under|around)\b"
)


# (or someone acting now, after where: "At a wedding reception in Hollowmere, the father of
# the bride stands up for his speech", "A man in a grey suit sprays himself with ...")
_ACTS_IN_A_PLACE = re.compile(
    r"(?:^|,\s+)(?i:the|a|an|his|her|its|their|one)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?!(?:is|has|was|says|does|goes)\b)[a-z]{3,}(?<!ss)(?:s|es)\s+(?:up|down|out|off|on|in|into|"
    r"onto|through|across|with|past|over|himself|herself|themselves|itself)\b"
)


def _scene_lede(
    claims: Sequence[Claim], prose: list[Claim], index: int, taken: set[int], text: str
) -> int | None:
    """A lede that tells the clip by what it shows ("A COUNCIL pothole van lurches
    nose-first into a water-filled crater ...") before a line says who filmed it ("Dad-of-two
    Gary Pask, 44, filmed the farce ..."): the first line of the story or of a section of
    it, when it is such a scene and every line after it up to that one goes on with the
    scene."""
    start = _section_start(claims, prose, index) if _FILMED_WHAT_WAS_TOLD.search(text) else None
    if start is None or any(claim.position in taken for claim in prose[start:index]):
        return _item_scene(claims, prose, index, taken, text)
    lede = _SHOUTED.sub(lambda word: word[0].lower(), without_time_stamp(prose[start].text))
    if (
        TOLD_PAST.search(lede)
        or _PAST_ACT.search(lede)
        or not (
            scene(lede)
            or _MOVES_NOW.match(lede)
            or _SEEN_DOING.search(lede)
            or acts_now(lede)
            or _ACTS_IN_A_PLACE.search(lede)
        )
    ):
        # (not a report: "Passengers ... were forced to put up umbrellas ...")
        if not (start == _first_line(prose) > 0 and _GREETING.match(prose[start - 1].text)):
            return _item_scene(claims, prose, index, taken, text)
        if TOLD_PAST.search(lede) or _PAST_ACT.search(lede) or _PAST_MOVE.search(lede):
            return None  # (a newsletter's first item, after its greeting: any scene told now)
    return prose[start].position


# Who filmed or posted a numbered item's scene, told after it: "Its owner filmed the whole
# trip from the back of the board and posted it on TikTok", "His new wife posted the moment
# as a YouTube Short" (not a clip brought in: "A clip filmed by ... shows", "in a video the
# groom's brother later posted")
_FILMED_THE_ITEM = re.compile(
    r"\b(?:filmed|recorded|captured|caught)\s+(?:it|the\s+(?:whole\s+)?[a-z-]{3,})\b(?!\s+of\b)|"
    # (or whom the item's scene is of: "Landlord Craig Mottram filmed her during a league
    # match and posted the clip on Instagram", not "filmed her daughter")
    r"\b(?:filmed|recorded)\s+(?:him|her|them)\s+(?=during|at|from|on|in|as|while|and)\b|"
    r"\b(?:posted|put|uploaded)\s+(?:it|the\s+(?:moment|footage|whole\s+thing))\b"
)
_PAST_MOVE = re.compile(
    r"\b[a-z]{3,}ed\s+(?:onto|into|across|through|off|out|up|down|over|on|in|at|to|from|away|"
    r"past|around|along|back)\b"
)
_PASSIVE_NOW = re.compile(r"\b(?:is|are)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b")
_CLIP_BROUGHT_IN = re.compile(
    r"^(?:[^,]{0,30},\s+)?(?:in\s+)?(?:an?|one)\s+(?:[\w’'-]+\s+){0,2}?(?:video|clip|reel|film)\b",
    re.I,
)


def _item_scene(
    claims: Sequence[Claim], prose: list[Claim], index: int, taken: set[int], text: str
) -> int | None:
    """A numbered item of a round-up that tells its scene first, in any words ("A
    cosplayer in full plate armour drops to one knee ..." / "His girlfriend ... says yes by
    knighting him ..."), then who filmed it ("Her sister ... filmed it and put it on
    TikTok"): the item's first line, when nothing between was cited, told to the writer
    or told as past."""
    if not _FILMED_THE_ITEM.search(text) or _CLIP_BROUGHT_IN.search(text):
        return None
    for back in range(index - 1, max(-1, index - SCENE_LINES - 2), -1):
        claim = prose[back]
        line = without_time_stamp(claim.text)
        first = claim.position > 0 and is_item_heading(claims[claim.position - 1])
        if is_item_heading(claim) or not _opens_prose(line) or line[:1] in "'\"‘“":
            return None  # (past the item's start)
        if claim.position in taken and not first:
            return None  # (the first line may be cited already, as a scene alone)
        if first:
            lede = _SHOUTED.sub(lambda word: word[0].lower(), line)
            # (a move told in the passive now is no past: "A horseshoe, glowing orange, is
            # dropped into a bucket ..., fished out, reheated and dropped in again")
            moved = _PAST_MOVE.search(lede) and not _PASSIVE_NOW.search(lede)
            if TOLD_PAST.search(lede) or _PAST_ACT.search(lede) or moved:
                return None  # (news told as past: "A goat wandered onto the pitch ...")
            return None if CLIPS_IN_GENERAL.search(lede) else claim.position
    return None


def scene_before_maker(claims: Sequence[Claim], citations: Sequence[Citation]) -> dict[int, int]:
    """The lines between a scene's lede and the line that says who filmed it, each with
    the lede's position: _section_start took each for a line of the scene ("The bowman
    offers it half a sandwich. ... It does not leave."), though what one line alone says
    may not carry a thread on."""
    cited = {c.claim_position for c in citations}
    quoted = {p for c in citations for p in c.quote_claims}
    prose = [c for c in claims if not c.is_caption]
    index_of = {claim.position: i for i, claim in enumerate(prose)}
    between: dict[int, int] = {}
    for citation in citations:
        lede, index = citation.same_clip_as, index_of.get(citation.claim_position)
        if lede is None or index is None or lede not in index_of or index - index_of[lede] < 2:
            continue
        text = without_time_stamp(prose[index].text)
        if _scene_lede(claims, prose, index, (quoted | cited) - {lede}, text) == lede:
            between.update((claim.position, lede) for claim in prose[index_of[lede] + 1 : index])
    return between


# A note before the story itself: "Translated from the Italian original, published in ..."
_GREETING = re.compile(r"^(?:This\s+week|In\s+this\s+issue|Inside|Coming\s+up)\s*:")
_NOTE = re.compile(
    r"^(?:(?:Translated|Adapted)\s+from\b|By\s+[A-Z][\w’'-]+\s+[A-Z]|"
    # (or a newsletter's greeting and what the issue holds: "Hi all!", "Hello, fellow
    # sufferers.", "This week: a dialysis unit that found its voice, ...")
    r"(?:Hi|Hello|Hey|Morning|Good\s+morning|Dear)\b[^.!?]{0,40}[.!]?\s*$|"
    r"(?:This\s+week|In\s+this\s+issue|Inside|Coming\s+up)\s*:)"
)


def _section_start(claims: Sequence[Claim], prose: list[Claim], index: int) -> int | None:
    """The index in prose of the line that begins the story, or the section of it after a
    heading, that the line at index is in, when every line between goes on with a scene
    and no more than SCENE_LINES lie between."""
    low = max(-1, index - SCENE_LINES - 2 - SPOKEN_LINES)
    spoken = {
        low + 1 + i
        for i in spoken_lines([without_time_stamp(c.text) for c in prose[low + 1 : index]])
    }
    for back in range(index - 1, low, -1):  # (the start, past them)
        claim = prose[back]
        if back <= _first_line(prose):
            return back  # the story's first line, after any note
        if _after_heading(claims, claim):
            return back
        if back in spoken:
            continue  # words heard in the scene, over several lines
        if back < index - SCENE_LINES - 1 - sum(1 for i in spoken if i > back):
            return None
        line = without_time_stamp(claim.text)
        if continues(line) is None and not acts_now(line) and not GOING_ON.match(line):
            if THEY_ACT.match(line):
                continue
            if not NARRATED_NOW.search(line) or TOLD_PAST.search(line) or told_afterwards(line):
                return None
    return None


def _first_line(prose: list[Claim]) -> int:
    """The index of the story's first line past any notes (read up to SCENE_LINES deep:
    a scene lede lies no further in)."""
    for i, claim in enumerate(prose[: SCENE_LINES + 1]):
        if not _NOTE.match(claim.text):
            return i
    return SCENE_LINES + 1


# A scene told as a picture, with no verb of its own: "A heron standing perfectly still on
# a flooded football pitch while the goalposts disappear around it."
_STILL_SCENE = re.compile(
    r"^(?:An?|One|Two|Three|Four|Five|Six|Dozens\s+of|Hundreds\s+of)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?!(?:being|having|including|during|morning|evening|building|wedding|ceiling|thing)\b)"
    r"[a-z]{2,}ing\b"
    # or someone by role and name, acting now: "Primary teacher Callum Reyes takes the register"
    r"|^(?:[A-Z][a-z]+\s+)?[a-z]+\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s+(?!(?:is|has|was|says)\b)[a-z]{2,}s\b"
    # or a thing told by what was done to it, acting now: "A paper plane launched from the
    # top row of seats in the sports hall glides for 29 seconds"
    r"|^(?:An?|One)\s+(?:[\w’'-]+\s+){0,2}?[a-z]+\s+[a-z]{3,}ed\s+(?:from|into|off|onto|over|"
    r"across|by|at|in|on)\s[^.;,]{0,100}?\s(?!(?:is|has|was|says|does)\b)[a-z]{3,}[^s\W]s\b"
)


def _item_opener(
    claims: Sequence[Claim], prose: list[Claim], index: int, taken: set[int]
) -> int | None:
    """In a round-up of clips, an item that tells its clip's scene first and who filmed
    it after ("1. The goose who respects the Highway Code" / "In Ferrisdale, a Canada goose
    waits at a zebra crossing ..." / "Bus driver Olamide Brewster filmed it ..."): the
    position of the item's first line, when the lines between it and the reference are
    all scene and a heading comes just before it."""
    first = None
    for back in range(index - 1, max(-1, index - SCENE_LINES - 1), -1):
        claim = prose[back]
        line = without_time_stamp(claim.text)
        if claim.position in taken or (continues(line) is None and not _STILL_SCENE.match(line)):
            break
        first = claim
        if _after_heading(claims, claim):
            return first.position
    return None


def _after_heading(claims: Sequence[Claim], claim: Claim) -> bool:
    """A heading, and nothing else, is just before the line: a numbered item's heading, or
    a line that became no claim (a caps or title-case heading) between it and the line
    before. (A paragraph break alone leaves two characters between them.)"""
    before = claims[claim.position - 1] if claim.position > 0 else None
    if before is None:  # the story's first line: after a heading, or its lede
        return claim.start > _PARAGRAPH_GAP
    # (or a short line with no stop, which reads as a caption: "The plane that would not
    # come down" over a round-up's item)
    # (not a byline or a comment's header: "hollins-pete commented 3 days ago")
    short = before.is_caption and len(before.text.split()) <= _HEADING_WORDS
    short = short and before.text[:1].isupper() and not re.search(r"\d", before.text)
    return is_item_heading(before) or short or claim.start - before.end > _PARAGRAPH_GAP


_PARAGRAPH_GAP = 3
_HEADING_WORDS = 10


def _another_kind(reference: str, opener: str) -> bool:
    """The reference names a kind or a maker of clip the opener does not tell of."""
    return any(
        not re.search(rf"\b{re.escape(word)}", opener, re.I)
        for word in (m.group(0).lower() for m in _ANOTHER_KIND.finditer(reference))
    )


def _opens(claim: Claim, text: str) -> bool:
    """The line before a scene tells a clip, and is the story's prose (not a subheading,
    a question, or words told to the reporter)."""
    if not _opens_prose(text):
        return False
    # (or a clip spoken of as known, itself after the clip's first telling: "The stream,
    # on Twitch, shows ...")
    return bool(_TOLD_A_CLIP.search(text) or _KNOWN_CLIP.match(text))


def previous_clip(
    citations: Sequence[Citation], position: int, captions: set[int], window: int = 10
) -> int | None:
    """The clip a definite reference points back to: the latest citation in the prose
    before it. Captions are skipped: they sit wherever the photos were laid out."""
    for citation in reversed(citations):
        if position - citation.claim_position > window:
            return None
        if citation.claim_position in captions:
            continue
        if citation.same_clip_as is not None:
            return citation.same_clip_as
        return citation.claim_position
    return None


def same_clip(later: Citation, earlier: Citation) -> bool:
    """Nothing in a definite reference contradicts the clip cited before it."""
    vague = (None, "social media")
    platform_ok = later.platform in vague or earlier.platform in vague
    platform_ok = platform_ok or later.platform == earlier.platform
    creator_ok = later.creator is None or later.creator == earlier.creator
    return platform_ok and creator_ok
