"""Work on a real Dask cluster: a `dask scheduler` and two `dask worker` processes on
loopback, started here, capturing from the loopback site, transcribing, reading screens
and re-crawling; this process writes. One cluster serves the tests that kill nothing;
a test that kills a worker or the scheduler starts its own."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from archiver.clips.capture import CaptureOptions, capture_urls
from archiver.store.catalogue import open_catalogue
from tests.support.dask_cluster import DaskProcesses, free_port, wait_for_workers

BIN = Path(sys.executable).parent
TABLES = ("clips", "accounts", "captures", "observations", "media_files", "clip_media", "keyframes")
# what differs between two runs of the same capture: when, in which run, in which order
VARYING = {"capture_id", "run_id", "observation_id", "history_id", "rowid"}


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[tuple[str, list[subprocess.Popen]]]:
    """A cluster of this test's own, with two workers: for tests that kill one."""
    processes = DaskProcesses(tmp_path)
    try:
        processes.add_worker("w1")
        processes.add_worker("w2")
        wait_for_workers(processes.address, 2)
        yield processes.address, processes.workers
    finally:
        processes.stop()


@pytest.fixture(scope="module")
def shared_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DaskProcesses]:
    """One cluster for the tests that kill nothing: a plain worker and one started
    with `--resources GPU=1` (it has no GPU: it shows where GPU work is sent)."""
    # debug logging: the most the scheduler ever writes, read for secrets below
    processes = DaskProcesses(
        tmp_path_factory.mktemp("dask"), {"DASK_LOGGING__DISTRIBUTED": "debug"}
    )
    try:
        processes.add_worker("cpu")
        processes.add_worker("gpu", "--resources", "GPU=1")
        wait_for_workers(processes.address, 2)
        yield processes
    finally:
        processes.stop()


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


def test_a_cluster_capture_equals_an_in_process_one(site, tmp_path, shared_cluster):
    address = shared_cluster.address
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


def test_archive_captures_on_the_cluster(site, tmp_path, shared_cluster):
    address = shared_cluster.address
    urls = clip_pages(site, 2)
    archive = tmp_path / "archive"
    done = archiver(archive, "archive", "--cluster", address, "--as-clip", "--no-transcribe", *urls)
    assert done.returncode == 0, done.stdout + done.stderr
    with open_catalogue(archive) as catalogue:
        ok = catalogue.db.execute("SELECT count(*) FROM captures WHERE status = 'ok'").fetchone()
        # the job's OCR stage ran on the workers too
        read = catalogue.db.execute(
            "SELECT count(*) FROM transcripts WHERE source = 'ocr' AND status != 'failed'"
        ).fetchone()
    assert (ok[0], read[0]) == (2, 2)
    assert archiver(archive, "verify").returncode == 0


SPEECH = Path(__file__).parent / "data" / "speech"
# what differs between two runs of the same model over the same bytes: ids, times, runs
HEARD_VARYING = VARYING | {"transcript_id", "segment_id", "processing_seconds"}


def transcript_view(archive: Path) -> list[str]:
    with open_catalogue(archive) as catalogue:
        rows = catalogue.db.query(
            """SELECT t.*, json_group_array(json_array(s.start_seconds, s.end_seconds, s.text))
                   AS said
            FROM transcripts t LEFT JOIN segments s USING (transcript_id)
            GROUP BY t.transcript_id"""
        )
        kept = [
            {k: v for k, v in row.items() if k not in HEARD_VARYING and not k.endswith("_at")}
            for row in rows
        ]
    return sorted(json.dumps(row, sort_keys=True, default=str) for row in kept)


def test_transcription_and_ocr_on_workers_equal_an_in_process_run(site, tmp_path, shared_cluster):
    from archiver.speech.transcribe import TranscribeOptions, transcribe_stage
    from archiver.vision.ocr import ocr_stage
    from tests.support.media_factory import make_text_clip

    urls = [site.add_file(f"{name}.ogg", SPEECH / f"{name}.ogg") for name in ("en_city", "en_park")]
    shown = make_text_clip(tmp_path / "shown.mp4", [(0, 3, "ROBOTS PATROL"), (3, 6, "NIGHT")], 6)
    urls.append(site.jsonld_page("shown.html", "shown.mp4", shown))
    here, there = tmp_path / "here", tmp_path / "there"
    with open_catalogue(here) as catalogue:
        assert all(o.ok for o in capture_urls(catalogue, urls, CaptureOptions()))
    shutil.copytree(here, there)

    with open_catalogue(here) as catalogue:
        heard = transcribe_stage(catalogue, missing=True, options=TranscribeOptions("tiny.en"))
        read = ocr_stage(catalogue, missing=True)
    # the drawn clip's sound is a tone: no speech in it
    assert sorted(o.status for o in heard) == ["empty", "ok", "ok"]
    assert [o.status for o in read] == ["ok"]

    address = shared_cluster.address
    done = archiver(there, "transcribe", "--missing", "--model", "tiny.en", "--cluster", address)
    assert done.returncode == 0, done.stdout + done.stderr
    done = archiver(there, "ocr", "--missing", "--cluster", address)
    assert done.returncode == 0, done.stdout + done.stderr
    assert transcript_view(there) == transcript_view(here)
    assert any("ROBOTS PATROL" in row for row in transcript_view(there))
    assert any("never know which floor" in row for row in transcript_view(there))
    # the work ran on the workers, each of which loaded the model once and kept it
    from distributed import Client

    def loaded() -> tuple[int, int]:
        from archiver.speech import task as speech
        from archiver.vision import task as vision

        return len(speech._engines), len(vision._readers)

    with Client(address, timeout="20s") as client:
        on_workers = client.run(loaded)
    assert sum(engines for engines, _ in on_workers.values()) >= 1
    assert all(engines <= 1 and readers <= 1 for engines, readers in on_workers.values())


def speech_archive(site, archive: Path) -> Path:
    urls = [site.add_file(f"{name}.ogg", SPEECH / f"{name}.ogg") for name in ("en_city", "en_park")]
    with open_catalogue(archive) as catalogue:
        assert all(o.ok for o in capture_urls(catalogue, urls, CaptureOptions()))
    return archive


def executed(address: str) -> dict[str, int]:
    """How many tasks each worker has run, by its name."""
    from distributed import Client

    with Client(address, timeout="20s") as client:
        counts = client.run(
            lambda dask_worker: (dask_worker.name, dask_worker.state.executed_count)
        )
    return dict(counts.values())


def test_cuda_transcription_goes_only_to_workers_with_a_gpu(site, tmp_path, shared_cluster):
    archive = speech_archive(site, tmp_path / "archive")
    before = executed(shared_cluster.address)
    done = archiver(
        archive, "transcribe", "--all", "--model", "tiny.en", "--device", "cuda",
        "--cluster", shared_cluster.address,
    )  # fmt: skip
    after = executed(shared_cluster.address)
    assert after["cpu"] == before["cpu"]  # never offered the work
    assert after["gpu"] > before["gpu"]
    # the "GPU" worker here has no CUDA: each clip's failure is recorded, the run ends
    assert done.returncode == 1
    with open_catalogue(archive) as catalogue:
        rows = catalogue.db.execute("SELECT status FROM run_items WHERE stage = 'transcribe'")
        statuses = [row[0] for row in rows]
    assert statuses == ["device_unavailable"] * 2


def test_gpu_work_with_no_gpu_worker_is_a_clear_error_not_a_wait(site, tmp_path):
    archive = speech_archive(site, tmp_path / "archive")
    done = archiver(
        archive, "transcribe", "--all", "--model", "tiny.en", "--device", "cuda",
        "--cluster", "local:1",
    )  # fmt: skip
    assert done.returncode != 0
    assert "no worker of the cluster offers GPU=1" in done.stderr + done.stdout
    assert "--resources GPU=1" in done.stderr + done.stdout


@pytest.mark.parametrize(
    "value", ["tcp://nowhere", "udp://127.0.0.1:8786", "local:0", "local:many", "[1, 2]"]
)
def test_a_bad_cluster_address_in_the_config_is_a_clear_error(tmp_path, value):
    from archiver.cluster import cluster_address
    from archiver.errors import ConfigError

    config = tmp_path / "config.yaml"
    config.write_text(f"cluster: {value}\n")
    with pytest.raises(ConfigError, match="config.yaml: cluster"):
        cluster_address(None, config)


def test_the_cluster_named_in_the_config_is_used_below_the_flag_and_environment(
    site, tmp_path, shared_cluster, monkeypatch
):
    from archiver.cluster import ENVIRONMENT, cluster_address

    archive = speech_archive(site, tmp_path / "archive")
    (archive / "config.yaml").write_text(f"cluster: {shared_cluster.address}\n")
    monkeypatch.delenv(ENVIRONMENT, raising=False)
    assert cluster_address(None, archive / "config.yaml") == shared_cluster.address
    monkeypatch.setenv(ENVIRONMENT, "local:2")
    assert cluster_address(None, archive / "config.yaml") == "local:2"
    assert cluster_address("tcp://10.0.0.5:8786", archive / "config.yaml") == "tcp://10.0.0.5:8786"
    monkeypatch.delenv(ENVIRONMENT)

    before = executed(shared_cluster.address)
    done = archiver(archive, "transcribe", "--all", "--model", "tiny.en")
    assert done.returncode == 0, done.stdout + done.stderr
    after = executed(shared_cluster.address)
    assert sum(after.values()) - sum(before.values()) == 2  # a task per clip, on the workers


def test_a_recrawl_on_workers_equals_one_in_process(site, tmp_path, shared_cluster):
    from archiver.clips.recrawl import recrawl

    urls = clip_pages(site, 3)
    here, there = tmp_path / "here", tmp_path / "there"
    with open_catalogue(here) as catalogue:
        assert all(o.ok for o in capture_urls(catalogue, urls, CaptureOptions()))
    shutil.copytree(here, there)
    with open_catalogue(here) as catalogue:
        ids = [row[0] for row in catalogue.db.execute("SELECT clip_id FROM clips")]
        assert [o.status for o in recrawl(catalogue, ids)] == ["ok"] * 3

    done = archiver(there, "recrawl", "--all", "--cluster", shared_cluster.address)
    assert done.returncode == 0, done.stdout + done.stderr
    assert catalogue_view(there) == catalogue_view(here)
    with open_catalogue(there) as catalogue:
        looks = catalogue.db.execute("SELECT count(*) FROM observations").fetchone()[0]
        leases = catalogue.db.execute("SELECT count(lease_owner) FROM clips").fetchone()[0]
    assert (looks, leases) == (6, 0)  # a capture's and a re-crawl's for each; all released


def test_schedule_run_looks_on_workers(site, tmp_path, shared_cluster):
    archive = tmp_path / "archive"
    with open_catalogue(archive) as catalogue:
        assert all(o.ok for o in capture_urls(catalogue, clip_pages(site, 2), CaptureOptions()))
        with catalogue.write() as db:  # due now
            db.execute("UPDATE clips SET next_crawl_at = '2000-01-01T00:00:00Z'")
    before = executed(shared_cluster.address)
    command = subprocess.Popen(
        [BIN / "archiver", "--archive", str(archive), "schedule", "run"]
        + ["--interval", "1", "--cluster", shared_cluster.address],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while sum(executed(shared_cluster.address).values()) - sum(before.values()) < 2:
            assert time.monotonic() < deadline and command.poll() is None
            time.sleep(0.5)
    finally:
        command.send_signal(signal.SIGTERM)
        output, _ = command.communicate(timeout=60)
    assert "stopped after visiting 2 clip(s)" in output, output
    with open_catalogue(archive) as catalogue:
        looks = catalogue.db.execute("SELECT count(*) FROM observations").fetchone()[0]
    assert looks == 4


def test_a_platform_cap_holds_across_the_workers(site, tmp_path, shared_cluster):
    urls = clip_pages(site, 4)
    site.media_delay = 0.8  # long enough for both workers to be downloading at once
    uncapped = archiver(tmp_path / "free", "capture", "--cluster", shared_cluster.address, *urls)
    assert uncapped.returncode == 0, uncapped.stdout + uncapped.stderr
    assert site.media_at_once == 2  # the two workers did download side by side

    site.media_at_once = 0
    capped = tmp_path / "capped"
    capped.mkdir()
    # the loopback site is no platform: its host is its group, capped by `default`
    (capped / "config.yaml").write_text("capture:\n  at_once:\n    default: 1\n")
    done = archiver(capped, "capture", "--cluster", shared_cluster.address, *urls)
    assert done.returncode == 0, done.stdout + done.stderr
    assert site.media_at_once == 1
    with open_catalogue(capped) as catalogue:
        ok = catalogue.db.execute("SELECT count(*) FROM captures WHERE status = 'ok'").fetchone()
    assert ok[0] == 4


@pytest.mark.parametrize("value", ["{tiktok: 0}", "{tiktok: two}", "{myspace: 2}", "[2]"])
def test_a_bad_platform_cap_is_a_clear_error(tmp_path, value):
    from archiver.clips.politeness import load_at_once
    from archiver.errors import ConfigError

    config = tmp_path / "config.yaml"
    config.write_text(f"capture:\n  at_once: {value}\n")
    with pytest.raises(ConfigError, match="capture.at_once"):
        load_at_once(config)


def test_the_feed_holds_a_capped_group_back_and_lets_others_pass():
    from archiver.tasks import AtOnce, Feed

    items = ["t1", "t2", "y1", "t3", "y2", "y3"]
    feed = Feed(items, window=3, at_once=AtOnce(lambda item: item[0], {"t": 1, "default": 2}))
    assert list(feed.ready()) == [("t", "t1"), ("y", "y1"), ("y", "y2")]
    feed.done("y")
    assert list(feed.ready()) == [("y", "y3")]  # t2 waits for t1
    feed.done("t")
    assert list(feed.ready()) == [("t", "t2")]
    for group in ("t", "y", "y"):
        feed.done(group)
    assert list(feed.ready()) == [("t", "t3")]
    feed.done("t")
    assert list(feed.ready()) == []


def wait_for_media_requests(site, command: subprocess.Popen, count: int = 1) -> None:
    deadline = time.monotonic() + 120
    while sum(path.endswith(".mp4") for path in site.requests) < count:
        assert time.monotonic() < deadline and command.poll() is None
        time.sleep(0.05)


def test_the_scheduler_lost_mid_run_stops_the_command_and_a_rerun_finishes(site, tmp_path):
    urls = clip_pages(site, 8)
    site.media_delay = 1.0
    archive = tmp_path / "archive"
    (tmp_path / "first").mkdir()
    first = DaskProcesses(tmp_path / "first")
    try:
        first.add_worker("w1")
        first.add_worker("w2")
        wait_for_workers(first.address, 2)
        command = subprocess.Popen(
            [BIN / "archiver", "--archive", str(archive), "capture", "--new-only"]
            + ["--cluster", first.address, *urls],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        wait_for_media_requests(site, command, 3)
        first.scheduler.kill()
        output, _ = command.communicate(timeout=300)
    finally:
        first.stop()
    assert command.returncode != 0
    assert "lost the Dask scheduler" in output, output
    checked = archiver(archive, "verify")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    with open_catalogue(archive) as catalogue:
        done = catalogue.db.execute("SELECT count(*) FROM captures").fetchone()[0]
    assert done < len(urls)

    site.media_delay = 0.0
    (tmp_path / "second").mkdir()
    second = DaskProcesses(tmp_path / "second")
    try:
        second.add_worker("w1")
        wait_for_workers(second.address, 1)
        again = archiver(archive, "capture", "--new-only", "--cluster", second.address, *urls)
    finally:
        second.stop()
    assert again.returncode == 0, again.stdout + again.stderr
    with open_catalogue(archive) as catalogue:
        db = catalogue.db
        captured = [row[0] for row in db.execute("SELECT requested_url FROM captures")]
        statuses = {row[0] for row in db.execute("SELECT status FROM captures")}
    assert sorted(captured) == sorted(urls) and statuses == {"ok"}  # each once, all ok
    assert archiver(archive, "verify").returncode == 0


def test_a_task_whose_workers_keep_dying_is_recorded_and_the_run_goes_on(site, tmp_path):
    urls = clip_pages(site, 4)
    site.media_delay = 1.5
    archive = tmp_path / "archive"
    # one death is "keep dying" here: Dask's allowed-failures, 3 by default, set to 0
    dask = DaskProcesses(tmp_path, {"DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"})
    try:
        victim = dask.add_worker("w1")
        dask.add_worker("w2")
        wait_for_workers(dask.address, 2)
        command = subprocess.Popen(
            [BIN / "archiver", "--archive", str(archive), "capture", "--new-only"]
            + ["--cluster", dask.address, *urls],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        wait_for_media_requests(site, command, 2)
        os.kill(victim.pid, signal.SIGKILL)
        output, _ = command.communicate(timeout=300)
        assert command.returncode == 1, output  # a failure recorded, not a crash
        with open_catalogue(archive) as catalogue:
            statuses = Counter(r[0] for r in catalogue.db.execute("SELECT status FROM captures"))
            items = Counter(r[0] for r in catalogue.db.execute("SELECT status FROM run_items"))
        assert statuses["worker_lost"] >= 1 and sum(statuses.values()) == len(urls)
        assert set(statuses) == {"ok", "worker_lost"} and items == statuses
        assert "worker_lost" in output

        site.media_delay = 0.0
        again = archiver(archive, "capture", "--new-only", "--cluster", dask.address, *urls)
        assert again.returncode == 0, again.stdout + again.stderr
    finally:
        dask.stop()
    with open_catalogue(archive) as catalogue:
        latest = catalogue.db.execute(
            """SELECT requested_url, status FROM captures c WHERE capture_id =
            (SELECT max(capture_id) FROM captures d WHERE d.requested_url = c.requested_url)"""
        ).fetchall()
        clips = catalogue.db.execute("SELECT count(*) FROM clips").fetchone()[0]
    assert sorted(latest) == sorted((url, "ok") for url in urls) and clips == len(urls)
    assert archiver(archive, "verify").returncode == 0


def test_cookies_travel_as_contents_and_never_reach_the_scheduler_log(
    site, tmp_path, shared_cluster
):
    secret = "sessionid-5f2b9c7e0d4a"
    # relative to the command's folder: a worker, in a folder of its own, cannot open it
    (tmp_path / "cookies.txt").write_text(
        f"# Netscape HTTP Cookie File\n127.0.0.1\tFALSE\t/\tFALSE\t0\tsessionid\t{secret}\n"
    )
    urls = clip_pages(site, 2)
    done = subprocess.run(
        [BIN / "archiver", "--archive", "archive", "capture", "--cookies", "cookies.txt"]
        + ["--cluster", shared_cluster.address, *urls],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    logged = shared_cluster.scheduler_log.read_text(errors="replace")
    assert "capture_task" in logged  # the log does name the tasks it ran
    assert secret not in logged
    with open_catalogue(tmp_path / "archive") as catalogue:
        stored = catalogue.db.execute("SELECT count(*) FROM captures WHERE status = 'ok'")
        assert stored.fetchone()[0] == 2


def test_cookie_contents_ride_in_the_task_but_never_in_its_repr(tmp_path):
    import pickle

    from archiver.clips.capture import Capturer

    cookies = tmp_path / "cookies.txt"
    cookies.write_text("127.0.0.1\tFALSE\t/\tFALSE\t0\tsid\tsecret-value-42\n")
    with open_catalogue(tmp_path / "archive") as catalogue:
        options = Capturer(catalogue, CaptureOptions(cookies=cookies)).task_options
    assert b"secret-value-42" in pickle.dumps(options)
    assert "secret-value-42" not in repr(options) and "cookies.txt" not in repr(options)


def test_a_configured_scheduler_that_does_not_answer_is_a_clear_error(site, tmp_path):
    archive = speech_archive(site, tmp_path / "archive")
    (archive / "config.yaml").write_text(f"cluster: tcp://127.0.0.1:{free_port()}\n")
    done = archiver(archive, "transcribe", "--all", "--model", "tiny.en")
    assert done.returncode == 1
    assert "no Dask scheduler answers at tcp://127.0.0.1:" in done.stdout + done.stderr
    with open_catalogue(archive) as catalogue:
        heard = catalogue.db.execute("SELECT count(*) FROM transcripts").fetchone()[0]
    assert heard == 0


def test_runs_back_to_back_with_the_same_options_each_keep_their_own(shared_cluster):
    """schedule run sends the same options every round: one round's release of them
    must not cancel the next round's tasks ("lost dependencies")."""
    from archiver.clips.task import capture_task
    from archiver.cluster import open_cluster

    options = CaptureOptions()
    with open_cluster(shared_cluster.address) as run:
        for _ in range(8):
            [(url, result)] = list(run(capture_task, ["not a url"], options, frozenset()))
            assert result.items[0].failure.status == "invalid_url"
