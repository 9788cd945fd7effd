"""Does a sentence after a citation go on about the cited clip? A small learned model.

    joins(line) -> float   the probability that `line` belongs to the thread in play

The hand-written rules of archiver.articles.threads fit the sets they were written on and
found about half of the members of threads in sets written after them. This model was
trained on every labelled set (tests/data/articles/threads_untouched*.jsonl) by
bench/threads_learned.py --train, which writes its weights to membership.json beside this
file; left out of training one set at a time, it found more of each set's members at the
same precision (the figures are in that script). The threads stage keeps every member
the rules find and adds the lines this model is sure of.

A logistic regression over a few dozen plain signals: how far the line is from the
citation, whether the line before it was in the thread, the tense ("she says" in the clip,
"she said" to the reporter), quotation marks, names and words shared with the citing lines,
and what a line of background has (dates, prices, authorities). Inference is a dot product
in pure Python, so the package needs no numpy for it.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.articles.heard import INTERVIEW, SPEECH_IN_CLIP
from archiver.articles.scene import MOVES_ON, OUTSIDE, STORY_VERB_EARLY, state_or_habit

if TYPE_CHECKING:
    from archiver.articles.claims import Claim

WEIGHTS = Path(__file__).with_name("membership.json")


@dataclass(frozen=True)
class Line:
    """A prose line after a citation, and where it stands against the thread in play
    (the thread of the last citing line)."""

    text: str
    thread_text: str  # the thread's citing lines so far, joined
    since_citation: int  # claims from the thread's last citing line to this one
    since_opener: int  # claims from the line that opened the thread
    previous_joined: bool  # the line before (or the citation itself) is in the thread
    left_before: bool  # a line since the last citing one was not in the thread


_PRONOUNS = frozenset("he she they it this that these those his her their its we i you".split())
_CLIP_WORDS = frozenset(
    "video clip footage post stream film recording livestream reel short tiktok upload frame "
    "frames shot camera broadcast version copy".split()
)
_SPEECH_NOW = frozenset(
    "says tells shouts asks adds yells screams sings chants explains replies laughs whispers "
    "calls cries".split()
)
_SPEECH_THEN = frozenset(
    "said told added asked explained wrote stated confirmed announced declined replied insisted "
    "denied".split()
)
_IRREGULAR_PAST = frozenset(
    "was were had went took came saw got left began made found gave did became ran fell held "
    "kept brought sent won lost built paid".split()
)
_SCENE_MARKS = (
    "is seen",
    "are seen",
    "can be seen",
    "can be heard",
    "is heard",
    "are heard",
    "appears to",
    "appear to",
    "in the clip",
    "in the video",
    "in the footage",
    "on camera",
    "the camera",
)
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "jan feb sept oct nov dec monday tuesday wednesday thursday friday saturday sunday "
    "yesterday tomorrow today tonight".split()
)
_FUTURE = frozenset("will would plans planned expected scheduled next".split())
_AUTHORITY = frozenset(
    "police spokesperson spokesman spokeswoman ministry council statement according officials "
    "authorities government company agency minister".split()
)
_STOPWORDS = frozenset(
    "the a an and or of to in on at for with by from as is was are were be been it its that "
    "this his her their he she they has have had who which after before into over about more "
    "than one two not but also can while when up out off down".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_REGULAR_PAST = re.compile(r"^[a-z]+ed$")
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONEY_OR_SHARE = re.compile(r"[$£€]|\d+(?:\.\d+)?\s*(?:%|per cent|million|billion)")
_TIMESTAMP = re.compile(r"^\s*\d{1,2}[:.]\d\d")


def names_in(text: str, drop: frozenset[str] = _STOPWORDS | _PRONOUNS) -> set[str]:
    """Capitalised words past the first, lower-cased, but `drop`: the names a line speaks of."""
    found = _WORD.findall(text)[1:]
    names = {w.strip("'’").removesuffix("'s").removesuffix("’s") for w in found if w[0].isupper()}
    return {n.lower() for n in names} - drop


def content_words(text: str, drop: frozenset[str] = _STOPWORDS) -> set[str]:
    """The words of more than three letters, lower-cased, but `drop`."""
    return {w.lower() for w in _WORD.findall(text) if len(w) > 3} - drop


def features(line: Line) -> dict[str, float]:
    """The model's inputs, by name (membership.json keeps their order and scaling)."""
    text = line.text.strip()
    lower = [w.lower() for w in _WORD.findall(text)]
    first, head = (lower[0] if lower else ""), lower[:8]
    quoted = _QUOTED.findall(text)
    # present tense by the -s of a verb near the start ("the man films"), past by -ed
    plural = [w for w in head[1:] if w.endswith("s") and len(w) > 3 and w not in _PRONOUNS]
    present = sum(not w.endswith(("ss", "us", "is", "'s", "’s")) for w in plural)
    present += sum(w in ("is", "are", "shows", "appears") for w in head)
    past = sum(
        bool(_REGULAR_PAST.match(w)) or w in _IRREGULAR_PAST or w in _SPEECH_THEN for w in head
    )
    names, thread_names = names_in(text), names_in(line.thread_text)
    content, thread_content = content_words(text), content_words(line.thread_text)
    text_lower = text.lower()
    return {
        "previous_joined": float(line.previous_joined),
        "since_citation": math.log1p(max(0, line.since_citation)),
        "since_opener": math.log1p(max(0, line.since_opener)),
        "right_after_citation": float(line.since_citation == 1),
        "left_before": float(line.left_before),
        "starts_with_pronoun": float(first in _PRONOUNS),
        "starts_it_this": float(first in ("it", "this", "that")),
        "starts_the_clip": float(
            first in ("the", "a", "in", "this", "that")
            and any(w in _CLIP_WORDS for w in lower[1:4])
        ),
        "clip_word": float(any(w in _CLIP_WORDS for w in lower)),
        "scene_mark": float(any(mark in text_lower for mark in _SCENE_MARKS)),
        "present": float(min(present, 3)),
        "past": float(min(past, 3)),
        "present_over_past": float((present > past) - (present < past)),
        "quotation": float(bool(quoted)),
        "opens_quotation": float(text[:1] in "“\"‘'"),
        "all_quotation": float(sum(len(q) for q in quoted) > 0.6 * len(text)),
        "speech_now": float(any(w in _SPEECH_NOW for w in lower)),
        "speech_then": float(any(w in _SPEECH_THEN for w in lower)),
        "names_shared": float(len(names & thread_names)),
        "names_new": float(len(names - thread_names)),
        "words_shared": len(content & thread_content) / (len(content) + 1),
        "any_name_shared": float(bool(names & thread_names)),
        "calendar": float(any(w in _CALENDAR for w in lower) or bool(_YEAR.search(text))),
        "money_or_share": float(bool(_MONEY_OR_SHARE.search(text))),
        "future": float(any(w in _FUTURE for w in lower)),
        "authority": float(any(w in _AUTHORITY for w in lower)),
        "timestamp": float(bool(_TIMESTAMP.match(text))),
        "length": math.log1p(len(lower)),
        "no_final_stop": float(text[-1:] not in ".!?”\"’'"),
        "question": float(text.endswith("?")),
    }


FEATURES = tuple(features(Line("", "", 1, 1, False, False)))


@functools.lru_cache(maxsize=1)
def _model() -> dict:
    model = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if tuple(model["features"]) != FEATURES:
        raise RuntimeError(f"{WEIGHTS.name} was trained on other features: retrain it")
    return model


def joins(line: Line) -> float:
    """The probability that the line goes on about the clip of the thread in play."""
    model, values = _model(), features(line)
    z = model["bias"] + sum(
        w * (values[name] - mean) / scale
        for name, w, mean, scale in zip(
            FEATURES, model["weights"], model["mean"], model["scale"], strict=True
        )
    )
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def threshold() -> float:
    """The probability at which the stage adds a line the rules left out."""
    return float(_model()["threshold"])


_SAID = re.compile(r"\b(?:said|told|according to)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SUBJECT = re.compile(r"^(?:he|she|they|it|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\b")
# The writer's argument from the clip, not what is in it: "It shows how little the council
# cares about the high street"
_ARGUES = re.compile(
    r"\bshows?\s+(?:just\s+)?how\s+(?:little|much|far|badly|easily|deeply|seriously|out\s+of)\b",
    re.I,
)


def the_story(text: str, previous_joined: bool) -> bool:
    """A line the rules know to be the story around the clip, which the learned model
    never adds: words told to the reporter or in the past, an official's, a turn to
    elsewhere, a state, a habit or a date; a bare quotation after such a line; and any
    line after the thread broke off (rejoining is archiver.articles.background's, by the
    clip's subject)."""
    if not previous_joined:
        return True
    told = INTERVIEW.search(text[:1].lower() + text[1:])  # "Speaking to Radio Tonga, ..."
    if told or MOVES_ON.search(text) or _SAID.search(text) or _YEAR.search(text):
        return True
    if _ARGUES.search(text):
        return True
    if STORY_VERB_EARLY.match(text) and not re.search('[“”"]', text):
        return True  # "The farm runs a petting zoo", "Unions say ..."
    speech = SPEECH_IN_CLIP.search(text)
    if speech and (speech["who"] or "").lower() in OUTSIDE:
        return True
    subject = _SUBJECT.match(text)
    return state_or_habit(text, subject.end() if subject else 0)


class StoryState:
    """Where the text stands against the thread of the last citing line, for the learned
    model (archiver.articles.membership), which adds the lines it is sure of to the
    members the rules found."""

    def __init__(self) -> None:
        self.thread: int | None = None  # the thread of the last citing line
        self.cited_at = 0
        self.previous_joined = False
        self.left_before = False
        self.citing: dict[int, list[str]] = {}  # each thread's citing lines so far

    def cited(self, thread: int, position: int, text: str) -> None:
        self.thread, self.cited_at = thread, position
        self.previous_joined, self.left_before = True, False
        self.citing.setdefault(thread, []).append(text)

    def decided(self, joined: bool) -> None:
        self.previous_joined = joined
        self.left_before = self.left_before or not joined

    def role(self, claim: Claim) -> str | None:
        """The role the model gives `claim` in the thread in play, or None."""
        line = Line(
            text=claim.text,
            thread_text=" ".join(self.citing.get(self.thread or 0, [])),
            since_citation=claim.position - self.cited_at,
            since_opener=claim.position - (self.thread or 0),
            previous_joined=self.previous_joined,
            left_before=self.left_before,
        )
        if joins(line) < threshold():
            return None
        return "quote" if claim.text.lstrip()[:1] in '“"‘' else "description"
