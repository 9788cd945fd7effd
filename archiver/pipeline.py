"""The `archive` job: articles, manifests and clip URLs through every stage.

ingest -> capture -> transcribe -> link -> check. Each stage records every item's
outcome (run_items) and a failure never stops the job: a bad article still lets
the others through, a clip that fails to capture leaves its citation unresolved.
Every stage skips what is already done, so a killed run, re-run, finishes the rest.
"""

from __future__ import annotations

import urllib.parse
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from archiver import manifests
from archiver.articles.ingest import ingest, is_url
from archiver.clips.capture import CaptureOptions, Capturer
from archiver.clips.urls import dedicated_extractor
from archiver.errors import ArchiverError
from archiver.evidence.checks import run_checks
from archiver.evidence.links import clip_for_url, link_claims
from archiver.interrupt import stop_point
from archiver.speech.transcribe import (
    TranscribeOptions,
    import_platform_captions,
    model_ref,
    select_jobs,
    transcribe_clips,
)
from archiver.store.catalogue import Catalogue, record_item, recorded_run

MEDIA_SUFFIXES = (".mp4", ".webm", ".mov", ".m4a", ".mp3", ".ogg", ".m3u8")


class Reporter(Protocol):
    def stage(self, name: str, total: int) -> None: ...

    def advance(self, item: str) -> None: ...


class _Silent:
    def stage(self, name: str, total: int) -> None:
        pass

    def advance(self, item: str) -> None:
        pass


@dataclass
class ArchiveOptions:
    capture: CaptureOptions = field(default_factory=lambda: CaptureOptions(new_only=True))
    transcribe: TranscribeOptions = field(default_factory=TranscribeOptions)
    skip_transcribe: bool = False


@dataclass
class ArchiveSummary:
    run_id: int
    articles: int = 0
    claims: int = 0
    citations: int = 0
    clips_captured: int = 0
    clips_failed: int = 0
    transcripts: int = 0
    links_confirmed: int = 0
    links_suggested: int = 0
    quotes_not_found: int = 0
    unresolved_citations: int = 0
    checks_disagreeing: int = 0
    failures: list[dict] = field(default_factory=list)  # this run's failed items

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass
class _Plan:
    articles: list[tuple[str, dict]] = field(default_factory=list)  # source, metadata
    clip_urls: list[str] = field(default_factory=list)
    manual_links: list[tuple[manifests.Manifest, manifests.ManualLink]] = field(
        default_factory=list
    )


def is_clip_url(source: str) -> bool:
    """A URL yt-dlp has a dedicated extractor for, or a direct media file."""
    path = urllib.parse.urlsplit(source).path.lower()
    return dedicated_extractor(source) is not None or path.endswith(MEDIA_SUFFIXES)


class ClaimNotFound(ArchiverError):
    status = "claim_not_found"


def _squash(text: str) -> str:
    """Compare quotes whatever their quote marks, dashes and spacing."""
    text = text.casefold()
    for fancy, plain in (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-")):
        text = text.replace(fancy, plain)
    return " ".join(text.split())


def article_source(ref: manifests.ArticleRef) -> str:
    return str(ref.path) if ref.path else str(ref.url)


def find_claim(
    catalogue: Catalogue, manifest: manifests.Manifest, link: manifests.ManualLink
) -> int:
    """The claim a manual link names: by id, or by words quoted from exactly one claim
    in the manifest's articles (or the one article the link names)."""
    if link.claim_id is not None:
        if not catalogue.db["claims"].count_where("claim_id = ?", [link.claim_id]):
            raise ClaimNotFound(f"{manifest.path}: no claim {link.claim_id} in the catalogue")
        return link.claim_id
    refs = [link.article] if link.article else manifest.articles
    sources = [article_source(ref) for ref in refs]
    marks = ", ".join("?" for _ in sources)
    rows = catalogue.db.execute(
        f"""SELECT cl.claim_id, cl.text FROM claims cl JOIN articles a USING (article_id)
        WHERE a.source IN ({marks}) AND a.version = (
            SELECT MAX(version) FROM articles b WHERE b.source = a.source)""",
        sources,
    ).fetchall()
    quote = _squash(link.claim_quote or "")
    found = [claim_id for claim_id, text in rows if quote in _squash(text)]
    if len(found) != 1:
        how = "no claim" if not found else f"{len(found)} claims"
        raise ClaimNotFound(f"{manifest.path}: {how} in its articles quote {link.claim_quote!r}")
    return found[0]


class ArchiveJob:
    def __init__(
        self, catalogue: Catalogue, options: ArchiveOptions, reporter: Reporter | None = None
    ):
        self.catalogue = catalogue
        self.options = options
        self.reporter = reporter or _Silent()
        self.run_id: int | None = None  # set when run() starts
        self.failures: list[dict] = []

    def record(
        self,
        stage: str,
        item: str,
        status: str,
        error_class: str | None = None,
        message: str | None = None,
    ) -> None:
        row = record_item(self.catalogue, self.run_id, stage, item, status, error_class, message)
        if error_class:
            self.failures.append(row)

    def record_error(self, stage: str, item: str, error: ArchiverError) -> None:
        self.record(stage, item, error.status, type(error).__name__, error.message)

    def run(self, sources: Iterable[str]) -> ArchiveSummary:
        """Every stage in turn. A stop signal (see archiver.interrupt) ends the job
        between items or stages; a re-run does the rest."""
        with recorded_run(self.catalogue, "archive") as run:
            self.run_id = run.run_id
            try:
                plan = self.plan(sources)
                article_ids = self.ingest(plan)
                stop_point()
                self.capture(plan, article_ids)
                stop_point()
                if not self.options.skip_transcribe:
                    self.transcribe()
                    stop_point()
                self.link(plan)
                stop_point()
                self.reporter.stage("check", 1)
                run_checks(self.catalogue)
                self.reporter.advance("stated facts")
                summary = self.summary()
                run.status = "ok" if summary.ok else "failed"
                return summary
            finally:
                run.summary = {"failed": Counter(f["stage"] for f in self.failures)}

    # -- stages ----------------------------------------------------------------------

    def plan(self, sources: Iterable[str]) -> _Plan:
        plan = _Plan()
        for source in sources:
            if source.lower().endswith((".yaml", ".yml")) and not is_url(source):
                try:
                    manifest = manifests.load_manifest(Path(source))
                except ArchiverError as error:
                    self.record_error("manifest", source, error)
                    continue
                self.record("manifest", source, "ok")
                for ref in manifest.articles:
                    meta = {
                        "outlet": ref.outlet,
                        "title": ref.title,
                        "published_at": ref.published_at,
                    }
                    plan.articles.append((article_source(ref), meta))
                plan.clip_urls.extend(manifest.clips)
                plan.manual_links.extend((manifest, link) for link in manifest.links)
            elif is_url(source) and is_clip_url(source):
                plan.clip_urls.append(source)
            else:
                plan.articles.append((source, {}))
        return plan

    def ingest(self, plan: _Plan) -> dict[str, int]:
        """Returns article source -> article_id for what was read."""
        self.reporter.stage("ingest", len(plan.articles))
        article_ids: dict[str, int] = {}
        for source, meta in plan.articles:
            stop_point()
            outcome = ingest(self.catalogue, source, **meta)
            if outcome.ok:
                article_ids[source] = outcome.article_id
            self.record("ingest", source, outcome.status, outcome.error_class, outcome.message)
            self.reporter.advance(source)
        return article_ids

    def capture(self, plan: _Plan, article_ids: dict[str, int]) -> None:
        urls = list(plan.clip_urls)
        urls += [link.clip_url for _, link in plan.manual_links]
        if article_ids:
            marks = ", ".join("?" for _ in article_ids)
            ids = list(article_ids.values())
            urls += [
                row[0]
                for row in self.catalogue.db.execute(
                    f"SELECT url FROM article_links WHERE article_id IN ({marks})", ids
                )
            ]
            urls += [
                row[0]
                for row in self.catalogue.db.execute(
                    f"SELECT ci.url FROM citations ci JOIN claims cl USING (claim_id) "
                    f"WHERE ci.url IS NOT NULL AND cl.article_id IN ({marks})",
                    ids,
                )
            ]
        urls = list(dict.fromkeys(urls))
        self.reporter.stage("capture", len(urls))
        with Capturer(self.catalogue, self.options.capture, run_id=self.run_id) as capturer:
            for url in urls:
                for outcome in capturer.capture(url):
                    self.record(
                        "capture",
                        outcome.url,
                        outcome.status,
                        outcome.error_class,
                        outcome.message if not outcome.ok else None,
                    )
                self.reporter.advance(url)

    def transcribe(self) -> None:
        options = self.options.transcribe
        try:
            import_platform_captions(self.catalogue, self.run_id)
            name = model_ref(self.catalogue, options).name
            jobs = select_jobs(self.catalogue, missing=True, model_name=name)
        except ArchiverError as error:  # e.g. no model installed: say so, go on linking
            self.record_error("transcribe", options.model, error)
            return
        self.reporter.stage("transcribe", len(jobs))

        def done(outcome) -> None:
            self.record(
                "transcribe", outcome.clip_id, outcome.status, outcome.error_class, outcome.message
            )
            self.reporter.advance(outcome.clip_id)

        try:
            transcribe_clips(self.catalogue, jobs, options, run_id=self.run_id, on_done=done)
        except ArchiverError as error:
            self.record_error("transcribe", options.model, error)

    def link(self, plan: _Plan):
        self.reporter.stage("link", 1)
        manual = []
        for manifest, link in plan.manual_links:
            try:
                claim_id = find_claim(self.catalogue, manifest, link)
            except ArchiverError as error:
                self.record_error("link", link.claim_quote or str(link.claim_id), error)
                continue
            clip_id = clip_for_url(self.catalogue, link.clip_url)
            if clip_id is None:
                message = f"the clip {link.clip_url} was not captured"
                self.record("link", link.clip_url, "clip_missing", "ClipMissing", message)
                continue
            span = (link.start, link.end) if link.start is not None else None
            manual.append((claim_id, clip_id, span, link.note))
        summary = link_claims(self.catalogue, manual)
        self.reporter.advance("claims")
        return summary

    def summary(self) -> ArchiveSummary:
        db = self.catalogue.db

        def count(sql: str, *params) -> int:
            return int(db.execute(sql, params).fetchone()[0] or 0)

        run = self.run_id
        return ArchiveSummary(
            run_id=run,
            articles=count("SELECT COUNT(*) FROM articles"),
            claims=count("SELECT COUNT(*) FROM claims"),
            citations=count("SELECT COUNT(*) FROM citations"),
            clips_captured=count("SELECT COUNT(*) FROM clips"),
            clips_failed=count(
                "SELECT COUNT(*) FROM run_items WHERE run_id = ? AND stage = 'capture' "
                "AND status != 'ok'",
                run,
            ),
            transcripts=count("SELECT COUNT(*) FROM transcripts WHERE status != 'failed'"),
            links_confirmed=count("SELECT COUNT(*) FROM evidence WHERE status = 'confirmed'"),
            links_suggested=count("SELECT COUNT(*) FROM evidence WHERE status = 'suggested'"),
            quotes_not_found=count("SELECT COUNT(*) FROM evidence WHERE quote_found = 0"),
            unresolved_citations=count(
                "SELECT COUNT(*) FROM citations WHERE status = 'unresolved'"
            ),
            checks_disagreeing=count("SELECT COUNT(*) FROM checks WHERE verdict = 'disagrees'"),
            failures=list(self.failures),
        )
