"""Transcripts and their segments in the catalogue, whoever made them: Whisper, the
platform's captions, or OCR of the words on screen.

    save_transcript(db, clip_id, media_sha256, transcript, source, run_id)
    delete_existing(db, clip_id, media_sha256, task, model)

A transcript replaces an older one of the same kind (clip, media, task, model) in the
same transaction, and its segments are indexed for search as they are written. Chinese,
Japanese and Korean text has no spaces between words, so segments holding any are
also indexed one character a token (segments_cjk). This is catalogue plumbing shared
by the speech and vision stages; what a transcript means is theirs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from archiver.clock import utc_now

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    text: str  # Whisper's own spacing: "".join(word.text ...) rebuilds the segment text
    probability: float


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str
    words: list[Word]


@dataclass(frozen=True)
class Transcript:
    language: str | None  # None only when there was no speech to detect it from
    language_probability: float
    task: str  # "transcribe" or "translate" (into English)
    model: str
    duration: float  # seconds of audio in the clip
    processing_seconds: float
    segments: list[Segment]
    # How decoding went (archiver/speech/bounded.py): the limits that bit, as flags; the
    # 30 s windows decoded and the temperature tries they took.
    flags: tuple[str, ...] = ()
    windows: int = 0
    tries: int = 0
    cut_short: bool = False

    @property
    def text(self) -> str:
        return " ".join(segment.text for segment in self.segments)


def spaced_cjk(text: str) -> str:
    """CJK characters as separate words, so unicode61 makes each one a token."""
    return CJK.sub(lambda match: f" {match.group(0)} ", text)


def index_cjk(db: Any, transcript_id: int) -> None:
    """Add a transcript's segments that hold CJK text to the per-character index."""
    rows = db.execute(
        "SELECT segment_id, text FROM segments WHERE transcript_id = ?", [transcript_id]
    ).fetchall()
    for segment_id, text in rows:
        if CJK.search(text):  # db.execute: part of the caller's transaction, if any
            db.execute(
                "INSERT INTO segments_cjk (rowid, text) VALUES (?, ?)",
                [segment_id, spaced_cjk(text)],
            )


def unindex_cjk(db: Any, transcript_id: int) -> None:
    db.execute(
        "DELETE FROM segments_cjk WHERE rowid IN "
        "(SELECT segment_id FROM segments WHERE transcript_id = ?)",
        [transcript_id],
    )


def delete_existing(db: Any, clip_id: str, sha256: str, task: str, model: str | None) -> None:
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
    db: Any,
    clip_id: str,
    media_sha256: str,
    transcript: Transcript,
    source: str,
    run_id: int | None = None,
) -> int:
    """Store one transcript with its segments, replacing an older one of the same kind."""
    delete_existing(db, clip_id, media_sha256, transcript.task, transcript.model)
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
                **_decoding(transcript, source),
                **_decoding(transcript, source),
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


def _decoding(transcript: Transcript, source: str) -> dict[str, Any]:
    """How Whisper's decoding went; NULL for platform captions, which nothing decoded."""
    if source != "whisper":
        return {"cut_short": None, "flags": None, "windows": None, "tries": None}
    return {
        "cut_short": int(transcript.cut_short),
        "flags": json.dumps(list(transcript.flags)),
        "windows": transcript.windows,
        "tries": transcript.tries,
    }


def _decoding(transcript: Transcript, source: str) -> dict[str, Any]:
    """How Whisper's decoding went; NULL for platform captions and on-screen text, which
    no Whisper decoded."""
    if source != "whisper":
        return {"cut_short": None, "flags": None, "windows": None, "tries": None}
    return {
        "cut_short": int(transcript.cut_short),
        "flags": json.dumps(list(transcript.flags)),
        "windows": transcript.windows,
        "tries": transcript.tries,
    }
