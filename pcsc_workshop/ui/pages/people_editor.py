"""Delegations and their participants in one tree, with add / edit / remove and CSV import;
a participant is moved to another delegation by dragging them onto it (or in their dialog).

Removing a participant is the privacy action "Delete this participant's data": the core wipes
their name, contact, plans and assessments and leaves a tombstone so that the deletion
reaches every laptop. It asks for confirmation and says what it will remove, and it cannot be
undone (nothing of the person is kept). Adding, editing and moving people, adding, editing and
removing delegations, and a CSV import can be undone (Edit › Undo).

Every write goes through the door (`run_op`: off the UI thread, and every page that shows
people hears of it); the tree is refilled from the door when the write is stored. The dialogs
open window-modal (`open()`), so the window keeps painting while one is up.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.framework import Framework
from pcsc_workshop.core.people import DelegationInfo, ParticipantInfo
from pcsc_workshop.door import Door
from pcsc_workshop.ui.context import AppContext
from pcsc_workshop.ui.dialogs.csv_import import CsvImportDialog
from pcsc_workshop.ui.dialogs.people_dialogs import DelegationDialog, ParticipantDialog
from pcsc_workshop.ui.operations import run_op, run_read
from pcsc_workshop.ui.typed_qt import child_items, top_items
from pcsc_workshop.ui.widgets.flow_layout import FlowLayout
from pcsc_workshop.ui.wording import refusal

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1
NO_DELEGATION = "none"  # ROLE_KIND of the "No delegation" group


class PeopleTree(QTreeWidget):
    """Participants can be dragged onto another delegation (or "No delegation"): emits
    `moved(participant_id, delegation_id or "")`; the editor stores it and refills the tree
    from what was stored, so the tree itself is never rearranged by the drop."""

    moved = Signal(str, str)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        event.ignore()  # nothing moves on screen until it is stored
        if dragged is None or target is None or dragged.data(0, ROLE_KIND) != "participant":
            return
        if target.data(0, ROLE_KIND) == "participant":
            target = target.parent()
        kind = target.data(0, ROLE_KIND) if target is not None else None
        if kind == "delegation" and target is not None:
            self.moved.emit(dragged.data(0, ROLE_ID), target.data(0, ROLE_ID))
        elif kind == NO_DELEGATION:
            self.moved.emit(dragged.data(0, ROLE_ID), "")


class PeopleEditor(QWidget):
    changed = Signal()
    #: backups found, after the last deletion, that still hold the deleted person (tests)
    backups_holding_deleted: list[Path] = []

    def __init__(self, ctx: AppContext, framework_getter: Callable[[], Framework],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._framework = framework_getter
        self.dialog: DelegationDialog | ParticipantDialog | None = None  # the one open
        self.last_saved: tuple[str | None, str | None] = (None, None)  # the last write, shown
        self.loading = False  # the lists are being read
        self._request = 0
        self.delegations: dict[str, DelegationInfo] = {}
        self.people: dict[str, ParticipantInfo] = {}
        self.tree = PeopleTree(self)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.moved.connect(self.move_participant)
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("Delegation / participant"), self.tr("Organisation"),
                                   self.tr("Role"), self.tr("Email"),
                                   self.tr("Named in reports")])
        self.tree.setAccessibleName(self.tr("Delegations and participants"))
        self.tree.header().resizeSection(0, 380)  # a delegation: name, city type, stage
        self.tree.header().resizeSection(1, 240)
        self.tree.itemDoubleClicked.connect(lambda _i, _c: self.edit_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.buttons: dict[str, QPushButton] = {}
        bar = QWidget(self)
        # wraps at 200 % text (in a row, six buttons made the Workshop page 1,432 px wide in
        # French, scrolled sideways in a 946 px view, even on its other tabs)
        row = FlowLayout(bar)
        for key, text, slot in (
            ("add_delegation", self.tr("Add de&legation…"), self.add_delegation),
            ("add_participant", self.tr("Add &participant…"), self.add_participant),
            ("edit", self.tr("Edi&t…"), self.edit_current),
            ("remove", self.tr("Remove…"), self.remove_current),
            ("import", self.tr("Import &CSV…"), self.import_csv),
            ("template", self.tr("CSV te&mplate…"), lambda: self.save_csv_template()),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(bar)

    def load(self, then: Callable[[], None] | None = None) -> None:
        """Read the delegations and people on a worker (the tree keeps showing the last ones
        meanwhile), fill the tree, then call `then` (e.g. select what was just added)."""
        workshop_id = self.ctx.workshop_id
        if not workshop_id:
            self.fill([], [])
            return
        self.loading = True
        self._request += 1
        request = self._request

        def read(door: Door) -> tuple[list[DelegationInfo], list[ParticipantInfo]]:
            return door.people.delegations(workshop_id), door.people.participants(workshop_id)

        def done(data: tuple[list[DelegationInfo], list[ParticipantInfo]]) -> None:
            if request != self._request:
                return  # an older read finishing late: a newer one is coming
            self.loading = False
            self.fill(*data)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            self.loading = False
            QMessageBox.warning(self, self.tr("Delegations and participants"), refusal(exc))

        run_read(self, self.ctx, read, done=done, failed=failed)

    def fill(self, delegations: list[DelegationInfo], people: list[ParticipantInfo]) -> None:
        """Show them (the workshop page reads them with the rest of the workshop)."""
        self.tree.clear()
        self.delegations = {d.id: d for d in delegations}
        self.people = {p.id: p for p in people}
        if not self.ctx.workshop_id:
            self._update_buttons()
            return
        fw = self._framework()
        # Rows are built detached and added to the tree at once: added one by one, each row
        # told the view of itself (200 participants: ~70 ms in one turn, bench/ui_latency_bench).
        groups: dict[str | None, QTreeWidgetItem] = {}
        for d in delegations:
            details = " · ".join(x for x in (fw.city_types.get(d.city_type, ""),
                                             fw.stage_name(d.stage)) if x)
            # City type and stage describe the delegation, not an organisation: they go with
            # its name in the first column, never under the "Organisation" header.
            item = QTreeWidgetItem([f"{d.label} — {details}" if details else d.label])
            item.setToolTip(0, "\n".join(x for x in (d.label, details) if x))
            item.setData(0, ROLE_KIND, "delegation")
            item.setFlags((item.flags() | Qt.ItemFlag.ItemIsDropEnabled)
                          & ~Qt.ItemFlag.ItemIsDragEnabled)
            item.setData(0, ROLE_ID, d.id)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            groups[d.id] = item
        yes, no = self.tr("yes"), self.tr("no")
        rows: dict[str | None, list[QTreeWidgetItem]] = {}
        for p in people:
            key = p.delegation_id if p.delegation_id in groups else None
            if key is None and None not in groups:
                groups[None] = QTreeWidgetItem([self.tr("No delegation")])
                groups[None].setData(0, ROLE_KIND, NO_DELEGATION)
                groups[None].setFlags((groups[None].flags()
                                       | Qt.ItemFlag.ItemIsDropEnabled)
                                      & ~Qt.ItemFlag.ItemIsDragEnabled)
            item = QTreeWidgetItem([p.name, p.organisation, p.role, p.email or "",
                                    yes if p.consent else no])
            item.setData(0, ROLE_KIND, "participant")
            item.setFlags((item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
                          & ~Qt.ItemFlag.ItemIsDropEnabled)
            item.setData(0, ROLE_ID, p.id)
            rows.setdefault(key, []).append(item)
        for key, group in groups.items():
            group.addChildren(rows.get(key, []))
        self.tree.addTopLevelItems(list(groups.values()))
        for key, group in groups.items():
            if key is not None:
                group.setFirstColumnSpanned(False)
            group.setExpanded(True)
        self._update_buttons()

    def _current(self) -> tuple[str | None, str]:
        """The selected row's kind ("delegation", "participant", ...) and id; (None, "")."""
        item = self.tree.currentItem()
        if item is None:
            return None, ""
        return item.data(0, ROLE_KIND), item.data(0, ROLE_ID)

    def select(self, kind: str, ident: str) -> None:
        for item in self._items():
            if item.data(0, ROLE_KIND) == kind and item.data(0, ROLE_ID) == ident:
                self.tree.setCurrentItem(item)
                return
        raise KeyError(ident)

    def _items(self) -> list[QTreeWidgetItem]:
        out = []
        for top in top_items(self.tree):
            out.append(top)
            out += child_items(top)
        return out

    def _update_buttons(self) -> None:
        kind, _ = self._current()
        self.buttons["edit"].setEnabled(kind is not None)
        self.buttons["remove"].setEnabled(kind is not None)
        self.buttons["remove"].setText(self.tr("Delete this participant’s data…")
                                       if kind == "participant" else self.tr("Remove…"))

    def _done(self, kind: str | None = None, ident: str | None = None) -> None:
        """A write was stored (and broadcast by run_op): show it, select what it touched."""
        def shown() -> None:
            self.changed.emit()
            if kind and ident:
                with contextlib.suppress(KeyError):  # e.g. an undo took it away meanwhile
                    self.select(kind, ident)
            self.last_saved = (kind, ident)

        self.load(then=shown)

    def _open(self, dialog: DelegationDialog | ParticipantDialog, kind: str) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._done(kind, dialog.saved_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- actions ------------------------------------------------------------------------------
    def add_delegation(self) -> None:
        self._open(DelegationDialog(self.ctx, self._framework(), parent=self), "delegation")

    def add_participant(self) -> None:
        kind, ident = self._current()
        preset = None
        if kind == "delegation":
            preset = ident
        elif kind == "participant":
            preset = self.people[ident].delegation_id
        dialog = ParticipantDialog(self.ctx, list(self.delegations.values()), parent=self)
        if preset:
            dialog.delegation.setCurrentIndex(max(0, dialog.delegation.findData(preset)))
        self._open(dialog, "participant")

    def edit_current(self) -> None:
        kind, ident = self._current()
        if kind == "delegation":
            self._open(DelegationDialog(self.ctx, self._framework(), self.delegations[ident],
                                        self), kind)
        elif kind == "participant":
            self._open(ParticipantDialog(self.ctx, list(self.delegations.values()),
                                         self.people[ident], self), kind)

    def _warn(self, title: str) -> Callable[[BaseException], None]:
        """A failed write said in a message box titled `title` (nothing was changed)."""
        def warn(exc: BaseException) -> None:
            QMessageBox.warning(self, title, refusal(exc))
        return warn

    def move_participant(self, participant_id: str, delegation_id: str) -> None:
        """Into another delegation ("" = none), as a drag in the tree does; undoable."""
        person = self.people.get(participant_id)
        if person is None or (person.delegation_id or "") == delegation_id:
            return
        label = self.tr("Move participant")
        run_op(self, self.ctx, lambda door: door.people.move_participant(
            participant_id, delegation_id or None, label),
            done=lambda _changed: self._done("participant", participant_id),
            failed=self._warn(label))

    def remove_current(self) -> None:
        kind, ident = self._current()
        if kind == "participant":
            self.delete_participant_data(ident, confirm=True)
        elif kind == "delegation":
            d = self.delegations[ident]
            if QMessageBox.question(self, self.tr("Remove delegation"),
                                    self.tr("Remove the delegation {0}?").format(d.label)
                                    ) != QMessageBox.StandardButton.Yes:
                return
            self.remove_delegation(ident)

    def remove_delegation(self, delegation_id: str) -> None:
        """Remove an empty delegation (undoable); one with members is refused in words."""
        label = self.tr("Remove delegation")
        run_op(self, self.ctx, lambda door: door.people.delete_delegation(delegation_id, label),
               done=lambda _none: self._done(),
               failed=self._warn(self.tr("Remove delegation")))

    def delete_participant_data(self, participant_id: str, confirm: bool = True) -> bool:
        """Privacy: wipe a participant and their plans and assessments (after confirmation)."""
        person = self.people[participant_id]
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete this participant’s data"),
                              self.tr("Delete all data of {0}?").format(person.name), parent=self)
            box.setInformativeText(self.tr(
                "Their name, email, organisation and role, their action plan and their own "
                "assessment will be erased on this laptop and, after the next exchange, on "
                "the others. Items already pulled into the delegation plan stay. This cannot "
                "be undone."))
            delete = box.addButton(self.tr("Delete data"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not delete:
                return False

        def erased(_report: object) -> None:
            self._done()
            # VACUUM + WAL checkpoint (~55 ms on the demo), then the older backups that still
            # hold the person: on a worker, off the UI thread
            run_read(self, self.ctx, lambda door: door.people.find_backups_holding(
                participant_id), done=lambda held: self._offer_backup_purge(held, confirm),
                failed=self._warn(self.tr("Delete this participant’s data")))

        run_op(self, self.ctx, lambda door: door.people.delete_participant_data(participant_id),
               done=erased,
               failed=self._warn(self.tr("Delete this participant’s data")))
        return True

    def _offer_backup_purge(self, held: list[Path], confirm: bool) -> None:
        """Say which older backups still hold the deleted person, and offer to delete them."""
        self.backups_holding_deleted = held
        if not held:
            return
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete this participant’s data"),
                              self.tr("Older backups of this database, made before the "
                                      "deletion, still hold their data: {0}.").format(
                                          self.locale().toString(len(held))),
                              parent=self)
            box.setInformativeText(self.tr(
                "They are next to the database file ({0}). Delete those backups too? A backup "
                "is also what would bring back other work lost by mistake.").format(
                    str(held[0].parent)))
            purge = box.addButton(self.tr("Delete those backups"),
                                  QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Keep them"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not purge:
                return
            self.ctx.door.people.purge_backups(held)
            self.backups_holding_deleted = []

    def save_csv_template(self, path: Path | None = None) -> Path | None:
        """A participant list to fill in a spreadsheet, headers in the window's language."""
        from pcsc_workshop.core.participants_csv import template_csv

        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save a CSV template"), str(Path.home() / "participants.csv"),
                self.tr("CSV files (*.csv *.txt)"))
            if not chosen:
                return None
            path = Path(chosen)
        try:
            path.write_text(template_csv(self.locale().name().split("_")[0]), encoding="utf-8",
                            newline="")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save a CSV template"), str(exc))
            return None
        return path

    def import_csv(self, path: str | None = None) -> CsvImportDialog | None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import participants"), str(Path.home()),
                self.tr("CSV files (*.csv *.txt)"))
            if not path:
                return None
        try:
            dialog = CsvImportDialog.from_file(self.ctx, Path(path), self)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Import participants"), str(exc))
            return None
        dialog.accepted.connect(lambda: self._done())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
