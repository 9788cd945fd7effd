"""One table of the platforms clips live on, and what follows from it.

Each platform has the words articles use for it, the hosts and URL shapes of its clips,
and the yt-dlp extractors that read them. Every stage asks this table: the articles
stage to see a platform named or linked, the clips stage to keep the generic extractor
off platform pages, the evidence stage to check a named platform against a capture.

    PLATFORMS                       the table
    platform_named(text)            the first platform a sentence names ("tiktok", ...)
    NAMED_PLATFORM                  a regex of any platform's own name, for larger patterns
    normalize_clip_url(url)         a clip URL in canonical form, None for other URLs
    url_platform(url)               the platform of a clip URL
    clip_identity(url)              one key for the several URLs of one clip
    extractors_of(name)             yt-dlp extractor keys of a named platform's clips
    refuses_generic(host)           a platform host only its dedicated extractors may read
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Platform:
    name: str  # as recorded: "tiktok", "x", ...; "social media" names no one platform
    # How articles mention it, as a regex compiled without flags: case-insensitive parts
    # say so with (?i:...), since "X" and "Threads" count only when capitalised.
    mentions: str
    # The platform's own name (for patterns such as "posted to <platform>"): any case in
    # `names`, exact case in `cased_names`.
    names: str | None = None
    cased_names: str | None = None
    # host -> path pattern of a clip or post there; profiles, tags and music pages differ
    clip_urls: dict[str, str] = field(default_factory=dict)
    extractors: frozenset[str] = frozenset()  # yt-dlp extractor keys, lower case
    # Hosts whose pages yt-dlp reads with dedicated extractors: a page none of them
    # takes (a TikTok photo post, say) is refused rather than scraped by the generic one.
    dedicated_hosts: tuple[str, ...] = ()


_TIKTOK_CLIP = r"/@[\w.-]+/(?:video|photo)/\d+|/(?:embed(?:/v2)?|v|share/video)/\d+|/t/\w+"
_X_CLIP = r"/\w+/status(?:es)?/\d+|/i/(?:web/)?status/\d+"

PLATFORMS: tuple[Platform, ...] = (
    Platform(
        "tiktok",
        r"(?i:\bTik\s?Tok(?:ers?|s)?\b)",
        names=r"Tik\s?Tok",
        clip_urls={"tiktok.com": _TIKTOK_CLIP, "vm.tiktok.com": r"/\w+", "vt.tiktok.com": r"/\w+"},
        extractors=frozenset({"tiktok", "tiktokphoto"}),  # tiktokphoto: our yt-dlp plugin
        dedicated_hosts=("tiktok.com",),
    ),
    Platform(
        "douyin",
        r"(?i:\bDouyin\b)",
        names="Douyin",
        clip_urls={
            "douyin.com": r"/(?:video|note)/\d+",
            "iesdouyin.com": r"/share/video/\d+",
            "v.douyin.com": r"/[\w-]+",
        },
        extractors=frozenset({"douyin"}),
        dedicated_hosts=("douyin.com",),
    ),
    Platform(
        "x",
        r"(?i:\b(?:Twitter|(?:re)?tweet(?:s|ed|ing)?)\b)"
        # ("posted the video to X", "uploaded it to X")
        # (a sentence may open on it, and a repost go to it: "On X, ...", "reposted it to X")
        r"|(?:\b(?:[Oo]n|[Oo]nto|[Vv]ia|[Aa]cross)|\b(?:[Rr]e-?|[Cc]ross-)?(?:[Pp]osted|[Ss]hared|"
        r"[Uu]ploaded|[Pp]ublished|[Pp]ut|[Cc]opied)"
        r"(?:\s+(?:it|them|(?:the|this|that|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:video|clip|"
        r"footage|post|recording|reel)(?:\s+of\s+(?:the|a|an|his|her|their)\s+[\w-]+)?))?\s+to)"
        r"\s+X\b(?![-'’]\w)(?!\s+(?:[A-Z]|[Dd]ay\b))(?!,\s+[A-Z]\b)"
        r"|\bX\s*\((?:formerly|previously)|\bX\s+(?:users?|posts?|accounts?|videos?|clips?)\b"
        # (the platform acting on a post, opening the sentence: "X has added a community
        # note to the post", "X later removed the copy")
        r"|^X\s+(?:has\s+|had\s+)?(?:since\s+|also\s+|later\s+|then\s+)?(?:added|attached|"
        r"appended|placed|removed|deleted|took\s+down|labell?ed|suspended|restricted)\b",
        names="Twitter",
        cased_names="X",
        clip_urls={"x.com": _X_CLIP, "twitter.com": _X_CLIP, "t.co": r"/\w+"},
        extractors=frozenset({"twitter"}),
        dedicated_hosts=("x.com", "twitter.com"),
    ),
    Platform(
        "instagram",
        r"(?i:\bInstagram(?:mers?)?\b)",
        names="Instagram",
        clip_urls={
            "instagram.com": r"/(?:[\w.]+/)?(?:p|reels?|tv)/[\w-]+",
            "instagr.am": r"/(?:p|reel|tv)/[\w-]+",
        },
        extractors=frozenset({"instagram"}),
        dedicated_hosts=("instagram.com",),
    ),
    Platform(
        "youtube",
        r"(?i:\bYou\s?Tube(?:rs?)?\b)",
        names=r"You\s?Tube",
        clip_urls={
            "youtube.com": r"/watch\b|/(?:shorts|embed|live|v)/[\w-]+",
            "youtu.be": r"/[\w-]{6,}",
        },
        extractors=frozenset({"youtube"}),
        dedicated_hosts=("youtube.com",),
    ),
    Platform(
        "facebook",
        # (or Meta acting on a post, as fact-checks tell it: "Meta has since added a 'false
        # information' label to the Rural Voice post", unless the line names its Instagram)
        r"(?i:\bFacebook\b)|\bMeta(?=\s+(?:has\s+|had\s+|later\s+|since\s+|then\s+|also\s+)*"
        r"(?:said\b[^.;]{0,40}?\b)?(?:removed|labell?ed|added|took\s+down|restricted|deleted|"
        r"suspended|banned|blocked)\b)(?![^.;]{0,200}?\b(?:Instagram|Threads|WhatsApp)\b)",
        names="Facebook",
        clip_urls={
            "facebook.com": r"/(?:watch|reel|share/[vr])\b|/[\w.]+/(?:videos|posts)/|/video\.php",
            "fb.watch": r"/\w+",
        },
        extractors=frozenset({"facebook"}),
        dedicated_hosts=("facebook.com",),
    ),
    Platform(
        "weibo",
        r"(?i:\bWeibo\b)",
        names="Weibo",
        clip_urls={
            "weibo.com": r"/tv/show/[\d:]+|/\d+/\w+|/detail/\d+",
            "weibo.cn": r"/(?:status|detail)/\w+",
            "video.weibo.com": r"/show",
        },
        extractors=frozenset({"weibo"}),
        dedicated_hosts=("weibo.com",),
    ),
    Platform(
        "bilibili",
        r"(?i:\bBilibili\b)",
        names="Bilibili",
        clip_urls={"bilibili.com": r"/video/(?:BV|av)\w+", "b23.tv": r"/\w+"},
        extractors=frozenset({"bilibili"}),
        dedicated_hosts=("bilibili.com",),
    ),
    Platform(
        "kuaishou",
        r"(?i:\bKuaishou\b)",
        names="Kuaishou",
        clip_urls={"kuaishou.com": r"/short-video/\w+", "v.kuaishou.com": r"/\w+"},
    ),
    # Kwai (Kuaishou's app outside China, big in Brazil), Likee, Triller and Lemon8:
    # short-video apps articles cite by name; no yt-dlp extractor of their own.
    Platform(
        "kwai",
        r"(?i:\bKwai\b)",
        names="Kwai",
        clip_urls={"kwai.com": r"/@[\w.-]+/video/\d+", "k.kwai.com": r"/\w+"},
    ),
    Platform(
        "likee",
        r"(?i:\bLikee\b)",
        names="Likee",
        clip_urls={"likee.video": r"/@?[\w.-]+/video/\d+"},
    ),
    Platform("triller", r"(?i:\bTriller\b)", names="Triller"),
    Platform("lemon8", r"(?i:\bLemon8\b)", names="Lemon8"),
    Platform(
        "xiaohongshu",
        r"(?i:\bXiaohongshu\b|\bRedNote\b|\bLittle Red Book\b)",
        names="Xiaohongshu|RedNote",
        clip_urls={
            "xiaohongshu.com": r"/(?:explore|discovery/item)/\w+",
            "xhslink.com": r"/\w+",
        },
    ),
    Platform("snapchat", r"(?i:\bSnapchat\b)", names="Snapchat"),
    Platform(
        "reddit",
        r"(?i:\bReddit\b)",
        names="Reddit",
        clip_urls={"reddit.com": r"/r/\w+/comments/\w+", "v.redd.it": r"/\w+"},
        extractors=frozenset({"reddit"}),
    ),
    Platform(
        "threads",
        r"\b(?:on|to) Threads\b|\bThreads (?:posts?|users?|accounts?|videos?|clips?)\b",
        cased_names="Threads",
        clip_urls={"threads.net": r"/@[\w.]+/post/[\w-]+"},
    ),
    Platform(
        "telegram",
        r"(?i:\bTelegram\b)",
        names="Telegram",
        clip_urls={"t.me": r"/\w+/\d+"},
    ),
    Platform("wechat", r"(?i:\bWeChat\b)", names="WeChat"),
    # No yt-dlp extractor reads WhatsApp, but articles cite clips "circulating on
    # WhatsApp groups" as often as on any other platform: a stated platform all the same.
    Platform("whatsapp", r"(?i:\bWhats\s?App\b)", names=r"Whats\s?App"),
    # (and the messengers where local copy says clips were forwarded: Vietnam's Zalo,
    # Korea's KakaoTalk, Viber)
    Platform("zalo", r"(?i:\bZalo\b)", names="Zalo"),
    Platform("kakaotalk", r"(?i:\bKakao\s?Talk\b)", names=r"Kakao\s?Talk"),
    Platform("viber", r"(?i:\bViber\b)", names="Viber"),
    Platform(
        "vimeo",
        r"(?i:\bVimeo\b)",
        names="Vimeo",
        clip_urls={"vimeo.com": r"/\d+", "player.vimeo.com": r"/video/\d+"},
        extractors=frozenset({"vimeo"}),
    ),
    Platform("twitch", r"\bTwitch\b", cased_names="Twitch"),
    Platform(
        "bluesky",
        r"(?i:\bBluesky\b)",
        names="Bluesky",
        clip_urls={"bsky.app": r"/profile/[^/]+/post/\w+"},
    ),
    Platform(  # "a rumble of thunder": the platform only when capitalised and posted to
        "rumble",
        r"\b(?:on|to|via) Rumble\b|\bRumble (?:videos?|channels?|streams?|posts?)\b",
        cased_names="Rumble",
        clip_urls={"rumble.com": r"/v[\w-]+\.html"},
        extractors=frozenset({"rumble"}),
    ),
    # Kick, the streaming site: "kick" is a common word, so the platform only when
    # capitalised and streamed or posted on ("broadcast live on Kick", "a Kick stream")
    Platform(
        "kick",
        r"\b(?:on|to|via) Kick\b(?!\s+(?:off|out|in|up)\b)|\bKick (?:streams?|streamers?|"
        r"channels?|clips?|videos?|livestreams?|accounts?)\b",
        cased_names="Kick",
        clip_urls={"kick.com": r"/[\w-]+/(?:videos|clips)/[\w-]+|/[\w-]+\?clip=[\w-]+"},
        extractors=frozenset({"kick", "kickvod", "kickclip", "kick:live", "kick:vod", "kick:clip"}),
        dedicated_hosts=("kick.com",),
    ),
    Platform("nextdoor", r"(?i:\bNextdoor\b)", names="Nextdoor"),
    Platform("linkedin", r"(?i:\bLinkedIn\b)", names="LinkedIn"),
    Platform(
        "dailymotion",
        r"(?i:\bDailymotion\b)",
        names="Dailymotion",
        clip_urls={"dailymotion.com": r"/video/\w+", "dai.ly": r"/\w+"},
        extractors=frozenset({"dailymotion"}),
    ),
    Platform(
        "social media",
        r"(?i:\bsocial[ -]media\b|\bsocial (?:networks?|platforms?)\b)",
    ),
)

BY_NAME = {platform.name: platform for platform in PLATFORMS}
BY_NAME["twitter"] = BY_NAME["x"]  # older catalogues and manifests say twitter

# Any platform's own name ("social media" is not one), for patterns like "posted to X".
NAMED_PLATFORM = (
    r"(?i:"
    + "|".join(rf"\b(?:{p.names})" for p in PLATFORMS if p.names)
    + r")\b|\b(?:"
    + "|".join(p.cased_names for p in PLATFORMS if p.cased_names)
    + r")\b"
)
_MENTIONS = [(p.name, re.compile(p.mentions)) for p in PLATFORMS]


def platform_named(text: str) -> str | None:
    """The platform a sentence names first; "social media" only when it names none."""
    found = sorted(
        (m.start(), name) for name, pattern in _MENTIONS for m in [pattern.search(text)] if m
    )
    named = [name for _, name in found if name != "social media"]
    return named[0] if named else ("social media" if found else None)


def extractors_of(name: str | None) -> frozenset[str]:
    """The yt-dlp extractor keys of a named platform's clips; empty when we cannot tell."""
    platform = BY_NAME.get((name or "").lower())
    return platform.extractors if platform else frozenset()


def refuses_generic(host: str) -> str | None:
    """The platform whose dedicated extractors alone may read pages on `host`."""
    host = host.lower()
    for platform in PLATFORMS:
        for dedicated in platform.dedicated_hosts:
            if host == dedicated or host.endswith(f".{dedicated}"):
                return platform.name
    return None


# ---------------------------------------------------------------------------------------
# Clip URLs

_CLIP_HOSTS = {host: (p.name, path) for p in PLATFORMS for host, path in p.clip_urls.items()}
TRACKING_PARAMETERS = re.compile(
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
        pairs = [(k, v) for k, v in pairs if not TRACKING_PARAMETERS.fullmatch(k)]
    netloc = (parts.hostname or "").lower()
    return urllib.parse.urlunsplit(("https", netloc, parts.path, urllib.parse.urlencode(pairs), ""))


def url_platform(url: str) -> str | None:
    """The platform a clip URL belongs to ("tiktok", "x", ...), None for other URLs."""
    host = _clip_host(urllib.parse.urlsplit(url).hostname or "")
    return _CLIP_HOSTS[host][0] if host else None


def clip_identity(url: str) -> str:
    """Two URLs of one clip (the embed and the page) share this key."""
    if m := re.search(r"tiktok\.com/(?:@[\w.-]*/video|embed)/(\d+)", url):
        return f"tiktok:{m[1]}"
    if m := re.search(r"(?:x|twitter)\.com/(?:\w+|i(?:/web)?)/status/(\d+)", url):
        return f"x:{m[1]}"
    if m := re.search(r"youtube\.com/(?:watch\?v=|shorts/)([\w-]+)|youtu\.be/([\w-]+)", url):
        return f"youtube:{m[1] or m[2]}"
    if m := re.search(r"instagram\.com/(?:[\w.]+/)?(?:p|reels?|tv)/([\w-]+)", url):
        return f"instagram:{m[1]}"
    return url


def url_handle(url: str) -> str | None:
    """The @handle a clip URL carries (TikTok, X), lower case."""
    found = re.search(r"/@([\w.-]+)|(?:x|twitter)\.com/(?!i/)(\w+)/status", url)
    return (found[1] or found[2]).lower() if found else None
