"""`archiver backup DEST`: a consistent copy of the archive that is itself an archive.

The catalogue is copied with SQLite's online backup API, so a capture or re-crawl
may go on writing meanwhile: the copy is one moment's catalogue. The media files
that copy lists are then copied, each hashed on the way and checked against the
catalogue, so a file that rotted at the source is reported and never spreads into
the backup. A file already in DEST with the right hash is not copied again: the
store is content-addressed, so repeated backups to one place copy only what is new.

Order makes it safe to kill at any moment: new media is copied into DEST/tmp/ first
(where verify does not look), and only once every copy is whole are they renamed
into media/, then SHA256SUMS, then the catalogue is renamed over the old one. DEST
never holds a catalogue that lists files it lacks, and a killed backup leaves the
previous one verifying clean (but for the instant of those renames); the next
backup removes what a killed one left.

Only regular files are copied: a symlink or FIFO under the source's media/ is
reported and never followed or opened. A backup that would replace a catalogue
holding more rows than the copy (an emptied or foreign source) is refused unless
forced.

Restoring is a backup the other way: `archiver --archive DEST backup NEW_ARCHIVE`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from archiver.errors import BackupError
from archiver.store.catalogue import Catalogue
from archiver.store.fixity import StoredFileRow, files_under
from archiver.store.media import NotRegularFile, fsync_dir, open_regular, sha256_of
from archiver.store.scratch import make_scratch_dir, remove_stale_scratch, scratch_name

CATALOGUE = "catalogue.db"
CHECKSUMS = "SHA256SUMS"
CONFIG = "config.yaml"
_CHUNK = 1 << 20
# Copying waits on the disk (file creation, fsync) more than on the CPU: in
# bench/fixity.py 8-16 threads beat 2 on both large and small files.
COPY_THREADS = 8
_SCRATCH = re.compile(r"^\.[\w.-]+?-\d+-partial")  # store.scratch.scratch_name's names
# What a backup must not lose: fewer of these in the copy than in DEST is refused.
COUNTED_TABLES = (
    "articles",
    "claims",
    "clips",
    "captures",
    "observations",
    "media_files",
    "transcripts",
    "evidence",
)


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
    force: bool = False,
) -> BackupReport:
    """Copy the archive to `destination` (created if needed, updated if a backup);
    `on_start` hears how many files there are to copy, `on_file` each one done.
    `force` replaces a backup catalogue that holds more rows than this archive."""
    destination = Path(destination)
    _check_destination(catalogue.root, destination)
    destination.mkdir(parents=True, exist_ok=True)
    _remove_stale_copies(destination)
    report = BackupReport(destination=str(destination))
    snapshot = destination / scratch_name("catalogue")
    staging = make_scratch_dir(destination / "tmp", "backup")
    try:
        _snapshot_catalogue(catalogue, snapshot)
        if not force:
            _refuse_shrinking(destination / CATALOGUE, snapshot)
        rows = _listed_files(snapshot)
        regular, _ = files_under(catalogue.root, "media")
        if on_start:
            on_start(len(rows))

        def copy(row: StoredFileRow) -> tuple[StoredFileRow, str]:
            if row.path not in regular and (catalogue.root / row.path).is_symlink():
                return row, "a symbolic link, not a regular file; not followed or copied"
            if row.path not in regular and os.path.lexists(catalogue.root / row.path):
                return row, "not a regular file inside the archive; not opened or copied"
            return row, _copy_verified(catalogue.root, destination, staging, row)

        staged: list[StoredFileRow] = []
        with ThreadPoolExecutor(COPY_THREADS) as pool:
            for row, outcome in pool.map(copy, rows):
                if on_file:
                    on_file(row.path)
                if outcome == "copied":
                    staged.append(row)
                    report.files_copied += 1
                    report.bytes_copied += row.bytes
                elif outcome == "already there":
                    report.files_already_there += 1
                else:
                    report.problems.append(f"{row.path}: {outcome}")
        # every copy is whole: only now do they enter DEST/media, just before the
        # catalogue that lists them
        for row in staged:
            target = destination / row.path
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / row.sha256, target)
        for folder in {(destination / row.path).parent for row in staged}:
            fsync_dir(folder)
        _write_atomically(destination / CHECKSUMS, _checksums(rows).encode())
        config = catalogue.root / CONFIG
        if config.is_file() and not config.is_symlink():
            _write_atomically(destination / CONFIG, config.read_bytes())
        os.replace(snapshot, destination / CATALOGUE)
        fsync_dir(destination)
    finally:
        snapshot.unlink(missing_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
        with contextlib.suppress(OSError):
            (destination / "tmp").rmdir()  # only when empty: a backup needs no tmp/
    return report


def _row_counts(db_path: Path) -> dict[str, int] | None:
    """Rows in each counted table of the catalogue at `db_path`; None when it is not
    an archive's catalogue (empty, foreign or unreadable)."""
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
        if "_sqlite_migrations" not in tables:
            return None
        return {
            table: conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            for table in COUNTED_TABLES
            if table in tables
        }
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _refuse_shrinking(existing: Path, snapshot: Path) -> None:
    """A backup must not replace a catalogue holding more than the copy: the source
    may have been emptied or swapped (a zero-byte catalogue.db, another archive)."""
    if not existing.is_file():
        return
    old = _row_counts(existing)
    if old is None:
        if existing.stat().st_size == 0:
            return  # nothing there to lose
        raise BackupError(
            f"{existing} is not an archive's catalogue: not replaced "
            "(`archiver backup --force` replaces it)"
        )
    new = _row_counts(snapshot) or {}
    fewer = [table for table, count in old.items() if new.get(table, 0) < count]
    if fewer:
        shown = ", ".join(f"{table} {old[table]} -> {new.get(table, 0)}" for table in fewer)
        raise BackupError(
            f"the backup at {existing.parent} holds more than this archive ({shown}): "
            "this archive may be damaged or another one, so the backup was left as it "
            "was. `archiver backup --force` replaces it"
        )


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
    if target.is_dir() and not (target / CATALOGUE).is_file():
        # a first backup killed before its catalogue arrived leaves only these
        ours = {"tmp", "media", CHECKSUMS, CONFIG}
        others = [p for p in target.iterdir() if p.name not in ours and not _SCRATCH.match(p.name)]
        if others:
            raise BackupError(
                f"{destination} holds other files and is not an archive: pick another"
            )


def _remove_stale_copies(destination: Path) -> None:
    """What a killed backup left: its catalogue copy and its staged files (and, from
    versions that copied straight into media/, half-copied files there)."""
    remove_stale_scratch(destination)
    remove_stale_scratch(destination / "tmp")
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


def _copy_verified(source_root: Path, destination: Path, staging: Path, row: StoredFileRow) -> str:
    """'copied' (into `staging`, named by its sha256), 'already there', or what is
    wrong with the source file."""
    if Path(row.path).is_absolute() or ".." in Path(row.path).parts:
        return "its path leaves the archive; not copied"
    source, target = source_root / row.path, destination / row.path
    if _holds(target, row):
        return "already there"
    partial = staging / row.sha256
    digest = hashlib.sha256()
    try:
        with open_regular(source) as reader, partial.open("wb") as writer:
            while chunk := reader.read(_CHUNK):
                digest.update(chunk)
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
    except NotRegularFile as error:
        partial.unlink(missing_ok=True)
        return f"{error.strerror}; not copied"
    except FileNotFoundError:
        partial.unlink(missing_ok=True)
        return "missing from the archive; not copied"
    if digest.hexdigest() != row.sha256:
        partial.unlink(missing_ok=True)
        return f"its sha256 is now {digest.hexdigest()}, not {row.sha256}; not copied"
    return "copied"


def _holds(target: Path, row: StoredFileRow) -> bool:
    """Whether DEST already has this file whole (a regular file, the right bytes)."""
    try:
        return target.lstat().st_size == row.bytes and (
            sha256_of(target, regular_only=True) == row.sha256
        )
    except OSError:
        return False


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
