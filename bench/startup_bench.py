"""Start-up figures: whole-process cold start to a shown window, and to a loaded first page.

Runs `python -m pcsc_workshop --exit-after-show` (window shown, event loop run once) and
`--exit-after-load` (database opened, first page filled) 5 times each, offscreen, and prints
the medians and the peak memory (max RSS) of the process.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(flag: str, db: Path) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pcsc_workshop", "--db", str(db), flag], check=True,
                   env=env, capture_output=True)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def measure(runs: int = 5) -> list[tuple[str, float, str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        _run("--exit-after-load", db)  # first run creates and migrates the database
        shown = [_run("--exit-after-show", db) for _ in range(runs)]
        loaded = [_run("--exit-after-load", db) for _ in range(runs)]
    return [
        ("start-up: window shown (median of 5)", statistics.median(t for t, _ in shown), "s",
         "< 0.5 s"),
        ("start-up: first page with data (median of 5)",
         statistics.median(t for t, _ in loaded), "s", "—"),
        ("peak memory (app with data)", max(m for _, m in loaded), "MiB", "—"),
    ]


if __name__ == "__main__":
    for name, value, unit, target in measure():
        print(f"{name:50s} {value:8.3f} {unit:4s} target {target}")
