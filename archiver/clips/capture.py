"""The capture stage: yt-dlp extraction, media download, and the catalogue rows.

One `YoutubeDL` serves a whole run. Each URL ends with exactly one recorded
capture per clip (or one failed capture when no clip could be read), so a batch
can go on past any failure and a re-run can tell what is missing.
"""

from __future__ import annotations

import datetime as dt
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
from archiver.clips import records
from archiver.clips.failures import classify, retry_after
from archiver.clips.normalize import NormalizedInfo, normalize
from archiver.clips.schedule import iso
from archiver.clips.urls import HostPacer, check_platform_url, guess_clip_id, validate_url
from archiver.interrupt import stop_point
from archiver.store.catalogue import Catalogue
from archiver.store.media import MediaStore, extract_audio, ffmpeg_exe, mime_type, probe
from archiver.store.scratch import make_scratch_dir, remove_stale_scratch

# TikTok's `audio` format is the music track, not what is said in the clip; take a
# format that carries both picture and sound and extract the sound ourselves.
CLIP_FORMAT = "best[vcodec!=none][acodec!=none]/best"


@dataclass
class CaptureOptions:
    keep_video: bool = False
    limit: int | None = None  # entries per user page or playlist
    cookies: Path | None = None  # passed to yt-dlp, never stored
    pause: float | None = None  # None: DEFAULT_PAUSE_SECONDS, none on loopback
    retries: int = 3
    backoff: float = 2.0  # seconds; doubles on each retry
    socket_timeout: float = 30.0
    refresh_media: bool = False  # download media again for clips we already hold
    new_only: bool = False  # skip URLs whose latest capture succeeded (resume a batch)


@dataclass
class CaptureOutcome:
    url: str
    status: str
    clip_id: str | None = None
    capture_id: int | None = None
    title: str | None = None
    error_class: str | None = None
    message: str | None = None
    media: list[str] = field(default_factory=list)  # media kinds stored this time

    @property
    def ok(self) -> bool:
        return self.status == "ok"


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
    text = json.dumps(strip_secrets(sanitized), ensure_ascii=False, sort_keys=True)
    return gzip.compress(text.encode("utf-8"), mtime=0)


class _QuietLogger:
    """Keeps yt-dlp's chatter off the terminal; our summary reports outcomes."""

    def debug(self, message: str) -> None:
        pass

    info = warning = error = debug


class Capturer:
    """Captures URLs into a catalogue with one YoutubeDL; use as a context manager."""

    def __init__(
        self,
        catalogue: Catalogue,
        options: CaptureOptions | None = None,
        run_id: int | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.catalogue = catalogue
        self.options = options or CaptureOptions()
        self.run_id = run_id
        self.store = MediaStore(catalogue.root)
        self.pacer = HostPacer(self.options.pause, sleep=sleep)
        self._sleep = sleep
        remove_stale_scratch(catalogue.tmp_dir)
        self._work_dir = make_scratch_dir(catalogue.tmp_dir, "capture")
        self._ydl = yt_dlp.YoutubeDL(self._ydl_options())

    def _ydl_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {
            "quiet": True,
            "no_warnings": True,
            "noprogress": True,
            "logger": _QuietLogger(),
            "format": CLIP_FORMAT,
            "extract_flat": "in_playlist",
            "paths": {"home": str(self._work_dir), "temp": str(self._work_dir)},
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
            private = self._work_dir / "cookies.txt"
            shutil.copyfile(self.options.cookies, private)
            private.chmod(0o600)
            options["cookiefile"] = str(private)
        return options

    def __enter__(self) -> Capturer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._ydl.close()
        shutil.rmtree(self._work_dir, ignore_errors=True)

    # -- the public entry point -------------------------------------------------

    def capture(self, url: str) -> list[CaptureOutcome]:
        """Capture one URL: a clip, or every entry of a user page or playlist."""
        stop_point()
        if self.options.new_only and self._already_captured(url):
            return [CaptureOutcome(url=url, status="ok", message="already captured")]
        try:
            checked = validate_url(url)
            check_platform_url(checked)
            info = self._with_retries(
                checked, lambda: self._ydl.extract_info(checked, download=False)
            )
        except Exception as error:  # noqa: BLE001 - every failure becomes a recorded status
            return [self._record_failure(url, classify(error))]
        if info.get("_type") in ("playlist", "multi_video"):
            return self._capture_entries(url, info)
        return [self._capture_info(url, info)]

    def recheck(self, clip_id: str, url: str) -> CaptureOutcome:
        """Look again at a clip we hold (a re-crawl): fresh metadata, an observation,
        and its availability. Media is fetched only if we hold no audio for it yet."""
        try:
            checked = validate_url(url)
            info = self._with_retries(
                checked, lambda: self._ydl.extract_info(checked, download=False)
            )
        except Exception as error:  # noqa: BLE001 - every failure becomes a recorded status
            return self._record_failure(url, classify(error), clip_id=clip_id)
        if info.get("_type") in ("playlist", "multi_video"):
            failure = errors.Unavailable(f"{url} now leads to a list, not the clip")
            return self._record_failure(url, failure, clip_id=clip_id)
        return self._capture_info(url, info)

    # -- internals --------------------------------------------------------------

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
                self._sleep(min(delay, 300.0))
                attempt += 1

    def _capture_entries(self, parent_url: str, playlist: dict[str, Any]) -> list[CaptureOutcome]:
        outcomes = []
        entries = list(playlist.get("entries") or [])
        if self.options.limit:
            entries = entries[: self.options.limit]
        for entry in entries:
            stop_point()
            entry_url = (entry or {}).get("url") or (entry or {}).get("webpage_url")
            if not entry_url:
                continue
            if entry.get("_type") in (None, "video") and entry.get("formats"):
                outcomes.append(self._capture_info(entry_url, entry, parent_url))
                continue
            try:
                checked = validate_url(entry_url)
                info = self._with_retries(
                    checked, lambda u=checked: self._ydl.extract_info(u, download=False)
                )
            except Exception as error:  # noqa: BLE001
                outcomes.append(self._record_failure(entry_url, classify(error), parent_url))
                continue
            outcomes.append(self._capture_info(entry_url, info, parent_url))
        return outcomes

    def _capture_info(
        self, url: str, info: dict[str, Any], parent_url: str | None = None
    ) -> CaptureOutcome:
        sanitized = self._ydl.sanitize_info(info)
        found = normalize(sanitized)
        failure: errors.ArchiverError | None = None
        stored: list[dict[str, Any]] = []
        try:
            if self.options.refresh_media or not self._has_audio(found.clip.clip_id):
                stored, failure = self._download_media(url, info)
        except Exception as error:  # noqa: BLE001 - metadata is kept even when media fails
            failure = classify(error)
        finally:
            self._clean_work_dir()
        capture_id = self._save(url, parent_url, sanitized, found, stored, failure)
        if isinstance(failure, errors.DiskFull):
            raise failure  # recorded; every later item would fail the same way
        return CaptureOutcome(
            url=url,
            status=failure.status if failure else "ok",
            clip_id=found.clip.clip_id,
            capture_id=capture_id,
            title=found.clip.title,
            error_class=type(failure).__name__ if failure else None,
            message=failure.message if failure else None,
            media=[row["kind"] for row in stored],
        )

    def _already_captured(self, url: str) -> bool:
        latest = self.catalogue.db.execute(
            "SELECT status FROM captures WHERE requested_url = ? OR parent_url = ? "
            "ORDER BY capture_id DESC LIMIT 1",
            [url, url],
        ).fetchone()
        return latest is not None and latest[0] == "ok"

    def _has_audio(self, clip_id: str) -> bool:
        rows = self.catalogue.db.execute(
            "SELECT 1 FROM clip_media WHERE clip_id = ? AND kind = 'audio' LIMIT 1", [clip_id]
        ).fetchall()
        return bool(rows)

    def _download_media(
        self, url: str, info: dict[str, Any]
    ) -> tuple[list[dict[str, Any]], errors.ArchiverError | None]:
        """Download the clip and keep its audio, thumbnail (and video if asked). An
        audio failure is returned with the rows stored so far: those are kept."""
        self._with_retries(url, lambda: self._ydl.process_info(info), pace=False)
        video = Path(info.get("filepath") or "")
        if not video.is_file():
            raise errors.CorruptMedia("yt-dlp reported no downloaded file")
        rows = []
        thumbnail = next(
            (Path(t["filepath"]) for t in info.get("thumbnails") or [] if t.get("filepath")),
            None,
        )
        if thumbnail and thumbnail.is_file():
            rows.append(self._store(thumbnail, "thumbnail", mime=mime_type(thumbnail)))
        for language, subtitle in sorted((info.get("requested_subtitles") or {}).items()):
            path = Path(subtitle.get("filepath") or "")
            if path.is_file() and path.stat().st_size:
                rows.append(self._store(path, "subtitles", mime=mime_type(path), language=language))
        if self.options.keep_video:
            kept = probe(video)
            rows.append(
                self._store(
                    video,
                    "video",
                    codec=kept.video_codec,
                    duration=kept.duration,
                    mime=mime_type(video),
                    keep_source=True,
                )
            )
        try:
            audio = extract_audio(video, self._work_dir / "audio")
        except errors.ArchiverError as failure:
            return rows, failure
        rows.append(
            self._store(
                audio.path,
                "audio",
                codec=audio.codec,
                duration=audio.duration,
                mime=audio.mime_type,
            )
        )
        return rows, None

    def _store(
        self,
        path: Path,
        kind: str,
        codec: str | None = None,
        duration: float | None = None,
        mime: str | None = None,
        keep_source: bool = False,
        language: str | None = None,
    ) -> dict[str, Any]:
        if keep_source:  # the caller still needs the file: store a copy
            copy = path.with_name(f"kept-{path.name}")
            shutil.copyfile(path, copy)
            path = copy
        stored = self.store.put(path)
        return {
            "sha256": stored.sha256,
            "kind": kind,
            "path": stored.path,
            "bytes": stored.bytes,
            "mime_type": mime,
            "codec": codec,
            "duration": duration,
            "language": language,
        }

    def _clean_work_dir(self) -> None:
        for leftover in self._work_dir.iterdir():
            if leftover.name != "cookies.txt":
                if leftover.is_dir():
                    shutil.rmtree(leftover, ignore_errors=True)
                else:
                    leftover.unlink(missing_ok=True)

    def _save(
        self,
        url: str,
        parent_url: str | None,
        sanitized: dict[str, Any],
        found: NormalizedInfo,
        stored: list[dict[str, Any]],
        failure: errors.ArchiverError | None,
    ) -> int:
        moment = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        now = iso(moment)
        with self.catalogue.write() as db:
            changes = records.save_account(db, found, now)
            clip_changes, reason = records.save_clip(db, found, url, moment, self.catalogue.policy)
            capture_id = self._insert_capture(
                db,
                url,
                parent_url,
                found.clip.clip_id,
                now,
                failure,
                webpage_url=found.clip.webpage_url,
                info_json_gz=packed_info(sanitized),
            )
            records.save_history(db, changes + clip_changes, now, capture_id)
            records.save_observation(
                db, found.clip.clip_id, capture_id, now, "available", found.metrics, reason
            )
            for row in stored:
                db["media_files"].insert({**row, "created_at": now}, ignore=True)
                db["clip_media"].insert(
                    {
                        "clip_id": found.clip.clip_id,
                        "sha256": row["sha256"],
                        "kind": row["kind"],
                        "capture_id": capture_id,
                    },
                    ignore=True,
                )
        return capture_id

    def _insert_capture(
        self,
        db,
        url: str,
        parent_url: str | None,
        clip_id: str | None,
        captured_at: str,
        failure: errors.ArchiverError | None,
        **extra: Any,
    ) -> int:
        """One attempt's provenance row, whatever its outcome."""
        row = {
            "run_id": self.run_id,
            "requested_url": url,
            "parent_url": parent_url,
            "clip_id": clip_id,
            "captured_at": captured_at,
            "status": failure.status if failure else "ok",
            "error_class": type(failure).__name__ if failure else None,
            "error_message": failure.message if failure else None,
            "ytdlp_version": yt_dlp.version.__version__,
            **extra,
        }
        return db["captures"].insert(row).last_pk

    def _record_failure(
        self,
        url: str,
        failure: errors.ArchiverError,
        parent_url: str | None = None,
        clip_id: str | None = None,
    ) -> CaptureOutcome:
        """Record a failed capture; when it is of a clip we hold, what it means for the
        clip's availability too. `clip_id` names the clip when the caller knows it."""
        moment = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        if clip_id is None and not isinstance(failure, errors.InvalidURL):
            clip_id = guess_clip_id(url)
        with self.catalogue.write() as db:
            known = clip_id is not None and db["clips"].count_where("clip_id = ?", [clip_id]) > 0
            capture_id = self._insert_capture(
                db, url, parent_url, clip_id if known else None, iso(moment), failure
            )
            if known:
                records.record_failed_check(
                    db, clip_id, capture_id, failure.status, moment, self.catalogue.policy
                )
        return CaptureOutcome(
            url=url,
            status=failure.status,
            clip_id=clip_id if known else None,
            capture_id=capture_id,
            error_class=type(failure).__name__,
            message=failure.message,
        )
