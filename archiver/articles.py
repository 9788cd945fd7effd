"""Articles in, claims and citations out: the pure text side of `archiver ingest`.

    read_article(source, data)  -> Article    decode, sniff HTML, extract the main text,
                                              metadata and the clip URLs it links or embeds
    split_claims(article)       -> [Claim]    sentences (pysbd) and photo captions
    find_citations(claims, ...) -> [Citation] the claims that cite a clip
    extract_citations(article)  -> both of the above
    normalize_clip_url(url), url_platform(url): which links are clips, in canonical form

No I/O and no network here: the caller reads the file or URL and records the rows.

What counts as citing a clip (documented here because precision depends on it): a claim
cites a clip when it points at a particular clip, or a particular set of clips, as the
source of what it says:

* a specific media mention: "one video", "a separate clip", "the footage", "in a TikTok
  video", "another clip, shared on X, ...";
* plural or mass media ("videos", "footage") only when they are what shows something
  ("Videos posted to social media show how ..."), when someone publishes them ("locals
  have shared videos of themselves ..."), or when a named platform carries them
  ("footage circulating on Weibo");
* a single creator doing something on camera or in a post ("TikToker Hugh Chongqing
  said", "one content creator recorded his shift");
* someone posting on a named platform ("posted an update on X"), people filmed ("were
  filmed chanting"), a clip's audience ("3.2 million likes"), a clip URL or an @handle.

General references are not citations: a genre of videos with nothing shown ("the videos
shared on social media offering a glimpse of the lives they lead", "seeing all these
cyberpunk videos"), a platform as a place ("iconic thanks to TikTok"), plural creators
("scores of content creators"). Sentences that go on describing a clip without naming
it ("the man films himself washing his face") are content claims, not citations: the
linker ties them to a clip by proximity. Still images and a follower count alone are not
clips either.

A definite reference just after a citation ("The video shows ...", "The TikToker also
records ...") is a citation whose `same_clip_as` is the *claim position* of the citation
it refers back to. Sentences that carry on a cited quotation are not cited again: they
are attached to the citation (`quote_claims`, `quote_more`).
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import re
import unicodedata
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from archiver.errors import ArchiverError

# ---------------------------------------------------------------------------------------
# Errors


class ArticleError(ArchiverError):
    status = "bad_article"


class EmptyArticle(ArticleError):
    status = "empty_article"


class BinaryArticle(ArticleError):
    status = "binary_file"


class NotUTF8(ArticleError):
    status = "not_utf8"


class NoText(ArticleError):
    """HTML (or text) in which nothing is left once boilerplate is removed."""

    status = "no_text"


# ---------------------------------------------------------------------------------------
# Data


@dataclass
class Article:
    source: str  # path or URL as given
    kind: str  # "html" or "text"
    outlet: str | None
    title: str | None
    published_at: str | None  # ISO date, or None when absent or ambiguous
    text: str  # cleaned main text, one paragraph or caption per line
    sha256: str  # of `text` in UTF-8: same text, same hash, so re-ingesting adds nothing
    links: list[str] = field(default_factory=list)  # clip-like URLs, absolute, deduplicated
    # Where in `text` each link appeared (anchor text, or the end of the paragraph before
    # an embed), so a link can be given to the claim that cites it.
    link_offsets: dict[str, int] = field(default_factory=dict)
    captions: list[str] = field(default_factory=list)  # caption lines known from markup


@dataclass
class Claim:
    position: int  # 0-based, in text order
    text: str
    start: int  # character offsets into Article.text
    end: int
    is_caption: bool = False


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
    # A definite reference ("the video shows ...") to a clip cited just before.
    same_clip_as: int | None = None
    # Following claims that carry on this citation's quote, and their speech.
    quote_claims: list[int] = field(default_factory=list)
    quote_more: str | None = None

    @property
    def resolved(self) -> bool:
        return self.url is not None


# ---------------------------------------------------------------------------------------
# Decoding: bytes -> str, or a clear error

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/EPUB)"),
    (b"\x1f\x8b", "gzip data"),
    (b"OggS", "Ogg media"),
    (b"RIFF", "RIFF media"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM media"),
    (b"ID3", "MP3 audio"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_bytes(
    source: str, data: bytes, content_type: str | None = None, encoding: str | None = None
) -> str:
    """Decode article bytes. UTF-8 (with or without BOM), UTF-16/32 with a BOM, or a
    charset the server or page declares; anything else is refused, naming its likely
    encoding. Guessing silently would change the text (and its sha256) with the guesser's
    version, and corrupt quotes that are evidence."""
    if not data.strip():
        raise EmptyArticle(f"{source}: empty article")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryArticle(f"{source}: binary file ({what}), not article text")
    if data[4:8] == b"ftyp":
        raise BinaryArticle(f"{source}: binary file (MP4/QuickTime media), not article text")
    if encoding:
        text = _decode_as(source, data, encoding, "given")
    else:
        bom = next((name for bom, name in _BOMS if data.startswith(bom)), None)
        if bom:
            text = _decode_as(source, data, bom, "BOM")
        elif b"\x00" in data[:8192]:
            raise BinaryArticle(f"{source}: binary file (NUL bytes), not article text")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as error:
                declared = _declared_charset(data, content_type)
                if not declared or codecs.lookup(declared).name == "utf-8":
                    raise NotUTF8(_not_utf8_message(source, data, error)) from None
                text = _decode_as(source, data, declared, "declared")
    if len(_CONTROL.findall(text[:8192])) > max(2, len(text[:8192]) // 100):
        raise BinaryArticle(f"{source}: binary file (control characters), not article text")
    if not text.strip():
        raise EmptyArticle(f"{source}: empty article")
    return text


def _decode_as(source: str, data: bytes, encoding: str, why: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        raise ArticleError(f"{source}: unknown encoding {encoding!r} ({why})") from None
    except UnicodeDecodeError as error:
        raise NotUTF8(
            f"{source}: not valid {encoding} text ({why}): byte 0x{data[error.start]:02x} "
            f"at offset {error.start}"
        ) from None


def _declared_charset(data: bytes, content_type: str | None) -> str | None:
    found = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.I)
    name = found.group(1) if found else None
    if not name and (meta := _META_CHARSET.search(data[:4096])):
        name = meta.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def _not_utf8_message(source: str, data: bytes, error: UnicodeDecodeError) -> str:
    message = f"{source}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
    try:  # only a hint for the user, never used to decode
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
    except Exception:  # noqa: BLE001 - a failed guess must not hide the real error
        best = None
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        return f"{message}; it looks like {best.encoding}: convert it to UTF-8 or give encoding"
    return message + "; convert it to UTF-8 or give its encoding"


# ---------------------------------------------------------------------------------------
# Reading an article

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|section)\b",
    re.I | re.S,
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|h[1-6]|article|section|blockquote|iframe|script|style|"
    r"figure|figcaption|img|table|head|body)\b[^>]*>",
    re.I,
)


def looks_like_html(text: str, content_type: str | None = None) -> bool:
    """By content, not by file name: a declared HTML type, an HTML start, or many tags."""
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type in ("text/html", "application/xhtml+xml"):
        return True
    if _HTML_START.match(text[:4096]):
        return True
    head = text[:20000]
    return len(_HTML_TAG.findall(head)) >= max(5, len(head) // 500)


def read_article(
    source: str, data: bytes, content_type: str | None = None, *, encoding: str | None = None
) -> Article:
    """Decode `data` (the bytes of `source`), extract its main text and metadata."""
    raw = decode_bytes(source, data, content_type, encoding)
    if looks_like_html(raw, content_type):
        article = _read_html(source, raw)
    else:
        article = _read_text(source, raw)
    if not any(_line_kind(line) != "heading" for line in article.text.split("\n")):
        what = "HTML" if article.kind == "html" else "text"
        raise NoText(f"{source}: {what} with no article text")
    return article


def _make_article(source: str, kind: str, lines: list[str], **meta: object) -> Article:
    text = "\n".join(lines)
    return Article(
        source=source,
        kind=kind,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        **meta,  # type: ignore[arg-type]
    )


def _host(source: str) -> str | None:
    parts = urllib.parse.urlsplit(source)
    if parts.scheme in ("http", "https") and parts.hostname:
        return parts.hostname.removeprefix("www.")
    return None


def _read_text(source: str, raw: str) -> Article:
    lines, header = clean_text_lines(raw.split("\n"))
    title, outlet, published = _header_metadata(header)
    article = _make_article(
        source,
        "text",
        lines,
        outlet=outlet or _host(source),
        title=title,
        published_at=published,
    )
    article.links = _unique_clip_urls(_URL_IN_TEXT.findall(article.text))
    article.link_offsets = _link_offsets(article, [])
    return article


# ---------------------------------------------------------------------------------------
# Plain text rules: normalise lines, drop code, header junk and a trailing boilerplate tail

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_ATTRIBUTE_RUN = re.compile(r"""(?:\s*[\w:-]+\s*=\s*"[^"]*"){2,}[\s\w:-]*>""")
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


def _normalise_line(line: str) -> str:
    line = unicodedata.normalize("NFC", line).translate(_INVISIBLE)
    line = _ATTRIBUTE_RUN.sub(" ", line)  # residue of an <iframe ...> in pasted text
    line = _HTML_TAG.sub(" ", line)
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
    return len(line.split()) >= 8 and bool(_SENTENCE_END.search(line))


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
    lines = [line for line in map(_normalise_line, raw_lines) if line]
    lines = [line for line in lines if not _looks_like_code(line)]
    lines = [line for line in lines if not _JUNK_LINE.fullmatch(line)]
    first_prose = next((i for i, line in enumerate(lines) if _is_prose(line)), None)
    header: list[str] = []
    if split_header and first_prose is not None and first_prose <= 10:
        header, lines = lines[:first_prose], lines[first_prose:]
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
    if _SENTENCE_END.search(line):
        return False
    return len(line.split()) < 5 or line.endswith(":") or _line_kind(line) == "heading"


_NUMERIC_DATE = r"\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-\d{2}-\d{2}"
# "sep" and "sept" both mean September; month numbers follow the order of the groups.
_MONTH_GROUPS = "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|"
_MONTH_GROUPS += "september sep sept|october oct|november nov|december dec"
_MONTHS = {
    name: number
    for number, group in enumerate(_MONTH_GROUPS.split("|"), start=1)
    for name in group.split()
}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WORD_DATE = (
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?|"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|{_MONTH}\s+\d{{4}}"
)
_DATE = re.compile(rf"(?<!\d)(?:{_NUMERIC_DATE})(?!\d)|\b(?:{_WORD_DATE})\b", re.I)


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
    import datetime

    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _header_metadata(header: list[str]) -> tuple[str | None, str | None, str | None]:
    """Title, outlet and date from the lines above a plain-text article. The title is a
    line repeated (aggregators print it twice) or else the longest line; the outlet is
    what stands next to a date ("Daily Mail06-05-2025")."""
    title = outlet = published = None
    for line in header:
        if (found := _DATE.search(line)) and published is None and outlet is None:
            published = parse_date(found.group(0))
            rest = line[: found.start()] + " | " + line[found.end() :]
            parts = [p.strip() for p in re.split(r"\s[-–—·•|]\s|\|", rest)]
            names = [p for p in parts if p and not re.match(r"(?i)by\s", p)]
            if names and len(names[-1].split()) <= 5:
                outlet = names[-1]
    candidates = [line for line in header if len(line.split()) >= 4 and not _DATE.search(line)]
    repeated = [line for line in candidates if candidates.count(line) > 1]
    if repeated or candidates:
        title = (repeated or sorted(candidates, key=len, reverse=True))[0]
    return title, outlet, published


# ---------------------------------------------------------------------------------------
# HTML: trafilatura for the main text and metadata, lxml for embeds, links and captions

_EMBED_BLOCKQUOTE = re.compile(r"tiktok|twitter|instagram|facebook|embed|reddit|bluesky", re.I)
_NON_CONTENT_TAGS = ("nav", "header", "footer", "aside")
_NON_CONTENT_CLASS = re.compile(
    r"(?:^|[-_])(?:related|recommend\w*|promo\w*|sidebar|nav|navigation|share|sharing|"
    r"newsletter|comments?|outbrain|taboola|trending|most-?(?:read|popular)|"
    r"site-?(?:header|footer))(?:$|[-_])",
    re.I,
)


_HIDDEN = (
    "//*[@hidden or contains(translate(@style, ' ', ''), 'display:none') or "
    "contains(@class, 'visually-hidden') or contains(@class, 'sr-only') or "
    "contains(@class, 'screen-reader') or contains(@class, 'offscreen')]"
)


@dataclass
class _FoundLink:
    url: str
    anchor: str | None  # the link's own text, for <a>
    context: str  # text of the paragraph holding it, or before the embed


def _read_html(source: str, raw: str) -> Article:
    import lxml.html
    import trafilatura

    # lxml refuses a str that still declares its byte encoding (XHTML's <?xml ...?>).
    raw = re.sub(r"\A\s*<\?xml[^>]*\?>", "", raw)
    try:
        doc = lxml.html.document_fromstring(raw)
    except Exception as error:  # noqa: BLE001 - lxml raises several kinds on junk
        raise NoText(f"{source}: HTML with no text ({error})") from None
    base = doc.xpath("string(//base/@href)") or (source if _host(source) else "")
    for element in doc.xpath(_HIDDEN):  # "Image caption, " for screen readers only
        element.drop_tree()
    found = _html_links(doc, base)
    captions = _captions_to_paragraphs(doc)
    for element in doc.xpath("//blockquote | //iframe | //embed | //object"):
        if element.tag != "blockquote" or _is_embed_blockquote(element):
            element.drop_tree()  # an embedded post's text is not the article's
    cleaned = lxml.html.tostring(doc, encoding="unicode")
    try:
        extracted = trafilatura.bare_extraction(
            cleaned,
            url=source if _host(source) else None,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
        )
    except Exception:  # noqa: BLE001 - a page trafilatura chokes on still has text blocks
        extracted = None
    text = (_doc_get(extracted, "text") or "") if extracted is not None else ""
    title = _doc_get(extracted, "title")
    if not text.strip():  # trafilatura found nothing: fall back to every text block
        text = "\n".join(_block_texts(doc))
    lines, _ = clean_text_lines(text.split("\n"), split_header=False)
    if lines and title and lines[0].casefold() == " ".join(title.split()).casefold():
        lines = lines[1:]  # the headline is metadata, not a claim
    article = _make_article(
        source,
        "html",
        lines,
        outlet=_doc_get(extracted, "sitename") or _host(source),
        title=title,
        published_at=_iso_or_none(_doc_get(extracted, "date")),
        captions=[c for c in captions if c in lines],
    )
    printed = _unique_clip_urls(_URL_IN_TEXT.findall(article.text))
    article.links = _unique([link.url for link in found] + printed)
    article.link_offsets = _link_offsets(article, found)
    return article


def _doc_get(document: object, name: str) -> str | None:
    value = document.get(name) if isinstance(document, dict) else getattr(document, name, None)
    return value if isinstance(value, str) and value.strip() else None


def _iso_or_none(value: str | None) -> str | None:
    return value if value and re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", value) else None


def _is_embed_blockquote(element) -> bool:  # noqa: ANN001 - an lxml element
    attributes = " ".join(f"{k}={v}" for k, v in element.attrib.items())
    return bool(_EMBED_BLOCKQUOTE.search(attributes))


def _in_non_content(element) -> bool:  # noqa: ANN001
    for ancestor in element.iterancestors():
        if ancestor.tag in _NON_CONTENT_TAGS:
            return True
        classes = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".split()
        if any(_NON_CONTENT_CLASS.search(token) for token in classes):
            return True
    return False


def _block_text(element) -> str:  # noqa: ANN001
    return " ".join(element.text_content().split())


def _context_before(element) -> str:  # noqa: ANN001
    """Text of the nearest block before an embed, to place it in the article text."""
    for previous in element.itersiblings(preceding=True):
        if isinstance(previous.tag, str) and (text := _block_text(previous)):
            return text
    parent = element.getparent()
    return _context_before(parent) if parent is not None else ""


# The words of a link that points at a clip wherever it is hosted: "in a <a>video</a>".
_LINKED_MEDIA = re.compile(
    r"(?i)(?:(?:this|the|a|an|one|her|his|their)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:video|clip|footage|tiktok|reel|livestream|recording|vlog)"
)


def _html_links(doc, base: str) -> list[_FoundLink]:  # noqa: ANN001
    """Every clip-like URL in the article: links to posts on video platforms, iframes,
    platform embed markup (a TikTok blockquote's cite= or data-video-id, Instagram
    permalinks, data-href), and links whose words are "video", "the clip" and the like."""
    found: list[_FoundLink] = []
    for element in doc.iter():
        if not isinstance(element.tag, str) or _in_non_content(element):
            continue
        candidates = [element.get(name) for name in ("href", "src", "data-src", "cite")]
        candidates += [element.get("data-instgrm-permalink"), element.get("data-href")]
        if element.tag == "blockquote" and (video_id := element.get("data-video-id")):
            if "tiktok" in (element.get("class") or "") and not element.get("cite"):
                candidates.append(f"https://www.tiktok.com/embed/{video_id}")
        for value in filter(None, candidates):
            absolute = urllib.parse.urljoin(base, value.strip())
            url = normalize_clip_url(absolute)
            if url is None and element.tag == "a" and _LINKED_MEDIA.fullmatch(_block_text(element)):
                url = _plain_url(absolute)  # "said ... in a <a>video</a>": a clip, any host
            if url is None:
                continue
            if element.tag == "a":
                block = next(
                    (a for a in element.iterancestors() if a.tag in ("p", "li", "figcaption")),
                    element,
                )
                found.append(_FoundLink(url, _block_text(element), _block_text(block)))
            else:
                found.append(_FoundLink(url, None, _context_before(element)))
    return found


def _captions_to_paragraphs(doc) -> list[str]:  # noqa: ANN001
    """Turn each figure (and anything classed as a caption) into a paragraph holding
    its caption: trafilatura drops figures, but photo captions are claims too."""
    import lxml.html

    captions: list[str] = []
    wanted = doc.xpath(
        "//figure | //*[not(ancestor::figure)]"
        "[contains(translate(@class, 'CAPTION', 'caption'), 'caption') or @itemprop='caption']"
    )
    for element in wanted:
        if element.tag == "figure":
            caption_elements = element.xpath(
                ".//figcaption | .//*[contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"
            )
            text = _block_text(caption_elements[0]) if caption_elements else ""
        else:
            text = _block_text(element)
        paragraph = lxml.html.Element("p")
        paragraph.text = text
        paragraph.tail = element.tail
        if element.getparent() is not None:
            element.getparent().replace(element, paragraph)
        if text:
            captions.append(_normalise_line(text))
    return captions


def _block_texts(doc) -> list[str]:  # noqa: ANN001
    for element in doc.xpath("//script | //style | //noscript | //nav | //header | //footer"):
        element.drop_tree()
    blocks = doc.xpath("//p | //h1 | //h2 | //h3 | //li | //td | //pre")
    texts = [_block_text(b) for b in blocks] if blocks else [_block_text(doc)]
    return [t for t in texts if t]


def _link_offsets(article: Article, found: list[_FoundLink]) -> dict[str, int]:
    offsets: dict[str, int] = {}
    chosen = {_clip_key(url): url for url in article.links}
    for link in found:
        url = chosen.get(_clip_key(link.url))
        if url is None or url in offsets:
            continue
        paragraph = _normalise_line(link.context)
        start = article.text.find(paragraph[:60]) if paragraph else -1
        if start < 0:
            continue
        if link.anchor and (at := article.text.find(link.anchor, start)) >= 0:
            offsets[url] = at
        else:
            line_end = article.text.find("\n", start)
            offsets[url] = len(article.text) if line_end < 0 else line_end
    for url in article.links:  # a URL printed in the text is its own position
        if url not in offsets and (at := article.text.find(url)) >= 0:
            offsets[url] = at
    return offsets


# ---------------------------------------------------------------------------------------
# Clip URLs: which links are posts on video platforms, in one canonical form

_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?’”]")
# host -> (platform, path pattern of a clip or post there); profiles, tags, music pages
# and share buttons do not match.
_CLIP_HOSTS: dict[str, tuple[str, str]] = {
    "tiktok.com": (
        "tiktok",
        r"/@[\w.-]+/(?:video|photo)/\d+|/(?:embed(?:/v2)?|v|share/video)/\d+|/t/\w+",
    ),
    "vm.tiktok.com": ("tiktok", r"/\w+"),
    "vt.tiktok.com": ("tiktok", r"/\w+"),
    "douyin.com": ("douyin", r"/(?:video|note)/\d+"),
    "iesdouyin.com": ("douyin", r"/share/video/\d+"),
    "v.douyin.com": ("douyin", r"/[\w-]+"),
    "youtube.com": ("youtube", r"/watch\b|/(?:shorts|embed|live|v)/[\w-]+"),
    "youtu.be": ("youtube", r"/[\w-]{6,}"),
    "x.com": ("x", r"/\w+/status(?:es)?/\d+|/i/(?:web/)?status/\d+"),
    "twitter.com": ("x", r"/\w+/status(?:es)?/\d+|/i/(?:web/)?status/\d+"),
    "t.co": ("x", r"/\w+"),
    "instagram.com": ("instagram", r"/(?:[\w.]+/)?(?:p|reels?|tv)/[\w-]+"),
    "instagr.am": ("instagram", r"/(?:p|reel|tv)/[\w-]+"),
    "facebook.com": (
        "facebook",
        r"/(?:watch|reel|share/[vr])\b|/[\w.]+/(?:videos|posts)/|/video\.php",
    ),
    "fb.watch": ("facebook", r"/\w+"),
    "weibo.com": ("weibo", r"/tv/show/[\d:]+|/\d+/\w+|/detail/\d+"),
    "weibo.cn": ("weibo", r"/(?:status|detail)/\w+"),
    "video.weibo.com": ("weibo", r"/show"),
    "bilibili.com": ("bilibili", r"/video/(?:BV|av)\w+"),
    "b23.tv": ("bilibili", r"/\w+"),
    "kuaishou.com": ("kuaishou", r"/short-video/\w+"),
    "v.kuaishou.com": ("kuaishou", r"/\w+"),
    "xiaohongshu.com": ("xiaohongshu", r"/(?:explore|discovery/item)/\w+"),
    "xhslink.com": ("xiaohongshu", r"/\w+"),
    "vimeo.com": ("vimeo", r"/\d+"),
    "player.vimeo.com": ("vimeo", r"/video/\d+"),
    "reddit.com": ("reddit", r"/r/\w+/comments/\w+"),
    "v.redd.it": ("reddit", r"/\w+"),
    "threads.net": ("threads", r"/@[\w.]+/post/[\w-]+"),
    "bsky.app": ("bluesky", r"/profile/[^/]+/post/\w+"),
    "t.me": ("telegram", r"/\w+/\d+"),
    "dailymotion.com": ("dailymotion", r"/video/\w+"),
    "dai.ly": ("dailymotion", r"/\w+"),
}
_TRACKING = re.compile(
    r"utm_\w+|fbclid|gclid|igshid|igsh|si|feature|is_from_webapp|sender_\w+|refer|ref|"
    r"ref_src|ref_url|_r|_t|share_\w+|embed_source|source|lang"
)


def _clip_host(host: str) -> str | None:
    host = host.lower().removeprefix("www.").removeprefix("m.").removeprefix("mobile.")
    if host in _CLIP_HOSTS:
        return host
    parent = host.split(".", 1)[-1]  # music.youtube.com -> youtube.com
    return parent if parent in _CLIP_HOSTS and "." in parent else None


def _unwrap(parts: urllib.parse.SplitResult) -> urllib.parse.SplitResult:
    """Player and plugin URLs -> the post they show."""
    host = (parts.hostname or "").removeprefix("www.")
    query = urllib.parse.parse_qs(parts.query)
    path = parts.path
    if host == "facebook.com" and path.startswith("/plugins/") and "href" in query:
        return urllib.parse.urlsplit(query["href"][0])
    if host == "platform.twitter.com" and "id" in query:
        return urllib.parse.urlsplit(f"https://twitter.com/i/status/{query['id'][0]}")
    if host in ("youtube.com", "youtube-nocookie.com") and (
        m := re.match(r"/(?:embed|v)/([\w-]+)", path)
    ):
        return urllib.parse.urlsplit(f"https://www.youtube.com/watch?v={m[1]}")
    if host == "tiktok.com" and (m := re.match(r"/embed/v2/(\d+)", path)):
        return urllib.parse.urlsplit(f"https://www.tiktok.com/embed/{m[1]}")
    if host == "instagram.com" and (m := re.match(r"(/(?:p|reels?|tv)/[\w-]+)/embed", path)):
        return urllib.parse.urlsplit(f"https://www.instagram.com{m[1]}/")
    if host == "player.bilibili.com" and "bvid" in query:
        return urllib.parse.urlsplit(f"https://www.bilibili.com/video/{query['bvid'][0]}")
    if host == "open.douyin.com" and "vid" in query:
        return urllib.parse.urlsplit(f"https://www.douyin.com/video/{query['vid'][0]}")
    return parts


def normalize_clip_url(url: str) -> str | None:
    """The canonical form of a clip or post URL on a video platform, or None when `url`
    is not one (an article, a profile, a tag page, a share button)."""
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    parts = _unwrap(parts)
    host = _clip_host(parts.hostname or "")
    if host is None or not re.match(_CLIP_HOSTS[host][1], parts.path or "/"):
        return None
    pairs = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    if host == "youtube.com":
        pairs = [(k, v) for k, v in pairs if k in ("v", "t")]
        if parts.path.startswith("/watch") and not any(k == "v" for k, _ in pairs):
            return None
    elif host in ("tiktok.com", "x.com", "twitter.com", "instagram.com", "threads.net"):
        pairs = []
    else:
        pairs = [(k, v) for k, v in pairs if not _TRACKING.fullmatch(k)]
    netloc = (parts.hostname or "").lower()
    return urllib.parse.urlunsplit(("https", netloc, parts.path, urllib.parse.urlencode(pairs), ""))


def url_platform(url: str) -> str | None:
    """The platform a clip URL belongs to ("tiktok", "x", ...), None for other URLs."""
    host = _clip_host(urllib.parse.urlsplit(url).hostname or "")
    return _CLIP_HOSTS[host][0] if host else None


def _clip_key(url: str) -> str:
    """Two URLs of one clip (the embed and the page) share a key."""
    if m := re.search(r"tiktok\.com/(?:@[\w.-]*/video|embed)/(\d+)", url):
        return f"tiktok:{m[1]}"
    if m := re.search(r"(?:x|twitter)\.com/(?:\w+|i(?:/web)?)/status/(\d+)", url):
        return f"x:{m[1]}"
    if m := re.search(r"youtube\.com/(?:watch\?v=|shorts/)([\w-]+)|youtu\.be/([\w-]+)", url):
        return f"youtube:{m[1] or m[2]}"
    if m := re.search(r"instagram\.com/(?:[\w.]+/)?(?:p|reels?|tv)/([\w-]+)", url):
        return f"instagram:{m[1]}"
    return url


def _plain_url(url: str) -> str | None:
    """An http(s) URL without its fragment and tracking parameters."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    pairs = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    query = urllib.parse.urlencode([(k, v) for k, v in pairs if not _TRACKING.fullmatch(k)])
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, query, ""))


def _unique_clip_urls(urls: Iterable[str]) -> list[str]:
    """Clip URLs only, in canonical form."""
    return _unique(url for url in map(normalize_clip_url, urls) if url)


def _unique(urls: Iterable[str]) -> list[str]:
    """Once per clip; a page URL beats an embed URL of the same clip."""
    chosen: dict[str, str] = {}
    for url in urls:
        key = _clip_key(url)
        if key not in chosen or "/embed/" in chosen[key]:
            chosen[key] = url
    return list(chosen.values())


# ---------------------------------------------------------------------------------------
# Claims


@functools.lru_cache(maxsize=1)
def _segmenter():  # noqa: ANN202 - pysbd has no type hints
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with vs".split())


def _line_kind(line: str) -> str:
    """ "prose" (split into sentences), "caption" (one claim) or "heading" (no claim).

    A caption is a line that is a statement without a final full stop: photo captions
    in news copy ("Chongqing is one of the world's most polluted cities"). Short lines,
    Title Case lines and lines ending with a colon are headings or furniture."""
    line = line.strip()
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


_PLAIN_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "„": '"'})


def _sentences(line: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `line`, from pysbd; offsets are found in the
    line rather than trusted, and fragments pysbd splits off (a closing quote alone, a
    ", and" tail) go back to the sentence before."""
    # pysbd keeps everything inside quotation marks together, so one mistyped mark
    # ("China's ‘cyberpunk city‘.") would swallow the rest of the paragraph. It reads
    # a copy with plain quotes; each is one character, so offsets are the same.
    plain = line.translate(_PLAIN_QUOTES)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for segment in _segmenter().segment(plain):
        piece = segment.strip()
        if not piece:
            continue
        at = plain.find(piece, cursor)
        if at < 0:  # pysbd changed the text: keep the rest of the line as one sentence
            spans.append((cursor, len(line)))
            cursor = len(line)
            break
        end = at + len(piece)
        fragment = not any(c.isalnum() for c in piece) or piece[0] in ",;:)]"
        if spans and fragment:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((at, end))
        cursor = end
    if line[cursor:].strip():
        spans.append((cursor + len(line[cursor:]) - len(line[cursor:].lstrip()), len(line)))
    return [(s, e) for s, e in spans if line[s:e].strip()]


def split_claims(article: Article) -> list[Claim]:
    """Sentences of the prose, and caption lines as single claims; headings make none."""
    claims: list[Claim] = []
    captions = set(article.captions)
    offset = 0
    for line in article.text.split("\n"):
        kind = "caption" if line in captions else _line_kind(line)
        if kind == "caption":
            claims.append(Claim(len(claims), line, offset, offset + len(line), True))
        elif kind == "prose":
            for start, end in _sentences(line):
                text = line[start:end]
                claims.append(Claim(len(claims), text, offset + start, offset + end))
        offset += len(line) + 1
    return claims


# ---------------------------------------------------------------------------------------
# Citations: what a claim says about a clip

_PLATFORM_PATTERNS: tuple[tuple[str, str, int], ...] = (  # (name, pattern, flags)
    ("tiktok", r"\bTik\s?Tok(?:ers?|s)?\b", re.I),
    ("douyin", r"\bDouyin\b", re.I),
    ("x", r"\b(?:Twitter|(?:re)?tweet(?:s|ed|ing)?)\b", re.I),
    (
        "x",
        r"\b(?:on|onto|via|across|(?:posted|shared|uploaded|published) to)\s+X\b(?![-'’]\w)"
        r"|\bX\s*\((?:formerly|previously)|\bX\s+(?:users?|posts?|accounts?|videos?|clips?)\b",
        0,
    ),
    ("instagram", r"\bInstagram(?:mers?)?\b", re.I),
    ("youtube", r"\bYou\s?Tube(?:rs?)?\b", re.I),
    ("facebook", r"\bFacebook\b", re.I),
    ("weibo", r"\bWeibo\b", re.I),
    ("bilibili", r"\bBilibili\b", re.I),
    ("kuaishou", r"\bKuaishou\b", re.I),
    ("xiaohongshu", r"\bXiaohongshu\b|\bRedNote\b|\bLittle Red Book\b", re.I),
    ("snapchat", r"\bSnapchat\b", re.I),
    ("reddit", r"\bReddit\b", re.I),
    ("threads", r"\b(?:on|to) Threads\b|\bThreads (?:posts?|users?|accounts?)\b", 0),
    ("telegram", r"\bTelegram\b", re.I),
    ("wechat", r"\bWeChat\b", re.I),
    ("vimeo", r"\bVimeo\b", re.I),
    ("twitch", r"\bTwitch\b", 0),
    ("bluesky", r"\bBluesky\b", re.I),
    ("linkedin", r"\bLinkedIn\b", re.I),
    ("social media", r"\bsocial[ -]media\b|\bsocial (?:networks?|platforms?)\b", re.I),
)
_PLATFORMS = [(name, re.compile(pattern, flags)) for name, pattern, flags in _PLATFORM_PATTERNS]
# A platform by name, for phrases like "posted to X" ("social media" is not a name).
_NAMED_PLATFORM = (
    r"(?i:\bTik\s?Tok|\bDouyin|\bTwitter|\bInstagram|\bYou\s?Tube|\bFacebook|\bWeibo|"
    r"\bBilibili|\bKuaishou|\bXiaohongshu|\bRedNote|\bSnapchat|\bReddit|\bTelegram|"
    r"\bWeChat|\bVimeo|\bBluesky|\bLinkedIn)\b|\b(?:X|Threads|Twitch)\b"
)
_NOT_A_CLIP_AFTER = re.compile(
    r"\s+(?:games?|gaming|calls?|conferenc\w*|chats?|links?|players?|cards?|cameras?|"
    r"contracts?|studios?|labels?|artists?|sessions?|industry|equipment|editors?|"
    r"assistant|referee|technology|surveillance|teams?|department|desk|unit|journalists?|"
    r"producers?|production|platforms?|services?|apps?|ads?|adverts?|art|streaming)\b",
    re.I,
)
_DETERMINER = r"\b(?:a|an|one|another|this|that|the|his|her|their|its|whose)\s+"
# A singular media noun after a determiner and up to three modifiers: "a TikTok video",
# "one viral clip", "the now-deleted footage".
_SPECIFIC_MEDIA = re.compile(
    _DETERMINER + r"(?:[\w’'-]+\s+){0,3}?"
    r"(?:video|clip|footage|livestream|live[- ]stream|vlog|reel|recording|upload|tweet)\b"
    r"(?![-’']?s\b)(?!-\w)",  # not "videos", not "video-sharing"
    re.I,
)
_TIKTOK_NOUN = re.compile(  # "in a TikTok", "a TikTok posted by": the platform's name as a clip
    r"\b(?:a|an|one|another|this|that)\s+(?:\w+\s+)?TikTok\b"
    r"(?=\s*(?:[.,;:!?)]|$|\s(?:posted|shared|uploaded|showing|shows|showed|that|which|in|"
    r"on|from|by|with|where|of)\b))",
    re.I,
)
# A post (not necessarily a video) on a platform: "a post on X", "her Instagram story".
_PLATFORM_POST = re.compile(
    r"\b(?i:post|story|short|status|update)\b(?=\s+(?i:on|to|shared|posted)\b)|"
    rf"(?:{_NAMED_PLATFORM}|(?i:social media))\s+(?i:posts?|story|stories|shorts?|status|live)\b"
)
# Plural or mass media, which count only with a verb of showing: "Video taken by a
# passenger shows ...", "Videos posted to social media show ...".
_PLURAL_MEDIA = re.compile(
    r"\b(?:videos?|clips|footage|livestreams|reels|recordings|tiktoks|tweets|vlogs)\b", re.I
)
_IN_FOOTAGE = re.compile(r"\b(?:in|on)\s+(?:[\w-]+\s+){0,2}?footage\b", re.I)
_EVIDENCE_VERB = re.compile(
    r"(?:\s+[\w’'-]+){0,10}?\s+(?:(?:have|has|had)\s+)?(?:also\s+)?"
    r"(?:show|shows|showed|shown|appears? to show|appeared to show|purports? to show|"
    r"reveals?|revealed|captures?|captured|depicts?|depicted|documents?|documented|"
    r"went viral|gone viral|(?:have|has) circulated|been (?:viewed|watched|shared|liked))\b",
    re.I,
)
_PUBLISH_VERB = (
    r"(?:shared|posted|uploaded|published|live-?streamed|streamed|broadcast|re-?posted|"
    r"filmed|recorded)"
)
_PUBLISHED_PLURAL = re.compile(
    rf"\b{_PUBLISH_VERB}\s+(?:[\w’'-]+\s+){{0,3}}?(?:videos|clips|footage|livestreams|reels)\b",
    re.I,
)
# The platform pattern is case-sensitive for "X", so the words around it use (?i:...).
_PUBLISHED_ON_PLATFORM = re.compile(
    rf"\b(?i:{_PUBLISH_VERB}|circulat\w+|went viral|gone viral|surfaced|spread|appeared)"
    rf"\s+(?i:[\w’'-]+\s+){{0,3}}?(?i:on|to|onto|across|via)\s+(?i:(?:social media|the)\s+"
    rf"(?:platform|app|site)\s+)?(?:{_NAMED_PLATFORM})",
)
_POSTED_ON_PLATFORM = re.compile(  # without a media noun: someone posted on a named platform
    r"\b(?i:shared|sharing|posted|posting|uploaded|published|live-?streamed|tweeted|tweeting|"
    r"wrote|writing|said)\b"
    r"[^.;]{0,60}?\b(?i:on|to|via)\s+(?:" + _NAMED_PLATFORM + r")",
)
# "Photos shared on Instagram": still images are not clips.
_STILL_IMAGES = re.compile(
    r"\b(?:photos?|pictures?|images?|photographs?|selfies?|screenshots?|memes?)(?:\s+\S+)?\s*$",
    re.I,
)
_ROLE = (
    r"TikToker|YouTuber|Instagrammer|influencer|(?:content\s+)?creator|vlogger|streamer|"
    r"live-?streamer|blogger|(?:TikTok|Instagram|YouTube|Twitter|X|Weibo|Douyin|Facebook|"
    r"Reddit|Snapchat|Kuaishou|Bilibili|social media)\s+(?:user|account|star|personality)"
)
_SINGLE_ROLE = re.compile(rf"\b(?:{_ROLE})\b(?![-’']?s\b)", re.I)
_ROLE_ACTION = re.compile(
    r"\b(?:said|says|say|saying|explained|explains|told|tells|claimed|claims|revealed|"
    r"reveals|wrote|writes|captioned|added|adds|joked|jokes|asked|asks|complained|warned|"
    r"insisted|described|describes|shared|shares|posted|posts|uploaded|uploads|filmed|films|"
    r"filming|recorded|records|recording|documented|documents|showed|shows|live-?streamed|"
    r"streamed|captured|captures|narrates|narrated)\b",
    re.I,
)
# Footage exists of an event: "were filmed chanting", "caught on camera", "filmed the
# moment", "recorded it on their phones"; not a production ("the documentary was filmed").
_FILMED = re.compile(
    r"(?<!documentary )(?<!film )(?<!movie )(?<!series )(?<!show )(?<!episode )"
    r"(?<!programme )(?<!advert )(?<!scene )"
    r"\b(?:was|were|been|being|is|are|get|gets|got)\s+(?:\w+ly\s+)?"
    r"(?:filmed|videoed|videotaped|recorded|livestreamed)\b|"
    r"\b(?:caught|captured) on (?:camera|video|film|tape|CCTV)\b|"
    r"\b(?:filmed|recorded|captured|videoed)\s+the\s+moment\b|"
    r"\b(?:filmed|recorded|videoed)\b[^.;]{0,60}\bon\s+(?:a|an|his|her|their|my|our)\s+"
    r"(?:\w+\s+)?(?:phones?|mobiles?|smartphones?|cameras?|dashcams?)\b",
    re.I,
)
# "shows his TikTok followers how", "told her 2m Instagram followers": a post, addressed.
_AUDIENCE = re.compile(
    rf"\b(?:his|her|their|its)\s+(?:[\d.,]+\s*(?:million|m|k|thousand)?\s+)?(?:{_NAMED_PLATFORM})"
    r"\s+(?:followers|fans|subscribers|viewers|audience)\b"
)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")

_NAME_WORD = r"[A-Z][\w’'.-]*"
_NAME = rf"@[\w.]+|{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
_NOT_NAMES = frozenset(
    "The A An He She It They This That These Those In On At Also Who Which His Her Their "
    "Its One Another And But Then When While After Before I We You Said Says".split()
)
_CREATOR_PATTERNS = (
    re.compile(rf"\b(?i:{_ROLE})\s+(?:named\s+|called\s+)?(?P<name>{_NAME})"),
    re.compile(rf"(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_ROLE})\b"),
    re.compile(rf"\b{_PUBLISH_VERB}\s+by\s+(?:the\s+|(?i:user|account)\s+)?(?P<name>{_NAME})"),
    re.compile(
        r"\b(?:posts|posting|goes|going|known|who posts)\s+(?:online\s+)?"
        r"(?:as|by the name|under the (?:name|handle))\s+(?P<name>@?[\w.]+)",
        re.I,
    ),
    re.compile(
        rf"\b(?:said|says|explained|told|added|wrote|joked|claimed)\s+(?P<name>{_NAME})"
        rf"\s+(?:in|on)\s+(?:a|an|the|his|her|their|one)\b"
    ),
    re.compile(rf"(?P<name>{_NAME})[’']s\s+(?:[\w-]+\s+)?(?:video|clip|TikTok|post|footage)\b"),
    re.compile(  # "In a TikTok posted last week, Maria Lopez said ..."
        r"\b(?i:in|on)\s+(?:a|an|one|the|his|her|their)\s+[^,]{0,40}?"
        rf"(?i:video|clip|tiktok|post|livestream|vlog|reel)\b[^,]{{0,40}},\s+(?P<name>{_NAME})\s+"
        r"(?:said|says|explained|claimed|told|added|wrote|revealed|admitted|insisted)\b"
    ),
)

_MULTIPLIERS = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6}
_MULTIPLIERS |= {"billion": 10**9, "bn": 10**9, "b": 10**9}
# Counts in words; vague ones ("millions of views") state a kind of metric but no value.
_NUMBER_WORDS: dict[str, int | None] = {
    word: value
    for value, word in enumerate("a one two three four five six seven eight nine ten".split())
}
_NUMBER_WORDS |= {"a": 1, "a few": None, "several": None, "millions of": None}
_NUMBER_WORDS |= {"thousands of": None, "hundreds of thousands of": None, "hundreds of": None}
_NUMBER_WORDS |= {"tens of thousands of": None}
# the stem of a metric word -> the kind recorded
_METRIC_KINDS = dict(
    pair.split("=")
    for pair in (
        "like=likes heart=likes view=views play=views watch=views share=shares "
        "comment=comments follower=followers subscriber=followers repost=reposts "
        "retweet=reposts save=saves bookmark=saves"
    ).split()
)
_QUANTITY = (
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|"
    + "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))
    + r")(?:\s*(?P<mult>thousand|million|billion|mn|bn|m|b|k)\b)?"
)
_METRIC_NOUN = re.compile(
    _QUANTITY + rf"\s+(?:new\s+|more\s+)?(?:(?:{_NAMED_PLATFORM})\s+)?"
    r"(?P<kind>likes|hearts|views|plays|shares|comments|followers|subscribers|reposts|"
    r"retweets|saves|bookmarks)\b",
    re.I,
)
_METRIC_VERB = re.compile(
    r"\b(?P<kind>viewed|watched|played|liked|shared|reposted|retweeted|commented on)\s+"
    r"(?:(?:more than|over|nearly|almost|about|around|some|at least|upwards of)\s+)?"
    + _QUANTITY
    + r"\s+times\b",
    re.I,
)
_METRIC_AUDIENCE = re.compile(  # "watched by 12,000 people"
    r"\b(?P<kind>viewed|watched|seen)\s+by\s+(?:(?:more than|over|nearly|almost|about|around|"
    r"some|at least|upwards of)\s+)?" + _QUANTITY + r"\s+(?:people|users|viewers)\b",
    re.I,
)
_QUOTE_PAIRS = (
    re.compile(r"“([^”]+)”"),
    re.compile(r"(?:^|(?<=[\s(\[—–-]))‘(.+?)’(?!\w)"),
    re.compile(r"(?:^|(?<=[\s(\[—–-]))\"([^\"]+)\""),
    re.compile(r"(?:^|(?<=[\s(\[—–-]))'(.+?)'(?!\w)"),
)
_OPENING = "‘“'\""
_CLOSING = "’”'\""
_DEFINITE_REFERENCE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:video|clip|footage|tiktok|livestream|recording|tiktoker|"
    r"youtuber|influencer|creator|vlogger|streamer|user)\b",
    re.I,
)


@dataclass
class _Signals:
    """What one claim says on its own, before context is taken into account."""

    cites: bool
    platform: str | None
    creator: str | None
    metric: tuple[str, int | None] | None
    quote: str | None
    quote_open: bool
    urls: list[str]
    definite: bool  # names its clip only as "the video", "the TikToker": may refer back


def _platform(text: str) -> str | None:
    found = sorted(
        (m.start(), name) for name, pattern in _PLATFORMS for m in [pattern.search(text)] if m
    )
    named = [name for _, name in found if name != "social media"]
    return named[0] if named else ("social media" if found else None)


def _creator(text: str) -> str | None:
    for pattern in _CREATOR_PATTERNS:
        for found in pattern.finditer(text):
            name = found["name"].rstrip(".’'")
            words = name.split()
            while words and words[-1] in _NOT_NAMES:
                words.pop()
            if words and words[0] not in _NOT_NAMES:
                return " ".join(words)
    handle = _HANDLE.search(text)
    return handle.group(0) if handle else None


def _quantity(number: str, multiplier: str | None) -> int | None:
    key = number.lower()
    if key in _NUMBER_WORDS:
        value: float | None = _NUMBER_WORDS[key]
    else:
        value = float(number.replace(",", ""))
    if value is None:
        return None
    return round(value * _MULTIPLIERS.get((multiplier or "").lower(), 1))


def _metric(text: str) -> tuple[str, int | None] | None:
    patterns = (_METRIC_NOUN, _METRIC_VERB, _METRIC_AUDIENCE)
    found = [m for pattern in patterns for m in pattern.finditer(text)]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    stem = first["kind"].lower().split()[0].rstrip("s").removesuffix("ed").removesuffix("e")
    stem = "view" if stem == "seen" else stem
    kind = next(v for k, v in _METRIC_KINDS.items() if stem.startswith(k[: len(stem)]))
    return kind, _quantity(first["number"], first["mult"])


def _quotes(text: str) -> tuple[str | None, bool]:
    """Quoted speech (three words or more: "coffins" is a scare quote), and whether
    the claim ends inside an open quotation."""
    spans = sorted(
        (m.start(), m.group(1)) for pattern in _QUOTE_PAIRS for m in pattern.finditer(text)
    )
    speech = [q.strip().rstrip(",") for _, q in spans if len(q.split()) >= 3]
    if speech:
        return " … ".join(dict.fromkeys(speech)), False
    stripped = text.strip()
    if stripped[:1] in _OPENING and stripped.rstrip(".!?…")[-1:] not in _CLOSING:
        return stripped[1:].strip(), True  # a quotation that runs on into the next claim
    return None, False


_DATED = re.compile(  # a date next to the act of posting: "uploaded on 3 March 2024"
    rf"\b(?:{_PUBLISH_VERB}|circulat\w+|went viral|from|dated)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:on|in|from)?\s*(?P<date>{_NUMERIC_DATE}|{_WORD_DATE}|\d{{4}}\b)",
    re.I,
)


def _stated_date(text: str, published_at: str | None) -> str | None:
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


def _signals(text: str, published_at: str | None = None) -> _Signals:
    platform = _platform(text)
    metric = _metric(text)
    urls = _unique_clip_urls(_URL_IN_TEXT.findall(text))
    creator = _creator(text)
    handle = bool(_HANDLE.search(text))
    specific = [
        m for m in _SPECIFIC_MEDIA.finditer(text) if not _NOT_A_CLIP_AFTER.match(text, m.end())
    ]
    specific += list(_TIKTOK_NOUN.finditer(text)) + list(_IN_FOOTAGE.finditer(text))
    if platform:
        specific += list(_PLATFORM_POST.finditer(text))
    inside_specific = {i for m in specific for i in range(m.start(), m.end())}
    plural = any(
        m.start() not in inside_specific  # "the video shows" is a specific mention
        and _EVIDENCE_VERB.match(text, m.end())
        and not _NOT_A_CLIP_AFTER.match(text, m.end())
        for m in _PLURAL_MEDIA.finditer(text)
    ) or bool(_PUBLISHED_PLURAL.search(text))
    on_platform = any(
        not _STILL_IMAGES.search(text, max(0, m.start() - 30), m.start())
        for pattern in (_PUBLISHED_ON_PLATFORM, _POSTED_ON_PLATFORM)
        for m in pattern.finditer(text)
    )
    role = bool(_SINGLE_ROLE.search(text) or _AUDIENCE.search(text)) and bool(
        creator or _ROLE_ACTION.search(text)
    )
    filmed = bool(_FILMED.search(text))
    clip_metric = metric is not None and metric[0] != "followers"  # followers: an account's
    cites = bool(
        specific or plural or on_platform or role or filmed or clip_metric or urls or handle
    )
    quote, quote_open = _quotes(text) if cites else (None, False)
    definite = (
        cites
        and all(_DEFINITE_REFERENCE.match(m.group(0)) for m in specific)
        and bool(_DEFINITE_REFERENCE.search(text))
        and not (urls or on_platform or plural)
    )
    return _Signals(
        cites=cites,
        platform=platform,
        creator=creator,
        metric=metric,
        quote=quote,
        quote_open=quote_open,
        urls=urls,
        definite=definite,
    )


def find_citations(
    claims: Sequence[Claim],
    links: Sequence[str] = (),
    link_offsets: Mapping[str, int] | None = None,
    published_at: str | None = None,
) -> list[Citation]:
    """The claims that cite a clip, with what each says about it (see the module
    docstring for what counts). `links` are the article's clip URLs and `link_offsets`
    where they appeared in the text; a link goes to the citing claim nearest to it on
    the same platform, an @handle in the URL matching the creator wins."""
    citations: list[Citation] = []
    by_position: dict[int, Citation] = {}
    captions = {claim.position for claim in claims if claim.is_caption}
    continuing: Citation | None = None  # a citation whose quotation runs on
    in_quote = False
    for claim in claims:
        text = claim.text.strip()
        signals = _signals(text, published_at)
        if continuing is not None and not claim.is_caption:
            starts_quote = text[:1] in _OPENING
            if (in_quote or starts_quote) and not (signals.cites and not signals.definite):
                inner = text.lstrip(_OPENING).rstrip()
                closes = inner.rstrip(".!?…")[-1:] in _CLOSING or inner[-1:] in _CLOSING
                inner = inner.rstrip(_CLOSING).strip()
                continuing.quote_claims.append(claim.position)
                continuing.quote_more = " ".join(filter(None, [continuing.quote_more, inner]))
                in_quote = not closes
                if closes or len(continuing.quote_claims) >= 12:
                    continuing, in_quote = None, False
                continue
            continuing, in_quote = None, False
        if not signals.cites:
            continue
        metric_kind, metric_value = signals.metric or (None, None)
        citation = Citation(
            claim_position=claim.position,
            platform=signals.platform,
            creator=signals.creator,
            metric_kind=metric_kind,
            metric_value=metric_value,
            stated_date=_stated_date(text, published_at),
            quote=signals.quote,
            url=signals.urls[0] if signals.urls else None,
        )
        if signals.definite and not claim.is_caption:
            earlier = _previous_clip(citations, claim.position, captions)
            if earlier is not None and _same_clip(citation, by_position[earlier]):
                citation.same_clip_as = earlier
        citations.append(citation)
        by_position[claim.position] = citation
        if citation.quote and not claim.is_caption:
            continuing, in_quote = citation, signals.quote_open
    _assign_links(citations, claims, links, link_offsets or {})
    for citation in citations:  # a back-reference shares the clip it refers to
        if citation.url is None and citation.same_clip_as is not None:
            citation.url = by_position[citation.same_clip_as].url
    return citations


def _previous_clip(
    citations: list[Citation], position: int, captions: set[int], window: int = 10
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


def _same_clip(later: Citation, earlier: Citation) -> bool:
    """Nothing in a definite reference contradicts the clip cited before it."""
    vague = (None, "social media")
    platform_ok = later.platform in vague or earlier.platform in vague
    platform_ok = platform_ok or later.platform == earlier.platform
    creator_ok = later.creator is None or later.creator == earlier.creator
    return platform_ok and creator_ok


def _url_handle(url: str) -> str | None:
    found = re.search(r"/@([\w.-]+)|(?:x|twitter)\.com/(?!i/)(\w+)/status", url)
    return (found[1] or found[2]).lower() if found else None


def _assign_links(
    citations: list[Citation],
    claims: Sequence[Claim],
    links: Sequence[str],
    offsets: Mapping[str, int],
) -> None:
    """Give each link to the citing claim nearest where it appeared (within three
    claims) whose platform does not contradict it; a creator matching the @handle in
    the URL wins, wherever it is. A back-reference passes the link to its clip."""
    by_position = {citation.claim_position: citation for citation in citations}
    taken = {c.url for c in citations if c.url}
    for url in links:
        if url in taken:
            continue
        platform, handle = url_platform(url), _url_handle(url)
        near = None
        if url in offsets:
            at = offsets[url]
            near = next((c.position for c in claims if c.start <= at <= c.end), None)
            if near is None:
                near = max((c.position for c in claims if c.end <= at), default=None)
        best, best_score = None, 0.0
        for citation in citations:
            target = by_position.get(citation.same_clip_as, citation)
            if target.url is not None:
                continue
            if platform and target.platform not in (None, "social media", platform):
                continue
            creator = (target.creator or "").lstrip("@").replace(" ", "").lower()
            matches_handle = bool(handle and creator == handle)
            distance = abs(citation.claim_position - near) if near is not None else 99
            if distance > 3 and not matches_handle:
                continue
            score = 10.0 * matches_handle + 2 * (target.platform == platform) - distance
            if best is None or score > best_score:
                best, best_score = target, score
        if best is not None:
            best.url = url
            taken.add(url)


def extract_citations(article: Article) -> tuple[list[Claim], list[Citation]]:
    """Claims and citations of one article in one call."""
    claims = split_claims(article)
    return claims, find_citations(claims, article.links, article.link_offsets, article.published_at)
