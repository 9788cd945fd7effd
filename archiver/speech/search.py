"""Full-text search over transcript segments.

Words go through the unicode61 index. Chinese, Japanese and Korean text has no spaces
between words, and Chinese words are mostly two characters, too short for the trigram
index: segments with CJK text are also indexed one character a token, and a CJK
query is a phrase of its characters, so a word of any length is found through an
index. (The trigram index stays for substring search from Datasette.)
Hits come newest first: ranking by relevance (bm25) has to score every match, which
for a common word over a million segments costs more than the search itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archiver.store.catalogue import Catalogue

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


@dataclass(frozen=True)
class SegmentHit:
    clip_id: str
    transcript_id: int
    language: str | None
    task: str
    start_seconds: float
    end_seconds: float
    text: str


def spaced_cjk(text: str) -> str:
    """CJK characters as separate words, so unicode61 makes each one a token."""
    return _CJK.sub(lambda match: f" {match.group(0)} ", text)


def index_cjk(db, transcript_id: int) -> None:
    """Add a transcript's segments that hold CJK text to the per-character index."""
    rows = db.execute(
        "SELECT segment_id, text FROM segments WHERE transcript_id = ?", [transcript_id]
    ).fetchall()
    for segment_id, text in rows:
        if _CJK.search(text):  # db.execute: part of the caller's transaction, if any
            db.execute(
                "INSERT INTO segments_cjk (rowid, text) VALUES (?, ?)",
                [segment_id, spaced_cjk(text)],
            )


def unindex_cjk(db, transcript_id: int) -> None:
    db.execute(
        "DELETE FROM segments_cjk WHERE rowid IN "
        "(SELECT segment_id FROM segments WHERE transcript_id = ?)",
        [transcript_id],
    )


def fts_phrases(query: str) -> str:
    """Each term of the query as an FTS5 phrase (CJK spelt a character a token), so
    user punctuation is never FTS syntax."""
    phrases = []
    for term in query.split():
        spelt = " ".join(spaced_cjk(term).split())
        phrases.append('"' + spelt.replace('"', '""') + '"')
    return " ".join(phrases)


def search_segments(catalogue: Catalogue, query: str, limit: int = 20) -> list[SegmentHit]:
    query = query.strip()
    if not query:
        return []
    columns = """
        SELECT t.clip_id, t.transcript_id, t.language, t.task,
               s.start_seconds, s.end_seconds, s.text
    """
    index = "segments_cjk" if _CJK.search(query) else "segments_fts"
    sql = f"""{columns}
        FROM {index} f JOIN segments s ON s.segment_id = f.rowid
        JOIN transcripts t USING (transcript_id)
        WHERE {index} MATCH ? ORDER BY f.rowid DESC LIMIT ?
    """
    rows = catalogue.db.execute(sql, [fts_phrases(query), limit]).fetchall()
    return [SegmentHit(*row) for row in rows]
