"""Scoring of threads, context and every stated metric against hand labels (issue 13),
for bench/citations.py: split from it to keep each module short.

threads_seeds.jsonl labels seed 000 by claim position (the text stays in ../shared);
threads_untouched*.jsonl hold invented articles, labelled before the code saw them.
"""

from __future__ import annotations

import json
import re
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
        cited = {citation.claim_position for citation in citations}
        labels, unscored = labels_by_position(article_label, claims, cited)
        score.mistakes += [f"claim not produced | {label['text']}" for label in unscored]
        score_unproduced(score, unscored)
        score_article(score, labels, claims, citations)
    return score


def _key(text: str) -> str:
    """A line's words alone: the reader drops list bullets and markdown bold."""
    return re.sub(r"\W+", "", text).casefold()


def labels_by_position(
    article_label: dict, claims: list, cited: set[int] = frozenset()
) -> tuple[dict[int, dict], list[dict]]:
    """Each claim's label (the opener named by its claim position), and the labelled
    lines that no claim carries (each marked "opens" when it opens its own thread).

    A label goes to the claim with the same words; a line the reader split in two
    ("'Get off!' ... can be heard") labels its cited piece, or else its first, and its
    other pieces stay in its thread; claims the reader merged take the first label
    that cites or has a thread. So no labelled line drops out of the scores unseen."""
    keys = [_key(label["text"]) for label in article_label["claims"]]
    home: dict[int, int] = {}  # label index -> the claim position that carries it
    pieces: dict[int, list[int]] = defaultdict(list)
    merged: dict[int, list[int]] = {}
    for claim in claims:
        k = _key(claim.text)
        same = [i for i, key in enumerate(keys) if key == k and i not in home]
        if k in keys:
            if same:  # a line printed twice labels each copy in turn
                home[same[0]] = claim.position
        elif k:
            inside = [i for i, key in enumerate(keys) if k in key and len(k) >= 8]
            if len(inside) == 1:
                pieces[inside[0]].append(claim.position)
            else:
                merged[claim.position] = [i for i, key in enumerate(keys) if key and key in k]
    for i, positions in pieces.items():
        if i not in home:
            home[i] = next((p for p in positions if p in cited), positions[0])
    for position, indexes in merged.items():
        free = [i for i in indexes if i not in home]
        labelled = [i for i in free if _labelled(article_label["claims"][i])]
        if free:
            home[(labelled or free)[0]] = position
    at = {position: i for i, position in home.items()}
    labels: dict[int, dict] = {}
    for claim in claims:
        p = claim.position
        if p in at:
            label = dict(article_label["claims"][at[p]])
        else:  # a piece of a split line: in that line's thread, citing nothing
            whole = next((i for i, ps in pieces.items() if p in ps), None)
            thread = article_label["claims"][whole].get("thread") if whole is not None else None
            label = {"cites": False, "thread": thread}
        if label.get("thread") is not None:
            label["thread"] = home.get(label["thread"])
        labels[p] = label
    unscored = [
        dict(label, opens=label.get("thread") == i)
        for i, label in enumerate(article_label["claims"])
        if i not in home
    ]
    return labels, unscored


def _labelled(label: dict) -> bool:
    return bool(label.get("cites")) or label.get("thread") is not None


def score_unproduced(score: ThreadScore, unscored: list[dict]) -> None:
    """A labelled line no claim carries is missed in every field it is labelled in."""
    for label in unscored:
        why = f"not produced | {label['text'][:70]}"
        if label.get("cites"):
            for name in ("citation", "platform", "creator"):
                score.add(name, fn=1, why=why)
            score.add("metric", fn=len(label.get("metrics", [])), why=why)
        if label.get("thread") is not None and not label["opens"]:  # openers are no members
            score.add("thread", fn=1, why=why)
