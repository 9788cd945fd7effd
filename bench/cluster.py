"""Benchmark: capture on a Dask cluster of 1, 2 and 4 local workers against the
in-process path, from a loopback site that stalls every page and media request by a
fixed delay (standing for the network); and the in-process cost of the task path
(fetch into a result, then write it) against the capture code it replaced, on no delay.

The baseline of the second part is main's archiver/clips/capture.py (before the task
split), loaded from git into this same run. Cluster start-up is not timed: a cluster is
started once and serves many jobs.
Then transcription (tiny.en, the packaged model) of distinct speech files in-process and
on 1 and 2 local workers, each timed on a second pass so that every worker has loaded
its model; and the in-process cost of the transcription task path (bytes in, temp
file, result out) against main's transcribe.py before the split.
Run: .venv/bin/python bench/cluster.py [N] [DELAY_SECONDS]
     .venv/bin/python bench/cluster.py speech [N]     (the transcription part only)
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["ARCHIVER_ALLOW_PRIVATE_ADDRESSES"] = "1"  # the site is on loopback

from archiver.clips.capture import CaptureOptions, capture_urls  # noqa: E402
from archiver.cluster import open_cluster  # noqa: E402
from archiver.store.catalogue import open_catalogue  # noqa: E402
from tests.support.media_factory import make_clip, make_media_set  # noqa: E402
from tests.support.site import Site  # noqa: E402

BASELINE_COMMIT = "af1a9af"  # main when the task split began
SPEECH_BASELINE_COMMIT = "50cb9c5"  # main before transcription became a task
SPEECH = ROOT / "tests" / "data" / "speech"


def make_site(folder: Path, site: Site, count: int) -> list[str]:
    urls = []
    for n in range(count):
        clip = make_clip(folder / f"src{n}.mp4", 8, 300 + 10 * n)
        urls.append(site.jsonld_page(f"clip{n}.html", f"clip{n}.mp4", clip))
    return urls


def timed_capture(urls: list[str], archive: Path, run=None) -> float:  # noqa: ANN001
    with open_catalogue(archive) as catalogue:
        started = time.perf_counter()
        outcomes = capture_urls(catalogue, urls, CaptureOptions(), run=run)
        elapsed = time.perf_counter() - started
    assert [o.status for o in outcomes] == ["ok"] * len(urls), outcomes
    return elapsed


def baseline_module(commit: str, path: str, name: str):  # noqa: ANN201
    """A module as main had it at `commit`, loaded beside today's code."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    copy = Path(tempfile.mkdtemp(prefix="bench-baseline-")) / f"{name}.py"
    copy.write_text(source)
    spec = importlib.util.spec_from_file_location(name, copy)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def baseline_capture_urls():  # noqa: ANN201
    """capture_urls as main had it, before the task split, for the overhead figure."""
    return baseline_module(BASELINE_COMMIT, "archiver/clips/capture.py", "baseline_capture")


def speech_files(folder: Path, count: int) -> list[Path]:
    """`count` distinct speech files (the English fixtures at slightly different
    volumes: the same bytes twice would be heard once)."""
    from archiver.clips.ffmpeg import ffmpeg_exe

    sources = sorted(SPEECH.glob("en_*.ogg"))
    files = []
    for n in range(count):
        out = folder / f"speech{n}.ogg"
        volume = f"volume={1 - 0.02 * (n // len(sources) + 1):.2f}"
        subprocess.run(
            [ffmpeg_exe(), "-v", "error", "-y", "-i", str(sources[n % len(sources)])]
            + ["-af", volume, "-c:a", "libvorbis", str(out)],
            check=True,
        )
        files.append(out)
    return files


def speech_bench(count: int) -> None:
    from archiver.speech.transcribe import TranscribeOptions, transcribe_stage

    options = TranscribeOptions(model="tiny.en", force=True)
    old = baseline_module(SPEECH_BASELINE_COMMIT, "archiver/speech/transcribe.py", "old_speech")
    with tempfile.TemporaryDirectory(prefix="bench-speech-") as tmp:
        work = Path(tmp)
        media = make_media_set(work / "media")
        with Site(work / "site", media) as site:
            urls = [site.add_file(f.name, f) for f in speech_files(work, count)]
            with open_catalogue(work / "archive") as catalogue:
                assert all(o.ok for o in capture_urls(catalogue, urls, CaptureOptions()))
        times: dict[str, float] = {}
        with open_catalogue(work / "archive") as catalogue:
            for where in (None, "local:1", "local:2"):
                with open_cluster(where) as run:
                    for _ in range(2):  # the first pass loads each worker's model
                        started = time.perf_counter()
                        done = transcribe_stage(catalogue, options=options, run=run)
                        elapsed = time.perf_counter() - started
                    assert [o.status for o in done] == ["ok"] * count, done
                name = f"{where[6:]} worker(s)" if where else "in-process"
                times[name] = elapsed
                print(f"transcription {name}: {elapsed:.2f} s", flush=True)
            new_runs, old_runs = [], []
            old_options = old.TranscribeOptions(model="tiny.en", force=True)
            old.transcribe_stage(catalogue, options=old_options)  # loads its own model
            for _ in range(3):  # alternated, so drift in the machine's load hits both
                started = time.perf_counter()
                transcribe_stage(catalogue, options=options)
                new_runs.append(time.perf_counter() - started)
                started = time.perf_counter()
                old.transcribe_stage(catalogue, options=old_options)
                old_runs.append(time.perf_counter() - started)
    print(f"transcription of {count} distinct speech clips (8-10 s each), tiny.en, 2 cores")
    print(f"{'':20}{'seconds':>10}{'clips/s':>10}{'vs in-process':>15}")
    for name, seconds in times.items():
        ratio = times["in-process"] / seconds
        print(f"{name:20}{seconds:10.2f}{count / seconds:10.2f}{ratio:14.2f}x")
    new, old_time = statistics.median(new_runs), statistics.median(old_runs)
    print(
        f"in-process, median of 3: task path {new:.2f} s, "
        f"old path {old_time:.2f} s, overhead {100 * (new / old_time - 1):+.1f} %"
    )


def main() -> None:
    if sys.argv[1:2] == ["speech"]:
        speech_bench(int(sys.argv[2]) if len(sys.argv) > 2 else 9)
        return
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 16
    delay = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
    old = baseline_capture_urls()
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as tmp:
        work = Path(tmp)
        media = make_media_set(work / "media")
        with Site(work / "site", media) as site:
            urls = make_site(work / "media", site, count)
            # every page and every media file answers after `delay` seconds
            site.slow_pages = {"/" + url.split("/", 3)[3] for url in urls}
            site.page_delay = delay
            site.media_delay = delay
            times = {"in-process": timed_capture(urls, work / "a0")}
            print(f"in-process: {times['in-process']:.2f} s", flush=True)
            for workers in (1, 2, 4):
                with open_cluster(f"local:{workers}") as run:
                    archive = work / f"a{workers}"
                    times[f"{workers} worker(s)"] = timed_capture(urls, archive, run)
                print(f"{workers} worker(s): {times[f'{workers} worker(s)']:.2f} s", flush=True)

            site.slow_pages, site.media_delay = set(), 0.0
            new_runs, old_runs = [], []
            for n in range(3):  # alternated, so drift in the machine's load hits both
                new_runs.append(timed_capture(urls, work / f"new{n}"))
                with open_catalogue(work / f"old{n}") as catalogue:
                    started = time.perf_counter()
                    old.capture_urls(catalogue, urls, old.CaptureOptions())
                    old_runs.append(time.perf_counter() - started)

    print(f"clips: {count} (8 s each), {delay:.1f} s delay per page and per media request")
    print(f"{'':20}{'seconds':>10}{'clips/s':>10}{'vs in-process':>15}")
    for name, seconds in times.items():
        ratio = times["in-process"] / seconds
        print(f"{name:20}{seconds:10.2f}{count / seconds:10.2f}{ratio:14.2f}x")
    scaling = times["1 worker(s)"] / times["4 worker(s)"]
    print(f"scaling from 1 to 4 workers: {scaling:.2f}x")
    new, old_time = statistics.median(new_runs), statistics.median(old_runs)
    print(
        f"no delay, in-process, median of 3: task path {new:.2f} s, "
        f"old path {old_time:.2f} s, overhead {100 * (new / old_time - 1):+.1f} %"
    )
    speech_bench(9)


if __name__ == "__main__":
    main()
