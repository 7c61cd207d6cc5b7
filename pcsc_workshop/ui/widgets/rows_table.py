"""An editable table over a list of plain dataclass rows (next steps, support requests).

Columns are declared (field, header, kind, choices) so that both plan tables share one model,
one set of delegates and one add/move/remove toolbar. Edits change the dataclass in place and
emit `edited`, which the plan editor turns into an autosave.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

ModelIndex = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    kind: str = "text"  # text / date / choice / editable-choice
    choices: tuple[tuple[str, str], ...] = ()  # (value, label)
    width: int = 0

    def label_for(self, value: Any) -> str:
        if self.kind == "date":
            return value.isoformat() if isinstance(value, date) else ""
        for v, label in self.choices:
            if v == value:
                return label
        return "" if value is None else str(value)


class RowsModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, columns: list[Column], factory: Callable[[], Any]) -> None:
        super().__init__()
        self.columns = columns
        self.factory = factory
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.columns[section].header
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = getattr(self.rows[index.row()], column.field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.label_for(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{column.header}: {column.label_for(value)}"
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if column.kind == "text" and value is not None:
            value = str(value)
        if getattr(row, column.field) == value:
            return False
        setattr(row, column.field, value)
        self.dataChanged.emit(index, index, [role])
        self.edited.emit()
        return True

    # -- row operations ---------------------------------------------------------------
    def add_row(self) -> int:
        position = len(self.rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.append(self.factory())
        self.endInsertRows()
        self.edited.emit()
        return position

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def move_row(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return row
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.rows.insert(target, self.rows.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return target


class ColumnDelegate(QStyledItemDelegate):
    """Date pickers and choice lists for the columns that need them."""

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:  # noqa: N802
        column = self.columns[index.column()]
        if column.kind == "date":
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd")
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText("—")  # the minimum date means "no date"
            editor.setAccessibleName(column.header)
            return editor
        if column.kind in ("choice", "editable-choice"):
            combo = QComboBox(parent)
            combo.setEditable(column.kind == "editable-choice")
            for value, label in column.choices:
                combo.addItem(label, value)
            combo.setAccessibleName(column.header)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            editor.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        elif isinstance(editor, QComboBox):
            found = editor.findData(value)
            if found >= 0:
                editor.setCurrentIndex(found)
            elif editor.isEditable():
                editor.setEditText(value or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: ModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QDateEdit):
            d = editor.date()
            model.setData(index, None if d == NO_DATE else date(d.year(), d.month(), d.day()))
        elif isinstance(editor, QComboBox):
            text = editor.currentText()
            data = editor.currentData()
            if editor.isEditable() and (data is None or editor.itemText(editor.currentIndex()) != text):
                model.setData(index, text)
            else:
                model.setData(index, data)
        else:
            super().setModelData(editor, model, index)


class RowsEditor(QWidget):
    """A table with Add / Move up / Move down / Remove buttons."""

    def __init__(self, columns: list[Column], factory: Callable[[], Any], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(columns, factory)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ColumnDelegate(columns, self.view))
        self.view.setAccessibleName(name)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setWordWrap(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        header = self.view.horizontalHeader()
        for i, column in enumerate(columns):
            if column.width:
                header.resizeSection(i, column.width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(170)

        self.add_button = QPushButton(self.tr("&Add row"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        for button, description in (
            (self.add_button, self.tr("Add a row at the end of {0}").format(name)),
            (self.up_button, self.tr("Move the selected row up")),
            (self.down_button, self.tr("Move the selected row down")),
            (self.remove_button, self.tr("Remove the selected row")),
        ):
            button.setAccessibleDescription(description)
        self.add_button.clicked.connect(self._add)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)

        buttons = QHBoxLayout()
        for b in (self.add_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int) -> None:
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))

    def _add(self) -> None:
        row = self.model.add_row()
        self._select(row)
        self.view.edit(self.model.index(row, 0))

    def _move(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0:
            self._select(self.model.move_row(row, delta))

    def _remove(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.remove_row(row)
            if self.model.rowCount():
                self._select(min(row, self.model.rowCount() - 1))
