"""File menu: duplicate or delete the current workshop, back up or restore the whole database.

The work is in `core/workshops.py` and `core/backups.py`; this is the dialogs and the
window's refresh. The backup and the check of a file to restore run on a worker; a restore
asks first, saying what the file holds and that the current database is kept as a copy.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from pcsc_workshop.ui.widgets.date_field import DateField
from pcsc_workshop.ui.workers import Op


class DuplicateDialog(QDialog):
    """Title, new first day (empty: the same dates), and whether to copy the delegations."""

    def __init__(self, title: str, start: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Duplicate the workshop"))
        intro = QLabel(self.tr("A new workshop with the same details and agenda (days, times "
                               "and sessions). People, plans, assessments and checks stay "
                               "with this one."), self)
        intro.setWordWrap(True)
        self.title_edit = QLineEdit(self.tr("{0} (copy)").format(title), self)
        self.start = DateField(self, calendar_start=lambda: start)
        self.delegations = QCheckBox(self.tr("Also copy the &delegations (countries and cities, "
                                             "without their members)"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Starts on (empty: same dates):"), self.start)
        form.addRow(self.delegations)
        form.addRow(buttons)
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())


class WorkshopActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        menu = window.file_menu
        first = menu.actions()[0] if menu.actions() else None
        self.actions: dict[str, QAction] = {}
        for key, text, slot in (
            ("duplicate", self.tr("D&uplicate this workshop…"), self.duplicate),
            ("delete", self.tr("&Delete this workshop…"), self.delete),
            (None, "", None),
            ("backup", self.tr("&Back up the database to a file…"), self.backup),
            ("restore", self.tr("&Restore the database from a backup…"), self.restore),
            (None, "", None),
        ):
            if key is None:
                menu.insertSeparator(first)
                continue
            action = QAction(text, window)
            action.triggered.connect(lambda _=False, f=slot: f())
            menu.insertAction(first, action)
            self.actions[key] = action
        self.last: Op | None = None

    @property
    def ctx(self) -> Any:
        return self.window.ctx

    def _flush(self) -> None:
        for page in self.window.pages:
            page.flush()

    def _refresh(self, workshop_id: str | None) -> None:
        """Show `workshop_id` (or the first one left) and refill every page."""
        if workshop_id:
            self.ctx.select_workshop(workshop_id)
        else:
            self.ctx.workshop_id = None
        self.window.reload_workshops()
        self.ctx.changes.workshopSelected.emit(self.ctx.workshop_id or "")

    # -- duplicate / delete ---------------------------------------------------------------
    def duplicate(self, *, dialog: DuplicateDialog | None = None) -> str | None:
        from pcsc_workshop.core.workshops import duplicate_workshop, get_workshop

        if not self.ctx.workshop_id:
            return None
        self._flush()
        with self.ctx.store.session() as session:
            w = get_workshop(session, self.ctx.workshop_id)
            title, start = w.title, w.start_date
        dialog = dialog or DuplicateDialog(title, start, self.window)
        if not dialog.exec():
            return None
        with self.ctx.store.session() as session:
            copy = duplicate_workshop(session, self.ctx.workshop_id,
                                      title=dialog.title_edit.text(),
                                      start_date=dialog.start.date(),
                                      with_delegations=dialog.delegations.isChecked())
        self._refresh(copy.workshop_id)
        return copy.workshop_id

    def delete(self, *, confirm: bool = True) -> bool:
        from pcsc_workshop.core.people import list_participants
        from pcsc_workshop.core.workshops import delete_workshop, get_workshop

        workshop_id = self.ctx.workshop_id
        if not workshop_id:
            return False
        self._flush()
        with self.ctx.store.session() as session:
            title = get_workshop(session, workshop_id).title
            people = len(list_participants(session, workshop_id))
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete the workshop"),
                              self.tr("Delete “{0}” with its agenda, its participants ({1}), "
                                      "their plans, assessments and checks from this laptop?\n\n"
                                      "Back up the database first if you may need it again "
                                      "(File › Back up the database).").format(title, people),
                              parent=self.window)
            delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not delete:
                return False
        with self.ctx.store.session() as session:
            delete_workshop(session, workshop_id)
        from pcsc_workshop.core.workshops import list_workshops

        with self.ctx.store.session() as session:
            left = list_workshops(session)
        self._refresh(left[0].id if left else None)
        return True

    # -- backup / restore -----------------------------------------------------------------
    def backup(self, path: Path | None = None) -> Op | None:
        from pcsc_workshop.core.backups import backup_database

        if path is None:
            suggested = Path.home() / self.tr("PCSC Workshop backup {0}.sqlite3").format(
                date.today().isoformat())
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Back up the database"), str(suggested),
                self.tr("Database backups (*.sqlite3 *.db);;All files (*)"))
            if not chosen:
                return None
            path = Path(chosen)
        self._flush()
        db_path = self.ctx.store.path

        def done(written: Path) -> None:
            self.window.statusBar().showMessage(
                self.tr("Backup written: {0}").format(written), 10_000)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.window, self.tr("The backup was not written"), str(exc))

        self.last = Op(self.window, lambda _p, _c: backup_database(db_path, path)) \
            .with_progress(self.tr("Writing the backup…")).success(done).failure(failed).run()
        return self.last

    def restore(self, path: Path | None = None, *, confirm: bool = True) -> Op | None:
        from pcsc_workshop.core.backups import check_backup, known_revisions

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Restore the database from a backup"), str(Path.home()),
                self.tr("Database backups (*.sqlite3 *.db);;All files (*)"))
            if not chosen:
                return None
            path = Path(chosen)

        def checked(info) -> None:
            if confirm:
                answer = QMessageBox.question(
                    self.window, self.tr("Restore the database"),
                    self.tr("“{0}” holds workshops: {1}, participants: {2}. Restoring "
                            "replaces everything on this laptop with it; the current "
                            "database is kept as a copy next to it first.\n\nRestore now?")
                    .format(path.name, info.workshops, info.participants))
                if answer != QMessageBox.StandardButton.Yes:
                    return
            self._restore_now(path)

        def refused(exc: BaseException) -> None:
            QMessageBox.warning(self.window, self.tr("This file cannot be restored"),
                                self.tr("{0}\n\nNothing was changed.").format(exc))

        self.last = Op(self.window, lambda _p, _c: check_backup(path, known_revisions())) \
            .success(checked).failure(refused).run()
        return self.last

    def _restore_now(self, path: Path) -> None:
        from pcsc_workshop.core.backups import restore_database
        from pcsc_workshop.core.workshops import list_workshops

        self._flush()
        try:
            kept = restore_database(self.ctx.store, path)
        except Exception as exc:  # noqa: BLE001 - said in words, the old file is kept
            QMessageBox.warning(self.window, self.tr("The restore failed"), str(exc))
            return
        with self.ctx.store.session() as session:
            ids = [w.id for w in list_workshops(session)]
        current = self.ctx.workshop_id if self.ctx.workshop_id in ids else \
            (ids[0] if ids else None)
        self.ctx.workshop_id = None  # every page reloads, even for the same workshop id
        self._refresh(current)
        self.window.statusBar().showMessage(
            self.tr("Database restored from {0}; the previous one is kept as {1}").format(
                path.name, kept.name), 15_000)


def install_workshop_actions(window: Any) -> WorkshopActions:
    return WorkshopActions(window)
