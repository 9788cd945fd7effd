"""The archive directory and its SQLite catalogue.

One archive directory holds `catalogue.db` and `media/`. Every write goes through
`Catalogue.write()`, which takes SQLite's write lock up front (BEGIN IMMEDIATE):
two processes then queue on the busy timeout instead of deadlocking, which a
read-then-write deferred transaction can do under WAL.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from archiver.errors import ArchiverError, CatalogueError, DiskFull, is_disk_full
from archiver.store import migrations
from archiver.text import shorten

DEFAULT_ARCHIVE = "archive"
BUSY_TIMEOUT_SECONDS = 60
LOCK_ATTEMPTS = 10  # each after a full busy timeout
# Below this much free space, an error opening the catalogue is taken for a full disk.
FULL_DISK_BYTES = 1024 * 1024


def resolve_archive_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """--archive beats ARCHIVER_HOME beats ./archive."""
    return Path(option or os.environ.get("ARCHIVER_HOME") or DEFAULT_ARCHIVE)


class Catalogue:
    """An open archive: the catalogue database plus the folders beside it."""

    def __init__(self, root: Path, db: Database):
        self.root = root
        self.db = db

    @classmethod
    def in_memory(cls, root: Path | None = None) -> Catalogue:
        """A catalogue held in memory with the current schema: for tests of what the
        stages write, without files. `root` is where media would go."""
        db = Database(_connect(":memory:"))
        migrations.apply(db)
        return cls(root or Path("archive-in-memory"), db)

    @property
    def config_path(self) -> Path:
        return self.root / "config.yaml"

    @property
    def media_dir(self) -> Path:
        return self.root / "media"

    @property
    def tmp_dir(self) -> Path:
        return self.root / "tmp"

    @property
    def models_dir(self) -> Path:
        return self.root / "models"

    @contextlib.contextmanager
    def write(self) -> Iterator[Database]:
        """One write transaction; nested calls become savepoints of the outer one."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        _begin_immediate(conn)
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _begin_immediate(conn: sqlite3.Connection) -> None:
    """Take the write lock, waiting out other writers. The busy timeout already waits;
    past it (a very long writer elsewhere) we keep waiting rather than let SQLITE_BUSY
    reach the user, since every writer here holds the lock only briefly."""
    for attempt in range(LOCK_ATTEMPTS):
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
            if attempt == LOCK_ATTEMPTS - 1:
                raise CatalogueError(f"the catalogue stayed locked: {error}") from error
            time.sleep(min(0.05 * 2**attempt, 2.0))


def open_catalogue(
    root: str | os.PathLike[str] | None = None,
    *,
    read_only: bool = False,
    create: bool = True,
) -> Catalogue:
    """Open the archive at `root` and bring its schema up to date, creating it if needed.

    `read_only` opens an existing archive without writing to it (no folders, no
    migrations, never a new archive), so status, search, export, verify and backup
    also work on an archive the user may not change, such as a backup on
    write-protected media. `create=False` writes to an archive that must already be
    one. Only a creating open turns an absent or empty catalogue.db into an archive;
    an SQLite file archiver did not make is refused by every open, never added to."""
    root_path = resolve_archive_dir(root)
    db_path = root_path / "catalogue.db"
    if read_only:
        catalogue = Catalogue(root_path, Database(_connect_read_only(root_path)))
    else:
        _check_writable(root_path)
        if not create and not db_path.is_file():
            raise CatalogueError(f"there is no archive at {root_path} (no catalogue.db)")
        try:
            if create:
                root_path.mkdir(parents=True, exist_ok=True)
            # the catalogue before media/ and tmp/: a foreign file is refused first
            conn = _connect(db_path)
            catalogue = Catalogue(root_path, Database(conn))
        except (OSError, sqlite3.DatabaseError) as error:
            raise _unusable(db_path, error, "cannot open the archive at") from error
    try:
        _refuse_foreign(catalogue.db, db_path, may_start=create and not read_only)
        _refuse_newer_schema(catalogue.db, db_path)
        pending = migrations.migrations.pending(catalogue.db)
        if pending and read_only:
            why = "this command only reads" if writable(root_path) else "its folder is read-only"
            raise CatalogueError(
                f"{db_path} needs a schema upgrade ({pending[0].name}), and {why}: run a "
                "command that writes to it once (e.g. `archiver recrawl --due`), where its "
                "folder may be written; nothing was changed"
            )
        if not read_only:
            catalogue.db.execute("PRAGMA journal_mode = WAL")
            catalogue.db.execute("PRAGMA synchronous = NORMAL")
            for folder in (root_path / "media", root_path / "tmp"):
                folder.mkdir(parents=True, exist_ok=True)
        if pending:
            # Under the write lock, so two processes opening a new archive do not
            # both try to apply the same migration.
            with catalogue.write():
                migrations.apply(catalogue.db)
    except (OSError, sqlite3.DatabaseError) as error:
        catalogue.close()
        raise _unusable(db_path, error) from error
    except CatalogueError:
        catalogue.close()
        raise
    return catalogue


def _unusable(db_path: Path, error: BaseException, prefix: str = "") -> ArchiverError:
    """A full disk says so (SQLite calls it "disk I/O error" when it cannot even grow
    its shared-memory file); anything else is a catalogue we cannot use."""
    if is_disk_full(error) or _disk_is_full(db_path.parent):
        return DiskFull(
            f"no space left on the disk of {db_path.parent} ({error}): free some space "
            "and run the same command again; nothing was changed"
        )
    if prefix:
        return CatalogueError(f"{prefix} {db_path.parent}: {error}")
    return CatalogueError(f"{db_path} is not a usable catalogue: {error}")


def _disk_is_full(folder: Path) -> bool:
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is None:
        return False
    try:
        stats = os.statvfs(existing)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < FULL_DISK_BYTES


def _refuse_foreign(db: Database, db_path: Path, may_start: bool) -> None:
    """A catalogue.db with no record of our migrations is not an archive: an empty
    one becomes one only in a command that creates archives; one holding tables of
    its own (another program's database) never does."""
    if migrations.migrations.applied(db):
        return
    tables = [
        name
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    if tables:
        # names from a file we did not make: quoted and cut, like any outside value
        shown = ", ".join(shorten(name, 40) for name in tables[:5])
        shown += ", ..." if len(tables) > 5 else ""
        raise CatalogueError(
            f"{db_path} is an SQLite database archiver did not make (it holds {shown}): "
            "refusing to use or change it. Point --archive at an archive, or a new folder"
        )
    if not may_start:
        size = db_path.stat().st_size if db_path.exists() else 0
        raise CatalogueError(
            f"{db_path} is not an archive's catalogue (it is empty: {size} bytes, no "
            "schema); this command does not create archives, so nothing was changed. "
            "If the archive's catalogue was lost, restore it from a backup"
        )


def _connect(target: str | os.PathLike[str], uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(
        target,
        timeout=BUSY_TIMEOUT_SECONDS,
        isolation_level=None,  # we open transactions ourselves
        check_same_thread=False,
        uri=uri,
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def writable(path: Path) -> bool:
    # effective ids: what the kernel will actually allow this process (also false on a
    # read-only mount)
    return os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)


def _check_writable(root: Path) -> None:
    """A clear error before SQLite's 'attempt to write a readonly database'."""
    existing = root if root.exists() else next((p for p in root.parents if p.exists()), None)
    blocked = [
        path
        for path in (existing, root / "catalogue.db", root / "media", root / "tmp")
        if path is not None and path.exists() and not writable(path)
    ]
    if blocked:
        raise CatalogueError(
            f"the archive at {root} is read-only: no permission to write {blocked[0]}. "
            "Commands that only read it (status, verify, search, export, backup) still work."
        )


def _connect_read_only(root: Path) -> sqlite3.Connection:
    db_path = root / "catalogue.db"
    if not db_path.is_file():
        raise CatalogueError(f"there is no archive at {root} (no catalogue.db)")
    # mode=ro still sees the write-ahead log; `immutable` would not, so it is used only
    # when SQLite cannot create its lock file beside the catalogue and no log exists.
    mode = "ro"
    if not writable(root):
        if Path(f"{db_path}-wal").exists():
            raise CatalogueError(
                f"{db_path} has unfinished writes in {db_path.name}-wal and its folder is "
                "read-only: open it once where it can be written, so SQLite can fold them in"
            )
        mode = "ro&immutable=1"
    uri = f"{db_path.resolve().as_uri()}?mode={mode}"
    try:
        conn = _connect(uri, uri=True)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise _unusable(db_path, error) from error
    return conn


def _refuse_newer_schema(db: Database, db_path: Path) -> None:
    """A catalogue migrated by a newer archiver may hold what this one would break."""
    unknown = migrations.unknown_applied(db)
    if unknown:
        raise CatalogueError(
            f"{db_path} was written by a newer version of archiver (schema {unknown[-1]}, "
            f"which this version does not know). Upgrade archiver to use it; "
            "nothing was changed."
        )
