"""Exports: transcripts as SRT, WebVTT, text or JSON."""

from __future__ import annotations

import io
import json
from typing import Any

import webvtt

from archiver.catalogue import Catalogue
from archiver.errors import ArchiverError

TRANSCRIPT_FORMATS = ("srt", "vtt", "txt", "json")


class ExportError(ArchiverError):
    status = "export_error"


def _timestamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def pick_transcript(
    catalogue: Catalogue, clip_id: str, task: str = "transcribe", source: str | None = None
) -> dict[str, Any]:
    """The clip's best transcript: Whisper before platform captions, newest first."""
    sql = """
        SELECT * FROM transcripts WHERE clip_id = ? AND task = ? AND status != 'failed'
    """
    params: list[Any] = [clip_id, task]
    if source:
        sql += " AND source = ?"
        params.append(source)
    sql += " ORDER BY source = 'whisper' DESC, transcript_id DESC LIMIT 1"
    row = next(catalogue.db.query(sql, params), None)
    if row is None:
        if not catalogue.db["clips"].count_where("clip_id = ?", [clip_id]):
            raise ExportError(f"no clip {clip_id!r} in the catalogue")
        raise ExportError(f"clip {clip_id!r} has no {task} transcript yet")
    return row


def transcript_segments(catalogue: Catalogue, transcript_id: int) -> list[dict[str, Any]]:
    return list(
        catalogue.db.query(
            "SELECT start_seconds, end_seconds, text, words_json FROM segments "
            "WHERE transcript_id = ? ORDER BY position",
            [transcript_id],
        )
    )


def export_transcript(
    catalogue: Catalogue, clip_id: str, fmt: str, task: str = "transcribe"
) -> str:
    if fmt not in TRANSCRIPT_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(TRANSCRIPT_FORMATS)}")
    transcript = pick_transcript(catalogue, clip_id, task)
    segments = transcript_segments(catalogue, transcript["transcript_id"])
    if fmt == "txt":
        return "".join(f"{segment['text']}\n" for segment in segments)
    if fmt == "json":
        meta = {k: transcript[k] for k in transcript if k not in ("text",)}
        for segment in segments:
            segment["words"] = json.loads(segment.pop("words_json") or "[]")
        return json.dumps({**meta, "segments": segments}, ensure_ascii=False, indent=2) + "\n"
    captions = webvtt.WebVTT(
        captions=[
            webvtt.Caption(
                _timestamp(segment["start_seconds"]),
                _timestamp(segment["end_seconds"]),
                segment["text"],
            )
            for segment in segments
        ]
    )
    buffer = io.StringIO()
    captions.write(buffer, format=fmt)
    return buffer.getvalue()
