"""The clips an article links or embeds: URLs printed in its text, and links, iframes
and embed markup in its HTML.

    html_links(doc, base)   -> [FoundLink]  links, iframes and embed markup in a parsed page
    clip_urls_in_text(text) -> clip URLs printed in plain text
    unique_clips(urls)      -> one clip's embed and page URLs count once

Which URLs are clips, and their canonical form, is archiver.platforms. No I/O and no
network here; archiver.articles.reading places the links in the article's text.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass

from archiver.platforms import TRACKING_PARAMETERS, clip_identity, normalize_clip_url

# ---------------------------------------------------------------------------------------
# Clip URLs printed in text

_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?’”]")


def _plain_url(url: str) -> str | None:
    """An http(s) URL without its fragment and tracking parameters."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    pairs = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not TRACKING_PARAMETERS.fullmatch(k)]
    query = urllib.parse.urlencode(kept)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, query, ""))


def clip_urls_in_text(text: str) -> list[str]:
    """The clip URLs printed in `text`, in canonical form, once per clip."""
    return unique_clips(url for url in map(normalize_clip_url, _URL_IN_TEXT.findall(text)) if url)


def unique_clips(urls: Iterable[str]) -> list[str]:
    """Once per clip; a page URL beats an embed URL of the same clip."""
    chosen: dict[str, str] = {}
    for url in urls:
        key = clip_identity(url)
        if key not in chosen or "/embed/" in chosen[key]:
            chosen[key] = url
    return list(chosen.values())


# ---------------------------------------------------------------------------------------
# Links and embeds in HTML (an lxml document)

_NON_CONTENT_TAGS = ("nav", "header", "footer", "aside")
_NON_CONTENT_CLASS = re.compile(
    r"(?:^|[-_])(?:related|recommend\w*|promo\w*|sidebar|nav|navigation|share|sharing|"
    r"newsletter|comments?|outbrain|taboola|trending|most-?(?:read|popular)|"
    r"site-?(?:header|footer))(?:$|[-_])",
    re.I,
)


@dataclass
class FoundLink:
    """A clip URL in a page, with the text that places it in the article."""

    url: str
    anchor: str | None  # the link's own text, for <a>
    context: str  # text of the paragraph holding it, or before the embed


def _in_non_content(element) -> bool:  # noqa: ANN001
    for ancestor in element.iterancestors():
        if ancestor.tag in _NON_CONTENT_TAGS:
            return True
        classes = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".split()
        if any(_NON_CONTENT_CLASS.search(token) for token in classes):
            return True
    return False


def block_text(element) -> str:  # noqa: ANN001
    """An element's text, whitespace collapsed."""
    return " ".join(element.text_content().split())


def _context_before(element) -> str:  # noqa: ANN001
    """Text of the nearest block before an embed, to place it in the article text."""
    for previous in element.itersiblings(preceding=True):
        if isinstance(previous.tag, str) and (text := block_text(previous)):
            return text
    parent = element.getparent()
    return _context_before(parent) if parent is not None else ""


# The words of a link that points at a clip wherever it is hosted: "in a <a>video</a>".
_LINKED_MEDIA = re.compile(
    r"(?i)(?:(?:this|the|a|an|one|her|his|their)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:video|clip|footage|tiktok|reel|livestream|recording|vlog)"
)


def html_links(doc, base: str) -> list[FoundLink]:  # noqa: ANN001
    """Every clip-like URL in the article: links to posts on video platforms, iframes,
    platform embed markup (a TikTok blockquote's cite= or data-video-id, Instagram
    permalinks, data-href), and links whose words are "video", "the clip" and the like."""
    found: list[FoundLink] = []
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
            if url is None and element.tag == "a" and _LINKED_MEDIA.fullmatch(block_text(element)):
                url = _plain_url(absolute)  # "said ... in a <a>video</a>": a clip, any host
            if url is None:
                continue
            if element.tag == "a":
                block = next(
                    (a for a in element.iterancestors() if a.tag in ("p", "li", "figcaption")),
                    element,
                )
                found.append(FoundLink(url, block_text(element), block_text(block)))
            else:
                found.append(FoundLink(url, None, _context_before(element)))
    return found
