"""The yt-dlp adapter: one YoutubeDL for a run, its options, its retries, its files.

    with YtDlp(options, work_dir) as ydl:
        info = ydl.extract(url)               # metadata only, paced and retried
        fetched = ydl.download(url, info)     # the clip's files in work_dir

Nothing here touches the catalogue: what was fetched comes back as a `Fetched`, and
archiver.clips.capture decides what to keep. yt-dlp's own info dict after a download
names every file it wrote (the video, thumbnails, subtitles), which is all a
PostProcessor would be told, so the files are read from there.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yt_dlp
from yt_dlp.cookies import CookieLoadError
from yt_dlp.networking import Request, Response
from yt_dlp.networking.exceptions import HTTPError
from yt_dlp.networking.impersonate import ImpersonateTarget

from archiver import errors
from archiver.clips.failures import classify, retry_after
from archiver.clips.ffmpeg import extract_audio, ffmpeg_exe, mime_type, probe
from archiver.clips.provenance import ExchangeLog, HttpExchange
from archiver.clips.proxies import check_proxy_url
from archiver.clips.urls import HostPacer

# TikTok's `audio` format is the music track, not what is said in the clip; take a
# format that carries both picture and sound and extract the sound ourselves.
CLIP_FORMAT = "best[vcodec!=none][acodec!=none]/best"
MAX_RETRY_WAIT_SECONDS = 300.0


class CookieText:
    """A cookies file's contents, carried with a task to a worker that may not have the
    file. Its repr names only a digest: options are logged, printed in tracebacks and
    hashed into Dask's keys, and a session cookie must show in none of them."""

    def __init__(self, data: bytes):
        self.data = data

    def __repr__(self) -> str:
        return f"CookieText(sha256={hashlib.sha256(self.data).hexdigest()[:16]}...)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CookieText) and other.data == self.data

    def __hash__(self) -> int:
        return hash(self.data)


def cookie_text(path: Path) -> CookieText:
    """Read a cookies file once, here, to travel with the tasks."""
    try:
        return CookieText(Path(path).read_bytes())
    except OSError as error:
        raise errors.ConfigError(f"--cookies: cannot read {path}: {error.strerror}") from error


@dataclass
class FetchOptions:
    """How to ask: what the adapter needs of the capture options."""

    keep_video: bool = False
    limit: int | None = None  # entries per user page or playlist
    cookies: Path | CookieText | None = None  # passed to yt-dlp, never stored
    pause: float | None = None  # None: DEFAULT_PAUSE_SECONDS, none on loopback
    retries: int = 3
    backoff: float = 2.0  # seconds; doubles on each retry
    socket_timeout: float = 30.0
    # A browser to look like ("chrome", "chrome-136", "safari:ios") on every request;
    # None leaves it to the extractor (TikTok's asks for one on each page fetch).
    impersonate: str | None = None
    proxy: str | None = None  # may hold credentials: never stored or shown as given
    cookies_from_browser: str | None = None  # BROWSER[+KEYRING][:PROFILE][::CONTAINER]


@dataclass(frozen=True)
class FetchedFile:
    """A file yt-dlp or ffmpeg wrote for a clip, in the work folder, not yet stored."""

    path: Path
    kind: str  # audio, video, thumbnail, subtitles
    mime_type: str | None = None
    codec: str | None = None
    duration: float | None = None
    language: str | None = None  # of subtitles, as the platform codes it
    position: int | None = None  # of an image in a photo post: 1, 2, ...
    width: int | None = None
    height: int | None = None


@dataclass
class Fetched:
    """A download's files; `failure` says why there is no audio when there is none."""

    files: list[FetchedFile] = field(default_factory=list)
    failure: errors.ArchiverError | None = None


def parse_impersonate(target: str) -> ImpersonateTarget:
    """`chrome`, `chrome-136`, `safari:ios`...; "" is any browser yt-dlp can mimic."""
    try:
        return ImpersonateTarget.from_str(target.lower()) if target else ImpersonateTarget()
    except ValueError as error:
        raise errors.ConfigError(f"not an impersonation target: {target!r} ({error})") from error


def impersonation_target(target: str | None = None) -> str | None:
    """The browser a request asking to impersonate `target` (None: any) would look
    like here, or None when yt-dlp can impersonate none (curl_cffi missing)."""
    wanted = parse_impersonate(target or "")
    with yt_dlp.YoutubeDL({"quiet": True, "logger": _QuietLogger()}) as ydl:
        # yt-dlp's own --list-impersonate-targets reads this list; its handlers
        # prefer the targets at its end.
        available = ydl._get_available_impersonate_targets()
    return next((str(t) for t, _ in reversed(available) if wanted in t), None)


def parse_browser(spec: str) -> tuple[str, str | None, str | None, str | None]:
    """BROWSER[+KEYRING][:PROFILE][::CONTAINER], as yt-dlp's --cookies-from-browser."""
    from yt_dlp.cookies import SUPPORTED_BROWSERS, SUPPORTED_KEYRINGS

    found = re.fullmatch(r"([^+:]+)(?:\+([^:]+))?(?::((?:(?!::).)+))?(?:::(.+))?", spec)
    if not found or found.group(1).lower() not in SUPPORTED_BROWSERS:
        names = ", ".join(sorted(SUPPORTED_BROWSERS))
        raise errors.ConfigError(f"--cookies-from-browser: not a browser ({names}): {spec!r}")
    browser, keyring, profile, container = found.groups()
    if keyring and keyring.upper() not in SUPPORTED_KEYRINGS:
        raise errors.ConfigError(f"--cookies-from-browser: unknown keyring {keyring!r}")
    return browser.lower(), profile, keyring and keyring.upper(), container


def _cookie_hint(error: BaseException) -> str:
    message = str(error).removeprefix("ERROR: ")
    if isinstance(error, CookieLoadError) and error.__cause__:
        # which file was missing or unreadable; yt-dlp's own message says only "failed"
        message = f"{message}: {error.__cause__}"
    return message


def strip_secrets(value: Any) -> Any:
    """Drop cookies and auth headers that yt-dlp copies into format dicts."""
    if isinstance(value, dict):
        return {
            key: strip_secrets(item)
            for key, item in value.items()
            if key.lower() not in ("cookies", "cookie", "authorization")
        }
    if isinstance(value, list):
        return [strip_secrets(item) for item in value]
    return value


def packed_info(sanitized: dict[str, Any]) -> bytes:
    """The info dict as stored with a capture: secrets removed, JSON, gzip."""
    text = json.dumps(strip_secrets(sanitized), ensure_ascii=False, sort_keys=True)
    return gzip.compress(text.encode("utf-8"), mtime=0)


# What yt-dlp's TikTok extractor logs (in verbose mode) after each page fetch: the
# browser the request handler made it look like, or "None" when none was used.
_IMPERSONATED = re.compile(r"Impersonation target: (\S+)")


class _QuietLogger:
    """Keeps yt-dlp's chatter off the terminal (our summary reports outcomes), and
    notes the one line we keep: which browser a page fetch impersonated."""

    def __init__(self) -> None:
        self.impersonated: str | None = None

    def debug(self, message: str) -> None:
        if found := _IMPERSONATED.search(message):
            target = found.group(1)
            self.impersonated = None if target == "None" else target

    def info(self, message: str) -> None:
        pass

    warning = error = info


class _YoutubeDL(yt_dlp.YoutubeDL):
    """YoutubeDL, where the browser the user chose also wins over an extractor's "any
    browser will do" (TikTok's page fetch asks that way; yt-dlp alone would then take
    its own first choice, not the user's)."""

    pages: list[str]  # HTML pages read since the last extraction began

    def __init__(self, params: dict[str, Any]):
        # every answer's status, headers and TLS chain, as it arrives: the one place
        # all of yt-dlp's fetches pass (extractors' pages and APIs, the downloader's
        # media requests), so no handler or extractor needs touching
        self.exchanges = ExchangeLog()
        self.phase = "page"  # or "media" while downloading
        super().__init__(params)

    def urlopen(self, req: Any) -> Any:
        chosen = self.params.get("impersonate")
        if chosen and isinstance(req, Request):
            if req.extensions.get("impersonate") == ImpersonateTarget():
                req.extensions["impersonate"] = chosen
        try:
            response = super().urlopen(req)
        except HTTPError as error:
            self.exchanges.note(error.response, self.phase)  # a 404's headers are evidence too
            raise
        self.exchanges.note(response, self.phase)  # before the body is read
        content_type = response.headers.get("Content-Type") or ""
        if not content_type.startswith("text/html"):
            return response  # media and API answers pass through unread
        # keep a copy of the page for its own data (archiver.clips.pagedata); pages
        # are small, and the extractor reads the copy as it would the original
        body = response.read()
        self.pages = [*getattr(self, "pages", [])[-1:], body.decode("utf-8", "replace")]
        copy = Response(io.BytesIO(body), response.url, response.headers, response.status)
        copy.extensions = response.extensions  # which browser it impersonated, say
        return copy


class YtDlp:
    """One YoutubeDL with our options; use as a context manager."""

    def __init__(
        self,
        options: FetchOptions,
        work_dir: Path,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.options = options
        self.work_dir = work_dir
        self.pacer = HostPacer(options.pause, sleep=sleep)
        self._sleep = sleep
        self._logger = _QuietLogger()
        try:
            self._ydl = _YoutubeDL(self._ydl_options())
            # read the cookies now: a browser profile that is not there is one clear
            # error before the batch, not one per URL
            self._ydl.cookiejar  # noqa: B018
        except yt_dlp.utils.YoutubeDLError as error:  # an impersonation target not here
            raise errors.ConfigError(_cookie_hint(error)) from error

    def _ydl_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {
            "quiet": True,
            "no_warnings": True,
            "noprogress": True,
            # verbose only so extractors tell our logger what they impersonated
            "verbose": True,
            "logger": self._logger,
            "format": CLIP_FORMAT,
            "extract_flat": "in_playlist",
            "paths": {"home": str(self.work_dir), "temp": str(self.work_dir)},
            "outtmpl": "%(extractor_key)s-%(id).80B.%(ext)s",
            "writethumbnail": True,
            # the platform's own captions, kept as a second transcript source
            "writesubtitles": True,
            "subtitleslangs": ["all", "-live_chat"],
            "subtitlesformat": "vtt/srt/best",
            "retries": self.options.retries,
            "socket_timeout": self.options.socket_timeout,
            "ffmpeg_location": ffmpeg_exe(),
        }
        if self.options.limit:
            options["playlistend"] = self.options.limit
        if self.options.impersonate:
            options["impersonate"] = parse_impersonate(self.options.impersonate)
        if self.options.proxy:
            options["proxy"] = check_proxy_url(self.options.proxy)
        if self.options.cookies_from_browser:
            # read by yt-dlp into its in-memory jar; written nowhere (no cookiefile)
            options["cookiesfrombrowser"] = parse_browser(self.options.cookies_from_browser)
        if self.options.cookies:
            # yt-dlp writes its cookie jar back on close: give it a private copy
            # so the user's file is untouched and nothing lands in the archive.
            private = self.work_dir / "cookies.txt"
            private.touch(mode=0o600)
            if isinstance(self.options.cookies, CookieText):
                private.write_bytes(self.options.cookies.data)
            else:
                shutil.copyfile(self.options.cookies, private)
            private.chmod(0o600)
            options["cookiefile"] = str(private)
        return options

    def __enter__(self) -> YtDlp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._ydl.close()

    @property
    def pages(self) -> list[str]:
        """The HTML pages the last extraction read (the last two at most)."""
        return getattr(self._ydl, "pages", [])

    @property
    def impersonated(self) -> str | None:
        """What the last page fetch of an impersonating extractor looked like."""
        return self._logger.impersonated

    def take_exchanges(self) -> tuple[list[HttpExchange], int]:
        """The HTTP answers received since the last take, and how many were not kept
        (over the cap); the log starts again."""
        return self._ydl.exchanges.take()

    def extract(self, url: str) -> dict[str, Any]:
        """yt-dlp's metadata for `url` (a clip, or a list of entries); ArchiverError
        on failure, after retrying what is worth retrying."""
        self._logger.impersonated = None
        self._ydl.pages = []
        self._ydl.phase = "page"
        return self._with_retries(url, lambda: self._ydl.extract_info(url, download=False))

    def peek(self, url: str) -> dict[str, Any]:
        """What the extractor reads from `url`'s own page, without following what it
        points to (no formats chosen, no embedded URL resolved)."""
        return self._with_retries(
            url, lambda: self._ydl.extract_info(url, download=False, process=False)
        )

    def sanitize(self, info: dict[str, Any]) -> dict[str, Any]:
        return self._ydl.sanitize_info(info)

    def download(self, url: str, info: dict[str, Any]) -> Fetched:
        """Download the clip and extract its audio; the thumbnail, the platform's
        captions and (if asked) the video come too. A clip whose audio cannot be had
        still gives the other files, with the failure."""
        self._ydl.phase = "media"
        try:
            return self._download(url, info)
        finally:
            self._ydl.phase = "page"

    def _download(self, url: str, info: dict[str, Any]) -> Fetched:
        self._with_retries(url, lambda: self._ydl.process_info(info), pace=False)
        video = Path(info.get("filepath") or "")
        if not video.is_file():
            raise errors.CorruptMedia("yt-dlp reported no downloaded file")
        fetched = Fetched()
        thumbnail = next(
            (Path(t["filepath"]) for t in info.get("thumbnails") or [] if t.get("filepath")),
            None,
        )
        if thumbnail and thumbnail.is_file():
            fetched.files.append(FetchedFile(thumbnail, "thumbnail", mime_type(thumbnail)))
        for language, subtitle in sorted((info.get("requested_subtitles") or {}).items()):
            path = Path(subtitle.get("filepath") or "")
            if path.is_file() and path.stat().st_size:
                fetched.files.append(
                    FetchedFile(path, "subtitles", mime_type(path), language=language)
                )
        fetched.files.extend(self._images(info))
        if self.options.keep_video and info.get("vcodec") != "none":
            try:
                kept = probe(video)
            except errors.ArchiverError as failure:  # keep the thumbnail and captions
                fetched.failure = failure
                return fetched
            copy = video.with_name(f"kept-{video.name}")  # the audio is still cut from it
            shutil.copyfile(video, copy)
            fetched.files.append(
                FetchedFile(copy, "video", mime_type(video), kept.video_codec, kept.duration)
            )
        try:
            audio = extract_audio(video, self.work_dir / "audio")
        except errors.ArchiverError as failure:
            fetched.failure = failure
            return fetched
        fetched.files.append(
            FetchedFile(audio.path, "audio", audio.mime_type, audio.codec, audio.duration)
        )
        return fetched

    def _images(self, info: dict[str, Any]) -> list[FetchedFile]:
        """A photo post's images (our TikTok photo plugin lists them), in order, fetched
        through the same YoutubeDL: its cookies, proxy and impersonation."""
        files = []
        for position, image in enumerate(info.get("images") or [], start=1):
            url = image["url"]
            path = self.work_dir / f"image-{position:03d}"
            response = self._with_retries(url, lambda url=url: self._ydl.urlopen(url))
            with path.open("wb") as out:
                shutil.copyfileobj(response, out)
            if not path.stat().st_size:
                raise errors.CorruptMedia(f"image {position} of the post is empty")
            width, height = image.get("width"), image.get("height")
            files.append(
                FetchedFile(path, "image", mime_type(path), position=position, width=width,
                            height=height)
            )  # fmt: skip
        return files

    def _with_retries(self, url: str, action: Callable[[], Any], pace: bool = True) -> Any:
        """Run `action`, retrying network failures (429, 5xx, timeouts) with backoff."""
        attempt = 0
        while True:
            if pace:
                self.pacer.wait(url)
            try:
                return action()
            except Exception as error:  # noqa: BLE001
                failure = classify(error)
                retryable = isinstance(failure, errors.NetworkError) and failure.retryable
                if not retryable or attempt >= self.options.retries:
                    raise failure from error
                delay = retry_after(error) or self.options.backoff * (2**attempt)
                self._sleep(min(delay, MAX_RETRY_WAIT_SECONDS))
                attempt += 1
