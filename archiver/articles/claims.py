"""Claims: an article's text split into sentences (pysbd) and photo captions.

    split_claims(article) -> [Claim]

Offsets are into Article.text, so a claim can always be shown in its paragraph.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from archiver.articles.reading import Article, line_kind
from archiver.text import fold_quotes


@dataclass
class Claim:
    position: int  # 0-based, in text order
    text: str
    start: int  # character offsets into Article.text
    end: int
    is_caption: bool = False
    # the first claim under a numbered list item's heading too short to be a claim ("3. The
    # groom's penalty"): archiver.articles.list_items reads where each item starts
    item_start: bool = False


# A numbered list item's heading: "1. ...", "12) ..."
ITEM_NUMBER = re.compile(r"^\d{1,2}[.)]\s+\S")


# ---------------------------------------------------------------------------------------
# Claims


@functools.lru_cache(maxsize=1)
def _segmenter():  # noqa: ANN202 - pysbd has no type hints
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


# pysbd's time grows with the square of a paragraph's length (it rescans the text for
# each abbreviation and each sentence): one 100 KB paragraph took 27 s, and a text of a
# few MB with no line breaks would take hours. A longer paragraph is cut into pieces of
# at most this many characters, at the last sentence end in each (else at a space).
PIECE_CHARS = 2000
_SENTENCE_BREAK = re.compile(r"[.!?…][’”'\")\]]*\s+")


# An explainer's subheading, "What does the video show?", "Who filmed it?", or a
# fact-check's verdict line, "Verdict: False.", "Our rating: Misleading". It cites no clip
# and does not end a thread: the text under it goes on about the clip.
SUBHEADING = re.compile(
    # ("Can the commission just post footage like that?")
    r"^(?:what|who|where|when|why|how|is|was|are|were|did|does|do|can|could|should|will|"
    r"would)\b(?:\s+\S+){0,9}\?$|"
    r"^(?:our\s+|the\s+)?(?:verdict|rating|conclusion|ruling|classification)\s*:\s*(?:\S+\s*){1,4}$",
    re.I,
)
_EXCLAIMED_QUOTE = re.compile(r"[!?,…\-–—][’”'\"]{1,2}\s*$")
_SAID_VERB = (
    r"(?:says|said|asks|asked|shouts|shouted|screams|screamed|groans|groaned|sighs|sighed|"
    r"yells|yelled|cries|cried|tells|told|adds|added|replies|replied|whispers|whispered|"
    r"laughs|laughed|jokes|joked|exclaims|exclaimed|calls|called|writes|wrote|sings|sang|"
    r"chants|chanted|begs|begged|shrieks|shrieked|gasps|gasped|mutters|muttered|roars|roared|"
    r"bellows|bellowed|howls|howled|squeals|squealed|wails|wailed|murmurs|murmured|squawks|"
    r"squawked|pleads|pleaded|insists|insisted|declares|declared|continues|continued|snaps|"
    r"snapped|sobs|sobbed|answers|answered|saying|shouting|asking|screaming|yelling|singing|"
    r"telling|wailing|crying|laughing|sobbing|chanting|cheering|muttering|whispering|"
    r"pleading|begging|shrieking|groaning|sighing)\b"
)
_ATTRIBUTION = re.compile(
    # (past an age or a place: "Leanne, 38, groans in the video"; "Rhys can be heard
    # shouting")
    r"(?:[A-Z][\w’'-]+\s+){0,2}?[A-Z][\w’'-]+(?:,\s+[^,.;]{1,40},)?\s+(?:\w+ly\s+)?"
    r"(?:(?:can|could)\s+be\s+heard\s+)?" + _SAID_VERB
)


# A dot inside a handle ("@callum.b.official") is no sentence's end; pysbd reads a copy
# with it hidden (one character for one, so offsets hold)
_HANDLE = re.compile(r"(?<![\w@])@\w[\w.]{0,40}\w")


def _handle_dots_hidden(text: str) -> str:
    return _HANDLE.sub(lambda found: found[0].replace(".", "_"), text)


# Pieces pysbd cuts that belong to the sentence before: a dateline's dash ("SAN ISIDRO.-
# A group of mariachis ..."), a list item's short heading ("1. The goat. Farmer Hattie
# Sowerby's video ..."), and a photo credit after a caption ("... from a social media
# video. Ines Kalbfleisch/@ines.wanders via Northline Wire", "Photo: Alan Treloar-Hicks")
_NUMBERED_HEADING = re.compile(r"^\d{1,2}[.)]\s+[^.!?]{1,40}[.:]$")
# a dateline ending in a stop: "SAN ISIDRO DE ANZURES, Sonora. A video recorded by ..."
_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý’' -]{2,40}(?:,\s+[A-ZÀ-Ý][\w .’'-]{1,30})?\.$"
    # ... or a place and the day, as a close translation keeps the wire's dateline:
    # "Kutaisi, 3 September. On the internet ...", "Butwal, Mangsir 14. The video ..."
    r"|^[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){0,3},\s+"
    r"(?:\d{1,2}\s+[A-ZÀ-Ý][a-z]+|[A-ZÀ-Ý][a-z]+\s+\d{1,2})\.$"
)
# a day written with an ordinal dot, as Central European languages write dates, which a
# close translation keeps: "The video was recorded on Saturday, 7. December, around 18 hours"
_ORDINAL_DAY = re.compile(r"[^\W\d].*?\s\d{1,2}\.$", re.S)
# a title before a name that pysbd does not know as one, as close translations and some
# English styles keep them: "the secretary, Smt. K. R. Shwetha, said", "Shri. Anil Jadhav",
# "Sig. Rossi", "Mme. Dubois", "Cllr. Jones", "Pte. Ryan" (not "Sr.", which ends a name)
STOPPED_TITLES = (
    "Shri Smt Sri Kum Ku Thiru Tmt Sh Sig Sra Srta Mme Mlle Hr Fr Hon Dott Avv Dña Sta Pte "
    "Pvt Cpl Cllr Insp"
).split()
_TITLE_ENDS = re.compile(rf"(?<![\w.])(?:{'|'.join(STOPPED_TITLES)})\.\s*$")
_MONTH_AFTER = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
_CREDIT = re.compile(
    r"^(?:(?:Photo|Photograph|Picture|Image|Credit|Pictures)\s*:\s*)?[A-Z][\w’'.-]*"
    r"(?:\s+[\w’'.-]+){0,4}\s*/\s*[@\w][\w.’' -]{0,60}$"
    r"|^(?:Photo|Photograph|Picture|Image|Credit)s?\s*:\s*[^.!?]{1,60}\.?$"
)


# A live blog's time stamp before an entry: "09:42 — ", "10.15am: ", "14:05 - "
_TIME_STAMP = re.compile(
    # (or a bare time before the entry's first capital: "12:40 It is at half a million")
    r"^\s*(?P<h>\d{1,2})[:.](?P<m>\d\d)(?::(?P<s>\d\d))?\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:(?:[—–-]+|:)\s+|\s(?=[A-Z“‘\"']))"
    # (a podcast's transcript, in brackets: "[00:02:30] HOST: ...")
    r"|^\s*\[(?P<bh>\d{1,2}):(?P<bm>\d\d)(?::(?P<bs>\d\d))?\]\s*"
)


def stamped_minutes(text: str) -> float | None:
    """The minute of the day a live blog entry is stamped at ("07:16 Spray reaches ..."),
    or None for a sentence with no time stamp."""
    found = _TIME_STAMP.match(text)
    if found is None:
        return None
    if found["h"] is None:  # a podcast's time into the episode, in the same order
        return int(found["bh"]) * 60 + int(found["bm"]) + int(found["bs"] or 0) / 60
    return int(found["h"]) * 60 + int(found["m"]) + int(found["s"] or 0) / 60


# A transcript's speaker before what they say: "PRESENTER:", "REPORTER (TOM ASHWORTH):",
# "GETHIN HOWELLS:" (not a label that says what the line is: "CLIP (crowd): ...", a
# fact-check's "CLAIM:", a tabloid's "WATCH:")
SPEAKER_LABEL = re.compile(
    r"^(?!(?:CLIP|CLAIM|VERDICT|RATING|WATCH|UPDATE|BREAKING|EXCLUSIVE|CORRECTION|NOTE|PHOTO|"
    r"PICTURE|PICTURED|VIDEO|SOURCE|CREDIT|LIVE|READ|SEE|FACT|CONTEXT)\b)"
    r"[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3}(?:\s*\([^()]{1,60}\))?:\s+(?=\S)"
)

# A transcript's turn played from a clip: "CLIP (commentary): '...'", "(CLIP) SIAN PRYCE:
# Is that Gordon? ..." (one claim, heard in the clip)
CLIP_TURN_SENTENCES = 8  # a clip's words played in a transcript, one claim up to this
CLIP_TURN = re.compile(
    # (the clip perhaps named: "(CLIP - FIRE SERVICE LIVESTREAM) CREW MANAGER: ...")
    r"^(?:[\[(]CLIP(?:\s*[-–—,:]\s*[^\[\]()]{1,60})?[\])](?:\s+[A-Z][^:]{0,60})?|CLIP\s*\([^()]{1,60}\)):"
    r"\s+(?=\S)"
)


def without_time_stamp(text: str) -> str:
    """The entry itself, for rules that read how a sentence opens ("“There it is,” he
    says" under "10:15 — ", or "It was filmed by ..." under "REPORTER (TOM ASHWORTH): ");
    the learned model reads the stamp as a feature."""
    return SPEAKER_LABEL.sub("", _TIME_STAMP.sub("", text, count=1), count=1)


def _pieces(line: str) -> list[tuple[int, int]]:
    pieces, start = [], 0
    while len(line) - start > PIECE_CHARS:
        window = line[start : start + PIECE_CHARS]
        ends = [found.end() for found in _SENTENCE_BREAK.finditer(window)]
        cut = ends[-1] if ends else (window.rfind(" ") + 1 or PIECE_CHARS)
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, len(line)))
    return pieces


def _sentences(line: str, run_on: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `line`, piece by piece (see PIECE_CHARS)."""
    return [
        (start + s, start + e)
        for start, end in _pieces(line)
        for s, e in _piece_sentences(line[start:end], run_on)
    ]


def _piece_sentences(line: str, run_on: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `line`, from pysbd; offsets are found in the
    line rather than trusted, and fragments pysbd splits off (a closing quote alone, a
    ", and" tail) go back to the sentence before."""
    # pysbd keeps everything inside quotation marks together, so one mistyped mark
    # ("China's ‘cyberpunk city‘.") would swallow the rest of the paragraph. It reads
    # a copy with plain quotes; each is one character, so offsets are the same.
    plain = _handle_dots_hidden(fold_quotes(line))
    spans: list[tuple[int, int]] = []
    cursor = 0
    for segment in _segmenter().segment(plain):
        piece = segment.strip()
        if not piece:
            continue
        at = plain.find(piece, cursor)
        if at < 0:  # pysbd changed the text: keep the rest of the line as one sentence
            spans.append((cursor, len(line)))
            cursor = len(line)
            break
        end = at + len(piece)
        fragment = not any(c.isalnum() for c in piece) or piece[0] in ",;:)]"
        # '"Daddy, it's snowing!" Isla screams, ...': pysbd ends a sentence at the "!"
        # of a quotation when a capitalised name follows; the attribution is its tail
        fragment = fragment or bool(
            spans and _EXCLAIMED_QUOTE.search(plain, 0, at) and _ATTRIBUTION.match(piece)
        )
        fragment = fragment or bool(
            spans
            and (
                (
                    piece[0] in "-—–"
                    and (
                        plain[at - 1 : at] == "."
                        or _DATELINE.match(plain[spans[-1][0] : spans[-1][1]])
                    )
                )
                or _NUMBERED_HEADING.match(plain[spans[-1][0] : spans[-1][1]])
                or (len(spans) == 1 and _DATELINE.match(plain[spans[0][0] : spans[0][1]]))
                or _CREDIT.match(piece)
                or (piece[0].isupper() and _TITLE_ENDS.search(plain, 0, at))
                or (
                    _ORDINAL_DAY.match(plain[spans[-1][0] : spans[-1][1]])
                    and _MONTH_AFTER.match(piece)
                )
            )
        )
        if spans and fragment:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((at, end))
        cursor = end
    if line[cursor:].strip():
        spans.append((cursor + len(line[cursor:]) - len(line[cursor:].lstrip()), len(line)))
    spans = [(s, e) for s, e in spans if line[s:e].strip()]
    return _verdicts_whole(plain, _attributed_quotes_whole(plain, spans, run_on))


def _verdicts_whole(plain: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A fact-check's verdict and the reason given in the same paragraph are one claim
    ("Verdict: False. The footage was filmed in 2019 ..."): the label alone says nothing."""
    merged: list[tuple[int, int]] = []
    for span in spans:
        label = plain[merged[-1][0] : merged[-1][1]].strip() if merged else ""
        if ":" in label and SUBHEADING.match(label):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return merged


# A quotation that opens a sentence and closes with who said it: "'Get in! Get in, Kwame!
# Are you joking?' he screams", "'I've been doing this since 2011. Only now has someone
# filmed it,' he said." It is one claim, however many sentences pysbd finds inside it, as is
# a quotation that fills its sentences ("'The council knows. It has known since 2019.'"),
# except in a paragraph that goes on with a quotation the paragraph before left open (the
# seed's "It looks like I'm on normal square ..."): a speech run over paragraphs is left
# as pysbd cut it, each sentence matched in the clip on its own.
_QUOTE_OPENS = re.compile(r"^['\"]\S")
_QUOTE_CLOSES = re.compile(r"(?<=\S)['\"](?=[\s,.;:!?]|$)")
_SAID_AFTER = re.compile(  # (after a dash too, as translations keep it: "...!' - is heard")
    r"\s*(?:[-–—]\s*)?,?\s*(?:(?:he|she|they|I|we|someone|somebody|everyone|nobody|"
    r"(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+|one\s+of\s+[^,.;]{1,30}|"
    # (where they are: "someone in the front row can be heard shouting")
    r"(?:someone|somebody|a\s+[a-z]+)\s+(?:in|at|on|from|behind|near)\s+(?:the|a|an)\s+"
    r"[\w-]+(?:\s+[\w-]+)?|"
    r"one\s+[a-z]+|"
    r"(?:a|an|the)\s+(?:[a-z]+['’]s\s+)?[a-z]+)\s+(?:\w+ly\s+)?"
    r"(?:(?:can|could)\s+be\s+heard\s+|is\s+heard\s+)?"
    rf"{_SAID_VERB}|{_SAID_VERB}\s+(?:a|an|the|[A-Z])"
    # no speaker named: "'Get off! Get off!' can be heard over the music"
    r"|(?:can|could)\s+be\s+heard\b|(?:is|was)\s+heard\b"
    # many speakers: "'She's one of us!' fans chant in the background"
    r"|(?:[a-z]+\s+)?[a-z]+s\s+(?:can\s+be\s+heard\s+)?(?:say|shout|scream|yell|chant|cry|"
    r"sing|cheer|roar|ask|beg|call)(?:ing)?\b)"
)
QUOTE_SPAN_SENTENCES = 5  # sentences a quotation may run over and still be one claim


# A quotation opened after a colon or a verb of saying, late in a sentence, that runs on
# past pysbd's cut: "In it, Joan hugs him and says: 'You're a good lad. Ron would have
# liked you.'" is one sentence. (pysbd keeps double quotation marks together, not single
# ones, which it cannot tell from apostrophes.)
_QUOTE_OPENS_LATE = re.compile(
    rf"(?::|,|\b{_SAID_VERB}|\b(?:caption(?:ed)?|titled|headlined|reading|the\s+words))\s+"
    r"(?P<mark>['\"])(?=\S)"
)
_CLOSES_AT_END = re.compile(r"(?<=\S)(?P<mark>['\"])[.!?…]?\s*$")


def _late_quote_close(plain: str, spans: list[tuple[int, int]], i: int) -> int | None:
    """The sentence after the i-th that ends the quotation the i-th opens late, or None."""
    first = plain[spans[i][0] : spans[i][1]]
    # (the last one: an earlier quotation may have closed in the sentence)
    opened = next(reversed(list(_QUOTE_OPENS_LATE.finditer(first))), None)
    if opened is None or _QUOTE_CLOSES.search(first, opened.end()):
        return None
    for j in range(i + 1, min(i + QUOTE_SPAN_SENTENCES, len(spans))):
        piece = plain[spans[j][0] : spans[j][1]]
        if _QUOTE_OPENS.match(piece) or _QUOTE_OPENS_LATE.search(piece):
            return None  # a quotation of its own: the first was left open
        closing = _QUOTE_CLOSES.search(piece)
        if closing is None:
            continue
        ends = _CLOSES_AT_END.search(piece)
        if ends is not None and ends.start() == closing.start() and ends["mark"] == opened["mark"]:
            return j
        return None
    return None


def _attributed_quotes_whole(
    plain: str, spans: list[tuple[int, int]], run_on: bool = False
) -> list[tuple[int, int]]:
    """run_on: the paragraph goes on with a quotation the one before left open, and a
    quotation it closes with nothing after is left as pysbd cut it (see above)."""
    merged: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        upto = _attributed_close(plain, spans, i, whole=not run_on)
        if upto is None:
            upto = _late_quote_close(plain, spans, i)
        last = i if upto is None else upto
        merged.append((spans[i][0], spans[last][1]))
        i = last + 1
    return merged


def _attributed_close(
    plain: str, spans: list[tuple[int, int]], i: int, whole: bool = True
) -> int | None:
    """The sentence after the i-th where the quotation the i-th opens closes, or None: with
    who said it ("..., Wen complains as his dough tears"), or at a sentence's end. Then a
    quotation resumed after who said it ("... ,' he says. 'I wrote you a whole album!'")
    runs to its own close."""
    first = plain[spans[i][0] : spans[i][1]]
    if not _QUOTE_OPENS.match(first):
        return None
    for j in range(i, min(i + QUOTE_SPAN_SENTENCES, len(spans))):
        piece = plain[spans[j][0] : spans[j][1]]
        closing = _QUOTE_CLOSES.search(piece, 1 if j == i else 0)
        while closing is not None and _POSSESSIVE.match(piece, closing.start() - 1):
            closing = _QUOTE_CLOSES.search(piece, closing.end())  # "my kids' dinner"
        if closing is None:
            continue
        if piece[closing.start()] != first[0]:
            return None
        ends = _CLOSES_AT_END.search(piece)
        if ends is not None and ends.start() == closing.start():
            # (a quotation whole in its sentences, nothing of the sentence after)
            return j if j > i and whole else None
        if not _said_after(piece, closing.end()):
            return None
        resumed = _resumed_to_the_end(plain, spans, j + 1, first[0])
        return j if resumed is None and j > i else resumed
    return None


# A plural's possessive, not a close: "it's my kids' dinner,' he says"
_POSSESSIVE = re.compile(r"s'\s+(?!(?:he|she|they|I|we|you|says|said|asks|adds)\b)[a-z]")


def _said_after(piece: str, at: int) -> bool:
    return bool(_SAID_AFTER.match(piece, at) or _TOLD_AFTER.match(piece, at))


# Who said it, past the close: a name, a role or a pronoun, then a verb ("she fumes", "host
# Freya Lindsay tells viewers", "the 78-year-old says", "you say quietly")
_TOLD_AFTER = re.compile(
    r",?\s+(?:(?:[a-z]+\s+){0,2}(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+|(?:he|she|they|you|we|I)|"
    r"(?:the|a|an|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[\w-]+)\s+(?:\w+ly\s+)?[a-z]+s?\b"
)


def _resumed_to_the_end(plain: str, spans: list[tuple[int, int]], j: int, mark: str) -> int | None:
    """The last sentence, when the j-th reopens a quotation with `mark` that closes at the
    paragraph's end and not before."""
    if j >= len(spans) or not plain[spans[j][0] : spans[j][1]].startswith(mark):
        return None
    for k in range(j, min(j + QUOTE_SPAN_SENTENCES, len(spans))):
        piece = plain[spans[k][0] : spans[k][1]]
        closing = _QUOTE_CLOSES.search(piece, 1 if k == j else 0)
        if closing is not None:
            ends = _CLOSES_AT_END.search(piece)
            whole = ends is not None and ends.start() == closing.start() and k == len(spans) - 1
            return k if whole else None
    return None


ENTRY_CHARS = 600  # a live blog entry longer than this is read sentence by sentence
_MINUTE = re.compile(r"^\s*\d{1,3}(?:\+\d{1,2})?\s*(?:min|mins|')\s*[:—–-]\s+", re.I)


def without_stamp(text: str) -> str:
    """A live blog entry without its stamp: "48 min: Harlow has posted ..." -> "Harlow has
    posted ..." (its first word then opens the sentence, as it would in prose)."""
    found = _TIME_STAMP.match(text) or _MINUTE.match(text)
    return text[found.end() :] if found else text


def _whole_entry(line: str, sentences: list[tuple[int, int]]) -> bool:
    """A live blog's stamped entry of a few sentences ("14:18 Reader Priya Lakhani sent us
    this clip ... She first posted it as a reel ...", "38 min: ..."), or a transcript's
    turn ("REPORTER (TOM ASHWORTH): Gordon Leeming is seventy-four. He told me ...")."""
    stamped = _TIME_STAMP.match(line) or _MINUTE.match(line)
    stamped = stamped or SPEAKER_LABEL.match(line)
    turn = CLIP_TURN.match(without_stamp(line))  # (all of it speech in the clip)
    if len(line) > ENTRY_CHARS or not (stamped or turn):
        return False
    return 1 < len(sentences) <= (CLIP_TURN_SENTENCES if turn else 4)


# a list's number ("1. ...", "12) ..."), then the item's title, with no final stop and
# short, as a heading is
ITEM_HEADING_WORDS = 16
_FINAL_STOP = re.compile(r"[.!?…][’”'\")\]]*$")


def is_item_heading(claim: Claim) -> bool:
    text = claim.text.strip()
    return (
        bool(ITEM_NUMBER.match(text))
        and not _FINAL_STOP.search(text)
        and len(text.split()) <= ITEM_HEADING_WORDS
    )


def split_claims(article: Article) -> list[Claim]:
    """Sentences of the prose, and caption lines as single claims; headings make none."""
    claims: list[Claim] = []
    captions = set(article.captions)
    offset, left_open, item = 0, False, False
    for line in article.text.split("\n"):
        kind = "caption" if line in captions else line_kind(line)
        starts = len(claims)
        if kind == "caption":
            claims.append(Claim(len(claims), line, offset, offset + len(line), True))
        elif kind == "prose":
            sentences = _sentences(line, run_on=left_open)
            if _whole_entry(line, sentences):
                # a live blog's entry is one claim, as its readers (and the labels) take it
                sentences = [(sentences[0][0], sentences[-1][1])]
            for start, end in sentences:
                text = line[start:end]
                claims.append(Claim(len(claims), text, offset + start, offset + end))
        if kind == "prose":
            left_open = _leaves_a_quotation_open(line)
        if item and len(claims) > starts:
            claims[starts].item_start, item = True, False
        item = item or (kind == "heading" and bool(ITEM_NUMBER.match(line.strip())))
        offset += len(line) + 1
    return claims


def _leaves_a_quotation_open(line: str) -> bool:
    """A paragraph that opens a quotation and ends without closing it (news style for a
    speech that goes on in the next paragraph)."""
    stripped = line.strip()
    return stripped[:1] in "‘“'\"" and stripped.rstrip(".!?…")[-1:] not in "’”'\""
