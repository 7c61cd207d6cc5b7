"""Worker threads reading the database give the UI (main) thread a turn at the GIL, once the
UI has installed the breaks (ui/workers.py calls `fairness.install()`; the core's engine does
not)."""

from __future__ import annotations

import threading

from pcsc_workshop.core import fairness
from pcsc_workshop.core.workshops import list_workshops


def _sleeps_while(monkeypatch, fn) -> list[float]:
    slept: list[float] = []
    monkeypatch.setattr(fairness, "sleep", slept.append)
    clock = iter(range(0, 10_000))
    monkeypatch.setattr(fairness, "monotonic", lambda: next(clock) * 0.005)  # 5 ms a call
    fn()
    return slept


def test_a_worker_running_queries_pauses_now_and_then(store, monkeypatch) -> None:
    fairness.install()

    def worker() -> None:
        with store.session() as session:
            for _ in range(20):
                list_workshops(session)

    slept = _sleeps_while(monkeypatch, lambda: _in_thread(worker))
    assert slept and set(slept) == {fairness.BREATH_S}
    assert len(slept) < 20  # not at every statement: every BREATHE_EVERY_S


def test_the_main_thread_never_pauses(store, monkeypatch) -> None:
    fairness.install()

    def main() -> None:
        with store.session() as session:
            for _ in range(20):
                list_workshops(session)

    assert _sleeps_while(monkeypatch, main) == []


def _in_thread(fn) -> None:
    thread = threading.Thread(target=fn)
    thread.start()
    thread.join()
