"""Conflicts: a list of open conflicts and a side-by-side resolver for the one selected.

Each differing field shows "mine" (this computer's version) and "theirs" (the version that
came in a file), with "Take mine", "Take theirs", or an edited merged value. Resolving writes
through the door (`door.exchange.resolve_conflict`, off the UI thread), which records the result
as a new edit here so that it travels on; the pages showing that record refresh from its `Changes`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.ui.accessibility import LabelledFields
from pcsc_workshop.ui.exchange.common import failure_text, show_message
from pcsc_workshop.ui.exchange.words import field_label, local_time, table_label, value_text
from pcsc_workshop.ui.operations import run_op, run_read
from pcsc_workshop.ui.typed_qt import take_all, top_items

if TYPE_CHECKING:
    from pcsc_workshop.ui.context import AppContext

MINE, THEIRS, EDITED = "mine", "theirs", "edited"


def _editable(mine: Any, theirs: Any) -> bool:
    """Text, whole numbers and dates can be typed; yes/no and lists are taken from one side."""
    kinds = {type(v) for v in (mine, theirs) if v is not None}
    return bool(kinds) and (kinds <= {str} or kinds <= {int} or kinds <= {date})


def _parse(text: str, mine: Any, theirs: Any) -> Any:
    """Typed text back into the field's type (raises ValueError with a readable reason)."""
    sample = mine if mine is not None else theirs
    if isinstance(sample, str):
        return text
    if not text.strip():
        return None
    if isinstance(sample, int):
        return int(text.strip())
    return date.fromisoformat(text.strip())


class FieldResolver(QObject):
    """One differing field: mine | theirs | merged value, with the two "take" buttons.

    A QObject, not a widget: its controls sit in the resolver's grid so that columns line up.
    """

    def __init__(self, grid: QGridLayout, row: int, difference, parent: QWidget) -> None:
        super().__init__(parent)
        self.body = parent
        self.difference = difference
        self.choice = MINE
        name = field_label(difference.field)
        self.label = QLabel(name, parent)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.mine = self._view(value_text(difference.mine), self.tr("{0}: mine").format(name))
        self.theirs = self._view(value_text(difference.theirs),
                                 self.tr("{0}: theirs").format(name))
        self.merged = QPlainTextEdit(value_text(difference.mine), parent)
        self.merged.setAccessibleName(self.tr("{0}: merged value").format(name))
        self.merged.setTabChangesFocus(True)
        self.merged.setReadOnly(not _editable(difference.mine, difference.theirs))
        _boxed(self.merged)
        self.take_mine = QPushButton(self.tr("Take mine"), parent)
        self.take_mine.setAccessibleName(self.tr("{0}: take mine").format(name))
        self.take_theirs = QPushButton(self.tr("Take theirs"), parent)
        self.take_theirs.setAccessibleName(self.tr("{0}: take theirs").format(name))
        self.take_mine.setCheckable(True)
        self.take_theirs.setCheckable(True)
        self.take_mine.clicked.connect(lambda: self.take(MINE))
        self.take_theirs.clicked.connect(lambda: self.take(THEIRS))
        self.merged.textChanged.connect(self._typed)
        buttons = QVBoxLayout()
        buttons.addWidget(self.take_mine)
        buttons.addWidget(self.take_theirs)
        buttons.addStretch(1)
        grid.addWidget(self.label, row, 0)
        grid.addWidget(self.mine, row, 1)
        grid.addWidget(self.theirs, row, 2)
        grid.addWidget(self.merged, row, 3)
        grid.addLayout(buttons, row, 4)
        self._sync_buttons()

    def _view(self, text: str, accessible: str) -> QPlainTextEdit:
        view = QPlainTextEdit(text, self.body)
        view.setReadOnly(True)
        view.setAccessibleName(accessible)
        view.setTabChangesFocus(True)
        view.setObjectName("readonlyValue")
        view.setStyleSheet("QPlainTextEdit#readonlyValue { background: palette(window); }")
        _boxed(view)
        return view

    def take(self, side: str) -> None:
        value = self.difference.mine if side == MINE else self.difference.theirs
        self.merged.blockSignals(True)
        self.merged.setPlainText(value_text(value))
        self.merged.blockSignals(False)
        self.choice = side
        self._sync_buttons()

    def _typed(self) -> None:
        text = self.merged.toPlainText()
        if text == value_text(self.difference.mine):
            self.choice = MINE
        elif text == value_text(self.difference.theirs):
            self.choice = THEIRS
        else:
            self.choice = EDITED
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.take_mine.setChecked(self.choice == MINE)
        self.take_theirs.setChecked(self.choice == THEIRS)

    def value(self) -> Any:
        """What `resolve_conflict` takes for this field: "mine", "theirs" or a typed value."""
        if self.choice != EDITED:
            return self.choice
        d = self.difference
        return _parse(self.merged.toPlainText(), d.mine, d.theirs)


class ConflictResolver(QWidget):
    """Side-by-side view of one conflict; emits `resolved(conflict_id)` after writing."""

    resolved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, before_write=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.before_write = before_write  # e.g. save open editors first, so nothing is lost
        self.last_message: QMessageBox | None = None
        self.conflict = None
        self.fields: list[FieldResolver] = []
        self.heading = QLabel(self.tr("Choose a conflict on the left"), self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Differing fields"))
        self.body = QWidget(scroll)
        self.grid = QGridLayout(self.body)
        scroll.setWidget(self.body)
        self.resolve_button = QPushButton(self.tr("Resolve"), self)
        self.resolve_button.setAccessibleName(self.tr("Resolve this conflict"))
        self.resolve_button.setEnabled(False)
        self.resolve_button.clicked.connect(self.resolve)
        self.all_mine = QPushButton(self.tr("Take all mine"), self)
        self.all_mine.setAccessibleName(self.tr("Take mine for every field"))
        self.all_theirs = QPushButton(self.tr("Take all theirs"), self)
        self.all_theirs.setAccessibleName(self.tr("Take theirs for every field"))
        self.all_mine.clicked.connect(lambda: self._take_all(MINE))
        self.all_theirs.clicked.connect(lambda: self._take_all(THEIRS))
        bar = QHBoxLayout()
        bar.addWidget(self.all_mine)
        bar.addWidget(self.all_theirs)
        bar.addStretch(1)
        bar.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)
        self.show_conflict(None)

    def show_conflict(self, conflict) -> None:
        self.conflict = conflict
        take_all(self.grid, hide=False)
        for f in self.fields:
            f.deleteLater()
        self.fields = []
        has = conflict is not None
        for w in (self.resolve_button, self.all_mine, self.all_theirs):
            w.setEnabled(has)
        if not has:
            self.heading.setText(self.tr("Choose a conflict on the left"))
            return
        who = conflict.from_participant_name or self.tr("another computer")
        self.heading.setText(self.tr(
            "{0}: changed on this computer and by {1} since it last travelled.\n"
            "Mine is this computer's version. Theirs came in {2} at {3}.").format(
                table_label(conflict.table), who, conflict.file_name,
                local_time(conflict.created_at)))
        for col, text in enumerate((self.tr("Field"), self.tr("Mine"), self.tr("Theirs"),
                                    self.tr("Merged value"))):
            title = QLabel(text, self.body)
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            self.grid.addWidget(title, 0, col)
        for row, difference in enumerate(conflict.differences, start=1):
            self.fields.append(FieldResolver(self.grid, row, difference, self.body))
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(3, 1)
        self.grid.setRowStretch(len(conflict.differences) + 1, 1)

    def _take_all(self, side: str) -> None:
        for f in self.fields:
            f.take(side)

    def field(self, name: str) -> FieldResolver:
        return next(f for f in self.fields if f.difference.field == name)

    def resolve(self) -> bool:
        """Write the chosen values through the core (on a worker); False if one is invalid."""
        if self.conflict is None:
            return False
        try:
            choices = {f.difference.field: f.value() for f in self.fields}
        except ValueError as exc:
            self._cannot(exc)
            return False
        if self.before_write is not None:
            self.before_write()
        conflict_id = self.conflict.id
        self.resolve_button.setEnabled(False)
        # run_op publishes what the resolution changed (the plan, the assessment...)
        run_op(self, self.ctx,
               lambda door: door.exchange.resolve_conflict(conflict_id, choices),
               done=lambda _r: self.resolved.emit(conflict_id), failed=self._cannot)
        return True

    def _cannot(self, exc: BaseException) -> None:
        self.resolve_button.setEnabled(self.conflict is not None)
        text = str(exc) if isinstance(exc, ValueError | KeyError) else failure_text(exc)
        self.last_message = show_message(
            self, self.tr("Cannot resolve"),
            self.tr("This value cannot be stored: {0}").format(text), QMessageBox.Icon.Warning)


def _boxed(edit: QPlainTextEdit) -> None:
    """Wrapped text, no sideways scrolling, a height that fits a paragraph."""
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    edit.setMinimumHeight(64)
    edit.setMaximumHeight(140)


class ConflictsDialog(LabelledFields, QDialog):
    """Open conflicts of the current workshop (record, from whom, fields) and the resolver."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, before_write=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Conflicts"))
        self.setAccessibleName(self.tr("Conflicts"))
        self.resize(1180, 620)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Record"), self.tr("From"), self.tr("Fields")])
        self.list.currentItemChanged.connect(self._picked)
        self.resolver = ConflictResolver(ctx, self, before_write)
        self.resolver.resolved.connect(self._resolved)
        self.empty = QLabel(self.tr("No open conflicts: every edit that came in fitted."), self)
        self.empty.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.resolver)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 850])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.conflicts: list = []
        self.load()

    def load(self) -> None:
        """Read the open conflicts on a worker (tens of conflicts take over 50 ms)."""
        workshop_id = self.ctx.workshop_id
        run_read(self, self.ctx,
                 lambda door: door.exchange.conflicts(workshop_id) if workshop_id else [],
                 done=self._show)

    def _show(self, conflicts: list) -> None:
        self.list.clear()
        self.conflicts = conflicts
        for c in self.conflicts:
            item = QTreeWidgetItem(self.list, [
                table_label(c.table), c.from_participant_name or self.tr("(unknown)"),
                str(len(c.differences))])
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
        for col in range(3):
            self.list.resizeColumnToContents(col)
        self.empty.setVisible(not self.conflicts)
        if self.conflicts:
            self.list.setCurrentItem(top_items(self.list)[0])
        else:
            self.resolver.show_conflict(None)

    def _picked(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            self.resolver.show_conflict(None)
            return
        cid = item.data(0, Qt.ItemDataRole.UserRole)
        self.resolver.show_conflict(next(c for c in self.conflicts if c.id == cid))

    def _resolved(self, conflict_id: str) -> None:
        self.load()
        self.changed.emit()
