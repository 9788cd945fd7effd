"""Precision and recall of `find_citations` against hand labels.

Two label sets under tests/data/articles/:
  citations_labelled.jsonl  every claim of the three seed articles (cites or not, platform,
                            creator, metric, back-references, quote continuations)
  citations_general.jsonl   single sentences in other outlets' phrasings, in three batches
                            ("first", "fresh", "final"), each labelled before the detector
                            saw it

Each batch was held out once. First runs, before any change made because of it:
  first  P 0.892  R 0.971    fresh  P 0.833  R 0.909    final  P 0.933  R 0.875
The detector has been improved on each batch since, so today's numbers on them (and on
the seed articles, which it was built with) overstate what to expect on new text.

Run: .venv/bin/python bench/citations.py [--seeds DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archiver.articles.citations import Citation, find_citations  # noqa: E402
from archiver.articles.claims import Claim, split_claims  # noqa: E402
from archiver.articles.reading import read_article  # noqa: E402

LABELS = ROOT / "tests" / "data" / "articles"
DEFAULT_SEEDS = ROOT.parent / "shared" / "seeds"
FIELDS = ("platform", "creator", "metric_kind", "metric_value")


class Score:
    """Counts for one label set: claim-level detection, then fields of true positives."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.tn = 0
        self.fields_right = self.fields_total = 0
        self.mistakes: list[str] = []

    def add(self, label: dict, found: Citation | None) -> None:
        cites = bool(label["cites"])
        if found and cites:
            self.tp += 1
            for name in FIELDS:
                self.fields_total += 1
                if label.get(name) == getattr(found, name):
                    self.fields_right += 1
                else:
                    wanted, got = label.get(name), getattr(found, name)
                    self.mistakes.append(f"{name}: want {wanted!r} got {got!r} | {label['text']}")
        elif found:
            self.fp += 1
            self.mistakes.append(f"false positive | {label['text']}")
        elif cites:
            self.fn += 1
            self.mistakes.append(f"missed | {label['text']}")
        else:
            self.tn += 1

    def summary(self) -> dict:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        fields = self.fields_right / self.fields_total if self.fields_total else 1.0
        return {
            "claims": self.tp + self.fp + self.fn + self.tn,
            "citing": self.tp + self.fn,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "fields_correct": round(fields, 3),
        }


def _read_labels(name: str) -> list[dict]:
    text = (LABELS / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def evaluate_seeds(seeds: Path) -> tuple[Score, dict]:
    """Claim by claim on the seed articles; labels are matched to claims by their text."""
    score = Score()
    extra = {"same_clip_right": 0, "same_clip_total": 0, "quote_right": 0, "quote_total": 0}
    by_article: dict[str, list[dict]] = defaultdict(list)
    for label in _read_labels("citations_labelled.jsonl"):
        by_article[label["article"]].append(label)
    for name, labels in sorted(by_article.items()):
        article = read_article(name, (seeds / name).read_bytes())
        claims = split_claims(article)
        citations = find_citations(claims, article.links, article.link_offsets)
        found = {claims[c.claim_position].text: c for c in citations}
        position = {claim.text: claim.position for claim in claims}
        continued = {p: c.claim_position for c in citations for p in c.quote_claims}
        label_position = {label["position"]: label["text"] for label in labels}
        for label in labels:
            if label["text"] not in position:
                score.mistakes.append(f"claim not produced | {label['text']}")
            citation = found.get(label["text"])
            score.add(label, citation)
            if label.get("same_clip_as") is not None:
                extra["same_clip_total"] += 1
                want = position.get(label_position[label["same_clip_as"]])
                extra["same_clip_right"] += bool(citation and citation.same_clip_as == want)
            if "quote_of" in label:
                extra["quote_total"] += 1
                want = position.get(label_position[label["quote_of"]])
                extra["quote_right"] += continued.get(position.get(label["text"], -1)) == want
        labelled = {label["text"] for label in labels}
        score.mistakes += [
            f"claim without a label (segmentation changed?) | {claim.text}"
            for claim in claims
            if claim.text not in labelled
        ]
        unlabelled = set(found) - labelled
        score.fp += len(unlabelled)
        score.mistakes += [f"unlabelled citation | {text}" for text in sorted(unlabelled)]
    return score, extra


def evaluate_sentences() -> dict[str, Score]:
    """Each labelled sentence on its own, as a one-claim article."""
    scores: dict[str, Score] = defaultdict(Score)
    for label in _read_labels("citations_general.jsonl"):
        claim = Claim(0, label["text"], 0, len(label["text"]))
        found = find_citations([claim])
        citation = found[0] if found else None
        scores[label.get("set", "general")].add(label, citation)
        if citation and label["cites"] and "stated_date" in label:
            if citation.stated_date != label["stated_date"]:
                scores[label["set"]].mistakes.append(f"stated_date | {label['text']}")
    return dict(scores)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--json", action="store_true", help="one JSON object, no table")
    parser.add_argument("--mistakes", action="store_true", help="list every mistake")
    args = parser.parse_args()

    started = time.perf_counter()
    results: dict[str, dict] = {}
    mistakes: dict[str, list[str]] = {}
    if args.seeds.is_dir():
        seed_score, extra = evaluate_seeds(args.seeds)
        results["seed articles"] = seed_score.summary() | extra
        mistakes["seed articles"] = seed_score.mistakes
    else:
        print(f"(no seed articles at {args.seeds}: skipped)", file=sys.stderr)
    for name, score in evaluate_sentences().items():
        results[f"sentences: {name}"] = score.summary()
        mistakes[f"sentences: {name}"] = score.mistakes
    elapsed = time.perf_counter() - started

    if args.json:
        print(json.dumps({"results": results, "seconds": round(elapsed, 2)}, indent=2))
        return 0
    print(f"{'label set':<20} {'claims':>6} {'citing':>6} {'tp':>4} {'fp':>4} {'fn':>4} "
          f"{'precision':>9} {'recall':>7} {'fields':>7}")  # fmt: skip
    for name, row in results.items():
        print(
            f"{name:<20} {row['claims']:>6} {row['citing']:>6} {row['tp']:>4} {row['fp']:>4} "
            f"{row['fn']:>4} {row['precision']:>9.3f} {row['recall']:>7.3f} "
            f"{row['fields_correct']:>7.3f}"
        )
    if "seed articles" in results:
        row = results["seed articles"]
        print(
            f"seed back-references right: {row['same_clip_right']}/{row['same_clip_total']}, "
            f"quote continuations right: {row['quote_right']}/{row['quote_total']}"
        )
    for name, items in mistakes.items():
        if items and (args.mistakes or len(items) <= 10):
            print(f"\n{name}:")
            print("\n".join(f"  {item}" for item in items))
    print(f"\n{elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
