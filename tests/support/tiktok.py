"""Recorded TikTok video pages for yt-dlp's real TikTok extractor, offline.

TikTok's web page for a video carries everything yt-dlp reads in one JSON blob,
`<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__">`. We keep one recorded-format
payload (tests/data/tiktok/video_page.json), build a page per test video from it,
and answer yt-dlp's page request with it. The media, cover, avatar, caption and
music URLs in the payload are rewritten to files on the loopback `Site`, so the
format download is plain HTTP from 127.0.0.1.

The patch sits in yt-dlp, at `YoutubeDL.urlopen`, the one door every yt-dlp
request goes through (extractor pages and the downloader alike). Only TikTok
hosts are intercepted: a registered video page is answered from the recording,
an unregistered one with HTTP 404, and any other TikTok request (API, CDN,
short links) is refused with `TikTokRequestBlocked` and logged in `leaks`.
Everything else, the loopback media included, goes through yt-dlp untouched.

Usage:

    tiktok = recorded_tiktok_fixture()          # in a test module

    def test_x(tiktok):
        url = tiktok.add_video(FACTS.video_id)
        ...

or `install(monkeypatch, site)` from a fixture of your own.
"""

from __future__ import annotations

import copy
import http.cookiejar
import io
import json
import re
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from yt_dlp import YoutubeDL
from yt_dlp.networking import Request, Response
from yt_dlp.networking.common import RequestHandler
from yt_dlp.networking.exceptions import HTTPError

from tests.support.media_factory import ffmpeg
from tests.support.site import Site
from tests.support.wire import PageServer

DATA = Path(__file__).resolve().parent.parent / "data" / "tiktok"
TEMPLATE = DATA / "video_page.json"
CAPTIONS = DATA / "captions"  # one WebVTT file per subtitleInfos LanguageCodeName

# Every host family TikTok serves pages, API answers or media from.
_TIKTOK_HOST = re.compile(
    r"(?:^|\.)(?:tiktok|tiktokv|tiktokcdn|tiktokcdn-us|tiktokw|ttwstatic|byteoversea"
    r"|ibytedtos|ibyteimg|muscdn)\.(?:com|us)$|(?:^|\.)musical\.ly$"
)
_PAGE_HOST = "www.tiktok.com"
_VIDEO_PAGE = re.compile(r"/@[^/]*/(?:video|photo)/(\d+)/?")  # a photo post's page too

# What TikTok puts in statusMsg next to a status code. yt-dlp reads only statusCode;
# these are kept for the look of the payload.
STATUS_MESSAGES = {
    10204: "item doesn't exist",
    10216: "status_self_see",
    10222: "author_secret",
}

MUSIC_TONE_HZ = 880  # the clip's own audio is 440 Hz (media_factory.make_clip)
MUSIC_SECONDS = 5  # the clip is 3 s


@dataclass(frozen=True)
class TemplateFacts:
    """The values in video_page.json, as yt-dlp reports them."""

    video_id: str = "7363945626723892301"
    handle: str = "hughchongqing"  # author.uniqueId -> uploader
    nickname: str = "Hugh Chongqing"  # author.nickname -> channel
    author_id: str = "6893742015582327813"  # author.id -> uploader_id
    sec_uid: str = (  # author.secUid -> channel_id
        "MS4wLjABAAAA-JhNm3hcfHOuSRFqDS_qQ3SwnVzssyIWsfGaUW8bU1TdSpl_rNgvImbhxjh8vIoN"
    )
    description: str = (
        "In Chongqing we never know which floor we're on 🏙️ The metro runs through "
        "the 8th floor of this building #chongqing #重庆 #8Dcity"
    )
    timestamp: int = 1714552200  # createTime, 2024-05-01T08:30:00Z
    duration: int = 3  # video.duration, matches MediaSet.clip
    track: str = "Fog over the Yangtze"  # music.title
    artist: str = "Lin Yue"  # music.authorName
    music_id: str = "7363206033112428557"
    views: int = 48172030  # stats.playCount
    likes: int = 3214000  # stats.diggCount
    comments: int = 18342  # stats.commentCount
    reposts: int = 96512  # stats.shareCount
    saves: int = 201877  # stats.collectCount


FACTS = TemplateFacts()


class TikTokRequestBlocked(AssertionError):
    """yt-dlp tried to reach TikTok itself; a test must never do that."""


@dataclass
class RecordedVideo:
    video_id: str
    url: str  # canonical https://www.tiktok.com/@handle/video/id
    status_code: int
    payload: dict[str, Any]  # the universal data, as served
    html: str  # the whole page
    media: Path | None  # what every video format serves (None when there is no item)
    music: Path | None  # what music.playUrl serves


class RecordedTikTok:
    """Recorded video pages keyed by video id, with their files on `site`."""

    def __init__(self, site: Site):
        self.site = site
        self.videos: dict[str, RecordedVideo] = {}
        self.requests: list[str] = []  # every TikTok URL yt-dlp asked for
        self.leaks: list[str] = []  # TikTok URLs refused because they would go out
        # When set (by through_request_handlers), page fetches go through yt-dlp's own
        # request director and handler, which send them to this loopback server.
        self.page_server: PageServer | None = None
        self.handled: list[HandledRequest] = []

    def add_video(
        self,
        video_id: str,
        handle: str = FACTS.handle,
        status_code: int = 0,
        media: Path | None = None,
        **item_overrides: Any,
    ) -> str:
        """Record a video page and return its canonical URL.

        `item_overrides` are merged into itemStruct: dicts merge key by key,
        other values replace, and None deletes the key (`music=None`). TikTok URLs
        in the media fields (formats, covers, avatars, captions, music) are then
        served from the site, loopback URLs are kept as given, and any other TikTok
        URL left in the page is an error. A non-zero `status_code` gives a page with
        that statusCode and no itemInfo: yt-dlp reads no item once the code is not 0.
        """
        if not re.fullmatch(r"\d+", video_id):
            raise ValueError(f"a TikTok video id is digits, not {video_id!r}")
        if status_code and item_overrides:
            raise ValueError("a page with a non-zero status code carries no item to override")
        url = f"https://{_PAGE_HOST}/@{handle}/video/{video_id}"
        payload = json.loads(TEMPLATE.read_text(encoding="utf-8"))
        scope = payload["__DEFAULT_SCOPE__"]
        scope["seo.abtest"].update(canonical=url, pageId=video_id)
        media_file = music_file = None
        if status_code:
            scope["webapp.video-detail"] = {
                "statusCode": status_code,
                "statusMsg": STATUS_MESSAGES.get(status_code, ""),
                "shareMeta": {"title": "TikTok", "desc": ""},
            }
        else:
            item = scope["webapp.video-detail"]["itemInfo"]["itemStruct"]
            item["id"] = item["video"]["id"] = video_id
            item["author"]["uniqueId"] = handle
            _merge(item, item_overrides)
            media_file = media or self.site.media.clip
            music_file = music_tone(self.site.media.clip.parent)
            _Localizer(self.site, video_id, media_file, music_file).item(item)
        _check_offline(payload)
        self.videos[video_id] = RecordedVideo(
            video_id, url, status_code, payload, page_html(payload), media_file, music_file
        )
        if self.page_server is not None:
            self.page_server.add(f"/tiktok/{video_id}", self.videos[video_id].html)
        return url

    def add_photo(
        self, post_id: str, images: list[Path], handle: str = FACTS.handle, **item_overrides: Any
    ) -> str:
        """Record a photo post's page (https://www.tiktok.com/@handle/photo/ID): the
        video page's item with no playable video, `imagePost.images` in the order of
        `images` (each served from the site), and the music as the post's sound."""
        self.add_video(post_id, handle, **item_overrides)
        recorded = self.videos[post_id]
        url = f"https://{_PAGE_HOST}/@{handle}/photo/{post_id}"
        payload = recorded.payload
        payload["__DEFAULT_SCOPE__"]["seo.abtest"]["canonical"] = url
        item = payload["__DEFAULT_SCOPE__"]["webapp.video-detail"]["itemInfo"]["itemStruct"]
        video = item["video"]
        for key in ("playAddr", "downloadAddr", "bitrateInfo", "subtitleInfos"):
            video.pop(key, None)
        video["duration"] = 0  # as TikTok gives it for a slideshow
        folder = f"tiktok/{post_id}"
        item["imagePost"] = {
            "title": item.get("desc", "")[:40],
            "images": [
                {
                    "imageURL": {
                        "urlList": [self.site.add_file(f"{folder}/photo-{n}{path.suffix}", path)]
                    },
                    "imageWidth": 1080,
                    "imageHeight": 1440,
                }
                for n, path in enumerate(images, start=1)
            ],
        }
        _check_offline(payload)
        self.videos[post_id] = RecordedVideo(
            post_id, url, 0, payload, page_html(payload), None, recorded.music
        )
        if self.page_server is not None:
            self.page_server.add(f"/tiktok/{post_id}", self.videos[post_id].html)
        return url

    def page_path(self, url: str, method: str) -> str | None:
        """Where `page_server` serves the page of a recorded video at `url`, if it is one."""
        parts = urllib.parse.urlparse(url)
        page = _VIDEO_PAGE.fullmatch(parts.path)
        if parts.hostname != _PAGE_HOST or not page or method != "GET":
            return None
        video = self.videos.get(page.group(1))
        if video is None or self.page_server is None:
            return None
        return f"/tiktok/{video.video_id}"

    def assert_no_leaks(self) -> None:
        assert not self.leaks, f"yt-dlp tried to reach TikTok: {self.leaks}"

    def answer(self, ydl: YoutubeDL, url: str, method: str) -> Response:
        """What TikTok would send for `url`, or refuse it; called from the patch."""
        self.requests.append(url)
        parts = urllib.parse.urlparse(url)
        page = _VIDEO_PAGE.fullmatch(parts.path)
        if parts.hostname != _PAGE_HOST or not page or method != "GET":
            self.leaks.append(url)
            raise TikTokRequestBlocked(f"yt-dlp tried to reach TikTok itself: {method} {url}")
        video = self.videos.get(page.group(1))
        if video is None:
            body = b"<!DOCTYPE html><html><body>Page not available</body></html>"
            raise HTTPError(Response(io.BytesIO(body), url, _HTML, status=404))
        _set_session_cookie(ydl)
        return Response(io.BytesIO(video.html.encode("utf-8")), url, _HTML, status=200)


_HTML = {"Content-Type": "text/html; charset=utf-8"}


def install(monkeypatch: pytest.MonkeyPatch, site: Site) -> RecordedTikTok:
    """Answer yt-dlp's TikTok requests from recordings for the rest of the test."""
    recorded = RecordedTikTok(site)
    real_urlopen = YoutubeDL.urlopen

    def urlopen(ydl: YoutubeDL, req: Any) -> Response:
        if isinstance(req, str):
            url, method = req, "GET"
        elif isinstance(req, urllib.request.Request):  # deprecated in yt-dlp, still accepted
            url, method = req.full_url, req.get_method()
        else:
            url, method = req.url, req.method
        if not _is_tiktok(url):
            return real_urlopen(ydl, req)
        if recorded.page_server and recorded.page_path(url, method):
            return real_urlopen(ydl, req)
        return recorded.answer(ydl, url, method)

    monkeypatch.setattr(YoutubeDL, "urlopen", urlopen)
    return recorded


@dataclass(frozen=True)
class HandledRequest:
    handler: str  # RH_KEY of the request handler yt-dlp's director picked
    url: str  # the TikTok URL asked for
    impersonate: str | None  # the target the request carried, as yt-dlp's handler resolves it


def through_request_handlers(
    monkeypatch: pytest.MonkeyPatch, recorded: RecordedTikTok, server: PageServer
) -> list[HandledRequest]:
    """From now on, recorded TikTok page fetches are not answered at YoutubeDL.urlopen
    but go through yt-dlp's request director, to the handler it picks (curl_cffi when
    impersonating, urllib otherwise), which sends them to `server` on loopback: the
    one change is the address, made at the handler's `send`. Returns the list of
    page requests each handler was given."""
    recorded.page_server = server
    for video in recorded.videos.values():
        server.add(f"/tiktok/{video.video_id}", video.html)
    real_send = RequestHandler.send

    def send(handler: RequestHandler, request: Request) -> Response:
        path = recorded.page_path(request.url, request.method)
        if path is None:
            return real_send(handler, request)
        resolve = getattr(handler, "_get_request_target", lambda _: None)
        target = resolve(request)
        recorded.handled.append(
            HandledRequest(handler.RH_KEY, request.url, str(target) if target else None)
        )
        local = request.copy()
        local.url = server.base_url + path
        return real_send(handler, local)

    monkeypatch.setattr(RequestHandler, "send", send)
    return recorded.handled


def recorded_tiktok_fixture(name: str = "tiktok") -> Callable[..., Iterator[RecordedTikTok]]:
    """A pytest fixture called `name` giving a RecordedTikTok that fails on leaks.

    Assign it at module level: `tiktok = recorded_tiktok_fixture()`.
    """

    @pytest.fixture(name=name)
    def recorded_tiktok(monkeypatch: pytest.MonkeyPatch, site: Site) -> Iterator[RecordedTikTok]:
        recorded = install(monkeypatch, site)
        yield recorded
        recorded.assert_no_leaks()

    return recorded_tiktok


def page_html(payload: Mapping[str, Any]) -> str:
    """A TikTok video page around `payload`; TikTok writes '/' as \\u002F in it."""
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("/", "\\u002F")
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<title>TikTok - Make Your Day</title></head><body><div id="app"></div>'
        f'<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{data}</script>'
        "</body></html>"
    )


def music_tone(folder: Path) -> Path:
    """The music track: an AAC tone unlike the clip's own audio, made once per folder."""
    path = folder / "tiktok_music.m4a"
    if not path.exists():
        partial = folder / "tiktok_music.partial.m4a"
        ffmpeg(
            "-f", "lavfi", "-i", f"sine=frequency={MUSIC_TONE_HZ}:duration={MUSIC_SECONDS}",
            "-c:a", "aac", "-b:a", "64k", str(partial),
        )  # fmt: skip
        partial.replace(path)
    return path


class _Localizer:
    """Rewrites the TikTok media URLs of one item to files on the loopback site.

    Files are named after the last path segment of the recorded URL, so two
    fields holding the same TikTok URL (playAddr and a bitrateInfo entry, say)
    still share one URL, and yt-dlp deduplicates them as it does for TikTok.
    """

    def __init__(self, site: Site, video_id: str, media: Path, music: Path):
        self.site, self.media, self.music = site, media, music
        self.folder = f"tiktok/{video_id}"
        (site.root / self.folder).mkdir(parents=True, exist_ok=True)
        self.thumbnail = site.media.thumbnail

    def item(self, item: dict[str, Any]) -> None:
        video = item.get("video") or {}
        for key in ("playAddr", "downloadAddr"):
            if video.get(key):
                video[key] = self.serve(video[key], self.media)
        for gear in video.get("bitrateInfo") or []:
            addr = gear.get("PlayAddr") or {}
            addr["UrlList"] = [self.serve(url, self.media) for url in addr.get("UrlList") or []]
            addr["DataSize"] = self.media.stat().st_size
        for key in ("cover", "originCover", "dynamicCover", "reflowCover"):
            if video.get(key):
                video[key] = self.serve(video[key], self.thumbnail)
        if video.get("shareCover"):
            video["shareCover"] = [self.serve(url, self.thumbnail) for url in video["shareCover"]]
        for caption in video.get("subtitleInfos") or []:
            source = CAPTIONS / f"{caption['LanguageCodeName']}.vtt"
            caption["Url"] = self.serve(caption["Url"], source)
            caption["Size"] = source.stat().st_size
        author = item.get("author") or {}
        for key in ("avatarLarger", "avatarMedium", "avatarThumb"):
            if author.get(key):
                author[key] = self.serve(author[key], self.thumbnail)
        music = item.get("music") or {}
        if music.get("playUrl"):
            music["playUrl"] = self.serve(music["playUrl"], self.music)
        for key in ("coverLarge", "coverMedium", "coverThumb"):
            if music.get(key):
                music[key] = self.serve(music[key], self.thumbnail)

    def serve(self, url: str, source: Path) -> str:
        """The loopback URL for a recorded TikTok media URL; other URLs are kept."""
        host = urllib.parse.urlparse(url).hostname or ""
        if not url or not _is_tiktok(url) or host == _PAGE_HOST:
            return url  # empty, already local, or a www.tiktok.com URL yt-dlp drops
        segment = [part for part in urllib.parse.urlparse(url).path.split("/") if part][-1]
        name = re.sub(r"[^\w.-]", "_", Path(segment).stem) + source.suffix
        return self.site.add_file(f"{self.folder}/{name}", source)


def _is_tiktok(url: str) -> bool:
    return bool(_TIKTOK_HOST.search(urllib.parse.urlparse(url).hostname or ""))


def _merge(base: dict[str, Any], overrides: Mapping[str, Any]) -> None:
    for key, value in overrides.items():
        if value is None:
            base.pop(key, None)
        elif isinstance(value, Mapping) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = copy.deepcopy(value)


def _check_offline(payload: Any, where: str = "") -> None:
    """Fail if the page would send yt-dlp to a TikTok host other than the page host."""
    if isinstance(payload, dict):
        for key, value in payload.items():
            _check_offline(value, f"{where}.{key}")
    elif isinstance(payload, list):
        for index, value in enumerate(payload):
            _check_offline(value, f"{where}[{index}]")
    elif isinstance(payload, str) and payload.startswith(("http://", "https://")):
        host = urllib.parse.urlparse(payload).hostname
        if _is_tiktok(payload) and host != _PAGE_HOST:
            raise ValueError(f"recorded page still points at TikTok: {where} = {payload}")


def _set_session_cookie(ydl: YoutubeDL) -> None:
    """TikTok's page sets tt_chain_token; its CDN wants it back (URLs carry tk=tt_chain_token).

    The loopback media does not check it, but yt-dlp's cookie jar ends up as in a real run.
    """
    cookie = http.cookiejar.Cookie(
        version=0,
        name="tt_chain_token",
        value="Qm9yZWRPZlRoZVN0YWlycw==",
        port=None,
        port_specified=False,
        domain=".tiktok.com",
        domain_specified=True,
        domain_initial_dot=True,
        path="/",
        path_specified=True,
        secure=True,
        expires=int(time.time()) + 180 * 24 * 3600,
        discard=False,
        comment=None,
        comment_url=None,
        rest={"HttpOnly": ""},
    )
    ydl.cookiejar.set_cookie(cookie)
