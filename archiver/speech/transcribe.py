"""The transcription stage: Whisper over archived audio, and platform captions.

    transcribe_stage(catalogue, clip_ids, missing, options, run_id, run) -> [TranscribeOutcome]

Picks the clips to do from the catalogue and hands their audio to the pure task in
archiver.speech.task, here or on a cluster (`run`); this process is the one writer: it
stores each result (or failure) in one transaction per clip, so a killed batch, re-run
with `--missing`, does only what is left.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from archiver.clock import utc_now
from archiver.errors import ArchiverError, NothingToTranscribe, Outcome, TranscriptionFailed
from archiver.interrupt import stop_point, stop_requested
from archiver.speech.captions import import_platform_captions
from archiver.speech.gpu import BATCH_CLIPS
from archiver.speech.models import DEFAULT_MODEL, WhisperModelRef
from archiver.speech.side_by_side import clips_at_once, side_by_side
from archiver.speech.task import (
    AudioFile,
    HeardAudio,
    TranscribeOptions,
    model_for,
    transcribe_task,
)
from archiver.speech.transcript import Transcript
from archiver.store.catalogue import Catalogue
from archiver.store.runs import record_item
from archiver.store.transcripts import delete_existing, save_transcript
from archiver.tasks import Runner, run_here

STAGE = "transcribe"
__all__ = ["TranscribeOptions", "TranscribeOutcome", "transcribe_stage", "transcribe_task"]


@dataclass(frozen=True)
class AudioJob:
    clip_id: str
    sha256: str
    path: Path


@dataclass(kw_only=True)
class TranscribeOutcome(Outcome):
    """status: ok, empty (no speech), flagged (see message), or the error's status."""

    clip_id: str
    language: str | None = None
    transcripts: int = 0


def transcribe_stage(
    catalogue: Catalogue,
    clip_ids: Iterable[str] = (),
    missing: bool = False,
    options: TranscribeOptions | None = None,
    run_id: int | None = None,
    on_start: Callable[[int], None] | None = None,
    on_done: Callable[[TranscribeOutcome], None] | None = None,
    run: Runner | None = None,
) -> list[TranscribeOutcome]:
    """Store platform captions not yet stored, then transcribe the named clips (or,
    with `missing`, every clip not yet transcribed by this model; with neither, every
    clip with audio). `on_start` hears how many clips there are to do; with `run`,
    the hearing runs on a cluster and only the writing happens here."""
    options = options or TranscribeOptions()
    import_platform_captions(catalogue, run_id)
    name = model_ref(catalogue, options).name
    jobs = select_jobs(catalogue, clip_ids, missing=missing, model_name=name)
    if on_start:
        on_start(len(jobs))
    return transcribe_clips(catalogue, jobs, options, run_id=run_id, on_done=on_done, run=run)


def model_ref(catalogue: Catalogue, options: TranscribeOptions) -> WhisperModelRef:
    """The model, resolved here first: a model that is missing stops the stage with
    one message, not a failure per clip (the task resolves it again where it runs)."""
    return model_for(options.model, catalogue.models_dir)


def select_jobs(
    catalogue: Catalogue,
    clip_ids: Iterable[str] = (),
    missing: bool = False,
    model_name: str | None = None,
) -> list[AudioJob]:
    """The clips' audio files to transcribe: the named clips, or with `missing`
    every clip whose audio has no transcript from `model_name` yet."""
    sql = """
        SELECT c.clip_id, m.sha256, m.path FROM clip_media c
        JOIN media_files m USING (sha256)
        WHERE c.kind = 'audio'
    """
    params: list[str] = []
    wanted = list(clip_ids)
    if wanted:
        sql += f" AND c.clip_id IN ({', '.join('?' for _ in wanted)})"
        params += wanted
    if missing:
        sql += """ AND NOT EXISTS (
            SELECT 1 FROM transcripts t WHERE t.clip_id = c.clip_id
            AND t.media_sha256 = c.sha256 AND t.source = 'whisper'
            AND t.task = 'transcribe' AND t.model = ?)"""
        params.append(model_name or DEFAULT_MODEL)
    sql += " ORDER BY c.clip_id"
    rows = catalogue.db.execute(sql, params).fetchall()
    jobs = [AudioJob(clip_id, sha, catalogue.root / path) for clip_id, sha, path in rows]
    found = {job.clip_id for job in jobs}
    unknown = [clip_id for clip_id in wanted if clip_id not in found]
    if unknown:
        raise NothingToTranscribe(f"no archived audio for: {', '.join(unknown)}")
    return jobs


def transcribe_clips(
    catalogue: Catalogue,
    jobs: list[AudioJob],
    options: TranscribeOptions,
    run_id: int | None = None,
    on_done: Callable[[TranscribeOutcome], None] | None = None,
    run: Runner | None = None,
) -> list[TranscribeOutcome]:
    """Transcribe each job's audio and store the result, recording every outcome."""
    outcomes: list[TranscribeOutcome] = []
    if not jobs:
        return outcomes
    model_name = model_ref(catalogue, options).name
    if not options.force:
        jobs = [job for job in jobs if not _has_transcript(catalogue, job, model_name)]
    # Reposts can carry the very same audio file: hear it once, and give every clip
    # that carries it the transcript.
    by_sha: dict[str, list[AudioJob]] = {}
    for job in jobs:
        by_sha.setdefault(job.sha256, []).append(job)
    # one file a task; on a GPU a batch of them, which the engine decodes together
    size = BATCH_CLIPS if options.device == "cuda" else 1
    shas = list(by_sha)
    batches = [shas[first : first + size] for first in range(0, len(shas), size)]
    resources = {"GPU": 1} if options.device == "cuda" else None
    at_once = clips_at_once(options.device, len(batches)) if run is None else 1
    if at_once > 1:  # here, on 2 cores: two clips side by side beat one on both threads
        options = replace(options, clips_at_once=at_once)
        run = side_by_side(at_once)
        # the longest first, so that the clip left running alone at the end is a short one
        batches.sort(key=lambda batch: -_file_size(by_sha[batch[0]][0]))

    def inputs() -> Iterator[list[AudioFile]]:
        # read as each task is sent, so a long batch never holds every file at once; after
        # a stop signal nothing more is sent, and the clips in hand finish and are stored
        for batch in batches:
            if stop_requested():
                return
            yield [_audio_file(by_sha[sha][0]) for sha in batch]

    models_dir = str(catalogue.models_dir)
    heard_batches = (run or run_here)(
        transcribe_task, inputs(), options, models_dir, resources=resources
    )
    for sent, heard in heard_batches:
        if isinstance(heard, ArchiverError):  # the task itself was lost (a worker died)
            heard = [HeardAudio(audio.sha256, error=heard) for audio in sent]
        for one in heard:
            for job in by_sha[one.sha256]:
                if one.transcripts is None:
                    error = one.error or TranscriptionFailed("no transcript came back")
                    outcome = _save_failure(catalogue, job, model_name, error, run_id)
                else:
                    outcome = _save_transcripts(catalogue, job, one.transcripts, run_id)
                record_item(catalogue, run_id, STAGE, job.clip_id, outcome)
                outcomes.append(outcome)
                if on_done:
                    on_done(outcome)
        if at_once == 1:
            stop_point()  # a stop signal stops between results, whoever heard them
    stop_point()  # side by side: once the clips in hand are stored (inputs() stopped)
    return outcomes


def _file_size(job: AudioJob) -> int:
    try:
        return job.path.stat().st_size
    except OSError:
        return 0  # read as b"" later, and recorded as corrupt media


def _audio_file(job: AudioJob) -> AudioFile:
    try:
        data = job.path.read_bytes()
    except OSError:
        data = b""  # the task's sha256 check records it as corrupt media
    return AudioFile(job.sha256, job.path.suffix, data)


def _has_transcript(catalogue: Catalogue, job: AudioJob, model_name: str) -> bool:
    return bool(
        catalogue.db.execute(
            "SELECT 1 FROM transcripts WHERE clip_id = ? AND media_sha256 = ? "
            "AND source = 'whisper' AND task = 'transcribe' AND model = ?",
            [job.clip_id, job.sha256, model_name],
        ).fetchone()
    )


def _save_transcripts(
    catalogue: Catalogue, job: AudioJob, transcripts: list[Transcript], run_id: int | None
) -> TranscribeOutcome:
    with catalogue.write() as db:
        for transcript in transcripts:
            save_transcript(db, job.clip_id, job.sha256, transcript, "whisper", run_id)
    first = transcripts[0]
    flags = sorted({flag for transcript in transcripts for flag in transcript.flags})
    status = "empty" if not first.segments else "flagged" if flags else "ok"
    return TranscribeOutcome(
        clip_id=job.clip_id,
        status=status,
        message=f"flagged: {', '.join(flags)}" if flags else None,
        language=first.language,
        transcripts=len(transcripts),
    )


def _save_failure(
    catalogue: Catalogue, job: AudioJob, model: str, error: Exception, run_id: int | None
) -> TranscribeOutcome:
    """A failed transcription keeps a `failed` transcript row (so the clip is not tried
    again and again by --missing) and reports the error's own status."""
    if not isinstance(error, ArchiverError):
        error = TranscriptionFailed(f"{type(error).__name__}: {error}")
    with catalogue.write() as db:
        delete_existing(db, job.clip_id, job.sha256, "transcribe", model)
        db["transcripts"].insert(
            {
                "clip_id": job.clip_id,
                "media_sha256": job.sha256,
                "source": "whisper",
                "task": "transcribe",
                "model": model,
                "status": "failed",
                "error_class": type(error).__name__,
                "error_message": error.message,
                "run_id": run_id,
                "created_at": utc_now(),
            }
        )
    return TranscribeOutcome.failed(error, clip_id=job.clip_id)
