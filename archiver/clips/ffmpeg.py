"""ffmpeg: what a media file holds, and its audio track extracted.

ffmpeg is the static build that imageio-ffmpeg ships, so `pip install` alone is
enough. There is no ffprobe in that package, so probing reads what `ffmpeg -i`
prints about the input.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import ffmpeg
import imageio_ffmpeg

from archiver.errors import CorruptMedia, DiskFull, NoAudio

# Audio codecs kept as they are (no re-encoding, so no loss), with the container
# each goes in; anything else becomes AAC in .m4a, which every browser plays.
_COPY_CONTAINERS = {
    "aac": ("m4a", "audio/mp4"),
    "mp3": ("mp3", "audio/mpeg"),
    "opus": ("ogg", "audio/ogg"),
    "vorbis": ("ogg", "audio/ogg"),
    "flac": ("flac", "audio/flac"),
}
_MIME_BY_EXT = {
    "m4a": "audio/mp4",
    "mp3": "audio/mpeg",
    "ogg": "audio/ogg",
    "flac": "audio/flac",
    "mp4": "video/mp4",
    "webm": "video/webm",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "webp": "image/webp",
    "vtt": "text/vtt",
    "srt": "application/x-subrip",
}
_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")
_AUDIO_STREAM = re.compile(r"Stream #\d+:\d+.*?: Audio: (\w+)")
_VIDEO_STREAM = re.compile(r"Stream #\d+:\d+.*?: Video: (\w+)(.*)")
_PICTURE_SIZE = re.compile(r", (\d{1,5})x(\d{1,5})\b")


def ffmpeg_exe() -> str:
    return imageio_ffmpeg.get_ffmpeg_exe()


def mime_type(path: Path) -> str | None:
    return _MIME_BY_EXT.get(path.suffix.lstrip(".").lower())


@dataclass(frozen=True)
class Probe:
    duration: float | None
    audio_codec: str | None
    video_codec: str | None
    width: int | None = None  # of the first video stream
    height: int | None = None


@dataclass(frozen=True)
class AudioFile:
    path: Path
    codec: str
    duration: float | None
    mime_type: str


def probe(path: Path) -> Probe:
    """What ffmpeg sees in `path`; CorruptMedia when it sees no media at all."""
    if not path.is_file() or path.stat().st_size == 0:
        raise CorruptMedia(f"{path.name} is empty")
    result = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)],
        capture_output=True,
        text=True,
        errors="replace",
    )
    log = result.stderr
    audio, video = _AUDIO_STREAM.search(log), _VIDEO_STREAM.search(log)
    if not audio and not video:
        reason = log.strip().splitlines()[-1] if log.strip() else "no streams"
        raise CorruptMedia(f"{path.name} is not readable media: {reason}")
    duration = _DURATION.search(log)
    seconds = None
    if duration:
        hours, minutes, secs = duration.groups()
        seconds = int(hours) * 3600 + int(minutes) * 60 + float(secs)
    size = _PICTURE_SIZE.search(video.group(2)) if video else None
    return Probe(
        duration=seconds,
        audio_codec=audio.group(1) if audio else None,
        video_codec=video.group(1) if video else None,
        width=int(size.group(1)) if size else None,
        height=int(size.group(2)) if size else None,
    )


def extract_audio(source: Path, destination_stem: Path) -> AudioFile:
    """Write the audio track of `source` beside `destination_stem`, copying the codec
    when a browser can play it as is. Output is bit-exact for the same input, so a
    re-download hashes the same."""
    found = probe(source)
    if not found.audio_codec:
        raise NoAudio(f"{source.name} has no audio stream")
    ext, mime = _COPY_CONTAINERS.get(found.audio_codec, ("m4a", "audio/mp4"))
    codec_args = (
        {"acodec": "copy"}
        if found.audio_codec in _COPY_CONTAINERS
        else {
            "acodec": "aac",
            "audio_bitrate": "128k",
        }
    )
    target = destination_stem.with_suffix(f".{ext}")
    stream = ffmpeg.input(str(source)).output(
        str(target),
        vn=None,
        sn=None,
        dn=None,
        map_metadata=-1,
        fflags="+bitexact",
        **{"flags:a": "+bitexact"},
        **codec_args,
    )
    try:
        stream.run(cmd=ffmpeg_exe(), overwrite_output=True, quiet=True)
    except ffmpeg.Error as error:
        target.unlink(missing_ok=True)
        detail = error.stderr.decode(errors="replace").strip().splitlines()
        if any("No space left on device" in line for line in detail):
            raise DiskFull(f"no space left to write the audio of {source.name}") from error
        raise CorruptMedia(f"cannot extract audio from {source.name}: {detail[-1:]}") from error
    if not target.exists() or target.stat().st_size == 0:
        target.unlink(missing_ok=True)
        raise CorruptMedia(f"{source.name} gave no audio data")
    codec = found.audio_codec if "copy" in codec_args.values() else "aac"
    return AudioFile(path=target, codec=codec, duration=found.duration, mime_type=mime)
