"""Full-text search over transcript segments.

Words go through the unicode61 index. Chinese (and any text with no spaces between
words) goes through the trigram index, which matches any run of 3+ characters; a
shorter CJK query falls back to a substring scan, since trigrams cannot match it.
Hits come newest first: ranking by relevance (bm25) has to score every match, which
for a common word over a million segments costs more than the search itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archiver.catalogue import Catalogue

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


def _quoted(query: str) -> str:
    """The query as FTS5 phrases, so user punctuation is never FTS syntax."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in query.split())


def search_segments(catalogue: Catalogue, query: str, limit: int = 20) -> list[SegmentHit]:
    query = query.strip()
    if not query:
        return []
    columns = """
        SELECT t.clip_id, t.transcript_id, t.language, t.task,
               s.start_seconds, s.end_seconds, s.text
    """
    if not _CJK.search(query) or len(query.replace(" ", "")) >= 3:
        index = "segments_trigram" if _CJK.search(query) else "segments_fts"
        sql = f"""{columns}
            FROM {index} f JOIN segments s ON s.segment_id = f.rowid
            JOIN transcripts t USING (transcript_id)
            WHERE {index} MATCH ? ORDER BY f.rowid DESC LIMIT ?
        """
        params: list = [_quoted(query), limit]
    else:
        sql = f"""{columns}
            FROM segments s JOIN transcripts t USING (transcript_id)
            WHERE s.text LIKE ? LIMIT ?
        """
        params = [f"%{query}%", limit]
    return [SegmentHit(*row) for row in catalogue.db.execute(sql, params).fetchall()]
