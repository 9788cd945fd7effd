"""A Q&A's answers, which go on with the clip the turn is about.

An interview printed as questions and answers ("Q: Your livestream from a school hall in
March didn't go quite to plan." / "A: No!" / "I went live on TikTok to tune their grand ..."
/ "Twice.") tells one clip through a whole turn: when the question (or the answer's first
line) cites a clip, what the guest goes on to say up to the next question is that clip's
too, until a line of another thread. Each answer line alone ("Twice.", "A: I loved it.")
carries nothing a rule could follow, so the forward reading leaves them out; this reads
them again once the turn's thread is known.
Over sets 0-181, with the turn's head a line that cites: +30 members, +17 false ones (the
labellers differ on a guest's "A: Not at all." after a question on the clip). An answer
that tells the clip just asked of as if new ("A: I went live on Instagram ...") is that
clip (sets 0-186: +5 members, -2 false).
A question that cites nothing but asks what the clip in play shows, says or drew, or where
it went ("Q: What actually happens in it?", "Q: Where did you post it?") opens a turn on
that clip; one on copies of "your original" opens a turn on the guest's first clip, and
a page's version the answer tells of ("A: There's a version on YouTube by a channel called
...") is a copy of it (sets 0-201: +29 members, -3 false).
A question telling, with no clip word, of a clip made anew ("Q: Someone's made a remix, I
hear.") cites it and opens a turn on it; one telling of a copy going round ("Q: A version
with the rain taken out was going round on X") is the guest's first clip (sets 0-211:
citation +6, thread +16 members, -7 false). So does one telling what befell the clip in play
("Q: He has since taken it down and says it was a joke.") or of a first clip put out live
("Q: The attempt went out live."), and an answer's first citing line, wherever it falls in
the answer, is the clip asked of unless it marks another (sets 0-211: citation +4, thread
+17 members, no more false ones). A question that counts the clip in play, or tells of
someone filming, and names it by no word for one ("Q: Twelve million people have now
watched a ram abandon ship.", "Q: Your deckhand kept filming instead of grabbing him.") is
that clip (sets 0-216: thread +12 members, -10 false).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from archiver.articles.claims import Claim
from archiver.articles.copies import A_COPY
from archiver.articles.which_clip import another_clip, new_clip
from archiver.platforms import NAMED_PLATFORM


class _Cited(Protocol):  # a Citation (not imported: citations imports threads, then this)
    same_clip_as: int | None
    metrics: list
    creator: str | None
    platform: str | None


# A question's label at the head of the line: "Q: ...", "Question: ..."
_QUESTION = re.compile(r"^\s*(?:Q|Question)\s*[:.]\s")
_ANSWER = re.compile(r"^\s*(?:A|Answer)\s*[:.]\s")
QUESTIONS_AT_LEAST = 2  # an interview, not a stray "Q:" in another kind of page
_CITING = ("citation", "back_reference")
# A question on the clip the interview is about, by a pronoun or "the video": "Q: Who filmed
# it?", "Q: For anyone who hasn't seen it, what happens in it?" (the turn is that clip's)
_ASKS_OF_IT = re.compile(
    r"^\s*(?:Q|Question)\s*[:.]\s+(?:[^,?]{0,50},\s+)?(?:what|who|where|when|how|why|is|was|"
    r"did|does|has|have|can|could)\b[^?]{0,60}?\b(?:it|the\s+(?:video|clip|footage|stream|"
    r"livestream|recording|reel))\b[^?]{0,40}\?\s*$",
    re.I,
)


# A question on what the clip in play shows, says or drew, or where it went: "Q: What
# actually happens in it?", "Q: What are you shouting at the six-minute mark?", "Q: What's
# the commentator shouting?", "Q: How many people have watched theirs?", "Q: How many
# people were watching?", "Q: What can people hear on it?", "Q: Where did you post it?",
# "Q: What are people actually watching in it?" (not what someone made of it, nor whether
# it went wrong: labellers leave those answers out)
_ASKS_WHAT_IT_IS = re.compile(
    r"^\s*(?:Q|Question)\s*[:.]\s+(?:And\s+|So\s+)?(?:(?:what\s+(?:actually\s+|exactly\s+)?happens"
    r"\s+in\s+it|what\s+(?:are|do|did|were|was)\s+(?:you|they|he|she|we)\s+(?:shouting|saying|"
    r"singing|yelling|shout|say|sing|yell)\b|what(?:[’']s|\s+is|\s+was)\s+(?:the|your|his|her)\s+"
    r"[\w-]+\s+(?:shouting|saying|singing|yelling)\b|how\s+many\s+(?:people\s+)?(?:(?:have|has)\s+"
    r"(?:seen|watched|viewed)\s+(?:it|theirs|hers|his|yours)|(?:were|are)\s+watching)\b|where\s+did\s+(?:you|they|he|she)\s+"
    r"(?:first\s+)?(?:post|put|share|upload)\s+it\b|who\s+(?:was\s+filming|filmed\s+it|took\s+it|"
    r"shot\s+it|was\s+holding\s+the\s+(?:phone|camera))|what\s+(?:are|do|did|were)\s+(?:people|"
    r"viewers|we|they|fans)\s+(?:actually\s+)?(?:see|seeing|watch|watching)\s+in\s+it|what\s+can\s+"
    r"(?:people|you|we|viewers)\s+(?:hear|see)\s+(?:on|in)\s+it)[^?]{0,60}\?"
    # (or points at a moment of it: "Q: There's a moment near the end where you ...")
    r"|there[’']?s\s+a\s+(?:moment|bit|point|shot|second)\s+(?:near|at|in|halfway|towards|where|"
    r"when)\b[^?]*(?:\?|$))\s*$",
    re.I,
)
# A question telling, not asking, of the clip in play, which labellers cite as it: the
# guest's own act with it ("Q: You put it on Facebook for the family.", "Q: You filmed every
# minute of it."; not "Q: You also went live from the beach", a stream of its own, which
# labellers begin at the answer), how it has grown ("Q: The stream itself has grown
# since.", "Q: It's now past four million."), or a bid to tell it ("Q: Describe the forty
# seconds everyone has watched.", "Q: Take me through the part of the stream everyone has
# now watched."); not a question asked ("Q: Did you put it on Facebook?")
_TELLS_OF_IT = re.compile(
    r"^\s*(?:Q|Question)\s*[:.]\s+(?:(?:And|Then|So|But|Now)\s+)?(?!(?:did|do|does|have|has|had|"
    r"were|was|are|is|what|why|how|when|where|who|which|can|could|would|will)\b)(?:"
    r"[^?]{0,40}?\byou\s+(?:(?:then|also|just|first|later|even)\s+)?(?:put\s+it\s+(?:online|(?:up\s+|"
    # (on a platform or a page of the guest's: not "you put it on and just walk off", a hat)
    rf"out\s+)?on\s+(?:(?:your|her|his|their)\s+)?(?:own\s+)?(?:{NAMED_PLATFORM})|(?:up\s+|out\s+)?"
    r"on\s+(?:your|the|her|his|their)\s+(?:own\s+)?(?:channel|page|account|feed|story))|"
    r"posted\s+it|uploaded\s+it|shared\s+it|filmed\s+(?:it|every\s+\w+\s+of\s+it|the\s+whole\s+"
    r"(?:thing|\w+))|streamed\s+(?:it|the\s+whole))\b|"
    r"(?:the|your)\s+(?:(?:live)?stream|video|clip|reel|channel)\s+(?:itself\s+)?(?:has|had)\s+"
    r"(?:grown|kept\s+growing)\b|"
    r"(?:it|that)(?:[’']s|\s+has|\s+is)\s+(?:now\s+|since\s+)?(?:past|over|passed|gone\s+past|"
    r"topped|at|on)\s+(?:[\d.,]+|[a-z]+)\s+(?:million|thousand|views)\b|"
    r"(?:describe|(?:talk|take|walk)\s+(?:us|me)\s+through)\s+(?:it|the\s+(?:(?:part|bit|end|"
    r"start)\s+of\s+(?:the|your|it)\s+)?(?:video|clip|footage|(?:live)?stream|recording|reel|"
    r"[\w-]+\s+seconds?|moment)|what\s+happens)\b"
    r")[^?]*(?:\?\s*)?$",  # (not "\??\s*$": a long run of spaces would be read over and over)
    re.I,
)
# The clip put out, by a pronoun: "He put it on Instagram that night"
_PUT_IT = re.compile(r"\b(?:put|posted|uploaded|shared)\s+it\s+(?:on|to|up)\b", re.I)
# The clip in play, as the line's subject: "It's on their Instagram with about 4m views."
_IT_IS = re.compile(r"^\s*(?:It|That)(?:[’']s|\s+is|\s+has|\s+was)\s", re.I)
# The guest's first clip, asked of as copied: "Q: Your original has been copied a lot."
_THE_ORIGINAL = re.compile(r"\b(?:your|the)\s+original\b(?!\s+(?:caption|question)\b)", re.I)


# A question telling, as news and with no clip word, of a clip made anew: "Q: Someone's made
# a remix, I hear.", "Q: A samba school in Brazil has remade the whole thing.", "Q: And
# you've made one of your own since.", "Q: Then there's the one where a teapot explodes in
# the annealer." (a clip of its own, which the answer goes on with; a statement, not "Q:
# Have you seen the remix?") ...
_TELLS_OF_A_NEW_ONE = re.compile(
    r"^\s*(?:Q|Question)\s*[:.]\s+(?:(?:And|Then|So|But|Now)\s+)?(?:[^?]{0,60}?\b(?:made|posted|"
    r"put\s+(?:up|out)|done|uploaded|shared)\s+(?:a|an|their\s+own|his\s+own|her\s+own)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:remix|parody|cover|spoof|mash-?up|duet|stitch)\b|"
    r"[^?]{0,60}?\b(?:made|done|posted|filmed)\s+one\s+of\s+(?:your|their|his|her|its)\s+own\b|"
    # (one of the guest's, or the guest filmed: "Q: In May TikTok took one of your videos
    # down.", "Q: And then somebody on the top deck of the 7.45 filmed you.")
    r"[^?]{0,60}?\bone\s+of\s+your\s+(?:videos|clips|streams|reels|TikToks|posts)\b|"
    r"[^?]{0,60}?\b(?:filmed|recorded)\s+you\b|"
    # (or something of the guest's put out: "Q: Your nan's reaction is on your Instagram too.")
    r"(?!it\b|that\b)[^?]{0,60}?\b(?:is|are)\s+on\s+your\s+(?:Instagram|TikTok|YouTube|Facebook|"
    r"channel|page|account)\b|"
    r"[^?]{0,60}?\b(?:remade|recreated|re-?enacted|remixed|parodied|spoofed)\s+(?:it|the\s+"
    r"(?:whole\s+thing|routine|dance|video|clip|run|song|tune))\b|"
    r"there[’']?s\s+(?:also\s+)?the\s+one\s+(?:where|in\s+which|with)\b|"
    # (or put out live: "Q: The attempt went out live.")
    r"(?:the|your|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:went\s+out|was\s+(?:streamed|broadcast))\s+"
    r"live\b)[^?]*$",
    re.I,
)
# ... or of a copy of the guest's first clip going round: "Q: Then someone posted a version of
# your run that was even faster.", "Q: A version with the rain taken out was going round on X
# last month." (labellers put a copy in its original's thread)
_TELLS_OF_A_COPY = re.compile(
    r"^\s*(?:Q|Question)\s*[:.]\s+(?:(?:And|Then|So|But|Now)\s+)?(?:[^?]{0,60}?\b(?:made|posted|"
    r"put\s+(?:up|out)|uploaded|shared)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:version|copy)\s+of\s+"
    r"(?:your|the|her|his|their)\b|(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:version|copy|edit)\b[^.?]{0,60}?"
    r"\b(?:was|is|has\s+been|had\s+been)\s+(?:going\s+round|circulating|doing\s+the\s+rounds)\b)"
    r"[^?]*$",
    re.I,
)
# ... or of what befell the clip in play: "Q: He has since taken it down and says it was a
# joke.", "Q: And he deleted it.", "Q: Then the original vanished."
_TELLS_WHAT_BEFELL_IT = re.compile(
    r"^\s*(?:Q|Question)\s*[:.]\s+(?:(?:And|Then|So|But|Now)\s+)?(?:(?:he|she|they|you|[A-Z][\w’'-]+)\s+"
    r"(?:(?:has|have|had)\s+)?(?:since\s+|then\s+|now\s+)?(?:taken\s+it\s+down|deleted\s+it|removed\s+"
    r"it|pulled\s+it)|(?:the|your)\s+original\s+(?:vanished|disappeared|was\s+(?:taken\s+down|"
    r"removed|deleted)))\b[^?]*$",
)


def is_interview(claims: Sequence[Claim]) -> bool:
    """A page printed as questions and answers, not a stray "Q:" in another kind."""
    asked = sum(bool(_QUESTION.match(c.text)) for c in claims if not c.is_caption)
    return asked >= QUESTIONS_AT_LEAST


def tells_of_a_clip(text: str, in_play: bool) -> bool:
    """An interview's question telling of a clip made anew, or, where one is `in_play`,
    of a copy of it, what befell it, or it (see above)."""
    tells = [_TELLS_OF_A_NEW_ONE]
    if in_play:
        tells += [_TELLS_OF_A_COPY, _TELLS_WHAT_BEFELL_IT, _TELLS_OF_IT]
    return any(pattern.match(text) for pattern in tells)


def asks_of_it(text: str) -> bool:
    """A Q&A's question on the clip spoken of last (see above)."""
    return _ASKS_OF_IT.match(text) is not None


def answers_of_a_turn(
    claims: Sequence[Claim],
    thread_of: dict[int, int],
    roles: dict[int, str],
    by_position: Mapping[int, _Cited],
) -> None:
    """Add to a thread, as its description, the lines of a Q&A turn after a question or an
    answer that cites its clip, up to the next question or a line of another thread."""
    if not is_interview(claims):
        return
    prose = [c for c in claims if not c.is_caption]
    thread: int | None = None
    latest: int | None = None  # the thread of the latest line in one
    first: int | None = None  # the first thread told
    copied, moved = False, None  # (a question on copies of it; (from, to) for its answer)
    asking, question, fresh = False, -1, False
    for claim in prose:
        cites = roles.get(claim.position) in _CITING
        asked = asking  # (the line before was the question)
        asking = bool(_QUESTION.match(claim.text))
        if asking:
            question = claim.position
            # the turn is the clip its question cites, or the clip spoken of last when the
            # question asks of it ("Q: What actually happens in it?") ...
            thread = thread_of[claim.position] if cites else None
            if (
                thread is None
                and claim.position not in thread_of
                and _ASKS_WHAT_IT_IS.match(claim.text)
            ):
                thread = latest
                if latest is not None and not claim.text.rstrip().endswith("?"):
                    # ("Q: There's a moment near the end where you ..."): tells of it
                    thread_of[claim.position], roles[claim.position] = latest, "description"
            copied = not cites and first is not None and bool(_THE_ORIGINAL.search(claim.text))
            if copied:
                # ("Q: Your original has been copied a lot."): the guest's first clip told
                thread = thread_of[claim.position] = first
                roles[claim.position] = "description"
            moved = None
            if cites:
                thread, moved = _made_anew(claim, thread_of, roles, by_position, first)
            if (
                cites
                and thread == question
                and latest is not None
                and _counts_it(claim, by_position)
            ):
                # ("Q: Twelve million people have now watched a ram abandon ship."): the
                # clip in play, told by a count and by what it shows
                _join(thread_of, roles, by_position, question, latest)
                thread = latest
        elif moved and thread_of.get(claim.position) == moved[0] and (moved[2] or not cites):
            thread_of[claim.position] = moved[1]  # (the rest of the turn on the copy)
            if cites:
                by_position[claim.position].same_clip_as = moved[1]
        elif claim.position in thread_of:
            answer = cites and _ANSWER.match(claim.text)
            opens = answer and thread_of[claim.position] == claim.position
            if answer and asked and copied and thread is not None and A_COPY.search(claim.text):
                # ("A: There's a version on YouTube by a channel called ..."): a copy of it
                moved = (thread_of[claim.position], thread, False)
                if not opens:  # (an opener is joined below, with the lines of its thread)
                    thread_of[claim.position] = by_position[claim.position].same_clip_as = thread
            if opens and fresh and thread is not None and not _another(claim.text):
                # the guest telling the clip just asked of ("Q: Your livestream ... went a
                # bit wrong." / "A: I went live on Instagram ..."): that clip, not a new one
                _join(thread_of, roles, by_position, claim.position, thread)
            joined = (
                cites
                and not answer
                and thread is not None
                and thread_of[claim.position] == claim.position
                # (or, in a turn on a clip its question opened, says where "it" is)
                and bool(
                    _PUT_IT.search(claim.text) or thread == question and _IT_IS.match(claim.text)
                )
                and not _another(claim.text)
            )
            if joined:
                # the answer going on to where the clip asked of went ("Q: Who was filming?"
                # / "A: The owner's grandson, Zak." / "He put it on Instagram that night")
                _join(thread_of, roles, by_position, claim.position, thread)
            # ... or the one its answer cites first, or the question's own next line does
            # ("Q: The Guild didn't see the funny side." / "It made a film of its own ...")
            opened_by_question = asked and cites and thread_of[claim.position] == claim.position
            thread = thread_of[claim.position] if answer or joined or opened_by_question else None
        elif thread is not None and not _EDITED.search(claim.text):
            thread_of[claim.position], roles[claim.position] = thread, "description"
        fresh = asking or fresh and not cites  # (no line since the question has cited)
        latest = thread_of.get(claim.position, latest)
        first = latest if first is None else first
    _whole_parts(prose, thread_of, roles)


# A bare reply, which labellers leave out of the clip's thread: "A: Yes.", "Twice.", "A: He
# did!"; and the closing line of the page: "This interview has been edited for length."
_BARE = re.compile(
    r"^\s*(?:A\s*[:.]\s+)?(?:Yes|No|Once|Twice|Never|Not\s+really|Sometimes|Always|Maybe|"
    r"Probably|He\s+did|She\s+did|They\s+did)\b[^.?!]{0,20}[.!?]?\s*$"
)
_EDITED = re.compile(
    r"\b(?:interview|conversation)\s+has\s+been\s+(?:edited|condensed)\b|\bwas\s+talking\s+to\b"
)


def _whole_parts(prose: Sequence[Claim], thread_of: dict[int, int], roles: dict[int, str]) -> None:
    """A question or an answer that tells of a clip tells of it whole: its lines before
    the one in a thread ("A: Because nobody would have believed me otherwise." / "My friend
    Kofi walked up the towpath streaming the whole thing on YouTube") go to that thread, and
    its lines after, up to the next question or answer, to the latest thread in it; not a
    bare reply, nor a line another thread took (sets 0-211, Q&A pages only: +36 members,
    +39 false, most of them lines of a clip the answer's citing line put in the wrong
    thread)."""
    parts: list[list[Claim]] = []
    for claim in prose:
        if _QUESTION.match(claim.text) or _ANSWER.match(claim.text) or not parts:
            parts.append([])
        parts[-1].append(claim)
    for part in parts if _QUESTION.match(prose[0].text) else parts[1:]:  # (not the lead)
        threads = [thread_of[c.position] for c in part if c.position in thread_of]
        if not threads:
            continue
        thread = threads[0]
        for claim in part:
            if claim.position in thread_of:
                thread = thread_of[claim.position]
            elif not _BARE.search(claim.text) and not _EDITED.search(claim.text):
                thread_of[claim.position], roles[claim.position] = thread, "description"


def _made_anew(
    question: Claim,
    thread_of: dict[int, int],
    roles: dict[int, str],
    by_position: Mapping[int, _Cited],
    first: int | None,
) -> tuple[int, tuple[int, int, bool] | None]:
    """The thread of a question that cites, and what its turn moves: a clip made anew opens
    its own ("Q: Someone's made a remix, I hear.", which the forward reading took for the
    clip before), a copy goes to the guest's first clip; the answer's lines that went to
    the clip the question was put in go with it."""
    at = question.position
    thread = thread_of[at]
    if _TELLS_OF_A_NEW_ONE.match(question.text) and thread != at:
        thread_of[at], roles[at] = at, "citation"
        by_position[at].same_clip_as = None
        return at, (thread, at, True)
    if first is not None and _TELLS_OF_A_COPY.match(question.text) and thread != first:
        if thread == at:
            _join(thread_of, roles, by_position, at, first)
            return first, None
        thread_of[at], roles[at] = first, "back_reference"
        by_position[at].same_clip_as = first
        return first, (thread, first, True)
    return thread, None


# A clip named by a word for one (a question naming none tells the clip in play by a count)
_CLIP_WORD = re.compile(
    r"\b(?:videos?|clips?|footage|films?|(?:live)?streams?|reels?|recordings?|tiktoks?|posts?|"
    r"uploads?|shorts?|vlogs?|broadcasts?|remix|versions?|cop(?:y|ies)|parod(?:y|ies)|duets?|"
    r"stitch|one)\b",
    re.I,
)


# Someone filming what the turn is about: "Q: Your deckhand kept filming instead of grabbing
# him."
_KEPT_FILMING = re.compile(
    r"\b(?:kept|was|were|carried\s+on|went\s+on)\s+filming\b|\bfilmed\s+(?:it|the\s+whole\s+"
    r"thing)\b",
    re.I,
)


def _counts_it(question: Claim, by_position: Mapping[int, _Cited]) -> bool:
    """A question that counts a clip, or tells of someone filming, and names it by no word
    for one, nor its maker or platform: the clip in play ("Q: Twelve million people have now
    watched a ram abandon ship.", "Q: Your deckhand kept filming instead of grabbing him.")."""
    cited = by_position[question.position]
    return (
        bool(cited.metrics or _KEPT_FILMING.search(question.text))
        and cited.creator is None
        and cited.platform is None
        and not _CLIP_WORD.search(question.text)
        and not _another(question.text)
    )


def _another(text: str) -> bool:
    """A clip the answer marks as new or as another than the one asked of."""
    return new_clip(text) or another_clip(text, "")


def _join(
    thread_of: dict[int, int],
    roles: dict[int, str],
    by_position: Mapping[int, _Cited],
    opener: int,
    thread: int,
) -> None:
    """Move the thread `opener` began into `thread`, its opener a reference back to it."""
    for position, its in list(thread_of.items()):
        if its == opener:
            thread_of[position] = thread
    roles[opener] = "back_reference"
    by_position[opener].same_clip_as = thread


class _Made(Protocol):  # what maker_named_in_answer reads and sets of a Citation
    claim_position: int
    same_clip_as: int | None
    members: list
    creator: str | None
    inferred_creator: str | None
    inferred_from: str | None


# A question on who filmed the clip in play: "Q: Who was filming?", "Who was holding the
# phone?" (the question's second sentence), "Q: And who shot it?"
_WHO_FILMED = re.compile(
    r"^\s*(?:(?:Q|Question)\s*[:.]\s+)?(?:And\s+|So\s+)?who\s+(?:was\s+(?:filming|recording|"
    r"holding\s+the\s+(?:phone|camera)|behind\s+the\s+camera)|(?:filmed|shot|recorded|took)\s+"
    r"(?:it|that|this|the\s+(?:video|clip|footage))|had\s+the\s+(?:phone|camera))\s*\?\s*$",
    re.I,
)
# ... and an answer that only names them, perhaps by who they are first: "A: The owner's
# grandson, Zak.", "A: My daughter, Precious.", "A: Ngozi did, for her friends."
_ONLY_NAMES = re.compile(
    r"^\s*(?:A|Answer)\s*[:.]\s+(?:(?:My|Our|His|Her|Their|The|A|An)\s+[^,.?!]{1,40},\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?:\s+did\b[^.?!]{0,60})?[.!]?\s*$"
)
_NO_ONE = frozenset(
    "I Me We Us He She They Him Her Them Nobody No Yes Not Everyone Someone".split()
)


def maker_named_in_answer(claims: Sequence[Claim], citations: Sequence[_Made]) -> None:
    """The one a Q&A's answer names as having filmed the clip in play ("Q: Who was
    filming?" / "A: The owner's grandson, Zak.") is that clip's maker, over the guest the
    headline named: every line of the clip's thread without a maker of its own takes them."""
    if not is_interview(claims):
        return
    prose = [c for c in claims if not c.is_caption]
    thread_at: dict[int, int] = {}
    for citation in citations:
        opener = (
            citation.same_clip_as if citation.same_clip_as is not None else citation.claim_position
        )
        thread_at[citation.claim_position] = opener
        for member in citation.members:
            thread_at.setdefault(member.position, opener)
    in_thread: dict[int, list[_Made]] = {}
    for citation in citations:
        in_thread.setdefault(thread_at[citation.claim_position], []).append(citation)
    latest: int | None = None  # the thread of the latest line in one
    for asked, answer in zip(prose, prose[1:], strict=False):
        latest = thread_at.get(asked.position, latest)
        found = _ONLY_NAMES.match(answer.text) if _WHO_FILMED.match(asked.text) else None
        if found is None or found["name"].split()[0] in _NO_ONE:
            continue
        thread = thread_at.get(answer.position, latest)
        for citation in in_thread.get(thread, []) if thread is not None else []:
            if citation.creator is not None:
                continue
            citation.inferred_creator = found["name"]
            citation.inferred_from = "the answer to who filmed it"
