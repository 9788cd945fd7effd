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


def cjk_font() -> Path:
    """Noto Sans CJK (Google's, SIL OFL), from the noto-cjk-sans-otc wheel that the dev
    extra installs: it draws Chinese and Latin alike, so no system font is needed."""
    import noto_cjk_sans_otc

    return Path(str(noto_cjk_sans_otc.FONT_PATH))


def make_text_clip(
    path: Path,
    captions: list[tuple[float, float, str]],
    seconds: float,
    size: str = "360x640",
    with_audio: bool = True,
    fontsize: int = 28,
) -> Path:
    """A video of a plain background with each caption drawn on the picture from its
    start to its end (seconds), as burned-in captions are, in a CJK-capable font."""
    draws = []
    for number, (start, end, text) in enumerate(captions):
        # from a file, so no caption needs quoting inside the filter graph
        text_file = path.with_name(f"{path.stem}-caption{number}.txt")
        text_file.write_text(text, encoding="utf-8")
        draws.append(
            f"drawtext=fontfile='{cjk_font()}':textfile='{text_file}':fontsize={fontsize}:"
            "fontcolor=white:box=1:boxcolor=black@0.6:x=(w-tw)/2:y=h*0.4:"
            f"enable='gte(t,{start})*lt(t,{end})'"
        )
    video = ["-f", "lavfi", "-i", f"color=c=0x336699:size={size}:rate=10:duration={seconds}"]
    audio = ["-f", "lavfi", "-i", f"sine=frequency=330:duration={seconds}"] if with_audio else []
    codecs = ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "ultrafast"]
    graph = ",".join(draws) if draws else "null"
    sound = ["-c:a", "aac", "-b:a", "64k", "-shortest"] if with_audio else ["-an"]
    ffmpeg(*video, *audio, "-vf", graph, *codecs, *sound, str(path))
    return path


def make_audio_only(path: Path, seconds: float = 2) -> Path:
    """Sound with no picture at all (an .m4a)."""
    ffmpeg("-f", "lavfi", "-i", f"sine=frequency=500:duration={seconds}", "-c:a", "aac", str(path))
    return path


def make_garbled_picture(source: Path, path: Path) -> Path:
    """`source` with every video packet scrambled and its sound intact: a clip whose
    picture no decoder can show."""
    ffmpeg("-i", str(source), "-c", "copy", "-bsf:v", "noise=amount=1", str(path))
    return path
