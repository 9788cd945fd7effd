"""`archiver verify`: prove that nothing stored was lost or silently changed.

Every file the catalogue lists is hashed again and compared with its recorded
sha256 and size; every file under media/ must be listed; every row's references
must resolve; and SQLite checks its own pages and full-text indexes. Nothing is
written: the archive opens read-only, so a write-protected backup verifies too.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from archiver.catalogue import Catalogue, writable
from archiver.media import sha256_of
from archiver.scratch import stale_scratch

FTS_TABLES = ("segments_fts", "segments_trigram", "segments_cjk")
# hashlib lets go of the GIL while it hashes, so a few threads keep disks and cores busy
HASH_THREADS = min(4, os.cpu_count() or 1)


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
    dangling: list[str] = field(default_factory=list)  # rows whose reference resolves to nothing
    database: list[str] = field(default_factory=list)  # SQLite's own integrity findings
    notes: list[str] = field(default_factory=list)  # worth knowing, not a problem

    @property
    def problems(self) -> int:
        return (
            len(self.missing)
            + len(self.corrupt)
            + len(self.unlisted)
            + len(self.dangling)
            + len(self.database)
        )

    @property
    def ok(self) -> bool:
        return self.problems == 0


def verify_archive(
    catalogue: Catalogue, on_file: Callable[[str], None] | None = None
) -> VerifyReport:
    """Check the whole archive; `on_file` hears each file as it is hashed."""
    report = VerifyReport(archive=str(catalogue.root))
    try:
        _check_database(catalogue, report)
        rows = [
            StoredFileRow(*row)
            for row in catalogue.db.execute(
                "SELECT sha256, path, bytes FROM media_files ORDER BY path"
            )
        ]
    except sqlite3.DatabaseError as error:  # too damaged to answer: say so, check no further
        report.database.append(f"the catalogue cannot be read: {error}")
        return report
    _check_files(catalogue.root, rows, report, on_file)
    listed = {row.path for row in rows}
    media_dir = catalogue.root / "media"
    if media_dir.is_dir():
        for path in sorted(media_dir.rglob("*")):
            relative = path.relative_to(catalogue.root).as_posix()
            if path.is_file() and relative not in listed:
                report.unlisted.append(relative)
    for entry in stale_scratch(catalogue.root / "tmp"):
        report.notes.append(
            f"{entry.relative_to(catalogue.root)} was left by a killed run; "
            "the next capture removes it"
        )
    return report


def _check_files(
    root: Path,
    rows: list[StoredFileRow],
    report: VerifyReport,
    on_file: Callable[[str], None] | None,
) -> None:
    def check(row: StoredFileRow) -> tuple[StoredFileRow, str | None, int | None]:
        path = root / row.path
        if not _inside(root, path) or not path.is_file():
            return row, None, None
        return row, sha256_of(path), path.stat().st_size

    with ThreadPoolExecutor(HASH_THREADS) as pool:
        for row, actual, size in pool.map(check, rows):
            if on_file:
                on_file(row.path)
            if actual is None or size is None:
                report.missing.append(row.path)
                continue
            report.files_checked += 1
            report.bytes_checked += size
            if actual != row.sha256 or size != row.bytes:
                report.corrupt.append(CorruptFile(row.path, row.sha256, actual, row.bytes, size))


def _inside(root: Path, path: Path) -> bool:
    """A listed path must stay in the archive, whatever a damaged row says."""
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


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
