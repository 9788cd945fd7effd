"""What a new user trips on, tried as one would: through the real command line."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from archiver.cli import main
from archiver.clips.capture import CaptureOptions
from archiver.clips.recrawl import recrawl
from archiver.store.catalogue import open_catalogue

ARCHIVER = Path(sys.executable).parent / "archiver"


def run(archive: Path, *args: str):
    return CliRunner().invoke(main, ["--archive", str(archive), *args])


def clip_row(archive: Path, clip_id: str) -> dict:
    with open_catalogue(archive) as catalogue:
        return catalogue.db["clips"].get(clip_id)


def hours_between(earlier: str, later: str) -> float:
    start, end = dt.datetime.fromisoformat(earlier), dt.datetime.fromisoformat(later)
    return (end - start).total_seconds() / 3600


# -- re-crawls that fail ------------------------------------------------------------------


def test_a_failed_check_reads_as_failed_and_exits_1(site, archive_dir):
    url = site.jsonld_page("clip.html", "clip.mp4", site.media.clip)
    assert run(archive_dir, "capture", url).exit_code == 0
    site.fail("clip.html", 403, times=5)  # the platform refuses us: we cannot look
    result = run(archive_dir, "recrawl", "--all")
    assert result.exit_code == 1, result.output
    assert "check failed: blocked" in result.output
    assert "-> available" not in result.output  # the old message counted it as seen
    assert "1 check(s) failed" in result.output


def test_after_a_failed_check_the_next_follows_the_backoff(site, archive_dir):
    url = site.jsonld_page("clip.html", "clip.mp4", site.media.clip)  # posted in 2024
    [outcome] = run_capture(archive_dir, url)
    waits = []
    for _ in range(4):
        site.fail("clip.html", 503, times=10)  # a network failure, retried then given up
        with open_catalogue(archive_dir) as catalogue:
            catalogue.db.execute("UPDATE clips SET next_crawl_at = '2000-01-01T00:00:00+00:00'")
            [seen] = recrawl(catalogue, options=CaptureOptions(backoff=0.001, retries=1))
        assert not seen.looked and seen.status == "network"
        row = clip_row(archive_dir, outcome)
        latest = observations_at(archive_dir, outcome)[-1]
        waits.append(round(hours_between(latest, row["next_crawl_at"])))
    # 1 h, 6 h, 1 d, then 1 d, whatever the clip's age (its regular visit is weekly)
    assert waits == [1, 6, 24, 24]


def run_capture(archive: Path, url: str) -> list[str]:
    result = run(archive, "capture", "--json", url)
    assert result.exit_code == 0, result.output
    with open_catalogue(archive) as catalogue:
        return [row[0] for row in catalogue.db.execute("SELECT clip_id FROM clips")]


def observations_at(archive: Path, clip_id: str) -> list[str]:
    with open_catalogue(archive) as catalogue:
        return [
            row[0]
            for row in catalogue.db.execute(
                "SELECT observed_at FROM observations WHERE clip_id = ? ORDER BY observation_id",
                [clip_id],
            )
        ]


def test_a_linked_clip_is_watched_twice_as_often_from_its_first_capture(
    site, archive_dir, tmp_path
):
    url = site.jsonld_page("clip.html", "clip.mp4", site.media.clip)
    other = site.jsonld_page("other.html", "other.mp4", site.media.clip, name="Another clip")
    article = tmp_path / "story.txt"
    article.write_text("A video shared on TikTok shows a night shift in a factory.\n")
    manifest = tmp_path / "seed.yaml"
    manifest.write_text(
        textwrap.dedent(f"""\
        articles:
          - path: {article}
        clips:
          - {other}
        links:
          - claim: shows a night shift
            clip: {url}
        """)
    )
    result = run(archive_dir, "archive", "--no-transcribe", str(manifest))
    assert result.exit_code == 0, result.output
    with open_catalogue(archive_dir) as catalogue:
        rows = {
            row["title"]: hours_between(row["last_seen_at"], row["next_crawl_at"])
            for row in catalogue.db.query("SELECT * FROM clips")
        }
    # both were posted in 2024: weekly, and half that for the clip a claim rests on
    assert rows == {"Night shift in Chongqing": 84, "Another clip": 168}


# -- the archive job ------------------------------------------------------------------------


def test_a_source_that_does_not_exist_stops_the_job_before_it_starts(archive_dir, tmp_path):
    result = run(archive_dir, "archive", str(tmp_path / "nosuchfile.txt"))
    assert result.exit_code == 1
    assert "no such file" in result.output and "nothing was done" in result.output
    assert "claims" not in result.output  # no summary of stages that never ran
    assert not archive_dir.exists()


def test_the_summary_is_of_this_run_not_the_whole_archive(site, archive_dir, tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("A video shared on TikTok shows the fog over the river.\n")
    first = run(archive_dir, "archive", "--no-transcribe", "--json", str(article))
    assert first.exit_code == 0, first.output
    url = site.jsonld_page("clip.html", "clip.mp4", site.media.clip)
    clip_only = tmp_path / "clips.yaml"
    clip_only.write_text(f"clips:\n  - {url}\n")
    second = run(archive_dir, "archive", "--no-transcribe", str(clip_only))
    assert second.exit_code == 0, second.output
    lines = {" ".join(line.split("│")[1:2]).strip(): line for line in second.output.splitlines()}
    assert "│ 0 " in lines["articles read"] and "│ 0 " in lines["claims in them"]
    assert "│ 1 " in lines["clips captured"]


# -- small things that mislead ------------------------------------------------------------


def test_read_only_commands_never_create_an_archive(tmp_path):
    nowhere = tmp_path / "nowhere"
    for args in (["review"], ["review", "--confirm", "1"], ["status"], ["search", "x"]):
        result = run(nowhere, *args)
        assert result.exit_code == 1, (args, result.output)
        assert "no archive at" in result.output
        assert not nowhere.exists(), args


def test_search_says_when_nothing_matches_and_hits_open_the_clip_at_the_moment(archive_dir):
    from archiver.datasette.plugin import moment_path
    from archiver.speech.transcript import Segment, Transcript
    from archiver.store.transcripts import save_transcript

    clip_id = "generic:example.org/a clip/with?odd=chars"
    with open_catalogue(archive_dir) as catalogue, catalogue.write() as db:
        db["clips"].insert(
            {
                "clip_id": clip_id,
                "extractor": "generic",
                "platform_id": "1",
                "original_url": "x",
                "first_captured_at": "2025-01-01T00:00:00+00:00",
            }
        )
        db["media_files"].insert(
            {"sha256": "a" * 64, "kind": "audio", "path": "media/a", "bytes": 1, "created_at": "x"}
        )
        segment = Segment(3.125, 6.5, "we never know which floor we are on", [])
        said = Transcript("en", 1.0, "transcribe", "base", 10.0, 1.0, [segment])
        save_transcript(db, clip_id, "a" * 64, said, "whisper")
    none = run(archive_dir, "search", "zeppelin")
    assert none.exit_code == 0 and "No clip says or shows 'zeppelin'" in none.output
    found = run(archive_dir, "search", "which floor")
    assert found.exit_code == 0
    link = "http://127.0.0.1:8001" + moment_path(clip_id, 3.125)
    assert "0:03.1-0:06.5" in found.output and link in found.output


def test_help_starts_without_the_heavy_libraries():
    """`archiver --help` and a command's --help import neither yt-dlp, Whisper,
    Datasette nor sqlite-utils (bench/startup.py measures the time)."""
    heavy = ("yt_dlp", "faster_whisper", "datasette", "sqlite_utils", "trafilatura", "rich")
    code = textwrap.dedent(f"""\
        import sys
        from archiver.cli import main
        for args in (["--help"], ["capture", "--help"], ["transcribe", "--help"]):
            try:
                main(args)
            except SystemExit:
                pass
        print(sorted({{m.split(".")[0] for m in sys.modules}} & set({heavy!r})))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


# -- processes: the hint the demo prints, stopping a viewer ---------------------------------


def bare_environment() -> dict[str, str]:
    """No virtualenv on PATH, as in a new shell where it was never activated."""
    path = os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep) if ".venv" not in p)
    return {**os.environ, "PATH": path, "VIRTUAL_ENV": ""}


def test_the_printed_browse_command_works_without_the_virtualenv(site, archive_dir):
    from archiver.clips.unattended import archiver_executable

    # what the demo prints: the executable it runs as, usable from a bare shell
    command = archiver_executable()
    assert command.is_file() and os.access(command, os.X_OK)
    url = site.jsonld_page("clip.html", "clip.mp4", site.media.clip)
    assert run(archive_dir, "capture", url).exit_code == 0
    done = subprocess.run(
        [str(command), "--archive", str(archive_dir), "status"],
        env=bare_environment(),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_stopping_serve_just_stops(site, archive_dir, signum):
    url = site.jsonld_page("clip.html", "clip.mp4", site.media.clip)
    assert run(archive_dir, "capture", url).exit_code == 0
    server = subprocess.Popen(
        [str(ARCHIVER), "--archive", str(archive_dir), "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert "Serving" in server.stdout.readline()
        time.sleep(0.5)  # uvicorn's own handlers are in place
        server.send_signal(signum)
        output, _ = server.communicate(timeout=20)
    finally:
        server.kill()
    assert "run the same command again" not in output  # the batch jobs' message
    assert "Traceback" not in output
    if signum == signal.SIGINT:
        assert server.returncode == 0 and "Stopped serving." in output
