"""The archive directory and its SQLite catalogue.

One archive directory holds `catalogue.db` and `media/`. Every write goes through
`Catalogue.write()`, which takes SQLite's write lock up front (BEGIN IMMEDIATE):
two processes then queue on the busy timeout instead of deadlocking, which a
read-then-write deferred transaction can do under WAL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from archiver import migrations
from archiver.errors import CatalogueError
from archiver.schedule import SchedulePolicy, load_policy

DEFAULT_ARCHIVE = "archive"
BUSY_TIMEOUT_SECONDS = 60
LOCK_ATTEMPTS = 10  # each after a full busy timeout


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def resolve_archive_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """--archive beats ARCHIVER_HOME beats ./archive."""
    return Path(option or os.environ.get("ARCHIVER_HOME") or DEFAULT_ARCHIVE)


class Catalogue:
    """An open archive: the catalogue database plus the folders beside it."""

    def __init__(self, root: Path, db: Database):
        self.root = root
        self.db = db
        self.config_path = root / "config.yaml"
        self._policy: SchedulePolicy | None = None

    @property
    def policy(self) -> SchedulePolicy:
        """The re-crawl policy from the archive's config file (defaults without one)."""
        if self._policy is None:
            self._policy = load_policy(self.config_path)
        return self._policy

    def use_config(self, path: Path) -> None:
        if not path.is_file():
            raise CatalogueError(f"no config file at {path}")
        self.config_path, self._policy = path, None

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


def open_catalogue(root: str | os.PathLike[str] | None = None) -> Catalogue:
    """Open (creating if needed) the archive at `root` and bring its schema up to date."""
    root_path = resolve_archive_dir(root)
    try:
        for folder in (root_path, root_path / "media", root_path / "tmp"):
            folder.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            root_path / "catalogue.db",
            timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,  # we open transactions ourselves
            check_same_thread=False,
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except (OSError, sqlite3.DatabaseError) as error:
        raise CatalogueError(f"cannot open the archive at {root_path}: {error}") from error
    catalogue = Catalogue(root_path, Database(conn))
    try:
        # Under the write lock, so two processes opening a new archive do not
        # both try to apply the same migration.
        if migrations.migrations.pending(catalogue.db):
            with catalogue.write():
                migrations.apply(catalogue.db)
    except sqlite3.DatabaseError as error:
        catalogue.close()
        message = f"{root_path / 'catalogue.db'} is not a usable catalogue: {error}"
        raise CatalogueError(message) from error
    return catalogue


def start_run(catalogue: Catalogue, command: str) -> int:
    with catalogue.write() as db:
        return db["runs"].insert({"command": command, "started_at": utc_now()}).last_pk


def finish_run(catalogue: Catalogue, run_id: int, status: str, summary_json: str) -> None:
    with catalogue.write() as db:
        db["runs"].update(
            run_id, {"finished_at": utc_now(), "status": status, "summary_json": summary_json}
        )


def status_counts(catalogue: Catalogue) -> dict[str, object]:
    """Counts for `archiver status`: what we hold, and what went wrong."""
    db = catalogue.db

    def scalar(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0] or 0)

    # The latest capture of each requested URL says whether it is still failing.
    latest = """
        SELECT status, COUNT(*) FROM captures
        WHERE capture_id IN (SELECT MAX(capture_id) FROM captures GROUP BY requested_url)
        GROUP BY status ORDER BY status
    """
    return {
        "archive": str(catalogue.root),
        "clips": scalar("SELECT COUNT(*) FROM clips"),
        "accounts": scalar("SELECT COUNT(*) FROM accounts"),
        "captures": scalar("SELECT COUNT(*) FROM captures"),
        "observations": scalar("SELECT COUNT(*) FROM observations"),
        "media_files": scalar("SELECT COUNT(*) FROM media_files"),
        "media_bytes": scalar("SELECT SUM(bytes) FROM media_files"),
        "captures_by_status": dict(
            db.execute("SELECT status, COUNT(*) FROM captures GROUP BY status ORDER BY status")
        ),
        "urls_by_latest_status": dict(db.execute(latest)),
    }
