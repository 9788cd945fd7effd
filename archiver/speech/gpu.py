"""The GPU path: many short clips' windows decoded in batches on one CUDA device.

On a GPU a single 30 s window leaves most of the device idle, so with --device cuda the
engine joins the speech of up to BATCH_CLIPS clips of one language into one audio array, cuts
it into pieces of at most 30 s that never cross from one clip into the next, and hands them
to faster_whisper.BatchedInferencePipeline, which encodes and decodes BATCH_SIZE pieces at a
time. The segments come back on the joined timeline and are given back to their clips here.

The batched pipeline decodes each piece once (no temperature fallback) under a token limit,
so it cannot run away as the sequential path could; it has no loop detector, so a loop stays
in the text (up to the limit). Not run on these machines (no GPU): the planning and the
hand-back are pure functions, tested here, and the whole path is tested on CPU.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import Any

WINDOW_SECONDS = 30.0
BATCH_CLIPS = 32  # clips joined per pipeline call: bounds memory, keeps results flowing
BATCH_SIZE = 16  # pieces per encoder/decoder batch; fits base to large-v3 in fp16 on 16 GB


def use_batched(device: str, clips: int) -> bool:
    """The batched pipeline pays only on a GPU, and only with more than one clip to fill it
    (on 2 CPU cores a batch of windows costs more per window than single passes)."""
    return device == "cuda" and clips > 1


@dataclass(frozen=True)
class Plan:
    offsets: list[float]  # where each clip starts on the joined timeline, in seconds
    lengths: list[float]  # each clip's (speech) length, in seconds
    pieces: list[dict[str, float]]  # clip_timestamps for the pipeline: {"start", "end"} in s

    def owner(self, seconds: float) -> int:
        """The clip a time on the joined timeline belongs to."""
        return max(bisect.bisect_right(self.offsets, seconds) - 1, 0)


def plan(lengths: list[float], window: float = WINDOW_SECONDS) -> Plan:
    """Lay clips end to end and cut each into pieces of at most `window` seconds."""
    offsets, pieces, at = [], [], 0.0
    for length in lengths:
        offsets.append(at)
        start = at
        while start < at + length:
            end = min(start + window, at + length)
            pieces.append({"start": round(start, 3), "end": round(end, 3)})
            start = end
        at += length
    return Plan(offsets, list(lengths), pieces)


def split(segments: list[Any], layout: Plan) -> list[list[Any]]:
    """Give each segment (faster-whisper's, on the joined timeline) back to its clip, with
    its times and its words' times on that clip's own timeline."""
    per_clip: list[list[Any]] = [[] for _ in layout.offsets]
    for segment in segments:
        clip = layout.owner((segment.start + segment.end) / 2)
        offset, length = layout.offsets[clip], layout.lengths[clip]

        def local(seconds: float, offset: float = offset, length: float = length) -> float:
            return round(min(max(seconds - offset, 0.0), length), 3)

        words = [replace(w, start=local(w.start), end=local(w.end)) for w in segment.words or []]
        per_clip[clip].append(
            replace(segment, start=local(segment.start), end=local(segment.end), words=words)
        )
    return per_clip
