"""Text folded for comparison, the same way everywhere.

Copies of one story differ in typography (curly or straight quotes, dashes, spacing),
and a person goes by "Hugh Chongqing", "@hughchongqing" or "hugh_chongqing": what
compares such strings lives here, so the articles and evidence stages agree.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

import Stemmer  # PyStemmer: the Snowball stemmers, in C

# One character for one, so offsets into the folded text are offsets into the original.
_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‛": "'", "′": "'", "`": "'", "“": '"', "”": '"', "„": '"', "″": '"'}
)
_DASHES = str.maketrans({"–": "-", "—": "-", "−": "-"})


@functools.lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def stems(words: Iterable[str]) -> list[str]:
    """English word stems, in order: "pulls" and "pulling" are "pull", "stampede" and
    "stampeding" "stamped", so a word matches its other forms."""
    return _stemmer().stemWords(list(words))


def fold_quotes(text: str) -> str:
    """Typographic quote marks as plain ' and ", character for character."""
    return text.translate(_QUOTES)


def comparable(text: str) -> str:
    """`text` with quotes, dashes, width, case and spacing folded: for finding words
    quoted from one copy of a story in another."""
    text = unicodedata.normalize("NFKC", text)
    text = fold_quotes(text).translate(_DASHES)
    return " ".join(text.split()).casefold()


def name_key(name: str) -> str:
    """One key for the ways a person is written: "Hugh Chongqing", "@hughchongqing",
    "hugh_chongqing" and "hugh.chongqing" all give "hughchongqing"."""
    return re.sub(r"[\W_]", "", name.casefold().lstrip("@"))


def same_person(a: str, b: str) -> bool:
    """ "Bakare" and "Tunde Bakare" are one creator: a surname alone is how news copy
    names someone after the first mention."""
    if name_key(a) == name_key(b):
        return True
    short, full = sorted((a.split(), b.split()), key=len)
    return len(short) == 1 and len(full) > 1 and name_key(full[-1]) == name_key(short[0])


def one_person(a: str, b: str) -> bool:
    """One creator, named in full once and by surname or, in a tabloid, by first name
    ("Kelly Barraclough" ... "Kelly later posted")."""
    short, full = sorted((a.split(), b.split()), key=len)
    first_name = len(short) == 1 and len(full) > 1 and name_key(full[0]) == name_key(short[0])
    return same_person(a, b) or first_name


def shorten(value: object, limit: int = 80) -> str:
    """`repr(value)` cut to about `limit` characters: a value quoted in an error message
    may come from a hostile file, and must not make the message megabytes long."""
    shown = repr(value)
    if len(shown) <= limit:
        return shown
    return f"{shown[: limit - 1]}… ({len(shown)} characters)"


# A spreadsheet reads a cell starting with one of these as a formula (tab and carriage
# return too: some programs skip them and read what follows).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_safe(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text instead of evaluating: a string that
    would start a formula gets a leading apostrophe (OWASP's advice). Numbers and
    other values are left alone, so -3 stays a number."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        if not _PLAIN_NUMBER.fullmatch(value):  # "-3.5" read back from a CSV is a number
            return "'" + value
    return value


@functools.lru_cache(maxsize=8192)
def name_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern built from a name, compiled once: re's own cache holds 512 patterns, and an
    article of thousands of named clips builds more than that (a 3,000-line live blog spent
    a quarter of its time compiling the same patterns again)."""
    return re.compile(pattern, flags)
