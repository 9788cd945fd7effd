"""Benchmark: how long `archiver` takes to start, against what it used to import.

Every command used to import the whole library at start (yt-dlp's extractors, Whisper,
Datasette, sqlite-utils): 1.5 s on these machines for `archiver --help`. The command
line now loads a command's module only when it runs, and that module imports the heavy
libraries inside the command. The baseline, measured in the same run, is a process
that imports what the old `archiver.cli` imported; the floor is a bare interpreter.
Run: .venv/bin/python bench/startup.py [REPEATS]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
OLD_IMPORTS = (
    "import archiver.pipeline, archiver.datasette.serve, archiver.speech.transcribe, "
    "archiver.clips.recrawl, archiver.evidence.export, archiver.store.backup"
)


def timed(command: list[str], repeats: int) -> float:
    """The median wall time of `command`, in seconds."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    archiver = str(BIN / "archiver")
    rows = [
        ("python -c pass (the floor)", [sys.executable, "-c", "pass"]),
        ("the old start: every stage imported", [sys.executable, "-c", OLD_IMPORTS]),
        ("archiver --help", [archiver, "--help"]),
        ("archiver capture --help", [archiver, "capture", "--help"]),
        ("archiver transcribe --help", [archiver, "transcribe", "--help"]),
    ]
    results = {label: timed(command, repeats) for label, command in rows}
    baseline = results["the old start: every stage imported"]
    print(f"median of {repeats} runs")
    for label, seconds in results.items():
        print(f"  {label:40} {seconds * 1000:7.0f} ms   {baseline / seconds:5.1f}x faster")


if __name__ == "__main__":
    main()
