"""Figures for issue 15 (documents in every language and script).

Run: python bench/documents_bench.py [--plans 200]
Prints: one plan PDF per document language and per script (warm, median of 7, wall and
CPU ms), 200 plans in Arabic, and the bytes the bundled fonts add to an install.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.pdf_bench import sample_plan  # noqa: E402
from tests.core.script_samples import SAMPLES  # noqa: E402

FONTS_BEFORE = 2_800_692  # resources/fonts/*.ttf on main before issue 15 (git ls-tree)


def median_ms(write, runs: int = 7) -> tuple[float, float]:
    write()  # warm: imports, font registration, caches
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        write()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=200)
    args = parser.parse_args()
    from pcsc_workshop.core.reports.batch import PlanBatch, PlanJob, write_plans
    from pcsc_workshop.core.reports.facts import WorkshopFacts
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "one.pdf"
        doc = sample_plan(1)
        for language in ("en", "fr", "es", "pt", "ar"):
            wall, cpu = median_ms(lambda lang=language: write_plan_pdf(
                doc, out, language=lang, generated=date(2025, 11, 23)))
            print(f"plan in {language}:                 {wall:6.1f} ms wall {cpu:6.1f} ms CPU")
        for script, (name, sentence) in SAMPLES.items():
            text = "\n".join([sentence] * 4)
            scripted = replace(doc, owner_name=name, key_takeaways=text, challenges=text,
                               approaches=text)
            wall, cpu = median_ms(lambda d=scripted: write_plan_pdf(d, out))
            print(f"plan in {script:<22} {wall:6.1f} ms wall {cpu:6.1f} ms CPU")
        facts = WorkshopFacts(id="w", title="Smart Cities Technical Deep Dive", dates="",
                              venue="Tokyo", organisers="JICA", start=date(2016, 11, 14),
                              end=date(2016, 11, 18), language="ar")
        batch = PlanBatch(workshop=facts, jobs=[
            PlanJob(doc=replace(sample_plan(n), id=f"p{n}"), file_stem=f"plan-{n}")
            for n in range(args.plans)])
        folder = Path(tmp) / "batch"
        folder.mkdir()
        t, c = time.perf_counter(), time.process_time()
        write_plans(batch, folder, language="ar")
        print(f"{args.plans} plans in Arabic: {time.perf_counter() - t:.2f} s wall, "
              f"{time.process_time() - c:.2f} s CPU")
    fonts = sum(p.stat().st_size for p in (ROOT / "resources" / "fonts").glob("*.ttf"))
    print(f"bundled fonts: {fonts / 1e6:.2f} MB (+{(fonts - FONTS_BEFORE) / 1e6:.2f} MB "
          f"over the {FONTS_BEFORE / 1e6:.2f} MB before)")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
