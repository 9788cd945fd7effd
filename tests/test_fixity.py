"""`archiver verify` finds exactly what was lost or changed; `archiver backup` copies an
archive that verifies, copies only what is new, never spreads a damaged file, and
restores the same way."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import archiver.store.backup
from archiver.cli import main
from archiver.store.media import sha256_of
from archiver.store.scratch import (
    make_scratch_dir,
    remove_stale_scratch,
    stale_scratch,
    system_scratch_dir,
)
from tests.support.snapshot import differences, snapshot


def run_cli(archive: Path, *args: str):
    return CliRunner().invoke(main, ["--archive", str(archive), *args])


def verify_json(archive: Path) -> tuple[int, dict]:
    result = run_cli(archive, "verify", "--json")
    return result.exit_code, json.loads(result.stdout)


def stored_files(archive: Path) -> dict[str, str]:
    with sqlite3.connect(archive / "catalogue.db") as conn:
        return dict(conn.execute("SELECT path, kind FROM media_files ORDER BY path"))


def flip_a_byte(path: Path, offset: int = 100) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def a_dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def archive(site, archive_dir) -> Path:
    """Two clips with different media: audio and thumbnails, three files in all
    (--audio-only keeps the count small; test_a_kept_video_... covers the rest)."""
    urls = [
        site.jsonld_page("one.html", "one.mp4", site.media.clip),
        site.jsonld_page("two.html", "two.mp4", site.media.other_clip),
    ]
    result = run_cli(archive_dir, "capture", "--audio-only", *urls)
    assert result.exit_code == 0, result.output
    assert len(stored_files(archive_dir)) == 3  # one thumbnail image serves both
    return archive_dir


def test_a_sound_archive_verifies(archive):
    result = run_cli(archive, "verify")
    assert result.exit_code == 0, result.output
    assert "OK" in result.output and "3 file(s)" in result.output
    code, report = verify_json(archive)
    assert code == 0 and report["files_checked"] == 3
    assert report["missing"] == report["corrupt"] == report["unlisted"] == []


def test_a_kept_video_its_keyframes_and_contact_sheet_are_verified(site, archive_dir):
    url = site.jsonld_page("seen.html", "seen.mp4", site.media.clip)
    assert run_cli(archive_dir, "capture", url).exit_code == 0
    files = stored_files(archive_dir)
    frames = [path for path, kind in files.items() if kind == "keyframe"]
    assert {"video", "contact_sheet", "keyframe"} <= set(files.values()) and frames
    code, report = verify_json(archive_dir)
    assert code == 0 and report["files_checked"] == len(files)
    flip_a_byte(archive_dir / frames[0])
    (archive_dir / next(p for p, kind in files.items() if kind == "contact_sheet")).unlink()
    with sqlite3.connect(archive_dir / "catalogue.db") as conn:
        conn.execute(
            "INSERT INTO keyframes (video_sha256, sha256, seconds, reason) "
            "VALUES (?, ?, 99, 'floor')",
            ["e" * 64, "f" * 64],
        )
    code, report = verify_json(archive_dir)
    assert code == 1
    assert [corrupt["path"] for corrupt in report["corrupt"]] == [frames[0]]
    assert [Path(path).suffix for path in report["missing"]] == [".jpg"]
    assert len([d for d in report["dangling"] if d.startswith("keyframes ")]) == 2


def test_one_flipped_byte_is_reported_and_nothing_else(archive):
    files = stored_files(archive)
    audio = next(path for path, kind in files.items() if kind == "audio")
    flip_a_byte(archive / audio)
    code, report = verify_json(archive)
    assert code == 1
    [corrupt] = report["corrupt"]
    assert corrupt["path"] == audio
    assert corrupt["actual_sha256"] == sha256_of(archive / audio) != corrupt["expected_sha256"]
    assert report["missing"] == report["unlisted"] == report["dangling"] == []
    assert report["database"] == [] and report["files_checked"] == 3
    assert audio in run_cli(archive, "verify").output


def test_missing_unlisted_and_dangling_are_each_reported(archive):
    files = sorted(stored_files(archive))
    (archive / files[0]).unlink()
    stray = archive / "media" / "00" / "00" / "stray.bin"
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"not catalogued")
    with sqlite3.connect(archive / "catalogue.db") as conn:  # foreign keys off by default
        clip_id = conn.execute("SELECT clip_id FROM clips LIMIT 1").fetchone()[0]
        conn.execute(
            "INSERT INTO clip_media (clip_id, sha256, kind) VALUES (?, ?, 'video')",
            [clip_id, "f" * 64],
        )
    code, report = verify_json(archive)
    assert code == 1
    assert report["missing"] == [files[0]]
    assert report["unlisted"] == ["media/00/00/stray.bin"]
    [dangling] = report["dangling"]
    assert "clip_media" in dangling and "f" * 64 in dangling and "media_files" in dangling
    assert report["corrupt"] == []


def test_a_damaged_catalogue_is_a_problem_not_a_crash(archive):
    db = archive / "catalogue.db"
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    data = bytearray(db.read_bytes())
    page = len(data) // pages
    data[page * 3 : page * 3 + 200] = b"\xff" * 200  # scribble over a b-tree page
    db.write_bytes(bytes(data))
    result = run_cli(archive, "verify")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "database" in result.output or "malformed" in result.output


def test_verify_does_not_create_an_archive(tmp_path):
    result = run_cli(tmp_path / "typo", "verify")
    assert result.exit_code == 1 and "no archive at" in result.output
    assert not (tmp_path / "typo").exists()


# -- backup and restore -------------------------------------------------------------------


def test_backup_verifies_and_restores_to_the_same_archive(archive, tmp_path, site):
    backup = tmp_path / "backup"
    result = run_cli(archive, "backup", str(backup))
    assert result.exit_code == 0, result.output
    assert "3 file(s) copied" in result.output
    assert run_cli(backup, "verify").exit_code == 0
    assert differences(snapshot(archive / "catalogue.db"), snapshot(backup / "catalogue.db")) == []
    # the checksums can be checked without archiver, with coreutils
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=backup, capture_output=True)
    assert check.returncode == 0 and check.stdout.count(b": OK") == 3
    # on read-only media it opens without a -wal beside it
    with sqlite3.connect(backup / "catalogue.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"

    # restore: a backup the other way, into a new archive that works as the old one did
    restored = tmp_path / "restored"
    result = run_cli(backup, "backup", str(restored))
    assert result.exit_code == 0, result.output
    assert run_cli(restored, "verify").exit_code == 0
    assert (
        differences(snapshot(archive / "catalogue.db"), snapshot(restored / "catalogue.db")) == []
    )
    more = site.jsonld_page("three.html", "three.mp4", site.media.clip)
    assert run_cli(restored, "capture", more).exit_code == 0
    status = json.loads(run_cli(restored, "status", "--json").stdout)
    assert status["clips"] == 3


def test_a_second_backup_copies_only_what_is_new(archive, tmp_path, site):
    backup = tmp_path / "backup"
    assert run_cli(archive, "backup", str(backup)).exit_code == 0
    again = run_cli(archive, "backup", str(backup))
    assert again.exit_code == 0
    assert "0 file(s) copied" in again.output and "3 already in the backup" in again.output
    silent = site.jsonld_page("silent.html", "silent.mp4", site.media.silent_video)
    loud = site.add_file("loud.mp4", site.media.clip)
    run_cli(archive, "capture", silent, loud)
    third = run_cli(archive, "backup", str(backup))
    assert third.exit_code == 0, third.output
    assert "already in the backup" in third.output
    assert run_cli(backup, "verify").exit_code == 0
    assert set(stored_files(backup)) == set(stored_files(archive))


def test_a_damaged_source_file_never_replaces_a_good_backup_copy(archive, tmp_path):
    backup = tmp_path / "backup"
    assert run_cli(archive, "backup", str(backup)).exit_code == 0
    audio = next(path for path, kind in stored_files(archive).items() if kind == "audio")
    good = (backup / audio).read_bytes()
    flip_a_byte(archive / audio)
    (backup / audio).unlink()  # even when the backup lost its copy, the bad one is refused
    result = run_cli(archive, "backup", str(backup))
    assert result.exit_code == 1
    assert "not backed up" in result.output and "not copied" in result.output
    assert not (backup / audio).exists()
    (backup / audio).write_bytes(good)
    assert run_cli(backup, "verify").exit_code == 0


def test_an_interrupted_backup_leaves_the_previous_one_whole(archive, tmp_path, monkeypatch, site):
    backup = tmp_path / "backup"
    assert run_cli(archive, "backup", str(backup)).exit_code == 0
    before = snapshot(backup / "catalogue.db")
    run_cli(archive, "capture", site.jsonld_page("new.html", "new.mp4", site.media.silent_video))

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(archiver.store.backup, "_copy_verified", fail)
    result = run_cli(archive, "backup", str(backup))
    assert result.exit_code == 1 and "backup failed" in result.output
    assert differences(before, snapshot(backup / "catalogue.db")) == []
    assert run_cli(backup, "verify").exit_code == 0
    # what a killed backup leaves (scratch named by a dead pid) the next one removes
    leftover = backup / "media" / "ab" / f".copyab12-{a_dead_pid()}-partial"
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_bytes(b"half a file")
    monkeypatch.undo()
    assert run_cli(archive, "backup", str(backup)).exit_code == 0
    assert not leftover.exists()
    assert run_cli(backup, "verify").exit_code == 0


def test_backup_goes_on_while_another_process_writes(archive, tmp_path):
    writer = sqlite3.connect(archive / "catalogue.db", isolation_level=None, timeout=1)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO runs (command, started_at) VALUES ('elsewhere', 'now')")
    try:
        result = run_cli(archive, "backup", str(tmp_path / "backup"))
    finally:
        writer.execute("COMMIT")
        writer.close()
    assert result.exit_code == 0, result.output
    with sqlite3.connect(tmp_path / "backup" / "catalogue.db") as conn:
        commands = [row[0] for row in conn.execute("SELECT command FROM runs")]
    assert "elsewhere" not in commands  # the copy is one committed moment


@pytest.mark.parametrize(
    ("where", "code", "message"),
    [("inside", 1, "outside the archive"), ("a file", 2, "is a file"), ("busy", 1, "in use")],
)
def test_backup_refuses_a_bad_destination(archive, tmp_path, where, code, message):
    destination = {
        "inside": archive / "media" / "backup",
        "a file": tmp_path / "file",
        "busy": tmp_path / "busy",
    }[where]
    if where == "a file":
        destination.write_text("x")
    if where == "busy":
        destination.mkdir()
        (destination / "catalogue.db").write_bytes(b"")
        (destination / "catalogue.db-wal").write_bytes(b"log")
    result = run_cli(archive, "backup", str(destination))
    assert result.exit_code == code and message in result.output, result.output


# -- scratch files of killed processes ------------------------------------------------------


def test_only_scratch_of_dead_processes_is_removed(tmp_path):
    mine = make_scratch_dir(tmp_path, "capture")
    dead = tmp_path / f"capture-{a_dead_pid()}-xyz"
    dead.mkdir()
    (dead / "half.mp4").write_bytes(b"half")
    other = tmp_path / "not-scratch"
    other.mkdir()
    assert stale_scratch(tmp_path) == [dead]
    assert remove_stale_scratch(tmp_path) == [dead]
    assert mine.exists() and other.exists() and not dead.exists()
    assert os.getpid() == int(mine.name.split("-")[1])


def test_a_workers_system_scratch_is_removed_and_so_is_a_killed_ones(tmp_path, monkeypatch):
    # Transcribing and reading frames write into the system's temporary folder; a
    # worker killed mid-task leaves its folder behind, and the next one clears it.
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    killed = tmp_path / f"archiver-audio-{a_dead_pid()}-abcd"
    killed.mkdir()
    (killed / "clip.m4a").write_bytes(b"audio")
    unrelated = tmp_path / "archiver-audio-notes"
    unrelated.mkdir()
    no_pid = tmp_path / f"archiver-audio-{'9' * 30}-x"  # (no process has such a number)
    no_pid.write_bytes(b"")
    with system_scratch_dir("archiver-audio") as folder:
        assert folder.parent == tmp_path and folder.is_dir()
        (folder / "clip.m4a").write_bytes(b"audio")
        assert not killed.exists()
    assert not folder.exists() and unrelated.exists() and no_pid.exists()
