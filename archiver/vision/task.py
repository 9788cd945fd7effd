"""Reading one clip's keyframes as a pure task: the frames' bytes in, the on-screen
transcript out. It never opens the catalogue, so it runs the same in the command's own
process and on a cluster worker.

    ocr_task(ScreenJob, options) -> ScreenText     where it runs
    archiver.vision.ocr                            the writer

The frames travel as bytes (a few JPEGs of tens of KB) and are checked against their
sha256 before they are read. The OCR engine is loaded once per process and kept.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from archiver.errors import ArchiverError, CorruptMedia, NoVideo
from archiver.store.scratch import system_scratch_dir
from archiver.store.transcripts import CJK, Segment, Transcript
from archiver.text import comparable
from archiver.vision.reader import Line, ScreenReader, model_name

TASK = "transcribe"


@dataclass
class OcrOptions:
    force: bool = False  # read clips again that already have on-screen text
    threads: int | None = None  # onnxruntime threads; None: every core


@dataclass(frozen=True)
class FrameImage:
    seconds: float
    sha256: str
    data: bytes  # b"" when the writer could not read it (the sha256 check says so)


@dataclass(frozen=True)
class ScreenJob:
    """One clip's kept video and its keyframes, as they travel to the task."""

    clip_id: str
    video_sha256: str | None  # None: the clip has no video
    duration: float | None
    frames: list[FrameImage]


@dataclass
class ScreenText:
    """What the task read: the transcript to write, or the error that stopped it."""

    clip_id: str
    transcript: Transcript | None = None
    error: ArchiverError | None = None


# One engine per process, kept between tasks: loading the models takes seconds. The
# lock reads one clip at a time with it, however many threads a worker has.
_readers: dict[int | None, tuple[ScreenReader, threading.Lock]] = {}
_readers_lock = threading.Lock()


def reader_for(options: OcrOptions) -> tuple[ScreenReader, threading.Lock]:
    with _readers_lock:
        if options.threads not in _readers:
            _readers.clear()
            _readers[options.threads] = (ScreenReader(options.threads), threading.Lock())
        return _readers[options.threads]


def ocr_task(job: ScreenJob, options: OcrOptions) -> ScreenText:
    """Read the words on screen in each of the clip's keyframes. Never raises for the
    clip: its error comes back in the result."""
    try:
        return ScreenText(job.clip_id, transcript=_read(job, options))
    except ArchiverError as error:
        return ScreenText(job.clip_id, error=error)


def _read(job: ScreenJob, options: OcrOptions) -> Transcript:
    if job.video_sha256 is None:
        raise NoVideo(f"{job.clip_id}: no video is archived for it (captured --audio-only?)")
    if not job.frames:
        raise CorruptMedia(
            f"{job.clip_id}: no keyframe could be cut from its video (a picture that cannot "
            "be decoded, or a capture from before keyframes: `archiver capture "
            "--refresh-media URL` cuts them)"
        )
    for frame in job.frames:
        if hashlib.sha256(frame.data).hexdigest() != frame.sha256:
            raise CorruptMedia(
                f"{job.clip_id}: keyframe {frame.sha256} is missing or does not match its "
                "sha256 (`archiver verify` names the damaged files)"
            )
    reader, lock = reader_for(options)
    started = time.monotonic()
    with system_scratch_dir("archiver-frames") as folder, lock:
        read = []
        for frame in job.frames:
            path = Path(folder) / f"{frame.sha256}.jpg"
            path.write_bytes(frame.data)
            read.append((frame, reader.read(path)))
    segments = stable_runs(read, job.duration)
    return Transcript(
        language=_language(segments),
        language_probability=0.0,  # not detected: a guess from the script, or none
        task=TASK,
        model=model_name(),
        duration=job.duration or 0.0,
        processing_seconds=round(time.monotonic() - started, 3),
        segments=segments,
    )


def stable_runs(read: list[tuple[FrameImage, list[Line]]], duration: float | None) -> list[Segment]:
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
