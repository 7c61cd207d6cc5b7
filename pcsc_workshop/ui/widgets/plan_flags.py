"""The next-steps table model with plan-coaching flags.

A step with issues gets "⚠" in its row header, an amber background on the cells concerned
and a tooltip that says what is missing, so the flag never depends on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pcsc_workshop.ui.widgets.rows_table import Column, RowsModel

ISSUE_BACKGROUND = QColor("#ffe8b3")


class CoachedRowsModel(RowsModel):
    """The next-steps model with coaching flags: "⚠" row headers, amber cells, tooltips."""

    def __init__(self, columns: list[Column], factory) -> None:
        super().__init__(columns, factory)
        self.issues: dict[str, dict[str, list[str]]] = {}  # row id -> field -> sentences

    def set_issues(self, issues: dict[str, dict[str, list[str]]]) -> None:
        self.issues = issues
        if self.rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.columns) - 1))

    def _row_issues(self, row: int) -> dict[str, list[str]]:
        return self.issues.get(self.rows[row].id, {}) if 0 <= row < len(self.rows) else {}

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            found = self._row_issues(section)
            if role == Qt.ItemDataRole.DisplayRole and found:
                return f"{section + 1} ⚠"
            if role == Qt.ItemDataRole.ToolTipRole and found:
                return "\n".join(t for texts in found.values() for t in texts)
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole,
                                        Qt.ItemDataRole.ToolTipRole):
            field = self.columns[index.column()].field
            found = self._row_issues(index.row())
            texts = found.get(field, []) + (found.get("dates", []) if field in (
                "start_date", "end_date") else [])
            if texts:
                return (QBrush(ISSUE_BACKGROUND) if role == Qt.ItemDataRole.BackgroundRole
                        else "\n".join(texts))
        return super().data(index, role)
