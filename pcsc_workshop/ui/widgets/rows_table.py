"""An editable table over a list of plain dataclass rows (next steps, support requests).

Columns are declared (field, header, kind, choices) so that both plan tables share one model,
one set of delegates and one add/move/remove toolbar. Edits change the dataclass in place and
emit `edited`, which the plan editor turns into an autosave.

Fitting a laptop: rows are two lines high (long text wraps, then "…"), the first column
stretches, `optional` columns leave the table when it is narrower than `WIDE_PX` (they stay
in the row form under the table, which shows the selected row whole), and the buttons wrap
onto a second line instead of being cut off. The view is model-backed: 800 rows cost no more
to show than 8 (no per-row widgets, no resizing rows to their contents).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.ui.widgets.date_field import DateField, refusal_text
from pcsc_workshop.ui.widgets.flow_layout import FlowLayout
from pcsc_workshop.ui.widgets.row_form import RowForm

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    kind: str = "text"  # text / date / choice / editable-choice
    choices: tuple[tuple[str, str], ...] = ()  # (value, label)
    width: int = 0
    multiline: bool = False  # long text: several wrapped lines in the row form
    optional: bool = False  # hidden from a narrow table (still in the row form)

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
    """Typed dates (ISO or the locale's form, with a calendar) and choice lists.

    `calendar_start` is the date an empty date cell's calendar opens on (the workshop's
    first day); `refused(text)` says that typed text was not a date (the cell keeps its date).
    """

    refused = Signal(str)

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.calendar_start: Callable[[], date | None] | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:  # noqa: N802
        column = self.columns[index.column()]
        if column.kind == "date":
            editor = DateField(parent, calendar_start=self.calendar_start)
            editor.setAccessibleName(column.header)
            editor.picked.connect(lambda: self._picked(editor))
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
        if isinstance(editor, DateField):
            editor.set_date(value if isinstance(value, date) else None)
        elif isinstance(editor, QComboBox):
            found = editor.findData(value)
            if found >= 0:
                editor.setCurrentIndex(found)
            elif editor.isEditable():
                editor.setEditText(value or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: ModelIndex) -> None:  # noqa: N802
        if isinstance(editor, DateField):
            if editor.text_is_valid():  # an empty cell stays empty: no date
                model.setData(index, editor.date())
            else:  # nothing is stored; the cell keeps its date and says why
                self.refused.emit(refusal_text(editor.text().strip()))
        elif isinstance(editor, QComboBox):
            text = editor.currentText()
            data = editor.currentData()
            if editor.isEditable() and (data is None or editor.itemText(editor.currentIndex()) != text):
                model.setData(index, text)
            else:
                model.setData(index, data)
        else:
            super().setModelData(editor, model, index)

    def _picked(self, editor: DateField) -> None:
        """A date chosen in the calendar is stored at once and the cell closes."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


WIDE_PX = 820  # a table narrower than this hides its optional columns


class RowsEditor(QWidget):
    """A table with Add / Move up / Move down / Remove buttons (and the selected row's form)."""

    def __init__(self, columns: list[Column], factory: Callable[[], Any], name: str,
                 parent: QWidget | None = None, *, form_title: str | None = None,
                 model: RowsModel | None = None) -> None:
        super().__init__(parent)
        self.model = model if model is not None else RowsModel(columns, factory)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.delegate = ColumnDelegate(columns, self.view)
        self.view.setItemDelegate(self.delegate)
        self.delegate.refused.connect(self._refused)
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
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        lines = self.view.fontMetrics().lineSpacing()
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(lines * 2 + 8)  # two lines of wrapped text per row
        # the row numbers' width from a sample, not from asking the (Python) model for all
        # 800 headers at every relayout (Qt's default precision is 1000 sections)
        rows.setResizeContentsPrecision(40)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMinimumHeight(lines * 2 + 8 + (lines * 2 + 8) * 5)  # header + 5 rows
        self.columns = columns
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

        bar = QWidget(self)
        buttons = FlowLayout(bar)
        for b in (self.add_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        layout = self._box = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(bar)
        self.form: RowForm | None = None
        if form_title is not None:
            self.form = RowForm(self.model, form_title, self)
            layout.addWidget(self.form)
        self._wire_selection()
        self._narrow: bool | None = None

    def set_model(self, model: RowsModel) -> None:
        """Use another model (a subclass with coaching flags) for the table and the form."""
        self.model = model
        self.view.setModel(model)
        if self.form is not None:
            self._box.removeWidget(self.form)
            self.form.deleteLater()
            self.form = RowForm(model, self.form.title_pattern, self)
            self._box.addWidget(self.form)
        self._wire_selection()
        self._narrow = None
        self._fit_columns()

    def _wire_selection(self) -> None:
        if self.form is not None:
            form = self.form
            self.view.selectionModel().currentRowChanged.connect(
                lambda current, _previous: form.show_row(current.row()))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Optional columns leave a narrow table (the form shows them): no sideways scroll."""
        narrow = self.view.viewport().width() < WIDE_PX
        if narrow == self._narrow:
            return
        self._narrow = narrow
        for n, column in enumerate(self.columns):
            self.view.setColumnHidden(n, narrow and column.optional and self.form is not None)

    def _refused(self, message: str) -> None:
        from PySide6.QtWidgets import QToolTip

        rect = self.view.visualRect(self.view.currentIndex())
        QToolTip.showText(self.view.viewport().mapToGlobal(rect.bottomLeft()), message,
                          self.view)
        self.last_refusal = message

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
