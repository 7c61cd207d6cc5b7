"""The agenda editor: days and their sessions in a tree, with drag-to-reorder.

Sessions can be dragged within a day or to another day; Move up / Move down do the same from
the keyboard. Every change goes straight to the core (`move_session`, `update_session`...),
which renumbers positions and bumps revisions only for rows that really moved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.setup import (
    AgendaEntry,
    InvalidInput,
    add_session,
    delete_session,
    list_agenda,
    move_session,
    update_session,
)
from pcsc_workshop.ui.dialogs.agenda import SessionDialog
from pcsc_workshop.ui.wording import agenda_kind, refusal

ROLE_DAY = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1


class AgendaTree(QTreeWidget):
    """Emits `moved(item_id, day, index)` after a session is dropped in a new place."""

    moved = Signal(str, int, int)
    invalidDrop = Signal()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        item = self.currentItem()
        item_id = item.data(0, ROLE_ID) if item else None
        super().dropEvent(event)
        if not item_id:
            return
        for i in range(self.topLevelItemCount()):
            day_item = self.topLevelItem(i)
            if day_item.data(0, ROLE_ID):  # a session dropped between days: not allowed
                self.invalidDrop.emit()
                return
            for j in range(day_item.childCount()):
                if day_item.child(j).data(0, ROLE_ID) == item_id:
                    self.moved.emit(item_id, int(day_item.data(0, ROLE_DAY)), j)
                    return
        self.invalidDrop.emit()


class AgendaEditor(QWidget):
    changed = Signal()
    sessionActivated = Signal(object)  # AgendaEntry (e.g. to start the timer)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: dict[str, AgendaEntry] = {}
        self._extra_days: set[int] = set()
        self.tree = AgendaTree(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Session"), self.tr("Time"), self.tr("Minutes"),
                                   self.tr("Kind")])
        self.tree.setAccessibleName(self.tr("Agenda"))
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().resizeSection(0, 420)
        self.tree.moved.connect(self._moved)
        self.tree.invalidDrop.connect(self.load)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self.edit_current())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("add", self.tr("&Add session…"), self.add_session),
            ("day", self.tr("Add &day"), self.add_day),
            ("edit", self.tr("&Edit…"), self.edit_current),
            ("up", self.tr("Move &up"), lambda: self.move_current(-1)),
            ("down", self.tr("Move do&wn"), lambda: self.move_current(1)),
            ("remove", self.tr("Remove"), self.remove_current),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)

    # -- data ---------------------------------------------------------------------------------
    def link_choices(self) -> list[tuple[str, str]]:
        try:
            cur = self.ctx.curriculum()
        except Exception:  # noqa: BLE001
            return []
        out = [(p.id, self.tr("Pillar: {0}").format(p.name)) for p in cur.pillars]
        out += [(e.id, self.tr("JICA {0}: {1}").format(e.number, e.name)) for e in cur.elements]
        out += [(c.id, self.tr("Case: {0}").format(c.title)) for c in cur.case_studies]
        return out

    def link_title(self, ref: str) -> str:
        try:
            return self.ctx.curriculum().title_of(ref)
        except Exception:  # noqa: BLE001
            return ref

    def load(self) -> None:
        current = self.current_entry()
        self.tree.clear()
        self.entries = {}
        if not self.ctx.workshop_id:
            return
        with self.ctx.store.session() as session:
            agenda = list_agenda(session, self.ctx.workshop_id)
        days = sorted({a.day for a in agenda} | self._extra_days)
        day_items: dict[int, QTreeWidgetItem] = {}
        for day in days:
            item = QTreeWidgetItem(self.tree, [self.tr("Day {0}").format(day)])
            item.setData(0, ROLE_DAY, day)
            item.setFlags((item.flags() | Qt.ItemFlag.ItemIsDropEnabled)
                          & ~Qt.ItemFlag.ItemIsDragEnabled)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setExpanded(True)
            day_items[day] = item
        for a in agenda:
            self.entries[a.id] = a
            item = QTreeWidgetItem(day_items[a.day], [a.title, a.start_time, str(a.duration_min),
                                                      agenda_kind(a.kind)])
            item.setData(0, ROLE_DAY, a.day)
            item.setData(0, ROLE_ID, a.id)
            item.setFlags((item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
                          & ~Qt.ItemFlag.ItemIsDropEnabled)
            if a.refs:
                item.setToolTip(0, ", ".join(self.link_title(r) for r in a.refs))
            if current and a.id == current.id:
                self.tree.setCurrentItem(item)

    def session_count(self) -> int:
        return len(self.entries)

    def current_entry(self) -> AgendaEntry | None:
        item = self.tree.currentItem()
        item_id = item.data(0, ROLE_ID) if item else None
        return self.entries.get(item_id) if item_id else None

    def _current_day(self) -> int:
        item = self.tree.currentItem()
        if item is not None:
            return int(item.data(0, ROLE_DAY))
        days = [int(self.tree.topLevelItem(i).data(0, ROLE_DAY))
                for i in range(self.tree.topLevelItemCount())]
        return days[-1] if days else 1

    def select(self, item_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            day = self.tree.topLevelItem(i)
            for j in range(day.childCount()):
                if day.child(j).data(0, ROLE_ID) == item_id:
                    self.tree.setCurrentItem(day.child(j))
                    return

    def _write(self, fn) -> bool:
        try:
            with self.ctx.store.session() as session:
                fn(session)
        except InvalidInput as exc:
            QMessageBox.warning(self, self.tr("Agenda"), refusal(exc))
            self.load()
            return False
        self.load()
        self.changed.emit()
        return True

    # -- actions ------------------------------------------------------------------------------
    def add_day(self) -> None:
        days = [int(self.tree.topLevelItem(i).data(0, ROLE_DAY))
                for i in range(self.tree.topLevelItemCount())]
        self._extra_days.add(max(days, default=0) + 1)
        self.load()
        self.tree.setCurrentItem(self.tree.topLevelItem(self.tree.topLevelItemCount() - 1))

    def add_session(self) -> None:
        day = self._current_day()
        dialog = SessionDialog(self.link_choices(), day=day, parent=self)
        if dialog.exec():
            v = dialog.values()
            new_id: list[str] = []
            if self._write(lambda s: new_id.append(add_session(
                    s, self.ctx.workshop_id, day=day, **v))):
                self._extra_days.discard(day)
                self.select(new_id[0])

    def edit_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        dialog = SessionDialog(self.link_choices(), entry, parent=self)
        if dialog.exec():
            self._write(lambda s: update_session(s, entry.id, **dialog.values()))

    def move_current(self, delta: int) -> None:
        """Move the selected session up or down, across day boundaries at the ends."""
        entry = self.current_entry()
        if entry is None:
            return
        item = self.tree.currentItem()
        parent = item.parent()
        index = parent.indexOfChild(item) + delta
        day = entry.day
        if index < 0 or index >= parent.childCount():
            top = self.tree.indexOfTopLevelItem(parent) + delta
            if not 0 <= top < self.tree.topLevelItemCount():
                return
            neighbour = self.tree.topLevelItem(top)
            day = int(neighbour.data(0, ROLE_DAY))
            index = neighbour.childCount() if delta < 0 else 0
        self._moved(entry.id, day, index)

    def _moved(self, item_id: str, day: int, index: int) -> None:
        if self._write(lambda s: move_session(s, item_id, day=day, index=index)):
            self.select(item_id)

    def remove_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove session"),
                                      self.tr("Remove “{0}” from the agenda?").format(entry.title))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda s: delete_session(s, entry.id))
