"""The archive directory and its SQLite catalogue.

One archive directory holds `catalogue.db` and `media/`. Every write goes through
`Catalogue.write()`, which takes SQLite's write lock up front (BEGIN IMMEDIATE):
two processes then queue on the busy timeout instead of deadlocking, which a
read-then-write deferred transaction can do under WAL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from archiver import interrupt
from archiver.clips.schedule import SchedulePolicy, load_policy
from archiver.errors import CatalogueError
from archiver.store import migrations
from archiver.store.scratch import process_alive

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


def open_catalogue(
    root: str | os.PathLike[str] | None = None, *, read_only: bool = False
) -> Catalogue:
    """Open the archive at `root` and bring its schema up to date, creating it if needed.

    `read_only` opens an existing archive without writing to it (no folders, no
    migrations), so status, search, export, verify and backup also work on an archive
    the user may not change, such as a backup on write-protected media."""
    root_path = resolve_archive_dir(root)
    db_path = root_path / "catalogue.db"
    if read_only:
        catalogue = Catalogue(root_path, Database(_connect_read_only(root_path)))
        if migrations.migrations.pending(catalogue.db) and writable(root_path):
            # an older archive: upgrade it once through a writing open, then read
            catalogue.close()
            open_catalogue(root_path).close()
            catalogue = Catalogue(root_path, Database(_connect_read_only(root_path)))
    else:
        _check_writable(root_path)
        try:
            for folder in (root_path, root_path / "media", root_path / "tmp"):
                folder.mkdir(parents=True, exist_ok=True)
            conn = _connect(db_path)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        except (OSError, sqlite3.DatabaseError) as error:
            raise CatalogueError(f"cannot open the archive at {root_path}: {error}") from error
        catalogue = Catalogue(root_path, Database(conn))
    try:
        _refuse_newer_schema(catalogue.db, db_path)
        pending = migrations.migrations.pending(catalogue.db)
        if pending and read_only:
            raise CatalogueError(
                f"{db_path} needs a schema upgrade ({pending[0].name}) and its folder is "
                "read-only: run archiver on it once where it may be written"
            )
        if pending:
            # Under the write lock, so two processes opening a new archive do not
            # both try to apply the same migration.
            with catalogue.write():
                migrations.apply(catalogue.db)
    except sqlite3.DatabaseError as error:
        catalogue.close()
        raise CatalogueError(f"{db_path} is not a usable catalogue: {error}") from error
    except CatalogueError:
        catalogue.close()
        raise
    return catalogue


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
        raise CatalogueError(f"{db_path} is not a usable catalogue: {error}") from error
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


def start_run(catalogue: Catalogue, command: str) -> int:
    """Record a run, first closing this host's runs whose process is gone: those were
    killed (SIGKILL, power loss) and would otherwise say 'running' forever."""
    host = socket.gethostname()
    with catalogue.write() as db:
        for run_id, pid in db.execute(
            "SELECT run_id, pid FROM runs WHERE status = 'running' AND host = ?", [host]
        ).fetchall():
            if pid is not None and not process_alive(pid):
                db["runs"].update(run_id, {"status": "killed"})
        row = {"command": command, "started_at": utc_now(), "pid": os.getpid(), "host": host}
        return db["runs"].insert(row).last_pk


def finish_run(catalogue: Catalogue, run_id: int, status: str, summary_json: str) -> None:
    with catalogue.write() as db:
        db["runs"].update(
            run_id, {"finished_at": utc_now(), "status": status, "summary_json": summary_json}
        )


def record_item(
    catalogue: Catalogue,
    run_id: int,
    stage: str,
    item: str,
    status: str,
    error_class: str | None = None,
    message: str | None = None,
) -> dict[str, object]:
    """One item's outcome in a run (run_items), e.g. an article read or a clip captured."""
    row = {
        "run_id": run_id,
        "stage": stage,
        "item": item,
        "status": status,
        "error_class": error_class,
        "error_message": message,
        "finished_at": utc_now(),
    }
    with catalogue.write() as db:
        db["run_items"].insert(row)
    return row


@dataclass
class Run:
    """A run in progress: the caller sets its status and summary before it ends."""

    run_id: int
    status: str = "ok"
    summary: dict[str, object] = field(default_factory=dict)


@contextlib.contextmanager
def recorded_run(catalogue: Catalogue, command: str) -> Iterator[Run]:
    """A `runs` row for the block: 'failed' if it raises, 'interrupted' if a signal
    (Ctrl-C, SIGTERM) stops it, else what the block set."""
    run = Run(start_run(catalogue, command))
    try:
        yield run
        if interrupt.stop_requested():  # the block stopped early, between items
            run.status = "interrupted"
    except Exception:
        run.status = "failed"
        raise
    except BaseException:
        run.status = "interrupted"
        raise
    finally:
        finish_run(catalogue, run.run_id, run.status, json.dumps(run.summary))


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
