"""The main window's pages: one shown at a time, the window as large as that one needs.

Not a QStackedWidget, for two reasons measured in the UI-latency bench:

- A QStackedWidget is at least as large as its largest page, built or not shown; in the
  window's resizable scroll area, each page the warm-up built behind the shown one (the
  workshop form: 821 px tall, the Plans page: 1043 px, in a 716 px view) grew the stack,
  gave the shown page a scroll bar over empty space, and laid it out and repainted it whole.
- Its layout (QStackedLayout) answers a height-for-width question by asking *every* page,
  hidden ones included, and Qt's layouts ask a widget's own layout, past any Python
  override. The scroll area asks about ten times whenever the shown page's layout changes (a
  table filled, a tab shown), at two or three widths, so filling the learning-gain tables
  measured the word-wrapped labels of all ten pages: 60 % of an 18-37 ms stall
  (bench/perf_stalls.py). With no layout, Qt asks this widget, which asks the shown page.

Showing a page also no longer turns updates off and on across every page's widgets (which
QStackedLayout does on each switch).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QWidget


class PageStack(QWidget):
    """Pages as children; `setCurrentWidget` shows one and hides the one shown before."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None

    # -- the pages --------------------------------------------------------------------------
    def addWidget(self, page: QWidget) -> None:  # noqa: N802 - QStackedWidget's name
        """Add `page` (hidden, unless it is the first)."""
        if page.parentWidget() is not self:
            page.setParent(self)
        self._pages.append(page)
        if self._current is None:
            self._show(page)
        else:
            page.hide()

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - QStackedWidget's name
        return self._current

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802 - QStackedWidget's name
        """Show `page` in place of the shown one; focus follows if it was on that one (as
        QStackedWidget does: to the page's last focused widget, or its first in Tab order)."""
        if page is self._current or page not in self._pages:
            return
        before = self._current
        focused = QApplication.focusWidget()
        focus_was_there = (focused is not None and before is not None
                           and before.isAncestorOf(focused))
        self._show(page)
        if focus_was_there and focused is not None:
            _focus_into(page, focused)
        if before is not None:
            before.hide()
        self.updateGeometry()

    def _show(self, page: QWidget) -> None:
        self._current = page
        page.setGeometry(self.rect())
        page.raise_()
        page.show()

    # -- sizes: the shown page's --------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        page = self._current
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        page = self._current
        return least_size(page) if page is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        page = self._current
        return page is not None and page.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        page = self._current
        return height_for(page, width) if page is not None else -1

    # -- keeping the shown page fitted --------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        if self._current is not None:
            self._current.setGeometry(self.rect())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # A shown child's size hints changed (with no layout here, Qt posts this event to
        # the parent instead of invalidating its layout): pass it on to the scroll area.
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().event(event)


def least_size(page: QWidget) -> QSize:
    """The smallest size `page` may have: its layout's minimum, or its own where set."""
    return page.minimumSizeHint().expandedTo(page.minimumSize())


def height_for(page: QWidget, width: int) -> int:
    """The height `page` needs at `width`: its minimum, or more if its layout wraps text."""
    height = least_size(page).height()
    return max(height, page.heightForWidth(width)) if page.hasHeightForWidth() else height


def _focus_into(page: QWidget, was: QWidget) -> None:
    """Focus `page`'s last focused widget, else its first widget in Tab order, else it."""
    if (last := page.focusWidget()) is not None:
        last.setFocus()
        return
    widget = was.nextInFocusChain()
    while widget is not None and widget is not was:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus \
                and widget.focusProxy() is None and widget.isEnabled() \
                and page.isAncestorOf(widget) and widget.isVisibleTo(page):
            widget.setFocus()
            return
        widget = widget.nextInFocusChain()
    page.setFocus()
