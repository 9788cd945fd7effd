"""Bounded decoding: Whisper's temperature fallback with limits, and the flags it leaves.

Whisper fails on hard audio (music, noise, singing, a language the model knows badly) by
looping: the same words again and again up to the token limit, judged too repetitive,
decoded again at the next temperature, and again, six times per 30 s window. On 2 cores
that cost one 10 s Mandarin clip 33 s to transcribe and 28 s more to translate. Here every
window gets:

* a token limit scaled to the speech it can hold (TOKENS_PER_SECOND), not 448 tokens;
* at most len(TEMPERATURES) tries, judged by faster-whisper's own thresholds (compression
  ratio 2.4, average log-probability -1.0, no-speech probability 0.6);
* a loop detector: a run repeated over and over is cut after its first copy, and the clip
  stops there (later windows would start from the loop's own text as their prompt);
* a time budget: no further try or window is started unless the time left could pay for
  one more like the last (so a clip overshoots its budget by less than one decode). The
  time is CPU time (CpuClock), not wall time: a clip waiting for a core because other
  processes are busy has not spent its budget, and is not cut short for it.

Every limit that bit is a flag on the transcript, so that nothing cut short or judged
unreliable is stored as if it were a clean transcript.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

import ctranslate2
from faster_whisper import WhisperModel
from faster_whisper.tokenizer import Tokenizer
from faster_whisper.transcribe import TranscriptionOptions

from archiver.interrupt import stop_now_event

# Greedy-or-beam first, then one sampled retry: on the hard set, later temperatures almost
# never turned a failed window into a passing one, and each costs a full decode (5 samples).
TEMPERATURES = (0.0, 0.4)
# Fast English speech is ~3 words (~4 tokens) a second and Mandarin ~5 characters; 8 tokens
# a second of speech, plus room for timestamps, leaves honest speech untouched.
TOKENS_PER_SECOND = 8
TOKEN_HEADROOM = 24
# A loop: the same block of tokens LOOP_REPEATS times in a row, covering LOOP_TOKENS tokens.
LOOP_REPEATS = 3
LOOP_TOKENS = 16

# What each flag means (README, "Flags on a transcript").
REPETITION = "repetition"  # a loop was cut out, and decoding stopped there
TOKEN_LIMIT = "token_limit"  # a window's text reached its token limit and was cut
TIME_BUDGET = "time_budget"  # the clip's time ran out: tries or windows were skipped
REPETITIVE = "repetitive"  # every try failed the compression-ratio check
LOW_CONFIDENCE = "low_confidence"  # every try failed the log-probability check
UNCERTAIN_LANGUAGE = "uncertain_language"  # detected with probability under 0.5
# Whisper judged a window likely not speech (no-speech probability over its threshold),
# yet kept its words because their log-probability passed: faster-whisper's own rule
# keeps them, and on music alone that is where a stray "You" or "对 对" comes from
NO_SPEECH_LIKELY = "no_speech_likely"
NOT_TRANSLATED_UNRELIABLE = "untranslated_unreliable"  # source judged unreliable
NOT_TRANSLATED_TIME = "untranslated_time_budget"  # no time left to translate

CUT_SHORT = frozenset({REPETITION, TOKEN_LIMIT, TIME_BUDGET})
UNRELIABLE = CUT_SHORT | {REPETITIVE, LOW_CONFIDENCE, UNCERTAIN_LANGUAGE, NO_SPEECH_LIKELY}


class StopDecoding(Exception):
    """Raised inside faster-whisper's window loop to end a clip's decoding early."""


class ClipTimer:
    """The seconds one clip has cost so far, by its CpuClock."""

    def __init__(self, clock: CpuClock) -> None:
        self._clock = clock
        self.cpu = 0.0  # CPU seconds charged to this clip; kept up to date by the clock

    def seconds(self) -> float:
        """CPU seconds charged to the clip, per thread it runs on: on an idle machine, about
        the wall time it took; on a busy one, what it would have taken on an idle one."""
        self._clock.charge()
        return self.cpu / self._clock.threads_per_clip


class CpuClock:
    """This process's CPU time, shared out among the clips being worked on.

    The engine decodes clips side by side in one process, and the model's own threads do the
    work, so no thread's CPU time is one clip's. Instead, each stretch of the process's CPU
    time is charged evenly to the clips in progress during it. Time spent waiting for a core
    held by another process is not CPU time, so it is charged to nobody. Other work in this
    process (an OCR task on another thread of a cluster worker) is charged to the clips too:
    it can spend a budget early, as the busy machine used to.
    """

    def __init__(self, threads_per_clip: int = 1) -> None:
        self.threads_per_clip = max(1, threads_per_clip)
        self._lock = threading.Lock()
        self._last = time.process_time()
        self._running: list[ClipTimer] = []

    @contextmanager
    def timing(self) -> Iterator[ClipTimer]:
        """A timer for one clip, charged from now until the block ends."""
        timer = ClipTimer(self)
        with self._lock:
            self._share_out()
            self._running.append(timer)
        try:
            yield timer
        finally:
            with self._lock:
                self._share_out()
                self._running.remove(timer)

    def charge(self) -> None:
        """Bring every running clip's share up to now."""
        with self._lock:
            self._share_out()

    def _share_out(self) -> None:
        now = time.process_time()
        spent, self._last = now - self._last, now
        for timer in self._running:
            timer.cpu += spent / len(self._running)


@dataclass
class DecodeLog:
    """Limits for one decode of one clip, and what happened: windows, tries, flags."""

    max_new_tokens: int
    timer: ClipTimer | None = None  # the clip's cost so far; None: no budget
    allowed: float = math.inf  # seconds (by the timer) the clip may cost
    windows: int = 0
    tries: int = 0
    flags: set[str] = field(default_factory=set)
    stop: bool = False  # set when a loop was cut: the next window is not decoded
    last_try: float = 0.0  # seconds the last try cost: what the next one may cost

    def spent(self) -> float:
        return self.timer.seconds() if self.timer is not None else 0.0

    def out_of_time(self) -> bool:
        """True when the time left in the budget would not pay for another try."""
        return self.timer is not None and self.spent() + self.last_try > self.allowed


def doubtful(log: DecodeLog, probability: float) -> bool:
    """True when a short window's decoding is not to be trusted: any flag (a loop, a
    failed check, words where Whisper judged no speech, an uncertain language), or a
    second window, which means the short window did not hold all the speech."""
    return bool(log.flags & UNRELIABLE) or log.windows > 1 or probability < 0.5


def token_limit(speech_seconds: float, model_max_length: int) -> int:
    """Tokens one window may produce, from the seconds of speech it can hold (30 at most)."""
    wanted = TOKEN_HEADROOM + math.ceil(TOKENS_PER_SECOND * min(speech_seconds, 30.0))
    return min(wanted, model_max_length // 2)


@dataclass(frozen=True)
class _Result:
    """The two fields generate_segments reads from a generation result, for cut tokens."""

    sequences_ids: list[list[int]]
    no_speech_prob: float
    scores: list[float]


class BoundedWhisperModel(WhisperModel):
    """WhisperModel whose per-window fallback follows `log` when the engine sets one.

    The log is kept per thread: the engine decodes two clips at once on one model, each
    from its own thread, and each clip has its own limits.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._state = threading.local()

    @property
    def log(self) -> DecodeLog | None:
        return getattr(self._state, "log", None)

    @log.setter
    def log(self, value: DecodeLog | None) -> None:
        self._state.log = value

    def generate_with_fallback(
        self,
        encoder_output: ctranslate2.StorageView,
        prompt: list[int],
        tokenizer: Tokenizer,
        options: TranscriptionOptions,
    ) -> tuple[Any, float, float, float]:
        log = self.log
        if log is None:  # used as a plain WhisperModel
            return super().generate_with_fallback(encoder_output, prompt, tokenizer, options)
        if stop_now_event.is_set():  # a second stop signal: nobody will keep this result
            raise StopDecoding
        if log.windows and (log.stop or log.out_of_time()):
            if not log.stop:
                log.flags.add(TIME_BUDGET)
            raise StopDecoding
        log.windows += 1
        limit = min(log.max_new_tokens, self.max_length - len(prompt))
        tries = []
        for temperature in options.temperatures:
            if tries and log.out_of_time():
                log.flags.add(TIME_BUDGET)
                break
            if tries and stop_now_event.is_set():
                break
            log.tries += 1
            one = replace(options, temperatures=[temperature], max_new_tokens=limit)
            started = log.spent()
            tries.append(super().generate_with_fallback(encoder_output, prompt, tokenizer, one))
            log.last_try = log.spent() - started
            if not _failed(tries[-1], options):
                break
        chosen = tries[-1]
        if _failed(chosen, options):
            # as faster-whisper does: the likeliest try among those not too repetitive
            repetitive = _repetitive(chosen, options)
            passing = [one for one in tries if not _repetitive(one, options)]
            chosen = max(passing or tries, key=lambda one: one[1])
            chosen = (*chosen[:2], tries[-1][2], chosen[3])  # the last temperature tried
            log.flags.add(REPETITIVE if repetitive and not passing else LOW_CONFIDENCE)
        if _kept_despite_no_speech(chosen, options, tokenizer):
            log.flags.add(NO_SPEECH_LIKELY)
        return _cut_loop(chosen, tokenizer, options, limit, log)


def _kept_despite_no_speech(
    decoded: tuple[Any, float, float, float], options: TranscriptionOptions, tokenizer: Tokenizer
) -> bool:
    """The window's words will be kept (faster-whisper drops a window only when it is
    both likely silent and unlikely text), though Whisper thinks it likely holds no
    speech: the words are doubtful, so the transcript says so."""
    result, avg_logprob = decoded[0], decoded[1]
    if options.no_speech_threshold is None or result.no_speech_prob <= options.no_speech_threshold:
        return False
    dropped = options.log_prob_threshold is not None and avg_logprob < options.log_prob_threshold
    words = [t for t in (result.sequences_ids or [[]])[0] if t < tokenizer.eot]
    return not dropped and bool(words)


def _repetitive(decoded: tuple[Any, float, float, float], options: TranscriptionOptions) -> bool:
    threshold = options.compression_ratio_threshold
    return threshold is not None and decoded[3] > threshold


def _failed(decoded: tuple[Any, float, float, float], options: TranscriptionOptions) -> bool:
    """faster-whisper's own test for falling back to the next temperature."""
    result, avg_logprob = decoded[0], decoded[1]
    unlikely = options.log_prob_threshold is not None and avg_logprob < options.log_prob_threshold
    silence = (
        options.no_speech_threshold is not None
        and result.no_speech_prob > options.no_speech_threshold
        and unlikely
    )
    return (_repetitive(decoded, options) or unlikely) and not silence


def _cut_loop(
    chosen: tuple[Any, float, float, float],
    tokenizer: Tokenizer,
    options: TranscriptionOptions,
    limit: int,
    log: DecodeLog,
) -> tuple[Any, float, float, float]:
    """A window that ran to its token limit, or failed the compression check on every
    try, may end in a loop: cut it after its first copy and stop the clip there. A
    window that ran to its limit without a loop had more to say: words may be missing."""
    result = chosen[0]
    tokens = list(result.sequences_ids[0])
    at_limit = len(tokens) >= limit
    if not (at_limit or _repetitive(chosen, options)):
        return chosen  # speech that really repeats itself passes the compression check
    cut = loop_start(tokens, tokenizer.eot)
    if cut is None:
        if at_limit:
            log.flags.add(TOKEN_LIMIT)
        return chosen
    log.flags.add(REPETITION)
    log.stop = True
    trimmed = _Result([tokens[:cut]], result.no_speech_prob, list(result.scores))
    return (trimmed, *chosen[1:])


def loop_start(tokens: list[int], first_special: int) -> int | None:
    """Where a loop's second copy begins in `tokens`, or None when there is no loop.

    A loop is one block of text tokens repeated LOOP_REPEATS times or more (short blocks more
    often, LOOP_TOKENS tokens at least) and running on to the very end, as Whisper's loops do
    until the token limit. Speech that really repeats a sentence stops repeating, so is kept.
    Timestamps and other special tokens (ids from `first_special` up) are skipped when
    comparing, since a looping segment repeats its words under new timestamps.
    """
    text = [(index, token) for index, token in enumerate(tokens) if token < first_special]
    ids = [token for _, token in text]
    for start in range(len(ids)):
        for period in range(1, (len(ids) - start) // LOOP_REPEATS + 1):
            if ids[start + period] != ids[start]:
                continue
            block = ids[start : start + period]
            end = start
            while ids[end : end + period] == block:
                end += period
            copies = (end - start) // period
            enough = copies >= max(LOOP_REPEATS, math.ceil(LOOP_TOKENS / period))
            if enough and block[: len(ids) - end] == ids[end:]:  # on to the end
                cut = text[start + period][0]
                if cut >= 2 and min(tokens[cut - 2 : cut]) >= first_special:
                    cut -= 1  # keep the first copy's closing timestamp, not the next opening
                return cut
    return None
