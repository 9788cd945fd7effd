"""`archiver bundle`: one clip's evidence, read from the catalogue, written as a BagIt
bag (RFC 8493) that someone without this tool or the archive can check.

The bag is built in a scratch folder beside DEST and renamed into place only when whole,
so DEST is either a complete bag or absent. Every name inside it comes from a hash or a
number of ours, never from a title or handle (untrusted strings stay data).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

from archiver.bundles.page import write_index
from archiver.bundles.provenance import capture_provenance
from archiver.bundles.timestamp import TAG_MANIFEST, Stamp, load_authorities, stamp_bag
from archiver.clock import utc_now
from archiver.errors import ArchiverError
from archiver.store.catalogue import Catalogue
from archiver.store.media import open_regular


class BundleError(ArchiverError):
    status = "bundle_error"


class NoSuchClip(BundleError):
    status = "no_such_clip"


@dataclass
class BundleResult:
    path: Path
    clip_ids: list[str]
    files: int
    bytes: int
    notes: list[str] = field(default_factory=list)
    timestamps: list[str] = field(default_factory=list)  # each TSA's time, when asked


def _rows(catalogue: Catalogue, sql: str, params: tuple = ()) -> list[dict[str, Any]]:
    return [dict(row) for row in catalogue.db.query(sql, params)]


def _clip_ids_for(
    catalogue: Catalogue, clip: str | None, article: int | None, claim: int | None
) -> list[str]:
    """The clips a bundle covers: one named clip, or every clip linked (and not
    rejected) to a claim or to any claim of an article."""
    if clip is not None:
        found = _rows(
            catalogue,
            "SELECT clip_id FROM clips WHERE clip_id = ? OR original_url = ? OR webpage_url = ?",
            (clip, clip, clip),
        )
        if not found:
            raise NoSuchClip(f"no clip {clip!r} in this archive (give its clip_id or URL)")
        return [found[0]["clip_id"]]
    where, value = ("e.claim_id = ?", claim) if claim is not None else ("c.article_id = ?", article)
    found = _rows(
        catalogue,
        f"SELECT DISTINCT e.clip_id FROM evidence e JOIN claims c USING (claim_id) "
        f"WHERE {where} AND e.status != 'rejected' ORDER BY e.clip_id",
        (value,),
    )
    if not found:
        what = f"claim {claim}" if claim is not None else f"article {article}"
        raise NoSuchClip(f"{what} has no linked clip in this archive")
    return [row["clip_id"] for row in found]


def _media(catalogue: Catalogue, clip_id: str) -> list[dict[str, Any]]:
    """Every stored file of the clip: video, audio, thumbnail, subtitles, keyframes,
    photo-post images; one row per file."""
    return _rows(
        catalogue,
        """
        SELECT m.sha256, m.kind, m.path, m.bytes, m.mime_type, m.duration, NULL AS seconds
        FROM clip_media cm JOIN media_files m USING (sha256) WHERE cm.clip_id = ?
        UNION
        SELECT m.sha256, 'keyframe', m.path, m.bytes, m.mime_type, m.duration, k.seconds
        FROM keyframes k JOIN media_files m ON m.sha256 = k.sha256
        WHERE k.video_sha256 IN (SELECT sha256 FROM clip_media WHERE clip_id = ?)
        UNION
        SELECT m.sha256, 'image', m.path, m.bytes, m.mime_type, m.duration, NULL
        FROM clip_images i JOIN media_files m USING (sha256) WHERE i.clip_id = ?
        ORDER BY 2, 7, 1
        """,
        (clip_id, clip_id, clip_id),
    )


def _vtt_time(seconds: float) -> str:
    millis = round(max(seconds, 0.0) * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def _webvtt(segments: list[dict[str, Any]]) -> str:
    # "-->" inside a cue would end it early; a blank line would end the cue
    lines = ["WEBVTT", ""]
    for segment in segments:
        text = " ".join(str(segment["text"]).replace("-->", "->").split())
        lines += [f"{_vtt_time(segment['start'])} --> {_vtt_time(segment['end'])}", text, ""]
    return "\n".join(lines)


def _write_json(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False, default=str), "utf-8")


def _gunzip_json(blob: bytes | None) -> Any:
    if not blob:
        return None
    try:
        return json.loads(gzip.decompress(blob))
    except (OSError, ValueError):
        return {"unreadable": "the stored blob is not gzip JSON"}


def _captures(catalogue: Catalogue, clip_id: str, data: Path) -> list[dict[str, Any]]:
    """Each capture's provenance as the catalogue holds it, its info JSON and what the
    servers answered (captures/N.provenance.json) beside it."""
    captures = _rows(
        catalogue, "SELECT * FROM captures WHERE clip_id = ? ORDER BY captured_at", (clip_id,)
    )
    for capture in captures:
        info, page = capture.pop("info_json_gz", None), capture.pop("page_data_gz", None)
        number = capture["capture_id"]
        provenance = capture_provenance(catalogue, capture)
        _write_json(data / "captures" / f"{number}.provenance.json", provenance)
        capture["provenance"] = f"captures/{number}.provenance.json"
        capture["exchanges"] = provenance["exchanges"]
        capture["exchanges_recorded"] = provenance["exchanges_recorded"]
        if info:
            _write_json(data / "captures" / f"{number}.info.json", _gunzip_json(info))
            capture["info_json"] = f"captures/{number}.info.json"
        if page:
            _write_json(data / "captures" / f"{number}.page-data.json", _gunzip_json(page))
            capture["page_data"] = f"captures/{number}.page-data.json"
    return captures


def _transcripts(catalogue: Catalogue, clip_id: str, data: Path) -> list[dict[str, Any]]:
    transcripts = _rows(
        catalogue,
        "SELECT transcript_id, media_sha256, source, task, model, language, "
        "language_probability, duration, status, error_class, error_message, text, "
        "created_at FROM transcripts WHERE clip_id = ? ORDER BY transcript_id",
        (clip_id,),
    )
    for transcript in transcripts:
        number = transcript["transcript_id"]
        segments = [
            {"start": row["start_seconds"], "end": row["end_seconds"], "text": row["text"]}
            for row in catalogue.db.query(
                "SELECT start_seconds, end_seconds, text FROM segments "
                "WHERE transcript_id = ? ORDER BY position",
                (number,),
            )
        ]
        _write_json(data / "transcripts" / f"{number}.json", {**transcript, "segments": segments})
        vtt = data / "transcripts" / f"{number}.vtt"
        vtt.write_text(_webvtt(segments), "utf-8")
        transcript["json"] = f"transcripts/{number}.json"
        transcript["vtt"] = f"transcripts/{number}.vtt"
        transcript["segments"] = segments
    return transcripts


def _claims(catalogue: Catalogue, clip_id: str) -> list[dict[str, Any]]:
    """The claims the clip supports: the claim, its article, the moment, the checks."""
    claims = _rows(
        catalogue,
        """
        SELECT e.evidence_id, e.claim_id, e.start_seconds, e.end_seconds, e.method,
               e.status, e.score, e.quote_found, e.quote_heard, e.note, e.sources,
               e.transcript_id, c.text AS claim, c.article_id, a.title AS article_title,
               a.url AS article_url, a.source AS article_source, a.outlet,
               a.published_at, ci.citation_id
        FROM evidence e JOIN claims c USING (claim_id) JOIN articles a USING (article_id)
        LEFT JOIN citations ci ON ci.claim_id = c.claim_id
        WHERE e.clip_id = ? AND e.status != 'rejected' ORDER BY e.claim_id
        """,
        (clip_id,),
    )
    for claim in claims:
        claim["checks"] = _rows(
            catalogue,
            "SELECT kind, stated, observed, verdict, detail, checked_at FROM checks "
            "WHERE citation_id = ? AND clip_id = ? ORDER BY kind",
            (claim["citation_id"], clip_id),
        )
    return claims


def _copy_media(root: Path, row: dict[str, Any], target: Path) -> str:
    """Copy one stored file into the bag, hashing on the way; '' when done, else why
    not. A bundle leaves the machine, so it never carries a file from outside media/
    (a hostile path, a symlink) nor one whose bytes no longer match the catalogue."""
    relative = Path(row["path"])
    if relative.is_absolute() or ".." in relative.parts or relative.parts[:1] != ("media",):
        return f"not under media/: {row['path']!r}; not bundled"
    digest = hashlib.sha256()
    try:
        with open_regular(root / relative) as source, target.open("wb") as out:
            while chunk := source.read(1 << 20):
                digest.update(chunk)
                out.write(chunk)
    except OSError as error:
        target.unlink(missing_ok=True)
        return f"cannot be read ({error.strerror or error}); not bundled"
    if digest.hexdigest() != row["sha256"]:
        target.unlink()
        return "its bytes differ from the catalogue's sha256 (run archiver verify); not bundled"
    return ""


def _clip_record(catalogue: Catalogue, clip_id: str, data: Path, number: int) -> dict[str, Any]:
    folder = data / "clips" / str(number)  # numbered: a clip_id is not a safe file name
    folder.mkdir(parents=True)
    record: dict[str, Any] = {
        "clip": _rows(catalogue, "SELECT * FROM clips WHERE clip_id = ?", (clip_id,))[0],
        "folder": folder.relative_to(data).as_posix(),
    }
    record["captures"] = _captures(catalogue, clip_id, folder)
    record["observations"] = _rows(
        catalogue,
        "SELECT observed_at, views, likes, comments, reposts, saves, availability, "
        "reason_code, capture_id FROM observations WHERE clip_id = ? ORDER BY observed_at",
        (clip_id,),
    )
    record["changes"] = _rows(
        catalogue,
        "SELECT field, old_value, new_value, changed_at, capture_id FROM field_history "
        "WHERE entity = 'clip' AND entity_id = ? ORDER BY changed_at",
        (clip_id,),
    )
    record["transcripts"] = _transcripts(catalogue, clip_id, folder)
    record["claims"] = _claims(catalogue, clip_id)
    record["media"] = []
    media_folder = data / "media"
    media_folder.mkdir(exist_ok=True)
    for row in _media(catalogue, clip_id):
        name = f"{row['sha256']}{Path(row['path']).suffix}"  # the hash, never a title
        row["file"] = f"media/{name}"
        if not (media_folder / name).exists():
            problem = _copy_media(catalogue.root, row, media_folder / name)
            if problem:
                row["missing"] = problem  # listed but not bundled: said, not hidden
        record["media"].append(row)
    # each capture's HTTP answers are in its provenance JSON, which clip.json names
    captures = [{k: v for k, v in c.items() if k != "exchanges"} for c in record["captures"]]
    _write_json(folder / "clip.json", {**record, "captures": captures})
    return record


def build_bundle(
    catalogue: Catalogue,
    dest: Path,
    clip: str | None = None,
    article: int | None = None,
    claim: int | None = None,
) -> BundleResult:
    """Write the bag for a clip, an article's clips or a claim's clips at `dest`."""
    import bagit

    if sum(x is not None for x in (clip, article, claim)) != 1:
        raise BundleError("name one clip, one --article or one --claim")
    dest = Path(dest)
    if dest.exists() or dest.is_symlink():
        raise BundleError(f"{dest} already exists; a bundle is never written over anything")
    if not dest.parent.is_dir():
        raise BundleError(f"{dest.parent} is not a folder")
    clip_ids = _clip_ids_for(catalogue, clip, article, claim)
    authorities = load_authorities(catalogue.config_path)  # a bad config stops us early
    scratch = Path(tempfile.mkdtemp(prefix=".bundle-", dir=dest.parent))
    try:
        records = [
            _clip_record(catalogue, clip_id, scratch, number)
            for number, clip_id in enumerate(clip_ids, 1)
        ]
        made_at = utc_now()
        summary = {
            "made_at": made_at,
            "made_by": f"archiver {version('archiver')}",
            "scope": {"clip": clip, "article": article, "claim": claim},
            "clips": [
                {"clip_id": r["clip"]["clip_id"], "record": f"{r['folder']}/clip.json"}
                for r in records
            ],
        }
        _write_json(scratch / "bundle.json", summary)
        write_index(scratch / "index.html", summary, records)
        bag = bagit.make_bag(
            str(scratch),
            {
                "Source-Organization": "archiver (cited-clip archive)",
                "Bagging-Date": made_at[:10],
                "External-Description": f"Evidence bundle of {len(clip_ids)} clip(s)",
                "External-Identifier": " ".join(clip_ids),
            },
            checksums=["sha256"],
        )
        payload = [Path(scratch, p).stat().st_size for p in bag.payload_files()]
        stamps = stamp_bag(scratch, authorities) if authorities else []
        os.rename(scratch, dest)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    if stamps:
        _record_stamps(catalogue, made_at, clip_ids, dest, stamps)
    notes = [
        f"{m['kind']} {m['sha256'][:12]}: {m['missing']}"
        for r in records
        for m in r["media"]
        if m.get("missing")
    ]
    return BundleResult(
        dest, clip_ids, len(payload), sum(payload), notes, [s.gen_time for s in stamps]
    )


def _record_stamps(
    catalogue: Catalogue, made_at: str, clip_ids: list[str], bag: Path, stamps: list[Stamp]
) -> None:
    """Keep each token in the catalogue as well as in the bag that left the machine."""
    digest = hashlib.sha256((bag / TAG_MANIFEST).read_bytes()).hexdigest()
    with catalogue.write() as db:
        for stamp in stamps:
            db["bundle_timestamps"].insert(
                {
                    "made_at": made_at,
                    "clip_ids": " ".join(clip_ids),
                    "tag_manifest_sha256": digest,
                    "tsa_url": stamp.url,
                    "gen_time": stamp.gen_time,
                    "token": stamp.token,
                }
            )
