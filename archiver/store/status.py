"""What `archiver status` counts: what the archive holds, and what went wrong."""

from __future__ import annotations

from archiver.store.catalogue import Catalogue


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
        # the browser the latest successful capture looked like (None: it did not)
        "latest_impersonation": next(
            iter(
                db.execute(
                    "SELECT impersonation FROM captures WHERE status = 'ok' "
                    "ORDER BY capture_id DESC LIMIT 1"
                ).fetchone()
                or [None]
            )
        ),
    }
