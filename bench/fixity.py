"""Benchmark: `archiver verify` and `archiver backup` against coreutils and plain Python.

A synthetic archive is built through the real migrations in two shapes: a few hundred
files of about 1 MB (throughput) and many files of 4-16 KB (per-file overhead), stored
as capture stores them: media/ab/cd/<sha256>.<ext>, a media_files row each, linked to
clips through clip_media. verify is compared with coreutils `sha256sum` over the same
file list (xargs batches; one process, then one per core), `openssl dgst` (the SHA-256
code hashlib uses, where coreutils may lack the CPU's SHA instructions) and a
single-threaded hashlib loop; backup with `cp -r media/` plus sqlite3's
Connection.backup (bare, then followed by a sync), and a second backup to the same place
(nothing new) with the first.
Baselines run interleaved with ours in this process on the same files; each figure is
the median of --repeat rounds. The page cache is warm throughout (the files were just
written and are read again every round), so this measures hashing and per-file work,
not the disk; backups do write to the disk, and ours fsyncs each file.
Run: .venv/bin/python bench/fixity.py [--large N] [--small N] [--repeat R] (see --help)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archiver.store import backup as backup_module  # noqa: E402
from archiver.store import fixity  # noqa: E402
from archiver.store.backup import backup_archive  # noqa: E402
from archiver.store.catalogue import open_catalogue  # noqa: E402
from archiver.store.fixity import verify_archive  # noqa: E402

T = "2025-05-01T00:00:00+00:00"
KINDS = [("video", "mp4", "video/mp4"), ("audio", "m4a", "audio/mp4"), ("thumb", "jpg", "")]
CHUNK = 1 << 20  # what archiver.store.media reads at a time
CORES = os.cpu_count() or 1

Row = tuple[str, str, int]  # sha256, path relative to the archive, bytes


# --- the archive ------------------------------------------------------------------------------


def build(root: Path, count: int, low: int, high: int, seed: int) -> list[Row]:
    """`count` files of `low`..`high` random bytes, three to a clip (video, audio, thumbnail)."""
    rng = random.Random(seed)
    rows: list[Row] = []
    clips, media, links = [], [], []
    with open_catalogue(root) as catalogue:
        for n in range(count):
            data = rng.randbytes(rng.randint(low, high))
            digest = hashlib.sha256(data).hexdigest()
            kind, ext, mime = KINDS[n % len(KINDS)]
            path = f"media/{digest[:2]}/{digest[2:4]}/{digest}.{ext}"
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_bytes(data)
            rows.append((digest, path, len(data)))
            clip = n // len(KINDS)
            if n % len(KINDS) == 0:
                clips.append((f"bench:{clip}", "bench", str(clip), f"http://127.0.0.1/{clip}", T))
            media.append((digest, kind, path, len(data), mime or None, T))
            links.append((f"bench:{clip}", digest, kind))
        with catalogue.write() as db:
            db.conn.executemany(
                "INSERT INTO clips (clip_id, extractor, platform_id, original_url,"
                " first_captured_at) VALUES (?, ?, ?, ?, ?)",
                clips,
            )
            db.conn.executemany(
                "INSERT INTO media_files (sha256, kind, path, bytes, mime_type, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                media,
            )
            db.conn.executemany(
                "INSERT INTO clip_media (clip_id, sha256, kind) VALUES (?, ?, ?)", links
            )
    return rows


# --- verify and its baselines -----------------------------------------------------------------


def run_verify(root: Path, rows: list[Row], threads: int | None = None) -> dict[str, float]:
    """Seconds for verify_archive, split where on_file lets us see: before the first file
    comes back (the SQLite checks), hashing, after the last (the walk of media/)."""
    marks: list[float] = []
    saved = fixity.HASH_THREADS
    fixity.HASH_THREADS = threads or saved
    try:
        with open_catalogue(root, read_only=True) as catalogue:
            started = time.perf_counter()
            report = verify_archive(catalogue, on_file=lambda _: marks.append(time.perf_counter()))
            ended = time.perf_counter()
    finally:
        fixity.HASH_THREADS = saved
    assert report.ok and report.files_checked == len(rows), report
    return {
        "total": ended - started,
        "database": marks[0] - started,
        "hashing": marks[-1] - marks[0],
        "walk": ended - marks[-1],
    }


def run_tool(root: Path, rows: list[Row], tool: list[str], processes: int = 1) -> float:
    """`xargs -0 TOOL` over the listed paths, its output checked against the rows."""
    command = ["xargs", "-0"]
    if processes > 1:  # small enough batches that every process gets work
        command += ["-P", str(processes), "-n", str(max(1, len(rows) // (processes * 4)))]
    names = b"\0".join(path.encode() for _, path, _ in rows)
    started = time.perf_counter()
    done = subprocess.run([*command, *tool], input=names, cwd=root, capture_output=True, check=True)
    found = {}
    for line in done.stdout.decode().splitlines():  # "DIGEST  PATH" or "DIGEST *PATH"
        digest, path = line.split(" ", 1)
        found[path.lstrip(" *")] = digest
    wrong = sum(found.get(path) != digest for digest, path, _ in rows)
    elapsed = time.perf_counter() - started
    assert wrong == 0, wrong
    return elapsed


def run_hashlib(root: Path, rows: list[Row]) -> float:
    """One thread: open, hash in 1 MB reads, compare digest and size."""
    started = time.perf_counter()
    wrong = 0
    for expected, path, size in rows:
        digest = hashlib.sha256()
        with open(root / path, "rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
            actual = os.fstat(handle.fileno()).st_size
        wrong += digest.hexdigest() != expected or actual != size
    elapsed = time.perf_counter() - started
    assert wrong == 0, wrong
    return elapsed


def run_cli_verify(root: Path) -> float:
    """What a user runs: a new interpreter, imports, the progress bar (output to a pipe)."""
    command = [str(Path(sys.executable).parent / "archiver"), "--archive", str(root), "verify"]
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


# --- backup and its baselines -----------------------------------------------------------------


def emptied(path: Path) -> Path:
    """Remove a previous destination and flush dirty pages, so no run pays for another's."""
    shutil.rmtree(path, ignore_errors=True)
    os.sync()
    return path


def run_backup(root: Path, dest: Path, rows: list[Row], threads: int | None = None):
    saved = backup_module.COPY_THREADS
    backup_module.COPY_THREADS = threads or saved
    try:
        with open_catalogue(root, read_only=True) as catalogue:
            started = time.perf_counter()
            report = backup_archive(catalogue, dest)
            elapsed = time.perf_counter() - started
    finally:
        backup_module.COPY_THREADS = saved
    assert report.ok and report.files_copied + report.files_already_there == len(rows), report
    return elapsed, report


def run_cp(root: Path, dest: Path, sync: bool) -> float:
    """`cp -r media/` and the catalogue through sqlite3's online backup; then, if `sync`,
    `sync -f` (syncfs: every dirty page of that filesystem, ours or not)."""
    dest.mkdir(parents=True)
    started = time.perf_counter()
    subprocess.run(["cp", "-r", str(root / "media"), str(dest / "media")], check=True)
    source, target = sqlite3.connect(root / "catalogue.db"), sqlite3.connect(dest / "catalogue.db")
    source.backup(target)
    source.close()
    target.close()
    if sync:
        subprocess.run(["sync", "-f", str(dest / "catalogue.db")], check=True)
    return time.perf_counter() - started


def run_stat(dest: Path, rows: list[Row]) -> float:
    """Stat every file in a backup and compare sizes: what a size-based skip would cost."""
    started = time.perf_counter()
    same = sum((dest / path).stat().st_size == size for _, path, size in rows)
    elapsed = time.perf_counter() - started
    assert same == len(rows)
    return elapsed


# --- memory -----------------------------------------------------------------------------------


def rss_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    raise LookupError(field)


def rss_child(root: Path) -> None:
    """In a fresh process: RSS once the archive is open, then the peak during verify. The
    peak is reset after opening (Linux clear_refs), so the imports do not mask it;
    getrusage's ru_maxrss would not do, as it also keeps the parent's size at fork."""
    with open_catalogue(root, read_only=True) as catalogue:
        try:
            Path("/proc/self/clear_refs").write_text("5")
        except OSError:
            pass  # no reset: the peak may be the imports'
        opened = rss_mb("VmRSS")
        report = verify_archive(catalogue)
        verified = rss_mb("VmHWM")
    print(json.dumps({"opened": opened, "verified": verified, "ok": report.ok}))


def measure_memory(root: Path) -> tuple[float, float]:
    """(RSS once the archive is open, peak RSS during verify) in a new process."""
    child = subprocess.run(
        [sys.executable, __file__, "--rss-child", str(root)],
        check=True,
        capture_output=True,
        text=True,
    )
    found = json.loads(child.stdout)
    assert found["ok"], found
    return found["opened"], found["verified"]


# --- reporting --------------------------------------------------------------------------------


def median_of(repeat: int, runs: dict[str, Callable[[], float]]) -> dict[str, float]:
    """Each run `repeat` times, interleaved round by round; the median of each."""
    times: dict[str, list[float]] = {label: [] for label in runs}
    for _ in range(repeat):
        for label, run in runs.items():
            times[label].append(run())
    return {label: statistics.median(found) for label, found in times.items()}


def print_table(results: dict[str, float], ours: str, count: int, total: int) -> None:
    print(f"  {'':44}{'seconds':>9}{'MB/s':>9}{'files/s':>10}{'ours/this':>11}")
    for label, seconds in results.items():
        ratio = "" if label == ours else f"{seconds / results[ours]:11.2f}"
        print(
            f"  {label:44}{seconds:9.3f}{total / 1e6 / seconds:9.0f}{count / seconds:10.0f}{ratio}"
        )


def bench_verify(root: Path, rows: list[Row], args: argparse.Namespace) -> None:
    count, total = len(rows), sum(size for _, _, size in rows)
    phases: list[dict[str, float]] = []

    def ours() -> float:
        phases.append(run_verify(root, rows))
        return phases[-1]["total"]

    runs = {f"archiver verify ({fixity.HASH_THREADS} threads)": ours}
    runs["sha256sum, xargs, 1 process"] = lambda: run_tool(root, rows, ["sha256sum"])
    if CORES > 1:
        runs[f"sha256sum, xargs -P {CORES}"] = lambda: run_tool(root, rows, ["sha256sum"], CORES)
    if shutil.which("openssl"):
        openssl = ["openssl", "dgst", "-sha256", "-r"]
        runs["openssl dgst -sha256, xargs, 1 process"] = lambda: run_tool(root, rows, openssl)
    runs["hashlib loop, 1 thread"] = lambda: run_hashlib(root, rows)
    if args.cli:
        runs["`archiver verify` CLI (new process)"] = lambda: run_cli_verify(root)
    results = median_of(args.repeat, runs)
    print(
        f"verify (median of {args.repeat}; ours/this: this run's seconds over ours, "
        "above 1 means ours is faster)"
    )
    print_table(results, next(iter(runs)), count, total)
    split = {key: statistics.median(p[key] for p in phases) for key in phases[0]}
    print(
        f"  ours, split: {split['database']:.3f} s to the first file (SQLite checks, queueing), "
        f"hashing {split['hashing']:.3f} s, walk of media/ {split['walk']:.3f} s"
    )
    if args.threads:
        sweep = median_of(
            args.repeat, {n: lambda n=n: run_verify(root, rows, n)["total"] for n in args.threads}
        )
        best = min(sweep, key=sweep.__getitem__)
        print(
            "  verify by thread count: "
            + ", ".join(f"{n}: {seconds:.3f} s" for n, seconds in sweep.items())
            + f"; best {best} (HASH_THREADS is {fixity.HASH_THREADS} on {CORES} cores)"
        )


def bench_backup(root: Path, rows: list[Row], args: argparse.Namespace) -> None:
    count, total = len(rows), sum(size for _, _, size in rows)
    work = root.parent / f"{root.name}-backups"
    firsts, seconds_runs, cps, synced, stats = [], [], [], [], []
    for _ in range(args.backup_repeat):
        dest = emptied(work / "ours")
        first, report = run_backup(root, dest, rows)
        assert report.files_copied == count, report
        firsts.append(first)
        again, report = run_backup(root, dest, rows)
        assert report.files_already_there == count, report
        seconds_runs.append(again)
        stats.append(run_stat(dest, rows))
        cps.append(run_cp(root, emptied(work / "cp"), sync=False))
        synced.append(run_cp(root, emptied(work / "cp-sync"), sync=True))
    emptied(work)
    first, again = statistics.median(firsts), statistics.median(seconds_runs)
    backups = {
        f"archiver backup, fresh DEST ({backup_module.COPY_THREADS} threads)": first,
        "cp -r media/ + Connection.backup": statistics.median(cps),
        "cp -r media/ + Connection.backup + sync -f": statistics.median(synced),
    }
    rounds = f"median of {args.backup_repeat}" if args.backup_repeat > 1 else "1 run: noisy"
    print(f"backup ({rounds}; dirty pages flushed before each run)")
    print_table(backups, next(iter(backups)), count, total)
    print(
        f"  archiver backup again, nothing new: {again:.3f} s = {again / first:.2f} of the first; "
        f"a stat of each DEST file takes {statistics.median(stats):.3f} s"
    )
    if args.backup_threads:
        sweep = {}
        for n in args.backup_threads:
            sweep[n] = run_backup(root, emptied(work / "sweep"), rows, n)[0]
        emptied(work)
        print(
            "  fresh backup by thread count (1 run each): "
            + ", ".join(f"{n}: {seconds:.2f} s" for n, seconds in sweep.items())
        )


def bench_memory(root: Path, count: int) -> None:
    opened, verified = measure_memory(root)
    print(
        f"memory of verify, in a new process: peak RSS {verified:.0f} MB, "
        f"{opened:.0f} MB once the archive is open, so +{verified - opened:.1f} MB "
        f"for {count:,} files"
    )


def numbers(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=int, default=300, help="files in the throughput shape")
    parser.add_argument("--large-kb", type=int, default=1024, help="their size (+-25%%)")
    parser.add_argument("--small", type=int, default=5_000, help="files in the small shape")
    parser.add_argument("--small-kb", type=numbers, default=[4, 16], help="LOW,HIGH KB")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of verify")
    parser.add_argument("--backup-repeat", type=int, default=1, help="rounds of backup")
    parser.add_argument("--threads", type=numbers, default=[], help="verify sweep: 1,2,4")
    parser.add_argument("--backup-threads", type=numbers, default=[], help="backup sweep: 1,2,4")
    parser.add_argument("--cli", action="store_true", help="also time `archiver verify` itself")
    parser.add_argument("--rss-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss_child:
        return rss_child(args.rss_child)

    print(
        f"{CORES} cores, {os.uname().machine}, Python {sys.version.split()[0]}; "
        "page cache warm (files written and read once before timing)"
    )
    with tempfile.TemporaryDirectory(prefix="bench-fixity-") as tmp:
        shapes = []
        if args.large:
            size = args.large_kb * 1024
            shapes.append(("large", args.large, size * 3 // 4, size * 5 // 4))
        if args.small:
            low, high = args.small_kb
            shapes.append(("small", args.small, low * 1024, high * 1024))
        for name, count, low, high in shapes:
            root = Path(tmp) / name
            started = time.perf_counter()
            rows = build(root, count, low, high, seed=len(name))
            total = sum(size for _, _, size in rows)
            print(f"\nbuilt the {name} archive in {time.perf_counter() - started:.1f} s")
            print(f"== {name}: {count:,} files, {total / 1e6:,.0f} MB")
            run_hashlib(root, rows)  # warm: every file is read once before timing
            bench_verify(root, rows, args)
            bench_backup(root, rows, args)
            bench_memory(root, count)
            shutil.rmtree(root)


if __name__ == "__main__":
    main()
