"""The transcription engine, run with real Whisper models on committed espeak-ng speech."""

from __future__ import annotations

import dataclasses
import re
import threading
import time
from pathlib import Path

import ctranslate2
import pytest
from faster_whisper import WhisperModel, decode_audio
from faster_whisper.tokenizer import Tokenizer

from archiver.errors import AudioUnreadable, DeviceUnavailable, ModelNotAvailable, NoAudioStream
from archiver.speech.bounded import TEMPERATURES
from archiver.speech.engine import SpeechToText, _decoding_options
from archiver.speech.models import WhisperModelRef
from archiver.speech.side_by_side import in_order
from archiver.speech.transcript import Transcript
from tests.support.media_factory import MediaSet
from tests.support.wer import wer
from tests.support.whisper_fixtures import (  # noqa: F401 (pytest fixtures)
    ENGLISH,
    MANDARIN,
    SILENCE,
    SPEECH,
    base,
    model_cache,
    tiny_en,
)

pytestmark = pytest.mark.slow


def assert_times_inside(transcript: Transcript) -> None:
    """Segments and words in order, each start <= end, all within the clip."""
    previous_start = 0.0
    for segment in transcript.segments:
        assert 0.0 <= segment.start <= segment.end <= transcript.duration
        assert segment.start >= previous_start
        previous_start = segment.start
        assert segment.words, "word timestamps are on"
        word_start = segment.start
        for word in segment.words:
            assert word_start <= word.start <= word.end <= transcript.duration
            assert 0.0 <= word.probability <= 1.0
            word_start = word.start


@pytest.fixture(scope="module")
def mandarin_batch(base: SpeechToText) -> list[Transcript]:  # noqa: F811
    # Base translates this synthetic Mandarin only after Whisper's fallback to sampling:
    # seed it here, so the result does not depend on which tests ran before.
    ctranslate2.set_random_seed(1)
    [(path, result)] = list(base.transcribe_many([MANDARIN]))
    assert path == MANDARIN
    assert not isinstance(result, Exception), result
    return result


# --- English, with tiny.en --------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_the_words_come_out(tiny_en: SpeechToText, name: str) -> None:  # noqa: F811
    transcript = tiny_en.transcribe(SPEECH / name)

    assert wer(ENGLISH[name], transcript.text) <= 0.35, transcript.text
    assert (transcript.language, transcript.task, transcript.model) == (
        "en",
        "transcribe",
        "tiny.en",
    )
    assert transcript.duration == pytest.approx(
        len(decode_audio(str(SPEECH / name))) / 16000, abs=0.01
    )
    assert 0 < transcript.processing_seconds < 60
    assert_times_inside(transcript)
    assert transcript.segments[-1].end > transcript.duration / 2  # the timeline is the clip's own


def test_silence_is_an_empty_transcript_not_an_error(tiny_en: SpeechToText) -> None:  # noqa: F811
    transcript = tiny_en.transcribe(SILENCE)
    assert transcript.segments == []
    assert transcript.text == ""
    assert transcript.duration == pytest.approx(6.0, abs=0.05)


def test_unreadable_audio_is_a_clear_failure(tiny_en: SpeechToText, media: MediaSet) -> None:  # noqa: F811
    with pytest.raises(NoAudioStream, match="no audio stream") as raised:
        tiny_en.transcribe(media.silent_video)
    assert raised.value.status == "no_audio"
    for path in (media.corrupt, media.empty, media.thumbnail.with_name("missing.mp4")):
        with pytest.raises(AudioUnreadable, match="cannot decode audio") as raised:
            tiny_en.transcribe(path)
        assert raised.value.status == "corrupt_media"
        assert str(path) in str(raised.value)


def test_a_batch_goes_on_past_bad_clips(tiny_en: SpeechToText, media: MediaSet) -> None:  # noqa: F811
    clips = [
        SPEECH / "en_park.ogg",
        media.corrupt,
        SILENCE,
        media.silent_video,
        SPEECH / "en_city.ogg",
    ]

    results = list(tiny_en.transcribe_many(clips))

    assert [path for path, _ in results] == clips
    park, corrupt, silence, silent_video, city = (result for _, result in results)
    assert isinstance(corrupt, AudioUnreadable)
    assert isinstance(silent_video, NoAudioStream)
    assert [len(park), len(silence), len(city)] == [1, 1, 1]  # English-only: no translation
    assert silence[0].segments == []
    assert park[0].text == tiny_en.transcribe(SPEECH / "en_park.ogg").text
    assert wer(ENGLISH["en_city.ogg"], city[0].text) <= 0.35


def test_two_clips_at_once_give_what_one_at_a_time_gives(tiny_en: SpeechToText) -> None:  # noqa: F811
    two_at_once = SpeechToText(tiny_en.ref, device="cpu", time_budget=None, clips_at_once=2)
    assert (tiny_en.clips_at_once, two_at_once.clips_at_once) == (1, 2)  # 1 is the default
    clips = [SPEECH / name for name in ENGLISH] + [SILENCE]
    side_by_side = [
        (path, [t.text for t in result]) for path, result in two_at_once.transcribe_many(clips)
    ]
    in_turn = [(path, [t.text for t in result]) for path, result in tiny_en.transcribe_many(clips)]
    assert side_by_side == in_turn
    assert [texts for _, texts in in_turn][-1] == [""]


def test_clips_side_by_side_come_back_in_order_and_stop_early() -> None:
    running, most, lock = [0], [0], threading.Lock()

    def work(seconds: float) -> float:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(seconds)
        with lock:
            running[0] -= 1
        return seconds * 10

    delays = [0.3, 0.05, 0.2, 0.01, 0.1, 0.02]
    assert list(in_order(work, delays, at_once=2)) == [(d, d * 10) for d in delays]
    assert most[0] == 2
    started = []
    results = in_order(lambda item: started.append(item) or item, range(100), at_once=2)
    assert next(results) == (0, 0)
    results.close()  # the caller stops: what was never started never runs
    assert len(started) <= 4


def test_we_decode_exactly_as_the_plain_call_does(tiny_en: SpeechToText) -> None:  # noqa: F811
    """Sharing the encoder output must not change a word: compare with WhisperModel.transcribe
    given our bounded temperatures (clean speech never needs a second try) and 30 s windows."""
    plain = WhisperModel(str(tiny_en.ref.path), device="cpu", compute_type="int8", cpu_threads=2)
    clip = str(SPEECH / "en_factory.ogg")

    segments, info = plain.transcribe(
        clip, word_timestamps=True, vad_filter=True, temperature=list(TEMPERATURES)
    )
    # The options as the plain call built them, before its lazy segments run and touch them.
    tokenizer = Tokenizer(plain.hf_tokenizer, False, task="transcribe", language="en")
    options = _decoding_options(tokenizer, beam_size=5)
    assert dataclasses.asdict(options) == dataclasses.asdict(info.transcription_options)

    expected = [(round(s.start, 2), round(s.end, 2), s.text.strip()) for s in segments]
    ours = tiny_en.transcribe(clip)
    assert [(round(s.start, 2), round(s.end, 2), s.text) for s in ours.segments] == expected

    # Encoded at its own length plus 2 s (short windows, off by default), clean speech comes
    # out as well.
    tiny_en.short_windows = True
    try:
        short = tiny_en.transcribe(clip)
    finally:
        tiny_en.short_windows = False
    plain_text = " ".join(text for _, _, text in expected)
    reference = ENGLISH["en_factory.ogg"]
    assert wer(reference, short.text) <= wer(reference, plain_text) + 0.05, short.text


def test_english_only_models_do_not_translate(tiny_en: SpeechToText) -> None:  # noqa: F811
    with pytest.raises(ValueError, match="English-only"):
        tiny_en.transcribe(MANDARIN, task="translate")
    with pytest.raises(ValueError, match="task must be"):
        tiny_en.transcribe(MANDARIN, task="summarize")


def test_device_and_precision(tiny_en: SpeechToText) -> None:  # noqa: F811
    if ctranslate2.get_cuda_device_count() == 0:
        assert (tiny_en.device, tiny_en.compute_type) == ("cpu", "int8")
        # an error the user sees, with its recorded status, not a bare ValueError
        with pytest.raises(DeviceUnavailable, match="no CUDA GPU") as raised:
            SpeechToText(tiny_en.ref, device="cuda")
        assert raised.value.status == "device_unavailable"
    with pytest.raises(ValueError, match="auto, cpu or cuda"):
        SpeechToText(tiny_en.ref, device="tpu")


def test_a_broken_model_directory_fails_clearly(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "model.bin").write_bytes(b"\x00" * 64)
    broken = WhisperModelRef("broken", tmp_path, "directory", False)
    with pytest.raises(ModelNotAvailable, match="Cannot load Whisper model"):
        SpeechToText(broken, device="cpu")


# --- Multilingual plumbing, with base -----------------------------------------------------------


def test_mandarin_is_detected_and_stored(mandarin_batch: list[Transcript]) -> None:
    speech = mandarin_batch[0]
    assert (speech.task, speech.language, speech.model) == ("transcribe", "zh", "base")
    assert speech.language_probability > 0.5
    assert re.search(r"[\u4e00-\u9fff]", speech.text), speech.text  # Chinese characters
    assert "天气" in speech.text or "天氣" in speech.text, speech.text  # "weather"
    assert_times_inside(speech)


def test_non_english_speech_gets_an_english_translation(mandarin_batch: list[Transcript]) -> None:
    assert len(mandarin_batch) == 2
    english = mandarin_batch[1]
    assert (english.task, english.language, english.model) == ("translate", "zh", "base")
    assert english.duration == mandarin_batch[0].duration
    letters = [c for c in english.text if c.isalpha()]
    assert len(english.text.split()) >= 5
    assert sum(c.isascii() for c in letters) / len(letters) > 0.9, english.text
    assert "weather" in english.text.lower(), english.text
    assert_times_inside(english)


def test_english_speech_is_not_translated(base: SpeechToText) -> None:  # noqa: F811
    [(_, transcripts)] = list(base.transcribe_many([SPEECH / "en_park.ogg"]))
    assert [t.task for t in transcripts] == ["transcribe"]
    assert transcripts[0].language == "en"
    assert 0.5 < transcripts[0].language_probability <= 1.0
    assert wer(ENGLISH["en_park.ogg"], transcripts[0].text) <= 0.35


def test_a_known_language_skips_detection(base: SpeechToText) -> None:  # noqa: F811
    transcript = base.transcribe(SPEECH / "en_city.ogg", language="en")
    assert (transcript.language, transcript.language_probability) == ("en", 1.0)
    assert wer(ENGLISH["en_city.ogg"], transcript.text) <= 0.35


def test_silence_with_a_multilingual_model_has_no_language(base: SpeechToText) -> None:  # noqa: F811
    [(_, transcripts)] = list(base.transcribe_many([SILENCE]))
    assert [(t.language, t.language_probability, t.segments) for t in transcripts] == [
        (None, 0.0, [])
    ]
