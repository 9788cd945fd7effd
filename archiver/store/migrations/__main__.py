"""`python -m archiver.store.migrations` prints the schema (what `make schema` writes)."""

import sys

from archiver.store.migrations import schema_sql

sys.stdout.write(schema_sql())
