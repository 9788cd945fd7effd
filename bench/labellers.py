"""How far two labellers agree: one label file of an invented set scored against
another, field by field, the way bench/citations.py scores the code (issue 13).

    python bench/labellers.py [FIRST SECOND]

By default set 86, which two people labelled apart from each other (and from the code)
from the same text: tests/data/articles/threads_untouched_86.jsonl, the set's labels,
and tests/data/articles/second_labeller_86.jsonl. The second's labels are scored as if
they were the code's output, so the figures are a ceiling for what the code can reach
on that set, and show how much of the code's shortfall is the labels' own noise.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archiver.text import name_key  # noqa: E402
from bench.thread_scores import LABELS, ThreadScore  # noqa: E402


def _read(path: Path) -> dict[str, dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {(a := json.loads(line))["article"]: a for line in lines if line.strip()}


def _names(value: object) -> list:
    return value if isinstance(value, list) else [value]


def agreement(first: dict[str, dict], second: dict[str, dict]) -> ThreadScore:
    """The second's labels scored against the first's (claims matched by position; both
    must label the same lines)."""
    score = ThreadScore()
    for article, labels in first.items():
        other = second[article]["claims"]
        if [c["text"] for c in labels["claims"]] != [c["text"] for c in other]:
            raise ValueError(f"{article}: the two label the lines differently")
        for p, (want, got) in enumerate(zip(labels["claims"], other, strict=True)):
            why = f"{article} | {want['text'][:70]}"
            cites, said = bool(want.get("cites")), bool(got.get("cites"))
            score.add("citation", tp=int(cites and said), fp=int(said and not cites),
                      fn=int(cites and not said), why=why)  # fmt: skip
            want_thread, got_thread = want.get("thread"), got.get("thread")
            if want_thread is not None and want_thread != p:
                right = got_thread == want_thread
                score.add("thread", tp=int(right), fn=int(not right), why=why)
                if got_thread is not None and got_thread != p and not right:
                    score.add("thread", fp=1)
            elif got_thread is not None and got_thread != p:
                score.add("thread", fp=1, why=why)
            if not cites:
                continue
            for name in ("platform", "creator"):
                right = said and any(
                    name_key(w or "") == name_key(h or "")
                    for w in _names(want.get(name))
                    for h in _names(got.get(name))
                )
                score.add(name, tp=int(right), fn=int(not right), why=why)
            wanted = {(kind, value) for kind, value, _ in want.get("metrics", [])}
            have = {(kind, value) for kind, value, _ in got.get("metrics", [])} if said else set()
            score.add("metric", tp=len(wanted & have), fp=len(have - wanted),
                      fn=len(wanted - have), why=why)  # fmt: skip
    return score


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", nargs="?", default=str(LABELS / "threads_untouched_86.jsonl"))
    parser.add_argument("second", nargs="?", default=str(LABELS / "second_labeller_86.jsonl"))
    args = parser.parse_args()
    score = agreement(_read(Path(args.first)), _read(Path(args.second)))
    print(f"{'field':<10} {'precision':>9} {'recall':>7} {'n':>5}")
    for name, row in score.summary().items():
        print(f"{name:<10} {row['precision']:>9.3f} {row['recall']:>7.3f} {row['n']:>5}")
    for mistake in score.mistakes:
        print("  differ:", mistake)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
