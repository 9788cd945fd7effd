"""Captions the platform itself published, kept at capture, stored as transcripts
with source `platform`: a second account of what is said, with no word times."""

from __future__ import annotations

import time
from pathlib import Path

import webvtt

from archiver.speech.transcript import Segment, Transcript, Word
from archiver.store.catalogue import Catalogue
from archiver.store.transcripts import save_transcript


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
