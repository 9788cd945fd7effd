"""A researcher's side of the evidence: the links to review, their decisions, and how
the evidence for some articles and clips stands.

    list_links(catalogue, all_links)              suggested links (or every link) to show
    review(catalogue, evidence_id, decision)      confirm or reject one
    evidence_summary(catalogue, articles, clips)  links, unresolved citations, disagreements
"""

from __future__ import annotations

from dataclasses import dataclass

from archiver.clock import utc_now
from archiver.errors import ArchiverError, NoSuchEvidence
from archiver.evidence.links import refresh_citation_status
from archiver.store.catalogue import Catalogue

DECISIONS = ("confirmed", "rejected")


@dataclass(frozen=True)
class LinkRow:
    evidence_id: int
    status: str
    score: float | None
    clip_id: str
    start_seconds: float | None
    end_seconds: float | None
    quote_found: int | None
    note: str | None
    claim: str


def list_links(catalogue: Catalogue, all_links: bool = False) -> list[LinkRow]:
    """The suggested links waiting for a decision, or with `all_links` every link."""
    where = "" if all_links else "WHERE e.status = 'suggested'"
    rows = catalogue.db.execute(f"""
        SELECT e.evidence_id, e.status, e.score, e.clip_id, e.start_seconds, e.end_seconds,
               e.quote_found, e.note, cl.text
        FROM evidence e JOIN claims cl USING (claim_id) {where}
        ORDER BY e.claim_id, e.score DESC""")
    return [LinkRow(*row) for row in rows]


def review(catalogue: Catalogue, evidence_id: int, decision: str, note: str | None = None) -> None:
    """A researcher confirms or rejects a suggested link."""
    if decision not in DECISIONS:
        raise ArchiverError(f"a decision is {' or '.join(DECISIONS)}, not {decision!r}")
    with catalogue.write() as db:
        if not db["evidence"].count_where("evidence_id = ?", [evidence_id]):
            raise NoSuchEvidence(f"no evidence link {evidence_id}")
        changes = {"status": decision, "reviewed_at": utc_now()}
        if note:
            changes["note"] = note
        db["evidence"].update(evidence_id, changes)
    refresh_citation_status(catalogue)


@dataclass
class EvidenceSummary:
    links_confirmed: int = 0
    links_suggested: int = 0
    quotes_not_found: int = 0
    # a quote found in the audio is either heard word for word or a near miss (close,
    # with words that differ); counted apart so a near miss never reads as agreement
    quotes_as_written: int = 0
    quotes_near_miss: int = 0
    unresolved_citations: int = 0
    checks_disagreeing: int = 0


def evidence_summary(
    catalogue: Catalogue, article_ids: list[int], clip_ids: list[str]
) -> EvidenceSummary:
    """How the evidence stands for the claims of these articles and for these clips."""
    articles = ", ".join("?" for _ in article_ids) or "NULL"
    clips = ", ".join("?" for _ in clip_ids) or "NULL"
    scope = f"""(cl.article_id IN ({articles}) OR e.clip_id IN ({clips}))"""
    params = [*article_ids, *clip_ids]

    def count(sql: str, values: list) -> int:
        return int(catalogue.db.execute(sql, values).fetchone()[0] or 0)

    linked = f"SELECT COUNT(*) FROM evidence e JOIN claims cl USING (claim_id) WHERE {scope}"
    return EvidenceSummary(
        links_confirmed=count(linked + " AND e.status = 'confirmed'", params),
        links_suggested=count(linked + " AND e.status = 'suggested'", params),
        quotes_not_found=count(linked + " AND e.quote_found = 0", params),
        quotes_as_written=count(linked + " AND e.quote_found = 1 AND e.quote_score >= 1", params),
        quotes_near_miss=count(
            linked + " AND e.quote_found = 1 AND COALESCE(e.quote_score, 0) < 1", params
        ),
        unresolved_citations=count(
            f"""SELECT COUNT(*) FROM citations ci JOIN claims cl USING (claim_id)
            WHERE ci.status = 'unresolved' AND cl.article_id IN ({articles})""",
            list(article_ids),
        ),
        checks_disagreeing=count(
            f"""SELECT COUNT(*) FROM checks k JOIN citations ci USING (citation_id)
            JOIN claims cl USING (claim_id) WHERE k.verdict = 'disagrees'
            AND (cl.article_id IN ({articles}) OR k.clip_id IN ({clips}))""",
            params,
        ),
    )
