"""Checks of what an article states about a clip against what we observed.

For every citation linked to a clip (confirmed or suggested), each stated fact gets
a stored verdict: every metric ("18 million views, 2.1 million likes", one check each,
kind `metric:views`, ...) against the clip's first observation, allowing for the
rounding and the qualifier ("more than", "nearly", "about") the article used; the
creator against the uploader, channel and handle; the platform against yt-dlp's
extractor. Creator and platform are checked as stated or, when the claim names none,
as inherited from its thread, and the detail says which. A quotation is `agrees` only
when every word was heard as written; a close match is a `near_miss`, with its score
and the words that differ, and a quote not found is `not_heard`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from archiver.clock import utc_now
from archiver.evidence.clip_text import clip_text
from archiver.evidence.matching import (
    clip_people,
    creator_matches,
    match_quote,
    platform_matches,
)
from archiver.platforms import extractors_of
from archiver.store.catalogue import Catalogue

# Stated metric kinds -> observation columns.
METRIC_COLUMNS = {
    "likes": "likes",
    "hearts": "likes",
    "views": "views",
    "plays": "views",
    "comments": "comments",
    "shares": "reposts",  # shares, reposts and retweets are one kind since issue 13
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


# How far a hedged figure may be from what was observed: "nearly 2 million" is not 1.5m.
HEDGE = 0.1


def check_metric(
    kind: str, stated: int, observed: int | None, qualifier: str | None = None, label: str = ""
) -> Verdict:
    label = label or f"{stated:,} {kind}"
    check = f"metric:{kind}"
    if observed is None:
        return Verdict(check, label, None, "unknown", f"no {kind} count was observed")
    tolerance = rounding_tolerance(stated)
    difference = observed - stated
    if qualifier == "more than":
        agrees, rule = observed > stated - tolerance, "more than the stated figure"
    elif qualifier == "nearly":
        agrees = stated * (1 - HEDGE) - tolerance <= observed <= stated + tolerance
        rule = f"just under the stated figure (within {HEDGE:.0%})"
    elif qualifier == "about":
        agrees, rule = abs(difference) <= max(tolerance, stated * HEDGE), f"within {HEDGE:.0%}"
    else:
        agrees, rule = (
            abs(difference) <= tolerance,
            f"within the article's rounding (±{tolerance:,.0f})",
        )
    if agrees:
        verdict, detail = "agrees", rule
    else:
        verdict = "disagrees"
        detail = f"observed {observed:,}, {difference:+,} from the stated figure; wanted {rule}"
    return Verdict(check, label, f"{observed:,}", verdict, detail)


def check_creator(
    named: str, people: list[str], alias: str | None = None, inferred: str | None = None
) -> Verdict:
    observed = ", ".join(people) or None
    how = f"inferred from {inferred}: " if inferred else "stated: "
    if not people:
        return Verdict("creator", named, None, "unknown", how + "the clip names no uploader")
    if creator_matches(named, people) or (alias and creator_matches(alias, people)):
        return Verdict("creator", named, observed, "agrees", how + "matches the uploader")
    return Verdict("creator", named, observed, "disagrees", how + "no uploader or handle matches")


def check_platform(named: str, extractor: str, inferred: str | None = None) -> Verdict:
    how = f"inferred from {inferred}: " if inferred else "stated: "
    matches = platform_matches(named, extractor)
    if matches is None:
        detail = "the article names no checkable platform"
        if extractor == "generic":
            detail = "captured from a page, not a platform extractor"
        return Verdict("platform", named, extractor, "unknown", how + detail)
    verdict = "agrees" if matches else "disagrees"
    expected = "/".join(sorted(extractors_of(named)))
    return Verdict("platform", named, extractor, verdict, f"{how}expected extractor {expected}")


def check_quote(quote: str, timed_words: list) -> Verdict:
    if not timed_words:
        return Verdict("quote", quote, None, "unknown", "no English words with timestamps")
    found = match_quote(quote, timed_words)
    if found is None:
        return Verdict("quote", quote, None, "not_heard", "not heard anywhere in the clip")
    where = f"at {found.span.start:.1f}-{found.span.end:.1f} s, score {found.score:.2f}"
    if found.exact:
        return Verdict("quote", quote, found.heard, "agrees", f"heard as written {where}")
    differs = "; ".join(found.differing)
    return Verdict("quote", quote, found.heard, "near_miss", f"not as written {where}: {differs}")


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
    first = _first_observation(catalogue, clip_id)
    for metric in catalogue.db.query(
        "SELECT * FROM citation_metrics WHERE citation_id = ? ORDER BY position",
        [citation["citation_id"]],
    ):
        if metric["value"] is None:
            continue  # "millions of views": no figure to check
        if metric["kind"] == "followers":  # the account's, and we keep no follower counts
            label = metric["stated"]
            found.append(
                Verdict(
                    "metric:followers",
                    label,
                    None,
                    "unknown",
                    "followers belong to the account; no follower count is recorded for it",
                )  # fmt: skip
            )
            continue
        column = METRIC_COLUMNS.get(metric["kind"])
        observed = first.get(column) if column else None
        verdict = check_metric(
            metric["kind"], metric["value"], observed, metric["qualifier"], metric["stated"]
        )
        if any(v.kind == verdict.kind for v in found):  # the same kind twice in one claim
            verdict = replace(verdict, kind=f"{verdict.kind}:{metric['position']}")
        found.append(verdict)
    if citation.get("quote"):
        found.append(check_quote(citation["quote"], clip_text(catalogue, clip_id).words))
    inferred = citation.get("inferred_from") or "the thread"
    if citation["creator"]:
        found.append(check_creator(citation["creator"], people, citation.get("creator_alias")))
    elif citation.get("inferred_creator"):
        found.append(check_creator(citation["inferred_creator"], people, inferred=inferred))
    if citation["platform"] and citation["platform"] != "social media":
        found.append(check_platform(citation["platform"], clip["extractor"]))
    elif citation.get("inferred_platform"):
        found.append(check_platform(citation["inferred_platform"], clip["extractor"], inferred))
    elif citation["platform"]:
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
        verdicts = verdicts_for(catalogue, citation, citation["linked_clip"])
        kinds = [v.kind for v in verdicts]
        with catalogue.write() as db:  # a verdict on a fact no longer stated goes
            marks = ", ".join("?" for _ in kinds) or "NULL"
            db.execute(
                "DELETE FROM checks WHERE citation_id = ? AND clip_id = ? "
                f"AND kind NOT IN ({marks})",
                [citation["citation_id"], citation["linked_clip"], *kinds],
            )
        for verdict in verdicts:
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
