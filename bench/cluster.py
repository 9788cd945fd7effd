"""Benchmark: capture on a Dask cluster of 1, 2 and 4 local workers against the
in-process path, from a loopback site that stalls every page and media request by a
fixed delay (standing for the network); and the in-process cost of the task path
(fetch into a result, then write it) against the capture code it replaced, on no delay.

The baseline of the second part is main's archiver/clips/capture.py (before the task
split), loaded from git into this same run. Cluster start-up is not timed: a cluster is
started once and serves many jobs.
Run: .venv/bin/python bench/cluster.py [N] [DELAY_SECONDS]
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


def baseline_capture_urls():  # noqa: ANN201
    """capture_urls as main had it, before the task split, for the overhead figure."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{BASELINE_COMMIT}:archiver/clips/capture.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = Path(tempfile.mkdtemp(prefix="bench-baseline-")) / "baseline_capture.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("baseline_capture", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["baseline_capture"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def main() -> None:
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


if __name__ == "__main__":
    main()
