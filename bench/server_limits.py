"""Benchmark: what the server's ceilings save, on the heavy requests of issue 12.

The same catalogue (the test catalogue plus a 4 MB article of 3000 sentences) is served
twice by `archiver serve`'s Datasette app on uvicorn in a child process: once as shipped,
once with the ceilings taken off (no authorizer, no SQLITE_LIMIT_LENGTH, no result budget,
the whole article on one page), which is how the server ran before. For each: the time
and size of the long article's page (median of 5), and the server's peak resident
memory (VmHWM) after each query that builds a large string.
Run: .venv/bin/python bench/server_limits.py
"""

from __future__ import annotations

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

from tests.support.served import free_port  # noqa: E402
from tests.test_datasette import build_catalogue  # noqa: E402
from tests.test_server_hostile import LONG_ARTICLE, add_hostile_rows  # noqa: E402

SERVER = """
import sys, uvicorn
from pathlib import Path
from archiver.datasette import pages, plugin
from archiver.datasette.serve import build_datasette
if sys.argv[2] == "unbounded":
    plugin.harden_connection = lambda conn: None
    pages.ARTICLE_PAGE_CLAIMS = 10**9
app = build_datasette(Path(sys.argv[1]), sql=True).app()
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[3]), log_level="error")
"""
HEAVY = [
    ("100 MB string, length only", "select length(hex(zeroblob(50000000))) as n"),
    ("100 MB string, shown", "select printf('%.*c', 100000000, 'x') as s"),
    (
        "20 rows of 8 MB",
        "with n(i) as (select 1 union all select i + 1 from n limit 20) "
        "select printf('%.*c', 8000000, 'x') as s from n",
    ),
]


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure(archive: Path, mode: str) -> dict:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(archive), mode, str(port)], cwd=ROOT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=120) as client:
            for _ in range(300):
                try:
                    client.get("/-/versions.json")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            result = {"idle MB": peak_mb(server.pid)}
            times, size = [], 0
            for _ in range(5):
                started = time.perf_counter()
                page = client.get(f"/-/article/{LONG_ARTICLE}")
                times.append(time.perf_counter() - started)
                size = len(page.content)
            result["article s"] = statistics.median(times)
            result["article MB"] = size / 2**20
            for name, sql in HEAVY:
                answer = client.get("/catalogue?" + urllib.parse.urlencode({"sql": sql}))
                result[f"{name}: status"] = answer.status_code
                result[f"{name}: peak MB so far"] = peak_mb(server.pid)
            return result
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        built = build_catalogue(Path(scratch) / "archive", Path(scratch) / "media")
        add_hostile_rows(built.archive)
        before = measure(built.archive, "unbounded")
        after = measure(built.archive, "served")
    print(f"{'':34} {'before':>10} {'after':>10} {'ratio':>8}")
    for key in before:
        b, a = before[key], after[key]
        ratio = f"{b / a:.1f}x" if isinstance(b, float) and a else ""
        print(f"{key:34} {b:>10.2f} {a:>10.2f} {ratio:>8}")


if __name__ == "__main__":
    main()
