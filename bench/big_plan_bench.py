"""Opening a plan of 800 next steps as a user does (chosen in the list): the longest turn of
the UI thread's event loop, in wall time and in the UI thread's own CPU time.

Run: QT_QPA_PLATFORM=offscreen python bench/big_plan_bench.py [--steps 800] [--runs 3]

CPU time counts only what the UI thread itself did between two ticks of a 2 ms timer, so
other processes on a busy machine do not inflate it; wall time is what a user would feel on
this machine at this moment (it includes waiting for the CPU and the GIL).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from pcsc_workshop.core.people import list_participants  # noqa: E402
from pcsc_workshop.core.plans import NextStepRow, plan_for_participant, save_plan  # noqa: E402
from pcsc_workshop.ui.app import build_window, create_app, open_store, wait_until_attached  # noqa: E402
from pcsc_workshop.ui.heap import settle_heap  # noqa: E402
from pcsc_workshop.ui.pages.plans import ROLE_ID  # noqa: E402


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=800)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    create_app()
    store = open_store(str(Path(tempfile.mkdtemp()) / "big.sqlite3"))
    window = build_window(store)
    wait_until_attached(window)  # the workshops are read on a worker (MainWindow.attach)
    window.resize(1366, 768)
    window.show()
    with store.session() as s:
        people = list_participants(s, window.ctx.workshop_id)
        doc = plan_for_participant(s, people[1].id)
        doc.next_steps = [NextStepRow(action=f"Step {i}: open the data of district {i}",
                                      responsible="City IT", start_date=date(2027, 3, 1),
                                      end_date=date(2027, 6, 30), indicator="datasets")
                          for i in range(args.steps)]
        save_plan(s, doc)
    page = window.show_page("plans")
    for _ in range(100):  # the tree is filled from a read on a worker
        items = {i.data(0, ROLE_ID): i for i in page._plan_items()}
        if people[2].id in items:
            break
        spin(50)
    settle_heap()  # as the app does once start-up is over (ui/heap.py)
    spin(1000)
    for run in range(1, args.runs + 1):
        page.tree.setCurrentItem(items[people[2].id])
        spin(500)
        wall, cpu = [], []
        last = [time.perf_counter(), time.thread_time()]

        def tick(wall=wall, cpu=cpu, last=last) -> None:
            now, now_cpu = time.perf_counter(), time.thread_time()
            wall.append(now - last[0])
            cpu.append(now_cpu - last[1])
            last[0], last[1] = now, now_cpu

        timer = QTimer()
        timer.setInterval(2)
        timer.timeout.connect(tick)
        timer.start()
        started = time.perf_counter()
        page.tree.setCurrentItem(items[people[1].id])
        while page.editor.steps.model.rowCount() != args.steps:
            spin(5)
        shown = time.perf_counter() - started
        spin(1500)
        timer.stop()
        print(f"run {run}: {args.steps}-step plan shown after {shown * 1000:.0f} ms; longest "
              f"UI-thread turn {max(cpu) * 1000:.1f} ms CPU, {max(wall) * 1000:.1f} ms wall "
              "(target < 50 ms)")
    window.close()
    store.close()


if __name__ == "__main__":
    main()
