"""Print curriculum load time (cold process, warm re-parse, cached) and search time per keystroke.

Targets (issue 4): load under 100 ms, a keystroke answered under 30 ms.
Run: python bench/curriculum_bench.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PHRASES = [
    "digital public infrastructure",
    "citizen participation co-creation",
    "data protection law",
    "Kashiwa-no-ha partnership",
    "résilience",
    "open data platforms Asia",
    "procurement",
    "smart city strategy monitoring",
]

_COLD = """
import time
t0 = time.perf_counter()
from pcsc_workshop.core.curriculum import load_curriculum
t1 = time.perf_counter()
load_curriculum()
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def cold(runs: int = 5) -> tuple[list[float], list[float]]:
    imports, loads = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _COLD], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.split()
        imports.append(float(out[0]))
        loads.append(float(out[1]))
    return imports, loads


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    from pcsc_workshop.core.curriculum import clear_cache, load_curriculum

    imports, loads = cold()
    print(f"cold process: import {ms(statistics.median(imports))}, "
          f"load_curriculum {ms(statistics.median(loads))} (median of {len(loads)}; "
          f"max {ms(max(loads))})")
    warm = []
    for _ in range(10):
        clear_cache()
        t = time.perf_counter()
        load_curriculum()
        warm.append(time.perf_counter() - t)
    print(f"warm re-parse in a running process: median {ms(statistics.median(warm))}, "
          f"max {ms(max(warm))}")
    t = time.perf_counter()
    cur = load_curriculum()
    print(f"cached call: {ms(time.perf_counter() - t)}  ({len(cur.ids())} items)")

    timings = []
    for phrase in PHRASES:
        for n in range(1, len(phrase) + 1):
            t = time.perf_counter()
            cur.search(phrase[:n])
            timings.append(time.perf_counter() - t)
    print(f"search per keystroke ({len(timings)} keystrokes over {len(PHRASES)} phrases): "
          f"median {ms(statistics.median(timings))}, max {ms(max(timings))}")
    filtered = []
    for phrase in PHRASES:
        for n in range(1, len(phrase) + 1):
            t = time.perf_counter()
            cur.search(phrase[:n], actor="local", pillar="pillar.digital-public-infrastructure")
            filtered.append(time.perf_counter() - t)
    print(f"search per keystroke with actor+pillar filters: median "
          f"{ms(statistics.median(filtered))}, max {ms(max(filtered))}")


if __name__ == "__main__":
    main()
