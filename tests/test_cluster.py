"""Capture on a real Dask cluster: a `dask scheduler` and two `dask worker` processes on
loopback, started here, fetching from the loopback site; this process writes."""

from __future__ import annotations

import gzip
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from archiver.clips.capture import CaptureOptions, capture_urls
from archiver.store.catalogue import open_catalogue

BIN = Path(sys.executable).parent
TABLES = ("clips", "accounts", "captures", "observations", "media_files", "clip_media", "keyframes")
# what differs between two runs of the same capture: when, in which run, in which order
VARYING = {"capture_id", "run_id", "observation_id", "history_id", "rowid"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_workers(address: str, count: int) -> None:
    from distributed import Client

    with Client(address, timeout="20s") as client:
        client.wait_for_workers(count, timeout=60)


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[tuple[str, list[subprocess.Popen]]]:
    """A real scheduler and two single-thread workers, without nannies, so that a
    worker's pid is the process doing the work (and SIGKILL leaves nothing behind)."""
    address = f"tcp://127.0.0.1:{free_port()}"
    port = address.rsplit(":", 1)[1]
    common = {"cwd": tmp_path, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen(
        [BIN / "dask", "scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard"],
        **common,
    )
    workers = [
        subprocess.Popen(
            [BIN / "dask", "worker", address, "--nthreads", "1", "--no-nanny"]
            + ["--no-dashboard", "--name", f"w{n}", "--local-directory", str(tmp_path)],
            **common,
        )
        for n in (1, 2)
    ]
    try:
        wait_for_workers(address, 2)
        yield address, workers
    finally:
        for process in [*workers, scheduler]:
            process.terminate()
        for process in [*workers, scheduler]:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def clip_pages(site, count: int) -> list[str]:
    return [
        site.jsonld_page(f"c{n}.html", f"c{n}.mp4", site.media.clip, title=f"Clip {n}")
        for n in range(count)
    ]


def archiver(archive: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [BIN / "archiver", "--archive", str(archive), *args],
        capture_output=True,
        text=True,
        timeout=600,
    )


def without_user_agent(value):
    """yt-dlp picks a random browser version for its User-Agent in each process."""
    if isinstance(value, dict):
        return {k: without_user_agent(v) for k, v in value.items() if k != "User-Agent"}
    if isinstance(value, list):
        return [without_user_agent(v) for v in value]
    return value


def catalogue_view(archive: Path) -> dict[str, list]:
    """Every capture table as sorted rows, without timestamps, ids of rows and runs."""
    view = {}
    with open_catalogue(archive) as catalogue:
        for table in TABLES:
            rows = []
            for row in catalogue.db.query(f"SELECT * FROM {table}"):
                kept = {k: v for k, v in row.items() if k not in VARYING and not k.endswith("_at")}
                if kept.get("info_json_gz"):
                    info = json.loads(gzip.decompress(kept["info_json_gz"]))
                    info.pop("epoch", None)  # yt-dlp's own clock
                    kept["info_json_gz"] = without_user_agent(info)
                rows.append(json.dumps(kept, sort_keys=True, default=str))
            view[table] = sorted(rows)
    return view


def test_a_cluster_capture_equals_an_in_process_one(site, tmp_path, cluster):
    address, _ = cluster
    urls = clip_pages(site, 4)
    here, there = tmp_path / "here", tmp_path / "there"
    with open_catalogue(here) as catalogue:
        outcomes = capture_urls(catalogue, urls, CaptureOptions())
    assert [o.status for o in outcomes] == ["ok"] * 4

    done = archiver(there, "capture", "--cluster", address, *urls)
    assert done.returncode == 0, done.stdout + done.stderr
    assert catalogue_view(there) == catalogue_view(here)
    assert catalogue_view(there)["keyframes"]  # the frames were cut on the workers
    assert archiver(there, "verify").returncode == 0


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(site, tmp_path, cluster):
    address, workers = cluster
    urls = clip_pages(site, 6)
    site.media_delay = 1.0  # each download takes a while: time to kill a worker in one
    archive = tmp_path / "archive"
    command = subprocess.Popen(
        [BIN / "archiver", "--archive", str(archive), "capture", "--cluster", address, *urls],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not any(path.endswith(".mp4") for path in site.requests):
        assert time.monotonic() < deadline and command.poll() is None
        time.sleep(0.05)
    os.kill(workers[0].pid, signal.SIGKILL)  # in the middle of a download
    output, _ = command.communicate(timeout=600)
    assert command.returncode == 0, output

    with open_catalogue(archive) as catalogue:
        db = catalogue.db
        captured = [row[0] for row in db.execute("SELECT requested_url FROM captures")]
        statuses = {row[0] for row in db.execute("SELECT status FROM captures")}
        clips = db.execute("SELECT count(*) FROM clips").fetchone()[0]
        audio = db.execute("SELECT count(*) FROM clip_media WHERE kind = 'audio'").fetchone()[0]
    assert sorted(captured) == sorted(urls)  # each once
    assert (statuses, clips, audio) == ({"ok"}, 6, 6)
    checked = archiver(archive, "verify")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_archive_captures_on_the_cluster(site, tmp_path, cluster):
    address, _ = cluster
    urls = clip_pages(site, 2)
    archive = tmp_path / "archive"
    done = archiver(archive, "archive", "--cluster", address, "--as-clip", "--no-transcribe", *urls)
    assert done.returncode == 0, done.stdout + done.stderr
    with open_catalogue(archive) as catalogue:
        ok = catalogue.db.execute("SELECT count(*) FROM captures WHERE status = 'ok'").fetchone()
    assert ok[0] == 2
    assert archiver(archive, "verify").returncode == 0
