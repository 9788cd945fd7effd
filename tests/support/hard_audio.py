"""Hard audio for transcription tests and benchmarks, made here with ffmpeg from the speech
fixtures: music under speech, noise, pitch sweeps, music alone, long silence, two languages,
Mandarin, and a 3-minute clip. Each clip carries what a good transcript must show.

Only imageio-ffmpeg's own ffmpeg is used (lavfi sources and filters), so nothing from Debian.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import imageio_ffmpeg

SPEECH = Path(__file__).resolve().parent.parent / "data" / "speech"

# A tune: a four-note phrase (A3 C4 E4 G4) twice a second, with two overtones, like a cheap
# synthesiser under a voice-over.
_NOTE = "(220*pow(2,floor(mod(t*2,4))*3/12+floor(mod(t*2,4))/12))"
TUNE = (
    f"aevalsrc='0.5*sin(2*PI*{_NOTE}*t)+0.25*sin(4*PI*{_NOTE}*t)+0.12*sin(6*PI*{_NOTE}*t)':s=16000"
)
# Singing-like: a vowel-ish tone gliding up and down an octave with vibrato.
SWEEP = (
    "aevalsrc='0.6*sin(2*PI*(200*t+60*sin(2*PI*0.25*t)/(2*PI*0.25)+3*sin(2*PI*5*t)))"
    "+0.3*sin(4*PI*(200*t+60*sin(2*PI*0.25*t)/(2*PI*0.25)))':s=16000"
)


@dataclass(frozen=True)
class HardClip:
    name: str
    words: tuple[str, ...]  # words that must appear (lower case); empty: none expected
    empty_or_flagged: bool  # no speech: the transcript must be empty, or flagged
    what: str


CLIPS = [
    HardClip("speech_music", ("mountain", "roofs"), False, "en_city over a tune at -6 dB"),
    HardClip("speech_noise", ("shift", "tea", "phone"), False, "en_factory in pink noise"),
    HardClip("sweeps", (), True, "12 s of sung-vowel-like pitch sweeps, no words"),
    HardClip("music", (), True, "15 s of the tune alone"),
    HardClip("silence_words", ("park", "river"), False, "40 s: 30 s silence, then en_park"),
    HardClip("two_languages", ("mountain",), False, "en_city then zh_weather"),
    HardClip("mandarin", ("天",), False, "zh_weather three times (espeak-ng Mandarin)"),
    HardClip("three_minutes", ("factory", "park", "mountain"), False, "180 s of English"),
]
BY_NAME = {clip.name: clip for clip in CLIPS}


def _ffmpeg(*args: str) -> None:
    command = [imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y"]
    subprocess.run([*command, *args], check=True)


def _aac(path: Path) -> list[str]:
    return ["-ac", "1", "-ar", "16000", "-c:a", "aac", "-b:a", "64k", str(path)]


def make(name: str, folder: Path) -> Path:
    """Write one hard clip as AAC .m4a (like captured audio) into `folder`; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.m4a"
    if path.exists():
        return path
    speech = {stem: str(SPEECH / f"{stem}.ogg") for stem in ("en_city", "en_factory", "en_park")}
    zh = str(SPEECH / "zh_weather.ogg")
    pad = "apad=pad_dur=0.6"
    if name == "speech_music":
        _ffmpeg("-i", speech["en_city"], "-f", "lavfi", "-i", TUNE, "-filter_complex",
                "[1]volume=0.25[m];[0][m]amix=inputs=2:duration=first:normalize=0",
                *_aac(path))  # fmt: skip
    elif name == "speech_noise":
        _ffmpeg("-i", speech["en_factory"], "-f", "lavfi", "-i",
                "anoisesrc=color=pink:amplitude=0.08:seed=7:r=16000", "-filter_complex",
                "[0][1]amix=inputs=2:duration=first:normalize=0", *_aac(path))  # fmt: skip
    elif name == "sweeps":
        _ffmpeg("-f", "lavfi", "-i", SWEEP, "-t", "12", *_aac(path))
    elif name == "music":
        _ffmpeg("-f", "lavfi", "-i", TUNE, "-t", "15", *_aac(path))
    elif name == "silence_words":
        _ffmpeg("-i", speech["en_park"], "-af", "adelay=30000:all=1,apad=pad_dur=3",
                *_aac(path))  # fmt: skip
    elif name == "two_languages":
        _ffmpeg("-i", speech["en_city"], "-i", zh, "-filter_complex",
                f"[0]{pad}[a];[a][1]concat=n=2:v=0:a=1", *_aac(path))  # fmt: skip
    elif name == "mandarin":
        _ffmpeg("-i", zh, "-i", zh, "-i", zh, "-filter_complex",
                f"[0]{pad}[a];[1]{pad}[b];[a][b][2]concat=n=3:v=0:a=1", *_aac(path))  # fmt: skip
    elif name == "three_minutes":
        order = ["en_park", "en_factory", "en_city"] * 9  # 27 sentences, ~3 minutes
        inputs = [arg for stem in order for arg in ("-i", speech[stem])]
        padded = "".join(f"[{i}]{pad}[p{i}];" for i in range(len(order)))
        joined = "".join(f"[p{i}]" for i in range(len(order)))
        _ffmpeg(*inputs, "-filter_complex",
                f"{padded}{joined}concat=n={len(order)}:v=0:a=1,atrim=0:180",
                *_aac(path))  # fmt: skip
    else:
        raise ValueError(f"no hard clip named {name!r}")
    return path


def make_all(folder: Path) -> dict[str, Path]:
    return {clip.name: make(clip.name, folder) for clip in CLIPS}
