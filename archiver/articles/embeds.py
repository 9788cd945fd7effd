"""Clip links: which URLs are clips (posts on video platforms), in canonical form, and
where an HTML article links or embeds them.

    normalize_clip_url(url) -> canonical URL, or None for an article, a profile, a tag page
    url_platform(url)       -> "tiktok", "x", ... or None
    html_links(doc, base)   -> [FoundLink]  links, iframes and embed markup in a parsed page
    clip_urls_in_text(text) -> clip URLs printed in plain text
    clip_key(url), unique_clips(urls): one clip's embed and page URLs count once

No I/O and no network here; archiver.articles.reading places the links in the article's text.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass

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


def clip_key(url: str) -> str:
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


def clip_urls_in_text(text: str) -> list[str]:
    """The clip URLs printed in `text`, in canonical form, once per clip."""
    return unique_clips(url for url in map(normalize_clip_url, _URL_IN_TEXT.findall(text)) if url)


def unique_clips(urls: Iterable[str]) -> list[str]:
    """Once per clip; a page URL beats an embed URL of the same clip."""
    chosen: dict[str, str] = {}
    for url in urls:
        key = clip_key(url)
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
