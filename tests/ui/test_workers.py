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
