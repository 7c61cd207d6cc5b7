"""A page chosen in the sidebar is painted once, not twice.

The pages are a QStackedWidget in the window's scroll area: as the scroll area's own widget,
each page it showed was painted twice in one paint of the window (Qt 6), e.g. 2 x 7 ms of
UI-thread work for the Plans page (bench/ui_latency_bench.py, "open page plans")."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.counts: Counter[int] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.counts[id(watched)] += 1
        return False


def test_a_page_chosen_in_the_sidebar_is_painted_once(window, qtbot) -> None:
    plans = window.show_page("plans")
    qtbot.wait(50)
    window.show_page("dashboard")
    qtbot.wait(50)
    watched: QWidget = plans.filter  # a plain widget of the page, painted with it
    paints = _Paints()
    watched.installEventFilter(paints)
    window.show_page("plans")
    qtbot.waitUntil(lambda: paints.counts[id(watched)] > 0, timeout=2000)
    qtbot.wait(50)  # any second paint would come in the same turn
    assert paints.counts[id(watched)] == 1
