"""A maker named by surname or first name alone, once the story has named them in full.

    makers_by_known_name(claims, citations)   fills `creator` on citing lines whose
                                              subject is someone named before
    person_named_before(text, before)         whose own clip "He has since put his own
                                              video ..." is, by the line before

"Corrie responded with a stitch of the Kestrel video", "Dobbs fired back in a second
TikTok from the airport", "Oyelaran was back at her window and filmed the same driver":
archiver.articles.stated reads one sentence, and a lone capitalised word opening it may
be anyone or anything ("Police", "Officials", "Kazzo"). The article tells them apart:
the word is the surname or the first name of a person it named in full before ("Bethan
Corrie, 31, who posts as ..."), and the sentence makes, posts or answers with a clip
rather than saying something about one, as its own next act ("Corrie said the video was
edited" and "Corrie has since learned the video was filmed by a customer" credit no one),
or tells of its own clip ("Corrie has not taken her video down").
The full name is the creator, as the story first gave it. Only a person: the story
gave an age, a title or a role with the full name, or the line speaks of the subject as
he or she (a brand "replied ... on its own Instagram account" is a body, whose own clips
credit no one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from archiver.articles.agents import role_word
from archiver.articles.claims import Claim, without_time_stamp
from archiver.articles.letters import CAPITAL, LOWER, MARKS
from archiver.articles.person_names import HONORIFICS, cleaned_name
from archiver.platforms import NAMED_PLATFORM


class Citation(Protocol):  # what this reads and fills
    claim_position: int
    creator: str | None


_LATER = r"(?:A|One|Two|Three|A\s+few)\s+(?:days?|weeks?|months?|years?)\s+later\s+"
# the sentence's subject, one capitalised word, past a short opening phrase ("In April,"),
# perhaps with a clause after it
_SUBJECT = re.compile(
    rf"^(?:[^,]{{1,30}},\s+|{_LATER})?(?P<word>[{CAPITAL}][\w{MARKS}’'-]+)(?=\s+[a-z]|,)"
)
# what the subject does with a clip, as its own next act (past "has", "then", "herself", or
# "was back at her window and"): makes it, puts it out, or answers with one; not "is seen"
# (one shown in the clip) nor "learned the video was filmed by a customer"
_MAKES = re.compile(
    r"\s+(?:(?:has|had|have|then|later|also|since|just|herself|himself|themselves)\s+){0,3}"
    r"(?:(?:was|were)\s+back\s+[^,.;]{0,40}?\s+and\s+)?"
    r"(?:filmed|recorded|posted|uploaded|shared|published|streamed|livestreamed|broadcast|stitched|"
    r"duetted|responded|replied|answered|fired\s+back|hit\s+back|went\s+live|"
    r"put\s+(?:it|the\s+\w+)\s+(?:on|up))\b(?!\s+by\b)"
)
# or the subject's own clip told in the same clause: "Reardon has not taken his video down",
# "Agnieszka told us her live peaked at 2,600", "Whitlock has ended his second stream",
# "Tripathi has since edited the caption of her reel" (past a clause set off by commas:
# "Nguyen-Harris, who has 145,000 followers, said her video ..."). The words between are
# small ones, or a day, month or platform: another capitalised word may be whose it is
# ("Corrie said Dobbs had deleted his video") ...
_DAY_MONTH_OR_PLATFORM = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    rf"August|September|October|November|December|{NAMED_PLATFORM}"
)
_OWN_CLIP_AFTER = re.compile(
    r"(?:,\s+(?:[^,.;:]|(?<=\d)[,.](?=\d)){1,60},)?"
    rf"(?:,?\s+(?:[a-z][\w’'-]*|{_DAY_MONTH_OR_PLATFORM}|\d[\d,.]*)){{1,12}}?\s+(?:her|his)\s+"
    r"(?:(?:own|new|latest|next|second|first|third|follow-up|original|reply|last)\s+){0,2}"
    r"(?:video|clip|reel|post|stream|live|livestream|upload|footage|vlog|TikTok)s?\b"
)
# ... not when another may be whose it is: "Corrie told him his video was fake", "Corrie
# said the man had deleted his video", "Corrie, Dobbs said, had deleted his video"
_SOMEONE_ELSES = re.compile(
    r"\b(?:him|them|(?:said|says|told|tells|claimed|claims|thinks|thought)\s+(?:that\s+)?"
    r"(?:the|a|an)\s+[a-z]+|(?:said|says|told|tells),)"
)
# Two to four capitalised words: a full name as a story first gives it
_NAME_WORD = rf"[{CAPITAL}][{LOWER}][\w{MARKS}’'-]*"  # ("Kätlin": any small letter second)
_FULL_NAME = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\b")
_AGE_AFTER = re.compile(r"\s*,\s*\d{1,3}\s*,")  # "Bethan Corrie, 31, ..."
_AGE_BEFORE = re.compile(r"(?:\d{1,3}|[a-z]+)-year-old\s+$", re.I)  # "19-year-old Amara ..."
_SHE_OR_HE = re.compile(r"\b(?:she|he|her|his|him|herself|himself)\b", re.I)
_ITS = re.compile(r"\b(?:its|their)\s+own\b|\bits\b", re.I)
# words that open a sentence or a place, not a name's first word
_NOT_FIRST = frozenset(
    "The A An In On At By For From After Before When While This That These Those His Her "
    "Their Its Our My Your One Last Next Since Until".split()
)


def _add_names(text: str, parts: dict[str, set[str]], people: set[str]) -> None:
    """Each first and last word of the full names in `text`, with the names as written
    (cleaned only when a line's subject asks for them: a sentence of hundreds of names is
    read once); `people` gets those the text tells as a person's by an age or a title or a
    role before them."""
    for found in _FULL_NAME.finditer(text):
        words = found["name"].split()
        while words and words[0] in _NOT_FIRST:
            words.pop(0)
        owner = [i for i, word in enumerate(words[:-1]) if re.search(r"[’']s$", word)]
        if owner:  # whose the person is: "Liberal Reform's Colin Marsh"
            del words[: owner[-1] + 1]
        if len(words) < 2:
            continue
        whole = " ".join(words).removesuffix("’s").removesuffix("'s")
        near = text[max(0, found.start() - _NEAR) : found.start()]  # (not the whole line)
        before = near.split()[-1:]
        if (
            _AGE_AFTER.match(text, found.end())
            or _AGE_BEFORE.search(near)
            or words[0] in HONORIFICS
            or role_word(words[0])
            or (before and (role_word(before[0]) or before[0] in HONORIFICS))
        ):
            people.add(whole)
        named = words
        if len(words) > 2 and (words[0] in HONORIFICS or role_word(words[0])):
            named = words[1:]  # (the first name past a title: "Stallholder Agnieszka Obi")
        for word in {words[0], named[0], words[-1].removesuffix("’s").removesuffix("'s")}:
            parts.setdefault(word, set()).add(whole)


_NEAR = 40  # characters before a name read for an age or a role


def _person(whole: str, text: str, people: set[str]) -> str | None:
    """The name as a person is credited ("Transport Minister Helen Gatwick" -> Helen
    Gatwick), or None."""
    name = cleaned_name(whole, text)
    if name is None or len(name.split()) < 2:
        return None
    if name != whole:
        people.add(name)  # (an office or a role was dropped: a person)
    if whole in people:
        people.add(name)
    return name


def makers_by_known_name(claims: Sequence[Claim], citations: list[Citation]) -> None:
    """Fill the maker of citing lines that state none, by a name told in full before."""
    by_position = {c.claim_position: c for c in citations if c.creator is None}
    parts: dict[str, set[str]] = {}  # the names told so far (read once, in order)
    people: set[str] = set()
    for claim in claims:
        citation = by_position.get(claim.position)
        if citation is not None:
            citation.creator = _maker(without_time_stamp(claim.text), parts, people)
        _add_names(claim.text, parts, people)


def _maker(text: str, parts: dict[str, set[str]], people: set[str]) -> str | None:
    named = _named_in_line(text)
    if named is not None:
        return named
    found = _SUBJECT.match(text)
    if found is None or _ITS.search(text):
        return None
    at, own = found.end("word"), _OWN_CLIP_AFTER.match(text, found.end("word"))
    if own is not None and _SOMEONE_ELSES.search(own[0]):
        own = None  # ("Corrie told him his video was fake": his)
    if not _MAKES.match(text, at) and own is None:
        return None  # neither the subject's own act nor its own clip
    full = {_person(whole, text, people) for whole in parts.get(found["word"], ())} - {None}
    if len(full) != 1:  # (two who share a surname: the line does not say which)
        return None
    name = full.pop()
    return name if name in people or _SHE_OR_HE.search(text) else None


# a person named in full who makes the clip, told as a person by a role or an age: "The
# neighbour, Joris Verhulst, put the clip on Facebook", "Kerry Dobb, 38, filmed ...", "filmed
# across the forecourt by customer Rafael Ibarra", "A Facebook post by Westbrook mother
# Karen Dalloway" (not "Kerry-Ann Mostyn, in the front row, filmed ...": nothing tells a
# person from a brand there, and the rules or the model read such lines)
_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
_NAMED_SUBJECT = re.compile(
    rf"^(?:(?!The\s)[^,]{{1,30}},\s+)?(?:The\s+(?P<role>[a-z]+),\s+)?(?:[A-Z][a-z]+\s+)?{_NAME}"
    r"(?:,\s+[^,]{1,40},|,)?\s+(?=[a-z])"
)
_MADE_BY_NAMED = re.compile(
    r"\b(?:filmed|posted|shared|uploaded|recorded|streamed|post|video|clip|reel)\s+"
    rf"(?:[^.;,]{{0,40}}?\s)?by\s+(?:(?:[A-Z][a-z]+\s+)?[a-z]+\s+){{1,2}}{_NAME}"
)


def _named_in_line(text: str) -> str | None:
    """A person named in full in the line as the one who made or put out its clip."""
    found = _MADE_BY_NAMED.search(text)
    if found is not None:  # by a role and a name: "by customer Rafael Ibarra"
        between = text[found.start() : found.start("name")].split()[-3:]
        person = any(w.islower() and role_word(w.capitalize()) for w in between)
    else:
        found = _NAMED_SUBJECT.match(text)
        if found is None or not _MAKES.match(text, found.end() - 1):
            return None
        role = found["role"]  # "The neighbour, Joris Verhulst, ..."
        person = bool(
            _AGE_AFTER.match(text, found.end("name")) or (role and role_word(role.capitalize()))
        )
    if not person or _ITS.search(text) or re.search(r"[’']s$", found["name"]):
        return None
    name = cleaned_name(found["name"], text)
    return name if name is not None and len(name.split()) > 1 else None


# a line opening on he or she putting out their own clip: "He has since put his own video
# of the float on YouTube, filmed from the cab"
_PRONOUN_OWN = re.compile(
    r"^(?:[^,]{0,30},\s+)?(?:He|She)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:put|posted|uploaded|shared|filmed|made|released|published)\s+(?:his|her)\s+own\b"
)


def person_named_before(text: str, before: str) -> str | None:
    """The person whose own clip a line opening on "He" or "She" puts out, when the line
    before names them in full as its subject, told as a person by a role or an age ("The
    milkman, Osian Barraclough-Vey, told me he fitted the speaker ..."), or None: the
    pronoun is theirs, not the last clip's maker's."""
    if not _PRONOUN_OWN.match(text):
        return None
    found = _NAMED_SUBJECT.match(before)
    if found is None:
        return None
    role = found["role"]
    if not (_AGE_AFTER.match(before, found.end("name")) or (role and role_word(role.capitalize()))):
        return None
    name = cleaned_name(found["name"], before)
    return name if name is not None and len(name.split()) > 1 else None
