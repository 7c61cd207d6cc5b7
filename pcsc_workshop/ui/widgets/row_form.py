"""The selected row of a plan table as a form: every field at full width, long text wrapped.

A next step has seven fields; on a 1280 px laptop a table showed two of them and squeezed
the support "Detail" to ~40 px. The table now shows a few columns (the long text in two
lines) and this form, under the table, shows the selected row whole: the action and the
detail as multi-line text that wraps, dates typed or picked, choices as lists. Its edits go
through the table's model (`setData`), so undo, coaching flags and autosave work as for a
cell edit. Text is stored when a field is left (or Enter), not on every key: a keystroke
must not snapshot an 800-row table.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from pcsc_workshop.ui.widgets.date_field import DateField


class _WrappedText(QPlainTextEdit):
    """Multi-line text that reports when it is left (QPlainTextEdit has no editingFinished)."""

    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.left.emit()


class RowForm(QGroupBox):
    """Edits row `row` of `model` (a RowsModel); `show_row(-1)` empties and disables it."""

    def __init__(self, model: Any, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.title_pattern = title  # "Selected next step: {0}"
        self.row = -1
        self._loading = False
        # where an empty date's calendar opens
        self.calendar_start: Callable[[], date | None] | None = None
        self.fields: dict[str, QWidget] = {}
        self._cells: list[tuple[QLabel, QWidget, bool]] = []
        self.grid = QGridLayout(self)
        # long text first, then the dates side by side, then other text, then the lists
        order = {"date": 1, "text": 2}
        for column in sorted(model.columns, key=lambda c: 0 if c.multiline
                             else order.get(c.kind, 3)):
            self._add(column)
        self._two_columns: bool | None = None
        self._arrange(two=False)
        self.model.modelReset.connect(self._reload)
        self.model.dataChanged.connect(self._data_changed)
        self.model.rowsRemoved.connect(self._reload)
        self.model.rowsMoved.connect(self._reload)
        self.show_row(-1)

    def _arrange(self, two: bool) -> None:
        """Short fields two by two when the form is wide, one under the other when narrow
        (a 1280 px screen with the coaching panel open, or 200 % text)."""
        if two == self._two_columns:
            return
        self._two_columns = two
        for label, editor, _wide in self._cells:
            self.grid.removeWidget(label)
            self.grid.removeWidget(editor)
        line = short = 0
        for label, editor, wide in self._cells:
            top = Qt.AlignmentFlag.AlignTop if wide else Qt.AlignmentFlag(0)
            label.setMaximumWidth(label.fontMetrics().averageCharWidth() * 16 if two
                                  else 16_777_215)
            if not two:  # narrow: each label above its field, both at full width
                self.grid.addWidget(label, line, 0, 1, 4)
                self.grid.addWidget(editor, line + 1, 0, 1, 4)
                line += 2
            elif wide:
                self.grid.addWidget(label, line, 0, top)
                self.grid.addWidget(editor, line, 1, 1, 3)
                line += 1
            else:
                col = (short % 2) * 2
                self.grid.addWidget(label, line, col)
                self.grid.addWidget(editor, line, col + 1)
                short += 1
                if short % 2 == 0:
                    line += 1
        for col in range(4):
            self.grid.setColumnStretch(col, (1 if col in (1, 3) else 0) if two
                                       else (1 if col == 0 else 0))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange(two=self.width() >= 40 * self.fontMetrics().averageCharWidth() * 2)

    def _add(self, column) -> None:
        if column.kind == "date":
            dates = DateField(self, calendar_start=lambda: (
                self.calendar_start() if self.calendar_start else None))
            dates.dateChanged.connect(lambda value, c=column: self._store(c, value))
            editor: QWidget = dates
        elif column.kind in ("choice", "editable-choice"):
            editor = QComboBox(self)
            editor.setEditable(column.kind == "editable-choice")
            # as narrow as the form allows, not as wide as its longest choice
            editor.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            editor.setMinimumContentsLength(8)
            for value, label in column.choices:
                editor.addItem(label, value)
            editor.activated.connect(lambda _i, c=column, e=editor: self._store_combo(c, e))
            typed = editor.lineEdit()  # an editable choice's own text field
            if typed is not None:
                typed.editingFinished.connect(
                    lambda c=column, e=editor: self._store_combo(c, e))
        elif column.multiline:
            editor = _WrappedText(self)
            editor.left.connect(lambda c=column, e=editor: self._store(c, e.toPlainText()))
        else:
            editor = QLineEdit(self)
            editor.setMinimumWidth(editor.fontMetrics().averageCharWidth() * 8)
            editor.editingFinished.connect(lambda c=column, e=editor: self._store(c, e.text()))
        editor.setAccessibleName(column.header)
        label = QLabel(self.tr("{0}:").format(column.header), self)
        label.setBuddy(editor)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self._cells.append((label, editor, column.multiline))
        self.fields[column.field] = editor

    # -- showing ------------------------------------------------------------------------
    def show_row(self, row: int) -> None:
        self.row = row if 0 <= row < self.model.rowCount() else -1
        self.setEnabled(self.row >= 0)
        self.setTitle(self.title_pattern.format(self.row + 1) if self.row >= 0
                      else self.tr("Select a row to see all its fields"))
        self._loading = True
        try:
            for n, column in enumerate(self.model.columns):
                value = self.model.data(self.model.index(self.row, n),
                                        Qt.ItemDataRole.EditRole) if self.row >= 0 else None
                editor = self.fields[column.field]
                if isinstance(editor, DateField):
                    editor.set_date(value)
                elif isinstance(editor, QComboBox):
                    found = editor.findData(value)
                    if found >= 0:
                        editor.setCurrentIndex(found)
                    elif editor.isEditable():
                        editor.setEditText(value or "")
                elif isinstance(editor, QPlainTextEdit):
                    if editor.toPlainText() != (value or ""):
                        editor.setPlainText(value or "")
                elif isinstance(editor, QLineEdit):
                    editor.setText(value or "")
        finally:
            self._loading = False

    def _reload(self, *_args) -> None:
        self.show_row(self.row)

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, *_roles) -> None:
        if top.row() <= self.row <= bottom.row() and top.row() == bottom.row():
            self.show_row(self.row)

    # -- storing ------------------------------------------------------------------------
    def _store(self, column, value) -> None:
        if self._loading or self.row < 0:
            return
        n = self.model.columns.index(column)
        self.model.setData(self.model.index(self.row, n), value)

    def _store_combo(self, column, editor: QComboBox) -> None:
        text, data = editor.currentText(), editor.currentData()
        if editor.isEditable() and (data is None or editor.itemText(editor.currentIndex()) != text):
            self._store(column, text)
        else:
            self._store(column, data)
