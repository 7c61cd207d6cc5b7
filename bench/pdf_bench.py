"""Figures for PDF export: font registration, one plan (warm), a batch of 200 plans.

Run: python bench/pdf_bench.py [--plans 200] [--workers N]
Targets (issue 6): one plan < 60 ms warm; 200 plans < 8 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pcsc_workshop.core.plans import NextStepRow, PlanDoc, SupportRow  # noqa: E402

NAMES = ["আনিকা রহমান", "Tanvir Hossain", "ليلى بنعلي", "Youssef El Amrani", "سامي الطرابلسي",
         "Ana Cossa", "José Ignacio Muñoz", "प्रिया देशपांडे", "Олена Коваленко",
         "Ελένη Παπαδοπούλου"]


def sample_plan(n: int) -> PlanDoc:
    """A realistic filled plan: three short sections, 6 next steps, 3 support requests."""
    name = NAMES[n % len(NAMES)]
    return PlanDoc(
        id=f"plan-{n}", workshop_id="w", owner_kind="participant", owner_id=f"p{n}",
        owner_name=name, delegation_label="Dhaka, Bangladesh",
        workshop_title="Smart Cities Technical Deep Dive, Tokyo and Yokohama",
        key_takeaways="A smart city is more than ICT: inclusiveness, service delivery, "
        "sustainability and competitiveness matter as much.\n- Open data grew from needs\n"
        f"- Talk to {name} about the ward pilots",
        challenges="No city-wide data inventory; departments keep data in separate systems; "
        "limited budget for pilots.",
        approaches="Start small with existing assets; publish a first open data set; "
        "co-design services with ward councillors and residents.",
        next_steps=[NextStepRow(action=f"Step {k}: inventory the data held by each department",
                                responsible=name if k == 0 else "ICT cell",
                                start_date=date(2017, 1, 15), end_date=date(2017, 4, 30),
                                indicator="Share of departments with a published inventory",
                                link_ref="jica.element.data-utilization")
                    for k in range(6)],
        support=[SupportRow(provider="World Bank", kind="technical assistance",
                            detail="Review of the data governance policy draft")] * 3,
    )


def _write_chunk(args: tuple[list[PlanDoc], str]) -> int:
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    docs, folder = args
    for doc in docs:
        write_plan_pdf(doc, Path(folder) / f"{doc.id}.pdf", generated=date(2025, 11, 23))
    return len(docs)


def font_registration() -> tuple[float, float]:
    code = ("import time;t=time.perf_counter();import reportlab.platypus;"
            "t1=time.perf_counter();"
            "from pcsc_workshop.core.reports.fonts import register_fonts;register_fonts();"
            "t2=time.perf_counter();print(t1-t, t2-t1)")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    args = parser.parse_args()
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    imp, reg = font_registration()
    print(f"import reportlab.platypus (fresh process): {imp * 1000:.0f} ms")
    print(f"font registration (once per process):      {reg * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for label, index in (("Latin", 1), ("Arabic", 2), ("Bengali (shaped)", 0),
                             ("Devanagari (shaped)", 7)):
            doc = sample_plan(index)
            write_plan_pdf(doc, folder / "warm.pdf")  # warm up
            times, cpu = [], []
            for _ in range(20):
                t, c = time.perf_counter(), time.process_time()
                write_plan_pdf(doc, folder / "one.pdf", generated=date(2025, 11, 23))
                times.append(time.perf_counter() - t)
                cpu.append(time.process_time() - c)
            # CPU time too: on a machine busy with other work, wall time alone misleads.
            print(f"one plan PDF, {label:<20} median of 20: "
                  f"{statistics.median(times) * 1000:6.1f} ms wall, "
                  f"{statistics.median(cpu) * 1000:6.1f} ms CPU  (target < 60 ms)")
        docs = [replace(sample_plan(n), id=f"plan-{n}") for n in range(args.plans)]
        t, c = time.perf_counter(), time.process_time()
        _write_chunk((docs, tmp))
        sequential = time.perf_counter() - t
        print(f"{args.plans} plans, one process:  {sequential:.2f} s wall, "
              f"{time.process_time() - c:.2f} s CPU  (target < 8 s)")
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} cores")
        if args.workers > 1:
            chunks = [(docs[i::args.workers], tmp) for i in range(args.workers)]
            t = time.perf_counter()
            with ProcessPoolExecutor(args.workers) as pool:
                total = sum(pool.map(_write_chunk, chunks))
            print(f"{total} plans, {args.workers} processes: {time.perf_counter() - t:.2f} s "
                  "(including worker start-up)")


if __name__ == "__main__":
    main()
