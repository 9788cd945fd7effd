"""Catalogue rows for transcripts and their segments (Whisper's and the platform's).

A transcript replaces an older one of the same kind (clip, audio, task, model) in the
same transaction, and its segments are indexed for search as they are written.
"""

from __future__ import annotations

import json
from typing import Any

from archiver.clock import utc_now
from archiver.speech.search import index_cjk, unindex_cjk
from archiver.speech.transcript import Transcript


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
