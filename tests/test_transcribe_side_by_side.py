"""The stage working here hears two clips side by side (2 cores, one thread each), stores
each as it comes, and stops cleanly: on a first signal the clips in hand finish and are
stored and no other begins; on a second, the decoding in other threads stops too.

Real packaged tiny.en, real `archiver transcribe` processes, real signals.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import imageio_ffmpeg
import pytest

from archiver.clips.capture import CaptureOptions, Capturer
from archiver.speech import task
from archiver.speech.side_by_side import clips_at_once, in_order, usable_cores
from archiver.speech.transcribe import TranscribeOptions, select_jobs, transcribe_clips
from archiver.store.catalogue import open_catalogue
from archiver.tasks import run_here

SPEECH = Path(__file__).parent / "data" / "speech"
TINY = TranscribeOptions(model="tiny.en")


def distinct_clips(folder: Path, count: int, stems: tuple[str, ...] = ("en_city",)) -> list[Path]:
    """`count` different audio files (each starts after its own short silence, so none is
    a repost of another), each the `stems` spoken one after another."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"clip{number}.m4a"
        inputs = [arg for stem in stems for arg in ("-i", str(SPEECH / f"{stem}.ogg"))]
        joined = "".join(f"[{i}]" for i in range(len(stems)))
        delay = f"concat=n={len(stems)}:v=0:a=1,adelay={100 * (number + 1)}:all=1"
        ffmpeg = [imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y"]
        command = [*ffmpeg, *inputs, "-filter_complex", joined + delay, "-c:a", "aac", str(path)]
        subprocess.run(command, check=True)
        paths.append(path)
    return paths


def capture_files(site, archive_dir: Path, paths: list[Path]) -> list[str]:
    with open_catalogue(archive_dir) as catalogue, Capturer(catalogue, CaptureOptions()) as cap:
        outcomes = [cap.capture(site.add_file(path.name, path))[0] for path in paths]
    assert all(outcome.ok for outcome in outcomes), outcomes
    return [outcome.clip_id for outcome in outcomes]


def transcripts(archive_dir: Path) -> dict[str, str]:
    with open_catalogue(archive_dir) as catalogue:
        rows = catalogue.db.execute("SELECT clip_id, text, status FROM transcripts").fetchall()
    assert all(status == "ok" for _, _, status in rows), rows
    return {clip_id: text for clip_id, text, _ in rows}


def start_transcribe(archive_dir: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "archiver.cli", "--archive", str(archive_dir),
               "transcribe", "--all", "--model", "tiny.en"]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stored(archive_dir: Path) -> int:
    try:
        with sqlite3.connect(archive_dir / "catalogue.db", timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM transcripts").fetchone()[0]
    except sqlite3.Error:
        return 0


def wait_for(condition, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


def test_two_at_once_only_on_a_cpu_with_two_cores_and_two_clips() -> None:
    two = 2 if usable_cores() >= 2 else 1
    assert clips_at_once("cpu", 5) == clips_at_once("auto", 5) == two
    assert clips_at_once("cpu", 1) == 1  # one clip gets every thread
    assert clips_at_once("cuda", 5) == 1  # a GPU batches instead (gpu.py)


def test_results_come_back_in_order_and_a_caller_that_stops_does_not_wait() -> None:
    def slow_for_three(n: int) -> int:
        time.sleep(5 if n == 3 else 0.01)
        return n * n

    assert list(in_order(slow_for_three, range(3), 2)) == [(0, 0), (1, 1), (2, 4)]
    results = in_order(slow_for_three, range(6), 2)
    assert [next(results) for _ in range(2)] == [(0, 0), (1, 1)]
    started = time.monotonic()
    results.close()  # item 3 is running: the caller goes on without it
    assert time.monotonic() - started < 2


@pytest.mark.slow
def test_the_stage_hears_two_at_once_what_it_hears_one_at_a_time(site, archive_dir, tmp_path):
    stems = [("en_park",), ("en_city", "en_park"), ("en_factory",), ("en_city",)]
    paths = [distinct_clips(tmp_path / f"audio{n}", 1, said)[0] for n, said in enumerate(stems)]
    paths = [path.rename(path.with_name(f"clip{n}.m4a")) for n, path in enumerate(paths)]
    clip_ids = capture_files(site, archive_dir, paths)
    with open_catalogue(archive_dir) as catalogue:
        jobs = select_jobs(catalogue, clip_ids)
        outcomes = transcribe_clips(catalogue, jobs, TINY)
        [(key, (engine, _))] = task._engines.items()
        side_by_side = transcripts(archive_dir)
        forced = TranscribeOptions(model="tiny.en", force=True)
        again = transcribe_clips(catalogue, jobs, forced, run=run_here)
    assert [o.status for o in outcomes] == ["ok"] * 4
    if usable_cores() >= 2:  # the longest first: the clip left alone at the end is short
        sizes = dict(zip(clip_ids, [path.stat().st_size for path in paths], strict=True))
        assert [o.clip_id for o in outcomes] == sorted(clip_ids, key=lambda c: -sizes[c])
    assert engine.clips_at_once == key[-1] == (2 if usable_cores() >= 2 else 1)
    assert [o.status for o in again] == ["ok"] * 4
    assert transcripts(archive_dir) == side_by_side  # one at a time, on both threads


@pytest.mark.slow
@pytest.mark.skipif(usable_cores() < 2, reason="side by side needs two cores")
def test_a_first_signal_lets_the_clips_in_hand_finish_and_begins_no_other(
    site, archive_dir, tmp_path
):
    stems = ("en_city", "en_park", "en_factory")
    clip_ids = capture_files(site, archive_dir, distinct_clips(tmp_path / "audio", 10, stems))
    process = start_transcribe(archive_dir)
    wait_for(lambda: stored(archive_dir) >= 1 or process.poll() is not None)
    process.send_signal(signal.SIGINT)
    at_signal = stored(archive_dir)
    _, err = process.communicate(timeout=120)

    assert process.returncode == 130, err
    assert "Stopped by SIGINT" in err and "Traceback" not in err
    done = transcripts(archive_dir)  # every stored transcript whole, none failed
    # past those stored when the signal came: the two being heard, the one queued behind
    # them, the one read ahead, and one more stored while the signal was on its way
    assert 1 <= at_signal <= len(done) <= at_signal + 5 < len(clip_ids), done
    with open_catalogue(archive_dir) as catalogue:
        [(status,)] = catalogue.db.execute("SELECT status FROM runs").fetchall()
        jobs = select_jobs(catalogue, missing=True, model_name="tiny.en")
        assert status == "interrupted"
        assert len(jobs) == len(clip_ids) - len(done)
        rest = transcribe_clips(catalogue, jobs, TINY)
    assert [o.status for o in rest] == ["ok"] * len(jobs)
    assert set(transcripts(archive_dir)) == set(clip_ids)


@pytest.mark.slow
@pytest.mark.skipif(usable_cores() < 2, reason="side by side needs two cores")
def test_a_second_signal_stops_the_decoding_beside_it_and_keeps_nothing(
    site, archive_dir, tmp_path
):
    # two long clips (about 9 minutes each): minutes of decoding left when the signals come,
    # even for tiny.en on an idle machine (at 3 minutes, one clip once finished in between)
    stems = ("en_city", "en_park", "en_factory") * 27
    capture_files(site, archive_dir, distinct_clips(tmp_path / "audio", 2, stems))
    process = start_transcribe(archive_dir)
    time.sleep(8)  # the model is loaded and both clips are being decoded
    assert process.poll() is None and stored(archive_dir) == 0
    process.send_signal(signal.SIGINT)
    time.sleep(0.3)
    stopped_at = time.monotonic()
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)

    assert process.returncode == 130, err
    assert time.monotonic() - stopped_at < 10  # the window in hand, not the clips, finished
    assert "Stopped by SIGINT" in err and "Traceback" not in err
    assert stored(archive_dir) == 0
