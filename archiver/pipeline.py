"""The `archive` job: articles, manifests and clip URLs through every stage, in order.

    ingest -> [discover] -> capture -> transcribe -> ocr -> link -> check

Each stage is called through its one entry point, records every item's outcome
(run_items) and never stops the job on a failure: a bad article still lets the others
through, a clip that fails to capture leaves its citation unresolved. Every stage skips
what is already done, so a killed run, re-run, finishes the rest. The stages meet in
the catalogue; this module only decides what goes to each, and sums up this run.
"""

from __future__ import annotations

import urllib.parse
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from archiver import manifests
from archiver.articles.fetch import is_url
from archiver.articles.ingest import (
    ArticleRequest,
    clip_urls_of,
    has_article_text,
    ingest_articles,
)
from archiver.clips.capture import CaptureOptions, CaptureOutcome, Capturer, capture_urls
from archiver.clips.probe import pages_with_video
from archiver.clips.recrawl import watch_linked_sooner
from archiver.clips.urls import dedicated_extractor
from archiver.cluster import ClusterLost, cluster_address, open_cluster
from archiver.discovery.discover import DiscoverOptions, discover_stage
from archiver.errors import ArchiverError, NoSuchSource, Outcome
from archiver.evidence.checks import run_checks
from archiver.evidence.links import ManualLink, link_stage
from archiver.evidence.review import EvidenceSummary, evidence_summary
from archiver.interrupt import stop_point
from archiver.speech.transcribe import TranscribeOptions, transcribe_stage
from archiver.store.catalogue import Catalogue
from archiver.store.runs import record_item, recorded_run
from archiver.tasks import Runner
from archiver.vision.ocr import ocr_stage

MEDIA_SUFFIXES = (".mp4", ".webm", ".mov", ".m4a", ".mp3", ".ogg", ".m3u8")


PAGE_KINDS = {
    "clip": "a video page: captured as a clip, from the page",
    "article": "an article",
    "article+clip": "an article with a video of its own: the article, and the video as its clip",
}


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
    # what a URL that is no platform's clip is: "ask" the page, or force "article"/"clip"
    pages: str = "ask"
    allow_outside: bool = False  # manifests may name article files outside their folder
    skip_ocr: bool = False
    # look for the clips unresolved citations only describe (None: don't)
    discover: DiscoverOptions | None = None
    discover_citations: list[int] | None = None  # None: every unresolved citation
    # capture, transcribe and read screens on a Dask cluster; None: $ARCHIVER_CLUSTER,
    # else config.yaml's cluster:, else here
    cluster: str | None = None


@dataclass(frozen=True)
class Failure:
    stage: str
    item: str
    status: str
    message: str | None


@dataclass
class ArchiveSummary:
    """What this run did (not what the whole archive holds)."""

    run_id: int
    articles: int = 0  # read, new or unchanged
    claims: int = 0  # in those articles
    citations: int = 0
    clips_captured: int = 0
    captures_failed: int = 0
    transcripts: int = 0  # clips transcribed in this run
    screens_read: int = 0  # clips whose on-screen text was read in this run
    discovered: int = 0  # candidate clips the discovery stage sent to capture
    evidence: EvidenceSummary = field(default_factory=EvidenceSummary)
    failures: list[Failure] = field(default_factory=list)
    # what each URL source that is no platform's clip turned out to be (PAGE_KINDS)
    pages: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass
class Plan:
    """The sources sorted into what each stage gets."""

    articles: list[ArticleRequest] = field(default_factory=list)
    clip_urls: list[str] = field(default_factory=list)
    manual_links: list[ManualLink] = field(default_factory=list)
    bad_manifests: list[tuple[str, ArchiverError]] = field(default_factory=list)


def is_clip_url(source: str) -> bool:
    """A URL yt-dlp has a dedicated extractor for, or a direct media file."""
    path = urllib.parse.urlsplit(source).path.lower()
    return dedicated_extractor(source) is not None or path.endswith(MEDIA_SUFFIXES)


def plan_sources(sources: Iterable[str], allow_outside: bool = False) -> Plan:
    """Sort sources into articles, clips and manual links. A named file that does not
    exist is refused here, before any stage runs; a manifest that does not validate
    (or names an article outside its folder, unless `allow_outside`) is kept to be
    recorded as the run's failure."""
    sources = list(sources)
    missing = [s for s in sources if s != "-" and not is_url(s) and not Path(s).is_file()]
    if missing:
        raise NoSuchSource(
            f"no such file: {', '.join(missing)} (sources are article files, manifests "
            "(.yaml), article URLs or clip URLs); nothing was done"
        )
    plan = Plan()
    for source in sources:
        if source.lower().endswith((".yaml", ".yml")) and not is_url(source):
            try:
                manifest = manifests.load_manifest(Path(source), allow_outside=allow_outside)
            except ArchiverError as error:
                plan.bad_manifests.append((source, error))
                continue
            _add_manifest(plan, manifest)
        elif is_url(source) and is_clip_url(source):
            plan.clip_urls.append(source)
        else:
            plan.articles.append(ArticleRequest(source))
    return plan


def _add_manifest(plan: Plan, manifest: manifests.Manifest) -> None:
    for ref in manifest.articles:
        plan.articles.append(
            ArticleRequest(ref.source, ref.outlet, ref.title, ref.published_at),
        )
    plan.clip_urls.extend(manifest.clips)
    for link in manifest.links:
        refs = [link.article] if link.article else manifest.articles
        plan.manual_links.append(
            ManualLink(
                clip_url=link.clip_url,
                claim_quote=link.claim_quote,
                claim_id=link.claim_id,
                article_sources=[ref.source for ref in refs],
                span=(link.start, link.end) if link.start is not None else None,
                note=link.note,
                named_in=str(manifest.path),
            )
        )


class ArchiveJob:
    def __init__(
        self, catalogue: Catalogue, options: ArchiveOptions, reporter: Reporter | None = None
    ):
        self.catalogue = catalogue
        self.options = options
        self.reporter = reporter or _Silent()
        self._run: Runner | None = None  # the cluster's, while the job has one

    def run(self, sources: Iterable[str]) -> ArchiveSummary:
        """Every stage in turn. A stop signal (see archiver.interrupt) ends the job
        between items or stages; a re-run does the rest."""
        plan = plan_sources(sources, self.options.allow_outside)
        with recorded_run(self.catalogue, "archive") as run:
            summary = ArchiveSummary(run.run_id)
            try:
                for source, error in plan.bad_manifests:
                    self._failed(summary, "manifest", source, Outcome.failed(error))
                self._sort_pages(plan, summary)
                article_ids = self._ingest(plan, summary)
                stop_point()
                if self.options.discover is not None:
                    self._discover(plan, summary)
                    stop_point()
                # capture, transcription and OCR run on the cluster when one is named;
                # this process writes what comes back
                where = cluster_address(self.options.cluster, self.catalogue.config_path)
                with open_cluster(where) as self._run:
                    clip_ids = self._capture(plan, article_ids, summary)
                    stop_point()
                    if not self.options.skip_transcribe:
                        self._transcribe(summary)
                        stop_point()
                    if not self.options.skip_ocr:
                        self._ocr(summary)
                        stop_point()
                self._link(plan, summary)
                stop_point()
                self.reporter.stage("check", 1)
                run_checks(self.catalogue)
                self.reporter.advance("stated facts")
                summary.evidence = evidence_summary(self.catalogue, article_ids, clip_ids)
                run.status = "ok" if summary.ok else "failed"
                return summary
            finally:
                run.summary = {"failed": Counter(f.stage for f in summary.failures)}

    def _failed(self, summary: ArchiveSummary, stage: str, item: str, outcome: Outcome) -> None:
        """A failure the stage itself did not record (a manifest, a missing model)."""
        record_item(self.catalogue, summary.run_id, stage, item, outcome)
        summary.failures.append(Failure(stage, item, outcome.status, outcome.message))

    def _sort_pages(self, plan: Plan, summary: ArchiveSummary) -> None:
        """Ask each URL that is no platform's clip what it is, before reading it as an
        article: a page of one video of its own is a clip (captured from the page, so
        its title, uploader and counts are kept); article text without one, an article;
        both, an article with the page as its clip link. --as-article/--as-clip force it."""
        articles = []
        urls = [request.source for request in plan.articles if is_url(request.source)]
        asking = self.options.pages == "ask"
        with_video = (
            pages_with_video(self.catalogue, urls, self.options.capture) if asking else set()
        )
        for request in plan.articles:
            if not is_url(request.source):
                articles.append(request)
                continue
            stop_point()
            if asking:
                video = request.source in with_video
                kind = "clip" if video else "article"
                if video and has_article_text(request.source):
                    kind = "article+clip"
            else:
                kind = self.options.pages
            summary.pages[request.source] = kind
            if kind == "clip":
                plan.clip_urls.append(request.source)
            else:
                request.video_on_page = kind == "article+clip"
                articles.append(request)
        plan.articles = articles

    def _ingest(self, plan: Plan, summary: ArchiveSummary) -> list[int]:
        self.reporter.stage("ingest", len(plan.articles))
        outcomes = ingest_articles(
            self.catalogue,
            plan.articles,
            run_id=summary.run_id,
            on_done=lambda outcome: self.reporter.advance(outcome.source),
            allow_private_addresses=self.options.capture.allow_private_addresses,
        )
        for outcome in outcomes:
            if not outcome.ok:
                summary.failures.append(
                    Failure("ingest", outcome.source, outcome.status, outcome.message)
                )
        read = [outcome for outcome in outcomes if outcome.ok]
        summary.articles = len(read)
        summary.claims = sum(outcome.claims for outcome in read)
        summary.citations = sum(outcome.citations for outcome in read)
        return [outcome.article_id for outcome in read if outcome.article_id is not None]

    def _discover(self, plan: Plan, summary: ArchiveSummary) -> None:
        """Leads listed flat through the capture's own yt-dlp settings (pause, proxy,
        cookies, impersonation), the best-ranked posts added to what is captured."""
        options = self.options.discover or DiscoverOptions()
        self.reporter.stage("discover", 1)
        listing = replace(self.options.capture, limit=options.limit)
        with Capturer(self.catalogue, listing, run_id=summary.run_id) as capturer:
            found = discover_stage(
                self.catalogue,
                capturer.list_flat,
                options,
                self.options.discover_citations,
                run_id=summary.run_id,
            )
        for url, outcome in found.failed:
            summary.failures.append(Failure("discover", url, outcome.status, outcome.message))
        plan.clip_urls.extend(found.to_capture)
        summary.discovered = len(found.to_capture)
        self.reporter.advance("leads")

    def _capture(self, plan: Plan, article_ids: list[int], summary: ArchiveSummary) -> list[str]:
        urls = [*plan.clip_urls, *(link.clip_url for link in plan.manual_links)]
        urls = list(dict.fromkeys(urls + clip_urls_of(self.catalogue, article_ids)))
        self.reporter.stage("capture", len(urls))

        def done(url: str, outcomes: list[CaptureOutcome]) -> None:
            self.reporter.advance(url)

        outcomes = capture_urls(
            self.catalogue,
            urls,
            self.options.capture,
            run_id=summary.run_id,
            on_done=done,
            run=self._run,
        )
        for outcome in outcomes:
            if not outcome.ok:
                summary.failures.append(
                    Failure("capture", outcome.url, outcome.status, outcome.message)
                )
        summary.clips_captured = len({o.clip_id for o in outcomes if o.ok and o.clip_id})
        summary.captures_failed = sum(not outcome.ok for outcome in outcomes)
        return list(dict.fromkeys(o.clip_id for o in outcomes if o.clip_id))

    def _transcribe(self, summary: ArchiveSummary) -> None:
        options = self.options.transcribe
        try:
            outcomes = transcribe_stage(
                self.catalogue,
                missing=True,
                options=options,
                run_id=summary.run_id,
                on_start=lambda total: self.reporter.stage("transcribe", total),
                on_done=lambda outcome: self.reporter.advance(outcome.clip_id),
                run=self._run,
            )
        except ClusterLost:
            raise  # the job stops: the same command resumes
        except ArchiverError as error:  # e.g. no model installed: say so, go on linking
            self._failed(summary, "transcribe", options.model, Outcome.failed(error))
            return
        for outcome in outcomes:
            if not outcome.ok:
                summary.failures.append(
                    Failure("transcribe", outcome.clip_id, outcome.status, outcome.message)
                )
        summary.transcripts = sum(outcome.ok for outcome in outcomes)

    def _link(self, plan: Plan, summary: ArchiveSummary) -> None:
        self.reporter.stage("link", 1)
        linked = link_stage(self.catalogue, plan.manual_links, run_id=summary.run_id)
        for item, outcome in linked.failures:
            summary.failures.append(Failure("link", item, outcome.status, outcome.message))
        # a clip a claim now rests on is watched more often from its first capture
        watch_linked_sooner(self.catalogue, self.options.capture.policy)
        self.reporter.advance("claims")

    def _ocr(self, summary: ArchiveSummary) -> None:
        try:
            outcomes = ocr_stage(
                self.catalogue,
                missing=True,
                run_id=summary.run_id,
                on_start=lambda total: self.reporter.stage("ocr", total),
                on_done=lambda outcome: self.reporter.advance(outcome.clip_id),
                run=self._run,
            )
        except ClusterLost:
            raise  # the job stops: the same command resumes
        except ArchiverError as error:  # e.g. rapidocr's models missing: say so, go on
            self._failed(summary, "ocr", "rapidocr", Outcome.failed(error))
            return
        for outcome in outcomes:
            if not outcome.ok:
                summary.failures.append(
                    Failure("ocr", outcome.clip_id, outcome.status, outcome.message)
                )
        summary.screens_read = sum(outcome.ok for outcome in outcomes)
