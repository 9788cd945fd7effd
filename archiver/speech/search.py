"""Full-text search over transcript segments: what is said, and what is on screen.

Words go through the unicode61 index. Chinese, Japanese and Korean text has no spaces
between words, and Chinese words are mostly two characters, too short for the trigram
index: segments with CJK text are also indexed one character a token, and a CJK
query is a phrase of its characters, so a word of any length is found through an
index. (The trigram index stays for substring search from Datasette.)
Hits come newest first: ranking by relevance (bm25) has to score every match, which
for a common word over a million segments costs more than the search itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from archiver.store.catalogue import Catalogue
from archiver.store.transcripts import CJK, index_cjk, spaced_cjk, unindex_cjk

__all__ = ["index_cjk", "unindex_cjk", "spaced_cjk", "search_segments", "fts_phrases"]


@dataclass(frozen=True)
class SegmentHit:
    clip_id: str
    transcript_id: int
    language: str | None
    task: str
    start_seconds: float
    end_seconds: float
    text: str
    source: str = "whisper"  # whisper, platform, or ocr (words on screen)


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
               s.start_seconds, s.end_seconds, s.text, t.source
    """
    index = "segments_cjk" if CJK.search(query) else "segments_fts"
    sql = f"""{columns}
        FROM {index} f JOIN segments s ON s.segment_id = f.rowid
        JOIN transcripts t USING (transcript_id)
        WHERE {index} MATCH ? ORDER BY f.rowid DESC LIMIT ?
    """
    rows = catalogue.db.execute(sql, [fts_phrases(query), limit]).fetchall()
    return [SegmentHit(*row) for row in rows]
