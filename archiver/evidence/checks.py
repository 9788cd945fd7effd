"""Checks of what an article states about a clip against what we observed.

For every citation linked to a clip (confirmed or suggested), each stated fact gets
a stored verdict: the metric ("3.2 million likes") against the clip's first
observation, allowing for the rounding the article used; the named creator against
the uploader, channel and handle; the named platform against yt-dlp's extractor.
"""

from __future__ import annotations

from dataclasses import dataclass

from archiver.clock import utc_now
from archiver.evidence.matching import clip_people, creator_matches, platform_matches
from archiver.platforms import extractors_of
from archiver.store.catalogue import Catalogue

# Stated metric kinds -> observation columns.
METRIC_COLUMNS = {
    "likes": "likes",
    "hearts": "likes",
    "views": "views",
    "plays": "views",
    "comments": "comments",
    "shares": "reposts",
    "reposts": "reposts",
    "retweets": "reposts",
    "saves": "saves",
    "bookmarks": "saves",
}


@dataclass(frozen=True)
class Verdict:
    kind: str
    stated: str
    observed: str | None
    verdict: str  # agrees, disagrees, unknown
    detail: str


def rounding_tolerance(stated: int) -> float:
    """Half a unit of the last significant digit: 3,200,000 may be 3,150,000-3,249,999."""
    if stated <= 0:
        return 0.5
    unit = 1
    while stated % (unit * 10) == 0:
        unit *= 10
    return unit / 2


def check_metric(kind: str, stated: int, observed: int | None) -> Verdict:
    label = f"{stated:,} {kind}"
    if observed is None:
        return Verdict("metric", label, None, "unknown", f"no {kind} count was observed")
    tolerance = rounding_tolerance(stated)
    difference = observed - stated
    if abs(difference) <= tolerance:
        verdict, detail = "agrees", f"within the article's rounding (±{tolerance:,.0f})"
    else:
        verdict = "disagrees"
        detail = f"observed {observed:,}, {difference:+,} from the stated figure"
    return Verdict("metric", label, f"{observed:,}", verdict, detail)


def check_creator(named: str, people: list[str]) -> Verdict:
    observed = ", ".join(people) or None
    if not people:
        return Verdict("creator", named, None, "unknown", "the clip names no uploader")
    if creator_matches(named, people):
        return Verdict("creator", named, observed, "agrees", "matches the uploader")
    return Verdict("creator", named, observed, "disagrees", "no uploader or handle matches")


def check_platform(named: str, extractor: str) -> Verdict:
    matches = platform_matches(named, extractor)
    if matches is None:
        detail = "the article names no checkable platform"
        if extractor == "generic":
            detail = "captured from a page, not a platform extractor"
        return Verdict("platform", named, extractor, "unknown", detail)
    verdict = "agrees" if matches else "disagrees"
    expected = "/".join(sorted(extractors_of(named)))
    return Verdict("platform", named, extractor, verdict, f"expected extractor {expected}")


def _first_observation(catalogue: Catalogue, clip_id: str) -> dict:
    return next(
        catalogue.db.query(
            "SELECT * FROM observations WHERE clip_id = ? AND availability = 'available' "
            "ORDER BY observed_at, observation_id LIMIT 1",
            [clip_id],
        ),
        {},
    )


def verdicts_for(catalogue: Catalogue, citation: dict, clip_id: str) -> list[Verdict]:
    clip = catalogue.db["clips"].get(clip_id)
    account = catalogue.db["accounts"].get(clip["account_id"]) if clip["account_id"] else {}
    people = clip_people(clip, account)
    found = []
    if citation["metric_kind"] and citation["metric_value"] is not None:
        column = METRIC_COLUMNS.get(citation["metric_kind"])
        observed = _first_observation(catalogue, clip_id).get(column) if column else None
        found.append(check_metric(citation["metric_kind"], citation["metric_value"], observed))
    if citation["creator"]:
        found.append(check_creator(citation["creator"], people))
    if citation["platform"]:
        found.append(check_platform(citation["platform"], clip["extractor"]))
    return found


def run_checks(catalogue: Catalogue) -> int:
    """Store a verdict for every stated fact of every linked citation; returns how many
    verdicts were new or changed."""
    pairs = list(
        catalogue.db.query(
            """
            SELECT DISTINCT ci.*, e.clip_id AS linked_clip FROM citations ci
            JOIN evidence e ON e.claim_id = ci.claim_id
            WHERE e.status IN ('confirmed', 'suggested')
            """
        )
    )
    stored = 0
    for citation in pairs:
        for verdict in verdicts_for(catalogue, citation, citation["linked_clip"]):
            key = [citation["citation_id"], citation["linked_clip"], verdict.kind]
            found = (verdict.stated, verdict.observed, verdict.verdict, verdict.detail)
            with catalogue.write() as db:
                before = db.execute(
                    "SELECT stated, observed, verdict, detail FROM checks "
                    "WHERE citation_id = ? AND clip_id = ? AND kind = ?",
                    key,
                ).fetchone()
                if before is not None and tuple(before) == found:
                    continue  # checked_at says when the verdict was reached: keep it
                db["checks"].upsert(
                    {
                        "citation_id": citation["citation_id"],
                        "clip_id": citation["linked_clip"],
                        "kind": verdict.kind,
                        "stated": verdict.stated,
                        "observed": verdict.observed,
                        "verdict": verdict.verdict,
                        "detail": verdict.detail,
                        "checked_at": utc_now(),
                    },
                    pk=("citation_id", "clip_id", "kind"),
                )
            stored += 1
    return stored
