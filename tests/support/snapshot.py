"""What a catalogue holds, independent of row ids, timestamps and run logs.

Two archives built from the same input hold the same snapshot even when one run
was killed and resumed many times: integer ids (which depend on insertion order)
are replaced by the content of the row they point to, volatile columns (times,
durations, yt-dlp's raw info with its own timestamps) are left out, and the run
logs (runs, run_items) and each attempt's HTTP answers (capture_exchanges), which differ
by design, are skipped.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

RUN_LOGS = {"runs", "run_items"}
# What the servers answered each fetch (provenance, m014): a record of one attempt, with
# its own Date headers, so a resumed run's extra attempts differ from the reference by
# design, like the run logs
PER_ATTEMPT = {"capture_exchanges"}
VOLATILE = {"run_id", "processing_seconds", "info_json_gz", "ytdlp_version"}


def _volatile(column: str) -> bool:
    return column in VOLATILE or column.endswith("_at")


class _Reader:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        master = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
        virtual = [name for name, sql in master if sql.upper().startswith("CREATE VIRTUAL")]
        self.tables = [
            name
            for name, _ in master
            if not name.startswith(("sqlite_", "_sqlite"))
            and name not in RUN_LOGS
            and name not in PER_ATTEMPT
            and name not in virtual
            and not any(name.startswith(f"{table}_") for table in virtual)
        ]
        self.columns: dict[str, list[str]] = {}
        self.integer_key: dict[str, str | None] = {}
        self.references: dict[str, dict[str, str]] = {}
        for table, _ in master:
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            self.columns[table] = [column[1] for column in info]
            keys = [column for column in info if column[5]]
            single_integer = len(keys) == 1 and keys[0][2].upper() == "INTEGER"
            self.integer_key[table] = keys[0][1] if single_integer else None
            self.references[table] = {
                fk[3]: fk[2] for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")')
            }
        self._memo: dict[tuple[str, int], tuple] = {}

    def row(self, table: str, key: int) -> tuple | None:
        """The content of one row of an integer-keyed table, references resolved."""
        if (table, key) not in self._memo:
            column = self.integer_key[table]
            found = self.conn.execute(
                f'SELECT * FROM "{table}" WHERE "{column}" = ?', [key]
            ).fetchone()
            self._memo[(table, key)] = None if found is None else self.content(table, found)
        return self._memo[(table, key)]

    def content(self, table: str, values: tuple) -> tuple:
        out = []
        for column, value in zip(self.columns[table], values, strict=True):
            if _volatile(column) or column == self.integer_key[table]:
                continue
            parent = self.references[table].get(column)
            if parent in RUN_LOGS:
                continue
            if parent and value is not None and self.integer_key.get(parent):
                value = (parent, self.row(parent, value))
            out.append((column, value))
        return tuple(out)


def snapshot(db_path: Path) -> dict[str, Counter]:
    """Table name -> multiset of its rows' content."""
    conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        reader = _Reader(conn)
        return {
            table: Counter(
                reader.content(table, row) for row in conn.execute(f'SELECT * FROM "{table}"')
            )
            for table in reader.tables
        }
    finally:
        conn.close()


def differences(expected: dict[str, Counter], actual: dict[str, Counter]) -> list[str]:
    """Readable differences, table by table (empty when the snapshots agree)."""
    found = []
    for table in sorted(set(expected) | set(actual)):
        missing = expected.get(table, Counter()) - actual.get(table, Counter())
        extra = actual.get(table, Counter()) - expected.get(table, Counter())
        for row in missing:
            found.append(f"{table}: missing {dict(row)}")
        for row in extra:
            found.append(f"{table}: extra {dict(row)}")
    return found
