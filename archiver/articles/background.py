"""Lines of background between a clip's lines: which stay outside every thread, and which
go back to the clip once the story returns to it.

    outside_every_thread(text, position, off_every_clip, kicker_from) -> bool
    rejoins(text, names, position, last_at, thread, thread_of, text_at) -> role or None

Split from archiver.articles.threads, which calls both for each line that cites nothing.
"""

from __future__ import annotations

import re

from archiver.articles.account_lines import account_line
from archiver.articles.captions import LINK_OUT, terms
from archiver.articles.claims import without_time_stamp
from archiver.articles.cleaning import BULLETIN_LINE, EDITORS_NOTE
from archiver.articles.goes_on import IN_THE_CLIP, continues
from archiver.articles.heard import SPEAKER, heard_in_clip, told_afterwards, told_to_the_writer
from archiver.articles.retells import THIS_IS_THE_MOMENT
from archiver.articles.scene import MOVES_ON

# A definite reference after the thread broke off rejoins it when at most this many
# claims lie between ("The post has been retweeted ..." after a line of background).
REJOIN_WITHIN = 3


def rejoins(
    text: str,
    names: frozenset[str],
    position: int,
    last_at: int,
    thread: int,
    thread_of: dict[int, int],
    text_at: dict[int, str],
) -> str | None:
    """A description after a line or two of background goes back to the clip when it
    tells the clip's moment and speaks of what the thread did ("The whale's tail rises
    above the boat" after the fisherman's interview, the whale being in the citation).
    A pronoun is not enough ("she" may be anyone the story turned to): the word shared
    must be in the subject ("Her voice plays over ..." after "carries the voice of")."""
    distance, before = position - last_at, text_at.get(position - 1, "")
    if distance > REJOIN_WITHIN + 1 or MOVES_ON.search(text):
        return None
    if IN_THE_CLIP.match(text):
        return "description"  # a definite reference to the clip rejoins it
    if heard_in_clip(text):
        return "quote"  # "'Look, she does the turn!' is heard Hekla Rós shout"
    role = continues(text, names)
    speaker = SPEAKER.search(text)
    if role == "quote" and (speaker is None or speaker["who"] in names or speaker["name"] in names):
        # "'...,' Kranjc appears to say": the person the clip was cited for; "'Eat first,
        # the bike can wait,' she says", "... a woman screams": speech now, in the clip
        return None if distance > 1 and told_to_the_writer(text, before) else role
    if role not in ("description", "back_reference", "pronoun"):  # "Her voice plays over"
        return None
    if THIS_IS_THE_MOMENT.match(text_at[thread]):
        return role  # a tabloid's clip is its whole story: "He pops his dentures on the towel"
    thread_terms = set().union(*(terms(text_at[p]) for p, o in thread_of.items() if o == thread))
    subject = " ".join(text.split()[:4])  # who or what acts: "The whale's tail rises"
    return role if terms(subject) & thread_terms else None


# What someone told the story, reported with no quotation and no clip cited: "She says
# she'd been filming the snow for her nan." (27 of 27 such lines in the labelled sets are
# outside every thread; not "She says: '...'", nor "he says in the video")
_REPORTED = re.compile(
    r"^(?:[A-Z][A-Z ()'-]{2,40}:\s+)?(?:He|She|They)\s+(?:says|said|told|tells)\b(?!\s*:)"
    r"(?!.*\b(?:in|on|during|over)\s+(?:the|a|his|her|that)\s+(?:video|clip|stream|livestream|"
    r"footage|recording)\b)(?!.*(?:^|\s)[‘“'\"]\w)"  # (an apostrophe is no quotation: "she'd")
)
_SURVIVED_BY = re.compile(r"\b(?:is|are)\s+survived\s+by\b")  # an obituary's family line
# A rule on filming, no clip: "Please do not film the show yourselves", "filming in the
# livestock lines is welcome but drones are not" (not speech: "'Don't film this!' she wails")
_FILMING_RULE = re.compile(
    r"\b(?:do\s+not|don[’']t|never)\s+film\b|\bfilming\b[^.;]{0,50}?\b(?:is|are)\s+"
    r"(?:not\s+)?(?:welcome|allowed|permitted|banned|forbidden|prohibited)\b",
    re.I,
)
# The writer gone somewhere, in a live blog's entry: "We've walked over to the forge lines
# ourselves, where a judge is measuring ...", "We have just arrived at the studio": the blog's
# own news, not a clip's moment; not "We've been sent a video ...")
_WE_WENT = re.compile(
    r"^We(?:[’']ve|\s+have)?\s+(?:just\s+|now\s+)?(?:walked|wandered|popped|headed|strolled|"
    r"nipped|arrived|made\s+our\s+way|caught\s+up\s+with\b[^.;]{0,60}?\bourselves)\b"
)
# A turn to clips in general: "Not every clip has been a joke.", "Not all the attention has
# been kind." (68 of the 73 such lines in sets 0-181 are in no thread; the other five go on,
# past a colon or "as", to bring a clip in, which cites)
_NOT_EVERY = re.compile(r"^(?:But\s+)?Not\s+(?:every|all|each)\b[^:;]*$")
# A quotation with only "he says" after it, once the story is off every clip: said to the writer
_JUST_SAYS = re.compile(
    r"^[‘“'\"].{8,}?[,?!][’”'\"]\s+(?:he|she|they)\s+says\.(?:\s+[‘“'\"].*)?$", re.S
)


# Words to the writer now, just after a line that counts the clip's views: "'People wanted
# me to eat it. I didn't,' she says, wiping the soil off her knees." after "It went up on
# TikTok ... and had been watched 4.2 million times" (60 of 67 such lines in sets 0-191 are
# in no thread; speech in a clip comes after the line that tells the clip, not its count)
_SAYS_NOW = re.compile(
    r"^[‘“'\"].{3,}[,?!.][’”'\"]\s+(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
    r"(?:says|adds|laughs|explains|admits|tells\s+me)(?:\s*[.!]?$|,\s+[a-z]+ing\b|,?\s+and\b)"
)

# (said in the clip, by what the speaker does: "..., she says, waving at the camera")
_AT_THE_CAMERA = re.compile(r"\b(?:at|to|into)\s+the\s+(?:camera|lens|phone)\b")


def outside_every_thread(
    text: str, position: int, off_every_clip: bool, kicker_from: int, after_a_count: bool = False
) -> bool:
    """Told to the reporter afterwards ("'...,' Ms Sandhu said."), an account told of, no
    clip ("Tony Brereton ... posts on TikTok as Toaster Tony"), the desk's note at the foot
    ("(Translated from the Japanese; ...)") and the like: no rule nor the model adds it to a
    thread. `kicker_from` is where a story's last lines begin (a profile ends on its
    subject's word to the writer), read when `off_every_clip` (no clip in play, or the line
    is just under a photograph's caption); `after_a_count`, that the line before counted a
    clip it referred back to ("It has now passed ten million views") or a stream's audience
    ("she went live ..., and about 18,000 people watched")."""
    return bool(
        (after_a_count and _SAYS_NOW.match(text) and not _AT_THE_CAMERA.search(text))
        or told_afterwards(text)
        or account_line(text)
        or EDITORS_NOTE.match(text)
        or BULLETIN_LINE.match(text)
        or _SURVIVED_BY.search(text)
        or LINK_OUT.match(text)  # ("Read also: Harvest parade draws record crowds")
        or _REPORTED.match(text)  # "She says Biscuit now gets his own fan mail."
        or _WE_WENT.match(without_time_stamp(text))
        or _NOT_EVERY.match(text)
        or (_FILMING_RULE.search(text) and text.lstrip()[:1] not in "‘“'\"")
        or (off_every_clip and position >= kicker_from and _JUST_SAYS.match(text))
    )
