"""The ingest stage: articles (files, URLs or stdin) -> article, claims and citations rows.

    ingest_articles(catalogue, requests, run_id) -> [IngestOutcome]   the entry point
    clip_urls_of(catalogue, article_ids)         -> the clip URLs those articles cite

The same text ingested twice adds nothing; a changed text from the same source is
stored as a new version beside the old one, so earlier evidence stays valid.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from archiver.articles.citations import Citation, find_citations
from archiver.articles.claims import Claim, split_claims
from archiver.articles.fetch import is_url, read_source
from archiver.articles.reading import Article, read_article
from archiver.clock import utc_now
from archiver.errors import ArchiverError, Outcome
from archiver.interrupt import stop_point
from archiver.store.catalogue import Catalogue
from archiver.store.runs import record_item

STAGE = "ingest"


@dataclass
class ArticleRequest:
    """An article to read, with what its reader knows better than the page."""

    source: str  # a path, a URL, or "-" for standard input
    outlet: str | None = None
    title: str | None = None
    published_at: str | None = None
    # the page also holds a video of its own: the page is then one of its clip links
    video_on_page: bool = False


@dataclass(kw_only=True)
class IngestOutcome(Outcome):
    """status: new, new_version, unchanged, or an error's status."""

    source: str
    article_id: int | None = None
    title: str | None = None
    claims: int = 0
    citations: int = 0
    links: list[str] = field(default_factory=list)


def ingest_articles(
    catalogue: Catalogue,
    requests: Iterable[ArticleRequest],
    run_id: int | None = None,
    on_done: Callable[[IngestOutcome], None] | None = None,
    allow_private_addresses: bool | None = None,
) -> list[IngestOutcome]:
    """Read, split and store each article, recording its outcome; a bad article is
    recorded and the others go on. Stops between articles when asked to.
    `allow_private_addresses` lets article URLs reach private, loopback and link-local
    addresses (None: as ARCHIVER_ALLOW_PRIVATE_ADDRESSES says)."""
    outcomes = []
    for request in requests:
        stop_point()
        outcome = ingest(catalogue, request, allow_private_addresses)
        record_item(catalogue, run_id, STAGE, request.source, outcome)
        outcomes.append(outcome)
        if on_done:
            on_done(outcome)
    return outcomes


def ingest(
    catalogue: Catalogue, request: ArticleRequest, allow_private_addresses: bool | None = None
) -> IngestOutcome:
    """Read, split and store one article; failures come back as an outcome, not raised."""
    try:
        data, content_type = read_source(request.source, allow_private_addresses)
        article = read_article(request.source, data, content_type)
        claims = split_claims(article)
        headline = [request.title] if request.title else article.headline
        citations = find_citations(
            claims, article.links, article.link_offsets, article.published_at, headline
        )
    except ArchiverError as error:
        return IngestOutcome.failed(error, source=request.source)
    if request.video_on_page and request.source not in article.links:
        article.links.append(request.source)
    article.outlet = request.outlet or article.outlet
    article.title = request.title or article.title
    article.published_at = request.published_at or article.published_at
    return save_article(catalogue, article, claims, citations)


ARTICLE_WORDS = 80  # fewer words of main text: a caption, not an article


def has_article_text(source: str) -> bool:
    """Whether the page at `source` reads as an article: at least ARTICLE_WORDS words
    of main text (a video page's caption or description has fewer)."""
    try:
        data, content_type = read_source(source)
        article = read_article(source, data, content_type)
    except ArchiverError:
        return False
    return len(article.text.split()) >= ARTICLE_WORDS


def clip_urls_of(catalogue: Catalogue, article_ids: list[int]) -> list[str]:
    """The clip URLs the articles link, embed or print, in the order they were found."""
    if not article_ids:
        return []
    marks = ", ".join("?" for _ in article_ids)
    linked = catalogue.db.execute(
        f"SELECT url FROM article_links WHERE article_id IN ({marks})", article_ids
    )
    cited = catalogue.db.execute(
        f"""SELECT ci.url FROM citations ci JOIN claims cl USING (claim_id)
        WHERE ci.url IS NOT NULL AND cl.article_id IN ({marks})""",
        article_ids,
    )
    return list(dict.fromkeys([row[0] for row in linked] + [row[0] for row in cited]))


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
                "creator_alias": citation.creator_alias,
                "inferred_platform": citation.inferred_platform,
                "inferred_creator": citation.inferred_creator,
                "inferred_from": citation.inferred_from,
            }
            citation_ids[citation.claim_position] = db["citations"].insert(row).last_pk
        _save_threads(db, citations, claim_ids, citation_ids)
        db["article_links"].insert_all(
            [{"article_id": article_id, "url": url} for url in article.links], ignore=True
        )
        status = "new_version" if previous else "new"
        return _outcome(db, article.source, status, article_id, article.links)


def _save_threads(
    db, citations: list[Citation], claim_ids: dict[int, int], citation_ids: dict[int, int]
) -> None:
    """Every stated metric of each citation, and every member of each thread."""
    for citation in citations:
        citation_id = citation_ids[citation.claim_position]
        if citation.same_clip_as is not None:  # a caption may refer to a later citation
            referent = citation_ids[citation.same_clip_as]
            db["citations"].update(citation_id, {"same_clip_as": referent})
        db["citation_metrics"].insert_all(
            {
                "citation_id": citation_id,
                "position": position,
                "kind": metric.kind,
                "value": metric.value,
                "qualifier": metric.qualifier,
                "stated": metric.stated,
            }
            for position, metric in enumerate(citation.metrics)
        )
        db["thread_members"].insert_all(
            {"claim_id": claim_ids[m.position], "citation_id": citation_id, "role": m.role}
            for m in citation.members
        )


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
