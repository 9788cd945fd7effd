"""The migrations' registry, and what runs them.

Each migration is a small numbered function, applied once, in order, when the
catalogue opens (archiver.store.catalogue). Never edit an applied migration: add the
next one at the end of archiver/store/migrations/m008_on.py. After adding one, run
`make schema` to regenerate schemas/catalogue.sql (a test checks it).
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("archiver")


def run_script(db: Database, script: str) -> None:
    """Execute each statement of `script` in the open transaction (executescript
    would commit it). Triggers hold semicolons, so split on complete statements."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                db.execute(pending)
            pending = ""
    if pending.strip(" \n;"):
        db.execute(pending)


def apply(db: Database) -> None:
    migrations.apply(db)


def unknown_applied(db: Database) -> list[str]:
    """Migrations recorded in `db` that this version does not have: a newer archiver
    wrote it."""
    known = {migration.name for migration in migrations.pending(Database(memory=True))}
    return [m.name for m in migrations.applied(db) if m.name not in known]


def schema_sql() -> str:
    """The schema the migrations produce, as SQL (what schemas/catalogue.sql holds)."""
    db = Database(sqlite3.connect(":memory:"))
    apply(db)
    rows = db.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_sqlite%' ESCAPE '\\' "
        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name"
    ).fetchall()
    header = "-- Generated from archiver/store/migrations/ by `make schema`; do not edit.\n"
    return header + "".join(f"{sql};\n" for (sql,) in rows)
