"""`archiver verify`: prove that nothing stored was lost or silently changed.

Every file the catalogue lists is hashed again and compared with its recorded
sha256 and size; every file under media/ must be listed; every row's references
must resolve; and SQLite checks its own pages and full-text indexes. Nothing is
written: the archive opens read-only, so a write-protected backup verifies too.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from archiver.interrupt import stop_point, stop_requested
from archiver.store.catalogue import Catalogue, writable
from archiver.store.media import NotRegularFile, describe_entry, sha256_of
from archiver.store.scratch import stale_scratch

FTS_TABLES = ("segments_fts", "segments_trigram", "segments_cjk")
# hashlib lets go of the GIL while it hashes, so a few threads keep disks and cores busy
HASH_THREADS = min(4, os.cpu_count() or 1)
HASH_BATCH = 256
THREADED_MEAN_BYTES = 256 * 1024


@dataclass(frozen=True)
class StoredFileRow:
    sha256: str
    path: str
    bytes: int


@dataclass(frozen=True)
class CorruptFile:
    path: str
    expected_sha256: str
    actual_sha256: str
    expected_bytes: int
    actual_bytes: int


@dataclass
class VerifyReport:
    archive: str
    files_checked: int = 0
    bytes_checked: int = 0
    missing: list[str] = field(default_factory=list)  # listed, not on disk
    corrupt: list[CorruptFile] = field(default_factory=list)  # on disk, other bytes
    unlisted: list[str] = field(default_factory=list)  # on disk under media/, no row
    # under media/, not a regular file (a symlink, a FIFO, ...): reported, never opened
    not_regular: list[str] = field(default_factory=list)
    dangling: list[str] = field(default_factory=list)  # rows whose reference resolves to nothing
    database: list[str] = field(default_factory=list)  # SQLite's own integrity findings
    notes: list[str] = field(default_factory=list)  # worth knowing, not a problem

    @property
    def problems(self) -> int:
        return (
            len(self.missing)
            + len(self.corrupt)
            + len(self.unlisted)
            + len(self.not_regular)
            + len(self.dangling)
            + len(self.database)
        )

    @property
    def ok(self) -> bool:
        return self.problems == 0


def verify_archive(
    catalogue: Catalogue,
    on_file: Callable[[str], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> VerifyReport:
    """Check the whole archive; `on_start` hears how many files the catalogue lists,
    `on_file` each file as it is hashed."""
    report = VerifyReport(archive=str(catalogue.root))
    try:
        _check_database(catalogue, report)
        rows = catalogue.db.execute("SELECT sha256, path, bytes FROM media_files ORDER BY path")
        rows = [StoredFileRow(*row) for row in rows]
        if on_start:
            on_start(len(rows))
    except sqlite3.DatabaseError as error:  # too damaged to answer: say so, check no further
        report.database.append(f"the catalogue cannot be read: {error}")
        return report
    on_disk, odd = files_under(catalogue.root, "media")
    report.not_regular = [f"{path}: {what}; not opened" for path, what in odd.items()]
    _check_files(catalogue.root, rows, on_disk, report, on_file)
    listed = {row.path for row in rows}
    report.unlisted = sorted(path for path in on_disk if path not in listed)
    for entry in stale_scratch(catalogue.root / "tmp"):
        report.notes.append(
            f"{entry.relative_to(catalogue.root)} was left by a killed run; "
            "the next capture removes it"
        )
    return report


def files_under(root: Path, folder: str) -> tuple[dict[str, int], dict[str, str]]:
    """Regular files under root/folder, as archive-relative paths with their sizes,
    and every other entry there (symlinks, FIFOs, sockets, devices, linked folders)
    with what it is. Nothing is followed or opened: whatever is found lies inside
    the archive, and a FIFO cannot block the walk. A listed path not found among the
    regular files is missing, whatever a damaged row says."""
    found: dict[str, int] = {}
    odd: dict[str, str] = {}
    top = root / folder
    if top.is_symlink() or (top.exists() and not top.is_dir()):
        return found, {folder: describe_entry(top.lstat().st_mode)}
    for directory, subfolders, names in os.walk(top):
        relative = Path(directory).relative_to(root).as_posix()
        for name in [*names, *subfolders]:
            try:
                mode = os.lstat(os.path.join(directory, name))
            except OSError:  # gone since the listing
                continue
            if stat.S_ISREG(mode.st_mode):
                found[f"{relative}/{name}"] = mode.st_size
            elif not stat.S_ISDIR(mode.st_mode):  # os.walk lists linked folders too
                odd[f"{relative}/{name}"] = describe_entry(mode.st_mode)
    return found, odd


def _check_files(
    root: Path,
    rows: list[StoredFileRow],
    on_disk: dict[str, int],
    report: VerifyReport,
    on_file: Callable[[str], None] | None,
) -> None:
    def check(row: StoredFileRow) -> str | None:
        if row.path not in on_disk or stop_requested():
            return None
        try:
            return sha256_of(root / row.path, regular_only=True)
        except NotRegularFile:  # swapped for a link or a FIFO since the walk
            return None
        except OSError:  # gone since the walk, or unreadable
            return None

    with ThreadPoolExecutor(HASH_THREADS) as pool:
        try:
            # in bounded batches: mapping a million rows at once would queue a million tasks
            for start in range(0, len(rows), HASH_BATCH):
                batch = rows[start : start + HASH_BATCH]
                # Threads pay off on big files; on small ones handing each to a thread
                # costs more than hashing it (bench/fixity.py).
                sizes = [on_disk.get(row.path, 0) for row in batch]
                threaded = sum(sizes) >= THREADED_MEAN_BYTES * len(batch)
                hashes = pool.map(check, batch) if threaded else map(check, batch)
                for row, actual in zip(batch, hashes, strict=True):
                    stop_point()  # Ctrl-C or SIGTERM stops a long verify between files
                    if on_file:
                        on_file(row.path)
                    if actual is None:
                        report.missing.append(row.path)
                        continue
                    size = on_disk[row.path]
                    report.files_checked += 1
                    report.bytes_checked += size
                    if actual != row.sha256 or size != row.bytes:
                        corrupt = CorruptFile(row.path, row.sha256, actual, row.bytes, size)
                        report.corrupt.append(corrupt)
        except BaseException:
            # a stop signal: hash no more of the queued files, leave at once
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _check_database(catalogue: Catalogue, report: VerifyReport) -> None:
    db = catalogue.db
    findings = [row[0] for row in db.execute("PRAGMA integrity_check")]
    report.database.extend(finding for finding in findings if finding != "ok")
    if report.database:
        return  # a damaged file makes every later query doubtful
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        key = _key_of(db, table, rowid)
        report.dangling.append(f"{table} {key} points to a row missing from {parent}")
    _check_full_text(catalogue, report)


def _key_of(db, table: str, rowid: int) -> str:
    """The row's primary key as a reader would name it (rowid tables have no other)."""
    columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")') if row[5]]
    if not columns:
        return f"rowid {rowid}"
    names = ", ".join(f'"{column}"' for column in columns)
    values = db.execute(f'SELECT {names} FROM "{table}" WHERE rowid = ?', [rowid]).fetchone()
    if values is None:  # WITHOUT ROWID table: foreign_key_check gives no rowid
        return "(a row)"
    return ", ".join(f"{column}={value!r}" for column, value in zip(columns, values, strict=True))


def _check_full_text(catalogue: Catalogue, report: VerifyReport) -> None:
    """FTS5's own check; SQLite runs it only on a connection that may write, though it
    writes nothing, so it is skipped on a read-only archive."""
    db_path = catalogue.root / "catalogue.db"
    if not writable(db_path) or not writable(catalogue.root):
        report.notes.append("full-text indexes not checked: the archive is read-only")
        return
    conn = sqlite3.connect(db_path, timeout=60)
    try:
        for table in FTS_TABLES:
            try:
                conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
            except sqlite3.OperationalError as error:
                if "no such table" not in str(error):
                    report.database.append(f"full-text index {table}: {error}")
    finally:
        conn.close()
