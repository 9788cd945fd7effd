"""What a transcript is: segments of speech with their times, and each word's time.

Plain data, shared by the engine that makes transcripts and the code that stores,
searches and exports them.
"""

from __future__ import annotations

from dataclasses import dataclass


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
