"""Text features shared by the link stage and the checks: words and terms for
comparing speech with print, TF-IDF vectors, who a clip's poster is, which platform a
capture came from, and where quoted words are heard.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from archiver.platforms import extractors_of
from archiver.text import fold_quotes, name_key

QUOTE_MATCH_THRESHOLD = 0.75  # letters in common, quote vs heard words

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
STOPWORDS = frozenset(
    """a an and are as at be been but by can could did do does for from had has have he her
    his i if in into is it its just me my no not of on or our she so that the their them then
    there these they this to up us was we were what when where which who will with you your
    shows show shown seen video videos clip clips footage tiktok tiktoker post posted shared
    social media one another also said says""".split()
)
_NUMBERS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "twenty": "20", "hundred": "100",
}  # fmt: skip


# Print and speech recognition spell these either way: "we're" is heard as "we are".
_CONTRACTIONS = {"'re": " are", "'m": " am", "'ve": " have", "'ll": " will", "n't": " not"}
_CONTRACTIONS |= {"'d": " would", "it's": "it is", "that's": "that is", "there's": "there is"}
_CONTRACTIONS |= {"he's": "he is", "she's": "she is", "what's": "what is", "let's": "let us"}


def _expand(word: str) -> str:
    if word in _CONTRACTIONS:
        return _CONTRACTIONS[word]
    if word in ("can't", "won't"):
        return {"can't": "can not", "won't": "will not"}[word]
    for ending, full in _CONTRACTIONS.items():
        if ending.startswith(("'", "n")) and word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)] + full
    return word


def words(text: str) -> list[str]:
    """Lower-case words with numbers as digits and contractions spelled out, for
    matching speech against print."""
    found = []
    for word in _WORD.findall(fold_quotes(text).lower()):
        for piece in _expand(word).split():
            found.append(_NUMBERS.get(piece, piece))
    return found


def _stem(word: str) -> str:
    for suffix in ("ing", "ies", "es", "ed", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def terms(text: str) -> list[str]:
    return [_stem(word) for word in words(text) if word not in STOPWORDS and len(word) > 1]


@dataclass(frozen=True)
class Span:
    transcript_id: int
    start: float
    end: float
    text: str
    score: float


class Vectors:
    """TF-IDF over the documents being compared, with a smoothed IDF."""

    def __init__(self, documents: Iterable[list[str]]):
        docs = list(documents)
        frequency = Counter(term for doc in docs for term in set(doc))
        self.idf = {t: math.log((len(docs) + 1) / (n + 1)) + 1 for t, n in frequency.items()}

    def vector(self, tokens: list[str]) -> dict[str, float]:
        counts = Counter(tokens)
        return {t: c * self.idf.get(t, math.log(2) + 1) for t, c in counts.items()}

    @staticmethod
    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        dot = sum(weight * b.get(term, 0.0) for term, weight in a.items())
        norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
        return dot / norm if norm else 0.0


def clip_people(clip: dict, account: dict) -> list[str]:
    """The names a clip's poster goes by: uploader, ids, display name, handle."""
    names = (
        clip.get("uploader"),
        clip.get("uploader_id"),
        account.get("display_name"),
        account.get("handle"),
    )
    return list(dict.fromkeys(name for name in names if name))


def creator_matches(named: str, people: list[str]) -> bool:
    """ "Hugh Chongqing" is @hughchongqing is "hugh_chongqing"."""
    key = name_key(named)
    return bool(key) and any(name_key(person) == key for person in people)


def platform_matches(named: str | None, extractor: str) -> bool | None:
    """True or False when the claim names a platform we can check, else None."""
    expected = extractors_of(named)
    if not expected or extractor.lower() == "generic":  # a page, not a platform: no verdict
        return None
    return extractor.lower() in expected


@dataclass(frozen=True)
class QuoteMatch:
    """How a quotation was heard: where, the words heard, how close (0-1, letters in
    common), and the words that differ ("is a -> in the"). `exact` only when every
    word was heard as written: anything else is a near miss, never agreement."""

    span: Span
    score: float
    heard: str
    differing: list[str]

    @property
    def exact(self) -> bool:
        return not self.differing

    def describe(self) -> str:
        if self.exact:
            return f"heard as written: '{self.heard}'"
        return (
            f"nearly heard ({self.score:.2f}): '{self.heard}'; differs: {'; '.join(self.differing)}"
        )


def _differences(wanted: list[str], heard: list[str]) -> list[str]:
    found = []
    for op, a0, a1, b0, b1 in SequenceMatcher(None, wanted, heard, autojunk=False).get_opcodes():
        if op != "equal":
            said, written = " ".join(heard[b0:b1]) or "nothing", " ".join(wanted[a0:a1])
            found.append(f"'{written or 'nothing'}' heard as '{said}'")
    return found


def match_quote(quote: str, timed_words: list[tuple[float, float, str, int]]) -> QuoteMatch | None:
    """Where in the clip the quoted words are said, by their word timestamps.

    Compared letter by letter over runs of heard words, not word by word: speech
    recognition slips on short words ("is a" heard as "in the"), and a quote should
    still be found when the rest of it is heard right; the slips are kept, so a near
    miss is shown as one."""
    wanted = " ".join(words(quote))
    heard = [w[2] for w in timed_words]
    count = len(wanted.split())
    if not wanted or not heard:
        return None
    best, best_at, best_size = 0.0, 0, count
    for size in {max(1, count - 2), count - 1, count, count + 1, count + 2} - {0}:
        for start in range(0, max(1, len(heard) - size + 1)):
            candidate = " ".join(heard[start : start + size])
            ratio = SequenceMatcher(None, wanted, candidate, autojunk=False).ratio()
            if ratio > best:
                best, best_at, best_size = ratio, start, size
    if best < QUOTE_MATCH_THRESHOLD:
        return None
    run = timed_words[best_at : best_at + best_size]
    text = " ".join(w[2] for w in run)
    span = Span(run[0][3], run[0][0], run[-1][1], text, round(best, 3))
    return QuoteMatch(span, round(best, 3), text, _differences(wanted.split(), text.split()))
