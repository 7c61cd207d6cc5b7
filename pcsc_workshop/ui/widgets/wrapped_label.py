"""A word-wrapped label that shapes its text once per width, not once per question.

When a page's layout changes (a tab shown, a table filled), the window's resizable scroll
area (ui/main_window.py) asks the page stack for its height at two or three widths in turn,
about ten times each in one event-loop turn (ui/widgets/page_stack.py: only the shown page
is asked since 2 December; a QStackedWidget asked every page). QLabel lays its whole text
out again (itemizing and shaping it: Arabic is the dearest) for every `heightForWidth`, and
a layout's `minimumHeightForWidth` reaches it past QWidgetItemV2's small cache, so each
question shaped each label twice: on the Knowledge checks page the two labels over the
learning-gain tables made the page's 20 height questions 7-12 ms of UI-thread CPU while the
tab was shown and filled (800 checks, Arabic; with this label: ~1 ms).

The heights are dropped whenever they could change: new text (`setText` from Python: use
it for labels whose text is set from Python only, as the pages do), a font, style, direction
or margin change. Qt's own layouts ask again after any of those (`updateGeometry`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

_CHANGES = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange,
                      QEvent.Type.LayoutDirectionChange, QEvent.Type.ContentsRectChange})


class HeightCachingLabel(QLabel):
    """A word-wrapped label remembering its height for each width it was asked about."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}  # width -> height, for the current text and font
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._heights.clear()
        super().setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in _CHANGES:
            self._heights.clear()
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height
