"""The capture stage: clip URLs in, clips, captures, observations and media out.

    capture_urls(catalogue, urls, options, run_id) -> [CaptureOutcome]   the entry point
    Capturer(catalogue, options, run_id)                                 one run's worker

Each URL ends with exactly one recorded capture per clip (or one failed capture when no
clip could be read), so a batch goes on past any failure and a re-run can tell what is
missing. yt-dlp is driven by archiver.clips.ytdlp; the rows are written by
archiver.clips.records.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from archiver import clock, errors
from archiver.clips import records
from archiver.clips.failures import classify
from archiver.clips.ffmpeg import Probe, probe
from archiver.clips.keyframes import KeyframePolicy, contact_sheet, pick_keyframes
from archiver.clips.normalize import normalize
from archiver.clips.pagedata import packed_page_data
from archiver.clips.proxies import ProxyRule, load_proxies, proxy_for, without_credentials
from archiver.clips.records import CaptureRecord, ClipImage, StoredKeyframe, StoredMedia
from archiver.clips.schedule import SchedulePolicy, load_policy
from archiver.clips.urls import check_platform_url, guess_clip_id, validate_url
from archiver.clips.ytdlp import FetchedFile, FetchOptions, YtDlp, packed_info
from archiver.errors import Outcome
from archiver.interrupt import stop_point
from archiver.store.catalogue import Catalogue
from archiver.store.media import MediaStore
from archiver.store.runs import record_item
from archiver.store.scratch import make_scratch_dir, remove_stale_scratch
from archiver.untrusted import private_addresses_allowed, refuse_private_address

STAGE = "capture"


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


@dataclass(kw_only=True)
class CaptureOutcome(Outcome):
    url: str
    clip_id: str | None = None
    capture_id: int | None = None
    title: str | None = None
    media: list[str] = field(default_factory=list)  # media kinds stored this time
    impersonation: str | None = None  # the browser the page fetch looked like


def capture_urls(
    catalogue: Catalogue,
    urls: Iterable[str],
    options: CaptureOptions,
    run_id: int | None = None,
    on_done: Callable[[str, list[CaptureOutcome]], None] | None = None,
) -> list[CaptureOutcome]:
    """Capture every URL (a clip, or each entry of a profile or playlist), recording each
    outcome; `on_done` hears each URL's outcomes as it finishes."""
    outcomes: list[CaptureOutcome] = []
    with Capturer(catalogue, options, run_id=run_id) as capturer:
        for url in urls:
            found = capturer.capture(url)
            for outcome in found:
                record_item(catalogue, run_id, STAGE, outcome.url, outcome)
            outcomes.extend(found)
            if on_done:
                on_done(url, found)
    return outcomes


def _shows(file: FetchedFile) -> bool:
    """False for a "video" that holds no picture (a clip that is only sound): keeping
    it would store the sound twice."""
    if file.kind != "video":
        return True
    try:
        return probe(file.path).video_codec is not None
    except errors.CorruptMedia:
        return True  # kept as fetched: the failure shows where the picture is read


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
        self.policy = self.options.policy or load_policy(catalogue.config_path)
        self.run_id = run_id
        self.store = MediaStore(catalogue.root)
        remove_stale_scratch(catalogue.tmp_dir)
        self._work_dir = make_scratch_dir(catalogue.tmp_dir, "capture")
        self._sleep = sleep
        self.ytdlp = YtDlp(self.options, self._work_dir, sleep=sleep)
        self.proxies = self.options.proxies
        if self.proxies is None:
            self.proxies = load_proxies(catalogue.config_path)
        self._through: dict[str, YtDlp] = {}  # a YoutubeDL per platform proxy, made on use

    def __enter__(self) -> Capturer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.ytdlp.close()
        for ydl in self._through.values():
            ydl.close()
        shutil.rmtree(self._work_dir, ignore_errors=True)

    def capture(self, url: str) -> list[CaptureOutcome]:
        """Capture one URL: a clip, or every entry of a user page or playlist."""
        stop_point()
        if self.options.new_only and self._already_captured(url):
            return [CaptureOutcome(url=url, message="already captured")]
        try:
            checked = validate_url(url)
            refuse_private_address(checked, self.options.allow_private_addresses)
            check_platform_url(checked)
            ydl, info = self._extract(checked)
        except Exception as error:  # noqa: BLE001 - every failure becomes a recorded status
            return [self._record_failure(url, classify(error))]
        if info.get("_type") in ("playlist", "multi_video"):
            return self._capture_entries(url, info, ydl)
        return [self._capture_info(url, info, ydl=ydl)]

    def list_flat(self, url: str) -> dict[str, Any]:
        """yt-dlp's flat answer for a profile, tag or sound page: its entries' metadata,
        nothing downloaded, through the same checks, pause, proxy, cookies and
        impersonation as a capture; ArchiverError when it cannot be listed."""
        stop_point()
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
        rule = proxy_for(self.proxies or {}, url)
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

    def recheck(self, clip_id: str, url: str) -> CaptureOutcome:
        """Look again at a clip we hold (a re-crawl): fresh metadata, an observation,
        and its availability. Media is fetched only if we hold no audio for it yet."""
        try:
            ydl, info = self._extract(validate_url(url))
        except Exception as error:  # noqa: BLE001 - every failure becomes a recorded status
            return self._record_failure(url, classify(error), clip_id=clip_id)
        if info.get("_type") in ("playlist", "multi_video"):
            failure = errors.Unavailable(f"{url} now leads to a list, not the clip")
            return self._record_failure(url, failure, clip_id=clip_id)
        return self._capture_info(url, info, ydl=ydl)

    def _capture_entries(
        self, parent_url: str, playlist: dict[str, Any], ydl: YtDlp
    ) -> list[CaptureOutcome]:
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
                outcomes.append(self._capture_info(entry_url, entry, parent_url, ydl))
                continue
            try:
                checked = validate_url(entry_url)
                refuse_private_address(checked, self.options.allow_private_addresses)
                entry_ydl, info = self._extract(checked)
            except Exception as error:  # noqa: BLE001
                outcomes.append(self._record_failure(entry_url, classify(error), parent_url))
                continue
            outcomes.append(self._capture_info(entry_url, info, parent_url, entry_ydl))
        return outcomes

    def _capture_info(
        self,
        url: str,
        info: dict[str, Any],
        parent_url: str | None = None,
        ydl: YtDlp | None = None,
    ) -> CaptureOutcome:
        ydl = ydl or self.ytdlp
        sanitized = ydl.sanitize(info)
        found = normalize(sanitized)
        record = CaptureRecord(url, parent_url, found, packed_info(sanitized), clock.now())
        record.impersonation = ydl.impersonated
        record.proxy = without_credentials(ydl.options.proxy)
        record.page_data_gz = packed_page_data(ydl.pages)
        try:
            if self.options.refresh_media or not self._has_audio(found.clip.clip_id):
                fetched = ydl.download(url, info)
                kept = [(file, self._store(file)) for file in fetched.files if _shows(file)]
                record.media = [media for _, media in kept]
                record.images = [
                    ClipImage(media.sha256, file.position, file.width, file.height)
                    for file, media in kept
                    if file.position is not None
                ]
                record.failure = fetched.failure
                for video in [media for media in record.media if media.kind == "video"]:
                    self._keep_keyframes(video, record)
        except Exception as error:  # noqa: BLE001 - metadata is kept even when media fails
            record.failure = classify(error)
        finally:
            self._clean_work_dir()
        capture_id = records.save_capture(self.catalogue, record, self.policy, self.run_id)
        if isinstance(record.failure, errors.DiskFull):
            raise record.failure  # recorded; every later item would fail the same way
        fields = {"url": url, "clip_id": found.clip.clip_id, "capture_id": capture_id}
        fields |= {"title": found.clip.title, "media": [media.kind for media in record.media]}
        fields["impersonation"] = record.impersonation
        if record.failure:
            return CaptureOutcome.failed(record.failure, **fields)
        return CaptureOutcome(**fields)

    def _keep_keyframes(self, video: StoredMedia, record: CaptureRecord) -> None:
        """Cut the video's keyframes and contact sheet into the record, unless the
        catalogue holds them already (a re-capture, a repost of the same bytes: then
        the sheet is linked again). A picture that cannot be decoded is no reason to
        lose the capture: the ocr stage records it for the clip."""
        db = self.catalogue.db
        if db.execute("SELECT 1 FROM keyframes WHERE video_sha256 = ?", [video.sha256]).fetchone():
            sheets = db.query(
                """SELECT m.* FROM media_files m JOIN clip_media s USING (sha256)
                JOIN clip_media v ON v.clip_id = s.clip_id AND v.sha256 = ?
                WHERE s.kind = 'contact_sheet' LIMIT 1""",
                [video.sha256],
            )
            fields = StoredMedia.__dataclass_fields__
            record.media += [StoredMedia(**{k: row[k] for k in fields}) for row in sheets]
            return
        frames_dir = self._work_dir / "keyframes"
        try:
            frames = pick_keyframes(
                self.catalogue.root / video.path, frames_dir, self.options.keyframes
            )
            sheet = contact_sheet(frames, self._work_dir / "sheet.jpg", self.options.keyframes)
        except errors.DiskFull:
            raise
        except errors.ArchiverError:
            return
        size = probe(frames[0].path)
        for frame in frames:
            image = self._store(FetchedFile(frame.path, "keyframe", "image/jpeg"), size)
            record.keyframe_images.append(image)
            record.keyframes.append(
                StoredKeyframe(video.sha256, image.sha256, frame.seconds, frame.reason)
            )
        record.media.append(self._store(FetchedFile(sheet, "contact_sheet", "image/jpeg")))

    def _store(self, file: FetchedFile, size: Probe | None = None) -> StoredMedia:
        if size is None and file.kind in ("video", "contact_sheet"):
            size = probe(file.path)
        stored = self.store.put(file.path)
        return StoredMedia(
            sha256=stored.sha256,
            kind=file.kind,
            path=stored.path,
            bytes=stored.bytes,
            mime_type=file.mime_type,
            codec=file.codec,
            duration=file.duration,
            language=file.language,
            width=size.width if size else None,
            height=size.height if size else None,
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

    def _clean_work_dir(self) -> None:
        for leftover in self._work_dir.iterdir():
            if leftover.name != "cookies.txt":
                if leftover.is_dir():
                    shutil.rmtree(leftover, ignore_errors=True)
                else:
                    leftover.unlink(missing_ok=True)

    def _record_failure(
        self,
        url: str,
        failure: errors.ArchiverError,
        parent_url: str | None = None,
        clip_id: str | None = None,
    ) -> CaptureOutcome:
        """Record a failed capture; `clip_id` names the clip when the caller knows it."""
        if clip_id is None and not isinstance(failure, errors.InvalidURL):
            clip_id = guess_clip_id(url)
        capture_id, known = records.save_failed_capture(
            self.catalogue, url, failure, self.policy, self.run_id, parent_url, clip_id
        )
        return CaptureOutcome.failed(failure, url=url, clip_id=known, capture_id=capture_id)
