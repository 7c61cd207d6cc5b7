"""A read-only table of text rows, backed by a model instead of one item per cell.

A QTableWidget makes a QTableWidgetItem per cell: 400 participants x modules x 5 columns was
2,000 items, ~50 ms to fill on the UI thread (more while a worker ran). Here the rows stay a
Python list and Qt asks only for the cells it draws.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pcsc_workshop.ui.widgets.rows_table import ModelIndex as _Index

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], numeric_from: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.numeric_from = numeric_from
        self.rows: list[tuple[str, ...]] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        text = self.rows[index.row()][index.column()]
        numeric = index.column() >= self.numeric_from and text[:1] != "" \
            and text[0] in "+-0123456789"
        if role == Qt.ItemDataRole.DisplayRole:
            # A figure reads left to right in any layout: in Arabic, "+41" showed as "41+".
            return f"\u2066{text}\u2069" if numeric else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(_RIGHT.value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()


class TextTable(QTableView):
    """Columns from `numeric_from` on are right-aligned when they hold numbers."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None, *,
                 numeric_from: int = 1) -> None:
        super().__init__(parent)
        self._model = _RowsModel(headers, numeric_from, self)
        self.setModel(self._model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setResizeContentsPrecision(100)  # measure 100 rows, not all

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        self._model.set_rows(rows)

    def rowCount(self) -> int:  # noqa: N802 - like QTableWidget's
        return self._model.rowCount()

    def text(self, row: int, column: int) -> str:
        return self._model.rows[row][column]

    def stretch(self, column: int) -> None:
        """Size columns to their contents, with `column` taking the spare width."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
