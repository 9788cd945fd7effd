"""Dates as articles write them: "3 March 2024", "March 3, 2024", "06-05-2025", "2024".

parse_date(text) -> ISO date, or None when absent or ambiguous
date_stated(text, published) -> the date given for a clip ("posted on 3 June"), ISO
"""

from __future__ import annotations

import datetime
import re

# Dates: the article's own, and the date a clip was posted (archiver.articles.stated)
NUMERIC_DATE = r"\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-\d{2}-\d{2}"
# "sep" and "sept" both mean September; month numbers follow the order of the groups.
_MONTH_GROUPS = "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|"
_MONTH_GROUPS += "september sep sept|october oct|november nov|december dec"
_MONTHS = {
    name: number
    for number, group in enumerate(_MONTH_GROUPS.split("|"), start=1)
    for name in group.split()
}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
WORD_DATE = (
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?|"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|{_MONTH}\s+\d{{4}}"
)
DATE = re.compile(rf"(?<!\d)(?:{NUMERIC_DATE})(?!\d)|\b(?:{WORD_DATE})\b", re.I)


def parse_date(text: str, default_year: int | None = None) -> str | None:
    """An ISO date (YYYY-MM-DD, or YYYY-MM for "March 2024") from one date expression.
    Numeric dates where day and month could be swapped (06-05-2025) give None."""
    text = text.strip().lower().replace(",", " ")
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})", text):
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        if a > 12 >= b:
            return _iso(year, b, a)
        if b > 12 >= a:
            return _iso(year, a, b)
        return _iso(year, a, b) if a == b else None
    words = re.findall(r"[a-z]+|\d+", text)
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit()]
    year = next((n for n in numbers if n > 31), default_year)
    day = next((n for n in numbers if n <= 31), None)
    if month is None or year is None:
        return None
    return _iso(year, month, day) if day else f"{year:04d}-{month:02d}"


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


# The acts of publishing a clip (archiver.articles.stated reads its makers by them too)
PUBLISH_VERB = (
    r"(?:shared|posted|uploaded|published|live-?streamed|streamed|broadcast|re-?posted|"
    r"filmed|recorded)"
)
_DATED = re.compile(  # a date next to the act of posting: "uploaded on 3 March 2024"
    rf"\b(?:{PUBLISH_VERB}|circulat\w+|went viral|from|dated)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:on|in|from)?\s*(?P<date>{NUMERIC_DATE}|{WORD_DATE}|\d{{4}}\b)",
    re.I,
)


def date_stated(text: str, published_at: str | None) -> str | None:
    """A date attached to the clip ("posted on 3 June", "a video from March 2024"); a
    day without a year takes the article's year. Relative days ("on Monday") give None."""
    year = int(published_at[:4]) if published_at else None
    found = _DATED.search(text)
    if not found:
        return None
    date = found["date"]
    if re.fullmatch(r"\d{4}", date):
        return date if 1990 < int(date) < 2100 else None
    return parse_date(date, default_year=year)
