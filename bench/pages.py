"""Benchmark: latency of the `archiver serve` pages on a synthetic catalogue of 100k clips.

The catalogue is built through the real migrations, in the proportions a busy archive
might reach: 100k clips from 20k accounts, 3 observations a clip, a transcript a clip
(plus English translations of the Chinese ones) of 5 segments each, 5k articles of 20
sentences, 40% of which cite a clip, most of those linked with an evidence span, and
checks of their stated facts; 3% of clips gone missing. Pages are fetched over HTTP from
Datasette on uvicorn on loopback, as `archiver serve` runs it, first in its read-only
mode (what `serve` uses) and then with the file opened immutable.
Run: .venv/bin/python bench/pages.py [CLIPS] [REQUESTS_PER_PAGE]
"""

from __future__ import annotations

import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archiver.datasette.common import clip_path  # noqa: E402
from archiver.store.catalogue import open_catalogue  # noqa: E402
from bench.synthetic import HANZI, WORDS  # noqa: E402

T = "2025-05-01T00:00:00+00:00"
GONE = ["removed", "missing", "private", "region_blocked"]


def words(rng: random.Random, low: int, high: int) -> str:
    count = rng.randint(low, high)
    return " ".join(
        WORDS[min(int(rng.paretovariate(1.2)) - 1, len(WORDS) - 1)] for _ in range(count)
    )


def hanzi(rng: random.Random) -> str:
    start = rng.randrange(len(HANZI) - 12)
    return HANZI[start : start + rng.randint(6, 12)]


def build(archive: Path, clips: int) -> None:
    rng = random.Random(7)
    accounts = max(clips // 5, 1)
    ids = [f"tiktok:{7_300_000_000_000_000_000 + n}" for n in range(clips)]
    with open_catalogue(archive) as catalogue, catalogue.write() as db:
        run = db.conn.execute
        many = db.conn.executemany
        many(
            "INSERT INTO accounts (account_id, extractor, handle, display_name, first_seen_at,"
            " last_seen_at) VALUES (?, 'tiktok', ?, ?, ?, ?)",
            [(f"tiktok:{a}", f"creator{a}", f"Creator {a}", T, T) for a in range(accounts)],
        )
        states = []
        for n in range(clips):
            roll = rng.random()
            states.append(GONE[n % 4] if roll < 0.03 else "blocked" if roll < 0.04 else "available")
        many(
            "INSERT INTO clips (clip_id, extractor, platform_id, account_id, webpage_url,"
            " original_url, title, description, uploader, posted_at, duration, availability,"
            " first_captured_at, last_seen_at) VALUES (?, 'tiktok', ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?)",
            [
                (
                    clip_id,
                    clip_id[7:],
                    f"tiktok:{n % accounts}",
                    f"https://www.tiktok.com/@creator{n % accounts}/video/{clip_id[7:]}",
                    f"https://www.tiktok.com/@creator{n % accounts}/video/{clip_id[7:]}",
                    words(rng, 3, 9),
                    words(rng, 8, 30) + (" <script>alert(1)</script>" if n % 97 == 0 else ""),
                    f"Creator {n % accounts}",
                    f"2025-0{1 + n % 4}-{1 + n % 28:02d}T12:00:00+00:00",
                    rng.uniform(5, 90),
                    state,
                    T,
                    T,
                )
                for n, (clip_id, state) in enumerate(zip(ids, states, strict=True))
            ],
        )
        many(
            "INSERT INTO captures (capture_id, requested_url, clip_id, captured_at, status,"
            " ytdlp_version) VALUES (?, ?, ?, ?, 'ok', '2025.10.26')",
            [(n + 1, f"https://www.tiktok.com/v/{n}", ids[n], T) for n in range(clips)],
        )
        many(
            "INSERT INTO observations (clip_id, capture_id, observed_at, views, likes, comments,"
            " availability) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    ids[n],
                    n + 1,
                    f"2025-05-0{1 + k * 3}T00:00:00+00:00",
                    1000 * (k + 1) ** 3 + n,
                    50 * (k + 1) ** 2,
                    k * 7,
                    states[n] if k == 2 and states[n] != "available" else "available",
                )
                for n in range(clips)
                for k in range(3)
            ],
        )
        many(
            "INSERT INTO media_files (sha256, kind, path, bytes, mime_type, codec, created_at)"
            " VALUES (?, 'audio', ?, 50000, 'audio/mp4', 'aac', ?)",
            [(f"{n:064x}", f"media/00/00/{n:064x}.m4a", T) for n in range(clips)],
        )
        many(
            "INSERT INTO clip_media (clip_id, sha256, kind) VALUES (?, ?, 'audio')",
            [(ids[n], f"{n:064x}") for n in range(clips)],
        )
        segments = []
        transcript_id = 0
        for n in range(clips):
            chinese = n % 5 == 0
            tasks = ["transcribe", "translate"] if chinese else ["transcribe"]
            for task in tasks:
                transcript_id += 1
                run(
                    "INSERT INTO transcripts (transcript_id, clip_id, media_sha256, source, task,"
                    " model, language, status, created_at) VALUES (?, ?, ?, 'whisper', ?, 'base',"
                    " ?, 'ok', ?)",
                    [transcript_id, ids[n], f"{n:064x}", task, "zh" if chinese else "en", T],
                )
                for k in range(5):
                    text = hanzi(rng) if chinese and task == "transcribe" else words(rng, 6, 16)
                    segments.append((transcript_id, k, k * 3.0, k * 3.0 + 3, text))
        many(
            "INSERT INTO segments (transcript_id, position, start_seconds, end_seconds, text)"
            " VALUES (?, ?, ?, ?, ?)",
            segments,
        )
        articles = max(clips // 20, 1)
        many(
            "INSERT INTO articles (article_id, source, outlet, title, published_at, fetched_at,"
            " sha256, text) VALUES (?, ?, 'The Bench Times', ?, '2025-05-06', ?, ?, 'text')",
            [
                (a + 1, f"https://news.example/{a}", words(rng, 5, 10), T, f"{a:064x}")
                for a in range(articles)
            ],
        )
        claims, citations, evidence, checks = [], [], [], []
        claim_id = 0
        for a in range(articles):
            for position in range(20):
                claim_id += 1
                text = words(rng, 10, 30)
                claims.append(
                    (claim_id, a + 1, position, text, position * 200, position * 200 + 150)
                )
                if rng.random() >= 0.4:
                    continue
                clip = ids[rng.randrange(clips)]
                linked = rng.random() < 0.75
                citations.append(
                    (claim_id, claim_id, "tiktok", "likes", rng.randint(1, 90) * 100_000,
                     "resolved" if linked else "unresolved")
                )  # fmt: skip
                if linked or rng.random() < 0.3:
                    start = rng.choice([0.0, 3.0, 6.0])
                    evidence.append(
                        (claim_id, clip, start, start + 3, "suggested" if not linked else "manual",
                         rng.random(), "confirmed" if linked else "suggested", T)
                    )  # fmt: skip
                    verdict = rng.choice(["agrees", "disagrees", "unknown"])
                    checks.append((claim_id, clip, "metric", "1,000,000 likes", "1200", verdict, T))
        many(
            "INSERT INTO claims (claim_id, article_id, position, text, start_char, end_char)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            claims,
        )
        many(
            "INSERT INTO citations (citation_id, claim_id, platform, metric_kind, metric_value,"
            " status) VALUES (?, ?, ?, ?, ?, ?)",
            citations,
        )
        many(
            "INSERT OR IGNORE INTO evidence (claim_id, clip_id, start_seconds, end_seconds,"
            " method, score, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            evidence,
        )
        many(
            "INSERT OR IGNORE INTO checks (citation_id, clip_id, kind, stated, observed,"
            " verdict, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            checks,
        )
    with open_catalogue(archive) as catalogue:  # leave the file as a writer would: WAL folded
        catalogue.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# Migration m005's indexes on the columns the clips table facets and sorts by; dropped
# for the baseline run, to show what they buy.
BROWSE_INDEXES = ("availability", "extractor", "uploader", "first_captured")


class Server:
    """`archiver serve`'s Datasette app on uvicorn, in a child process on a free loopback
    port. (In this process, the client and server threads share the GIL and every request
    gains ~45 ms that a real browser never sees.)"""

    def __init__(self, archive: Path, immutable: bool):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._command = [
            sys.executable,
            "-c",
            "import sys, uvicorn; from pathlib import Path;"
            "from archiver.datasette.serve import build_datasette;"
            "app = build_datasette(Path(sys.argv[1]), immutable=sys.argv[2] == '1').app();"
            "uvicorn.run(app, host='127.0.0.1', port=int(sys.argv[3]), log_level='warning')",
            str(archive),
            "1" if immutable else "0",
            str(self.port),
        ]

    def __enter__(self) -> Server:
        self._process = subprocess.Popen(self._command, cwd=ROOT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(self.url + "/-/versions.json").raise_for_status()
                return self
            except httpx.TransportError:
                time.sleep(0.1)
        self._process.kill()
        raise RuntimeError("the benchmark server did not start")

    def __exit__(self, *exc: object) -> None:
        self._process.terminate()
        self._process.wait(timeout=10)


def pages(archive: Path, rng: random.Random, count: int) -> dict[str, list[str]]:
    """The paths to time, per page kind: clips and articles that have evidence."""
    with open_catalogue(archive) as catalogue:
        db = catalogue.db
        cited = [r[0] for r in db.execute("SELECT DISTINCT clip_id FROM evidence").fetchall()]
        articles = [r[0] for r in db.execute("SELECT article_id FROM articles").fetchall()]
    english = [f"{rng.choice(WORDS[8:])} {rng.choice(WORDS[8:])}" for _ in range(count)]
    chinese = [HANZI[i : i + 4] for i in (rng.randrange(len(HANZI) - 4) for _ in range(count))]

    def search(q: str) -> str:
        return "/catalogue/search_transcripts?" + urllib.parse.urlencode({"q": q})

    return {
        "clip page": [clip_path(rng.choice(cited)) for _ in range(count)],
        "article page": [f"/-/article/{rng.choice(articles)}" for _ in range(count)],
        "clips table (3 facets)": ["/catalogue/clips"] * count,
        "clips table, availability=removed": ["/catalogue/clips?availability=removed"] * count,
        "canned: claims_with_evidence": ["/catalogue/claims_with_evidence"] * count,
        "canned: unresolved_citations": ["/catalogue/unresolved_citations"] * count,
        "search: two English words": [search(q) for q in english],
        "search: Chinese 4 chars": [search(q) for q in chinese],
        "unresolved citations page": ["/-/unresolved-citations"] * count,
        "missing clips page": ["/-/missing-clips"] * count,
    }


def percentile(ordered: list[float], fraction: float) -> float:
    return ordered[min(int(len(ordered) * fraction), len(ordered) - 1)]


def measure(archive: Path, immutable: bool, plan: dict[str, list[str]]) -> dict[str, tuple]:
    results = {}
    with Server(archive, immutable) as server, httpx.Client(base_url=server.url) as client:
        for paths in plan.values():  # warm: page cache, schema, table counts
            for path in paths[:3]:
                client.get(path).raise_for_status()
        for label, paths in plan.items():
            times = []
            for path in paths:
                started = time.perf_counter()
                response = client.get(path)
                times.append((time.perf_counter() - started) * 1000)
                response.raise_for_status()
            ordered = sorted(times)
            results[label] = (statistics.median(ordered), percentile(ordered, 0.95), ordered[-1])
    return results


def main() -> None:
    clips = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    with tempfile.TemporaryDirectory(prefix="bench-pages-") as tmp:
        archive = Path(tmp) / "archive"
        started = time.perf_counter()
        build(archive, clips)
        with open_catalogue(archive) as catalogue:
            sizes = {
                table: catalogue.db[table].count
                for table in ("clips", "observations", "segments", "claims", "evidence")
            }
        size = (archive / "catalogue.db").stat().st_size / 1e6
        print(f"built in {time.perf_counter() - started:.0f} s, {size:.0f} MB: "
              + ", ".join(f"{n:,} {t}" for t, n in sizes.items()))  # fmt: skip
        plan = pages(archive, random.Random(11), count)
        modes = {"read-only": measure(archive, False, plan)}
        modes["immutable"] = measure(archive, True, plan)
        with open_catalogue(archive) as catalogue:
            for name in BROWSE_INDEXES:
                catalogue.db.execute(f"DROP INDEX clips_by_{name}")
        modes["no m005 indexes"] = measure(archive, False, plan)
        print(f"\n{count} requests a page over HTTP on loopback; milliseconds (p50 / p95)")
        print("read-only: as `archiver serve` runs; immutable: the file opened immutable;")
        print("no m005 indexes: read-only, without the clips indexes (the baseline)")
        print(f"{'page':36}" + "".join(f"{m:>16}" for m in modes))
        for label in plan:
            cells = "".join(f"{modes[m][label][0]:9.1f}{modes[m][label][1]:7.1f}" for m in modes)
            print(f"{label:36}{cells}")


if __name__ == "__main__":
    main()
