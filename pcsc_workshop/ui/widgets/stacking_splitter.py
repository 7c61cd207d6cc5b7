"""A splitter whose parts sit side by side when they fit, one above the other when not.

Why: at 200 % text (Settings) on a 1280 x 720 or 1366 x 768 laptop, two parts that need
their own width side by side (group boxes, whose titles never wrap; the scoring form beside
the radar) asked for more than the window had. The page then scrolled sideways and words
were cut at its edge (French dashboard: 1,115 px in a 960 px view). One above the other,
each part has the page's whole width and a height of its own, and the page scrolls down,
which a reader expects.

The splitter tells its layout the width of the parts *stacked* as its least width, so that
the page is never made wider than its view because of them; it then chooses, from the
width it is given, whether the parts fit side by side.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QChildEvent, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QStyle, QWidget


class StackingSplitter(QSplitter):
    """Horizontal while its parts' least widths fit in its width, else vertical.

    `stacked_lines[i]`: when stacked, part `i` is at least this many lines of text tall (it
    grows with the text size), so that it is not squeezed to a strip while the page could
    scroll instead. `stacked(bool)` is emitted after each fit (a resize, a text size), for
    what else on the page follows the arrangement."""

    stacked = Signal(bool)

    def __init__(self, parent: QWidget | None = None,
                 stacked_lines: Sequence[int] = ()) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._lines = list(stacked_lines)

    def is_stacked(self) -> bool:
        return self.orientation() == Qt.Orientation.Vertical

    def _least_widths(self) -> list[int]:
        """The least width of each shown part."""
        parts = [self.widget(i) for i in range(self.count())]
        return [_least(part).width() for part in parts if part is not None
                and not part.isHidden()]

    def side_by_side_width(self) -> int:
        """The least width of the parts side by side (their handles included)."""
        widths = self._least_widths()
        return sum(widths) + self.handleWidth() * max(0, len(widths) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        least = super().minimumSizeHint()
        return QSize(max(self._least_widths(), default=least.width()), least.height())

    def childEvent(self, event: QChildEvent) -> None:  # noqa: N802 - Qt override
        super().childEvent(event)
        child = event.child()
        if event.added() and isinstance(child, QScrollArea):
            # its content's least width is what decides (`_least`), and the scroll area
            # hears nothing when it grows (a form filled, a longer title): watch it
            inner = child.widget()
            if inner is not None:
                inner.installEventFilter(self)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a part's least size may have changed
            self.fit()
        return handled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # another text size: other heights
            self.fit()

    def fit(self) -> None:
        """Side by side or stacked for the current width (a part added: call it again)."""
        stacked = self.width() < self.side_by_side_width()
        if stacked != self.is_stacked():
            self.setOrientation(Qt.Orientation.Vertical if stacked
                                else Qt.Orientation.Horizontal)
        line = self.fontMetrics().lineSpacing()
        for index, lines in enumerate(self._lines[:self.count()]):
            part = self.widget(index)
            if part is not None:  # (a size set again to what it is costs nothing)
                part.setMinimumHeight(lines * line if stacked else 0)
        self.stacked.emit(stacked)


def _least(widget: QWidget) -> QSize:
    """The least size a layout gives `widget`: its minimum size where set, else its hint;
    for a scroll area that never scrolls sideways (the scoring form's), at least its
    content's least width, which it would otherwise cut off."""
    hint = widget.minimumSizeHint()
    least = widget.minimumSize()
    size = QSize(least.width() or hint.width(), least.height() or hint.height())
    if not isinstance(widget, QScrollArea):
        return size
    inner = widget.widget()
    if inner is not None and widget.horizontalScrollBarPolicy() \
            == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        bar = widget.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, widget)
        needed = _least(inner).width() + 2 * widget.frameWidth() + bar
        size.setWidth(max(size.width(), needed))
    return size
