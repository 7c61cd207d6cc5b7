"""Would pausing workers now and then give the UI thread the GIL sooner? Measured both ways.

Until 1 December the core's engine slept 0.5 ms every 8 ms of worker time at every SQL
statement and every ORM object loaded (`core/fairness.py`, "breaks" below), on the theory
that a worker releasing and retaking the GIL at each SQLite row starves a waiting UI thread.
With the UI process's 1 ms switch interval this bench found no difference, so the breaks were
removed; they are re-created here only to keep the comparison repeatable.

A worker thread reads the database the way the app's workers do (the 800-step plan opened,
the dashboard's figures, all 200 plans of a workshop read for a PDF batch) while the main
thread, standing in for the UI thread, wakes every 2 ms and notes how late it got the GIL
back: that lateness is how long a click would wait while the worker runs. Qt is not needed
for that, so nothing else the UI does is in the figure. The switch interval is the app's
(ui/app.py). Each task runs with breaks and without, alternately, `--runs` times (the
longest wait of each, then the median over runs), plus the worker's own time (their cost).

    python bench/gil_fairness_bench.py [--runs 3] [--participants 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.workshop_fixture import build_workshop  # noqa: E402
from pcsc_workshop.core.assessment import stable_elements  # noqa: E402
from pcsc_workshop.core.dashboard import workshop_dashboard  # noqa: E402
from pcsc_workshop.core.people import list_participants  # noqa: E402
from pcsc_workshop.core.plans import NextStepRow, plan_for_participant, save_plan  # noqa: E402
from pcsc_workshop.core.store import Store  # noqa: E402

UI_SWITCH_INTERVAL_S = 0.001  # as ui/app.py sets it (not imported: no Qt here)
TICK_S = 0.002
BREAK_EVERY_S = 0.008  # the removed core/fairness.py's figures
BREAK_S = 0.0005


class Breaks:
    """The removed per-statement and per-object pauses, switchable."""

    on = False
    _state = threading.local()

    @classmethod
    def install(cls) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine
        from sqlalchemy.orm import Session

        event.listen(Engine, "before_cursor_execute", cls.maybe_pause)
        event.listen(Session, "loaded_as_persistent", cls.maybe_pause)

    @classmethod
    def maybe_pause(cls, *_args: object, **_kwargs: object) -> None:
        if not cls.on or threading.current_thread() is threading.main_thread():
            return
        now = time.monotonic()
        last = getattr(cls._state, "last", None)
        if last is None:
            cls._state.last = now
        elif now - last >= BREAK_EVERY_S:
            time.sleep(BREAK_S)
            cls._state.last = time.monotonic()


def longest_wait(work: Callable[[], object]) -> tuple[float, float]:
    """(longest GIL wait of the main thread in ms, the worker's time in s) while `work` runs."""
    done = threading.Event()
    took: list[float] = []

    def worker() -> None:
        started = time.perf_counter()
        work()
        took.append(time.perf_counter() - started)
        done.set()

    thread = threading.Thread(target=worker, name="worker")
    worst = 0.0
    thread.start()
    while not done.is_set():
        before = time.perf_counter()
        time.sleep(TICK_S)  # releases the GIL; waking up needs it back, as a Qt callback does
        worst = max(worst, (time.perf_counter() - before - TICK_S) * 1000)
    thread.join()
    return worst, took[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--participants", type=int, default=200)
    args = parser.parse_args()
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    Breaks.install()
    with tempfile.TemporaryDirectory() as tmp:
        store, workshop_id = build_workshop(Path(tmp) / "bench.sqlite3", 12, args.participants)
        with store.session() as s:
            people = [p.id for p in list_participants(s, workshop_id)]
            doc = plan_for_participant(s, people[0])
            doc.next_steps = [NextStepRow(action=f"Step {i}: open the data of district {i}",
                                          responsible="City IT", start_date=date(2027, 3, 1),
                                          end_date=date(2027, 6, 30), indicator="datasets")
                              for i in range(800)]
            save_plan(s, doc)
        elements = stable_elements()
        tasks: list[tuple[str, Callable[[], object]]] = [
            ("open the 800-step plan", lambda: _read(store, lambda s: plan_for_participant(
                s, people[0]))),
            ("dashboard figures", lambda: _read(store, lambda s: workshop_dashboard(
                s, workshop_id, elements))),
            (f"read all {len(people)} plans (PDF batch)", lambda: _read(store, lambda s: [
                plan_for_participant(s, pid) for pid in people])),
        ]
        for _name, work in tasks:
            work()  # warm caches and imports once
        print(f"worker reading the database while the main thread wakes every "
              f"{TICK_S * 1000:.0f} ms; switch interval {UI_SWITCH_INTERVAL_S * 1000:.0f} ms; "
              f"{args.runs} run(s) each, alternating")
        for name, work in tasks:
            found: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
            for _ in range(args.runs):
                for breaks in (True, False):
                    Breaks.on = breaks
                    found[breaks].append(longest_wait(work))
            Breaks.on = False
            on, off = found[True], found[False]
            print(f"{name}: longest UI-thread wait without breaks (the app) "
                  f"{statistics.median(w for w, _ in off):.1f} ms, with "
                  f"{statistics.median(w for w, _ in on):.1f} ms (median of {args.runs}); "
                  f"worker {statistics.median(t for _, t in off) * 1000:.0f} ms without, "
                  f"{statistics.median(t for _, t in on) * 1000:.0f} ms with")
        store.close()


def _read(store: Store, fn: Callable) -> object:
    with store.session() as s:
        return fn(s)


if __name__ == "__main__":
    main()
