"""`archiver backup DEST`: a consistent copy of the archive that is itself an archive.

The catalogue is copied with SQLite's online backup API, so a capture or re-crawl
may go on writing meanwhile: the copy is one moment's catalogue. The media files
that copy lists are then copied, each hashed on the way and checked against the
catalogue, so a file that rotted at the source is reported and never spreads into
the backup. A file already in DEST with the right hash is not copied again: the
store is content-addressed, so repeated backups to one place copy only what is new.

Order makes it safe to kill at any moment: media first, each renamed into place
when whole, then SHA256SUMS, then the catalogue, renamed over the old one last.
DEST therefore never holds a catalogue that lists files it lacks.

Restoring is a backup the other way: `archiver --archive DEST backup NEW_ARCHIVE`.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from archiver.errors import BackupError
from archiver.store.catalogue import Catalogue
from archiver.store.fixity import StoredFileRow
from archiver.store.media import fsync_dir, sha256_of
from archiver.store.scratch import remove_stale_scratch, scratch_name

CATALOGUE = "catalogue.db"
CHECKSUMS = "SHA256SUMS"
CONFIG = "config.yaml"
_CHUNK = 1 << 20
# Copying waits on the disk (file creation, fsync) more than on the CPU: in
# bench/fixity.py 8-16 threads beat 2 on both large and small files.
COPY_THREADS = 8


@dataclass
class BackupReport:
    destination: str
    files_copied: int = 0
    bytes_copied: int = 0
    files_already_there: int = 0
    problems: list[str] = field(default_factory=list)  # source files not copied, and why

    @property
    def ok(self) -> bool:
        return not self.problems


def backup_archive(
    catalogue: Catalogue,
    destination: Path,
    on_file: Callable[[str], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> BackupReport:
    """Copy the archive to `destination` (created if needed, updated if a backup);
    `on_start` hears how many files there are to copy, `on_file` each one done."""
    destination = Path(destination)
    _check_destination(catalogue.root, destination)
    destination.mkdir(parents=True, exist_ok=True)
    _remove_stale_copies(destination)
    report = BackupReport(destination=str(destination))
    snapshot = destination / scratch_name("catalogue")
    try:
        _snapshot_catalogue(catalogue, snapshot)
        rows = _listed_files(snapshot)
        if on_start:
            on_start(len(rows))

        def copy(row: StoredFileRow) -> tuple[StoredFileRow, str]:
            return row, _copy_verified(catalogue.root, destination, row)

        with ThreadPoolExecutor(COPY_THREADS) as pool:
            for row, outcome in pool.map(copy, rows):
                if on_file:
                    on_file(row.path)
                if outcome == "copied":
                    report.files_copied += 1
                    report.bytes_copied += row.bytes
                elif outcome == "already there":
                    report.files_already_there += 1
                else:
                    report.problems.append(f"{row.path}: {outcome}")
        _write_atomically(destination / CHECKSUMS, _checksums(rows).encode())
        config = catalogue.root / CONFIG
        if config.is_file():
            _write_atomically(destination / CONFIG, config.read_bytes())
        os.replace(snapshot, destination / CATALOGUE)
        fsync_dir(destination)
    finally:
        snapshot.unlink(missing_ok=True)
    return report


def _check_destination(source: Path, destination: Path) -> None:
    source, target = source.resolve(), destination.resolve()
    if target == source or source in target.parents:
        raise BackupError(f"the backup must go outside the archive it copies ({source})")
    if target.exists() and not target.is_dir():
        raise BackupError(f"{destination} exists and is not a folder")
    if (target / f"{CATALOGUE}-wal").exists():
        # Its log belongs to the catalogue we would replace: SQLite would apply it to
        # the new one. A clean close removes it, so the backup is open or was killed.
        raise BackupError(
            f"{destination / CATALOGUE} is in use, or was not closed cleanly: close what "
            "has it open (or open it once with `archiver --archive DEST status`), then retry"
        )
    if target.is_dir() and any(target.iterdir()) and not (target / CATALOGUE).is_file():
        raise BackupError(f"{destination} holds other files and is not an archive: pick another")


def _remove_stale_copies(destination: Path) -> None:
    """What a killed backup left: its catalogue copy and half-copied files."""
    remove_stale_scratch(destination)
    media = destination / "media"
    if media.is_dir():
        for folder in [media, *(path for path in media.rglob("*") if path.is_dir())]:
            remove_stale_scratch(folder)


def _snapshot_catalogue(catalogue: Catalogue, snapshot: Path) -> None:
    copy = sqlite3.connect(snapshot)
    try:
        catalogue.db.conn.backup(copy)
        # A rollback journal, not WAL: the backup then opens on read-only media with
        # no -wal/-shm files beside it.
        copy.execute("PRAGMA journal_mode = DELETE")
        findings = [row[0] for row in copy.execute("PRAGMA integrity_check")]
        if findings != ["ok"]:
            raise BackupError(f"the catalogue copy failed its integrity check: {findings[:3]}")
        copy.commit()
    finally:
        copy.close()
    with snapshot.open("rb+") as handle:
        os.fsync(handle.fileno())


def _listed_files(snapshot: Path) -> list[StoredFileRow]:
    conn = sqlite3.connect(f"{snapshot.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT sha256, path, bytes FROM media_files ORDER BY path")
        return [StoredFileRow(*row) for row in rows]
    finally:
        conn.close()


def _copy_verified(source_root: Path, destination: Path, row: StoredFileRow) -> str:
    """'copied', 'already there', or what is wrong with the source file."""
    if Path(row.path).is_absolute() or ".." in Path(row.path).parts:
        return "its path leaves the archive; not copied"
    source, target = source_root / row.path, destination / row.path
    if target.is_file() and target.stat().st_size == row.bytes and sha256_of(target) == row.sha256:
        return "already there"
    if not source.is_file():
        return "missing from the archive; not copied"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.parent / scratch_name(f"copy{row.sha256[:16]}")
    digest = hashlib.sha256()
    try:
        with source.open("rb") as reader, partial.open("wb") as writer:
            while chunk := reader.read(_CHUNK):
                digest.update(chunk)
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        if digest.hexdigest() != row.sha256:
            return f"its sha256 is now {digest.hexdigest()}, not {row.sha256}; not copied"
        os.replace(partial, target)
        fsync_dir(target.parent)
    finally:
        partial.unlink(missing_ok=True)
    return "copied"


def _checksums(rows: list[StoredFileRow]) -> str:
    """In `sha256sum -c` format, so the media can be checked without archiver."""
    return "".join(f"{row.sha256}  {row.path}\n" for row in rows)


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.parent / scratch_name(path.name)
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
