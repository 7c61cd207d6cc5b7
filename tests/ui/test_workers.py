"""Background jobs report to the widget that started them, and never to a deleted one."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget

from pcsc_workshop.ui.workers import Op


def test_a_result_arriving_after_its_window_closed_is_dropped(qtbot) -> None:
    """Closing a window while its job runs must not run callbacks on deleted widgets."""
    widget = QWidget()
    release = threading.Event()
    called: list[object] = []
    op = Op(widget, lambda _p, _c: release.wait(5) and "done").success(called.append).run()
    shiboken6.delete(widget)  # the window is closed and its widgets deleted
    release.set()
    qtbot.waitUntil(lambda: op not in Op._running, timeout=5000)
    assert called == []


def test_a_result_reaches_a_living_widget(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    called: list[object] = []
    op = Op(widget, lambda _p, _c: "done").success(called.append).run()
    qtbot.waitUntil(lambda: op not in Op._running, timeout=5000)
    assert called == ["done"]


def test_a_read_replaced_before_it_started_is_skipped(qtbot) -> None:
    """Clicking down a list queues a read per click; only the newest of a name runs (those
    already running finish, their results dropped by the page), so the pool is not busy
    long after the clicks. Other names and other widgets are not affected."""
    from PySide6.QtCore import QThreadPool

    widget, other = QWidget(), QWidget()
    qtbot.addWidget(widget)
    qtbot.addWidget(other)
    pool = QThreadPool.globalInstance()
    release = threading.Event()
    blockers = [Op(widget, lambda _p, _c: release.wait(5)).run()
                for _ in range(pool.maxThreadCount())]  # every pool thread busy
    ran: list[str] = []
    done: list[str] = []

    def read(name: str) -> Op:
        return Op(widget, lambda _p, _c: ran.append(name) or name).success(done.append)

    queued = [read(f"plan {n}").replacing("plan").run() for n in range(5)]
    kept = Op(other, lambda _p, _c: ran.append("other widget") or "other widget") \
        .success(done.append).replacing("plan").run()
    unnamed = read("no name").run()
    release.set()
    qtbot.waitUntil(lambda: not any(op in Op._running for op in
                                    [*blockers, *queued, kept, unnamed]), timeout=5000)
    assert sorted(ran) == ["no name", "other widget", "plan 4"]
    assert sorted(done) == ["no name", "other widget", "plan 4"]
    assert not Op._newest  # nothing kept for jobs that are over
