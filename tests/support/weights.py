"""The check both learned models' weight files must pass (archiver/articles/membership.json
and citing_model.json): trained on every labelled set, on the features the code reads."""

from __future__ import annotations

import json
from pathlib import Path

LABELS = Path(__file__).parent.parent / "data" / "articles"


def check_weights(weights: Path, features: tuple[str, ...], lowest_threshold: float) -> None:
    """A new labelled set must be run once, then trained on (docs/labelling.md): the file
    names the sets it learned from and the features it reads."""
    model = json.loads(weights.read_text(encoding="utf-8"))
    sets = {p.name for p in LABELS.glob("threads_untouched*.jsonl")} | {"threads_seeds.jsonl"}
    assert set(model["trained_on"]) == sets
    assert tuple(model["features"]) == features
    n = len(features)
    assert len(model["weights"]) == len(model["mean"]) == len(model["scale"]) == n
    assert all(scale > 0 for scale in model["scale"])
    assert lowest_threshold <= model["threshold"] < 1
