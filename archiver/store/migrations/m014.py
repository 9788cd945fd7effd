"""m014: what the servers answered during each capture (issue 18's provenance)."""

from __future__ import annotations

from sqlite_utils import Database

from archiver.store.migrations.registry import migrations
from archiver.store.migrations.registry import run_script as _run


@migrations(name="m014_capture_exchanges")
def m014_capture_exchanges(db: Database) -> None:
    # Provenance recorded at capture time: each HTTP answer yt-dlp received (the page,
    # its API calls, the media), its status and response headers (capped, cookies and
    # credentials redacted) and the TLS certificate chain the server presented. A
    # capture made before m014 has none and exchanges_dropped NULL ("not recorded"),
    # which is not the same as 0 ("recorded, none over the cap").
    _run(
        db,
        """
        ALTER TABLE captures ADD COLUMN exchanges_dropped INTEGER;
        CREATE TABLE capture_exchanges (
            capture_id INTEGER NOT NULL REFERENCES captures(capture_id),
            position INTEGER NOT NULL,          -- 1, 2, ...: the order they arrived in
            phase TEXT NOT NULL,                -- page (page, metadata) or media (files)
            url TEXT NOT NULL,                  -- after redirects, without user:password@
            status INTEGER,
            headers TEXT NOT NULL,              -- JSON [[name, value], ...]; capped, redacted
            headers_cut INTEGER NOT NULL,       -- headers dropped or shortened by the caps
            tls_version TEXT,                   -- TLSv1.3, ...; NULL on plain http
            tls_chain_pem TEXT,                 -- as presented, leaf first; NULL: see tls_note
            tls_note TEXT,                      -- why there is no chain (plain http, ...)
            fetched_at TEXT NOT NULL,
            PRIMARY KEY (capture_id, position)
        )
        """,
    )
