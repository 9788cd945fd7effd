"""Ctrl-C and SIGTERM on a real `archiver capture` process: the item in progress
finishes (or, on a second signal, rolls back), the exit code is 128 + the signal,
and a re-run finishes the rest. A SIGKILLed run is marked by the next one."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from archiver.cli import main


def start_capture(archive: Path, urls: list[str], tmp_path: Path, *extra: str):
    url_file = tmp_path / "urls.txt"
    url_file.write_text("\n".join(urls))
    command = [sys.executable, "-m", "archiver.cli", "--archive", str(archive), "capture"]
    return subprocess.Popen(
        [*command, *extra, "-i", str(url_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def query(archive: Path, sql: str) -> list[tuple]:
    try:
        with sqlite3.connect(archive / "catalogue.db", timeout=5) as conn:
            return conn.execute(sql).fetchall()
    except sqlite3.Error:
        return []


def wait_for(condition, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def pages(site) -> int:
    return sum(path.endswith(".html") for path in site.requests)


def verify(archive: Path) -> int:
    return CliRunner().invoke(main, ["--archive", str(archive), "verify"]).exit_code


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_one_signal_finishes_the_item_then_stops(site, archive_dir, tmp_path, signum, code):
    urls = [site.jsonld_page(f"c{n}.html", f"c{n}.mp4", site.media.clip) for n in range(5)]
    site.media_delay = 0.6
    process = start_capture(archive_dir, urls, tmp_path)
    wait_for(lambda: query(archive_dir, "SELECT 1 FROM captures WHERE status = 'ok'"))
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)

    assert process.returncode == code, err
    name = signal.Signals(signum).name
    assert f"{name}: stopping after the item in progress" in err
    assert f"Stopped by {name}" in err and "Traceback" not in err
    done = query(archive_dir, "SELECT status FROM captures")
    assert 1 <= len(done) < 5 and {status for (status,) in done} == {"ok"}
    assert pages(site) == len(done)  # the item in hand was finished; no other was begun
    assert query(archive_dir, "SELECT status FROM runs") == [("interrupted",)]
    assert verify(archive_dir) == 0
    assert list((archive_dir / "tmp").iterdir()) == []

    site.media_delay = 0
    rerun = start_capture(archive_dir, urls, tmp_path, "--new-only")
    assert rerun.wait(timeout=60) == 0
    assert len(query(archive_dir, "SELECT 1 FROM captures WHERE status = 'ok'")) == 5
    assert pages(site) == 5  # nothing fetched twice


def test_a_second_signal_stops_at_once_and_rolls_back(site, archive_dir, tmp_path):
    urls = [site.jsonld_page(f"s{n}.html", f"s{n}.mp4", site.media.clip) for n in range(3)]
    site.media_delay = 20  # the first download stalls
    process = start_capture(archive_dir, urls, tmp_path)
    wait_for(lambda: any(path.endswith(".mp4") for path in site.requests))
    process.send_signal(signal.SIGINT)
    time.sleep(0.3)
    stopped_at = time.monotonic()
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)

    assert process.returncode == 130, err
    assert time.monotonic() - stopped_at < 10  # did not wait for the stalled download
    assert "Stopped by SIGINT" in err and "Traceback" not in err
    assert query(archive_dir, "SELECT COUNT(*) FROM captures") == [(0,)]  # rolled back
    assert query(archive_dir, "SELECT status FROM runs") == [("interrupted",)]
    assert verify(archive_dir) == 0
    assert list((archive_dir / "tmp").iterdir()) == []


def test_a_killed_run_is_marked_by_the_next(site, archive_dir, tmp_path):
    url = site.jsonld_page("k.html", "k.mp4", site.media.clip)
    site.media_delay = 20
    process = start_capture(archive_dir, [url], tmp_path)
    wait_for(lambda: any(path.endswith(".mp4") for path in site.requests))
    process.kill()
    process.wait()
    assert query(archive_dir, "SELECT status FROM runs") == [("running",)]
    leftovers = list((archive_dir / "tmp").iterdir())
    assert leftovers and all(f"-{process.pid}-" in entry.name for entry in leftovers)

    site.media_delay = 0
    rerun = start_capture(archive_dir, [url], tmp_path, "--new-only")
    assert rerun.wait(timeout=60) == 0
    assert query(archive_dir, "SELECT status FROM runs ORDER BY run_id") == [
        ("killed",),
        ("ok",),
    ]
    assert list((archive_dir / "tmp").iterdir()) == []  # the killed run's download is gone
    assert verify(archive_dir) == 0
