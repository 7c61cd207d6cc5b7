"""A row of widgets that becomes a column when the width it is given is too small for it.

Why: the Curriculum page's two filters ("Todos los actores", "Todos los pilares") side by
side at 200 % text asked ~590 px of a 946 px page, so the item view beside them had ~330 px
and its title broke inside words ("Internationa / l Guidelines"). The row tells its parent
the width of the widgets *stacked* as its least width, so the parent may make it narrower;
given less than they need side by side, they go one under the other.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QBoxLayout, QWidget


class StackingRow(QBoxLayout):
    """A QHBoxLayout (stretch factors and all) that stacks its items when too narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight, parent)

    def _least_widths(self) -> list[int]:
        items = [self.itemAt(i) for i in range(self.count())]
        return [item.minimumSize().width() for item in items
                if item is not None and not item.isEmpty()]

    def _side_by_side(self) -> int:
        widths = self._least_widths()
        margins = self.contentsMargins()
        return (sum(widths) + self.spacing() * max(0, len(widths) - 1)
                + margins.left() + margins.right())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        least = super().minimumSize()
        if self.direction() == QBoxLayout.Direction.TopToBottom:
            return least
        margins = self.contentsMargins()
        return QSize(max(self._least_widths(), default=0) + margins.left() + margins.right(),
                     least.height())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        wanted = (QBoxLayout.Direction.LeftToRight if rect.width() >= self._side_by_side()
                  else QBoxLayout.Direction.TopToBottom)
        if wanted != self.direction():
            self.setDirection(wanted)  # re-laid out at once: the parent asks again
        super().setGeometry(rect)
