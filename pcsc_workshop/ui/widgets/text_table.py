"""A read-only table of text rows, backed by a model instead of one item per cell.

A QTableWidget makes a QTableWidgetItem per cell: 400 participants x modules x 5 columns was
2,000 items, ~50 ms to fill on the UI thread (more while a worker ran). Here the rows stay a
Python list and Qt asks only for the cells it draws.

Two more costs a model in Python has, and how they are kept off the UI thread's budget:

- Qt asks `data()` for eight roles per cell it measures or paints, each a call into Python;
  so `data()` answers the three roles it knows from figures prepared once per row in
  `set_rows`, and nothing else.
- A header sizing its columns to their contents measured 100 rows of every column through
  the style sheet after each refill: 8,000 `data()` calls, ~160 ms for the two learning-gain
  tables of 800 checks on a loaded machine (bench/ui_latency_bench.py). `fit` instead finds
  each column's widest text with the font's metrics (every row, not the first 100) and asks
  the delegate for that one cell's size; the columns are then Fixed at that width, which a
  user could not drag either when they followed their contents.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pcsc_workshop.ui.widgets.rows_table import ModelIndex as _Index

_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
# roles as plain ints: Qt passes ints, and an enum member lookup per call costs ~1 µs
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FIGURE_START = frozenset("+-0123456789")
# direction marks a locale puts before a sign (Arabic's "-14" is LRM, "-", "14")
_MARKS = "\u200e\u200f\u061c"
_ISOLATED = "\u2066{}\u2069"  # left-to-right isolate: "+41" stays "+41" in Arabic


class _RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], numeric_from: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.numeric_from = numeric_from
        self.rows: list[tuple[str, ...]] = []
        # per row: the displayed texts (figures isolated) and which cells are figures
        self._shown: list[tuple[str, ...]] = []
        self._figures: list[tuple[bool, ...]] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = _DISPLAY) -> object:
        if role == _DISPLAY:
            # A figure reads left to right in any layout: in Arabic, "+41" showed as "41+".
            return self._shown[index.row()][index.column()]
        if role == _TOOLTIP:
            return self.rows[index.row()][index.column()]
        if role == _ALIGN and self._figures[index.row()][index.column()]:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = _DISPLAY) -> object:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        first = self.numeric_from
        figures = [tuple(c >= first and text.lstrip(_MARKS)[:1] in _FIGURE_START
                         and text != "" for c, text in enumerate(row)) for row in rows]
        shown = [tuple(_ISOLATED.format(text) if figure else text
                       for text, figure in zip(row, flags, strict=True))
                 for row, flags in zip(rows, figures, strict=True)]
        self.beginResetModel()
        self.rows, self._shown, self._figures = list(rows), shown, figures
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
        self._followed: tuple[int, ...] = ()  # columns as wide as their contents (`fit`)

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        self._model.set_rows(rows)
        self.fit()

    def rowCount(self) -> int:  # noqa: N802 - like QTableWidget's
        return self._model.rowCount()

    def text(self, row: int, column: int) -> str:
        return self._model.rows[row][column]

    def stretch(self, column: int) -> None:
        """Size columns to their contents, with `column` taking the spare width."""
        self.follow_contents(*(c for c in range(self._model.columnCount()) if c != column))
        self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def follow_contents(self, *columns: int) -> None:
        """These columns are as wide as their widest cell (or title), after every refill;
        the others keep the resize mode the caller gives them."""
        self._followed = columns
        header = self.horizontalHeader()
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.fit()

    def fit(self) -> None:
        """Each followed column as wide as its widest cell or its title.

        The widest text is found with the font's metrics over every row; only that cell
        goes through the delegate and the style sheet, for the margins they add."""
        if not self._followed:
            return
        self.ensurePolished()  # the style sheet's font and padding (at once when polished)
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        rows = self._model.rows
        grid = 1 if self.showGrid() else 0
        for column in self._followed:
            width = header.sectionSizeHint(column)
            if rows:
                row_of = {row[column]: r for r, row in enumerate(rows)}  # each text once
                widest = row_of[max(row_of, key=metrics.horizontalAdvance)]
                cell = self.sizeHintForIndex(self._model.index(widest, column)).width()
                width = max(width, cell + grid)
            header.resizeSection(column, width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if self._followed and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()  # a larger text size (Settings) or a new style: wider cells
        super().changeEvent(event)
