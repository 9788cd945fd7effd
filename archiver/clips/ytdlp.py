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
import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yt_dlp

from archiver import errors
from archiver.clips.failures import classify, retry_after
from archiver.clips.ffmpeg import extract_audio, ffmpeg_exe, mime_type, probe
from archiver.clips.urls import HostPacer

# TikTok's `audio` format is the music track, not what is said in the clip; take a
# format that carries both picture and sound and extract the sound ourselves.
CLIP_FORMAT = "best[vcodec!=none][acodec!=none]/best"
MAX_RETRY_WAIT_SECONDS = 300.0


@dataclass
class FetchOptions:
    """How to ask: what the adapter needs of the capture options."""

    keep_video: bool = False
    limit: int | None = None  # entries per user page or playlist
    cookies: Path | None = None  # passed to yt-dlp, never stored
    pause: float | None = None  # None: DEFAULT_PAUSE_SECONDS, none on loopback
    retries: int = 3
    backoff: float = 2.0  # seconds; doubles on each retry
    socket_timeout: float = 30.0


@dataclass(frozen=True)
class FetchedFile:
    """A file yt-dlp or ffmpeg wrote for a clip, in the work folder, not yet stored."""

    path: Path
    kind: str  # audio, video, thumbnail, subtitles
    mime_type: str | None = None
    codec: str | None = None
    duration: float | None = None
    language: str | None = None  # of subtitles, as the platform codes it


@dataclass
class Fetched:
    """A download's files; `failure` says why there is no audio when there is none."""

    files: list[FetchedFile] = field(default_factory=list)
    failure: errors.ArchiverError | None = None


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


class _QuietLogger:
    """Keeps yt-dlp's chatter off the terminal; our summary reports outcomes."""

    def debug(self, message: str) -> None:
        pass

    info = warning = error = debug


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
        self._ydl = yt_dlp.YoutubeDL(self._ydl_options())

    def _ydl_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {
            "quiet": True,
            "no_warnings": True,
            "noprogress": True,
            "logger": _QuietLogger(),
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
        if self.options.cookies:
            # yt-dlp writes its cookie jar back on close: give it a private copy
            # so the user's file is untouched and nothing lands in the archive.
            private = self.work_dir / "cookies.txt"
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

    def extract(self, url: str) -> dict[str, Any]:
        """yt-dlp's metadata for `url` (a clip, or a list of entries); ArchiverError
        on failure, after retrying what is worth retrying."""
        return self._with_retries(url, lambda: self._ydl.extract_info(url, download=False))

    def sanitize(self, info: dict[str, Any]) -> dict[str, Any]:
        return self._ydl.sanitize_info(info)

    def download(self, url: str, info: dict[str, Any]) -> Fetched:
        """Download the clip and extract its audio; the thumbnail, the platform's
        captions and (if asked) the video come too. A clip whose audio cannot be had
        still gives the other files, with the failure."""
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
        if self.options.keep_video:
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
