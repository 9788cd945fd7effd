"""Benchmark: `archiver bundle` and `archiver verify BUNDLE` over many clips, against the
`bagit` library on its own (make_bag, then validate) over the same media files.

A synthetic archive is built through the real migrations: N clips, each with a video
(random bytes of --size MB, so no two hash alike), an audio file, a thumbnail, an
observation, a capture with a gzip info JSON and a short transcript, stored as capture
stores them. The baseline copies each clip's three media files into a folder and bags
and validates it with bagit alone: the floor for what bundling costs (copy + sha256
twice). Ours adds the catalogue reads, JSON, WebVTT and index.html, and each capture's
provenance: --exchanges HTTP answers a capture (default 4: a page, a probe, the video,
the thumbnail), each with 12 headers and a real two-certificate chain to describe.
Both run in this process, interleaved, page cache warm; figures are totals over all
clips and the ratio ours / baseline.
Run: .venv/bin/python bench/bundle.py [--clips 100] [--size 2] [--exchanges 4]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bagit  # noqa: E402
from sqlite_utils import Database  # noqa: E402

from archiver.bundles.build import build_bundle  # noqa: E402
from archiver.bundles.check import verify_bundle  # noqa: E402
from archiver.store import migrations  # noqa: E402
from archiver.store.catalogue import open_catalogue  # noqa: E402
from archiver.store.media import MediaStore  # noqa: E402
from tests.support.tls import make_pki  # noqa: E402

NOW = "2026-01-01T00:00:00Z"


def exchange_rows(capture_id: int, count: int, chain: str) -> list[dict]:
    headers = json.dumps([[f"X-Header-{n}", "v" * 40] for n in range(12)])
    return [
        {"capture_id": capture_id, "position": n, "phase": "page" if n < 2 else "media",
         "url": f"https://example.org/{capture_id}/{n}", "status": 200, "headers": headers,
         "headers_cut": 0, "tls_version": "TLSv1.3", "tls_chain_pem": chain,
         "fetched_at": NOW}
        for n in range(1, count + 1)
    ]  # fmt: skip


def build_archive(root: Path, clips: int, size_mb: float, exchanges: int = 4) -> list[list[Path]]:
    """The archive, and each clip's media files (for the baseline)."""
    root.mkdir()
    chain = "".join(make_pki(root.parent / "pki").chain)
    db = Database(sqlite3.connect(root / "catalogue.db"))
    migrations.migrations.apply(db)
    store = MediaStore(root)
    files: list[list[Path]] = []
    for n in range(clips):
        clip_id = f"generic:{n}"
        db["clips"].insert(
            {"clip_id": clip_id, "extractor": "generic", "platform_id": str(n),
             "original_url": f"http://example.org/{n}", "first_captured_at": NOW}
        )  # fmt: skip
        info = gzip.compress(json.dumps({"id": str(n), "title": f"clip {n}"}).encode())
        capture_id = db["captures"].insert(
            {"requested_url": f"http://example.org/{n}", "clip_id": clip_id,
             "captured_at": NOW, "status": "ok", "ytdlp_version": "bench",
             "info_json_gz": info, "exchanges_dropped": 0}
        ).last_pk  # fmt: skip
        db["capture_exchanges"].insert_all(exchange_rows(capture_id, exchanges, chain))
        db["observations"].insert(
            {"clip_id": clip_id, "capture_id": capture_id, "observed_at": NOW,
             "views": n, "availability": "available"}
        )  # fmt: skip
        kept = []
        for kind, ext, size in (
            ("video", ".mp4", int(size_mb * 1e6)),
            ("audio", ".m4a", int(size_mb * 1e5)),
            ("thumbnail", ".jpg", 20_000),
        ):
            scratch = root / f"new{ext}"
            scratch.write_bytes(os.urandom(size))
            stored = store.put(scratch)
            db["media_files"].insert(
                {"sha256": stored.sha256, "kind": kind, "path": stored.path,
                 "bytes": stored.bytes, "created_at": NOW}
            )  # fmt: skip
            db["clip_media"].insert(
                {"clip_id": clip_id, "sha256": stored.sha256, "kind": kind,
                 "capture_id": capture_id}
            )  # fmt: skip
            kept.append(root / stored.path)
        audio = db["media_files"].get(kept[1].stem)
        transcript_id = db["transcripts"].insert(
            {"clip_id": clip_id, "media_sha256": audio["sha256"], "source": "whisper",
             "task": "transcribe", "status": "ok", "text": "hello", "created_at": NOW}
        ).last_pk  # fmt: skip
        db["segments"].insert(
            {"transcript_id": transcript_id, "position": 0, "start_seconds": 0.0,
             "end_seconds": 1.0, "text": "hello"}
        )  # fmt: skip
        files.append(kept)
    db.conn.commit()
    db.conn.close()
    return files


def run_ours(root: Path, out: Path, clips: int) -> tuple[float, float]:
    out.mkdir()
    with open_catalogue(root, read_only=True) as catalogue:
        start = time.perf_counter()
        for n in range(clips):
            build_bundle(catalogue, out / str(n), clip=f"generic:{n}")
        made = time.perf_counter() - start
    start = time.perf_counter()
    for n in range(clips):
        assert verify_bundle(out / str(n)).ok
    return made, time.perf_counter() - start


def run_bagit(files: list[list[Path]], out: Path) -> tuple[float, float]:
    out.mkdir()
    start = time.perf_counter()
    for n, kept in enumerate(files):
        folder = out / str(n)
        folder.mkdir()
        for path in kept:
            shutil.copyfile(path, folder / path.name)
        bagit.make_bag(str(folder), checksums=["sha256"])
    made = time.perf_counter() - start
    start = time.perf_counter()
    for n in range(len(files)):
        bagit.Bag(str(out / str(n))).validate(processes=1)
    return made, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=100)
    parser.add_argument("--size", type=float, default=2.0, help="MB of video per clip")
    parser.add_argument("--exchanges", type=int, default=4, help="HTTP answers a capture")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as work:
        work_dir = Path(work)
        files = build_archive(work_dir / "archive", args.clips, args.size, args.exchanges)
        total_mb = sum(p.stat().st_size for kept in files for p in kept) / 1e6
        base = run_bagit(files, work_dir / "bagit")
        ours = run_ours(work_dir / "archive", work_dir / "ours", args.clips)
    print(f"{args.clips} clips, {total_mb:.1f} MB of media, {args.exchanges} answers a capture")
    print(f"{'':24}{'seconds':>10}{'MB/s':>10}{'ratio':>8}")
    for label, (ours_s, base_s) in (("bundle / make_bag", (ours[0], base[0])),
                                     ("verify / validate", (ours[1], base[1]))):  # fmt: skip
        print(f"{'bagit ' + label.split(' / ')[1]:24}{base_s:10.2f}{total_mb / base_s:10.1f}")
        print(
            f"{'archiver ' + label.split(' / ')[0]:24}{ours_s:10.2f}"
            f"{total_mb / ours_s:10.1f}{ours_s / base_s:8.2f}"
        )


if __name__ == "__main__":
    main()
