"""Evidence: which clip supports which claim, and at which moment.

Three ways a claim gets a clip: a manual link from a seed manifest (confirmed), a
clip the article itself links next to the claim (confirmed), or a suggestion for a
citation with no URL, scored against what each clip says (its English transcript or
translation), its title and description, and who posted it. Every link carries the
transcript span that best supports it; speech quoted in a claim is looked for word
by word, and a quote that cannot be heard in the clip is flagged.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from archiver.store.catalogue import Catalogue, utc_now

SUGGEST_THRESHOLD = 0.3
SUGGESTIONS_PER_CLAIM = 3
QUOTE_MATCH_THRESHOLD = 0.75  # letters in common, quote vs heard words

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
_STOPWORDS = frozenset(
    """a an and are as at be been but by can could did do does for from had has have he her
    his i if in into is it its just me my no not of on or our she so that the their them then
    there these they this to up us was we were what when where which who will with you your
    shows show shown seen video videos clip clips footage tiktok tiktoker post posted shared
    social media one another also said says""".split()
)
_NUMBERS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "twenty": "20", "hundred": "100",
}  # fmt: skip


def words(text: str) -> list[str]:
    """Lower-case words with numbers as digits, for matching speech against print."""
    found = []
    for word in _WORD.findall(text.lower().replace("’", "'").replace("‘", "'")):
        found.append(_NUMBERS.get(word, word))
    return found


def _stem(word: str) -> str:
    for suffix in ("ing", "ies", "es", "ed", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def terms(text: str) -> list[str]:
    return [_stem(word) for word in words(text) if word not in _STOPWORDS and len(word) > 1]


@dataclass(frozen=True)
class Span:
    transcript_id: int
    start: float
    end: float
    text: str
    score: float


@dataclass(frozen=True)
class ClipText:
    """What we know a clip says and is, in English, for scoring."""

    clip_id: str
    extractor: str
    people: list[str]  # uploader, channel and handle, as shown
    metadata: str  # title and description
    windows: list[Span]  # runs of 1-3 consecutive English segments
    words: list[tuple[float, float, str, int]]  # (start, end, word, transcript_id)


class Vectors:
    """TF-IDF over the documents being compared, with a smoothed IDF."""

    def __init__(self, documents: Iterable[list[str]]):
        docs = list(documents)
        frequency = Counter(term for doc in docs for term in set(doc))
        self.idf = {t: math.log((len(docs) + 1) / (n + 1)) + 1 for t, n in frequency.items()}

    def vector(self, tokens: list[str]) -> dict[str, float]:
        counts = Counter(tokens)
        return {t: c * self.idf.get(t, math.log(2) + 1) for t, c in counts.items()}

    @staticmethod
    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        dot = sum(weight * b.get(term, 0.0) for term, weight in a.items())
        norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
        return dot / norm if norm else 0.0


# -- reading what clips say ----------------------------------------------------------


def english_transcripts(catalogue: Catalogue, clip_id: str) -> list[dict]:
    """Transcripts in English: Whisper's (transcription of English speech, or the
    translation of any other) first, then the platform's English captions."""
    return list(
        catalogue.db.query(
            """
            SELECT transcript_id, source, task, language FROM transcripts
            WHERE clip_id = ? AND status = 'ok'
              AND (task = 'translate' OR language = 'en' OR language LIKE 'en-%'
                   OR language LIKE 'eng%')
            ORDER BY source = 'whisper' DESC, task = 'transcribe' DESC, transcript_id
            """,
            [clip_id],
        )
    )


def clip_people(clip: dict, account: dict) -> list[str]:
    """The names a clip's poster goes by: uploader, ids, display name, handle."""
    names = (
        clip.get("uploader"),
        clip.get("uploader_id"),
        account.get("display_name"),
        account.get("handle"),
    )
    return list(dict.fromkeys(name for name in names if name))


def clip_text(catalogue: Catalogue, clip_id: str) -> ClipText:
    clip = catalogue.db["clips"].get(clip_id)
    account = catalogue.db["accounts"].get(clip["account_id"]) if clip.get("account_id") else {}
    people = clip_people(clip, account)
    windows: list[Span] = []
    timed_words: list[tuple[float, float, str, int]] = []
    for transcript in english_transcripts(catalogue, clip_id):
        segments = list(
            catalogue.db.query(
                "SELECT start_seconds, end_seconds, text, words_json FROM segments "
                "WHERE transcript_id = ? ORDER BY position",
                [transcript["transcript_id"]],
            )
        )
        for first in range(len(segments)):
            for size in (1, 2, 3):
                run = segments[first : first + size]
                if len(run) == size:
                    windows.append(
                        Span(
                            transcript["transcript_id"],
                            run[0]["start_seconds"],
                            run[-1]["end_seconds"],
                            " ".join(s["text"] for s in run),
                            0.0,
                        )
                    )
        if not timed_words:  # one transcript's words are enough to place a quote
            for segment in segments:
                for start, end, word, *_ in json.loads(segment["words_json"] or "[]"):
                    for piece in words(word):
                        timed_words.append((start, end, piece, transcript["transcript_id"]))
    metadata = " ".join(filter(None, (clip.get("title"), clip.get("description"))))
    return ClipText(clip_id, clip["extractor"], people, metadata, windows, timed_words)


# -- matching --------------------------------------------------------------------------


def _name_key(name: str) -> str:
    return re.sub(r"[^\w]", "", name.casefold().lstrip("@"))


def creator_matches(named: str, people: list[str]) -> bool:
    """ "Hugh Chongqing" is @hughchongqing is "hugh_chongqing"."""
    key = _name_key(named)
    return bool(key) and any(_name_key(person) == key for person in people)


PLATFORM_EXTRACTORS = {
    "tiktok": {"tiktok"},
    "x": {"twitter"},
    "twitter": {"twitter"},
    "youtube": {"youtube"},
    "instagram": {"instagram"},
    "facebook": {"facebook"},
    "douyin": {"douyin"},
    "weibo": {"weibo"},
}


def platform_matches(named: str | None, extractor: str) -> bool | None:
    """True or False when the claim names a platform we can check, else None."""
    expected = PLATFORM_EXTRACTORS.get((named or "").lower())
    if not expected or extractor.lower() == "generic":  # a page, not a platform: no verdict
        return None
    return extractor.lower() in expected


def find_quote(quote: str, clip: ClipText) -> Span | None:
    """Where in the clip the quoted words are said, by their word timestamps.

    Compared letter by letter over runs of heard words, not word by word: speech
    recognition slips on short words ("is a" heard as "in the"), and a quote should
    still be found when the rest of it is heard right."""
    wanted = " ".join(words(quote))
    heard = [w[2] for w in clip.words]
    count = len(wanted.split())
    if not wanted or not heard:
        return None
    best, best_at, best_size = 0.0, 0, count
    for size in {max(1, count - 2), count - 1, count, count + 1, count + 2} - {0}:
        for start in range(0, max(1, len(heard) - size + 1)):
            candidate = " ".join(heard[start : start + size])
            ratio = SequenceMatcher(None, wanted, candidate, autojunk=False).ratio()
            if ratio > best:
                best, best_at, best_size = ratio, start, size
    if best < QUOTE_MATCH_THRESHOLD:
        return None
    run = clip.words[best_at : best_at + best_size]
    text = " ".join(w[2] for w in run)
    return Span(run[0][3], run[0][0], run[-1][1], text, round(best, 3))


@dataclass(frozen=True)
class Match:
    clip_id: str
    score: float
    span: Span | None
    quote_found: bool | None
    reasons: str


def score_clip(claim: str, citation: dict | None, clip: ClipText, vectors: Vectors) -> Match:
    claim_vector = vectors.vector(terms(claim))
    best: Span | None = None
    for window in clip.windows:
        similarity = vectors.cosine(claim_vector, vectors.vector(terms(window.text)))
        if best is None or similarity > best.score:
            best = Span(
                window.transcript_id, window.start, window.end, window.text, round(similarity, 3)
            )
    spoken = best.score if best else 0.0
    described = vectors.cosine(claim_vector, vectors.vector(terms(clip.metadata)))
    score = 0.7 * spoken + 0.3 * described
    reasons = [f"speech {spoken:.2f}", f"title/description {described:.2f}"]
    quote_found = None
    if citation and citation.get("quote"):
        heard = find_quote(citation["quote"], clip)
        quote_found = heard is not None
        if heard:
            best, score = heard, score + 0.3
            reasons.append("quote heard")
    if citation and citation.get("creator"):
        if creator_matches(citation["creator"], clip.people):
            score += 0.4
            reasons.append("creator matches")
        else:
            score *= 0.5
            reasons.append("creator differs")
    if citation and platform_matches(citation.get("platform"), clip.extractor) is False:
        score *= 0.5
        reasons.append("platform differs")
    return Match(clip.clip_id, round(min(score, 1.0), 3), best, quote_found, ", ".join(reasons))


# -- storing evidence ----------------------------------------------------------------------


def save_evidence(
    catalogue: Catalogue,
    claim_id: int,
    match: Match,
    method: str,
    status: str,
    note: str | None = None,
    span: tuple[float, float] | None = None,
) -> int:
    """Insert or refresh a link. A human decision (confirmed or rejected) is never
    overwritten by a later suggestion."""
    start, end = (
        span if span else ((match.span.start, match.span.end) if match.span else (None, None))
    )
    row = {
        "claim_id": claim_id,
        "clip_id": match.clip_id,
        "transcript_id": match.span.transcript_id if match.span and not span else None,
        "start_seconds": start,
        "end_seconds": end,
        "method": method,
        "score": match.score,
        "status": status,
        "quote_found": None if match.quote_found is None else int(match.quote_found),
        "note": note or match.reasons,
        "created_at": utc_now(),
    }
    with catalogue.write() as db:
        existing = db.execute(
            "SELECT evidence_id, status, method FROM evidence WHERE claim_id = ? AND clip_id = ?",
            [claim_id, match.clip_id],
        ).fetchone()
        if existing is None:
            return db["evidence"].insert(row).last_pk
        evidence_id, old_status, old_method = existing
        if old_status in ("confirmed", "rejected") and status == "suggested":
            return evidence_id
        if old_method == "manual" and method != "manual":
            return evidence_id
        db["evidence"].update(evidence_id, {k: v for k, v in row.items() if k != "created_at"})
        return evidence_id


def review(catalogue: Catalogue, evidence_id: int, decision: str, note: str | None = None) -> None:
    """A researcher confirms or rejects a suggested link."""
    if decision not in ("confirmed", "rejected"):
        raise ValueError("decision must be 'confirmed' or 'rejected'")
    with catalogue.write() as db:
        if not db["evidence"].count_where("evidence_id = ?", [evidence_id]):
            raise LookupError(f"no evidence link {evidence_id}")
        changes = {"status": decision, "reviewed_at": utc_now()}
        if note:
            changes["note"] = note
        db["evidence"].update(evidence_id, changes)
    refresh_citation_status(catalogue)


def refresh_citation_status(catalogue: Catalogue) -> None:
    """A citation is resolved once a clip is confirmed as its evidence."""
    with catalogue.write() as db:
        db.execute(
            """
            UPDATE citations SET status = CASE WHEN EXISTS (
                SELECT 1 FROM evidence e WHERE e.claim_id = citations.claim_id
                AND e.status = 'confirmed') THEN 'resolved' ELSE 'unresolved' END
            """
        )


# -- the link stage ------------------------------------------------------------------------


def clip_for_url(catalogue: Catalogue, url: str) -> str | None:
    """The clip captured from `url`, however it was spelled when captured."""
    row = catalogue.db.execute(
        """
        SELECT clip_id FROM captures WHERE requested_url = ? AND clip_id IS NOT NULL
        UNION ALL SELECT clip_id FROM clips WHERE original_url = ? OR webpage_url = ?
        LIMIT 1
        """,
        [url, url, url],
    ).fetchone()
    return row[0] if row else None


def _citations(catalogue: Catalogue, article_ids: list[int] | None) -> list[dict]:
    sql = """
        SELECT ci.*, cl.text AS claim_text, cl.article_id FROM citations ci
        JOIN claims cl USING (claim_id)
    """
    params: list = []
    if article_ids is not None:
        sql += f" WHERE cl.article_id IN ({', '.join('?' for _ in article_ids)})"
        params = list(article_ids)
    return list(catalogue.db.query(sql + " ORDER BY ci.citation_id", params))


# Up to this many clips every citation is scored against every clip; past it, only
# against candidates: clips whose English transcripts share a word with the claim, or
# whose poster goes by the creator it names.
FULL_SCAN_CLIPS = 2000
CANDIDATE_SEGMENTS = 500


class Linker:
    """Scores claims against the catalogue's clips; build once per link stage."""

    def __init__(self, catalogue: Catalogue, citations: list[dict] | None = None):
        self.catalogue = catalogue
        all_ids = [row[0] for row in catalogue.db.execute("SELECT clip_id FROM clips")]
        self.known = set(all_ids)
        self.candidates: dict[int, list[str]] = {}
        if len(all_ids) > FULL_SCAN_CLIPS and citations is not None:
            for citation in citations:
                self.candidates[citation["citation_id"]] = self._candidates(citation)
            wanted = {clip_id for ids in self.candidates.values() for clip_id in ids}
        else:
            wanted = set(all_ids)
        self.clips = {clip_id: clip_text(catalogue, clip_id) for clip_id in sorted(wanted)}
        self.vectors = Vectors(
            terms(" ".join([c.metadata, *(w.text for w in c.windows)])) for c in self.clips.values()
        )

    def _candidates(self, citation: dict) -> list[str]:
        db = self.catalogue.db
        found: set[str] = set()
        wanted = sorted({w for w in words(citation["claim_text"]) if w not in _STOPWORDS})
        if wanted:
            query = " OR ".join('"' + w.replace('"', '""') + '"' for w in wanted)
            found.update(
                row[0]
                for row in db.execute(
                    """SELECT DISTINCT t.clip_id FROM segments_fts f
                    JOIN segments s ON s.segment_id = f.rowid
                    JOIN transcripts t USING (transcript_id)
                    WHERE segments_fts MATCH ? LIMIT ?""",
                    [query, CANDIDATE_SEGMENTS],
                )
            )
        if citation.get("creator"):
            key = _name_key(citation["creator"])
            found.update(
                row[0]
                for row in db.execute(
                    """SELECT c.clip_id FROM clips c LEFT JOIN accounts a USING (account_id)
                    WHERE ? IN (lower(replace(c.uploader, ' ', '')),
                                lower(replace(ltrim(a.handle, '@'), ' ', '')),
                                lower(replace(a.display_name, ' ', '')))""",
                    [key],
                )
            )
        return sorted(found)

    def _text(self, clip_id: str) -> ClipText:
        if clip_id not in self.clips:  # a manual or article link outside the candidates
            self.clips[clip_id] = clip_text(self.catalogue, clip_id)
        return self.clips[clip_id]

    def match(self, claim: str, citation: dict | None, clip_id: str) -> Match:
        return score_clip(claim, citation, self._text(clip_id), self.vectors)

    def rank(self, claim: str, citation: dict | None) -> list[Match]:
        ids = self.candidates.get(citation["citation_id"]) if citation else None
        if ids is None:  # a small archive: every clip is a candidate
            ids = list(self.clips)
        matches = [self.match(claim, citation, clip_id) for clip_id in ids]
        return sorted(matches, key=lambda m: m.score, reverse=True)


@dataclass
class LinkSummary:
    confirmed: int = 0
    suggested: int = 0
    quotes_not_found: int = 0
    unresolved: int = 0


def link_claims(
    catalogue: Catalogue,
    manual: Iterable[tuple[int, str, tuple[float, float] | None, str | None]] = (),
    article_ids: list[int] | None = None,
    threshold: float = SUGGEST_THRESHOLD,
) -> LinkSummary:
    """Confirm manual and article-linked evidence, then suggest clips for the rest.

    `manual` holds (claim_id, clip_id, span or None, note) from seed manifests.
    """
    summary = LinkSummary()
    citations = _citations(catalogue, article_ids)
    linker = Linker(catalogue, citations)
    by_claim = {c["claim_id"]: c for c in citations}
    linked: dict[int, list[str]] = {}  # citation_id -> clips confirmed for it

    def confirm(claim_id: int, claim_text: str, clip_id: str, method: str, span=None, note=None):
        citation = by_claim.get(claim_id)
        match = linker.match(claim_text, citation, clip_id)
        save_evidence(catalogue, claim_id, match, method, "confirmed", note=note, span=span)
        summary.confirmed += 1
        summary.quotes_not_found += match.quote_found is False
        if citation:
            linked.setdefault(citation["citation_id"], []).append(clip_id)

    for claim_id, clip_id, span, note in manual:
        claim_text = catalogue.db["claims"].get(claim_id)["text"]
        if clip_id not in linker.known:  # the caller resolves clips; skip any it could not
            continue
        confirm(claim_id, claim_text, clip_id, "manual", span, note)
    for citation in citations:
        clip_id = clip_for_url(catalogue, citation["url"]) if citation["url"] else None
        if clip_id and clip_id in linker.known:
            confirm(citation["claim_id"], citation["claim_text"], clip_id, "article_link")
    for citation in citations:  # "the video shows ..." refers to the clip cited before
        referent = linked.get(citation["same_clip_as"] or -1, [])
        for clip_id in referent:
            confirm(
                citation["claim_id"],
                citation["claim_text"],
                clip_id,
                "article_link",
                note="the same clip as the citation before it",
            )
    suggested: dict[int, list[Match]] = {}  # citation_id -> its suggestions
    for citation in citations:
        if citation["citation_id"] in linked:
            continue
        ranked = linker.rank(citation["claim_text"], citation)
        matches = [m for m in ranked if m.score >= threshold][:SUGGESTIONS_PER_CLAIM]
        if not matches and citation["same_clip_as"] in suggested:
            # "The video shows ...": what was suggested for the clip cited just before
            matches = [
                replace(m, reasons=f"the same clip as the citation before it; {m.reasons}")
                for m in suggested[citation["same_clip_as"]]
            ]
        suggested[citation["citation_id"]] = matches
        for match in matches:
            save_evidence(catalogue, citation["claim_id"], match, "suggested", "suggested")
            summary.suggested += 1
            summary.quotes_not_found += match.quote_found is False
        if not matches:
            summary.unresolved += 1
    refresh_citation_status(catalogue)
    return summary
