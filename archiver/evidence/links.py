"""The link stage: which clip supports which claim, and at which moment.

    link_stage(catalogue, manual_links, run_id) -> LinkSummary   the entry point

Three ways a claim gets a clip: a manual link from a seed manifest (confirmed), a
clip the article itself links next to the claim (confirmed), or a suggestion for a
citation with no URL, scored against what each clip says (its English transcript or
translation), what it shows (the words on screen), its title and description, and
who posted it. Every link carries the span that best supports it (a moment heard or
shown) and which sources supported it (speech, screen, metadata), so a claim backed
only by the title is never presented as heard; speech quoted in a claim is looked for
word by word, and a quote that cannot be heard in the clip is flagged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from archiver.clock import utc_now
from archiver.errors import ArchiverError, ClaimNotFound, ClipMissing, Outcome
from archiver.evidence.clip_text import ClipText, clip_text
from archiver.evidence.matching import (
    STOPWORDS,
    Span,
    Vectors,
    creator_matches,
    match_quote,
    platform_matches,
    terms,
    words,
)
from archiver.evidence.thread_links import (
    ThreadOrder,
    clips_of_threads,
    member_matches,
    thread_members,
)
from archiver.store.catalogue import Catalogue
from archiver.store.runs import record_item
from archiver.text import comparable, name_key

STAGE = "link"
SUGGEST_THRESHOLD = 0.3
SUGGESTIONS_PER_CLAIM = 3
# A source counts as supporting a link when its own similarity reaches this.
SOURCE_SUPPORT = 0.2


@dataclass
class ManualLink:
    """A link a person made in a seed manifest: words from one claim (or its id), the
    clip, and optionally the moment."""

    clip_url: str
    claim_quote: str | None = None
    claim_id: int | None = None
    article_sources: list[str] = field(default_factory=list)  # where to look for the claim
    span: tuple[float, float] | None = None
    note: str | None = None
    named_in: str = ""  # the manifest, for messages


def link_stage(
    catalogue: Catalogue,
    manual_links: Iterable[ManualLink] = (),
    run_id: int | None = None,
) -> LinkSummary:
    """Resolve the manual links (a claim that cannot be found, or a clip that was not
    captured, is a recorded failure), then confirm and suggest links for every citation."""
    manual = []
    failures: list[tuple[str, Outcome]] = []
    for link in manual_links:
        try:
            claim_id = find_claim(catalogue, link)
            clip_id = clip_for_url(catalogue, link.clip_url)
            if clip_id is None:
                raise ClipMissing(f"the clip {link.clip_url} was not captured")
        except ArchiverError as error:
            item = link.claim_quote or str(link.claim_id or link.clip_url)
            failures.append((item, Outcome.failed(error)))
            record_item(catalogue, run_id, STAGE, item, failures[-1][1])
            continue
        manual.append((claim_id, clip_id, link.span, link.note))
    summary = link_claims(catalogue, manual)
    summary.failures = failures
    return summary


def find_claim(catalogue: Catalogue, link: ManualLink) -> int:
    """The claim a manual link names: by id, or by words quoted from exactly one claim
    in the latest version of the articles it may be in."""
    if link.claim_id is not None:
        if not catalogue.db["claims"].count_where("claim_id = ?", [link.claim_id]):
            raise ClaimNotFound(f"{link.named_in}: no claim {link.claim_id} in the catalogue")
        return link.claim_id
    marks = ", ".join("?" for _ in link.article_sources)
    rows = catalogue.db.execute(
        f"""SELECT cl.claim_id, cl.text FROM claims cl JOIN articles a USING (article_id)
        WHERE a.source IN ({marks}) AND a.version = (
            SELECT MAX(version) FROM articles b WHERE b.source = a.source)""",
        link.article_sources,
    ).fetchall()
    return claim_quoting(link.claim_quote or "", rows, link.named_in)


def claim_quoting(quote: str, claims: Iterable[tuple[int, str]], named_in: str = "") -> int:
    """The one claim (id, text) containing `quote`, whatever its quote marks, dashes,
    case and spacing; ClaimNotFound when none does or several do, since a link must
    name its claim exactly."""
    wanted = comparable(quote)
    found = [claim_id for claim_id, text in claims if wanted in comparable(text)]
    if len(found) != 1:
        how = "no claim" if not found else f"{len(found)} claims"
        where = f"{named_in}: " if named_in else ""
        raise ClaimNotFound(f"{where}{how} in its articles quote {quote!r}")
    return found[0]


# -- scoring ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    clip_id: str
    score: float
    span: Span | None
    quote_found: bool | None
    reasons: str
    quote_score: float | None = None  # 1.0 only when heard as written
    quote_heard: str | None = None  # the words heard where the quote is
    sources: tuple[str, ...] = ()  # of speech, screen, metadata: which supported it


def score_clip(claim: str, citation: dict | None, clip: ClipText, vectors: Vectors) -> Match:
    claim_vector = vectors.vector(terms(claim))
    said = _best_span(claim_vector, clip.windows, vectors)
    seen = _best_span(claim_vector, clip.screen, vectors)
    spoken = said.score if said else 0.0
    shown = seen.score if seen else 0.0
    described = vectors.cosine(claim_vector, vectors.vector(terms(clip.metadata)))
    # what is heard or what is shown, whichever backs the claim better, is the moment
    best = seen if shown > spoken else said
    score = 0.7 * max(spoken, shown) + 0.3 * described
    reasons = [
        f"speech {spoken:.2f}",
        f"on screen {shown:.2f}",
        f"title/description {described:.2f}",
    ]
    supported = {
        name
        for name, similarity in (("speech", spoken), ("screen", shown), ("metadata", described))
        if similarity >= SOURCE_SUPPORT
    }
    quote_found, quote = None, None
    if citation and citation.get("quote"):
        quote = match_quote(citation["quote"], clip.words)
        quote_found = quote is not None
        if quote:
            best, score = quote.span, score + (0.3 if quote.exact else 0.2)
            reasons.append("quote " + quote.describe())
            supported.add("speech")
    if citation and citation.get("creator"):
        if creator_matches(citation["creator"], clip.people):
            score += 0.4
            reasons.append("creator matches")
        else:
            score *= 0.5
            reasons.append("creator differs")
    if citation and platform_matches(citation.get("platform"), clip.extractor) is False:
        score *= 0.5
        reasons.append("platform differs")
    sources = tuple(name for name in ("speech", "screen", "metadata") if name in supported)
    if not supported & {"speech", "screen"}:
        best = None  # no moment in the clip backs it: never shown as heard or seen
    return Match(
        clip.clip_id,
        round(min(score, 1.0), 3),
        best,
        quote_found,
        ", ".join(reasons),
        quote_score=quote.score if quote else None,
        quote_heard=quote.heard if quote else None,
        sources=sources,
    )


def _best_span(claim_vector: dict[str, float], spans: list[Span], vectors: Vectors) -> Span | None:
    best: Span | None = None
    for span in spans:
        similarity = vectors.cosine(claim_vector, vectors.vector(terms(span.text)))
        if best is None or similarity > best.score:
            best = Span(span.transcript_id, span.start, span.end, span.text, round(similarity, 3))
    return best


# -- storing evidence ----------------------------------------------------------------------


def save_evidence(
    catalogue: Catalogue,
    claim_id: int,
    match: Match,
    method: str,
    status: str,
    note: str | None = None,
    span: tuple[float, float] | None = None,
) -> int:
    """Insert or refresh a link. A human decision (confirmed or rejected) is never
    overwritten by a later suggestion."""
    start, end = (
        span if span else ((match.span.start, match.span.end) if match.span else (None, None))
    )
    row = {
        "claim_id": claim_id,
        "clip_id": match.clip_id,
        "transcript_id": match.span.transcript_id if match.span and not span else None,
        "start_seconds": start,
        "end_seconds": end,
        "method": method,
        "score": match.score,
        "status": status,
        "quote_found": None if match.quote_found is None else int(match.quote_found),
        "quote_score": match.quote_score,
        "quote_heard": match.quote_heard,
        "note": note or match.reasons,
        "sources": ",".join(match.sources) or None,
        "created_at": utc_now(),
    }
    with catalogue.write() as db:
        existing = db.execute(
            "SELECT evidence_id, status, method FROM evidence WHERE claim_id = ? AND clip_id = ?",
            [claim_id, match.clip_id],
        ).fetchone()
        if existing is None:
            return db["evidence"].insert(row).last_pk
        evidence_id, old_status, old_method = existing
        if old_status in ("confirmed", "rejected") and status == "suggested":
            return evidence_id
        if old_method == "manual" and method != "manual":
            return evidence_id
        db["evidence"].update(evidence_id, {k: v for k, v in row.items() if k != "created_at"})
        return evidence_id


def refresh_citation_status(catalogue: Catalogue) -> None:
    """A citation is resolved once a clip is confirmed as its evidence."""
    with catalogue.write() as db:
        db.execute(
            """
            UPDATE citations SET status = CASE WHEN EXISTS (
                SELECT 1 FROM evidence e WHERE e.claim_id = citations.claim_id
                AND e.status = 'confirmed') THEN 'resolved' ELSE 'unresolved' END
            """
        )


# -- the link stage ------------------------------------------------------------------------


def clip_for_url(catalogue: Catalogue, url: str) -> str | None:
    """The clip captured from `url`, however it was spelled when captured."""
    row = catalogue.db.execute(
        """
        SELECT clip_id FROM captures WHERE requested_url = ? AND clip_id IS NOT NULL
        UNION ALL SELECT clip_id FROM clips WHERE original_url = ? OR webpage_url = ?
        LIMIT 1
        """,
        [url, url, url],
    ).fetchone()
    return row[0] if row else None


def _citations(catalogue: Catalogue, article_ids: list[int] | None) -> list[dict]:
    sql = """
        SELECT ci.*, cl.text AS claim_text, cl.article_id, cl.position FROM citations ci
        JOIN claims cl USING (claim_id)
    """
    params: list = []
    if article_ids is not None:
        sql += f" WHERE cl.article_id IN ({', '.join('?' for _ in article_ids)})"
        params = list(article_ids)
    return list(catalogue.db.query(sql + " ORDER BY ci.citation_id", params))


# Up to this many clips every citation is scored against every clip; past it, only
# against candidates: clips whose English transcripts share a word with the claim, or
# whose poster goes by the creator it names.
FULL_SCAN_CLIPS = 2000
CANDIDATE_SEGMENTS = 500


class Linker:
    """Scores claims against the catalogue's clips; build once per link stage."""

    def __init__(self, catalogue: Catalogue, citations: list[dict] | None = None):
        self.catalogue = catalogue
        # one way to key a person's name, in SQL as in Python
        catalogue.db.conn.create_function(
            "archiver_name_key", 1, lambda name: name_key(name) if name else None
        )
        all_ids = [row[0] for row in catalogue.db.execute("SELECT clip_id FROM clips")]
        self.known = set(all_ids)
        self.candidates: dict[int, list[str]] = {}
        if len(all_ids) > FULL_SCAN_CLIPS and citations is not None:
            for citation in citations:
                self.candidates[citation["citation_id"]] = self._candidates(citation)
            wanted = {clip_id for ids in self.candidates.values() for clip_id in ids}
        else:
            wanted = set(all_ids)
        self.clips = {clip_id: clip_text(catalogue, clip_id) for clip_id in sorted(wanted)}
        self.vectors = Vectors(
            terms(" ".join([c.metadata, *(w.text for w in c.windows + c.screen)]))
            for c in self.clips.values()
        )

    def _candidates(self, citation: dict) -> list[str]:
        db = self.catalogue.db
        found: set[str] = set()
        wanted = sorted({w for w in words(citation["claim_text"]) if w not in STOPWORDS})
        if wanted:
            query = " OR ".join('"' + w.replace('"', '""') + '"' for w in wanted)
            found.update(
                row[0]
                for row in db.execute(
                    """SELECT DISTINCT t.clip_id FROM segments_fts f
                    JOIN segments s ON s.segment_id = f.rowid
                    JOIN transcripts t USING (transcript_id)
                    WHERE segments_fts MATCH ? LIMIT ?""",
                    [query, CANDIDATE_SEGMENTS],
                )
            )
        if citation.get("creator"):
            key = name_key(citation["creator"])
            found.update(
                row[0]
                for row in db.execute(
                    """SELECT c.clip_id FROM clips c LEFT JOIN accounts a USING (account_id)
                    WHERE ? IN (archiver_name_key(c.uploader), archiver_name_key(a.handle),
                                archiver_name_key(a.display_name))""",
                    [key],
                )
            )
        return sorted(found)

    def _text(self, clip_id: str) -> ClipText:
        if clip_id not in self.clips:  # a manual or article link outside the candidates
            self.clips[clip_id] = clip_text(self.catalogue, clip_id)
        return self.clips[clip_id]

    def match(self, claim: str, citation: dict | None, clip_id: str) -> Match:
        return score_clip(claim, citation, self._text(clip_id), self.vectors)

    def rank(self, claim: str, citation: dict | None) -> list[Match]:
        ids = self.candidates.get(citation["citation_id"]) if citation else None
        if ids is None:  # a small archive: every clip is a candidate
            ids = list(self.clips)
        matches = [self.match(claim, citation, clip_id) for clip_id in ids]
        return sorted(matches, key=lambda m: m.score, reverse=True)


@dataclass
class LinkSummary:
    confirmed: int = 0
    suggested: int = 0
    quotes_not_found: int = 0
    unresolved: int = 0
    failures: list[tuple[str, Outcome]] = field(default_factory=list)  # manual links


def link_claims(
    catalogue: Catalogue,
    manual: Iterable[tuple[int, str, tuple[float, float] | None, str | None]] = (),
    article_ids: list[int] | None = None,
    threshold: float = SUGGEST_THRESHOLD,
) -> LinkSummary:
    """Confirm manual and article-linked evidence, then suggest clips for the rest.

    `manual` holds (claim_id, clip_id, span or None, note) from seed manifests.
    """
    summary = LinkSummary()
    citations = _citations(catalogue, article_ids)
    linker = Linker(catalogue, citations)
    by_claim = {c["claim_id"]: c for c in citations}
    linked: dict[int, list[str]] = {}  # citation_id -> clips confirmed for it

    def confirm(claim_id: int, claim_text: str, clip_id: str, method: str, span=None, note=None):
        citation = by_claim.get(claim_id)
        match = linker.match(claim_text, citation, clip_id)
        save_evidence(catalogue, claim_id, match, method, "confirmed", note=note, span=span)
        summary.confirmed += 1
        summary.quotes_not_found += match.quote_found is False
        if citation:
            linked.setdefault(citation["citation_id"], []).append(clip_id)

    for claim_id, clip_id, span, note in manual:
        claim_text = catalogue.db["claims"].get(claim_id)["text"]
        if clip_id not in linker.known:  # the caller resolves clips; skip any it could not
            continue
        confirm(claim_id, claim_text, clip_id, "manual", span, note)
    for citation in citations:
        clip_id = clip_for_url(catalogue, citation["url"]) if citation["url"] else None
        if clip_id and clip_id in linker.known:
            confirm(citation["claim_id"], citation["claim_text"], clip_id, "article_link")
    for citation in citations:  # "the video shows ..." refers to the clip cited before
        referent = linked.get(citation["same_clip_as"] or -1, [])
        for clip_id in referent:
            confirm(
                citation["claim_id"],
                citation["claim_text"],
                clip_id,
                "article_link",
                note="the same clip as the citation before it",
            )
    suggested: dict[int, list[Match]] = {}  # citation_id -> its suggestions
    order = ThreadOrder(catalogue, citations)
    for citation in citations:
        if citation["citation_id"] in linked:
            continue
        # "Another content creator recorded ...": not the clip an earlier thread has
        unlike = order.clips_before(citation, suggested, linked)
        ranked = [
            m for m in linker.rank(citation["claim_text"], citation) if m.clip_id not in unlike
        ]
        matches = [m for m in ranked if m.score >= threshold][:SUGGESTIONS_PER_CLAIM]
        if not matches and citation["same_clip_as"] in suggested:
            # "The video shows ...": what was suggested for the clip cited just before
            matches = [  # its clip, not its quote: the quote was the other claim's
                replace(
                    m,
                    reasons=f"the same clip as the citation before it; {m.reasons}",
                    quote_found=None,
                    quote_score=None,
                    quote_heard=None,
                )
                for m in suggested[citation["same_clip_as"]]
            ]
        suggested[citation["citation_id"]] = matches
        for match in matches:
            found = _discovered(catalogue, citation["citation_id"], match.clip_id)
            if found:  # how discovery found the clip, for the reviewer
                match = replace(match, reasons=f"{found}; {match.reasons}")
            save_evidence(catalogue, citation["claim_id"], match, "suggested", "suggested")
            summary.suggested += 1
            summary.quotes_not_found += match.quote_found is False
        if not matches:
            summary.unresolved += 1
    through = clips_of_threads(order, linker, citations, linked, suggested)
    for member in thread_members(catalogue, article_ids):
        for match in member_matches(
            member, through.get(member["opener"], []), linker.match, threshold
        ):
            save_evidence(catalogue, member["claim_id"], match, "thread", "suggested")
            summary.suggested += 1
    refresh_citation_status(catalogue)
    return summary


def _discovered(catalogue: Catalogue, citation_id: int, clip_id: str) -> str | None:
    """The lead and the ranking that brought the clip in, if discovery did."""
    if "discovery_candidates" not in catalogue.db.table_names():
        return None
    row = catalogue.db.execute(
        """SELECT l.kind, l.value, l.origin, d.score, d.reasons
           FROM discovery_candidates d JOIN discovery_leads l USING (lead_id)
           JOIN clips c ON d.url IN (c.original_url, c.webpage_url)
           WHERE d.citation_id = ? AND c.clip_id = ? AND d.chosen = 1
           ORDER BY d.score DESC LIMIT 1""",
        [citation_id, clip_id],
    ).fetchone()
    if row is None:
        return None
    kind, value, origin, score, reasons = row
    return f"found by discovery: {kind} {value} ({origin}), ranked {score:.2f} ({reasons})"
