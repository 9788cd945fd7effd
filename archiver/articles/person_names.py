"""Whether a run of capitals a pattern found is someone's name, and the name as credited.

    cleaned_name(name, text)        titles and roles dropped; None for a body or a group
    inside_other_words(text, s, n)  a fragment of a longer run, a date or two sentences
    a_person(noun)                  "driver", "woman": a noun that names a person
    full_name(name, texts)          "Ms Dorrity" as the article names her in full
    after_a_place(text, at, name)   "in Luoshan, China, a user ...": a place, not a name
    creator_alias(text, creator)    the other name beside the one found ("@x (aka Mei)")
    names_acting(creator, alias, t) the words by which a clip's people may act in it
    quoted_around(text, start, end) the quoted name a found name stands in
    last_person_in(line)            the last person a line names in full (for "he posted it")
    person_just_named(text, at)     the last one named in the few lines before line `at`

archiver.articles.stated finds candidate names by the patterns news copy uses to say who
made a clip; this module decides what of each candidate is a name.
"""

from __future__ import annotations

import re

from archiver.articles.accounts import is_organisation
from archiver.articles.agents import (
    GIVEN_NAMES_LIKE_ROLES,
    KIN,
    ROLE_WORDS,
    SENTENCE_ADVERBS,
    role_word,
)
from archiver.articles.claims import STOPPED_TITLES
from archiver.articles.copies import A_COPY
from archiver.articles.scene import OUTSIDE
from archiver.platforms import NAMED_PLATFORM

# honorifics, which news copy puts before a surname on second mention ("Ms Baptiste")
HONORIFICS = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. "
    # kept literal in translated copy: "Dona Albertina Covas", "druh Kamil Wrona", "Pak Darto"
    "Dona Senhor Senhora Druh Pani Herr Frau Signora Señora Pak Bu Ibu Bapak Mbah Seu Dom "
    "Kyrios Kyria Anh Chị Ông Bà Shri Smt Sri Ato Woizero Weizero Woizerit Alhaji Alhaja "
    "Bibi Sardar Sardarni Kumari Mudane Marwo Malam Mallam Malama Hajiya Mas Mbak "
    # ("Mnr Orry Callister" from the Manx, "Ki Bagus Sutrisno" a Javanese puppet master,
    # "Reb Yoel-Hirsh" from the Yiddish, "Anaanatsiaq Lucy" from the Inuktitut, "Misis
    # Dorcas Waninga" from the Tok Pisin, "Mnu Lwazi Shandu" from the Zulu)
    "Mnr Ven Ki Nyi Reb R' R’ Anaanatsiaq Inutuqaq Misis Mista Mnu Nkk Nksz "
    # a teacher's or a faith's title, worn before the name: "Sifu Graham Lo-Bennett"
    "Sifu Sensei Imam Pastor Rabbi Sheikh Guru Swami".split()
)
# A title before a name is not part of it: "DJ Marta Solé", "Ms Baptiste" (Baptiste)
TITLES = (
    HONORIFICS
    | frozenset(
        "DJ MC Chef Councillor Cllr MP MEP MSP MLA TD Rep Sen Rep. Sen. Gov. Gov Cllr. Rev Rev. "
        "Sir Dame".split()
    )
    # (with or without the stop: "Ku. Gauri Deshpande", "Sig. Rossi", "Pte Ryan")
    | frozenset(STOPPED_TITLES)
    | frozenset(f"{title}." for title in STOPPED_TITLES)
)
NOT_NAMES = frozenset(
    "The A An He She It They This That These Those In On At Also Who Which His Her Their "
    "Its One Another And But Then When While After Before I We You Said Says There Here What "
    # no one in particular: "Someone has also reposted the melt to Reddit"
    "Someone Somebody Anyone Anybody Everyone Everybody Nobody "
    # the one spoken to or speaking, contracted: "Q: You've started filming your own"
    "You've You’ve You're You’re I've I’ve I'm I’m We've We’ve They've They’ve "
    # words that open a sentence as adverbs: "First, a Reddit user shared ..."
    "First Second Third Next Last Finally Later Earlier Meanwhile Elsewhere Now Today "
    "Still Yet However Instead Afterwards Lastly Firstly "
    # days and months, which own clips only as dates ("Sunday's video"); not the months
    # that are also names (May, June, April, August)
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March July "
    "September October November December".split()
)
# A capitalised word that ends a sentence and the one opening the next: "in Harbury. She"
_SENTENCE_BREAK = re.compile(r"\b(?P<word>[A-Z]?[a-z]{2,})\.\s+[A-Z]")
_AFTER_CAPITAL = re.compile(r"(?:\b[A-Z][\w’'-]*|\d)\s+$")


# Offices and ranks that stand before a name as titles do
_OFFICES = frozenset(
    "Captain Capt Capt. Sergeant Sgt Sgt. Lieutenant Lt Lt. Colonel Col Col. Major General "
    "Admiral Commander Inspector Constable PC DC DS DI Superintendent Magistrate Judge "
    "Justice Sheriff Marshal Chief Father Pastor Bishop Rabbi Imam Reverend Lord Lady "
    "Senator Governor Mayor Minister Chancellor President Professor".split()
)
# Family before a name, as tabloids write it: "Wife Shelley, 41, filmed the voyage"
# (not words that are also given names: "Son Heung-min", "Nana Mensah")
_FAMILY = frozenset(
    "Wife Husband Mum Mother Dad Father Daughter Brother Sister Partner Boyfriend "
    "Girlfriend Fiancee Fiancée Gran Grandma Granny Grandad Grandpa Aunt Auntie Uncle "
    "Cousin".split()
)
_PLATFORM_ROLES = frozenset("YouTuber TikToker Instagrammer Creator".split())


_SAINT = re.compile(r"\b(?:St\.?|Saint)\s+$")


def inside_other_words(text: str, start: int, name: str) -> bool:
    """A "name" that is no one's: it runs across the end of a sentence ("... in Harbury.
    She first posted"), or one word that ends a longer run of capitals or follows a
    number, a place or a date ("in Penrith Quay, posted", "On 2 August, a tourist
    filmed")."""
    if any(f"{b['word']}." not in TITLES for b in _SENTENCE_BREAK.finditer(name)):
        return True  # (not a title's stop: "State Sen. Mara Quill")
    if _SAINT.search(text, 0, start):
        return True  # a place named for a saint: "the class at St Aidan's Hall"
    before = _AFTER_CAPITAL.search(text[:start])
    if " " in name.strip() or before is None:
        return False
    # (a role before a one-word name is no run of capitals: "YouTuber MrTravel posted")
    word = before.group(0).strip()
    return word not in ROLE_WORDS and word not in TITLES and word not in _PLATFORM_ROLES


# A platform's name, or one of its products ("YouTube Shorts", "Facebook Live"): no one
_A_PLATFORM = re.compile(rf"(?:{NAMED_PLATFORM})(?:\s+(?:Shorts|Live|Reels?|Spotlight|Stories))?")


def cleaned_name(name: str, text: str) -> str | None:
    """A name found by a pattern as the creator would be credited, or None when it is no
    one's: titles and roles before it dropped, a body of people or a group refused."""
    name = name.rstrip(".’'")
    if re.search(r"[’']s$", name):
        return None  # "filmed by Adaeze's brother": whose brother, not the poster
    words = name.split()
    owner = next((i for i, w in enumerate(words[:-1]) if re.search(r"s[’']$", w)), None)
    if owner is not None and is_organisation(" ".join(words), text):
        return None  # "the Hollin Vale Residents' Association": a body, not the residents
    if owner is not None:  # "streamer KazzyPlays' Twitch broadcast": the owner, not the place
        words = words[: owner + 1]
        words[-1] = words[-1].rstrip("’'")
    if words and words[-1] in FEASTS:
        return None  # "his April Fool's video": a date, as "Sunday's video" is
    while words and words[-1] in NOT_NAMES:
        words.pop()
    if len(words) > 2 and re.search(r"-(?:based|born|raised)$", words[0]):
        words.pop(0)  # "Bristol-based Jasper Oyelaran-Hughes": where he lives
    # an age or a family told before the name: "Nineteen-year-old Amara Osei-Bonsu",
    # "Gran-of-four Maureen"
    if len(words) > 1 and re.fullmatch(r"[\w]+-(?:year-old|month-old|of-\w+)", words[0], re.I):
        words.pop(0)
    while len(words) > 1 and words[0] in SENTENCE_ADVERBS | _DATE_OPENERS | _IMPERATIVES:
        # "When Callum Breen, ..., filmed himself", "On Thursday Roe, who has ..., posted":
        # no name's first words
        words.pop(0)
    if _A_PLATFORM.fullmatch(" ".join(words)):
        return None  # "On Bilibili, a food vlogger known as ...": where, not who
    while len(words) > 1 and _A_PLATFORM.fullmatch(words[0]):
        words.pop(0)  # ("the well-known woman of YouTube Sahra Maxamuud Jaamac")
    # ("State Sen. Dana Whitcombe": an office of two words)
    while len(words) > 1 and (words[0] in TITLES or (words[0] == "State" and words[1] in TITLES)):
        words.pop(0)
    # a role, office or occupation before a name of two words at least ("Singer
    # Lena Hoff"); "Bryan Singer" keeps his name
    if len(words) > 2 and role_word(words[0]):
        while len(words) > 2 and role_word(words[0]):  # ("Leading Hand Kayla Osei-Brandt")
            words.pop(0)
    elif (
        len(words) == 2
        and (words[0] in ROLE_WORDS - GIVEN_NAMES_LIKE_ROLES or words[0] in _FAMILY)
        and text.lstrip().startswith(name)  # ("Porter Robinson")
    ):
        words.pop(0)  # "Singer Marguerite posted ...": one name, and the role opening the line
    elif len(words) > 3 and role_word(words[1]):
        del words[:2]  # an office of two words: "Housing Minister Declan Orrow"
    # an office named by a title inside a longer run: "National Renewal MP Dominic
    # Faversham", "District Magistrate Anil Kushwaha", "Captain Bilgiç"
    office = [i for i, word in enumerate(words[:-1]) if word in TITLES or word in _OFFICES]
    if office and (len(words) - office[-1] > 2 or words[office[-1]] in _OFFICES | TITLES):
        del words[: office[-1] + 1]
    if len(words) == 1 and (words[0] in TITLES or words[0] in _OFFICES):
        return None  # "the town's MP, who filmed her own video": an office, no name
    if words and words[-1].lower() in OUTSIDE:
        return None  # "Severn Valley Police posted a video": a body of people
    if words and is_organisation(" ".join(words), text) and not A_COPY.search(text):
        # "by the rice brand Golden Harvest": a body posting its own; but a copy
        # of someone else's clip is a repost, credited to whoever reposted it
        return None
    if len(words) == 1 and a_group(words[0]):
        return None  # "Witnesses, who were on the bridge, filmed": no one's name
    if words and words[0] not in NOT_NAMES:
        return " ".join(words)
    return None


FEASTS = frozenset("Fool Fools Valentine Valentines Christmas Easter Halloween Eve Day".split())
# People named as a group, which open a sentence capitalised like a surname would
GROUPS = frozenset(
    "witnesses neighbours neighbors locals residents fans students parents children people "
    "crowds tourists passengers volunteers campaigners others many some both several staff "
    "police families friends guests pupils spectators supporters".split()
)


# People as a story first meets them, beside the roles and occupations of role_word
PEOPLE = frozenset(
    "man woman boy girl child kid teen teenager youngster toddler baby lad lass person "
    "couple family friend relative witness bystander wife husband son daughter sister "
    "brother cousin uncle aunt niece nephew mother father grandson granddaughter "
    "local neighbour neighbor resident user".split()
)


def a_person(noun: str) -> bool:
    """A noun that names a person ("driver", "woman"), not a thing ("trampoline")."""
    return noun.lower() in PEOPLE or role_word(noun.capitalize())


def a_group(word: str) -> bool:
    """A plural of people ("Witnesses", "Firefighters", "Onlookers"), not a surname."""
    lower = word.lower()
    return lower in GROUPS or (lower.endswith("s") and role_word(word[:-1]))


# a column's imperative before a name: "Compare Ffion Rees-Marlow, a councillor, whose ..."
_IMPERATIVES = frozenset("Compare Consider Take Meet See Watch Look".split())
_DATE_OPENERS = frozenset(
    "On In At By Last This Next Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March July September October November December".split()
)


def full_name(name: str, texts: list[str]) -> str:
    """ "Ms Dorrity" as the person the article names in full ("Aileen Dorrity"), the
    surname alone where it gives no full name, or the name as it was."""
    words = name.split()
    if len(words) == 3 and words[0] in HONORIFICS:
        # "Dr Kwabena Asante-Mills": the name, as the labels give it (not a name posted
        # under, "Miss Pan Talks Beauty")
        return " ".join(words[1:])
    if len(words) != 2 or words[0] not in HONORIFICS:
        return name
    surname = re.escape(words[1])
    given = re.compile(
        rf"(?<![\w’'-])(?!(?:{'|'.join(map(re.escape, TITLES))})\s)[A-Z][\w’'-]+\s+{surname}\b"
    )
    for text in texts:
        found = given.search(text)
        if found is not None:
            return found.group(0)
    return words[1]


# A place and its country or region before a name: "in Luoshan, China, a Kuaishou user"
# (not a person there in apposition: "A baker in Leeds, Amy Holt, filmed ...")
_AFTER_A_PLACE = re.compile(
    r"(?:(?P<head>[\w-]+)\s+)?\b(?i:in|at|from|near|outside)\s+[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)*,\s+$"
)
# the first words of a country or region's name of two words: "New Zealand", "South Korea"
_PLACE_FIRST = frozenset(
    "New South North East West United Saudi Sri Costa Puerto Hong El San".split()
)


def after_a_place(text: str, start: int, name: str) -> bool:
    """The name at `start` follows a place in apposition and is where, not who: one word
    ("China", "Italy") or a country's two ("New Zealand"); two names after a person's
    noun are the person's ("A baker in Leeds, Amy Holt,")."""
    # (read from a little way back: a run of long words before would make it slow)
    place = _AFTER_A_PLACE.search(text[max(0, start - 120) : start])
    # (in apposition, so a comma after it: not "At Glastonbury, Maya Frost filmed ...")
    if place is None or not text[start + len(name) :].startswith(","):
        return False
    words = name.split()
    if len(words) == 1 or words[0] in _PLACE_FIRST:
        return True
    return not (place["head"] and a_person(place["head"]))


_ALIAS_AFTER = re.compile(  # "@lanternfish88 (aka Mei Tan)", "Dee, or dee.films"
    r"\s*(?:\((?:aka|a\.k\.a\.?|also known as|real name|known as)\s+(?P<paren>[^)]{2,40})\)"
    r"|[’”\"']?,?\s+(?:or|aka|a\.k\.a\.)\s+(?P<plain>@?[\w.]{2,30}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    # a display name beside the handle: "@grannygoals81 under the name Granny Goals"
    r"|\s+under\s+the\s+name\s+(?P<display>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}))"
)
_HANDLE_AFTER = re.compile(r"\s*\((?P<paren>@[\w.]{2,30})\)")


def creator_alias(text: str, creator: str | None) -> str | None:
    """The other name a creator is given beside the one found: a display name next to
    a handle, or a handle next to a name; both are kept so either can be checked."""
    if not creator:
        return None
    at = text.find(creator)
    if at < 0:
        return None
    rest = text[at + len(creator) :]
    found = _ALIAS_AFTER.match(rest) or _HANDLE_AFTER.match(rest)
    if not found:
        return None
    groups = found.groupdict()
    alias = (groups.get("paren") or groups.get("plain") or groups.get("display") or "").strip()
    return alias.rstrip(".,") or None


def names_acting(creator: str | None, alias: str | None, text: str) -> set[str]:
    """The words a creator goes by ("Priya Nair" -> Priya, Nair), and the surnames of the
    people a citing line names in full ("a clip ... showed Transport Minister Sorin
    Dobre telling a commuter" -> Dobre): either may act in the clip by name."""
    found = " ".join(filter(None, [creator, alias]))
    named = {word for word in re.findall(r"[A-Z][\w’'-]+", found) if len(word) > 1}
    people = re.finditer(r"(?<!^)(?<![.:—] )\b[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+", text)
    kin = {found["name"] for found in _KIN_NAMED.finditer(text)}  # "as daughter Poppy sang"
    return named | kin | {found.group(0).split()[-1] for found in people}


# Someone in the scene by a given name after a family word: "as daughter Poppy sang"
_KIN_NAMED = re.compile(rf"\b{KIN}\s+(?P<name>[A-Z][a-z’'-]+)\b(?!\s+[A-Z])")


# A name in quotes, past a word a pattern could not start on: "A Kuaishou user, 'Frugal
# Lao Chen', posted ..."
_QUOTED_NAME = re.compile(r"(?<![\w’'])[‘'\"“](?P<name>[A-Z][^’'\"”\n]{1,40}?)[’'\"”](?!\w)")


def quoted_around(text: str, start: int, end: int) -> str:
    """The whole quoted name the words at start:end stand in, or ""."""
    for found in _QUOTED_NAME.finditer(text, max(0, start - 40), min(len(text), end + 2)):
        if found.start("name") <= start and found.end("name") >= end - 1:
            return found["name"]
    return ""


# A capitalised word that begins no one's name: an article, a pronoun, a sentence's first
# word ("But Jordan has had the last laugh")
NOT_A_NAME = frozenset("The A An His Her Their Its It In On At This That".split()) | (
    SENTENCE_ADVERBS
)
# kin a tabloid puts before a name, as it does a role ("Son Jordan Platt, 27, ...")
_KIN_BEFORE_A_NAME = frozenset({"Son", "Mum", "Dad"})
# (nor a time: "Last November she went live on TikTok"; "May" is a given name too)
_A_TIME = frozenset(
    "January February March April June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_FULL_NAME = re.compile(
    r"(?<![\w’'-])(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+(?:\s+(?:van|de|von|le|da|di)\s+|\s+)"
    r"[A-Z][\w’'-]+(?![\w’'-])"
)
# The last word of a place's name, which is no one's: "Elmstead Road", "Norland Crown Court"
_PLACE_HEADS = frozenset(
    "Road Street Avenue Lane Court Park Square Hall House Bridge Station Airport Hospital "
    "School Church Arena Stadium Centre Center Market Harbour River Bay Hill Hills Valley "
    "Island Beach Way Close Drive Gardens Theatre Museum Cathedral Castle Row Place Terrace "
    "Crescent Mews Quay Wharf".split()
)
# Someone named by whose they are, not by their name: "Kingfisher Lass's owner" (not kin:
# "Binder Clementine Oyedele-Fraser's partner filmed her" is labelled hers)
_SOMEONE_OF_IT = re.compile(r"\s+(?:owners?|boss|manager|keeper|skipper|captain|employer)\b", re.I)
PERSON_WITHIN = 3  # lines before a clip "he posted" where its maker may be named


def person_just_named(text: dict[int, str], opener: int) -> str | None:
    """The last person named in full in the few lines before `opener`, with any role
    before the name dropped, or None."""
    for position in range(opener - 1, opener - PERSON_WITHIN - 1, -1):
        name = last_person_in(text.get(position, ""))
        if name is not None:
            return name
    return None


def last_person_in(line: str) -> str | None:
    """The last person named in full in `line`, with a role or a relation before the name
    dropped; not a time, a place or a body."""
    for found in reversed(list(_FULL_NAME.finditer(line))):
        if found.group(0).endswith(("’s", "'s")) and _SOMEONE_OF_IT.match(line, found.end()):
            continue  # ("Q: And Kingfisher Lass's owner?": the owner is someone else)
        words = re.sub(r"[’']s$", "", found.group(0)).split()  # ("Jo Kemp's review")
        while (
            len(words) > 2
            and (role_word(words[0]) or words[0] in _KIN_BEFORE_A_NAME)
            and words[1][0].isupper()
        ):
            words.pop(0)  # "Keeper Tom Hale", "Son Jordan Platt"; not "Pieter de Smet"
        if len(words) > 2 and re.fullmatch(r"\w+-(?:year|month)-old", words[0], re.I):
            words.pop(0)  # "Sixteen-year-old Callum Bright-Osei": his age, not his name
        if len(words) > 2 and words[0] in SENTENCE_ADVERBS:
            words.pop(0)  # "But Bethan Cadwallader-Mee, whose family ...": the sentence's
        name = " ".join(words)
        if words[0] in NOT_A_NAME or words[-1] in _PLACE_HEADS or words[-1] in _A_TIME:
            continue
        if re.search(r"\bthe\s+$", line[: found.start()]):  # "told the Millbrook Mercury"
            continue
        if re.search(r",\s+\d{1,3},\s+(?:of|from)\s+$", line[: found.start()]):
            continue  # where someone lives: "Kieran Doyle, 27, of Ashby Terrace, Larchfield"
        if not is_organisation(name, line):
            return name
    return None
