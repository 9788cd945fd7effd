"""The capture stage: clip URLs in, clips, captures, observations and media out.

    capture_urls(catalogue, urls, options, run_id, run) -> [CaptureOutcome]   the entry point
    Capturer(catalogue, options, run_id)                                      one run's writer

Each URL ends with exactly one recorded capture per clip (or one failed capture when no
clip could be read), so a batch goes on past any failure and a re-run can tell what is
missing. The fetching is a pure task (archiver.clips.task) that runs here or on a
cluster worker; this module is the one writer: it checks each file's sha256 on arrival,
stores it, and writes the rows with archiver.clips.records.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from archiver import errors
from archiver.clips import records
from archiver.clips.failures import classify
from archiver.clips.politeness import at_once_for_urls, load_at_once
from archiver.clips.proxies import load_proxies
from archiver.clips.records import CaptureRecord, StoredMedia
from archiver.clips.schedule import load_policy
from archiver.clips.task import CaptureOptions, CaptureResult, FailedCapture, Fetcher, capture_task
from archiver.clips.urls import guess_clip_id
from archiver.clips.ytdlp import cookie_text
from archiver.errors import Outcome
from archiver.interrupt import stop_point
from archiver.store.catalogue import Catalogue
from archiver.store.media import MediaStore
from archiver.store.runs import record_item
from archiver.store.scratch import make_scratch_dir, remove_stale_scratch
from archiver.tasks import Runner

STAGE = "capture"
__all__ = ["CaptureOptions", "CaptureOutcome", "Capturer", "capture_urls", "capture_task"]


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
    run: Runner | None = None,
) -> list[CaptureOutcome]:
    """Capture every URL (a clip, or each entry of a profile or playlist), recording each
    outcome; `on_done` hears each URL's outcomes as it finishes. With `run`, the
    fetching runs on a cluster and only the writing happens here."""
    outcomes: list[CaptureOutcome] = []

    def written(url: str, found: list[CaptureOutcome]) -> None:
        for outcome in found:
            record_item(catalogue, run_id, STAGE, outcome.url, outcome)
        outcomes.extend(found)
        if on_done:
            on_done(url, found)

    with Capturer(catalogue, options, run_id=run_id) as capturer:
        if run is None:
            for url in urls:
                written(url, capturer.capture(url))
            return outcomes
        todo = []
        for url in urls:
            if capturer.skip(url):
                written(url, [CaptureOutcome(url=url, message="already captured")])
            else:
                todo.append(url)
        # the workers see the clips whose audio was held when the batch began
        held = frozenset(capturer.held_audio)
        at_once = at_once_for_urls(capturer.task_options.at_once or {})
        for url, result in run(capture_task, todo, capturer.task_options, held, at_once=at_once):
            if isinstance(result, errors.ArchiverError):  # the task was lost with its workers
                result = CaptureResult(url, [FailedCapture(url, result, None, guess_clip_id(url))])
            written(url, capturer.write(result))
    return outcomes


class Capturer:
    """Captures URLs into a catalogue; use as a context manager. Fetches with the same
    Fetcher a worker uses, and writes what comes back."""

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
        proxies = self.options.proxies
        if proxies is None:
            proxies = load_proxies(catalogue.config_path)
        at_once = self.options.at_once
        if at_once is None:
            at_once = load_at_once(catalogue.config_path)
        cookies = self.options.cookies
        if isinstance(cookies, Path):
            cookies = cookie_text(cookies)  # the contents travel: a worker lacks the file
        # what a task needs, resolved here: workers cannot read the archive's config
        self.task_options = replace(
            self.options, policy=self.policy, proxies=proxies, at_once=at_once, cookies=cookies
        )
        remove_stale_scratch(catalogue.tmp_dir)
        self._fetcher: Fetcher | None = None
        self._sleep = sleep
        rows = catalogue.db.execute("SELECT DISTINCT clip_id FROM clip_media WHERE kind = 'audio'")
        self.held_audio = {row[0] for row in rows}

    @property
    def fetcher(self) -> Fetcher:
        """The in-process Fetcher, made on first use (a cluster run needs none)."""
        if self._fetcher is None:
            work_dir = make_scratch_dir(self.catalogue.tmp_dir, "capture")
            self._fetcher = Fetcher(self.task_options, work_dir, sleep=self._sleep)
        return self._fetcher

    def __enter__(self) -> Capturer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    def skip(self, url: str) -> bool:
        return self.options.new_only and self._already_captured(url)

    def capture(self, url: str) -> list[CaptureOutcome]:
        """Capture one URL: a clip, or every entry of a user page or playlist."""
        stop_point()
        if self.skip(url):
            return [CaptureOutcome(url=url, message="already captured")]
        return self.write(self.fetcher.capture(url, self.held_audio))

    def list_flat(self, url: str) -> dict[str, Any]:
        """yt-dlp's flat answer for a profile, tag or sound page: its entries' metadata,
        nothing downloaded, through the same checks, pause, proxy, cookies and
        impersonation as a capture; ArchiverError when it cannot be listed."""
        stop_point()
        return self.fetcher.list_flat(url)

    def recheck(self, clip_id: str, url: str) -> CaptureOutcome:
        """Look again at a clip we hold (a re-crawl): fresh metadata, an observation,
        and its availability. Media is fetched only if we hold no audio for it yet."""
        return self.write(self.fetcher.recheck(clip_id, url, self.held_audio))[0]

    def write(self, result: CaptureResult) -> list[CaptureOutcome]:
        """Store a result's files and write its rows, each capture in its transaction."""
        outcomes = []
        for item in result.items:
            if isinstance(item, FailedCapture):
                outcomes.append(self._record_failure(item))
            else:
                outcomes.append(self._write_record(item, result))
        return outcomes

    def _write_record(self, record: CaptureRecord, result: CaptureResult) -> CaptureOutcome:
        self._reuse_keyframes(record, result)
        try:
            for media in record.media + record.keyframe_images:
                self._store(media, result)
        except errors.ArchiverError as error:  # metadata is kept even when media fails
            record.failure = error
            record.media, record.images, record.keyframes, record.keyframe_images = [], [], [], []
        capture_id = records.save_capture(self.catalogue, record, self.policy, self.run_id)
        found = record.found
        if any(media.kind == "audio" for media in record.media):
            self.held_audio.add(found.clip.clip_id)
        if isinstance(record.failure, errors.DiskFull):
            raise record.failure  # recorded; every later item would fail the same way
        fields = {"url": record.url, "clip_id": found.clip.clip_id, "capture_id": capture_id}
        fields |= {"title": found.clip.title, "media": [media.kind for media in record.media]}
        fields["impersonation"] = record.impersonation
        if record.failure:
            return CaptureOutcome.failed(record.failure, **fields)
        return CaptureOutcome(**fields)

    def _store(self, media: StoredMedia, result: CaptureResult) -> None:
        """Store one arrived file after checking its bytes against its sha256."""
        data = result.files.get(media.sha256)
        ext = "." + media.path.rsplit(".", 1)[1] if "." in media.path.rsplit("/", 1)[-1] else ""
        if data is None:
            raise errors.CorruptMedia(f"{media.kind} {media.sha256} did not arrive")
        try:
            stored = self.store.put_bytes(data, media.sha256, ext)
        except ValueError as error:
            raise errors.CorruptMedia(str(error)) from error
        except OSError as error:
            raise classify(error) from error  # a full disk stops the batch, as it should
        if stored.path != media.path:
            raise errors.CorruptMedia(f"{media.kind} arrived named {media.path!r}")

    def _reuse_keyframes(self, record: CaptureRecord, result: CaptureResult) -> None:
        """When the catalogue holds a video's keyframes already (a re-capture, a repost
        of the same bytes), drop the new ones and link the sheet we have again."""
        db = self.catalogue.db
        for video in [media for media in record.media if media.kind == "video"]:
            if not db.execute(
                "SELECT 1 FROM keyframes WHERE video_sha256 = ?", [video.sha256]
            ).fetchone():
                continue
            new_sheet = result.sheet_of.get(video.sha256)
            dropped = {
                frame.sha256 for frame in record.keyframes if frame.video_sha256 == video.sha256
            }
            record.keyframes = [f for f in record.keyframes if f.video_sha256 != video.sha256]
            record.keyframe_images = [i for i in record.keyframe_images if i.sha256 not in dropped]
            record.media = [m for m in record.media if m.sha256 != new_sheet]
            sheets = db.query(
                """SELECT m.* FROM media_files m JOIN clip_media s USING (sha256)
                JOIN clip_media v ON v.clip_id = s.clip_id AND v.sha256 = ?
                WHERE s.kind = 'contact_sheet' LIMIT 1""",
                [video.sha256],
            )
            fields = StoredMedia.__dataclass_fields__
            record.media += [StoredMedia(**{k: row[k] for k in fields}) for row in sheets]

    def _already_captured(self, url: str) -> bool:
        latest = self.catalogue.db.execute(
            "SELECT status FROM captures WHERE requested_url = ? OR parent_url = ? "
            "ORDER BY capture_id DESC LIMIT 1",
            [url, url],
        ).fetchone()
        return latest is not None and latest[0] == "ok"

    def _record_failure(self, item: FailedCapture) -> CaptureOutcome:
        """Record a failed capture; `clip_id` names the clip when one is known."""
        capture_id, known = records.save_failed_capture(
            self.catalogue,
            item.url,
            item.failure,
            self.policy,
            self.run_id,
            item.parent_url,
            item.clip_id,
            exchanges=(item.exchanges, item.exchanges_dropped),
        )
        return CaptureOutcome.failed(
            item.failure, url=item.url, clip_id=known, capture_id=capture_id
        )
