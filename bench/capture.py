"""Benchmark: `archiver capture` against a shell loop of the yt-dlp CLI, on loopback.

Both capture the same N locally served clip pages and do the same work per clip:
extract metadata, download the clip, keep its info JSON, thumbnail and audio. The
baseline is what a researcher runs today: `for url in ...; do yt-dlp ...; done`.
Run: .venv/bin/python bench/capture.py [N]
"""

from __future__ import annotations

import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archiver.clips.ffmpeg import ffmpeg_exe  # noqa: E402
from tests.support.media_factory import make_clip, make_media_set  # noqa: E402
from tests.support.site import Site  # noqa: E402

BIN = Path(sys.executable).parent


def make_site(folder: Path, site: Site, count: int) -> list[str]:
    urls = []
    for n in range(count):
        clip = make_clip(folder / f"src{n}.mp4", 8, 300 + 10 * n)
        urls.append(site.jsonld_page(f"clip{n}.html", f"clip{n}.mp4", clip))
    return urls


def run_archiver(urls: list[str], work: Path) -> float:
    url_file = work / "urls.txt"
    url_file.write_text("\n".join(urls))
    archive = ["--archive", str(work / "archive")]
    # the benchmark's site is on loopback, which capture refuses unless allowed
    command = [str(BIN / "archiver"), *archive, "capture", "--allow-private-addresses", "-i"]
    started = time.perf_counter()
    subprocess.run([*command, str(url_file)], check=True, capture_output=True)
    return time.perf_counter() - started


def run_ytdlp_loop(urls: list[str], work: Path) -> float:
    out = work / "ytdlp"
    out.mkdir()
    ytdlp = (
        f"{shlex.quote(str(BIN / 'yt-dlp'))} -q --no-warnings "
        f"-f 'best[vcodec!=none][acodec!=none]/best' --write-info-json --write-thumbnail "
        f"-o {shlex.quote(str(out / '%(id)s.%(ext)s'))} --print after_move:filepath"
    )
    # the same audio extraction as ours: copy the track out with ffmpeg
    extract = (
        f'{shlex.quote(ffmpeg_exe())} -loglevel error -y -i "$f" -vn -c:a copy "${{f%.*}}.m4a"'
    )
    script = "\n".join(
        [
            f"for url in {' '.join(shlex.quote(u) for u in urls)}; do",
            f'  f=$({ytdlp} "$url") && {extract}',
            "done",
        ]
    )
    started = time.perf_counter()
    subprocess.run(["bash", "-c", script], check=True, capture_output=True)
    elapsed = time.perf_counter() - started
    made = sorted(p.suffix for p in out.iterdir())
    assert made.count(".m4a") == len(urls), made
    return elapsed


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    with tempfile.TemporaryDirectory(prefix="bench-capture-") as tmp:
        work = Path(tmp)
        media = make_media_set(work / "media")
        with Site(work / "site", media) as site:
            urls = make_site(work / "media", site, count)
            ours = run_archiver(urls, work)
            baseline = run_ytdlp_loop(urls, work)
    print(f"clips: {count} (8 s each, served on loopback)")
    print(f"{'':24}{'seconds':>10}{'clips/s':>10}")
    print(f"{'archiver capture':24}{ours:10.2f}{count / ours:10.2f}")
    print(f"{'yt-dlp CLI loop':24}{baseline:10.2f}{count / baseline:10.2f}")
    print(f"speed-up: {baseline / ours:.1f}x")


if __name__ == "__main__":
    main()
