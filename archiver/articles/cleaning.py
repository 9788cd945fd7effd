"""Rules for article text whatever its source: normalise lines, drop leaked code and
furniture, split off a plain-text header, cut the boilerplate tail, and tell prose from
captions and headings.

    clean_text_lines(lines) -> (body lines, header lines)
    line_kind(line)         -> "prose", "caption" or "heading"
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from archiver.platforms import NAMED_PLATFORM

HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|h[1-6]|article|section|blockquote|iframe|script|style|"
    r"figure|figcaption|img|table|head|body)\b[^>]*>",
    re.I,
)

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
# (a name starts where a word does: tried inside one, the run read the rest of the word at
# every letter, and a 100,000-letter "word" took a minute)
_ATTRIBUTE_RUN = re.compile(r"""(?:\s*(?<![\w:-])[\w:-]+\s*=\s*"[^"]{0,5000}"){2,100}[\s\w:-]*>""")
_SENTENCE_END = re.compile(r"[.!?…][\s\"'’”)\]»]*$")
# A standalone line that is furniture wherever it appears.
_JUNK_LINE = re.compile(
    r"(?:advertisement|sponsored|ad|logo|share|share this (?:article|story)|previous|next|"
    r"scroll down for (?:video|more)|continue reading(?: below)?|story continues below.*|"
    r"skip (?:ad|advert)|loading\.*|image \d+ of \d+|\d+\s*/\s*\d+|[\W\d_]*)",
    re.I,
)
# Headings after which nothing belongs to the article.
_FINAL_HEADING = re.compile(
    r"(?:comments?(?: \(\d+\))?|\d+ comments?|(?:leave|post|add) a (?:comment|reply)|"
    r"share or comment on this article|download (?:the|our) app|get (?:the|our) app|"
    r"sign up for .*newsletter.*|newsletter|about the author|more from [\w .&'-]{1,40})\W*",
    re.I,
)
# Headings of a list of other stories: inline (a box mid-article) or a tail.
_RELATED_HEADING = re.compile(
    r"(?:related(?: (?:articles?|stories|news|content|coverage|reading|posts|links|videos|"
    r"topics))?|read (?:more|next|also)|also read|see also|more on this story|"
    r"you (?:may|might) also (?:like|be interested in)|recommended(?: for you| reading| "
    r"stories)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|"
    r"top stories|latest (?:news|stories)|around the web)\W*",
    re.I,
)
_TIME_AGO = re.compile(r"\b(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month)s? ago\b", re.I)


def normalise_line(line: str) -> str:
    line = unicodedata.normalize("NFC", line).translate(_INVISIBLE)
    line = _ATTRIBUTE_RUN.sub(" ", line)  # residue of an <iframe ...> in pasted text
    line = HTML_TAG.sub(" ", line)
    line = re.sub(r"^\s*[-•*▪►]\s+", "", line)  # a list bullet
    return " ".join(line.split())


def _looks_like_code(line: str) -> bool:
    """CSS or JavaScript that leaked into the text: braces and semicolons between few
    words, or one long token (minified code, base64)."""
    words = line.split()
    braces = line.count("{") + line.count("}")
    punctuation = braces + line.count(";")
    if braces >= 2 and punctuation >= 4 and punctuation >= 0.25 * len(words):
        return True
    if re.search(r"\bfunction\s*\(|=>|\b(?:var|let|const)\s+\w+\s*=|\bwindow\.\w+", line):
        return line.count(";") >= 2
    return len(words) <= 2 and len(line) > 80


def _is_prose(line: str) -> bool:
    if _KICKER_HEADLINE.match(line):
        return False  # "Fact check: Does the mayor's video show ...?" is a headline
    return len(line.split()) >= 8 and bool(_SENTENCE_END.search(line))


_KICKER_HEADLINE = re.compile(
    r"^(?:fact[\s-]?check|analysis|explainer|live|watch|opinion|comment|review|exclusive|"
    r"in\s+pictures|pictured)\s*:\s+[^\n]*[^.\s]$",
    re.I,
)


# A note on where the text comes from, printed above the headline of a translated or
# syndicated story ("This article was first published in French by ...", "Translated
# from a Thai-language report in ..."): prose, but not where the story begins
_SOURCE_NOTE = re.compile(
    r"(?:this\s+(?:article|report|story|piece)\s+(?:was\s+|has\s+been\s+)?(?:first|originally)\s+"
    r"(?:published|appeared|ran)|(?:this\s+(?:article|report|story|piece)\s+(?:was|has\s+been)\s+)?"
    r"translated\s+(?:from|into)|(?:editor|translator)[’']s\s+note)\b",
    re.I,
)


def clean_text_lines(
    raw_lines: Iterable[str], *, split_header: bool = True
) -> tuple[list[str], list[str]]:
    """General rules for article text, returning (body lines, header lines).

    Header: short non-prose lines (logo, nav, title, outlet and date) before the first
    prose line near the top; only for plain text, HTML markup says what is what.
    Tail: a "Comments" or "Download the app" heading ends the article; a "Related
    articles" heading ends it too when a list of other stories follows (repeated
    headlines, "3 hours ago", a long list), and otherwise is an inline box
    whose headlines are dropped. Trailing furniture lines are trimmed."""
    lines = [line for line in map(normalise_line, raw_lines) if line]
    lines = [line for line in lines if not _looks_like_code(line)]
    lines = [line for line in lines if not _JUNK_LINE.fullmatch(line)]
    first_prose = next(
        (i for i, line in enumerate(lines) if _is_prose(line) and not _SOURCE_NOTE.match(line)),
        None,
    )
    header: list[str] = []
    if split_header and first_prose is not None and first_prose <= 10:
        header, lines = lines[:first_prose], lines[first_prose:]
        notes = [line for line in header if _SOURCE_NOTE.match(line)]
        if notes:  # the note stays in the text; the headline after it is the header
            header = [line for line in header if line not in notes]
            lines = notes + lines
    body: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if len(body) >= 2 and _FINAL_HEADING.fullmatch(line):
            break
        if len(body) >= 2 and _RELATED_HEADING.fullmatch(line):
            end = next((j for j in range(i + 1, len(lines)) if _is_prose(lines[j])), None)
            if end is None or _is_story_list(lines[i + 1 : end]):
                break
            i = end  # an inline box of headlines: skip it, the article goes on
            continue
        body.append(line)
        i += 1
    while body and _is_furniture(body[-1]):
        body.pop()
    return body, header


def _is_story_list(box: list[str]) -> bool:
    """The lines between a "Related" heading and the next prose list other stories
    (and the prose is theirs) when headlines repeat, carry "3 hours ago", or run long.
    A short box of headlines is an inline box inside the article. Word overlap with the
    article does not tell them apart: related stories share its vocabulary."""
    repeated = len(set(box)) < len(box)
    return repeated or len(box) > 8 or any(_TIME_AGO.search(line) for line in box)


def _is_furniture(line: str) -> bool:
    """A trailing line that is not a statement: "Try Our AI Features", "Share:"."""
    if _SENTENCE_END.search(line) or EMBED_CREDIT.match(line):
        return False
    return len(line.split()) < 5 or line.endswith(":") or line_kind(line) == "heading"


_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with vs".split())


# What an issue holds, told before any of it: "This week: a Mini that went for a swim, the
# most boring livestream in Britain and ...": each item is told again below
CONTENTS = re.compile(
    r"^(?:[^.!?]{0,40}[.!?]\s+)?(?:This\s+week|Today|This\s+issue|In\s+this\s+(?:issue|edition|"
    r"email|newsletter)|Also\s+inside|Inside|Coming\s+up)\s*:\s",
    re.I,
)
# A note from the desk in brackets, no claim of the story's: "(Reporting by Kari Lunde;
# editing by Tomas Berg)", "(Translated from the Japanese; originally published in ...)"
EDITORS_NOTE = re.compile(
    r"^\([^()]*\b(?:translated|reporting|editing|writing|originally\s+published|first\s+"
    r"published|corrects|updates)\b[^()]*\)\.?$",
    re.I,
)
# A bulletin's furniture, a claim but no clip's: "Weather: showers clearing ...", "That's
# the news; there's more at the top of the hour.", "More news at eight on Coastline FM."
BULLETIN_LINE = re.compile(
    r"^(?:weather|traffic|sport|travel)\s*:|^that'?s\s+(?:the|all\s+the)\s+news\b|"
    # the bulletin's next item: "Now the weather, and ...", "Sport now, and ...", "And the
    # weather: a dry night ..."
    r"^(?:and\s+)?now\s+(?:for\s+)?(?:the\s+)?(?:weather|traffic|sport|travel)\b|"
    r"^(?:the\s+)?(?:weather|traffic|sport|travel)\s+now\b|"
    r"^(?:and\s+)?the\s+(?:weather|traffic|sport|travel)\s*:|"
    r"^(?:more|the\s+next)\s+(?:news|bulletin)\s+(?:is\s+)?(?:at|on|in)\b",
    re.I,
)


# A photograph's credit closing a line, after a sentence: the line is a caption
_CREDITED = re.compile(
    r"[.!?]\s+\(?(?:Photo|Photograph|Picture|Image)s?\s*:\s*[^.!?:]{1,60}\)?\.?$", re.I
)


# An embed's credit line under a clip in tabloid copy: "Credit: TikTok/@luisabakesbadly",
# "Video: YouTube/Gareth Pennywhistle". Short, but a claim: it names the clip's platform
# and maker.
EMBED_CREDIT = re.compile(
    rf"^(?:(?:video\s+)?credit|video|source|via)\s*:\s*(?P<platform>{NAMED_PLATFORM})\s*/\s*"
    # (not a platform, a screenshot or a picture agency: "Credit: Twitter/X", "Credit:
    # TikTok/screengrab", "Credit: Instagram/Getty Images"; an agency after "via" is cut)
    rf"(?!(?:{NAMED_PLATFORM}|screen\s*grab|screenshot|screengrab|getty|swns|jam\s+press|"
    r"reuters|ap|afp|pa|alamy|shutterstock|supplied|handout|social\s+media)\b)"
    r"(?P<maker>@?[\w.’'-]+(?:\s+(?!via\b)[\w.’'-]+){0,3})(?:\s+via\s+[^/]{1,40})?\s*$",
    re.I,
)


def line_kind(line: str) -> str:
    """ "prose" (split into sentences), "caption" (one claim) or "heading" (no claim).

    A caption is a line that is a statement without a final full stop: photo captions
    in news copy ("Chongqing is one of the world's most polluted cities"). Short lines,
    Title Case lines and lines ending with a colon are headings or furniture."""
    line = line.strip()
    if EDITORS_NOTE.match(line):
        return "heading"
    if EMBED_CREDIT.match(line):
        return "caption"
    if _CREDITED.search(line) and len(line.split()) >= 5:
        return "caption"  # "Sandbags on Mill Row on Monday. Photograph: Dylan Hughes"
    words = line.split()
    capitalised = [w for w in words if w.lower() not in _SMALL_WORDS and w[:1].isalpha()]
    # Headings are short; a long line full of names is a caption ("A view of Chongqing
    # Xiyong Comprehensive Bonded Zone in the city's ... Industrial Park").
    title_case = bool(capitalised) and len(words) <= 12
    title_case = title_case and sum(w[:1].isupper() for w in capitalised) >= 0.8 * len(capitalised)
    if _SENTENCE_END.search(line):
        return "heading" if line.endswith("?") and title_case and len(words) <= 10 else "prose"
    if line.endswith(":") or len(words) < 5 or title_case:
        return "heading"
    if len(words) > 60 or re.search(r"[.!?][’”'\"]?\s+[‘“'\"]?[A-Z]", line):
        return "prose"  # several sentences in one paragraph, just missing the last stop
    return "caption"
