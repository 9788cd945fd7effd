"""Exports: transcripts as SRT, WebVTT, text or JSON."""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, Any

from archiver.errors import ExportError
from archiver.text import spreadsheet_safe

if TYPE_CHECKING:  # the command line imports this module for its formats alone
    from archiver.store.catalogue import Catalogue

TRANSCRIPT_FORMATS = ("srt", "vtt", "txt", "json")


def _timestamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def pick_transcript(
    catalogue: Catalogue, clip_id: str, task: str = "transcribe", source: str | None = None
) -> dict[str, Any]:
    """The clip's best transcript: Whisper before platform captions, newest first; the
    words on screen (source 'ocr') only when asked for."""
    sql = """
        SELECT * FROM transcripts WHERE clip_id = ? AND task = ? AND status != 'failed'
    """
    params: list[Any] = [clip_id, task]
    if source:
        sql += " AND source = ?"
        params.append(source)
    else:
        sql += " AND source != 'ocr'"
    sql += " ORDER BY source = 'whisper' DESC, transcript_id DESC LIMIT 1"
    row = next(catalogue.db.query(sql, params), None)
    if row is None:
        if not catalogue.db["clips"].count_where("clip_id = ?", [clip_id]):
            raise ExportError(f"no clip {clip_id!r} in the catalogue")
        raise ExportError(f"clip {clip_id!r} has no {task} transcript yet")
    return row


def transcript_segments(catalogue: Catalogue, transcript_id: int) -> list[dict[str, Any]]:
    return list(
        catalogue.db.query(
            "SELECT start_seconds, end_seconds, text, words_json FROM segments "
            "WHERE transcript_id = ? ORDER BY position",
            [transcript_id],
        )
    )


def export_transcript(
    catalogue: Catalogue,
    clip_id: str,
    fmt: str,
    task: str = "transcribe",
    source: str | None = None,
) -> str:
    if fmt not in TRANSCRIPT_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(TRANSCRIPT_FORMATS)}")
    transcript = pick_transcript(catalogue, clip_id, task, source)
    segments = transcript_segments(catalogue, transcript["transcript_id"])
    if fmt == "txt":
        return "".join(f"{segment['text']}\n" for segment in segments)
    if fmt == "json":
        meta = {k: transcript[k] for k in transcript if k not in ("text",)}
        for segment in segments:
            segment["words"] = json.loads(segment.pop("words_json") or "[]")
        return json.dumps({**meta, "segments": segments}, ensure_ascii=False, indent=2) + "\n"
    import webvtt

    captions = webvtt.WebVTT(
        captions=[
            webvtt.Caption(
                _timestamp(segment["start_seconds"]),
                _timestamp(segment["end_seconds"]),
                segment["text"],
            )
            for segment in segments
        ]
    )
    buffer = io.StringIO()
    captions.write(buffer, format=fmt)
    return buffer.getvalue()


# -- claims ---------------------------------------------------------------------------

CLAIM_FORMATS = ("jsonl", "csv", "claimreview")


def claim_rows(catalogue: Catalogue, include_suggested: bool = False) -> list[dict[str, Any]]:
    """One row per claim and clip linked to it (and per citation with no clip yet)."""
    statuses = ("confirmed", "suggested") if include_suggested else ("confirmed",)
    marks = ", ".join("?" for _ in statuses)
    rows = list(
        catalogue.db.query(
            f"""
            SELECT a.article_id, a.title AS article_title, a.outlet, a.published_at,
                   COALESCE(a.url, a.source) AS article_url,
                   cl.claim_id, cl.position, cl.text AS claim, cl.is_caption,
                   ci.citation_id, ci.platform, ci.creator, ci.creator_alias,
                   ci.inferred_platform, ci.inferred_creator, ci.inferred_from, ci.quote,
                   ci.url AS cited_url, ci.status AS citation_status,
                   e.evidence_id, e.clip_id, e.start_seconds, e.end_seconds, e.method,
                   e.score, e.status AS evidence_status, e.quote_found, e.sources,
                   c.webpage_url AS clip_url, c.title AS clip_title, c.uploader,
                   c.posted_at AS clip_posted_at, c.description AS clip_description,
                   c.availability
            FROM claims cl
            JOIN articles a USING (article_id)
            LEFT JOIN citations ci ON ci.claim_id = cl.claim_id
            LEFT JOIN evidence e ON e.claim_id = cl.claim_id AND e.status IN ({marks})
            LEFT JOIN clips c ON c.clip_id = e.clip_id
            WHERE ci.citation_id IS NOT NULL OR e.evidence_id IS NOT NULL
            ORDER BY a.article_id, cl.position, e.score DESC
            """,
            list(statuses),
        )
    )
    for row in rows:
        row["metrics"] = _metrics(catalogue, row["citation_id"])
        row["archived_audio"] = _archived_audio(catalogue, row["clip_id"])
        row["checks"] = _checks(catalogue, row["citation_id"], row["clip_id"])
    return rows


def _metrics(catalogue: Catalogue, citation_id: int | None) -> list[dict]:
    """Every figure the claim states, in the order written: a sentence with views,
    likes and comments states three facts to check, not one."""
    if not citation_id:
        return []
    return list(
        catalogue.db.query(
            "SELECT kind, value, qualifier, stated FROM citation_metrics "
            "WHERE citation_id = ? ORDER BY position",
            [citation_id],
        )
    )


def _metrics_cell(metrics: list[dict]) -> str:
    """'views 18000000; likes more than 2100000': one cell a spreadsheet can hold."""
    return "; ".join(
        " ".join(str(part) for part in (m["kind"], m["qualifier"], m["value"]) if part is not None)
        for m in metrics
    )


def _archived_audio(catalogue: Catalogue, clip_id: str | None) -> str | None:
    if not clip_id:
        return None
    row = catalogue.db.execute(
        "SELECT m.path FROM clip_media c JOIN media_files m USING (sha256) "
        "WHERE c.clip_id = ? AND c.kind = 'audio' LIMIT 1",
        [clip_id],
    ).fetchone()
    return (catalogue.root / row[0]).resolve().as_uri() if row else None


def _checks(catalogue: Catalogue, citation_id: int | None, clip_id: str | None) -> list[dict]:
    if not citation_id or not clip_id:
        return []
    return list(
        catalogue.db.query(
            "SELECT kind, stated, observed, verdict, detail FROM checks "
            "WHERE citation_id = ? AND clip_id = ? ORDER BY kind",
            [citation_id, clip_id],
        )
    )


def export_claims(catalogue: Catalogue, fmt: str, include_suggested: bool = False) -> str:
    if fmt not in CLAIM_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(CLAIM_FORMATS)}")
    rows = claim_rows(catalogue, include_suggested)
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if fmt == "csv":
        buffer = io.StringIO()
        columns = [key for key in rows[0] if key not in ("checks", "metrics")] if rows else []
        writer = csv.DictWriter(
            buffer, fieldnames=[*columns, "metrics", "checks"], extrasaction="ignore"
        )
        writer.writeheader()
        for row in rows:
            verdicts = "; ".join(f"{c['kind']}: {c['verdict']}" for c in row["checks"])
            # titles, uploaders, descriptions and claims come from outside: a cell a
            # spreadsheet would run as a formula is written as text
            cells = {key: spreadsheet_safe(value) for key, value in row.items()}
            metrics = spreadsheet_safe(_metrics_cell(row["metrics"]))
            writer.writerow({**cells, "metrics": metrics, "checks": spreadsheet_safe(verdicts)})
        return buffer.getvalue()
    reviews = [claim_review(row) for row in rows if row["clip_id"]]
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"


def claim_review(row: dict[str, Any]) -> dict[str, Any]:
    """schema.org ClaimReview: the claim's appearance is the clip, with the moment that
    supports it as a Clip part, and our preserved copy as archivedAt."""
    video: dict[str, Any] = {
        "@type": "VideoObject",
        "url": row["clip_url"],
        "name": row["clip_title"],
        "description": row["clip_description"],
        "uploadDate": row["clip_posted_at"],
        "author": {"@type": "Person", "name": row["uploader"]} if row["uploader"] else None,
        "archivedAt": row["archived_audio"],
    }
    if row["start_seconds"] is not None:
        video["hasPart"] = {
            "@type": "Clip",
            "name": "The moment that supports the claim",
            "startOffset": row["start_seconds"],
            "endOffset": row["end_seconds"],
            "url": f"{row['clip_url']}#t={row['start_seconds']:g},{row['end_seconds']:g}",
        }
    disagreements = [c for c in row["checks"] if c["verdict"] == "disagrees"]
    explanation = "; ".join(f"{c['kind']}: {c['verdict']} ({c['detail']})" for c in row["checks"])
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": row["claim"],
        "url": row["article_url"],
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": row["outlet"]} if row["outlet"] else None,
            "datePublished": row["published_at"],
            "firstAppearance": {
                "@type": "NewsArticle",
                "headline": row["article_title"],
                "url": row["article_url"],
            },
            "appearance": {k: v for k, v in video.items() if v is not None},
        },
        "reviewRating": {
            "@type": "Rating",
            "alternateName": (
                "Stated facts disagree with the archived clip"
                if disagreements
                else f"Evidence {row['evidence_status']} in an archived clip"
            ),
            "ratingExplanation": explanation or None,
        },
    }
