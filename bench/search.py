"""Benchmark: full-text search latency over 1M synthetic transcript segments.

Segments are made of English words drawn with a Zipf-like skew (as speech is) and,
for one segment in five, Chinese characters. Queries go through archiver.speech.search,
the same code `archiver search` and the pipeline use. Prints p50/p95 per index.
Run: .venv/bin/python bench/search.py [SEGMENTS]
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archiver.speech.search import index_cjk, search_segments  # noqa: E402
from archiver.store.catalogue import open_catalogue  # noqa: E402
from bench.synthetic import HANZI, WORDS  # noqa: E402


def segment_text(rng: random.Random) -> str:
    if rng.random() < 0.2:
        start = rng.randrange(len(HANZI) - 12)
        return HANZI[start : start + rng.randint(6, 12)]
    count = rng.randint(6, 16)
    return " ".join(
        WORDS[min(int(rng.paretovariate(1.2)) - 1, len(WORDS) - 1)] for _ in range(count)
    )


def build(archive: Path, total: int) -> None:
    rng = random.Random(7)
    with open_catalogue(archive) as catalogue, catalogue.write() as db:
        db["clips"].insert(
            {
                "clip_id": "bench:1",
                "extractor": "bench",
                "platform_id": "1",
                "original_url": "http://127.0.0.1/",
                "first_captured_at": "t",
            }
        )
        db["media_files"].insert(
            {"sha256": "0" * 64, "kind": "audio", "path": "x", "bytes": 1, "created_at": "t"}
        )
        per_transcript = 10
        for first in range(0, total, per_transcript):
            transcript_id = (
                db["transcripts"]
                .insert(
                    {
                        "clip_id": "bench:1",
                        "media_sha256": "0" * 64,
                        "source": "whisper",
                        "task": "transcribe",
                        "model": f"m{first}",
                        "status": "ok",
                        "created_at": "t",
                    }
                )
                .last_pk
            )
            db.conn.executemany(
                "INSERT INTO segments (transcript_id, position, start_seconds, end_seconds, text)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (transcript_id, n, n * 3.0, n * 3.0 + 3, segment_text(rng))
                    for n in range(per_transcript)
                ],
            )
            index_cjk(db, transcript_id)  # as archiver.speech.transcribe.save_transcript does


def timed(catalogue, queries: list[str]) -> list[float]:
    times = []
    for query in queries:
        started = time.perf_counter()
        search_segments(catalogue, query, limit=20)
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(label: str, times: list[float]) -> None:
    ordered = sorted(times)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(f"{label:34}{statistics.median(ordered):9.2f}{p95:9.2f}{max(ordered):9.2f}")


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rng = random.Random(11)
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        archive = Path(tmp) / "archive"
        started = time.perf_counter()
        build(archive, total)
        print(f"built {total:,} segments (3 FTS indexes) in {time.perf_counter() - started:.0f} s")
        with open_catalogue(archive) as catalogue:
            english = [rng.choice(WORDS[8:]) for _ in range(150)]
            phrases = [f"{rng.choice(WORDS[8:])} {rng.choice(WORDS[8:])}" for _ in range(100)]
            chinese = []
            for _ in range(100):
                start = rng.randrange(len(HANZI) - 4)
                chinese.append(HANZI[start : start + rng.choice([3, 4])])
            short = [HANZI[i : i + 2] for i in range(0, 20, 2)]
            timed(catalogue, english[:10])  # warm the page cache
            print(f"{'query (limit 20), ms':34}{'p50':>9}{'p95':>9}{'max':>9}")
            report("English word (unicode61)", timed(catalogue, english))
            report("English two words (unicode61)", timed(catalogue, phrases))
            report("Chinese 3-4 chars (per-character)", timed(catalogue, chinese))
            report("Chinese 2 chars (per-character)", timed(catalogue, short))
            report("Chinese 2 chars, no match", timed(catalogue, ["北京", "上海"] * 5))
            report("English word, no match", timed(catalogue, ["zebra", "quantum"] * 5))


if __name__ == "__main__":
    main()
