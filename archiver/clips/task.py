"""Capture of one URL as a pure task: a URL and options in, the rows to write and the
files they name out. It never opens the catalogue, so it runs the same in the command's
own process and on a cluster worker on another machine.

    capture_task(url, options, held_audio) -> CaptureResult    on a worker
    Fetcher(options, work_dir).capture(url, held_audio)        what it calls

Files travel as bytes inside the result, keyed by their sha256 (computed here, checked
again by the writer on arrival). Bytes rather than a shared folder: workers on other
machines, Slurm nodes or Kubernetes pods share no disk with the writer, and the clips
are short (a few MB). archiver.clips.capture writes a result.
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from archiver import clock, errors
from archiver.clips.failures import classify
from archiver.clips.ffmpeg import Probe, probe
from archiver.clips.keyframes import KeyframePolicy, contact_sheet, pick_keyframes
from archiver.clips.normalize import normalize
from archiver.clips.pagedata import packed_page_data
from archiver.clips.provenance import HttpExchange
from archiver.clips.proxies import ProxyRule, proxy_for, without_credentials
from archiver.clips.records import CaptureRecord, ClipImage, StoredKeyframe, StoredMedia
from archiver.clips.schedule import SchedulePolicy
from archiver.clips.urls import check_platform_url, guess_clip_id, validate_url
from archiver.clips.ytdlp import FetchedFile, FetchOptions, YtDlp, packed_info
from archiver.interrupt import stop_point
from archiver.store.media import MediaStore
from archiver.store.scratch import new_system_scratch_dir
from archiver.untrusted import private_addresses_allowed, refuse_private_address


@dataclass
class CaptureOptions(FetchOptions):
    keep_video: bool = True  # the picture is evidence too; False is --audio-only
    keyframes: KeyframePolicy = field(default_factory=KeyframePolicy)
    refresh_media: bool = False  # download media again for clips we already hold
    new_only: bool = False  # skip URLs whose latest capture succeeded (resume a batch)
    policy: SchedulePolicy | None = None  # None: the archive's config.yaml
    proxies: dict[str, ProxyRule] | None = None  # per platform; None: config.yaml
    # new URLs may lead to private, loopback and link-local addresses (re-crawls of
    # clips already held are not checked again); default: ARCHIVER_ALLOW_PRIVATE_ADDRESSES
    allow_private_addresses: bool = field(default_factory=private_addresses_allowed)
    # captures of one platform in flight at once on a cluster; None: config.yaml
    at_once: dict[str, int] | None = None


@dataclass
class FailedCapture:
    """A URL that gave no clip; `clip_id` names the clip it may be (the writer checks)."""

    url: str
    failure: errors.ArchiverError
    parent_url: str | None = None
    clip_id: str | None = None
    # what the servers answered before it failed (a 404's headers are evidence too)
    exchanges: list[HttpExchange] = field(default_factory=list)
    exchanges_dropped: int = 0


@dataclass
class CaptureResult:
    """One URL's captures, in order, and the bytes of every file they name."""

    url: str
    items: list[CaptureRecord | FailedCapture] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)  # sha256 -> contents
    sheet_of: dict[str, str] = field(default_factory=dict)  # video sha256 -> its sheet's
    recheck: bool = False


def _shows(file: FetchedFile) -> bool:
    """False for a "video" that holds no picture (a clip that is only sound): keeping
    it would store the sound twice."""
    if file.kind != "video":
        return True
    try:
        return probe(file.path).video_codec is not None
    except errors.CorruptMedia:
        return True  # kept as fetched: the failure shows where the picture is read


class Fetcher:
    """Fetches URLs with one YoutubeDL (one per proxy) into results; never writes."""

    def __init__(
        self, options: CaptureOptions, work_dir: Path, sleep: Callable[[float], None] = time.sleep
    ):
        self.options = options
        self.proxies = options.proxies or {}
        self._work_dir = work_dir
        self._sleep = sleep
        self.ytdlp = YtDlp(options, work_dir, sleep=sleep)
        self._through: dict[str, YtDlp] = {}  # a YoutubeDL per platform proxy, made on use
        self._names = MediaStore(Path("."))  # only to name files as the store will

    def close(self) -> None:
        self.ytdlp.close()
        for ydl in self._through.values():
            ydl.close()
        shutil.rmtree(self._work_dir, ignore_errors=True)

    def capture(self, url: str, held_audio: frozenset[str] | set[str]) -> CaptureResult:
        """Capture one URL: a clip, or every entry of a user page or playlist."""
        result = CaptureResult(url)
        self._take_answers()  # a listing's or a probe's belong to no capture
        try:
            checked = validate_url(url)
            refuse_private_address(checked, self.options.allow_private_addresses)
            check_platform_url(checked)
            ydl, info = self._extract(checked)
        except Exception as error:  # noqa: BLE001 - every failure becomes a recorded status
            result.items.append(self._answered(_failed(url, classify(error))))
            return result
        if info.get("_type") in ("playlist", "multi_video"):
            self._capture_entries(url, info, ydl, held_audio, result)
        else:
            self._capture_info(url, info, result, held_audio, ydl=ydl)
        return result

    def recheck(
        self, clip_id: str, url: str, held_audio: frozenset[str] | set[str]
    ) -> CaptureResult:
        """Look again at a clip we hold (a re-crawl): metadata, and media only if we
        hold no audio for it yet."""
        result = CaptureResult(url, recheck=True)
        self._take_answers()  # a listing's or a probe's belong to no capture
        try:
            ydl, info = self._extract(validate_url(url))
        except Exception as error:  # noqa: BLE001 - every failure becomes a recorded status
            failure = FailedCapture(url, classify(error), clip_id=clip_id)
            result.items.append(self._answered(failure))
            return result
        if info.get("_type") in ("playlist", "multi_video"):
            failure = errors.Unavailable(f"{url} now leads to a list, not the clip")
            result.items.append(FailedCapture(url, failure, clip_id=clip_id))
            return result
        self._capture_info(url, info, result, held_audio, ydl=ydl)
        return result

    def list_flat(self, url: str) -> dict[str, Any]:
        """yt-dlp's flat answer for a profile, tag or sound page (entries' metadata only;
        the options list playlists flat), through a capture's own checks and access."""
        try:
            checked = validate_url(url)
            refuse_private_address(checked, self.options.allow_private_addresses)
            return self._extract(checked)[1]
        except errors.ArchiverError:
            raise
        except Exception as error:  # noqa: BLE001 - every failure becomes a recorded status
            raise classify(error) from error

    def _extract(self, url: str) -> tuple[YtDlp, dict[str, Any]]:
        """yt-dlp's answer for `url`, and the YoutubeDL that got it: through the
        platform's proxy when config.yaml names one, or directly and then, if the
        platform blocked us and its proxy is `only_after_block`, once through it."""
        rule = proxy_for(self.proxies, url)
        if rule is None or self.options.proxy:  # --proxy wins over the config
            return self.ytdlp, self.ytdlp.extract(url)
        if not rule.only_after_block:
            ydl = self._proxied(rule)
            return ydl, ydl.extract(url)
        try:
            return self.ytdlp, self.ytdlp.extract(url)
        except errors.Blocked:
            ydl = self._proxied(rule)
            return ydl, ydl.extract(url)

    def _proxied(self, rule: ProxyRule) -> YtDlp:
        if rule.url not in self._through:
            options = replace(self.options, proxy=rule.url)
            self._through[rule.url] = YtDlp(options, self._work_dir, sleep=self._sleep)
        return self._through[rule.url]

    def _capture_entries(
        self,
        parent_url: str,
        playlist: dict[str, Any],
        ydl: YtDlp,
        held_audio: frozenset[str] | set[str],
        result: CaptureResult,
    ) -> None:
        entries = list(playlist.get("entries") or [])
        if self.options.limit:
            entries = entries[: self.options.limit]
        for entry in entries:
            stop_point()
            entry_url = (entry or {}).get("url") or (entry or {}).get("webpage_url")
            if not entry_url:
                continue
            if entry.get("_type") in (None, "video") and entry.get("formats"):
                self._capture_info(entry_url, entry, result, held_audio, parent_url, ydl)
                continue
            try:
                checked = validate_url(entry_url)
                refuse_private_address(checked, self.options.allow_private_addresses)
                entry_ydl, info = self._extract(checked)
            except Exception as error:  # noqa: BLE001
                result.items.append(self._answered(_failed(entry_url, classify(error), parent_url)))
                continue
            self._capture_info(entry_url, info, result, held_audio, parent_url, entry_ydl)

    def _capture_info(
        self,
        url: str,
        info: dict[str, Any],
        result: CaptureResult,
        held_audio: frozenset[str] | set[str],
        parent_url: str | None = None,
        ydl: YtDlp | None = None,
    ) -> None:
        ydl = ydl or self.ytdlp
        sanitized = ydl.sanitize(info)
        found = normalize(sanitized)
        record = CaptureRecord(url, parent_url, found, packed_info(sanitized), clock.now())
        record.impersonation = ydl.impersonated
        record.proxy = without_credentials(ydl.options.proxy)
        record.page_data_gz = packed_page_data(ydl.pages)
        try:
            if self.options.refresh_media or found.clip.clip_id not in held_audio:
                fetched = ydl.download(url, info)
                kept = [(file, self._keep(file, result)) for file in fetched.files if _shows(file)]
                record.media = [media for _, media in kept]
                record.images = [
                    ClipImage(media.sha256, file.position, file.width, file.height)
                    for file, media in kept
                    if file.position is not None
                ]
                record.failure = fetched.failure
                for file, media in kept:
                    if media.kind == "video":
                        self._cut_keyframes(file.path, media, record, result)
        except Exception as error:  # noqa: BLE001 - metadata is kept even when media fails
            record.failure = classify(error)
        finally:
            self._clean_work_dir()
        result.items.append(self._answered(record))

    def _answered(self, item: CaptureRecord | FailedCapture) -> CaptureRecord | FailedCapture:
        """Give a capture the HTTP answers received since the last one: through
        whichever YoutubeDL (direct or a proxy's) fetched them."""
        exchanges, dropped = self._take_answers()
        item.exchanges += exchanges
        item.exchanges_dropped += dropped
        return item

    def _take_answers(self) -> tuple[list[HttpExchange], int]:
        """The answers every YoutubeDL received since the last take, and how many were
        over the cap; their logs start again."""
        taken: list[HttpExchange] = []
        dropped = 0
        for ydl in [self.ytdlp, *self._through.values()]:
            exchanges, over = ydl.take_exchanges()
            taken += exchanges
            dropped += over
        return taken, dropped

    def _cut_keyframes(
        self, path: Path, video: StoredMedia, record: CaptureRecord, result: CaptureResult
    ) -> None:
        """Cut the video's keyframes and contact sheet into the record. A picture that
        cannot be decoded is no reason to lose the capture: the ocr stage records it.
        The writer drops them again when the catalogue holds this video's frames."""
        frames_dir = self._work_dir / "keyframes"
        policy = self.options.keyframes
        try:
            frames = pick_keyframes(path, frames_dir, policy)
            sheet = contact_sheet(frames, self._work_dir / "sheet.jpg", policy)
        except errors.DiskFull:
            raise
        except errors.ArchiverError:
            return
        size = probe(frames[0].path)
        for frame in frames:
            image = self._keep(FetchedFile(frame.path, "keyframe", "image/jpeg"), result, size)
            record.keyframe_images.append(image)
            record.keyframes.append(
                StoredKeyframe(video.sha256, image.sha256, frame.seconds, frame.reason)
            )
        stored = self._keep(FetchedFile(sheet, "contact_sheet", "image/jpeg"), result)
        record.media.append(stored)
        result.sheet_of[video.sha256] = stored.sha256

    def _keep(
        self, file: FetchedFile, result: CaptureResult, size: Probe | None = None
    ) -> StoredMedia:
        """Read the file into the result under its sha256, described as the store will
        hold it."""
        if size is None and file.kind in ("video", "contact_sheet"):
            size = probe(file.path)
        data = file.path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        result.files[digest] = data
        return StoredMedia(
            sha256=digest,
            kind=file.kind,
            path=self._names.relative_path(digest, file.path.suffix),
            bytes=len(data),
            mime_type=file.mime_type,
            codec=file.codec,
            duration=file.duration,
            language=file.language,
            width=size.width if size else None,
            height=size.height if size else None,
        )

    def _clean_work_dir(self) -> None:
        for leftover in self._work_dir.iterdir():
            if leftover.name != "cookies.txt":
                if leftover.is_dir():
                    shutil.rmtree(leftover, ignore_errors=True)
                else:
                    leftover.unlink(missing_ok=True)


def _failed(
    url: str, failure: errors.ArchiverError, parent_url: str | None = None
) -> FailedCapture:
    clip_id = None if isinstance(failure, errors.InvalidURL) else guess_clip_id(url)
    return FailedCapture(url, failure, parent_url, clip_id)


# A worker process keeps one Fetcher (one YoutubeDL, its pacing) per set of options,
# and the lock runs its captures one at a time: the per-host pause then holds for the
# worker, which is one IP, however many threads the worker was started with.
_FETCHERS: dict[str, tuple[Fetcher, threading.Lock]] = {}
_FETCHERS_LOCK = threading.Lock()


def capture_task(
    url: str, options: CaptureOptions, held_audio: frozenset[str], recheck_clip: str | None = None
) -> CaptureResult:
    """Capture (or, given `recheck_clip`, re-check) one URL on this process; what a
    cluster worker runs. `held_audio`: the clips whose audio the catalogue holds."""
    key = repr(options)
    with _FETCHERS_LOCK:
        if key not in _FETCHERS:
            # Lives as long as the worker process; a killed worker's is removed by the
            # next worker to start a capture.
            work_dir = new_system_scratch_dir("archiver-capture")
            atexit.register(shutil.rmtree, work_dir, ignore_errors=True)
            _FETCHERS[key] = (Fetcher(options, work_dir), threading.Lock())
        fetcher, lock = _FETCHERS[key]
    with lock:
        if recheck_clip is not None:
            return fetcher.recheck(recheck_clip, url, held_audio)
        return fetcher.capture(url, held_audio)
