"""The command line as a user runs it: exit codes, summaries, status, and a killed batch."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from archiver.cli import main
from archiver.store.media import sha256_of


def run_cli(archive_dir: Path, *args: str, input: str | None = None):
    return CliRunner().invoke(main, ["--archive", str(archive_dir), *args], input=input)


def test_capture_reports_and_exits_nonzero_on_failure(site, archive_dir):
    good = site.jsonld_page("good.html", "good.mp4", site.media.clip)
    result = run_cli(archive_dir, "capture", good, site.url("missing.html"))
    assert result.exit_code == 1
    assert "Capture summary" in result.output
    assert "not_found: 1, ok: 1" in result.output


def test_capture_reads_urls_from_stdin_skipping_repeats_and_comments(site, archive_dir):
    good = site.jsonld_page("good.html", "good.mp4", site.media.clip)
    result = run_cli(
        archive_dir, "capture", "--json", "-i", "-", input=f"# cited clips\n{good}\n\n{good}\n"
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [(line["url"], line["status"]) for line in lines] == [(good, "ok")]


def test_status_json_counts(site, archive_dir):
    good = site.jsonld_page("good.html", "good.mp4", site.media.clip)
    run_cli(archive_dir, "capture", good, "not-a-url")
    result = run_cli(archive_dir, "status", "--json")
    assert result.exit_code == 0
    counts = json.loads(result.stdout)
    assert counts["clips"] == 1
    assert counts["captures"] == 2
    assert counts["media_files"] == 5  # video, its keyframe and contact sheet, audio, thumbnail
    assert counts["captures_by_status"] == {"invalid_url": 1, "ok": 1}
    assert counts["urls_by_latest_status"] == {"invalid_url": 1, "ok": 1}


def test_archive_from_environment(site, tmp_path, monkeypatch):
    monkeypatch.setenv("ARCHIVER_HOME", str(tmp_path / "from-env"))
    good = site.jsonld_page("good.html", "good.mp4", site.media.clip)
    result = CliRunner().invoke(main, ["capture", good])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "from-env" / "catalogue.db").exists()


def test_no_urls_is_a_usage_error(archive_dir):
    result = run_cli(archive_dir, "capture")
    assert result.exit_code == 2
    assert "at least one URL" in result.output


def _ok_captures(archive_dir: Path) -> int:
    try:
        with sqlite3.connect(archive_dir / "catalogue.db", timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM captures WHERE status = 'ok'").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_killed_batch_resumes_without_partial_files_or_duplicates(site, archive_dir, tmp_path):
    urls = [site.jsonld_page(f"c{n}.html", f"c{n}.mp4", site.media.clip) for n in range(6)]
    url_file = tmp_path / "urls.txt"
    url_file.write_text("\n".join(urls))
    site.media_delay = 0.4
    command = [sys.executable, "-m", "archiver.cli", "--archive", str(archive_dir), "capture"]
    process = subprocess.Popen(
        [*command, "-i", str(url_file)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while _ok_captures(archive_dir) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done_before = _ok_captures(archive_dir)
    assert 2 <= done_before < 6

    site.media_delay = 0
    site.requests.clear()
    rerun = subprocess.run([*command, "--new-only", "-i", str(url_file)], capture_output=True)
    assert rerun.returncode == 0, rerun.stderr

    with sqlite3.connect(archive_dir / "catalogue.db") as conn:
        conn.row_factory = sqlite3.Row
        clips = conn.execute("SELECT clip_id FROM clips").fetchall()
        media = conn.execute("SELECT * FROM media_files WHERE kind = 'audio'").fetchall()
        per_url = conn.execute(
            "SELECT requested_url, COUNT(*) AS n FROM captures "
            "WHERE status = 'ok' GROUP BY requested_url"
        ).fetchall()
    assert len(clips) == 6
    links = conn.execute("SELECT COUNT(*) FROM clip_media WHERE kind = 'audio'").fetchone()[0]
    assert links == 6 and len(media) == 1  # six clips of the very same bytes
    assert {row["requested_url"]: row["n"] for row in per_url} == {url: 1 for url in urls}
    # the clips captured before the kill were not fetched again
    assert sum(path.endswith(".html") for path in site.requests) == 6 - done_before
    # every catalogued file is whole; no partial or stray download is left
    for row in media:
        assert sha256_of(archive_dir / row["path"]) == row["sha256"]
    for path in (archive_dir / "media").rglob("*.*"):
        assert sha256_of(path) == path.name.split(".")[0]
    assert list((archive_dir / "tmp").iterdir()) == []
