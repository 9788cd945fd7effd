"""The transcription engine: faster-whisper, loaded once per process, tuned for short clips.

Short clips (10-60 s) are the norm here, and Whisper pads every window to 30 s. What pays
(bench/transcribe.py; figures in the README, "Speed, and the default"):

* one encoder pass per window, shared by language detection, transcription and translation;
* audio decoded, VAD-filtered and turned into log-mel features once per clip; a clip where VAD
  finds no speech never reaches the model;
* on 2 cores, two clips at once with one thread each (clips_at_once=2, side_by_side.py), which
  the stage asks for when it works here with several clips;
* greedy decoding (the stage's beam 1): WER within 0.01 of beam 5 on the English set.

Kept off (short_windows): speech that fits in one window encoded at its length plus 2 s, heard
again in 30 s when in doubt (bounded.doubtful; music alone put words in it). It saves 6 % of
CPU on the English set, and loses words unflagged on very short clips in other languages.

What did not pay on 2 CPU cores: batching encoder passes, preparing the next clip in a
background thread, and BatchedInferencePipeline, which pays on a GPU (gpu.py).
"""

from __future__ import annotations

import dataclasses
import inspect
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path

import av
import ctranslate2
import numpy as np
from faster_whisper import BatchedInferencePipeline, WhisperModel
from faster_whisper.audio import decode_audio, pad_or_trim
from faster_whisper.tokenizer import Tokenizer
from faster_whisper.transcribe import (
    TranscriptionOptions,
    get_suppressed_tokens,
    restore_speech_timestamps,
)
from faster_whisper.vad import VadOptions, get_speech_timestamps

from archiver.errors import (
    AudioUnreadable,
    DeviceUnavailable,
    ModelNotAvailable,
    NoAudioStream,
)
from archiver.speech.bounded import (
    CUT_SHORT,
    NOT_TRANSLATED_TIME,
    NOT_TRANSLATED_UNRELIABLE,
    TEMPERATURES,
    UNCERTAIN_LANGUAGE,
    UNRELIABLE,
    BoundedWhisperModel,
    ClipTimer,
    CpuClock,
    DecodeLog,
    StopDecoding,
    doubtful,
    token_limit,
)
from archiver.speech.gpu import BATCH_CLIPS, BATCH_SIZE, WINDOW_SECONDS, plan, split, use_batched
from archiver.speech.models import WhisperModelRef
from archiver.speech.side_by_side import in_order, usable_cores
from archiver.speech.transcript import Segment, Transcript, Word

SAMPLE_RATE = 16_000
WINDOW_FRAMES = 3000  # Whisper's 30 s window, in log-mel frames
# A clip's decoding stops before it costs more than this share of the clip's own length (CPU
# time per thread, see bounded.CpuClock; checked before each window, try and translation):
# translation gets what is left.
TIME_BUDGET = 0.9
# With short_windows, a clip whose speech fits in one window is encoded at its own length plus
# END_PADDING log-mel frames (10 ms each), not 30 s. With no padding, WER on the English set
# went from 0.016 to 0.10 (loops); with 2 s it was unchanged.
END_PADDING = 200


def load_audio(path: Path) -> np.ndarray:
    """Decode any audio or video file to 16 kHz mono float32, or raise AudioUnreadable."""
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise NoAudioStream(f"{path}: the file has no audio stream")
        audio = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except av.error.FFmpegError as exc:  # also av's FileNotFoundError
        raise AudioUnreadable(f"{path}: cannot decode audio ({exc})") from exc
    if audio.size == 0:
        raise AudioUnreadable(f"{path}: the audio stream decodes to no samples")
    return audio


@dataclass
class _Clip:
    """One clip decoded, VAD-filtered and turned into log-mel features, ready for the model."""

    duration: float
    speech: list[dict] | None  # VAD speech chunks (in samples); None when VAD is off
    features: np.ndarray | None  # None when VAD found no speech
    seconds: float  # time spent preparing it
    timer: ClipTimer | None  # what the clip has cost since preparing began; None: no budget
    audio: np.ndarray | None = None  # the speech VAD kept, for the GPU path

    @property
    def speech_seconds(self) -> float:
        if self.speech is None:
            return self.duration
        return sum(chunk["end"] - chunk["start"] for chunk in self.speech) / SAMPLE_RATE


class SpeechToText:
    """One Whisper model for the whole run; transcribe clips one by one or as a batch."""

    def __init__(
        self,
        model: WhisperModelRef,
        device: str = "auto",
        compute_type: str | None = None,
        cpu_threads: int = 0,
        beam_size: int = 5,
        time_budget: float | None = TIME_BUDGET,
        clips_at_once: int = 1,
    ):
        self.ref = model
        self.device = _pick_device(device)
        # int8 keeps base near 300 MB resident and is the fastest on CPU; GPUs want float16.
        self.compute_type = compute_type or ("float16" if self.device == "cuda" else "int8")
        # CTranslate2's default is 4 threads whatever the machine: oversubscribes small ones.
        threads = cpu_threads or usable_cores()
        # Clips decoded side by side, each on its share of the threads (CPU only; see
        # side_by_side.py): pays only for a caller that hands over several clips at once.
        self.clips_at_once = max(1, min(clips_at_once, threads)) if self.device == "cpu" else 1
        self._clock = CpuClock(threads_per_clip=max(1, threads // self.clips_at_once))
        self.beam_size = beam_size
        self.time_budget = time_budget  # share of a clip's length; None: no deadline
        # Word times are what evidence points at; off only to measure what they cost.
        self.word_timestamps = True
        # Off: 6 % less CPU on the English set at WER +0.002, but on a 7 s Mandarin clip base
        # stuttered one character ten times into the short window, with no flag to catch it.
        self.short_windows = False
        source = str(model.path) if model.path is not None else model.name
        try:
            self._model = BoundedWhisperModel(
                source,
                device=self.device,
                compute_type=self.compute_type,
                cpu_threads=max(1, threads // self.clips_at_once),
                num_workers=self.clips_at_once,
                local_files_only=True,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelNotAvailable(f"Cannot load Whisper model {source}: {exc}") from exc
        self.multilingual = bool(self._model.model.is_multilingual)

    def transcribe(
        self,
        audio_path: str | os.PathLike,
        language: str | None = None,
        task: str = "transcribe",
        vad: bool = True,
    ) -> Transcript:
        """One transcript of one file; task="translate" gives English from any language."""
        if task not in ("transcribe", "translate"):
            raise ValueError(f"task must be 'transcribe' or 'translate', not {task!r}")
        if task == "translate" and not self.multilingual:
            raise ValueError(f"{self.ref.name} is English-only: it cannot translate")
        with self._clock.timing() as timer:
            clip = self._prepare(Path(audio_path), vad, timer)
            return self._transcribe_clip(clip, language, task, translate_non_english=False)[0]

    def transcribe_many(
        self,
        paths: Iterable[str | os.PathLike],
        language: str | None = None,
        translate_non_english: bool = True,
        vad: bool = True,
    ) -> Iterator[tuple[Path, list[Transcript] | Exception]]:
        """Yield (path, transcripts) per clip, in order, or (path, error) and carry on.

        The transcripts are the transcription and, when the clip is not in English and the
        model is multilingual, its English translation. `language` (e.g. from platform
        metadata) skips detection for every clip.
        """
        paths = [Path(item) for item in paths]
        if use_batched(self.device, len(paths)):
            yield from self._transcribe_batched(paths, language, translate_non_english, vad)
            return

        def one(path: Path) -> list[Transcript] | Exception:
            return self._one_clip(path, language, translate_non_english, vad)

        if self.clips_at_once == 1 or len(paths) == 1:
            yield from ((path, one(path)) for path in paths)
        else:
            yield from in_order(one, paths, self.clips_at_once)

    def _one_clip(
        self, path: Path, language: str | None, translate: bool, vad: bool
    ) -> list[Transcript] | Exception:
        try:
            with self._clock.timing() as timer:
                clip = self._prepare(path, vad, timer)
                return self._transcribe_clip(clip, language, "transcribe", translate)
        except Exception as exc:  # one bad clip must not stop the batch
            return exc

    # --- the GPU path (archiver/speech/gpu.py) ------------------------------------------------

    def _transcribe_batched(
        self, paths: list[Path], language: str | None, translate: bool, vad: bool
    ) -> Iterator[tuple[Path, list[Transcript] | Exception]]:
        pipeline = BatchedInferencePipeline(self._model)
        for first in range(0, len(paths), BATCH_CLIPS):
            results: dict[Path, list[Transcript] | Exception] = {}
            ready: dict[Path, tuple[_Clip, str, float]] = {}
            for path in paths[first : first + BATCH_CLIPS]:
                try:
                    clip = self._prepare(path, vad)
                    if clip.features is None:  # no speech: nothing to batch
                        results[path] = self._transcribe_clip(clip, language, "transcribe", False)
                    else:
                        ready[path] = (clip, *self._language(clip, language))
                except Exception as exc:  # one bad clip must not stop the batch
                    results[path] = exc
            for spoken in sorted({spoken for _, spoken, _ in ready.values()}):
                group = [path for path, (_, lang, _) in ready.items() if lang == spoken]
                try:
                    results.update(self._batched_group(pipeline, group, ready, translate))
                except Exception as exc:
                    results.update((path, exc) for path in group)
            for path in paths[first : first + BATCH_CLIPS]:
                yield path, results[path]

    def _language(self, clip: _Clip, language: str | None) -> tuple[str, float]:
        if not self.multilingual:
            return "en", 1.0
        if language:
            return language, 1.0
        window = pad_or_trim(clip.features[:, :-1])  # 30 s: this path has no second look
        token, probability = self._model.model.detect_language(self._model.encode(window))[0][0]
        return token[2:-2], probability

    def _batched_group(
        self,
        pipeline: BatchedInferencePipeline,
        group: list[Path],
        ready: dict[Path, tuple[_Clip, str, float]],
        translate: bool,
    ) -> dict[Path, list[Transcript]]:
        clips = [ready[path][0] for path in group]
        spoken = ready[group[0]][1]
        results: dict[Path, list[Transcript]] = {path: [] for path in group}
        tasks = ["transcribe"]
        if translate and self.multilingual and spoken != "en":
            tasks.append("translate")
        for task in tasks:
            started = time.perf_counter()
            per_clip = self._batched_decode(pipeline, clips, spoken, task)
            seconds = (time.perf_counter() - started) / len(group)  # shared: an even share
            for path, clip, (segments, windows) in zip(group, clips, per_clip, strict=True):
                probability = ready[path][2]
                log = DecodeLog(max_new_tokens=0, windows=windows, tries=windows)
                if probability < 0.5:
                    log.flags.add(UNCERTAIN_LANGUAGE)
                if task == "translate":
                    source = results[path][0]
                    if not source.segments:
                        continue
                    if set(source.flags) & UNRELIABLE:
                        results[path][0] = _with_flag(source, NOT_TRANSLATED_UNRELIABLE)
                        continue
                results[path].append(
                    self._transcript(clip, spoken, probability, task, seconds, segments, log)
                )
        return results

    def _batched_decode(
        self, pipeline: BatchedInferencePipeline, clips: list[_Clip], language: str, task: str
    ) -> list[tuple[list[Segment], int]]:
        """Each clip's segments (on its own timeline) and how many pieces it was cut into."""
        layout = plan([len(clip.audio) / SAMPLE_RATE for clip in clips])
        found, _ = pipeline.transcribe(
            np.concatenate([clip.audio for clip in clips]),
            language=language,
            task=task,
            beam_size=self.beam_size,
            word_timestamps=self.word_timestamps,
            clip_timestamps=layout.pieces,
            batch_size=BATCH_SIZE,
            max_new_tokens=token_limit(WINDOW_SECONDS, self._model.max_length),
        )
        results = []
        per_clip = split(list(found), layout)
        for index, (clip, segments) in enumerate(zip(clips, per_clip, strict=True)):
            if clip.speech:  # back from VAD-trimmed time to the clip's own timeline
                segments = list(restore_speech_timestamps(segments, clip.speech, SAMPLE_RATE))
            windows = sum(1 for piece in layout.pieces if layout.owner(piece["start"]) == index)
            results.append(([_segment(s, clip.duration) for s in segments], windows))
        return results

    # --- the work ----------------------------------------------------------------------------

    def _prepare(self, path: Path, vad: bool, timer: ClipTimer | None = None) -> _Clip:
        started = time.perf_counter()
        audio = load_audio(path)
        duration = len(audio) / SAMPLE_RATE
        speech = None
        if vad:
            speech = get_speech_timestamps(audio, VadOptions())
            if not speech:
                return _Clip(duration, speech, None, time.perf_counter() - started, timer)
            audio = np.concatenate([audio[chunk["start"] : chunk["end"]] for chunk in speech])
        features = self._model.feature_extractor(audio)
        return _Clip(duration, speech, features, time.perf_counter() - started, timer, audio)

    def _first_window(self, features: np.ndarray) -> np.ndarray:
        """A clip's first window, as the encoder will see it: 30 s, or, when all the speech
        fits in less, that speech and END_PADDING of silence (short_windows)."""
        length = WINDOW_FRAMES
        if self.short_windows and features.shape[-1] + END_PADDING < WINDOW_FRAMES:
            length = features.shape[-1] + END_PADDING
            length += length % 2  # the encoder's second convolution has a stride of 2
        return pad_or_trim(features[:, :WINDOW_FRAMES], length=length)

    def _transcribe_clip(
        self, clip: _Clip, language: str | None, task: str, translate_non_english: bool
    ) -> list[Transcript]:
        if not self.multilingual:
            language = "en"
        if clip.features is None:
            probability = 1.0 if language else 0.0
            return [self._transcript(clip, language, probability, task, clip.seconds, [], None)]

        started = time.perf_counter()
        timer = clip.timer if self.time_budget is not None else None
        allowed = (self.time_budget or 0.0) * clip.duration
        # The first 30 s window, cut exactly as generate_segments cuts it, so that it can take
        # this encoder output instead of encoding the window again.
        frames = clip.features.shape[-1] - 1  # the extractor adds one frame past the end
        window = self._first_window(clip.features[:, :frames])
        meter = DecodeLog(0, timer, allowed)  # no limits of its own: reads the timer
        encoder_output, spoken, probability = self._encode(window, language)
        before = meter.spent()
        segments, log = self._decode(clip, encoder_output, spoken, task, timer, allowed)
        if window.shape[-1] < WINDOW_FRAMES and doubtful(log, probability):
            # Heard in a short window, and not cleanly: hear it again as Whisper was trained
            # to, in a 30 s window, unless the budget is spent (then the flags say so).
            if timer is None or meter.spent() < allowed:
                full = pad_or_trim(clip.features[:, :frames])
                encoder_output, spoken, probability = self._encode(full, language)
                heard, before = log, meter.spent()
                segments, log = self._decode(clip, encoder_output, spoken, task, timer, allowed)
                log.windows, log.tries = log.windows + heard.windows, log.tries + heard.tries
        language = spoken
        source_cost = meter.spent() - before  # what a translation may cost again
        if probability < 0.5:
            log.flags.add(UNCERTAIN_LANGUAGE)
        seconds = clip.seconds + time.perf_counter() - started
        source = self._transcript(clip, language, probability, task, seconds, segments, log)
        transcripts = [source]

        if translate_non_english and task == "transcribe" and language != "en" and segments:
            # An unreliable source gives an unreliable translation, at the same cost again.
            if set(source.flags) & UNRELIABLE:
                transcripts[0] = _with_flag(source, NOT_TRANSLATED_UNRELIABLE)
            elif timer is not None and meter.spent() + source_cost > allowed:
                transcripts[0] = _with_flag(source, NOT_TRANSLATED_TIME)
            else:
                started = time.perf_counter()
                english, log = self._decode(
                    clip, encoder_output, language, "translate", timer, allowed
                )
                seconds = time.perf_counter() - started
                translation = self._transcript(
                    clip, language, probability, "translate", seconds, english, log
                )
                transcripts.append(translation)
        return transcripts

    def _encode(
        self, window: np.ndarray, language: str | None
    ) -> tuple[ctranslate2.StorageView, str, float]:
        """The window's encoder output, and the language: as given, or detected from it."""
        encoder_output = self._model.encode(window)
        if language is not None:
            return encoder_output, language, 1.0
        token, probability = self._model.model.detect_language(encoder_output)[0][0]
        return encoder_output, token[2:-2], probability  # "<|zh|>" -> "zh"

    def _decode(
        self,
        clip: _Clip,
        encoder_output: ctranslate2.StorageView,
        language: str,
        task: str,
        timer: ClipTimer | None,
        allowed: float,
    ) -> tuple[list[Segment], DecodeLog]:
        tokenizer = Tokenizer(
            self._model.hf_tokenizer, self.multilingual, task=task, language=language
        )
        options = _decoding_options(tokenizer, self.beam_size, self.word_timestamps)
        limit = token_limit(clip.speech_seconds, self._model.max_length)
        log = DecodeLog(max_new_tokens=limit, timer=timer, allowed=allowed)
        self._model.log = log
        segments: list[Segment] = []
        try:
            found = self._model.generate_segments(
                clip.features, tokenizer, options, log_progress=False, encoder_output=encoder_output
            )
            if clip.speech:  # back from VAD-trimmed time to the clip's own timeline
                found = restore_speech_timestamps(found, clip.speech, SAMPLE_RATE)
            for segment in found:  # kept one by one: a stop keeps what came before it
                segments.append(_segment(segment, clip.duration))
        except StopDecoding:
            pass
        finally:
            self._model.log = None
        return segments, log

    def _transcript(
        self,
        clip: _Clip,
        language: str | None,
        probability: float,
        task: str,
        seconds: float,
        segments: list[Segment],
        log: DecodeLog | None,
    ) -> Transcript:
        flags = tuple(sorted(log.flags)) if log else ()
        return Transcript(
            language=language,
            language_probability=round(float(probability), 4),
            task=task,
            model=self.ref.name,
            duration=round(clip.duration, 3),
            processing_seconds=round(seconds, 3),
            segments=segments,
            flags=flags,
            windows=log.windows if log else 0,
            tries=log.tries if log else 0,
            cut_short=bool(set(flags) & CUT_SHORT),
        )


def _with_flag(transcript: Transcript, flag: str) -> Transcript:
    return dataclasses.replace(transcript, flags=tuple(sorted({*transcript.flags, flag})))


def _decoding_options(
    tokenizer: Tokenizer, beam_size: int, word_timestamps: bool = True
) -> TranscriptionOptions:
    """WhisperModel.transcribe's own defaults, with word timestamps on and fewer temperatures.

    Taken from its signature rather than copied, so we decode exactly as the plain call does
    in whichever faster-whisper is installed; a new option without a default fails loudly here.
    """
    defaults = {
        name: parameter.default
        for name, parameter in inspect.signature(WhisperModel.transcribe).parameters.items()
    }
    names = [field.name for field in fields(TranscriptionOptions)]
    values = {name: defaults[name] for name in names if name in defaults}
    values.update(
        beam_size=beam_size,
        temperatures=list(TEMPERATURES),  # bounded: see archiver/speech/bounded.py
        suppress_tokens=get_suppressed_tokens(tokenizer, list(defaults["suppress_tokens"])),
        word_timestamps=word_timestamps,
    )
    return TranscriptionOptions(**values)


def _segment(segment, duration: float) -> Segment:
    # Word ends can overshoot the audio by a frame or two; keep every time inside the clip.
    def clamp(seconds: float) -> float:
        return round(min(max(float(seconds), 0.0), duration), 3)

    words = [
        Word(clamp(word.start), clamp(word.end), word.word, round(float(word.probability), 4))
        for word in segment.words or []
    ]
    return Segment(clamp(segment.start), clamp(segment.end), segment.text.strip(), words)


def _pick_device(device: str) -> str:
    if device not in ("auto", "cpu", "cuda"):
        raise ValueError(f"device must be auto, cpu or cuda, not {device!r}")
    has_gpu = ctranslate2.get_cuda_device_count() > 0
    if device == "cuda" and not has_gpu:
        raise DeviceUnavailable(
            "--device cuda: CTranslate2 finds no CUDA GPU on this machine; "
            "use --device cpu (or auto)"
        )
    if device == "auto":
        return "cuda" if has_gpu else "cpu"
    return device
