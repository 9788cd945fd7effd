"""Benchmark: re-crawl bookkeeping at 1M clips and 10M observations (synthetic).

Measures what the scheduler does on every cron tick, picking and leasing the due
clips, and how fast observations go in: one re-crawl's transaction per clip (the
real path, through archiver.clips.records) against a bulk executemany in the same run.
Run: .venv/bin/python bench/recrawl.py [CLIPS] [OBSERVATIONS_PER_CLIP]
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archiver.clips.normalize import Metrics  # noqa: E402
from archiver.clips.records import save_observation  # noqa: E402
from archiver.clips.recrawl import due_clips, take_leases  # noqa: E402
from archiver.clock import iso  # noqa: E402
from archiver.store.catalogue import open_catalogue  # noqa: E402

NOW = dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)


def build(archive: Path, clips: int, per_clip: int) -> None:
    rng = random.Random(3)
    with open_catalogue(archive) as catalogue, catalogue.write() as db:
        conn = db.conn
        batch = []
        for n in range(clips):
            # most clips are due in the future; about 0.1 % are due now
            offset = dt.timedelta(minutes=rng.randint(-90, 60 * 24 * 7 * 4))
            batch.append(
                (
                    f"tiktok:{7_300_000_000_000_000_000 + n}",
                    "tiktok",
                    str(n),
                    f"https://www.tiktok.com/@u/video/{n}",
                    iso(NOW - dt.timedelta(days=90)),
                    iso(NOW + offset),
                )
            )
            if len(batch) == 50_000:
                conn.executemany(
                    "INSERT INTO clips (clip_id, extractor, platform_id, original_url, "
                    "first_captured_at, next_crawl_at) VALUES (?, ?, ?, ?, ?, ?)",
                    batch,
                )
                batch = []
        conn.executemany(
            "INSERT INTO clips (clip_id, extractor, platform_id, original_url, "
            "first_captured_at, next_crawl_at) VALUES (?, ?, ?, ?, ?, ?)",
            batch,
        )
        rows = []
        for n in range(clips):
            clip_id = f"tiktok:{7_300_000_000_000_000_000 + n}"
            views = rng.randint(100, 5_000_000)
            for k in range(per_clip):
                observed = iso(NOW - dt.timedelta(days=per_clip - k))
                rows.append((clip_id, observed, views + k * 100, views // 10, "available"))
            if len(rows) >= 200_000:
                conn.executemany(
                    "INSERT INTO observations (clip_id, observed_at, views, likes, availability)"
                    " VALUES (?, ?, ?, ?, ?)",
                    rows,
                )
                rows = []
        if rows:
            conn.executemany(
                "INSERT INTO observations (clip_id, observed_at, views, likes, availability)"
                " VALUES (?, ?, ?, ?, ?)",
                rows,
            )


def percentile(times: list[float], share: float) -> float:
    ordered = sorted(times)
    return ordered[max(int(len(ordered) * share) - 1, 0)]


def main() -> None:
    clips = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    per_clip = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    with tempfile.TemporaryDirectory(prefix="bench-recrawl-") as tmp:
        archive = Path(tmp) / "archive"
        started = time.perf_counter()
        build(archive, clips, per_clip)
        print(
            f"built {clips:,} clips and {clips * per_clip:,} observations "
            f"in {time.perf_counter() - started:.0f} s"
        )
        with open_catalogue(archive) as catalogue:
            selects = []
            for _ in range(50):
                begun = time.perf_counter()
                due = due_clips(catalogue, NOW, 100)
                selects.append((time.perf_counter() - begun) * 1000)
            leases = []
            for n in range(20):
                begun = time.perf_counter()
                taken = take_leases(catalogue, f"bench-{n}", None, 100, NOW)
                leases.append((time.perf_counter() - begun) * 1000)
            print(f"due clips per pick: {len(due)}; leased in the last pick: {len(taken)}")
            print(f"{'':36}{'p50 ms':>10}{'p95 ms':>10}")
            print(
                f"{'due selection (100 due clips)':36}{statistics.median(selects):10.2f}"
                f"{percentile(selects, 0.95):10.2f}"
            )
            print(
                f"{'select + lease, one transaction':36}{statistics.median(leases):10.2f}"
                f"{percentile(leases, 0.95):10.2f}"
            )

            count = 5000
            ids = [f"tiktok:{7_300_000_000_000_000_000 + n}" for n in range(count)]
            metrics = Metrics(views=1000, likes=100, comments=10, reposts=1, saves=1)
            begun = time.perf_counter()
            for clip_id in ids:
                with catalogue.write() as db:
                    save_observation(db, clip_id, None, iso(NOW), "available", metrics)
            per_transaction = count / (time.perf_counter() - begun)
            begun = time.perf_counter()
            with catalogue.write() as db:
                db.conn.executemany(
                    "INSERT INTO observations (clip_id, observed_at, views, availability) "
                    "VALUES (?, ?, ?, ?)",
                    [(clip_id, iso(NOW), 1, "available") for clip_id in ids],
                )
            bulk = count / (time.perf_counter() - begun)
            print(
                f"observation inserts/s, one transaction each (re-crawl path): "
                f"{per_transaction:,.0f}"
            )
            print(
                f"observation inserts/s, bulk executemany (baseline): {bulk:,.0f} "
                f"(ratio {per_transaction / bulk:.2f})"
            )


if __name__ == "__main__":
    main()
