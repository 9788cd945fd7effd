"""The data behind the clip and article pages: read in a thread from a plain sqlite3
connection.

Every query reads only columns that every catalogue has, or checks first: a catalogue
from before a later migration shows fewer lines, not an error.
"""

from __future__ import annotations

import json
import sqlite3

from archiver.datasette.charts import metric_charts
from archiver.datasette.common import (
    ARTICLE_PAGE_CLAIMS,
    AVAILABILITY_FIELDS,
    is_gone,
    placeholders,
    safe_href,
    sql_one,
    sql_rows,
    table_columns,
)

# ---------------------------------------------------------------- page data (sync, in a thread)


def _main_transcripts(transcripts: list[dict]) -> tuple[dict | None, dict | None]:
    """The transcript spans are read from (Whisper's own-language one first), and its
    English translation when there is one."""
    usable = [t for t in transcripts if t["status"] == "ok" and t["source"] != "ocr"]
    said = sorted(usable, key=lambda t: (t["task"] != "transcribe", t["source"] != "whisper"))
    translated = [t for t in usable if t["task"] == "translate"]
    return (said[0] if said else None), (translated[0] if translated else None)


def _in_span(segments: list[dict], start: float | None, end: float | None) -> list[dict]:
    low = start if start is not None else 0.0
    high = end if end is not None else float("inf")
    return [s for s in segments if s["end_seconds"] > low and s["start_seconds"] < high]


def said_in_span(segments: list[dict], start: float | None, end: float | None) -> str:
    """The words heard inside the evidence span, by their timestamps: a 1-second quote
    shows its own words, not the whole segment around it. Segments without word
    timestamps (platform captions) are shown whole."""
    said = []
    for segment in _in_span(segments, start, end):
        timed = json.loads(segment.get("words_json") or "[]")
        if not timed or start is None or end is None:
            said.append(segment["text"].strip())
            continue
        said += [w[2].strip() for w in timed if start - 0.05 <= (w[0] + w[1]) / 2 <= end + 0.05]
    return " ".join(word for word in said if word)


def load_clip(conn: sqlite3.Connection, clip_id: str) -> dict | None:
    clip = sql_one(conn, "SELECT * FROM clips WHERE clip_id = ?", [clip_id])
    if clip is None:
        return None
    account = None
    if clip.get("account_id"):
        account = sql_one(conn, "SELECT * FROM accounts WHERE account_id = ?", [clip["account_id"]])
    media = sql_rows(
        conn,
        """SELECT m.sha256, m.kind, m.mime_type, m.codec, m.duration, m.bytes, m.language
           FROM clip_media cm JOIN media_files m ON m.sha256 = cm.sha256
           WHERE cm.clip_id = ? ORDER BY m.created_at""",
        [clip_id],
    )
    audio = next((m for m in media if m["kind"] == "audio"), None) or next(
        (m for m in media if m["kind"] == "video"), None
    )
    thumbnail = next((m for m in media if m["kind"] == "thumbnail"), None)
    # a photo post's images, in the post's order, as its latest capture with images saw
    # them (an archive from before m010 has no such table, and is served as it is)
    images = []
    if table_columns(conn, "clip_images"):
        images = sql_rows(
            conn,
            """SELECT position, sha256, width, height FROM clip_images
               WHERE capture_id = (SELECT MAX(capture_id) FROM clip_images WHERE clip_id = ?)
               ORDER BY position""",
            [clip_id],
        )
    video = next((m for m in media if m["kind"] == "video"), None)
    sheet = next((m for m in media if m["kind"] == "contact_sheet"), None)
    frames = _keyframes(conn, video["sha256"]) if video else []
    transcripts = sql_rows(
        conn,
        """SELECT transcript_id, source, task, model, language, language_probability,
                  duration, status, error_message, created_at
           FROM transcripts WHERE clip_id = ?
           ORDER BY task = 'translate', source != 'whisper', transcript_id""",
        [clip_id],
    )
    ids = [t["transcript_id"] for t in transcripts]
    segments: dict[int, list[dict]] = {i: [] for i in ids}
    for segment in sql_rows(
        conn,
        f"""SELECT segment_id, transcript_id, start_seconds, end_seconds, text, words_json
            FROM segments
            WHERE transcript_id IN ({placeholders(ids)}) ORDER BY transcript_id, position""",
        ids,
    ):
        segment["evidence"] = []
        segments[segment["transcript_id"]].append(segment)
    said, translated = _main_transcripts(transcripts)

    evidence = sql_rows(
        conn,
        """SELECT e.*, cl.text AS claim_text, cl.position AS claim_position, cl.article_id,
                  a.title AS article_title,
                  a.outlet, a.published_at, ci.citation_id, ci.platform AS cited_platform,
                  ci.creator AS cited_creator, ci.metric_kind, ci.metric_value, ci.quote
           FROM evidence e
           JOIN claims cl ON cl.claim_id = e.claim_id
           JOIN articles a ON a.article_id = cl.article_id
           LEFT JOIN citations ci ON ci.claim_id = e.claim_id
           WHERE e.clip_id = ?
           ORDER BY e.status = 'rejected', e.status != 'confirmed', e.score DESC""",
        [clip_id],
    )
    citation_ids = [e["citation_id"] for e in evidence if e["citation_id"] is not None]
    checks = sql_rows(
        conn,
        f"SELECT * FROM checks WHERE citation_id IN ({placeholders(citation_ids)}) AND clip_id = ?",
        [*citation_ids, clip_id],
    )
    roles = {}
    if table_columns(conn, "thread_members"):  # from m008 on: the claim's thread
        roles = {
            row["claim_id"]: row
            for row in sql_rows(
                conn,
                f"""SELECT m.claim_id, m.role, o.position AS opened_at,
                           ci.inferred_platform, ci.inferred_creator, ci.inferred_from
                    FROM thread_members m JOIN claims o ON o.claim_id = (
                        SELECT claim_id FROM citations WHERE citation_id = m.citation_id)
                    LEFT JOIN citations ci ON ci.claim_id = m.claim_id
                    WHERE m.claim_id IN ({placeholders([e["claim_id"] for e in evidence])})""",
                [e["claim_id"] for e in evidence],
            )
        }
    for item in evidence:
        item["checks"] = [c for c in checks if c["citation_id"] == item["citation_id"]]
        item["thread"] = roles.get(item["claim_id"])
        item["how"] = evidence_sources(item)
        source = next((t for t in transcripts if t["transcript_id"] == item["transcript_id"]), said)
        if source and source["source"] == "ocr":
            shown = _in_span(segments[source["transcript_id"]], *_span(item))
            item["shown"] = " ".join(s["text"].strip() for s in shown)
            if item["status"] != "rejected":
                for segment in shown:
                    segment["evidence"].append(item["evidence_id"])
            source = said  # what is heard in the same moment, if anything
        if not _heard(item):
            source = None  # backed by what is shown or described: nothing to call heard
        item["frame"] = _frame_at(frames, item.get("start_seconds"))
        span = _in_span(segments[source["transcript_id"]], *_span(item)) if source else []
        item["said"] = said_in_span(span, *_span(item))
        item["said_language"] = source["language"] if source else None
        if source and translated and source is not translated and source["language"] != "en":
            english = _in_span(segments[translated["transcript_id"]], *_span(item))
            item["said_english"] = said_in_span(english, *_span(item))
        if item["status"] != "rejected":
            for segment in span:
                segment["evidence"].append(item["evidence_id"])

    observations = sql_rows(
        conn,
        "SELECT * FROM observations WHERE clip_id = ? ORDER BY observed_at, observation_id",
        [clip_id],
    )
    captures = sql_rows(
        conn,
        """SELECT capture_id, captured_at, status, error_class, error_message, ytdlp_version
           FROM captures WHERE clip_id = ? ORDER BY captured_at DESC, capture_id DESC LIMIT 50""",
        [clip_id],
    )
    history = []
    if "entity_id" in table_columns(conn, "field_history"):
        history = sql_rows(
            conn,
            """SELECT field, old_value, new_value, changed_at FROM field_history
               WHERE entity = 'clip' AND entity_id = ? ORDER BY changed_at DESC LIMIT 100""",
            [clip_id],
        )
    return {
        "clip": clip,
        "account": account,
        "audio": audio,
        "video": video,
        "player": video or audio,  # a <video> where we hold the picture
        "keyframes": frames,
        "contact_sheet": sheet,
        "thumbnail": thumbnail,
        "images": images,
        "transcripts": [
            dict(t, segments=segments[t["transcript_id"]])
            for t in transcripts
            if t["source"] != "ocr"
        ],
        "screen_text": [
            dict(t, segments=segments[t["transcript_id"]])
            for t in transcripts
            if t["source"] == "ocr"
        ],
        "evidence": evidence,
        "observations": list(reversed(observations))[:100],
        "charts": metric_charts(observations),
        "latest": observations[-1] if observations else None,
        "captures": captures,
        "field_history": history,
        "availability_fields": [
            (label, clip[key]) for key, label in AVAILABILITY_FIELDS if clip.get(key) is not None
        ],
        "webpage_href": safe_href(clip.get("webpage_url")),
        "original_href": safe_href(clip.get("original_url")),
        "gone": is_gone(clip.get("availability")),
    }


def _span(item: dict) -> tuple[float | None, float | None]:
    return item.get("start_seconds"), item.get("end_seconds")


SOURCE_LABELS = {"speech": "heard", "screen": "shown on screen", "metadata": "described"}


def _heard(item: dict) -> bool:
    """Whether speech backs a link. Links made before sources were recorded (NULL)
    are read as they always were; a link whose sources leave out speech is not."""
    sources = item.get("sources")
    return sources is None or "speech" in sources.split(",")


def evidence_sources(item: dict) -> list[str]:
    """How the clip backs the claim, in words: heard, shown on screen, described."""
    names = (item.get("sources") or "").split(",")
    return [label for name, label in SOURCE_LABELS.items() if name in names]


def _keyframes(conn: sqlite3.Connection, video_sha256: str) -> list[dict]:
    if not table_columns(conn, "keyframes"):  # a catalogue from before keyframes
        return []
    return sql_rows(
        conn,
        "SELECT sha256, seconds, reason FROM keyframes WHERE video_sha256 = ? ORDER BY seconds",
        [video_sha256],
    )


def _frame_at(frames: list[dict], seconds: float | None) -> dict | None:
    """The keyframe showing the picture at `seconds`: the last one cut at or before it."""
    if seconds is None or not frames:
        return None
    shown = [frame for frame in frames if frame["seconds"] <= seconds + 0.05]
    return shown[-1] if shown else frames[0]


def _span_words(
    conn: sqlite3.Connection, clip_id: str, transcript_id: int | None, span: tuple
) -> str:
    if transcript_id is None:
        transcripts = sql_rows(
            conn,
            "SELECT transcript_id, source, task, status FROM transcripts WHERE clip_id = ?",
            [clip_id],
        )
        said, _ = _main_transcripts(transcripts)
        if said is None:
            return ""
        transcript_id = said["transcript_id"]
    low = span[0] if span[0] is not None else 0.0
    high = span[1] if span[1] is not None else 1e12
    rows = sql_rows(
        conn,
        """SELECT start_seconds, end_seconds, text, words_json FROM segments
           WHERE transcript_id = ? AND end_seconds > ? AND start_seconds < ? ORDER BY position""",
        [transcript_id, low, high],
    )
    return said_in_span(rows, *span)


def _is_screen_text(conn: sqlite3.Connection, transcript_id: int | None) -> bool:
    if transcript_id is None:
        return False
    row = sql_one(conn, "SELECT source FROM transcripts WHERE transcript_id = ?", [transcript_id])
    return bool(row) and row["source"] == "ocr"


def load_article(conn: sqlite3.Connection, article_id: int, page: int = 0) -> dict | None:
    """The article and one page of its sentences (ARTICLE_PAGE_CLAIMS of them): a long
    article in one page made 13.7 MB of HTML in 3.7 s."""
    article = sql_one(
        conn,
        """SELECT article_id, source, url, outlet, title, published_at, fetched_at, version,
                  sha256 FROM articles WHERE article_id = ?""",
        [article_id],
    )
    if article is None:
        return None
    claims = sql_rows(
        conn,
        "SELECT * FROM claims WHERE article_id = ? ORDER BY position LIMIT ? OFFSET ?",
        [article_id, ARTICLE_PAGE_CLAIMS + 1, page * ARTICLE_PAGE_CLAIMS],
    )
    more = len(claims) > ARTICLE_PAGE_CLAIMS
    claims = claims[:ARTICLE_PAGE_CLAIMS]
    counts = sql_one(
        conn,
        """SELECT COUNT(*) AS sentences,
                  SUM(EXISTS (SELECT 1 FROM citations ci WHERE ci.claim_id = cl.claim_id)
                      OR EXISTS (SELECT 1 FROM evidence e WHERE e.claim_id = cl.claim_id))
                  AS cited
           FROM claims cl WHERE cl.article_id = ?""",
        [article_id],
    )
    claim_ids = [c["claim_id"] for c in claims]
    citations = {
        c["claim_id"]: c
        for c in sql_rows(
            conn,
            f"SELECT * FROM citations WHERE claim_id IN ({placeholders(claim_ids)})",
            claim_ids,
        )
    }
    evidence = sql_rows(
        conn,
        f"""SELECT e.*, c.title AS clip_title, c.uploader, c.extractor, c.availability,
                   c.last_seen_at,
                   (SELECT m.sha256 FROM clip_media cm JOIN media_files m ON m.sha256 = cm.sha256
                    WHERE cm.clip_id = e.clip_id AND m.kind IN ('audio', 'video')
                    ORDER BY m.kind = 'video' LIMIT 1) AS audio_sha256
            FROM evidence e JOIN clips c ON c.clip_id = e.clip_id
            WHERE e.claim_id IN ({placeholders(claim_ids)})
            ORDER BY e.status = 'rejected', e.status != 'confirmed', e.score DESC""",
        claim_ids,
    )
    citation_ids = [c["citation_id"] for c in citations.values()]
    checks = sql_rows(
        conn,
        f"SELECT * FROM checks WHERE citation_id IN ({placeholders(citation_ids)})",
        citation_ids,
    )
    for item in evidence:
        words = _span_words(conn, item["clip_id"], item["transcript_id"], _span(item))
        if _is_screen_text(conn, item["transcript_id"]):
            item["shown"] = words
        elif _heard(item):
            item["said"] = words
        video = sql_one(
            conn,
            "SELECT sha256 FROM clip_media WHERE clip_id = ? AND kind = 'video' LIMIT 1",
            [item["clip_id"]],
        )
        frames = _keyframes(conn, video["sha256"]) if video else []
        item["frame"] = _frame_at(frames, item.get("start_seconds"))
        item["how"] = evidence_sources(item)
        item["gone"] = is_gone(item["availability"])
        citation = citations.get(item["claim_id"])
        item["checks"] = [
            c
            for c in checks
            if citation
            and c["citation_id"] == citation["citation_id"]
            and c["clip_id"] == item["clip_id"]
        ]
    threads = _threads(conn, claim_ids, citation_ids)
    for claim in claims:
        claim["citation"] = citations.get(claim["claim_id"])
        claim["evidence"] = [e for e in evidence if e["claim_id"] == claim["claim_id"]]
        claim["thread"] = threads["members"].get(claim["claim_id"])
        if claim["citation"]:
            claim["citation"]["metrics"] = threads["metrics"].get(claim["citation"]["citation_id"])
        if claim["citation"]:
            claim["citation"]["href"] = safe_href(claim["citation"].get("url"))
    links = sql_rows(conn, "SELECT url FROM article_links WHERE article_id = ?", [article_id])
    return {
        "article": article,
        "article_href": safe_href(article.get("url")),
        "claims": claims,
        "sentences": counts["sentences"],
        "cited": counts["cited"] or 0,
        "first_position": claims[0]["position"] if claims else 0,
        "more": more,
        "links": [dict(link, href=safe_href(link["url"])) for link in links],
    }


def _threads(conn: sqlite3.Connection, claim_ids: list, citation_ids: list) -> dict:
    """Each claim's thread (its role, and the position of the sentence that opened it)
    and each citation's stated metrics; a catalogue from before m008 has neither."""
    if not sql_one(conn, "SELECT name FROM sqlite_master WHERE name = 'thread_members'", []):
        return {"members": {}, "metrics": {}}
    members = sql_rows(
        conn,
        f"""SELECT m.claim_id, m.role, o.position AS opened_at FROM thread_members m
            JOIN citations ci ON ci.citation_id = m.citation_id
            JOIN claims o ON o.claim_id = ci.claim_id
            WHERE m.claim_id IN ({placeholders(claim_ids)})""",
        claim_ids,
    )
    metrics: dict[int, list[dict]] = {}
    for row in sql_rows(
        conn,
        f"""SELECT * FROM citation_metrics WHERE citation_id IN ({placeholders(citation_ids)})
            ORDER BY citation_id, position""",
        citation_ids,
    ):
        metrics.setdefault(row["citation_id"], []).append(row)
    return {"members": {m["claim_id"]: m for m in members}, "metrics": metrics}
