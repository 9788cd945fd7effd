"""Benchmark: keyframes + OCR per clip against the naive way (OCR of one frame a second),
and the storage a kept video and its frames add to an audio-only capture.

Clips are phone-shaped (720x1280, 30 fps, AAC sound) with burned-in captions, English
and Chinese, changing every 3-5 s: one kind on a still background (a talking head, a
slideshow), one on a picture that moves all the time (ffmpeg's testsrc2), where scene
detection cannot tell a caption change from motion. Each way runs in its own process,
so its peak memory (the Python process: RapidOCR and onnxruntime; ffmpeg's own is not
counted) is its own. "Captions found" is how many of the clip's captions appear in the
text read, so the saving is checked against what it would lose.
Run: .venv/bin/python bench/visual.py [SECONDS_PER_CLIP]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# the bench serves its clips on loopback, which captures refuse unless allowed
os.environ.setdefault("ARCHIVER_ALLOW_PRIVATE_ADDRESSES", "1")

from tests.support.media_factory import cjk_font, ffmpeg, make_media_set  # noqa: E402

PHRASES = [
    "ROBOTS PATROL THE SUBSTATION",
    "夜班开始了",
    "STAFF CHECK THEIR PHONES",
    "工厂宿舍",
    "DARK FUMES OVER THE PLANT",
    "雨夜加班",
    "NO ONE KNOWS WHICH FLOOR",
    "外卖骑手",
]


def captions_for(seconds: float) -> list[tuple[float, float, str]]:
    """Captions 3, 4 or 5 s long, one after another, cycling through the phrases."""
    captions, start, n = [], 0.0, 0
    while start < seconds:
        end = min(seconds, start + 3 + n % 3)
        captions.append((start, end, PHRASES[n % len(PHRASES)]))
        start, n = end, n + 1
    return captions


def make_phone_clip(path: Path, seconds: float, moving: bool) -> list[str]:
    captions = captions_for(seconds)
    draws = []
    for number, (start, end, text) in enumerate(captions):
        text_file = path.with_name(f"{path.stem}-{number}.txt")
        text_file.write_text(text, encoding="utf-8")
        draws.append(
            f"drawtext=fontfile='{cjk_font()}':textfile='{text_file}':fontsize=48:"
            "fontcolor=white:box=1:boxcolor=black@0.6:x=(w-tw)/2:y=h*0.7:"
            f"enable='gte(t,{start})*lt(t,{end})'"
        )
    picture = "testsrc2=" if moving else "color=c=0x556677:"
    ffmpeg(
        *("-f", "lavfi", "-i", f"{picture}size=720x1280:rate=30:duration={seconds}"),
        *("-f", "lavfi", "-i", f"sine=frequency=220:duration={seconds}"),
        *("-vf", ",".join(draws)),
        *("-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p"),
        *("-c:a", "aac", "-b:a", "96k", "-shortest", str(path)),
    )
    return [text for _, _, text in captions]


# ---------------------------------------------------------------- the two ways, one process each


def worker(mode: str, video: Path, scratch: Path) -> dict:
    from archiver.clips.keyframes import contact_sheet, pick_keyframes
    from archiver.vision.reader import ScreenReader

    started = time.perf_counter()
    if mode == "keyframes":
        picks = pick_keyframes(video, scratch / "frames")
        contact_sheet(picks, scratch / "sheet.jpg")
        frames = [frame.path for frame in picks]
    else:  # one frame a second, the naive way
        (scratch / "frames").mkdir()
        ffmpeg("-i", str(video), "-vf", "fps=1", "-q:v", "3", str(scratch / "frames/%05d.jpg"))
        frames = sorted((scratch / "frames").iterdir())
    picked = time.perf_counter()
    reader = ScreenReader()
    loaded = time.perf_counter()
    texts = [" ".join(line.text for line in reader.read(frame)) for frame in frames]
    done = time.perf_counter()
    return {
        "frames": len(frames),
        "frame_seconds": picked - started,
        "load_seconds": loaded - picked,
        "ocr_seconds": done - loaded,
        "texts": texts,
        "frame_bytes": sum(frame.stat().st_size for frame in frames),
    }


def run_worker(mode: str, video: Path) -> dict:
    with tempfile.TemporaryDirectory() as scratch:
        child = subprocess.Popen(
            [sys.executable, __file__, "--worker", mode, str(video), scratch],
            stdout=subprocess.PIPE,
        )
        output = child.stdout.read() if child.stdout else b""
        _, status, usage = os.wait4(child.pid, 0)
        if status:
            raise SystemExit(f"{mode} worker failed on {video}")
    result = json.loads(output)
    result["peak_mb"] = usage.ru_maxrss / 1024
    return result


def found(captions: list[str], texts: list[str]) -> int:
    seen = "".join(texts).replace(" ", "")
    return sum(caption.replace(" ", "") in seen for caption in set(captions))


# ---------------------------------------------------------------- storage per clip


def storage(clips: list[Path], work: Path) -> tuple[float, float, dict[str, float]]:
    """Mean bytes a clip stores with the video kept (video, frames, sheet, audio,
    thumbnail) and with --audio-only (audio, thumbnail), captured from a local site;
    and the kept archive's mean bytes a clip by kind of file."""
    from archiver.clips.capture import CaptureOptions, Capturer
    from archiver.store.catalogue import open_catalogue
    from tests.support.site import Site

    media = make_media_set(work / "media")
    means = []
    with Site(work / "site", media) as site:
        urls = [site.jsonld_page(f"c{n}.html", f"c{n}.mp4", clip) for n, clip in enumerate(clips)]
        for keep in (True, False):
            archive = work / f"archive-{keep}"
            with open_catalogue(archive) as catalogue:
                with Capturer(catalogue, CaptureOptions(keep_video=keep)) as capturer:
                    for url in urls:
                        outcomes = capturer.capture(url)
                        assert [o.status for o in outcomes] == ["ok"], outcomes
                total = catalogue.db.execute("SELECT SUM(bytes) FROM media_files").fetchone()[0]
                if keep:
                    kinds = {
                        kind: size / len(clips)
                        for kind, size in catalogue.db.execute(
                            "SELECT kind, SUM(bytes) FROM media_files GROUP BY kind"
                        )
                    }
            means.append(total / len(clips))
    return means[0], means[1], kinds


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 30.0
    os.environ.setdefault("XDG_CACHE_HOME", tempfile.mkdtemp(prefix="bench-visual-cache-"))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        clips = {}
        for kind, moving in (("still", False), ("moving", True)):
            path = work / f"{kind}.mp4"
            clips[kind] = (path, make_phone_clip(path, seconds, moving))
        print(f"{len(clips)} clips of {seconds:.0f} s, 720x1280, captions every 3-5 s")
        header = (
            f"{'clip':8} {'way':10} {'frames':>6} {'cut s':>6} {'ocr s':>6} {'s/clip':>7} "
            f"{'s/min':>6} {'peak MB':>7} {'captions':>9}"
        )
        print(header)
        for kind, (path, captions) in clips.items():
            for mode in ("keyframes", "1fps"):
                r = run_worker(mode, path)
                total = r["frame_seconds"] + r["ocr_seconds"]  # model load counted apart
                print(
                    f"{kind:8} {mode:10} {r['frames']:6d} {r['frame_seconds']:6.2f} "
                    f"{r['ocr_seconds']:6.2f} {total:7.2f} {total / seconds * 60:6.1f} "
                    f"{r['peak_mb']:7.0f} {found(captions, r['texts']):4d}/{len(set(captions))}"
                )
        print(f"(loading the OCR models, once a run, not counted above: {r['load_seconds']:.1f} s)")
        kept, audio_only, kinds = storage([path for path, _ in clips.values()], work)
        print(
            f"storage per clip: {kept / 1e6:.2f} MB with video, frames and sheet; "
            f"{audio_only / 1e6:.2f} MB audio only ({kept / audio_only:.1f}x)"
        )
        print("  of which: " + ", ".join(f"{k} {v / 1e6:.2f} MB" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--worker":
        os.environ.setdefault("XDG_CACHE_HOME", tempfile.mkdtemp(prefix="bench-visual-cache-"))
        print(json.dumps(worker(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))))
    else:
        main()
