"""Word error rate, for checking real model output with some tolerance."""

from __future__ import annotations

import re

_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()


def normalize(text: str) -> list[str]:
    """Lower case, no punctuation, numbers as digits: "Twelve-hour" -> ["12", "hour"]."""
    words = re.sub(r"[^a-z0-9']+", " ", text.lower().replace("-", " ")).split()
    return [str(_NUMBERS.index(word)) if word in _NUMBERS else word.strip("'") for word in words]


def wer(reference: str, hypothesis: str) -> float:
    """(substitutions + deletions + insertions) / reference words, after normalize()."""
    ref, hyp = normalize(reference), normalize(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    previous = list(range(len(hyp) + 1))  # edit distances for the previous reference word
    for i, ref_word in enumerate(ref, start=1):
        current = [i]
        for j, hyp_word in enumerate(hyp, start=1):
            current.append(
                min(
                    previous[j] + 1,  # deletion
                    current[j - 1] + 1,  # insertion
                    previous[j - 1] + (ref_word != hyp_word),  # substitution or match
                )
            )
        previous = current
    return previous[-1] / len(ref)
