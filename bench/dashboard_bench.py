"""Dashboard refresh time with 12 delegations and 40 participants (target: under 100 ms).

Builds a temporary database with every delegation's and participant's assessment scored and
every plan filled (sections, 5 next steps, 2 support requests), then times
`workshop_dashboard` (a fresh session each time, as a page refresh does).

    python bench/dashboard_bench.py [--runs 30]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.workshop_fixture import build_workshop  # noqa: E402
from pcsc_workshop.core.assessment import stable_elements  # noqa: E402
from pcsc_workshop.core.dashboard import workshop_dashboard  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    elements = stable_elements()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store, wid = build_workshop(Path(tmp) / "bench.sqlite3", 12, 40)
        build_s = time.perf_counter() - t0
        with store.session() as s:  # warm-up (imports, statement cache)
            data = workshop_dashboard(s, wid, elements)
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            with store.session() as s:
                data = workshop_dashboard(s, wid, elements)
            times.append((time.perf_counter() - t) * 1000)
        store.close()
    steps = 52 * 5
    print(f"database: 12 delegations, 40 participants, 52 plans, {steps} next steps, "
          f"104 support requests, {52 * 21} assessment cells (about 1 in 6 left unscored) (built in {build_s:.1f} s)")
    print(f"dashboard refresh over {args.runs} runs: median {statistics.median(times):.1f} ms, "
          f"min {min(times):.1f} ms, max {max(times):.1f} ms (target < 100 ms)")
    print(f"check: {len(data.delegations)} delegations, {len(data.participants)} participants, "
          f"{len(data.support.asks)} support requests in the summary")


if __name__ == "__main__":
    main()
