"""Lines of a scene told between two lines of the same clip's thread.

A story often cites a clip, tells what happens in it line by line, and only then says who
filmed it or how many watched ("A video of a village choir singing under the window of its
oldest member ..." / "About thirty members of the choir stand on the pavement ..." /
"Upstairs, Iris opens her window and starts conducting them with a knitting needle." / "The
clip was filmed by her great-granddaughter ..."). The forward reading of archiver.articles.
threads decides each line when it comes to it, with only the lines before; a scene line
that no rule nor the model took there is read again here, once the thread is known to go
on past it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.articles.background import outside_every_thread
from archiver.articles.claims import Claim, is_item_heading, without_time_stamp
from archiver.articles.heard import told_afterwards
from archiver.articles.scene import (
    HABITUAL,
    NARRATED_NOW,
    STORY_VERB_EARLY,
    TOLD_PAST,
    acts_now,
    named_acts_now,
    scene,
)

# How far apart two lines of one thread may be for the lines between to be its scene: a
# scene of two or three lines, and its quote
BETWEEN_AT_MOST = 3

# Many doing a thing now: "About thirty members of the Nettlecombe Singers stand on the
# pavement", "One by one they topple off at about the number eight", "Sixty men in work
# boots and cardigans attempt the opening of 'Nessun Dorma'"
_MANY_ACT_NOW = re.compile(
    r"\b(?:they|[A-Za-z][a-z]{2,}(?<!s)s|men|women|people|children)\s+(?:(?:all|then|slowly|both)\s+)?"
    r"(?!(?:are|were|have|had|say|said|think|believe|hope|want|need|will|would|can|could|"
    r"may|might|must|should|do|did|of|and|or|in|on|at|for|with|from|that|who|which|get|got|"
    r"use|live|work|meet|come|go)\b)"
    r"[a-z]{3,}(?<!ed)(?<!s)\s+(?:a|an|the|his|her|its|their|it|him|them|up|down|into|onto|"
    r"across|through|off|out|over|past|towards?|on|back|round|around)\b"
)


# Not the clip's moment: a report in the past ("Neighbours later found 23 shoes", "Prosecutor
# Anita Marsh played the court one of the videos"), the writer's own voice ("Our officials
# give up their Saturdays", "I would first like to apologise"), a question, a turn to
# elsewhere, a habit or a state ("These days she posts shorter pieces", "who runs a bike
# repair shop", "belongs to Alan Metcalfe"), or a heading's or a speaker's colon
_NOT_THE_MOMENT = re.compile(
    r"\b(?:found|told|showed|met|played|filmed|posted|went|came|took|made|got|saw|"
    r"installed|built|opened|should|would|could|might|will)\b|"
    r"\b(?:I|me|my|we|us|our)\b|\?\s*$|^(?:meanwhile|elsewhere|but|however)\b|"
    r"\b(?:these\s+days|nowadays|belongs?\s+to|who\s+(?:runs|lives|works|owns|farms|keeps))\b|"
    r"^[^.!?]{0,40}:\s",
    re.I,
)


def tells_it_now(text: str) -> bool:
    """A line told as the clip's moment, now: someone or something acts in the present, and
    nothing in it is a report told in the past, a habit, or a word to the writer."""
    if TOLD_PAST.search(text) or HABITUAL.search(text) or _NOT_THE_MOMENT.search(text):
        return False
    if text.lstrip()[:1] in "‘“'\"" or told_afterwards(text):
        return False
    if named_acts_now(text) or _MANY_ACT_NOW.search(text):  # (each rules out the story
        return True  # verbs as its own: "works", "lives", but for a person's acts)
    if STORY_VERB_EARLY.search(text):
        return False
    narrated = NARRATED_NOW.search(text)
    return bool(
        acts_now(text)
        or scene(text)
        or (narrated and not narrated.group(0).lower().endswith(" and"))
    )


# Words heard in the moment, told now: "'NOT THE CAKE! Dean, not the cake!' Stacey screams",
# "'Six weeks. One spray. No tricks,' a man's voice says over it" (not words to the writer:
# "'I was there,' she says, and goes back into the cold")
_HEARD_NOW = re.compile(
    r"^['‘“\"].*?[.,!?-]['’”\"]\s+(?:[\w’'-]+\s+){1,4}?(?:(?:screams|shouts|yells|bellows|"
    r"shrieks|gasps|whispers|mutters|cries|sings|calls)\b|(?:says|tells\s+\w+)\s+(?:as|over|"
    r"while|into|in\s+it|to\s+the\s+camera)\b)"
)


def scene_between(
    claims: Sequence[Claim], thread_of: dict[int, int], roles: dict[int, str], kicker_from: int
) -> None:
    """Add to a thread, as its description, the lines of a scene that lie between two of
    its lines, when every line between tells the clip's moment now and none belongs to
    another thread, is a caption or a heading, or is a live blog's entry."""
    prose = [c for c in claims if not c.is_caption]
    threaded = [i for i, c in enumerate(prose) if c.position in thread_of]
    for before, after in zip(threaded, threaded[1:], strict=False):
        first, last = prose[before], prose[after]
        if after - before < 2 or after - before > BETWEEN_AT_MOST + 1:
            continue
        thread = thread_of[first.position]
        if thread_of[last.position] != thread:
            continue
        gap = prose[before + 1 : after]
        if any(c.position != first.position + 1 + k for k, c in enumerate(gap)):
            continue  # (a caption or heading between: another part of the page)
        if any(without_time_stamp(c.text) != c.text or is_item_heading(c) for c in gap):
            continue  # (a live blog tells its news now: "13:15 The judges are measuring")
        heard = {c.position for c in gap if _HEARD_NOW.match(c.text)}
        if all(
            (c.position in heard or tells_it_now(c.text))
            and not outside_every_thread(c.text, c.position, False, kicker_from)
            for c in gap
        ):
            for claim in gap:
                thread_of[claim.position] = thread
                roles[claim.position] = "quote" if claim.position in heard else "description"
