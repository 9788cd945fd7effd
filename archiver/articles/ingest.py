"""The ingest stage: an article (file, URL or stdin) -> article, claims and citations rows.

The same text ingested twice adds nothing; a changed text from the same source is
stored as a new version beside the old one, so earlier evidence stays valid.
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from archiver.articles.citations import Citation, Claim, find_citations, split_claims
from archiver.articles.reading import Article, read_article
from archiver.errors import ArchiverError, NetworkError, NotFound
from archiver.store.catalogue import Catalogue, utc_now

FETCH_TIMEOUT_SECONDS = 30
USER_AGENT = "archiver (+https://github.com/) article fetch"


@dataclass
class IngestOutcome:
    source: str
    status: str  # new, new_version, unchanged, or an error status
    article_id: int | None = None
    title: str | None = None
    claims: int = 0
    citations: int = 0
    links: list[str] = field(default_factory=list)
    error_class: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("new", "new_version", "unchanged")


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def read_source(source: str) -> tuple[bytes, str | None]:
    """The bytes of an article and its declared content type, if any."""
    if source == "-":
        return sys.stdin.buffer.read(), None
    if is_url(source):
        request = urllib.request.Request(source, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_SECONDS) as response:
                return response.read(), response.headers.get("Content-Type")
        except urllib.error.HTTPError as error:
            if error.code in (404, 410):
                raise NotFound(f"{source}: HTTP {error.code}") from error
            raise NetworkError(f"{source}: HTTP {error.code}") from error
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            raise NetworkError(f"{source}: {error}") from error
    path = Path(source)
    if not path.is_file():
        raise NotFound(f"no such article file: {source}")
    return path.read_bytes(), None


def ingest(
    catalogue: Catalogue,
    source: str,
    outlet: str | None = None,
    title: str | None = None,
    published_at: str | None = None,
) -> IngestOutcome:
    """Read, split and store one article; failures come back as an outcome, not raised."""
    try:
        data, content_type = read_source(source)
        article = read_article(source, data, content_type)
        claims = split_claims(article)
        citations = find_citations(
            claims, article.links, article.link_offsets, published_at=article.published_at
        )
    except ArchiverError as error:
        return IngestOutcome(
            source, error.status, error_class=type(error).__name__, message=error.message
        )
    article.outlet = outlet or article.outlet
    article.title = title or article.title
    article.published_at = published_at or article.published_at
    return save_article(catalogue, article, claims, citations)


def save_article(
    catalogue: Catalogue,
    article: Article,
    claims: list[Claim],
    citations: list[Citation],
) -> IngestOutcome:
    with catalogue.write() as db:
        existing = db.execute(
            "SELECT article_id FROM articles WHERE sha256 = ?", [article.sha256]
        ).fetchone()
        if existing:
            return _outcome(db, article.source, "unchanged", existing[0], article.links)
        previous = db.execute(
            "SELECT MAX(version) FROM articles WHERE source = ?", [article.source]
        ).fetchone()[0]
        article_id = (
            db["articles"]
            .insert(
                {
                    "source": article.source,
                    "url": article.source if is_url(article.source) else None,
                    "outlet": article.outlet,
                    "title": article.title,
                    "published_at": article.published_at,
                    "fetched_at": utc_now(),
                    "sha256": article.sha256,
                    "version": (previous or 0) + 1,
                    "text": article.text,
                }
            )
            .last_pk
        )
        claim_ids = {}
        for claim in claims:
            claim_ids[claim.position] = (
                db["claims"]
                .insert(
                    {
                        "article_id": article_id,
                        "position": claim.position,
                        "text": claim.text,
                        "start_char": claim.start,
                        "end_char": claim.end,
                        "is_caption": int(claim.is_caption),
                    }
                )
                .last_pk
            )
        citation_ids: dict[int, int] = {}  # claim position -> citation_id
        for citation in citations:
            row = {
                "claim_id": claim_ids[citation.claim_position],
                "platform": citation.platform,
                "creator": citation.creator,
                "metric_kind": citation.metric_kind,
                "metric_value": citation.metric_value,
                "stated_date": citation.stated_date,
                "quote": _full_quote(citation),
                "url": citation.url,
                # the earlier citation this one refers back to, named by its claim position
                "same_clip_as": citation_ids.get(citation.same_clip_as),
                "status": "unresolved",
            }
            citation_ids[citation.claim_position] = db["citations"].insert(row).last_pk
        db["article_links"].insert_all(
            [{"article_id": article_id, "url": url} for url in article.links], ignore=True
        )
        status = "new_version" if previous else "new"
        return _outcome(db, article.source, status, article_id, article.links)


def _full_quote(citation: Citation) -> str | None:
    parts = [part for part in (citation.quote, citation.quote_more) if part]
    return " ".join(parts) or None


def _outcome(db, source: str, status: str, article_id: int, links: list[str]) -> IngestOutcome:
    title = db.execute("SELECT title FROM articles WHERE article_id = ?", [article_id]).fetchone()
    claims = db.execute("SELECT COUNT(*) FROM claims WHERE article_id = ?", [article_id])
    citations = db.execute(
        "SELECT COUNT(*) FROM citations JOIN claims USING (claim_id) WHERE article_id = ?",
        [article_id],
    )
    return IngestOutcome(
        source=source,
        status=status,
        article_id=article_id,
        title=title[0] if title else None,
        claims=claims.fetchone()[0],
        citations=citations.fetchone()[0],
        links=list(links),
    )
