"""The sidebar's list of pages: titles wrap at spaces instead of running off its side.

At 200 % text (Settings) in French or Portuguese a title such as "Tests de connaissances"
is wider than the sidebar: the list then scrolled sideways and cut the title off. Here the
list never scrolls sideways and a long title takes two lines (`MainWindow._fit_sidebar`
makes the sidebar as wide as the longest *word* of a title).

Why a delegate: the style sheet (resources/styles/app.qss) pads each title by
NAV_ITEM_PADDING px a side, but the style measures a wrapped text at the item's whole width
and adds the padding afterwards, so a title 1-20 px narrower than the list stayed on one line
and its item was wider than the list (its highlight cut off: "Painel de acompanhamento" at
100 %). The delegate measures the text at the width it really has.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

# app.qss: `QListWidget#nav::item { padding: 8px 10px }` (px a side)
NAV_ITEM_PADDING = 10


class _PaddedWrap(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        narrower = QStyleOptionViewItem(option)
        narrower.rect.setWidth(max(1, option.rect.width() - 2 * NAV_ITEM_PADDING))
        return super().sizeHint(narrower, index)


class NavList(QListWidget):
    """A QListWidget of page titles that wrap; it never scrolls sideways."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrapped when a scroll bar comes
        self.setItemDelegate(_PaddedWrap(self))

    def least_width(self) -> int:
        """As wide as the longest word of a title needs beside the vertical scroll bar (a
        title wraps at spaces only: "acompanhamento" at 200 % is ~270 px)."""
        self.ensurePolished()  # the style sheet's font size
        words = [word for row in range(self.count()) for word in self.item(row).text().split()]
        if not words:
            return 0
        style = self.style()
        return (max(map(self.fontMetrics().horizontalAdvance, words))
                + 2 * NAV_ITEM_PADDING + 2 * self.frameWidth()
                + 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
                + style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self) + 2)
