"""The only place the catalogue's schema changes: numbered migrations, applied in order
when the catalogue opens. The registry and runner are in `registry`; the steps in
`m001_m006`, `m008_on` (m007 was never used) and one module per later
migration, imported here in order so they register in order.
"""

from __future__ import annotations

# they register as they are imported, so in this order
from archiver.store.migrations import m001_m006, m008_on, m014, m016  # noqa: F401
from archiver.store.migrations.registry import apply, migrations, schema_sql, unknown_applied

__all__ = ["apply", "migrations", "schema_sql", "unknown_applied"]
