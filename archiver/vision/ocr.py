"""The OCR stage: the words on screen in each clip's keyframes, stored as a transcript.

    ocr_stage(catalogue, clip_ids, missing, options, run_id, run) -> [OcrOutcome]

Capture keeps a clip's video and cuts its keyframes; this stage hands each clip's
keyframes to the pure task in archiver.vision.task (here, or on a cluster with `run`),
which reads each once and returns one transcript per video with source `ocr`: a
segment for each run of keyframes showing the same text, from the first of them to the
next keyframe (or the end of the video), so search finds the words at the moment they
are shown. This process is the one writer: the transcript is written in one
transaction per clip, so a killed batch, re-run with `--missing`, does only what is
left; a video with no text gets an `empty` transcript and is not read again. A clip
with no video, or one whose picture could not be decoded, is a recorded outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from archiver.clock import utc_now
from archiver.errors import ArchiverError, NoVideo, Outcome
from archiver.interrupt import stop_point
from archiver.store.catalogue import Catalogue
from archiver.store.runs import record_item
from archiver.store.transcripts import delete_existing, save_transcript
from archiver.tasks import Runner, run_here
from archiver.vision.reader import model_name
from archiver.vision.task import TASK, FrameImage, OcrOptions, ScreenJob, ScreenText, ocr_task

STAGE = "ocr"
SOURCE = "ocr"
__all__ = ["OcrOptions", "OcrOutcome", "ocr_stage", "ocr_task"]


@dataclass(frozen=True)
class Frame:
    seconds: float
    sha256: str
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


def ocr_stage(
    catalogue: Catalogue,
    clip_ids: Iterable[str] = (),
    missing: bool = False,
    options: OcrOptions | None = None,
    run_id: int | None = None,
    on_start: Callable[[int], None] | None = None,
    on_done: Callable[[OcrOutcome], None] | None = None,
    run: Runner | None = None,
) -> list[OcrOutcome]:
    """Read the words on screen of the named clips (or, with `missing`, of every clip
    whose video has no OCR transcript yet; with neither, of every clip with a video);
    with `run`, the reading runs on a cluster and only the writing happens here."""
    options = options or OcrOptions()
    # a video already read is skipped unless forced, and always with `missing`
    jobs = select_jobs(catalogue, clip_ids, skip_read=missing or not options.force)
    if on_start:
        on_start(len(jobs))
    by_clip = {job.clip_id: job for job in jobs}

    def inputs() -> Iterator[ScreenJob]:
        # read as each task is sent, so a long batch never holds every frame at once
        for job in jobs:
            yield _screen_job(job)

    outcomes: list[OcrOutcome] = []
    for sent, result in (run or run_here)(ocr_task, inputs(), options):
        job = by_clip[sent.clip_id]
        if isinstance(result, ArchiverError):  # the task itself was lost (a worker died)
            result = ScreenText(job.clip_id, error=result)
        outcome = _write(catalogue, job, result, run_id)
        record_item(catalogue, run_id, STAGE, job.clip_id, outcome)
        outcomes.append(outcome)
        if on_done:
            on_done(outcome)
        stop_point()  # a stop signal stops between results, wherever they were read
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
            """SELECT k.seconds, k.sha256, m.path FROM keyframes k
            JOIN media_files m USING (sha256) WHERE k.video_sha256 = ? ORDER BY k.seconds""",
            [sha256],
        ).fetchall()
        frames = [Frame(seconds, sha, catalogue.root / path) for seconds, sha, path in rows]
        jobs.append(VideoJob(clip_id, sha256, duration, frames))
    with_video = {job.clip_id for job in jobs}
    has_video = {
        row[0] for row in db.execute("SELECT clip_id FROM clip_media WHERE kind = 'video'")
    }
    for clip_id in wanted:
        if clip_id not in with_video and clip_id not in has_video:
            jobs.append(VideoJob(clip_id, None, None, []))
    return jobs


def _screen_job(job: VideoJob) -> ScreenJob:
    frames = []
    for frame in job.frames:
        try:
            data = frame.path.read_bytes()
        except OSError:
            data = b""  # the task's sha256 check records it as corrupt media
        frames.append(FrameImage(frame.seconds, frame.sha256, data))
    return ScreenJob(job.clip_id, job.video_sha256, job.duration, frames)


def _write(
    catalogue: Catalogue, job: VideoJob, result: ScreenText, run_id: int | None
) -> OcrOutcome:
    if result.transcript is None or job.video_sha256 is None:
        error = result.error or NoVideo(f"{job.clip_id}: no video is archived for it")
        if job.video_sha256 and not isinstance(error, NoVideo):
            _save_failure(catalogue, job, error, run_id)
        return OcrOutcome.failed(error, clip_id=job.clip_id)
    transcript = result.transcript
    with catalogue.write() as db:
        save_transcript(db, job.clip_id, job.video_sha256, transcript, SOURCE, run_id)
    return OcrOutcome(
        clip_id=job.clip_id,
        status="ok" if transcript.segments else "empty",
        frames=len(job.frames),
        segments=len(transcript.segments),
    )


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
