"""Does a line the rules left uncited still cite a clip? A small learned model.

    cites(line) -> float   the probability that `line` cites a clip the rules did not see
    sure(line) -> bool     cites it at the shipped threshold, unless vetoed(line)
    vetoed(line) -> bool   a line the model is never asked about

The rules of archiver.articles.citations find almost every citing line of the sets they
were written on, and miss the openers of each new register ("A shaky 58-second fancam
filmed at a fan-signing event has sent ...", "... by playing a kart-racing game for 24
hours straight on Twitch", "Verdict: False. The footage comes from ..."). A missed opener
costs its whole thread: the next line opens it instead, and every member is scored
against the wrong opener. This model was trained by bench/citing_learned.py --train on
the lines of every labelled set that the rules, as first run on each set, left uncited,
so it learns what rules of that kind miss rather than what they already find; its
weights are in citing_model.json beside this file, and its figures, left out of training
one set at a time, are in that script.

A logistic regression over plain signals of the line and where it stands: words for a
clip and for making or posting one, a platform, counts, handles, a scene told in the
present, a verdict's label, the first lines of a story, quotations and what background
has. Inference is a dot product in pure Python, as in archiver.articles.membership.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.articles.claims import SUBHEADING, without_time_stamp
from archiver.articles.cues import ruled_out, without_measures
from archiver.articles.goes_on import continues
from archiver.articles.metrics import metrics_stated
from archiver.articles.stated import HANDLE
from archiver.platforms import platform_named

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from archiver.articles.claims import Claim
    from archiver.articles.threads import Citation

WEIGHTS = Path(__file__).with_name("citing_model.json")


@dataclass(frozen=True)
class Line:
    """A prose line the rules did not cite, and where it stands in its article."""

    text: str
    position: int  # its claim position (the first claim of the body is 0)
    cited_before: int  # lines the rules cite before this one
    previous_cites: bool  # the line just before cites a clip
    next_text: str = ""  # the line after it, which may speak of its clip as known


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b", re.I)


# words for one clip; "stream" and "broadcast" are also a match's or a channel's
# (not what a word for a clip also names: "video games", "a video call", "the video
# assistant referee", "a stream of funding", "a routine of swimming")
_NOT_A_CLIP_AFTER = (
    r"(?!\s+(?:games?|calls?|conferenc\w*|links?|assistant|referee|replay|studios?|contracts?|"
    r"deals?|artists?|equipment|sessions?|industry|of\s+(?:funding|"
    r"money|cash|cold|warm|air|water|traffic|visitors|fans|people|abuse|complaints|"
    r"swimming|exercise|work)))"
)
_CLIP = re.compile(
    r"\b(?:videos?|clips?|footage|fancams?|livestreams?|live-?streams?|reels?|recordings?|"
    r"vlogs?|tiktoks?|uploads?|shorts|snaps|selfie video|dashcam|bodycam|doorbell camera)\b"
    + _NOT_A_CLIP_AFTER,
    re.I,
)
# (not "her ewes stream down": a verb as often as a clip)
_SHOW = _words(r"broadcasts?|routines?|performances?|stor(?:y|ies)|montages?")
_ONE = re.compile(
    r"\b(?:a|an|one|another|his|her|their|its)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:video|clip|footage|fancam|livestream|reel|recording|vlog|tiktok|upload|stream|"
    # (not "a routine" alone: "Six men ... perform a synchronised routine" in the clip)
    r"broadcast|post|duet|stitch|tutorial|snapchat|film|short)\b" + _NOT_A_CLIP_AFTER,
    re.I,
)
_THE = re.compile(
    r"\b(?:the|this|that|these)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:video|clip|footage|fancam|livestream|reel|recording|upload|stream|broadcast)\b"
    + _NOT_A_CLIP_AFTER,
    re.I,
)
_MAKE = _words(
    r"posted|posts|uploaded|shared|filmed|films|filming|recorded|recording|streamed|streams|"
    r"streaming|captured|broadcast|reposted|published|shot|went live|gone live|goes live|"
    r"live on|live-streamed|livestreamed|stitched|duetted"
)
_FILM = re.compile(
    r"\b(?:filmed|films|filming|recorded|recording|captured|livestreamed|live-streamed|streamed|"
    r"streaming|broadcasting|went\s+live|gone\s+live|goes\s+live)\b"
    # (not "went live with a new payments system", "went live on national radio", "recorded
    # its weakest quarter", "recorded his tenth straight win", "captured the hearts of",
    # "will be streamed on the app", "streaming services")
    r"(?!\s+(?:with|(?:on|from|next|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|week|month)\b|in\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|\d)|on\s+(?:national\s+)?(?:radio|air|television|tv)\b|"
    r"(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+)?(?:best|worst|weakest|strongest|highest|"
    r"lowest|biggest|first|second|third|tenth|\w+th|record|profit|loss|win|victory|defeat|"
    r"revenue|sales|rise|fall|growth|hearts?|imagination|attention)\b|"
    r"(?:revenue|profits?|losses|sales|growth|hearts?|imagination|services?|giants?|platforms?)\b|"
    r"\d))",
    re.I,
)
_WILL_BE = re.compile(r"\b(?:will|would|to)\s+be\s+(?:filmed|streamed|broadcast|recorded)\b", re.I)
_CAUGHT = _words(r"caught|catches|catching")
_PUT_OUT = _words(r"posted|uploaded|shared|reposted|published|released|dropped|put it on")
# (not "caught by a speed camera")
_CAMERA = _words(
    r"(?<!speed )cameras?|phones?|dashcams?|bodycams?|body-worn|doorbell|cctv|drone|webcam|"
    r"gopro|trail cam(?:era)?|mobile"
)
_ON_DEVICE = re.compile(
    r"\b(?:on|from|with|by)\s+(?:a|an|his|her|their|my|the|its|[\w'’-]+[’']s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:phone|camera|dashcam|bodycam|drone|webcam|mobile)\b",
    re.I,
)
_SELF = _words(
    r"(?:filmed|recorded|broadcast|livestreamed|streamed|streaming|filming)\s+"
    r"(?:himself|herself|themselves|myself)"
)
_LIVE = _words(
    r"went live|gone live|goes live|going live|live on|broadcasting live|streaming|livestream\w*"
)
_FOOTAGE = _words(r"footage")
# "It has drawn 14.8 million views", "It has since been watched ..."
_IT_COUNTED = re.compile(
    r"^(?:it|she|he|they)\s+(?:has|had|have)\s+(?:since\s+)?(?:been\s+)?(?:drawn|watched|viewed|racked|gathered|clocked|picked)",
    re.I,
)
# "Filmed on a yacht off Pelora, it shows Roe holding up the bottle"
_FRONTED_IT_SHOWS = re.compile(
    r"^[^.;]{0,100},\s+(?:it|this|the (?:clip|video|footage))\s+(?:shows|captures|features)\b",
    re.I,
)
# (not posting or streaming alone: "YouTube has released a new feature", "Streaming has
# transformed the music industry")
# (not "The helpline goes live on Monday": a schedule)
_GOES_LIVE = re.compile(
    r"\b(?:went live|gone live|goes live|going live|broadcasting live|livestream\w*)\b"
    r"(?!\s+(?:on|from|next|this|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|week|month|year|\d))",
    re.I,
)
_ANY_CLIP = re.compile(
    "|".join(p.pattern for p in (_CLIP, _SHOW, _ONE, _THE, _FILM, _CAMERA, _GOES_LIVE)), re.I
)
# What the labels and the rules take for no clip, unless a word for one is there too:
# photographs ("Photos shared on Instagram show ..."), a trend that spreads ("A challenge
# to sing in a lift has spread across TikTok"), a production ("A film crew filmed him for
# a documentary", "filmed by director Ines Holm in 1969"), and someone famous for filming
# themselves ("A nurse who filmed herself dancing on a ward has become a household name")
_STILL_WORDS = r"photos?|pictures?|images?|photographs?|screenshots?|selfies?"
# a platform's name before another thing than a clip: "A TikTok parenting expert", "a TikTok
# following of 2 million", "A TikTok marketing push" (the rules read these as no clip; the
# model, trained on what the rules leave, must not be asked on the name alone)
_PLATFORM_BEFORE_A_NOUN = re.compile(
    r"\b(?:TikTok|YouTube|Instagram|Facebook|Twitch|Snapchat|Kuaishou|Douyin|Bilibili)\s+"
    r"(?!(?:videos?|clips?|posts?|reels?|streams?|livestreams?|lives?|shorts?|stor(?:y|ies)|"
    r"uploads?|accounts?|channels?|pages?|profiles?|users?|feeds?|"
    # (nor a verb: "A TikTok filmed by a dog walker shows ...")
    r"\w+ed|shows?|showing|has|had|is|was|were|went|goes|of|by|from|with|in|on|at|to|that|"
    r"which|who|and|or)\b)[a-z][\w-]*"
)
_CLIP_NOUN = _words(r"videos?|clips?|footage|fancams?|livestreams?|reels?|recordings?|vlogs?")
_NO_CLIP = re.compile(
    rf"^(?:[\w'’-]+\s+){{0,3}}?(?:{_STILL_WORDS})\b(?!\s+search)|"
    r"\b(?:challenges?|trends?|crazes?|hashtags?|memes?|fads?)\b[^.;]{0,60}\b"
    r"(?:spread|spreading|taken over|took over|swept|sweeping|gone viral|went viral)\b|"
    r"\b(?:film|camera|tv|television)\s+crews?\b|\b(?:director|documentary|film-?maker)\b|"
    # a production or a service: "The series was filmed over six months", "in cinemas on
    # Friday", "TikTok's parent company", "YouTube will start showing more adverts"
    r"\b(?:series|drama|sitcom|soap|programme|quiz\s+show|cinemas?|box\s+office|premiere|"
    r"thriller|horror|romcom|biopic|cult\s+hit|"
    r"episodes?|parent\s+company|revenue|profits?|adverts?|advertising|subscriptions?|"
    r"premium|shares|quarter|industry|record\s+labels?|app\s+store|new\s+features?)\b|"
    r"\bwho\s+(?:filmed|films|has\s+filmed)\s+(?:himself|herself|themselves)\b[^.;]{0,80}"
    r"\b(?:has|have)\s+become\b",
    re.I,
)
# Footage in general, as a newsroom works through it: "Our verification team is going
# through footage as it comes in" (no one clip yet)
_FOOTAGE_AT_WORK = re.compile(
    r"\b(?:going|looking|sifting|combing|working|wading|trawling)\s+through\s+"
    r"(?:footage|videos|clips|posts)\b|\b(?:footage|videos|clips)\s+as\s+(?:it|they)\s+"
    r"comes?\s+in\b",
    re.I,
)
# Someone in the clip in play filming, told in the present: "Another man, wearing a red
# cap, runs over and starts filming the fight on his phone"
_FILMING_IN_IT = re.compile(
    r"\b(?:starts|begins|keeps|stops)\s+(?:filming|recording)\b|"
    r"\b(?:films|records)\s+(?:the|him|her|them|it|this)\b",
    re.I,
)
_SPEECH_NOW = _words(r"says|tells|whispers|shouts|asks|sings|yells|laughs|adds")
# "Another shows ...", "A second angle, filmed from ...", "In the third, ..."
_ANOTHER = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:another|second|third|fourth|fifth)\b", re.I)
_BY = re.compile(r"\b(?:filmed|recorded|shot|posted|uploaded|shared|made|captured)\s+by\b", re.I)
_SCENE = _words(r"shows?|showing|captures|features|can be seen|is seen|are seen|appears")
_WATCH = _words(r"watching|viewers|watched|views|plays|likes|went viral|gone viral|viral")
_VERDICT = re.compile(
    r"^(?:verdict|claim|rating|classification|fact[- ]check|our ruling|what we found)\b", re.I
)
_STILL = _words(_STILL_WORDS)
_GENERAL = _words(r"videos|clips|creators|influencers|users|accounts|trend|trends|content")
_QUOTE = re.compile(r"[\"“”‘’']\w")
_PAST_SAID = _words(r"said|told|added|according to|spokesperson|spokesman|spokeswoman")
_NUMBER = re.compile(r"\d")

_OPENING = 4  # claims from the top

FEATURES = (
    "clip_word",
    "show_word",
    "one_clip",
    "the_clip",
    "making",
    "made_by",
    "platform",
    "clip_count",
    "followers",
    "handle",
    "scene",
    "watching",
    "verdict",
    "still",
    "general",
    "quotation",
    "said",
    "number",
    "first_lines",
    "opening",
    "previous_cites",
    "length",
    "film",
    "put_out",
    "camera",
    "speech_now",
    "another",
    "one_clip_first",
    "film_first",
    "clip_and_making",
    "camera_and_film",
    "on_device",
    "filmed_self",
    "live",
    "footage",
    "platform_and_making",
    "footage_first",
    "next_the_clip",
    "next_the_clip_first",
)


def features(line: Line) -> dict[str, float]:
    text = line.text
    metrics = metrics_stated(text)
    camera, clip = _CAMERA.search(text), _CLIP.search(text)
    # (a ball, a bus or fire is caught too: "caught" films only with a camera)
    film = _FILM.search(text) or (camera and _CAUGHT.search(text))
    one, footage, platform = _ONE.search(text), _FOOTAGE.search(text), platform_named(text)
    # the story's opening lines, before any clip is cited: where a missed opener stands
    # (not any line of a long piece that cites none)
    opening = line.cited_before == 0 and line.position <= _OPENING
    after = _THE.search(line.next_text[:80]) or _IT_COUNTED.match(line.next_text)
    return {
        "clip_word": float(bool(clip)),
        "show_word": float(bool(_SHOW.search(text))),
        "one_clip": float(bool(one)),
        "the_clip": float(bool(_THE.search(text))),
        "making": float(bool(_MAKE.search(text))),
        "made_by": float(bool(_BY.search(text))),
        "platform": float(platform not in (None, "social media")),
        # (with a figure, as the rules read one: not "her sketches draw millions of views")
        "clip_count": float(any(m.kind != "followers" and m.value for m in metrics)),
        "followers": float(any(m.kind == "followers" for m in metrics)),
        "handle": float(bool(HANDLE.search(text))),
        "scene": float(bool(_SCENE.search(text))),
        "watching": float(bool(_WATCH.search(text))),
        "verdict": float(bool(_VERDICT.match(text))),
        "still": float(bool(_STILL.search(text))),
        "general": float(bool(_GENERAL.search(text))),
        "quotation": float(bool(_QUOTE.search(text))),
        "said": float(bool(_PAST_SAID.search(text))),
        "number": float(bool(_NUMBER.search(text))),
        "first_lines": float(line.position <= 2),
        "opening": float(opening),
        "previous_cites": float(line.previous_cites),
        "length": min(len(text.split()), 60) / 60,
        "film": float(bool(film)),
        "put_out": float(bool(_PUT_OUT.search(text))),
        "camera": float(bool(camera)),
        "speech_now": float(bool(_SPEECH_NOW.search(text))),
        "another": float(bool(_ANOTHER.match(text))),
        "one_clip_first": float(bool(one) and opening),
        "film_first": float(bool(film) and opening),
        "clip_and_making": float(bool(clip and (film or _PUT_OUT.search(text)))),
        "camera_and_film": float(bool(camera and film)),
        "on_device": float(bool(_ON_DEVICE.search(text))),
        "filmed_self": float(bool(_SELF.search(text))),
        "live": float(bool(_LIVE.search(text))),
        "footage": float(bool(footage)),
        "platform_and_making": float(bool(platform and (film or _PUT_OUT.search(text)))),
        "footage_first": float(bool(footage) and opening),
        "next_the_clip": float(bool(after)),
        "next_the_clip_first": float(bool(after) and opening),
    }


@functools.cache
def _model() -> tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...], float, float]:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if list(data["features"]) != list(FEATURES):
        raise ValueError(f"{WEIGHTS.name} was trained on other features; retrain it")
    return (
        tuple(data["mean"]),
        tuple(data["scale"]),
        tuple(data["weights"]),
        float(data["bias"]),
        float(data["threshold"]),
    )


def carries_on(line: Line) -> bool:
    """After a citation, a line the threads stage reads as going on about the clip in play
    ("Filmed from a bus stop, it shows the worker ...", "Several passengers can be seen
    filming him"): it is the thread's, and citing it would cut the thread in two."""
    if not line.cited_before:
        return False
    text = line.text
    return continues(text) is not None or bool(
        _FRONTED_IT_SHOWS.match(text) or _FILMING_IN_IT.search(text)
    )


def vetoed(line: Line) -> bool:
    """A line the model is never asked about: photographs, a trend, a production, a
    business or someone famous for filming themselves (with no word for a clip); a line
    with no word for a clip, a camera or filming, unless it was posted on a named
    platform; a clip yet to be made; one that carries on the thread in play; or one the
    rules know to tell of no clip (an account line, filming told afterwards, a hashtag's
    count; archiver.articles.cues.ruled_out)."""
    text = line.text
    if _NO_CLIP.search(text) and not _CLIP_NOUN.search(text):
        return True  # photographs, a trend, a production, someone famous for filming
    if _FOOTAGE_AT_WORK.search(text):
        return True
    platform = platform_named(text) is not None
    posted_on_one = platform and bool(_PUT_OUT.search(text))
    named_only = not _ANY_CLIP.search(_PLATFORM_BEFORE_A_NOUN.sub(" ", text))
    # (not "offences recorded by police", "gusts of 94mph were recorded")
    if not (_ANY_CLIP.search(without_measures(text)) or posted_on_one) or _WILL_BE.search(text):
        # no word for a clip, a camera, making one or posting on a platform ("so viral on
        # social media", "YouTube will start showing more adverts to viewers"), or a clip
        # yet to be made
        return True
    if named_only and not posted_on_one:
        return True  # a platform's name before another thing: "A TikTok parenting expert"
    # (ruled_out is the rules' own judgement, with their notion of a line strong enough to
    # cite: a platform, a handle or a count)
    if carries_on(line):
        return True
    strong = platform or bool(HANDLE.search(text))
    strong = strong or any(m.kind != "followers" for m in metrics_stated(text))
    return ruled_out(text, strong, None)


def sure(line: Line) -> bool:
    """The model is sure enough of the line to cite it (its threshold is in the weights)."""
    return not vetoed(line) and cites(line) >= _model()[4]


def cites(line: Line) -> float:
    """The probability that the line cites a clip (trained on lines the rules left)."""
    mean, scale, weights, bias, _ = _model()
    values = features(line)
    z = bias + sum(
        w * (values[name] - m) / s
        for name, m, s, w in zip(FEATURES, mean, scale, weights, strict=True)
    )
    return 1 / (1 + math.exp(-max(-60.0, min(60.0, z))))


def learned_citing(
    claims: Sequence[Claim],
    citations: Sequence[Citation],
    decide: Callable[[Line], bool] | None = None,
) -> frozenset[int]:
    """The prose claims the rules left uncited (no quotation's continuation either) that
    the learned model is sure cite a clip, read in order (`decide`, sure by default:
    bench/citing_learned.py passes each fold's model)."""
    decide = decide or sure
    citing = {c.claim_position for c in citations}
    quoted = {p for c in citations for p in c.quote_claims}
    found, before = set(), 0
    for i, claim in enumerate(claims):
        if claim.position in citing:
            before += 1
            continue
        text = without_time_stamp(claim.text).strip()
        if claim.is_caption or claim.position in quoted or SUBHEADING.match(text):
            continue
        after = without_time_stamp(claims[i + 1].text).strip() if i + 1 < len(claims) else ""
        line = Line(text, claim.position, before, claim.position - 1 in citing, after)
        if decide(line):
            # (cited now for the lines after it: what carries on its clip is its thread's)
            found.add(claim.position)
            citing.add(claim.position)
            before += 1
    return frozenset(found)
