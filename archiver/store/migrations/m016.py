"""m016: how much each discovery lead counts, and every lead that listed a candidate."""

from __future__ import annotations

from sqlite_utils import Database

from archiver.store.migrations.registry import migrations
from archiver.store.migrations.registry import run_script as _run


@migrations(name="m016_discovery_lead_weights")
def m016_discovery_lead_weights(db: Database) -> None:
    # Issue 15: leads of lower trust (a hashtag elsewhere in the article) and sound
    # leads (the music of a clip already linked in the thread). A lead's weight is what
    # being listed under it adds to a post's rank; a post listed under several leads
    # (its creator's profile and the thread's sound) keeps each of them. Leads stored
    # before keep weight 1, which is what they counted for then.
    _run(
        db,
        """
        ALTER TABLE discovery_leads ADD COLUMN weight REAL NOT NULL DEFAULT 1.0;
        CREATE TABLE discovery_candidate_leads (
            citation_id INTEGER NOT NULL REFERENCES citations(citation_id),
            url TEXT NOT NULL,                  -- the candidate (discovery_candidates)
            lead_id INTEGER NOT NULL REFERENCES discovery_leads(lead_id),
            PRIMARY KEY (citation_id, url, lead_id)
        )
        """,
    )
