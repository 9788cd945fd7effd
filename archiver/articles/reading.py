"""Reading an article: bytes in, its main text and metadata out.

    read_article(source, data) -> Article   decode, sniff HTML, extract the main text,
                                            metadata and the clip URLs it links or embeds

No I/O and no network here: the caller reads the file or URL (archiver.articles.fetch).
Decoding is archiver.articles.decoding, the rules for lines archiver.articles.cleaning;
the text is split into claims by archiver.articles.claims and citations by
archiver.articles.citations; which URLs are clips, and where they sit in HTML, is
archiver.articles.embeds.
"""

from __future__ import annotations

import hashlib
import re
import urllib.parse
from dataclasses import dataclass, field

from archiver.articles.cleaning import HTML_TAG, clean_text_lines, line_kind, normalise_line
from archiver.articles.dates import DATE, parse_date
from archiver.articles.decoding import decode_bytes
from archiver.articles.embeds import (
    FoundLink,
    block_text,
    clip_urls_in_text,
    html_links,
    unique_clips,
)
from archiver.errors import NoText
from archiver.platforms import clip_identity

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
    # The headline and standfirst: not claims, but context a reader has (the platform or
    # the creator a story names only there: "Kayaker's orca encounter goes viral on X")
    headline: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------
# Reading an article

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|section)\b",
    re.I | re.S,
)


def looks_like_html(text: str, content_type: str | None = None) -> bool:
    """By content, not by file name: a declared HTML type, an HTML start, or many tags."""
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type in ("text/html", "application/xhtml+xml"):
        return True
    if _HTML_START.match(text[:4096]):
        return True
    head = text[:20000]
    return len(HTML_TAG.findall(head)) >= max(5, len(head) // 500)


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
        headline=[line for line in header if len(line.split()) >= 3 and not DATE.search(line)],
    )
    article.links = clip_urls_in_text(article.text)
    article.link_offsets = _link_offsets(article, [])
    return article


def _header_metadata(header: list[str]) -> tuple[str | None, str | None, str | None]:
    """Title, outlet and date from the lines above a plain-text article. The title is a
    line repeated (aggregators print it twice) or else the longest line; the outlet is
    what stands next to a date ("Daily Mail06-05-2025")."""
    title = outlet = published = None
    for line in header:
        if (found := DATE.search(line)) and published is None and outlet is None:
            published = parse_date(found.group(0))
            rest = line[: found.start()] + " | " + line[found.end() :]
            parts = [p.strip() for p in re.split(r"\s[-–—·•|]\s|\|", rest)]
            names = [p for p in parts if p and not re.match(r"(?i)by\s", p)]
            if names and len(names[-1].split()) <= 5:
                outlet = names[-1]
    candidates = [line for line in header if len(line.split()) >= 4 and not DATE.search(line)]
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
        headline=[title] if title else [],
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
            captions.append(normalise_line(text))
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
    chosen = {clip_identity(url): url for url in article.links}
    for link in found:
        url = chosen.get(clip_identity(link.url))
        if url is None or url in offsets:
            continue
        paragraph = normalise_line(link.context)
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
