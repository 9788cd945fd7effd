"""The only place the catalogue's schema changes: numbered migrations, applied in order
when the catalogue opens. The registry and runner are in `registry`; the steps in
`m001_m006`, `m008_on` (m007 was never used) and the modules after it (m016, ...),
imported here in order so they register in order.
"""

from __future__ import annotations

from archiver.store.migrations import m001_m006, m008_on, m016  # noqa: F401 - they register
from archiver.store.migrations.registry import apply, migrations, schema_sql, unknown_applied

__all__ = ["apply", "migrations", "schema_sql", "unknown_applied"]
