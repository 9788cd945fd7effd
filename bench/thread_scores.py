"""Scoring of threads, context and every stated metric against hand labels (issue 13),
for bench/citations.py: split from it to keep each module short.

threads_seeds.jsonl labels seed 000 by claim position (the text stays in ../shared);
threads_untouched*.jsonl hold invented articles, labelled before the code saw them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from archiver.articles.citations import extract_citations
from archiver.articles.reading import read_article
from archiver.text import name_key

LABELS = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles"


def _read_labels(name: str) -> list[dict]:
    text = (LABELS / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


THREAD_FIELDS = ("citation", "thread", "platform", "creator", "metric")


def _threads_of(citations: list) -> dict[int, tuple[int, str]]:
    """claim position -> (the position of the citation that opened its thread, role)."""
    found: dict[int, tuple[int, str]] = {}
    for citation in citations:
        for member in getattr(citation, "members", None) or []:
            found[member.position] = (citation.claim_position, member.role)
        if getattr(citation, "members", None) is None:  # main before issue 13
            opener = citation.same_clip_as
            role = "back_reference" if opener is not None else "citation"
            found[citation.claim_position] = (
                opener if opener is not None else citation.claim_position,
                role,
            )
            for position in citation.quote_claims:
                found[position] = (citation.claim_position, "quote")
    for position, (opener, role) in list(found.items()):  # a member of a member's thread
        while opener in found and found[opener][0] != opener:
            opener = found[opener][0]
        found[position] = (opener, role)
    return found


def _metrics_of(citation) -> set[tuple[str, int | None]]:
    if hasattr(citation, "metrics"):
        return {(m.kind, m.value) for m in citation.metrics}
    if citation.metric_kind:  # main before issue 13: one metric, "reposts" for shares
        kind = {"reposts": "shares"}.get(citation.metric_kind, citation.metric_kind)
        return {(kind, citation.metric_value)}
    return set()


def _context(citation, name: str) -> str | None:
    return getattr(citation, name) or getattr(citation, f"inferred_{name}", None)


class ThreadScore:
    """Counts per field: true positives, false positives, false negatives."""

    def __init__(self) -> None:
        self.counts = {name: [0, 0, 0] for name in THREAD_FIELDS}
        self.mistakes: list[str] = []

    def add(self, name: str, tp: int = 0, fp: int = 0, fn: int = 0, why: str = "") -> None:
        for i, n in enumerate((tp, fp, fn)):
            self.counts[name][i] += n
        if (fp or fn) and why:
            self.mistakes.append(f"{name}: {why}")

    def summary(self) -> dict:
        out = {}
        for name, (tp, fp, fn) in self.counts.items():
            out[name] = {
                "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
                "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0,
                "n": tp + fn,
            }
        return out


def score_article(
    score: ThreadScore, labels: dict[int, dict], claims: list, citations: list
) -> None:
    """labels: claim position -> its label (positions not labelled cite nothing and
    belong to no thread)."""
    found = {c.claim_position: c for c in citations}
    threads = _threads_of(citations)
    text = {claim.position: claim.text[:70] for claim in claims}
    for claim in claims:
        p = claim.position
        label = labels.get(p, {})
        cites, got = bool(label.get("cites", "platform" in label)), found.get(p)
        score.add("citation", tp=int(cites and bool(got)), fp=int(bool(got) and not cites),
                  fn=int(cites and not got), why=text[p])  # fmt: skip
        want_thread = label.get("thread")
        got_thread = threads.get(p, (None, None))[0]
        if want_thread is not None and want_thread != p:  # membership, openers aside
            right = got_thread == want_thread
            why = f"want {want_thread} got {got_thread} | {text[p]}"
            score.add("thread", tp=int(right), fn=int(not right), why=why)
            if got_thread is not None and got_thread != p and not right:
                score.add("thread", fp=1)
        elif got_thread is not None and got_thread != p:
            score.add("thread", fp=1, why=f"want none got {got_thread} | {text[p]}")
        if not cites:
            continue
        for name in ("platform", "creator"):
            want = label.get(name)
            wants = want if isinstance(want, list) else [want]
            have = _context(got, name) if got else None
            right = bool(got) and any(name_key(w or "") == name_key(have or "") for w in wants)
            if name == "creator" and not right and got:
                right = _surname_of_named(have, wants, [c.text for c in claims if c.position <= p])
            score.add(
                name,
                tp=int(right),
                fn=int(not right),
                why=f"want {want!r} got {have!r} | {text[p]}",
            )
        wanted = {(kind, value) for kind, value, _ in label.get("metrics", [])}
        have = _metrics_of(got) if got else set()
        score.add("metric", tp=len(wanted & have), fp=len(have - wanted), fn=len(wanted - have),
                  why=f"want {sorted(wanted)} got {sorted(have)} | {text[p]}")  # fmt: skip


def _surname_of_named(have: str | None, wants: list, before: list[str]) -> bool:
    """A surname alone ("Bakare") is right for a labelled full name ("Tunde Bakare")
    when the article stated the full name at or before this claim: a reader, and the
    catalogue's context, can tell who is meant. Without that earlier full name it is
    wrong, since the surname alone does not identify the creator."""
    if not have or " " in have.strip():
        return False
    for want in wants:
        words = (want or "").split()
        if len(words) > 1 and name_key(words[-1]) == name_key(have):
            return any(want in text for text in before)
    return False


def evaluate_thread_seeds(seeds: Path) -> ThreadScore:
    score = ThreadScore()
    by_article: dict[str, dict[int, dict]] = defaultdict(dict)
    for label in _read_labels("threads_seeds.jsonl"):
        by_article[label["article"]][label["position"]] = label
    for name, labels in sorted(by_article.items()):
        article = read_article(name, (seeds / name).read_bytes())
        claims, citations = extract_citations(article)
        score_article(score, labels, claims, citations)
    return score


def evaluate_untouched(name: str) -> ThreadScore:
    """Each invented article is written one claim a line (captions without a final
    stop, as news copy prints them) and read like any text file."""
    score = ThreadScore()
    for article_label in _read_labels(name):
        lines = [claim["text"] for claim in article_label["claims"]]
        article = read_article(article_label["article"], "\n".join(lines).encode())
        claims, citations = extract_citations(article)
        by_text = {label["text"]: label for label in article_label["claims"]}
        labels = {}
        for claim in claims:
            label = dict(by_text.get(claim.text, {}))
            if label.get("thread") is not None:  # labels name the opener by its index
                label["thread"] = _position_of(article_label, label["thread"], claims)
            labels[claim.position] = label
        missing = set(by_text) - {claim.text for claim in claims}
        score.mistakes += [f"claim not produced | {text}" for text in sorted(missing)]
        score_article(score, labels, claims, citations)
    return score


def _position_of(article_label: dict, index: int, claims: list) -> int | None:
    text = article_label["claims"][index]["text"]
    return next((claim.position for claim in claims if claim.text == text), None)
