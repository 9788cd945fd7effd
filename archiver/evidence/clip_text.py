"""What a clip says, shows and is, read from the catalogue, for scoring: its English
transcripts (Whisper's own, or its translation) in windows of 1-3 segments, their
timed words, the words on screen (OCR) a run of frames at a time, its title and
description, and who posted it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from archiver.evidence.matching import Span, clip_people, words
from archiver.store.catalogue import Catalogue


@dataclass(frozen=True)
class ClipText:
    """What we know a clip says and is, in English, for scoring."""

    clip_id: str
    extractor: str
    people: list[str]  # uploader, channel and handle, as shown
    metadata: str  # title and description
    windows: list[Span]  # runs of 1-3 consecutive English segments
    words: list[tuple[float, float, str, int]]  # (start, end, word, transcript_id)
    screen: list[Span] = field(default_factory=list)  # on-screen text, one run of frames each


def english_transcripts(catalogue: Catalogue, clip_id: str) -> list[dict]:
    """Transcripts in English: Whisper's (transcription of English speech, or the
    translation of any other) first, then the platform's English captions."""
    return list(
        catalogue.db.query(
            """
            SELECT transcript_id, source, task, language FROM transcripts
            WHERE clip_id = ? AND status = 'ok' AND source != 'ocr'
              AND (task = 'translate' OR language = 'en' OR language LIKE 'en-%'
                   OR language LIKE 'eng%')
            ORDER BY source = 'whisper' DESC, task = 'transcribe' DESC, transcript_id
            """,
            [clip_id],
        )
    )


def clip_text(catalogue: Catalogue, clip_id: str) -> ClipText:
    clip = catalogue.db["clips"].get(clip_id)
    account = catalogue.db["accounts"].get(clip["account_id"]) if clip.get("account_id") else {}
    people = clip_people(clip, account)
    windows: list[Span] = []
    timed_words: list[tuple[float, float, str, int]] = []
    for transcript in english_transcripts(catalogue, clip_id):
        segments = list(
            catalogue.db.query(
                "SELECT start_seconds, end_seconds, text, words_json FROM segments "
                "WHERE transcript_id = ? ORDER BY position",
                [transcript["transcript_id"]],
            )
        )
        for first in range(len(segments)):
            for size in (1, 2, 3):
                run = segments[first : first + size]
                if len(run) == size:
                    windows.append(
                        Span(
                            transcript["transcript_id"],
                            run[0]["start_seconds"],
                            run[-1]["end_seconds"],
                            " ".join(s["text"] for s in run),
                            0.0,
                        )
                    )
        if not timed_words:  # one transcript's words are enough to place a quote
            for segment in segments:
                for start, end, word, *_ in json.loads(segment["words_json"] or "[]"):
                    for piece in words(word):
                        timed_words.append((start, end, piece, transcript["transcript_id"]))
    metadata = " ".join(filter(None, (clip.get("title"), clip.get("description"))))
    return ClipText(
        clip_id,
        clip["extractor"],
        people,
        metadata,
        windows,
        timed_words,
        screen_text(catalogue, clip_id),
    )


def screen_text(catalogue: Catalogue, clip_id: str) -> list[Span]:
    """The words on screen, a segment (a run of frames showing the same text) each."""
    rows = catalogue.db.execute(
        """SELECT s.transcript_id, s.start_seconds, s.end_seconds, s.text FROM segments s
        JOIN transcripts t USING (transcript_id)
        WHERE t.clip_id = ? AND t.source = 'ocr' AND t.status = 'ok' ORDER BY s.position""",
        [clip_id],
    ).fetchall()
    return [Span(transcript_id, start, end, text, 0.0) for transcript_id, start, end, text in rows]
