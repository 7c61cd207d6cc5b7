"""Figures for the workshop documents: report (12 delegations), dossier, delegation plan.

Run: python bench/report_bench.py [--delegations 12] [--members 3]
Targets (issue 6): workshop report for 12 delegations < 2 s. (200 plans: bench/pdf_bench.py.)
Builds a real SQLite workshop (12 delegations, assessed, filled plans, names in several
scripts), reads it once with `collect_report`, then times each document warm.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--delegations", type=int, default=12)
    parser.add_argument("--members", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from pcsc_workshop.core.curriculum import load_curriculum
    from pcsc_workshop.core.reports.delegation_pdf import write_delegation_pdf
    from pcsc_workshop.core.reports.dossier_pdf import write_dossier_pdf
    from pcsc_workshop.core.reports.report_data import collect_report
    from pcsc_workshop.core.reports.report_pdf import write_report_pdf
    from pcsc_workshop.core.store import Store
    from tests.core.report_fixtures import page_count, twelve_delegations

    if args.delegations != 12:
        print("note: the fixture always builds 12 delegations", file=sys.stderr)
    curriculum = load_curriculum()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store(folder / "bench.sqlite3")
        wid = twelve_delegations(store, members=args.members)
        t = time.perf_counter()
        with store.session() as s:
            data = collect_report(s, wid, curriculum=curriculum, member_plans=True)
        print(f"collect_report (12 delegations, {len(data.people)} people): "
              f"{(time.perf_counter() - t) * 1000:.0f} ms")
        first = data.delegations[0].id
        for name, write in (
            ("workshop report", lambda p: write_report_pdf(data, p, generated=date(2025, 1, 1))),
            ("delegation dossier", lambda p: write_dossier_pdf(data, first, p)),
            ("delegation plan", lambda p: write_delegation_pdf(data, first, p)),
        ):
            out = folder / "doc.pdf"
            t = time.perf_counter()
            write(out)  # cold: first use of fonts, curriculum titles, styles
            cold = time.perf_counter() - t
            wall, cpu = [], []
            for _ in range(args.repeat):
                t, c = time.perf_counter(), time.process_time()
                write(out)
                wall.append(time.perf_counter() - t)
                cpu.append(time.process_time() - c)
            target = "  (target < 2 s)" if name == "workshop report" else ""
            print(f"{name:<20} {page_count(out):3d} pages: first {cold:.2f} s, median of "
                  f"{args.repeat}: {statistics.median(wall):.2f} s wall, "
                  f"{statistics.median(cpu):.2f} s CPU{target}")
        store.close()
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
