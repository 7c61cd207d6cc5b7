"""Figures for long plans: export time against text length (issue 15: linear, 5M chars < 10 s).

Run: python bench/long_plan_bench.py [--steps 100] [--chars 50000]
Prints the time of one plan whose every next step holds `chars` characters, then the time
per 100,000 characters for a few lengths of a single step (a flat figure means linear).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pcsc_workshop.core.plans import NextStepRow, PlanDoc  # noqa: E402

WORDS = ("Infrastructure planning requires the participation of residents, the municipal data "
         "office and the utilities; datasets are published every quarter with a named owner. ")


def long_plan(steps: int, chars: int) -> PlanDoc:
    cell = (WORDS * (chars // len(WORDS) + 1))[:chars]
    return PlanDoc(id="p", workshop_id="w", workshop_title="Long plan", owner_kind="participant",
                   owner_id="o", owner_name="Ana Cossa", delegation_label="Maputo, Mozambique",
                   next_steps=[NextStepRow(action=cell, responsible="Ana Cossa",
                                           indicator="Uptime ≥ 99%") for _ in range(steps)])


def timed(doc: PlanDoc, out: Path) -> float:
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    start = time.perf_counter()
    write_plan_pdf(doc, out)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--chars", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "plan.pdf"
        timed(long_plan(1, 100), out)  # warm: imports and font registration
        for chars in (20_000, 40_000, 80_000, 160_000):
            seconds = timed(long_plan(1, chars), out)
            print(f"one step of {chars:>7,} chars: {seconds:6.2f} s "
                  f"({seconds / chars * 1e5:.2f} s per 100k chars)")
        total = args.steps * args.chars
        seconds = timed(long_plan(args.steps, args.chars), out)
        from pypdf import PdfReader

        pages = len(PdfReader(str(out)).pages)
        print(f"{args.steps} steps x {args.chars:,} chars = {total:,} chars: {seconds:.2f} s, "
              f"{pages} pages, {out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
