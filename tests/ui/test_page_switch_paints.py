"""A page chosen in the sidebar is painted once, not twice.

The pages are a stack in the window's scroll area: when it was a QStackedWidget and the
scroll area's own widget, each page it showed was painted twice in one paint of the window
(Qt 6), e.g. 2 x 7 ms of UI-thread work for the Plans page (bench/ui_latency_bench.py,
"open page plans")."""

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


def test_a_dense_page_paints_its_parts_a_turn_after_its_frame(window, qtbot) -> None:
    """The dashboard's tree, chart and support table are painted in the turns after the
    page's frame (one paint of all of them was 13-20 ms of the UI thread), and all of them
    are on screen at once in a few turns; meanwhile they stay in the keyboard order and
    named for a screen reader (a cover takes no focus and is not in the accessible tree)."""
    from PySide6.QtGui import QAccessible

    window.show_page("plans")
    qtbot.wait(50)
    dashboard = window.page("dashboard")
    # (a scroll area paints in its viewport)
    parts = [dashboard.tree.viewport(), dashboard.bars.view.viewport(),
             dashboard.support.viewport()]
    paints = _Paints()
    for part in [dashboard.refresh_button, *parts]:
        part.installEventFilter(paints)
    turns: list[list[int]] = []
    window.show_page("dashboard")
    while len(turns) < 8:  # one event-loop turn each
        qtbot.wait(1)
        turns.append([paints.counts[id(w)] for w in [dashboard.refresh_button, *parts]])
        if all(turns[-1]):
            break
    first = next(i for i, counts in enumerate(turns) if counts[0])  # the frame's turn
    assert not any(turns[first][1:])  # the parts come later...
    assert all(turns[-1])  # ...and all of them are painted within a few turns
    assert dashboard.tree.isVisible() and dashboard.support.isVisible()
    names = {QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name)
             for w in (dashboard.tree, dashboard.support)}
    assert names == {dashboard.tree.accessibleName(), dashboard.support.accessibleName()}


def test_a_layout_change_on_the_shown_page_measures_no_hidden_page(window, qtbot) -> None:
    """Filling a table or showing a tab makes the scroll area ask the page stack for its
    height about ten times; only the shown page is measured (a QStackedWidget asked all ten
    pages each time: 60 % of an 18-37 ms stall when the learning-gain tables filled)."""
    from pcsc_workshop.ui.widgets.wrapped_label import HeightCachingLabel
    from pcsc_workshop.ui.workers import Op

    class Counting(HeightCachingLabel):
        asked = 0

        def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
            Counting.asked += 1
            return super().heightForWidth(width)

    hidden = window.page("dashboard")
    counted = Counting("A long explanation that wraps over several lines " * 4, hidden)
    hidden.layout().addWidget(counted)
    quiz = window.show_page("quiz")
    qtbot.wait(50)
    Counting.asked = 0
    quiz.tabs.setCurrentIndex(1)  # the learning-gain tab: shown, then filled
    qtbot.wait(20)  # its read starts a turn after the tab's first paint
    qtbot.waitUntil(lambda: not any(op.parent is quiz for op in Op._running), timeout=5000)
    qtbot.wait(50)
    assert Counting.asked == 0
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: Counting.asked > 0, timeout=2000)  # shown, it is measured
