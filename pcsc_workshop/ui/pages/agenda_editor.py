"""The agenda editor: days and their sessions in a tree, with drag-to-reorder.

Sessions can be dragged within a day or to another day; Move up / Move down do the same from
the keyboard. Every change is an operation of the door (`door.agenda.move`, `.update`...),
run off the UI thread with `run_op` (every page showing the agenda hears of it); the core
renumbers positions, makes the times follow the new order (core/agenda.py) and bumps
revisions only for rows that really changed. Each change can be undone (Edit › Undo): the
agenda is restored whole. Each session shows its start and end; each day
its date, its span and its minutes of sessions; a session that starts before the previous one
ends is flagged in words and colour; a total sits under the tree.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.agenda import AgendaEntry, day_plan, end_of, next_start
from pcsc_workshop.door import Door, Outcome
from pcsc_workshop.ui.context import AppContext
from pcsc_workshop.ui.dialogs.agenda import SessionDialog
from pcsc_workshop.ui.operations import run_op, run_read
from pcsc_workshop.ui.typed_qt import child_items, top_items
from pcsc_workshop.ui.widgets.flow_layout import FlowLayout
from pcsc_workshop.ui.wording import agenda_kind, refusal

ROLE_DAY = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1


def _start_of(door: Door, workshop_id: str) -> date | None:
    try:
        return door.workshops.details(workshop_id).start_date
    except KeyError:  # deleted meanwhile
        return None


def ltr(text: str) -> str:
    """A time span kept left to right in an Arabic line ("09:00–10:30", not "10:30–09:00")."""
    return f"\u2066{text}\u2069"


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
        for day_item in top_items(self):
            if day_item.data(0, ROLE_ID):  # a session dropped between days: not allowed
                self.invalidDrop.emit()
                return
            for j, session in enumerate(child_items(day_item)):
                if session.data(0, ROLE_ID) == item_id:
                    self.moved.emit(item_id, int(day_item.data(0, ROLE_DAY)), j)
                    return
        self.invalidDrop.emit()


class AgendaEditor(QWidget):
    changed = Signal()
    sessionActivated = Signal(object)  # AgendaEntry (e.g. to start the timer)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False  # a change is being stored (tests wait on it)
        self.loading = False  # the agenda is being read
        self._request = 0
        self.entries: dict[str, AgendaEntry] = {}
        self._extra_days: set[int] = set()
        self.tree = AgendaTree(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Session"), self.tr("Time"), self.tr("Minutes"),
                                   self.tr("Kind")])
        self.start_date: date | None = None  # the workshop's first day, for each day's date
        self.tree.setAccessibleName(self.tr("Agenda"))
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().resizeSection(0, 420)
        self.tree.moved.connect(self._moved)
        self.tree.invalidDrop.connect(lambda: self.load())
        self.tree.itemDoubleClicked.connect(lambda item, _c: self.edit_current())
        self.buttons: dict[str, QPushButton] = {}
        bar = QWidget(self)
        row = FlowLayout(bar)  # wraps at 200 % (six buttons made the page 1029 px wide)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.total = QLabel(self)
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        self.total.setWordWrap(True)
        self.total.setAccessibleName(self.tr("Agenda total"))
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.total)
        layout.addWidget(bar)

    # -- data ---------------------------------------------------------------------------------
    def link_choices(self) -> list[tuple[str, str]]:
        cur = self.ctx.load_curriculum().curriculum
        if cur is None:
            return []
        out = [(p.id, self.tr("Pillar: {0}").format(p.name)) for p in cur.pillars]
        out += [(e.id, self.tr("JICA {0}: {1}").format(e.number, e.name)) for e in cur.elements]
        out += [(c.id, self.tr("Case: {0}").format(c.title)) for c in cur.case_studies]
        return out

    def link_title(self, ref: str) -> str:
        return self.ctx.load_curriculum().title_of(ref)

    def load(self, then: Callable[[], None] | None = None) -> None:
        """Read the agenda on a worker (the tree keeps showing the last one meanwhile), fill
        the tree, then call `then` (e.g. select what was just added)."""
        workshop_id = self.ctx.workshop_id
        if not workshop_id:
            self.fill([], None)
            return
        self.loading = True
        self._request += 1
        request = self._request

        def read(door: Door) -> tuple[list[AgendaEntry], date | None]:
            return door.agenda.sessions(workshop_id), _start_of(door, workshop_id)

        def done(data: tuple[list[AgendaEntry], date | None]) -> None:
            if request != self._request:
                return  # an older read finishing late: a newer one is coming
            self.loading = False
            self.fill(*data)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            self.loading = False
            self.total.setText(refusal(exc))

        run_read(self, self.ctx, read, done=done, failed=failed)

    def fill(self, agenda: list[AgendaEntry], start_date: date | None) -> None:
        """Show `agenda` (the workshop page reads it with the rest of the workshop)."""
        current = self.current_entry()
        self.tree.clear()
        self.entries = {}
        self.start_date = start_date
        if not self.ctx.workshop_id:
            self.total.clear()
            return
        days = sorted({a.day for a in agenda} | self._extra_days)
        day_items: dict[int, QTreeWidgetItem] = {}
        plans = {day: day_plan(day, [a for a in agenda if a.day == day]) for day in days}
        for day in days:
            plan = plans[day]
            item = QTreeWidgetItem(self.tree, [self.day_heading(day),
                                               ltr(self.tr("{0}–{1}").format(plan.start,
                                                                            plan.end))
                                               if plan.start else "",
                                               str(plan.session_minutes) if plan.start else ""])
            item.setData(0, ROLE_DAY, day)
            item.setFlags((item.flags() | Qt.ItemFlag.ItemIsDropEnabled)
                          & ~Qt.ItemFlag.ItemIsDragEnabled)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setExpanded(True)
            day_items[day] = item
        index_in_day: dict[int, int] = {}
        for a in agenda:
            self.entries[a.id] = a
            n = index_in_day[a.day] = index_in_day.get(a.day, -1) + 1
            span = ltr(self.tr("{0}–{1}").format(a.start_time, end_of(a)))
            overlaps = n in plans[a.day].overlapping
            if overlaps:
                span = self.tr("{0} · overlaps the previous session").format(span)
            item = QTreeWidgetItem(day_items[a.day], [a.title, span, str(a.duration_min),
                                                      agenda_kind(a.kind)])
            if overlaps:
                item.setForeground(1, QBrush(QColor("#b00020")))
                item.setToolTip(1, self.tr("This session starts before the previous one ends: "
                                           "change its time or the order."))
            item.setData(0, ROLE_DAY, a.day)
            item.setData(0, ROLE_ID, a.id)
            item.setFlags((item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
                          & ~Qt.ItemFlag.ItemIsDropEnabled)
            if a.refs:
                item.setToolTip(0, ", ".join(self.link_title(r) for r in a.refs))
            if current and a.id == current.id:
                self.tree.setCurrentItem(item)
        for column in (1, 2):
            self.tree.resizeColumnToContents(column)
        total = sum(p.session_minutes for p in plans.values())
        sessions = self.tr("%n session(s)", "", len(agenda))
        day_count = self.tr("%n day(s)", "", len([d for d in days if plans[d].start]))
        self.total.setText(self.tr("Total: {0} h {1} min of sessions · {2} · {3}").format(
            total // 60, f"{total % 60:02d}", sessions, day_count) if agenda else "")

    def day_heading(self, day: int) -> str:
        """"Day 2 · Tuesday 15 November 2016" (the date in the UI language's long form)."""
        heading = self.tr("Day {0}").format(day)
        if self.start_date is None:
            return heading
        d = QDate(self.start_date.year, self.start_date.month, self.start_date.day)
        when = QLocale().toString(d.addDays(day - 1), QLocale.FormatType.LongFormat)
        return self.tr("{0} · {1}").format(heading, when)

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
        days = [int(day.data(0, ROLE_DAY)) for day in top_items(self.tree)]
        return days[-1] if days else 1

    def select(self, item_id: str) -> None:
        for day in top_items(self.tree):
            for session in child_items(day):
                if session.data(0, ROLE_ID) == item_id:
                    self.tree.setCurrentItem(session)
                    return

    def _write(self, op: Callable[[Door], Outcome[Any]],
               then: Callable[[Any], None] | None = None) -> None:
        """Store a change off the UI thread; refill the tree when it is stored. A refused
        change (a bad time...) is said in words and the tree shows the agenda as stored."""
        self.busy = True

        def stored(value: Any) -> None:
            def shown() -> None:
                self.busy = False
                self.changed.emit()
                if then is not None:
                    then(value)
            self.load(then=shown)

        def refused(exc: BaseException) -> None:
            self.load(then=lambda: setattr(self, "busy", False))
            QMessageBox.warning(self, self.tr("Agenda"), refusal(exc))

        run_op(self, self.ctx, op, done=stored, failed=refused)

    # -- actions ------------------------------------------------------------------------------
    def add_day(self) -> None:
        days = [int(day.data(0, ROLE_DAY)) for day in top_items(self.tree)]
        self._extra_days.add(max(days, default=0) + 1)
        self.fill(list(self.entries.values()), self.start_date)  # nothing stored: no read
        self.tree.setCurrentItem(top_items(self.tree)[-1])  # the new (last) day

    def add_session(self) -> None:
        day = self._current_day()
        # a new session starts when the day's last one ends, not at 09:00
        start = next_start([e for e in self.entries.values() if e.day == day])
        dialog = SessionDialog(self.link_choices(), day=day, start=start, parent=self)
        if dialog.exec():
            v = dialog.values()
            wid, label = self.ctx.workshop_id or "", self.tr("Add session")

            def added(new_id: str) -> None:
                self._extra_days.discard(day)
                self.fill(list(self.entries.values()), self.start_date)  # without the empty day
                self.select(new_id)

            self._write(lambda door: door.agenda.add(wid, day=day, label=label, **v), added)

    def edit_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        dialog = SessionDialog(self.link_choices(), entry, parent=self)
        if dialog.exec():
            values, label = dialog.values(), self.tr("Edit session")
            self._write(lambda door: door.agenda.update(entry.id, label=label, **values))

    def move_current(self, delta: int) -> None:
        """Move the selected session up or down, across day boundaries at the ends."""
        entry = self.current_entry()
        if entry is None:
            return
        item = self.tree.currentItem()
        parent = item.parent() if item is not None else None
        if item is None or parent is None:  # a session is current (current_entry says so)
            return
        index = parent.indexOfChild(item) + delta
        day = entry.day
        if index < 0 or index >= parent.childCount():
            top = self.tree.indexOfTopLevelItem(parent) + delta
            days = top_items(self.tree)
            if not 0 <= top < len(days):
                return
            neighbour = days[top]
            day = int(neighbour.data(0, ROLE_DAY))
            index = neighbour.childCount() if delta < 0 else 0
        self._moved(entry.id, day, index)

    def _moved(self, item_id: str, day: int, index: int) -> None:
        label = self.tr("Move session")
        self._write(lambda door: door.agenda.move(item_id, day=day, index=index, label=label),
                    lambda _none: self.select(item_id))

    def remove_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove session"),
                                      self.tr("Remove “{0}” from the agenda?").format(entry.title))
        if answer == QMessageBox.StandardButton.Yes:
            label = self.tr("Remove session")
            self._write(lambda door: door.agenda.delete(entry.id, label=label))
