"""Delegations and their participants in one tree, with add / edit / remove and CSV import.

Removing a participant is the privacy action "Delete this participant's data": the core wipes
their name, contact, plans and assessments and leaves a tombstone so that the deletion
reaches every laptop. It asks for confirmation and says what it will remove.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.people import (
    DelegationInfo,
    ParticipantInfo,
    delete_delegation,
    delete_participant_data,
    list_delegations,
    list_participants,
)
from pcsc_workshop.core.privacy import backups_holding, purge_backups
from pcsc_workshop.core.validation import InvalidInput
from pcsc_workshop.ui.dialogs.csv_import import CsvImportDialog
from pcsc_workshop.ui.dialogs.people_dialogs import DelegationDialog, ParticipantDialog
from pcsc_workshop.ui.wording import refusal
from pcsc_workshop.ui.workers import Op

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1


class PeopleEditor(QWidget):
    changed = Signal()
    #: backups found, after the last deletion, that still hold the deleted person (tests)
    backups_holding_deleted: list[Path] = []

    def __init__(self, ctx, framework_getter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._framework = framework_getter
        self.delegations: dict[str, DelegationInfo] = {}
        self.people: dict[str, ParticipantInfo] = {}
        self.tree = QTreeWidget(self)
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
        row = QHBoxLayout()
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
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)

    def load(self) -> None:
        self.tree.clear()
        if not self.ctx.workshop_id:
            return
        with self.ctx.store.session() as session:
            delegations = list_delegations(session, self.ctx.workshop_id)
            people = list_participants(session, self.ctx.workshop_id)
        self.delegations = {d.id: d for d in delegations}
        self.people = {p.id: p for p in people}
        fw = self._framework()
        groups: dict[str | None, QTreeWidgetItem] = {}
        for d in delegations:
            details = " · ".join(x for x in (fw.city_types.get(d.city_type, ""),
                                             fw.stage_name(d.stage)) if x)
            # City type and stage describe the delegation, not an organisation: they go with
            # its name in the first column, never under the "Organisation" header.
            item = QTreeWidgetItem(self.tree, [f"{d.label} — {details}" if details else d.label])
            item.setToolTip(0, "\n".join(x for x in (d.label, details) if x))
            item.setData(0, ROLE_KIND, "delegation")
            item.setData(0, ROLE_ID, d.id)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setFirstColumnSpanned(False)
            item.setExpanded(True)
            groups[d.id] = item
        yes, no = self.tr("yes"), self.tr("no")
        for p in people:
            parent = groups.get(p.delegation_id)
            if parent is None:
                if None not in groups:
                    groups[None] = QTreeWidgetItem(self.tree, [self.tr("No delegation")])
                    groups[None].setExpanded(True)
                parent = groups[None]
            item = QTreeWidgetItem(parent, [p.name, p.organisation, p.role, p.email or "",
                                            yes if p.consent else no])
            item.setData(0, ROLE_KIND, "participant")
            item.setData(0, ROLE_ID, p.id)
        self._update_buttons()

    def _current(self) -> tuple[str | None, str | None]:
        item = self.tree.currentItem()
        if item is None:
            return None, None
        return item.data(0, ROLE_KIND), item.data(0, ROLE_ID)

    def select(self, kind: str, ident: str) -> None:
        for item in self._items():
            if item.data(0, ROLE_KIND) == kind and item.data(0, ROLE_ID) == ident:
                self.tree.setCurrentItem(item)
                return
        raise KeyError(ident)

    def _items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out.append(top)
            out += [top.child(j) for j in range(top.childCount())]
        return out

    def _update_buttons(self) -> None:
        kind, _ = self._current()
        self.buttons["edit"].setEnabled(kind is not None)
        self.buttons["remove"].setEnabled(kind is not None)
        self.buttons["remove"].setText(self.tr("Delete this participant’s data…")
                                       if kind == "participant" else self.tr("Remove…"))

    def _done(self) -> None:
        self.load()
        self.changed.emit()
        self.ctx.changes.changed.emit("participants", self.ctx.workshop_id or "", self)

    # -- actions ------------------------------------------------------------------------------
    def add_delegation(self) -> None:
        dialog = DelegationDialog(self.ctx, self._framework(), parent=self)
        if dialog.exec():
            self._done()
            self.select("delegation", dialog.saved_id)

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
        if dialog.exec():
            self._done()
            self.select("participant", dialog.saved_id)

    def edit_current(self) -> None:
        kind, ident = self._current()
        if kind == "delegation":
            dialog = DelegationDialog(self.ctx, self._framework(), self.delegations[ident], self)
        elif kind == "participant":
            dialog = ParticipantDialog(self.ctx, list(self.delegations.values()),
                                       self.people[ident], self)
        else:
            return
        if dialog.exec():
            self._done()
            self.select(kind, ident)

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
            try:
                with self.ctx.store.session() as session:
                    delete_delegation(session, ident)
            except InvalidInput as exc:
                QMessageBox.warning(self, self.tr("Remove delegation"), refusal(exc))
                return
            self._done()

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
        with self.ctx.store.session(write=True) as session:
            delete_participant_data(session, participant_id)
        self._done()
        store = self.ctx.store

        def scrub(_progress, _cancelled) -> list[Path]:
            # VACUUM + WAL checkpoint (~55 ms on the demo): on a worker, off the UI thread
            store.scrub()
            return backups_holding(store.path, participant_id)

        Op(self, scrub).success(lambda held: self._offer_backup_purge(held, confirm)).failure(
            lambda exc: QMessageBox.warning(self, self.tr("Delete this participant’s data"),
                                            str(exc))).run()
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
            purge_backups(held)
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
        if dialog.exec():
            self._done()
        return dialog
