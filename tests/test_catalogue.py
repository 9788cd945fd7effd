"""The catalogue: migrations, the generated schema file, WAL and concurrent writers."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from archiver.errors import CatalogueError
from archiver.store import migrations
from archiver.store.catalogue import open_catalogue, resolve_archive_dir

ROOT = Path(__file__).resolve().parent.parent


def test_schema_file_matches_the_migrations():
    committed = (ROOT / "schemas" / "catalogue.sql").read_text()
    assert committed == migrations.schema_sql(), "schemas/catalogue.sql is stale: run `make schema`"


def test_open_applies_migrations_once_and_uses_wal(tmp_path):
    with open_catalogue(tmp_path / "a") as catalogue:
        mode = catalogue.db.execute("PRAGMA journal_mode").fetchone()[0]
        applied = [m.name for m in migrations.migrations.applied(catalogue.db)]
    assert mode == "wal"
    assert applied == [m.name for m in migrations.migrations._migrations]
    with open_catalogue(tmp_path / "a") as catalogue:  # a second open changes nothing
        assert len(migrations.migrations.applied(catalogue.db)) == len(applied)
    assert (tmp_path / "a" / "media").is_dir()


def test_archive_dir_resolution(monkeypatch, tmp_path):
    monkeypatch.delenv("ARCHIVER_HOME", raising=False)
    assert resolve_archive_dir(None) == Path("archive")
    monkeypatch.setenv("ARCHIVER_HOME", str(tmp_path / "env"))
    assert resolve_archive_dir(None) == tmp_path / "env"
    assert resolve_archive_dir(tmp_path / "opt") == tmp_path / "opt"


def test_not_a_catalogue_is_a_clear_error(tmp_path):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "catalogue.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(CatalogueError, match="not a usable catalogue|cannot open"):
        open_catalogue(tmp_path / "bad")


def test_write_rolls_back_on_error(tmp_path):
    with open_catalogue(tmp_path / "a") as catalogue:
        with pytest.raises(RuntimeError):
            with catalogue.write() as db:
                db["runs"].insert({"command": "x", "started_at": "now"})
                raise RuntimeError("boom")
        assert catalogue.db["runs"].count == 0


def _writer(archive: str, worker: int, count: int) -> None:
    with open_catalogue(archive) as catalogue:
        for index in range(count):
            with catalogue.write() as db:
                # read, then write, in one transaction: the pattern that deadlocks
                # under deferred transactions
                seen = db.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
                db["runs"].insert({"command": f"w{worker}-{index}-{seen}", "started_at": "t"})


def test_two_processes_write_without_busy_errors(tmp_path):
    archive = str(tmp_path / "shared")
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(archive, n, 150)) for n in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert [worker.exitcode for worker in workers] == [0, 0, 0]
    with sqlite3.connect(Path(archive) / "catalogue.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 450
