"""Transcription of audio files as a pure task: the files' bytes and the options in,
the transcripts to write (or each file's error) out. It never opens the catalogue, so
it runs the same in the command's own process and on a cluster worker.

    transcribe_task([AudioFile], options, models_dir) -> [HeardAudio]   where it runs
    archiver.speech.transcribe                                          the writer

A task is one file, or with --device cuda up to gpu.BATCH_CLIPS files, so that the
engine's batched GPU path still fills the device. The bytes travel with the task (a
worker on another machine shares no disk with the writer) and are checked against
their sha256 before they are heard. The model is loaded once per process and kept.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from archiver.errors import ArchiverError, AudioUnreadable, TranscriptionFailed
from archiver.speech.engine import TIME_BUDGET, SpeechToText
from archiver.speech.models import DEFAULT_MODEL, WhisperModelRef, resolve_model
from archiver.speech.transcript import Transcript
from archiver.store.scratch import system_scratch_dir


@dataclass
class TranscribeOptions:
    model: str = DEFAULT_MODEL  # a name ("base", "tiny.en", "small") or a model directory
    language: str | None = None  # skip detection when the language is known
    device: str = "auto"
    translate: bool = True  # add an English translation of non-English speech
    force: bool = False  # redo clips that already have a transcript from this model
    # Greedy: the fastest setting whose WER on the English set is within 0.01 of beam 5
    # (bench/transcribe.py: 0.016 against 0.010, at 0.74x the processing time with base).
    beam_size: int = 1
    time_budget: float | None = TIME_BUDGET  # share of a clip's length; None: unbounded
    # Clips this process decodes side by side, each on its share of the threads: the stage
    # sets 2 when it works here with several clips to do (side_by_side.py); a cluster
    # worker's tasks run one at a time, each on all of the worker's threads.
    clips_at_once: int = 1


@dataclass(frozen=True)
class AudioFile:
    """One archived audio file as it travels to the task."""

    sha256: str
    suffix: str  # the stored file's, e.g. ".m4a"; the decoder reads the contents anyway
    data: bytes  # b"" when the writer could not read it (the sha256 check says so)


@dataclass
class HeardAudio:
    """What the task heard in one file: transcripts, or the error that stopped it."""

    sha256: str
    transcripts: list[Transcript] | None = None
    error: ArchiverError | None = None


# One model per process, kept between tasks: loading costs seconds and hundreds of MB.
# Its semaphore lets through as many files at once as the engine decodes side by side (one,
# unless the stage asked for more), however many threads a worker has.
_engines: dict[tuple[str, str, int, int], tuple[SpeechToText, threading.Semaphore]] = {}
_engines_lock = threading.Lock()


def model_for(name_or_dir: str, models_dir: Path) -> WhisperModelRef:
    """The model, resolved offline as ever; `models_dir` is the archive's model cache,
    or, on a worker that does not have the archive's folder, a cache of its own."""
    if not models_dir.parent.is_dir():  # the archive's folder is on another machine
        models_dir = Path(tempfile.gettempdir()) / "archiver-models"
    return resolve_model(name_or_dir, cache_dir=models_dir)


def engine_for(
    options: TranscribeOptions, models_dir: Path
) -> tuple[SpeechToText, threading.Semaphore]:
    """This process's engine for `options`, loaded on first use."""
    ref = model_for(options.model, models_dir)
    key = (str(ref.path or ref.name), options.device, options.beam_size, options.clips_at_once)
    with _engines_lock:
        if key not in _engines:
            _engines.clear()  # hold one model at a time
            engine = SpeechToText(
                ref,
                device=options.device,
                beam_size=options.beam_size,
                clips_at_once=options.clips_at_once,
            )
            _engines[key] = (engine, threading.BoundedSemaphore(engine.clips_at_once))
        return _engines[key]


def transcribe_task(
    batch: list[AudioFile], options: TranscribeOptions, models_dir: str
) -> list[HeardAudio]:
    """Hear each file of the batch with this process's model. Never raises for a
    file: its error comes back in its place."""
    try:
        engine, slots = engine_for(options, Path(models_dir))
    except ArchiverError as error:
        return [HeardAudio(audio.sha256, error=error) for audio in batch]
    heard: dict[str, HeardAudio] = {}
    with system_scratch_dir("archiver-audio") as folder:
        paths: dict[Path, str] = {}
        for audio in batch:
            if hashlib.sha256(audio.data).hexdigest() != audio.sha256:
                heard[audio.sha256] = HeardAudio(audio.sha256, error=_unreadable(audio))
                continue
            path = Path(folder) / f"{audio.sha256}{_safe_suffix(audio.suffix)}"
            path.write_bytes(audio.data)
            paths[path] = audio.sha256
        with slots:
            engine.time_budget = options.time_budget
            results = engine.transcribe_many(
                list(paths), language=options.language, translate_non_english=options.translate
            )
            for path, result in results:
                sha256 = paths[Path(path)]
                if isinstance(result, Exception):
                    heard[sha256] = HeardAudio(sha256, error=_as_ours(result))
                else:
                    heard[sha256] = HeardAudio(sha256, transcripts=result)
    return [heard[audio.sha256] for audio in batch]


def _unreadable(audio: AudioFile) -> AudioUnreadable:
    return AudioUnreadable(
        f"the archived audio {audio.sha256} could not be read or does not match its "
        "sha256 (`archiver verify` names the damaged files)"
    )


def _safe_suffix(suffix: str) -> str:
    """The stored file's suffix, if it is one: it names a file on the worker."""
    return suffix if suffix[1:].isalnum() and len(suffix) <= 8 else ""


def _as_ours(error: Exception) -> ArchiverError:
    """Our error, which travels back from a worker as it is; anything else in words."""
    if isinstance(error, ArchiverError):
        return error
    return TranscriptionFailed(f"{type(error).__name__}: {error}")
