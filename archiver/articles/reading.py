"""Reading an article: bytes in, its main text and metadata out.

    read_article(source, data) -> Article   decode, sniff HTML, extract the main text,
                                            metadata and the clip URLs it links or embeds
    parse_date(text)           -> ISO date  one date expression ("3 March 2024")
    line_kind(line)            -> "prose", "caption" or "heading"

No I/O and no network here: the caller reads the file or URL. The article's text is
split into claims and citations by archiver.articles.citations; which URLs are clips, and where
they sit in HTML, is archiver.articles.embeds.
"""

from __future__ import annotations

import codecs
import datetime
import hashlib
import re
import unicodedata
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field

from archiver.articles.embeds import (
    FoundLink,
    block_text,
    clip_key,
    clip_urls_in_text,
    html_links,
    unique_clips,
)
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
    if not any(line_kind(line) != "heading" for line in article.text.split("\n")):
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
    article.links = clip_urls_in_text(article.text)
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
    return len(line.split()) < 5 or line.endswith(":") or line_kind(line) == "heading"


_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with vs".split())


def line_kind(line: str) -> str:
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


# ---------------------------------------------------------------------------------------
# Dates: the article's own, and (in archiver.articles.citations) the date a clip was posted

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
_DATE = re.compile(rf"(?<!\d)(?:{NUMERIC_DATE})(?!\d)|\b(?:{WORD_DATE})\b", re.I)


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

_HIDDEN = (
    "//*[@hidden or contains(translate(@style, ' ', ''), 'display:none') or "
    "contains(@class, 'visually-hidden') or contains(@class, 'sr-only') or "
    "contains(@class, 'screen-reader') or contains(@class, 'offscreen')]"
)


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
    found = html_links(doc, base)
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
    printed = clip_urls_in_text(article.text)
    article.links = unique_clips([link.url for link in found] + printed)
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
            text = block_text(caption_elements[0]) if caption_elements else ""
        else:
            text = block_text(element)
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
    texts = [block_text(b) for b in blocks] if blocks else [block_text(doc)]
    return [t for t in texts if t]


def _link_offsets(article: Article, found: list[FoundLink]) -> dict[str, int]:
    """Where each of the article's links appears in its text (see Article.link_offsets)."""
    offsets: dict[str, int] = {}
    chosen = {clip_key(url): url for url in article.links}
    for link in found:
        url = chosen.get(clip_key(link.url))
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
