"""Keyframes: the frames where a clip's picture changes, and one contact sheet of them.

    pick_keyframes(video, out_dir, policy) -> [Keyframe]   JPEG files with their moments
    contact_sheet(frames, target, policy) -> Path          the frames tiled on one image

One ffmpeg pass decodes the video once: its scene filter scores how much each frame
differs from the one before, and the select expression keeps the first frame, a frame
whose score passes `scene` (but never two within `min_gap` seconds), and a frame
whenever `floor` seconds have passed without one, so a still shot whose captions
change slowly is still sampled. Past `ceiling` frames the picks are thinned evenly.
The encoder runs bit-exact, so the same video gives the same files, and a re-capture
stores nothing twice.
"""

from __future__ import annotations

import math
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from archiver.clips.ffmpeg import ffmpeg_exe, probe
from archiver.errors import CorruptMedia, DiskFull, NoVideo

_PTS_TIME = re.compile(r"\bn:\s*\d+\s+pts:\s*-?\d+\s+pts_time:(-?[\d.]+)")
_BITEXACT = ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact"]


@dataclass(frozen=True)
class KeyframePolicy:
    # A cut scores 0.3 and more; a burned-in caption changing on a still shot scores
    # about 0.014-0.06 (measured on our drawtext clips, against 0.0002 for encoder
    # noise), so the threshold sits low and `min_gap` keeps a moving camera from
    # picking more than one frame a second.
    scene: float = 0.01
    min_gap: float = 1.0  # seconds: never two scene picks closer than this
    floor: float = 4.0  # seconds: at least one frame this often
    ceiling: int = 40  # frames per clip at most
    max_width: int = 1280  # wider pictures are scaled down (OCR reads them as well)
    sheet_columns: int = 5
    sheet_tile_width: int = 240


@dataclass(frozen=True)
class Keyframe:
    path: Path
    seconds: float
    reason: str  # first, scene, floor


def _run(args: list[str], what: str) -> str:
    result = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-nostdin", *args],
        capture_output=True,
        text=True,
        errors="replace",
    )
    if result.returncode != 0:
        lines = result.stderr.strip().splitlines()
        if any("No space left on device" in line for line in lines):
            raise DiskFull(f"no space left to write {what}")
        raise CorruptMedia(f"cannot make {what}: {lines[-1] if lines else 'ffmpeg failed'}")
    return result.stderr


def pick_keyframes(
    video: Path, out_dir: Path, policy: KeyframePolicy | None = None
) -> list[Keyframe]:
    """The frames of `video` where the picture changes, as JPEGs in `out_dir`.
    NoVideo when it holds no picture; CorruptMedia when none can be decoded."""
    policy = policy or KeyframePolicy()
    found = probe(video)
    if not found.video_codec:
        raise NoVideo(f"{video.name} has no video stream")
    out_dir.mkdir(parents=True, exist_ok=True)
    # A long video gets a sparser floor, so the floor alone never passes the ceiling,
    # and a stop no earlier than `min_gap` allows, so thinning (not the stop) drops frames.
    duration = found.duration or 0.0
    floor = max(policy.floor, duration / policy.ceiling)
    most = max(policy.ceiling * 4, int(duration / policy.min_gap) + 2)
    gap = "t-prev_selected_t"
    select = (
        f"isnan(prev_selected_t)+gte({gap}\\,{floor:.3f})"
        f"+gt(scene\\,{policy.scene})*gte({gap}\\,{policy.min_gap})"
    )
    scale = f"scale='min(iw\\,{policy.max_width})':-2"
    log = _run(
        [
            "-loglevel",
            "info",
            "-i",
            str(video),
            "-an",
            "-sn",
            "-dn",
            "-vf",
            f"select='{select}',{scale},showinfo",
            "-fps_mode",
            "vfr",
            "-frames:v",
            str(most),
            "-q:v",
            "3",
            *_BITEXACT,
            str(out_dir / "frame-%05d.jpg"),
        ],
        f"keyframes of {video.name}",
    )
    times = [float(value) for value in _PTS_TIME.findall(log)]
    files = sorted(out_dir.glob("frame-*.jpg"))
    if not files or len(files) != len(times):
        raise CorruptMedia(f"no frame of {video.name} could be decoded")
    frames = []
    for index, (path, seconds) in enumerate(zip(files, times, strict=True)):
        if index == 0:
            reason = "first"
        elif seconds - times[index - 1] >= floor - 0.01:
            reason = "floor"
        else:
            reason = "scene"
        frames.append(Keyframe(path, round(seconds, 3), reason))
    return _thin(frames, policy.ceiling)


def _thin(frames: list[Keyframe], ceiling: int) -> list[Keyframe]:
    """At most `ceiling` frames, spread evenly; the rest are deleted."""
    if len(frames) <= ceiling:
        return frames
    step = (len(frames) - 1) / (ceiling - 1) if ceiling > 1 else math.inf
    keep = {round(i * step) for i in range(ceiling)} if ceiling > 1 else {0}
    for index, frame in enumerate(frames):
        if index not in keep:
            frame.path.unlink(missing_ok=True)
    return [frame for index, frame in enumerate(frames) if index in keep]


def contact_sheet(
    frames: list[Keyframe], target: Path, policy: KeyframePolicy | None = None
) -> Path:
    """The frames tiled in time order on one JPEG, `sheet_columns` a row. The frames
    must be the only JPEGs in their folder (as pick_keyframes leaves them)."""
    policy = policy or KeyframePolicy()
    if not frames:
        raise NoVideo("no keyframes to put on a contact sheet")
    columns = min(policy.sheet_columns, len(frames))
    rows = math.ceil(len(frames) / columns)
    tile = f"scale={policy.sheet_tile_width}:-2,tile={columns}x{rows}:padding=2"
    _run(
        [
            "-loglevel",
            "error",
            "-pattern_type",
            "glob",
            "-i",
            str(frames[0].path.parent / "frame-*.jpg"),
            "-vf",
            tile,
            "-frames:v",
            "1",
            "-q:v",
            "3",
            *_BITEXACT,
            str(target),
        ],
        "a contact sheet",
    )
    return target
