"""Make small real media files with the ffmpeg that imageio-ffmpeg ships."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import imageio_ffmpeg


@dataclass(frozen=True)
class MediaSet:
    clip: Path  # H.264 video with an AAC tone, 3 s
    other_clip: Path  # a second, different clip, 2 s
    silent_video: Path  # video with no audio stream at all
    corrupt: Path  # bytes that are not media, named .mp4
    empty: Path  # zero bytes, named .mp4
    thumbnail: Path  # a JPEG


def ffmpeg(*args: str) -> None:
    subprocess.run(
        [imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", *args],
        check=True,
    )


def make_clip(path: Path, seconds: float, tone_hz: int, with_audio: bool = True) -> Path:
    video = ["-f", "lavfi", "-i", f"testsrc=size=96x160:rate=10:duration={seconds}"]
    audio = ["-f", "lavfi", "-i", f"sine=frequency={tone_hz}:duration={seconds}"]
    codecs = ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "ultrafast"]
    if with_audio:
        ffmpeg(*video, *audio, *codecs, "-c:a", "aac", "-b:a", "64k", "-shortest", str(path))
    else:
        ffmpeg(*video, *codecs, "-an", str(path))
    return path


def make_media_set(folder: Path) -> MediaSet:
    folder.mkdir(parents=True, exist_ok=True)
    corrupt = folder / "corrupt.mp4"
    corrupt.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 40)
    empty = folder / "empty.mp4"
    empty.write_bytes(b"")
    thumbnail = folder / "thumb.jpg"
    ffmpeg("-f", "lavfi", "-i", "testsrc=size=64x64:duration=1", "-frames:v", "1", str(thumbnail))
    return MediaSet(
        clip=make_clip(folder / "clip.mp4", 3, 440),
        other_clip=make_clip(folder / "other.mp4", 2, 660),
        silent_video=make_clip(folder / "silent.mp4", 2, 0, with_audio=False),
        corrupt=corrupt,
        empty=empty,
        thumbnail=thumbnail,
    )
