"""The transcription stage: Whisper over archived audio, and platform captions.

Picks the clips to do from the catalogue, runs one model for the whole run, and
stores each result (or failure) in one transaction per clip, so a killed batch,
re-run with `--missing`, does only what is left.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import webvtt

from archiver.errors import ArchiverError
from archiver.interrupt import stop_point
from archiver.speech.engine import Segment, SpeechToText, Transcript, Word
from archiver.speech.models import WhisperModelRef, resolve_model
from archiver.speech.search import index_cjk, unindex_cjk
from archiver.store.catalogue import Catalogue, utc_now

DEFAULT_MODEL = "base"


class NothingToTranscribe(ArchiverError):
    status = "no_audio"


@dataclass
class TranscribeOptions:
    model: str = DEFAULT_MODEL  # a name ("base", "tiny.en", "small") or a model directory
    language: str | None = None  # skip detection when the language is known
    device: str = "auto"
    translate: bool = True  # add an English translation of non-English speech
    force: bool = False  # redo clips that already have a transcript from this model
    beam_size: int = 5  # 1 (greedy) is ~1.4x faster with base, a little less accurate


@dataclass(frozen=True)
class AudioJob:
    clip_id: str
    sha256: str
    path: Path


@dataclass
class TranscribeOutcome:
    clip_id: str
    status: str  # ok, empty, failed
    language: str | None = None
    transcripts: int = 0
    error_class: str | None = None
    message: str | None = None


_engines: dict[tuple[str, str, int], SpeechToText] = {}


def model_ref(catalogue: Catalogue, options: TranscribeOptions) -> WhisperModelRef:
    return resolve_model(options.model, cache_dir=catalogue.models_dir)


def engine_for(catalogue: Catalogue, options: TranscribeOptions) -> SpeechToText:
    """One model per process: loading costs seconds and hundreds of MB, so the
    model stays loaded for later calls (the pipeline calls once per stage)."""
    ref = model_ref(catalogue, options)
    key = (str(ref.path or ref.name), options.device, options.beam_size)
    if key not in _engines:
        _engines.clear()  # hold one model at a time
        _engines[key] = SpeechToText(ref, device=options.device, beam_size=options.beam_size)
    return _engines[key]


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
) -> list[TranscribeOutcome]:
    outcomes: list[TranscribeOutcome] = []
    if not jobs:
        return outcomes
    engine = engine_for(catalogue, options)
    model_name = engine.ref.name
    if not options.force:
        jobs = [job for job in jobs if not _has_transcript(catalogue, job, model_name)]
    # Reposts can carry the very same audio file: hear it once, and give every clip
    # that carries it the transcript.
    by_path: dict[Path, list[AudioJob]] = {}
    for job in jobs:
        by_path.setdefault(job.path, []).append(job)
    results = engine.transcribe_many(
        list(by_path),
        language=options.language,
        translate_non_english=options.translate,
    )
    for path, result in results:
        for job in by_path[Path(path)]:
            if isinstance(result, Exception):
                outcome = _save_failure(catalogue, job, model_name, result, run_id)
            else:
                outcome = _save_transcripts(catalogue, job, result, run_id)
            outcomes.append(outcome)
            if on_done:
                on_done(outcome)
        stop_point()
    return outcomes


def _has_transcript(catalogue: Catalogue, job: AudioJob, model_name: str) -> bool:
    return bool(
        catalogue.db.execute(
            "SELECT 1 FROM transcripts WHERE clip_id = ? AND media_sha256 = ? "
            "AND source = 'whisper' AND task = 'transcribe' AND model = ?",
            [job.clip_id, job.sha256, model_name],
        ).fetchone()
    )


def _delete_existing(db, clip_id: str, sha256: str, task: str, model: str | None) -> None:
    existing = [
        row[0]
        for row in db.execute(
            "SELECT transcript_id FROM transcripts WHERE clip_id = ? AND media_sha256 = ? "
            "AND task = ? AND IFNULL(model, '') = IFNULL(?, '')",
            [clip_id, sha256, task, model],
        )
    ]
    for transcript_id in existing:
        unindex_cjk(db, transcript_id)
        db.execute("DELETE FROM segments WHERE transcript_id = ?", [transcript_id])
        db.execute("DELETE FROM transcripts WHERE transcript_id = ?", [transcript_id])


def save_transcript(
    db,
    clip_id: str,
    media_sha256: str,
    transcript: Transcript,
    source: str,
    run_id: int | None = None,
) -> int:
    """Store one transcript with its segments, replacing an older one of the same kind."""
    _delete_existing(db, clip_id, media_sha256, transcript.task, transcript.model)
    transcript_id = (
        db["transcripts"]
        .insert(
            {
                "clip_id": clip_id,
                "media_sha256": media_sha256,
                "source": source,
                "task": transcript.task,
                "model": transcript.model,
                "language": transcript.language,
                "language_probability": transcript.language_probability,
                "duration": transcript.duration,
                "processing_seconds": transcript.processing_seconds,
                "status": "ok" if transcript.segments else "empty",
                "text": " ".join(segment.text.strip() for segment in transcript.segments),
                "run_id": run_id,
                "created_at": utc_now(),
            }
        )
        .last_pk
    )
    db["segments"].insert_all(
        {
            "transcript_id": transcript_id,
            "position": position,
            "start_seconds": round(segment.start, 3),
            "end_seconds": round(segment.end, 3),
            "text": segment.text.strip(),
            "words_json": json.dumps(
                [
                    [round(w.start, 3), round(w.end, 3), w.text, round(w.probability, 3)]
                    for w in segment.words
                ],
                ensure_ascii=False,
            )
            if segment.words
            else None,
        }
        for position, segment in enumerate(transcript.segments)
    )
    index_cjk(db, transcript_id)
    return transcript_id


def _save_transcripts(
    catalogue: Catalogue, job: AudioJob, transcripts: list[Transcript], run_id: int | None
) -> TranscribeOutcome:
    with catalogue.write() as db:
        for transcript in transcripts:
            save_transcript(db, job.clip_id, job.sha256, transcript, "whisper", run_id)
    first = transcripts[0]
    return TranscribeOutcome(
        clip_id=job.clip_id,
        status="ok" if first.segments else "empty",
        language=first.language,
        transcripts=len(transcripts),
    )


def _save_failure(
    catalogue: Catalogue, job: AudioJob, model: str, error: Exception, run_id: int | None
) -> TranscribeOutcome:
    message = str(error) or type(error).__name__
    with catalogue.write() as db:
        _delete_existing(db, job.clip_id, job.sha256, "transcribe", model)
        db["transcripts"].insert(
            {
                "clip_id": job.clip_id,
                "media_sha256": job.sha256,
                "source": "whisper",
                "task": "transcribe",
                "model": model,
                "status": "failed",
                "error_class": type(error).__name__,
                "error_message": message,
                "run_id": run_id,
                "created_at": utc_now(),
            }
        )
    return TranscribeOutcome(
        clip_id=job.clip_id, status="failed", error_class=type(error).__name__, message=message
    )


# -- platform captions ------------------------------------------------------------


def _caption_seconds(stamp: str) -> float:
    hours, minutes, seconds = stamp.replace(",", ".").split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def read_captions(path: Path) -> list[Segment]:
    """Cues of a WebVTT or SRT file as segments (captions carry no word times)."""
    with path.open(encoding="utf-8-sig", errors="replace") as handle:
        captions = webvtt.from_buffer(handle, format=path.suffix.lower().lstrip(".") or "vtt")
    return [
        Segment(
            start=_caption_seconds(cue.start),
            end=_caption_seconds(cue.end),
            text=" ".join(cue.text.split()),
            words=list[Word](),
        )
        for cue in captions
        if cue.text.strip()
    ]


def import_platform_captions(catalogue: Catalogue, run_id: int | None = None) -> int:
    """Store every archived caption file that has no transcript yet; returns how many."""
    rows = catalogue.db.execute(
        """
        SELECT c.clip_id, m.sha256, m.path, m.language FROM clip_media c
        JOIN media_files m USING (sha256)
        WHERE c.kind = 'subtitles' AND NOT EXISTS (
            SELECT 1 FROM transcripts t WHERE t.clip_id = c.clip_id AND t.media_sha256 = c.sha256)
        """
    ).fetchall()
    for clip_id, sha256, path, language in rows:
        started = time.perf_counter()
        try:
            segments = read_captions(catalogue.root / path)
        except (OSError, ValueError, webvtt.errors.MalformedFileError) as error:
            segments, failure = [], error
        else:
            failure = None
        transcript = Transcript(
            language=language,
            language_probability=None,
            task="transcribe",
            model=None,
            duration=segments[-1].end if segments else None,
            processing_seconds=time.perf_counter() - started,
            segments=segments,
        )
        with catalogue.write() as db:
            transcript_id = save_transcript(db, clip_id, sha256, transcript, "platform", run_id)
            if failure:
                db["transcripts"].update(
                    transcript_id,
                    {
                        "status": "failed",
                        "error_class": type(failure).__name__,
                        "error_message": str(failure),
                    },
                )
    return len(rows)
