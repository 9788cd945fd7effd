"""The GPU path (--device cuda: many clips batched through BatchedInferencePipeline).

There is no GPU here: the choice of path, the plan and the hand-back of segments are tested
as functions, and the whole batched path is run on CPU with the real tiny.en model.
"""

from __future__ import annotations

import pytest
from faster_whisper.transcribe import Segment, Word

from archiver.errors import AudioUnreadable
from archiver.speech.engine import SpeechToText
from archiver.speech.gpu import plan, split, use_batched
from tests.support.media_factory import MediaSet
from tests.support.wer import wer
from tests.support.whisper_fixtures import (  # noqa: F401 (pytest fixtures)
    ENGLISH,
    SILENCE,
    SPEECH,
    model_cache,
    tiny_en,
)


def test_only_a_gpu_with_several_clips_takes_the_batched_path() -> None:
    assert use_batched("cuda", 8)
    assert not use_batched("cuda", 1)  # one clip: nothing to batch with
    assert not use_batched("cpu", 8)  # 2 CPU cores: batches cost more per window


def test_clips_are_laid_end_to_end_in_pieces_that_stay_inside_one_clip() -> None:
    layout = plan([10.0, 45.0, 5.0])
    assert layout.offsets == [0.0, 10.0, 55.0]
    assert layout.pieces == [
        {"start": 0.0, "end": 10.0},
        {"start": 10.0, "end": 40.0},
        {"start": 40.0, "end": 55.0},
        {"start": 55.0, "end": 60.0},
    ]
    assert [layout.owner(t) for t in (0.0, 9.9, 10.0, 54.9, 55.0, 70.0)] == [0, 0, 1, 1, 2, 2]


def _segment(start: float, end: float, text: str) -> Segment:
    words = [Word(start, end, f" {text}", 0.9)]
    return Segment(0, 0, start, end, text, [], -0.1, 1.0, 0.0, words, 0.0)


def test_segments_go_back_to_their_clips_on_their_own_timelines() -> None:
    layout = plan([10.0, 45.0, 5.0])
    found = [_segment(1.0, 4.0, "a"), _segment(12.5, 20.0, "b"), _segment(55.5, 60.2, "c")]
    first, second, third = split(found, layout)
    assert [(s.start, s.end, s.text) for s in first] == [(1.0, 4.0, "a")]
    assert [(s.start, s.end, s.words[0].start) for s in second] == [(2.5, 10.0, 2.5)]
    assert [(s.start, s.end) for s in third] == [(0.5, 5.0)]  # clamped to the clip's end


@pytest.mark.slow
def test_the_batched_path_runs_on_cpu_and_keeps_clips_apart(
    tiny_en: SpeechToText,  # noqa: F811
    media: MediaSet,
) -> None:
    clips = [SPEECH / "en_park.ogg", media.corrupt, SILENCE, SPEECH / "en_city.ogg"]
    results = dict(tiny_en._transcribe_batched(clips, None, True, vad=True))
    assert list(results) == clips  # in order, one result each
    assert isinstance(results[media.corrupt], AudioUnreadable)
    assert results[SILENCE][0].segments == []
    for name in ("en_park.ogg", "en_city.ogg"):
        [transcript] = results[SPEECH / name]
        assert wer(ENGLISH[name], transcript.text) <= 0.35, transcript.text
        assert transcript.windows == 1 and not transcript.cut_short
        last = transcript.segments[-1]
        assert 0 < last.end <= transcript.duration
        assert all(0 <= w.start <= w.end <= transcript.duration for w in last.words)
