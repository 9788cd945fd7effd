"""The OCR stage: the words on screen in each clip's keyframes, stored as a transcript.

    ocr_stage(catalogue, clip_ids, missing, options, run_id) -> [OcrOutcome]

Capture keeps a clip's video and cuts its keyframes; this stage reads each keyframe
once and stores one transcript per video with source `ocr`: a segment for each run of
keyframes showing the same text, from the first of them to the next keyframe (or the
end of the video), so search finds the words at the moment they are shown. The
transcript is written in one transaction per clip, so a killed batch, re-run with
`--missing`, does only what is left; a video with no text gets an `empty` transcript
and is not read again. A clip with no video, or one whose picture could not be
decoded, is a recorded outcome.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from archiver.clock import utc_now
from archiver.errors import ArchiverError, CorruptMedia, NoVideo, Outcome
from archiver.interrupt import stop_point
from archiver.store.catalogue import Catalogue
from archiver.store.runs import record_item
from archiver.store.transcripts import CJK, Segment, Transcript, delete_existing, save_transcript
from archiver.text import comparable
from archiver.vision.reader import Line, ScreenReader, model_name

STAGE = "ocr"
SOURCE = "ocr"
TASK = "transcribe"


@dataclass
class OcrOptions:
    force: bool = False  # read clips again that already have on-screen text
    threads: int | None = None  # onnxruntime threads; None: every core


@dataclass(frozen=True)
class Frame:
    seconds: float
    path: Path


@dataclass(frozen=True)
class VideoJob:
    clip_id: str
    video_sha256: str | None  # None: the clip has no video
    duration: float | None
    frames: list[Frame]


@dataclass(kw_only=True)
class OcrOutcome(Outcome):
    """status: ok, empty (no text on screen), or the error's status."""

    clip_id: str
    frames: int = 0
    segments: int = 0


_readers: dict[int | None, ScreenReader] = {}


def reader_for(options: OcrOptions) -> ScreenReader:
    """One engine per process: loading the models takes seconds."""
    if options.threads not in _readers:
        _readers.clear()
        _readers[options.threads] = ScreenReader(options.threads)
    return _readers[options.threads]


def ocr_stage(
    catalogue: Catalogue,
    clip_ids: Iterable[str] = (),
    missing: bool = False,
    options: OcrOptions | None = None,
    run_id: int | None = None,
    on_start: Callable[[int], None] | None = None,
    on_done: Callable[[OcrOutcome], None] | None = None,
) -> list[OcrOutcome]:
    """Read the words on screen of the named clips (or, with `missing`, of every clip
    whose video has no OCR transcript yet; with neither, of every clip with a video)."""
    options = options or OcrOptions()
    # a video already read is skipped unless forced, and always with `missing`
    jobs = select_jobs(catalogue, clip_ids, skip_read=missing or not options.force)
    if on_start:
        on_start(len(jobs))
    outcomes: list[OcrOutcome] = []
    for job in jobs:
        stop_point()
        try:
            outcome = _read_clip(catalogue, job, options, run_id)
        except ArchiverError as error:
            if job.video_sha256 and not isinstance(error, NoVideo):
                _save_failure(catalogue, job, error, run_id)
            outcome = OcrOutcome.failed(error, clip_id=job.clip_id)
        record_item(catalogue, run_id, STAGE, job.clip_id, outcome)
        outcomes.append(outcome)
        if on_done:
            on_done(outcome)
    return outcomes


def select_jobs(
    catalogue: Catalogue, clip_ids: Iterable[str] = (), skip_read: bool = True
) -> list[VideoJob]:
    """Each clip's kept video and its keyframes. A named clip without a video is a job
    too, so its outcome is recorded; `skip_read` leaves out videos already read."""
    db = catalogue.db
    wanted = list(clip_ids)
    sql = """SELECT c.clip_id, m.sha256, m.duration FROM clip_media c
        JOIN media_files m USING (sha256) WHERE c.kind = 'video'"""
    params: list = []
    if wanted:
        sql += f" AND c.clip_id IN ({', '.join('?' for _ in wanted)})"
        params += wanted
    if skip_read:
        sql += """ AND NOT EXISTS (SELECT 1 FROM transcripts t WHERE t.clip_id = c.clip_id
            AND t.media_sha256 = c.sha256 AND t.source = 'ocr' AND t.status != 'failed')"""
    jobs = []
    for clip_id, sha256, duration in db.execute(sql + " ORDER BY c.clip_id", params).fetchall():
        rows = db.execute(
            """SELECT k.seconds, m.path FROM keyframes k JOIN media_files m USING (sha256)
            WHERE k.video_sha256 = ? ORDER BY k.seconds""",
            [sha256],
        ).fetchall()
        frames = [Frame(seconds, catalogue.root / path) for seconds, path in rows]
        jobs.append(VideoJob(clip_id, sha256, duration, frames))
    with_video = {job.clip_id for job in jobs}
    has_video = {
        row[0] for row in db.execute("SELECT clip_id FROM clip_media WHERE kind = 'video'")
    }
    for clip_id in wanted:
        if clip_id not in with_video and clip_id not in has_video:
            jobs.append(VideoJob(clip_id, None, None, []))
    return jobs


def _read_clip(
    catalogue: Catalogue, job: VideoJob, options: OcrOptions, run_id: int | None
) -> OcrOutcome:
    if job.video_sha256 is None:
        raise NoVideo(f"{job.clip_id}: no video is archived for it (captured --audio-only?)")
    if not job.frames:
        raise CorruptMedia(
            f"{job.clip_id}: no keyframe could be cut from its video (a picture that cannot "
            "be decoded, or a capture from before keyframes: `archiver capture "
            "--refresh-media URL` cuts them)"
        )
    reader = reader_for(options)
    started = time.monotonic()
    read = [(frame, reader.read(frame.path)) for frame in job.frames]
    segments = stable_runs(read, job.duration)
    transcript = Transcript(
        language=_language(segments),
        language_probability=0.0,  # not detected: a guess from the script, or none
        task=TASK,
        model=model_name(),
        duration=job.duration or 0.0,
        processing_seconds=round(time.monotonic() - started, 3),
        segments=segments,
    )
    with catalogue.write() as db:
        save_transcript(db, job.clip_id, job.video_sha256, transcript, SOURCE, run_id)
    return OcrOutcome(
        clip_id=job.clip_id,
        status="ok" if segments else "empty",
        frames=len(job.frames),
        segments=len(segments),
    )


def stable_runs(read: list[tuple[Frame, list[Line]]], duration: float | None) -> list[Segment]:
    """One segment per run of consecutive keyframes showing the same text, lasting
    from the first of them to the next keyframe that shows something else."""
    segments: list[Segment] = []
    current: tuple[str, float] | None = None  # text, start
    for frame, lines in read:
        text = " ".join(line.text for line in lines)
        if current and comparable(text) == comparable(current[0]):
            continue
        if current:
            segments.append(Segment(current[1], frame.seconds, current[0], []))
        current = (text, frame.seconds) if text else None
    if current:
        last = read[-1][0].seconds
        end = max(duration or 0.0, last)
        segments.append(Segment(current[1], end, current[0], []))
    return segments


def _language(segments: list[Segment]) -> str | None:
    """'zh' when most of the characters shown are Chinese (or Japanese or Korean: the
    script alone cannot tell them apart); otherwise unknown."""
    text = "".join(segment.text for segment in segments if not segment.text.isspace())
    letters = [char for char in text if char.isalpha()]
    if letters and sum(bool(CJK.match(char)) for char in letters) * 2 >= len(letters):
        return "zh"
    return None


def _save_failure(
    catalogue: Catalogue, job: VideoJob, error: ArchiverError, run_id: int | None
) -> None:
    """A `failed` OCR transcript row, so the failure shows beside the clip's others."""
    model = model_name()
    with catalogue.write() as db:
        delete_existing(db, job.clip_id, job.video_sha256 or "", TASK, model)
        db["transcripts"].insert(
            {
                "clip_id": job.clip_id,
                "media_sha256": job.video_sha256,
                "source": SOURCE,
                "task": TASK,
                "model": model,
                "status": "failed",
                "error_class": type(error).__name__,
                "error_message": error.message,
                "run_id": run_id,
                "created_at": utc_now(),
            }
        )
