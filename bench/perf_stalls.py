"""What the UI thread ran, in C++ and Python, during the UI-latency bench's longest stalls.

`--per-event` names the event a stall was in (a paint, a layout request) and `--trace-stalls`
the Python stack, but neither sees inside Qt: the cost of a first paint under a style sheet is
in C++ functions Python never sees. This runs one bench run under Linux `perf`, samples every
thread's instruction pointer with timestamps on the same clock as the bench's heartbeat
(CLOCK_MONOTONIC), and keeps the UI thread's samples that fall inside a stall the bench logged
(`PCSC_STALL_LOG`). It prints, for the longest stalls and by activity, the functions they
were in (self time, by library), so a fix is aimed at what the time went to.

    python bench/perf_stalls.py [--top 12] [--stalls 8] [--callers]

Needs `perf` (Debian: linux-perf) and a kernel that lets this user sample
(`/proc/sys/kernel/perf_event_paranoid` <= 1, or root). A figure, not a test: the sampler
costs a few per cent of CPU. `--callers` records call chains (frame pointers: chains through
Qt's own libraries stop early, chains through Python's stay readable).
"""

from __future__ import annotations

import argparse
import bisect
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FREQUENCY = 4000  # samples a second: a 20 ms stall gets ~80


def record(folder: Path, callers: bool) -> tuple[Path, Path]:
    log, data = folder / "stalls.jsonl", folder / "perf.data"
    env = {**os.environ, "PCSC_STALL_LOG": str(log)}
    command = ["perf", "record", "-q", "-k", "CLOCK_MONOTONIC", "-F", str(FREQUENCY),
               "-o", str(data)] + (["-g"] if callers else []) + [
        "--", sys.executable, str(ROOT / "bench" / "ui_latency_bench.py"), "--child"]
    subprocess.run(command, env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return log, data


def samples(data: Path, callers: bool):
    """(tid, time, [frames: (symbol, library)], innermost first) from `perf script`."""
    fields = "tid,time,ip,sym,dso"
    out = subprocess.run(["perf", "script", "-i", str(data), "-F", fields],
                         capture_output=True, text=True, check=True).stdout
    current: tuple[int, float] | None = None
    frames: list[tuple[str, str]] = []
    for line in out.splitlines():
        if not line.strip():
            if current is not None:
                yield current[0], current[1], frames
            current, frames = None, []
            continue
        if not line.startswith(("\t", " " * 8)) or current is None:
            if current is not None and not callers:
                yield current[0], current[1], frames
                frames = []
            head = line.split()
            tid, when = int(head[0]), float(head[1].rstrip(":"))
            current = (tid, when)
            rest = line.split(":", 1)[1].split(None, 1)
            if len(rest) == 2:
                frames.append(_frame(rest[1]))
        else:
            frames.append(_frame(line.strip().split(None, 1)[-1]))
    if current is not None:
        yield current[0], current[1], frames


def _frame(text: str) -> tuple[str, str]:
    symbol, _, library = text.rpartition(" (")
    symbol = symbol.split("+0x")[0] or "?"
    return symbol, Path(library.rstrip(")")).name


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=12, help="functions per stall")
    parser.add_argument("--stalls", type=int, default=8, help="the longest N stalls")
    parser.add_argument("--callers", action="store_true", help="call chains (-g)")
    parser.add_argument("--keep", help="keep perf.data and the stall log in this folder")
    args = parser.parse_args()
    if not shutil.which("perf"):
        print("perf is not installed (Debian: linux-perf)", file=sys.stderr)
        return 1
    folder = Path(args.keep or tempfile.mkdtemp(prefix="perf-stalls-"))
    folder.mkdir(parents=True, exist_ok=True)
    log, data = record(folder, args.callers)
    stalls = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    stalls.sort()
    starts = [s[0] for s in stalls]
    per_stall: dict[int, collections.Counter] = collections.defaultdict(collections.Counter)
    per_activity: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    others: dict[int, collections.Counter] = collections.defaultdict(collections.Counter)
    for tid, when, frames in samples(data, args.callers):
        i = bisect.bisect_right(starts, when) - 1
        if i < 0 or when > stalls[i][1] or not frames:
            continue
        if tid != stalls[i][2]:
            others[i][f"thread {tid}"] += 1
            continue
        symbol, library = frames[0]
        key = f"{symbol}  [{library}]"
        if args.callers:
            chain = " < ".join(f for f, _lib in frames[1:6])
            key += "\n        < " + chain
        per_stall[i][key] += 1
        per_activity[stalls[i][3]][f"{symbol}  [{library}]"] += 1
    longest = sorted(range(len(stalls)), key=lambda i: stalls[i][0] - stalls[i][1])
    for i in longest[: args.stalls]:
        start, end, _tid, what = stalls[i]
        counted = per_stall[i]
        total = sum(counted.values())
        busy = ", ".join(f"{n} in {t}" for t, n in others[i].most_common(3))
        print(f"=== {(end - start) * 1000:.1f} ms  {what}: {total} UI-thread samples "
              f"({total / FREQUENCY * 1000:.1f} ms on a CPU){'; others: ' + busy if busy else ''}")
        for key, n in counted.most_common(args.top):
            print(f"  {n * 1000 / FREQUENCY:6.2f} ms  {key}")
    print("\n=== by library, over all logged stalls")
    libraries: collections.Counter = collections.Counter()
    for counted in per_activity.values():
        for key, n in counted.items():
            libraries[key.rsplit("[", 1)[1].rstrip("]")] += n
    for library, n in libraries.most_common(10):
        print(f"  {n * 1000 / FREQUENCY:7.1f} ms  {library}")
    print(f"\n(perf data and stall log in {folder})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
