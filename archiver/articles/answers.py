"""An explainer's answers to its questions about the clip.

An explainer asks of the clip in play under its own subheadings: "What does the video
show?", "Who filmed it?", "Where was it posted?", "How many people have seen it?". The
lines that answer are about that clip, whatever words they use: a scene in the present
("Fired from a blue cannon on the lawn, the performer clears the net"), who filmed it
("Ravi Chandran-Lowe, a bus driver from Fernley, who posted it on TikTok ..."), where it
went and how far. In the labelled sets the line after "Who filmed it?" or "Who posted
it?" is a back-reference to the clip in play in all articles but two, and the line after
"What does the video show?" tells that clip in all of them. The rules had read such an
answer as a new clip when it named a maker no line had named, and a scene with no clip
word as no member at all.

Answers().heading(position, question, clip)  an explainer's subheading, read
Answers().answering(position, text) -> Answer | None  the question the line answers
past_the_reply(question, current, lede, thread_of, text_at) -> the story's clip, when
                    a question leaves a reply clip told in the answer before, or None
Answer.takes_citing(text), Answer.takes_line(text)  a line of the answer is of its clip
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archiver.articles.claims import SUBHEADING
from archiver.articles.clip_kinds import MADE_FROM_IT
from archiver.articles.scene import CLIPS_IN_GENERAL, TOLD_PAST

# A heading that asks about the clip: "What is in the video?", "Where was it posted?"
ASKS_OF_THE_CLIP = re.compile(
    r"^(?:What|Who|Where|When|How|Why|Is|Was|Did|Does|Has)\b[^?]{0,60}?\b(?:the\s+(?:video|clip|"
    r"footage|stream|livestream|recording)|it)\b[^?]{0,40}\?\s*$"
)
# "What does the video show?", "What does the clip show?", "What happens in it?"
_WHAT_IT_SHOWS = re.compile(
    r"^What\s+(?:does|did)\s+(?:the|it|this|that)\s*(?:video|clip|footage|recording|reel|"
    r"film|stream|livestream)?\s+show\s*\?\s*$|^What\s+happens\s+in\s+(?:it|the\s+(?:video|"
    r"clip|footage))\s*\?\s*$",
    re.I,
)
# "Who filmed it?", "Who posted the video?", "Where was it posted?", "Where did it come
# from?", "How many people have seen it?" (not "Who is the performer?", "What does the
# council say?": a person or a body, whose answer may bring in a clip of its own)
_ABOUT_IT = re.compile(
    r"^(?:Who\s+(?:filmed|posted|made|shot|recorded|uploaded|took)|"
    r"Where\s+(?:was|did|is)\s+(?:it|the\s+(?:video|clip|footage))\s+(?:posted|filmed|"
    r"shared|come\s+from|first\s+(?:posted|appear)|from)|Where\s+did\s+it\s+come\s+from|"
    r"How\s+many\s+(?:people\s+)?(?:have|has)\s+(?:seen|watched|viewed))\b[^?]{0,40}\?\s*$",
    re.I,
)
# An answer that brings in another clip: "Hundreds of other users have since posted
# videos of their own", "Yes: a second video, filmed from the pier, ..."
_ANOTHER = re.compile(
    r"\b(?:other|another|second|third|different|separate)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:video|clip|film|footage|angle|stream|reel|recording)s?\b|\bvideos\b|"
    # (not one's own recording the clip was cut from: "The excerpt was cut from the
    # university's own lecture-capture recording")
    r"\b(?:posted|put\s+out|released|published)\s+(?:its|his|her|their)\s+own\b|"
    # (or the maker's habit: "where she posts a video from the boat most days")
    r"\b(?:posts|makes|films|uploads|streams)\s+(?:a\s+)?(?:video|clip|reel)s?\b",
    re.I,
)
# Any question, asked by a subheading or quoted from a reader, ends an answer before it
_QUESTION = re.compile(r"\?[’”'\")]*\s*$")
ANSWER_LINES = 4  # an answer runs at most this many lines past its question


def answer_to(question: str) -> str | None:
    """ "shows" for a question on what the clip shows, "about" for one on who made it, where
    it went or how many saw it, None for any other line."""
    if _WHAT_IT_SHOWS.match(question.strip()):
        return "shows"
    if _ABOUT_IT.match(question.strip()):
        return "about"
    return None


# A clip made in answer to another: a reaction, a response, a stitch or a duet
_A_REPLY = re.compile(r"\b(?:reply|response|reaction|rebuttal)\b", re.I)


def past_the_reply(
    question: str,
    current: int | None,
    lede: int | None,
    thread_of: dict[int, int],
    text_at: dict[int, str],
) -> int | None:
    """A question ("Where else has it spread?", "What does the club say?") leaves a reply
    to the clip the explainer is about (the thread of the story's first citing line,
    `lede`), told in the answer before: its answer is of the story's clip again, which is
    returned. In sets 151 and 156 a copy after such a question was taken for the reply's."""
    story = thread_of.get(lede, lede) if lede is not None else None
    if current is None or story in (None, current) or not SUBHEADING.match(question):
        return None
    if not asks(question):
        return None
    reply = _A_REPLY.search(text_at[current]) or MADE_FROM_IT.search(text_at[current])
    return story if reply else None


def asks(text: str) -> bool:
    """The line is a question: whatever answer ran before it is over."""
    return bool(_QUESTION.search(text))


def tells_what_it_shows(text: str) -> bool:
    """A line of an answer to "What does the video show?" tells the scene in the present
    (or quotes what is heard), not what happened since ("Valderon did have a hailstorm on
    14 May")."""
    return text.lstrip()[:1] in "'‘“\"" or not TOLD_PAST.search(text)


def joins_the_answer(text: str) -> bool:
    """A citing line in an answer is of the clip asked about, unless it brings in
    another one (a stitch or a duet of it too) or speaks of clips in general."""
    return not (_ANOTHER.search(text) or CLIPS_IN_GENERAL.search(text) or MADE_FROM_IT.search(text))


@dataclass(frozen=True)
class Answer:
    """Lines after a question asked of `clip`: "shows" (what it shows) or "about" (who
    made it, where it went, how many saw it)."""

    clip: int
    kind: str

    def takes_citing(self, text: str) -> bool:
        return joins_the_answer(text)

    def takes_line(self, text: str) -> bool:
        """A line that cites nothing joins only an answer on what the clip shows."""
        return self.kind == "shows" and tells_what_it_shows(text)


class Answers:
    """The question on a clip the lines being read answer, read line by line."""

    def __init__(self) -> None:
        self._asked: tuple[Answer, int] | None = None  # (the answer, the question's position)

    def heading(self, position: int, text: str, clip: int | None) -> None:
        kind = answer_to(text)
        self._asked = (Answer(clip, kind), position) if kind and clip is not None else None

    def answering(self, position: int, text: str) -> Answer | None:
        """The answer the line is in, if any; any question ends it, as do ANSWER_LINES."""
        if self._asked and asks(text):
            self._asked = None  # (a subheading that asks anew is read by heading())
        if self._asked is None or position - self._asked[1] > ANSWER_LINES:
            return None
        return self._asked[0]
