"""File menu: duplicate or delete the current workshop, back up or restore the whole database.

The work is in the door (`door.workshops`); this is the dialogs and the window's refresh.
Every operation runs on a worker; a restore asks first, saying what the file holds and that
the current database is kept as a copy. A deletion or a restore changes everything: the
window first moves to a workshop that is still there, then tells every page (so no page
reloads a workshop that is gone).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

from pcsc_workshop.door import Changes, Door, Outcome
from pcsc_workshop.ui.operations import run_long_op, run_op
from pcsc_workshop.ui.widgets.date_field import DateField
from pcsc_workshop.ui.workers import Op

if TYPE_CHECKING:  # core.backups imports SQLAlchemy (~0.3 s): not before the window shows
    from pcsc_workshop.core.backups import BackupInfo


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
            page.flush(wait=True)

    def _show_workshop(self, workshop_id: str | None) -> None:
        """Make `workshop_id` (or none) current in the window's picker and context."""
        if workshop_id:
            self.ctx.select_workshop(workshop_id)
        else:
            self.ctx.workshop_id = None
        self.window.reload_workshops()

    def _then_tell(self, changes: Changes, workshop_id: str | None) -> None:
        """After a deletion or a restore: move to a workshop that exists, then broadcast
        (pages reload the workshop now current, never the one that is gone)."""
        self._show_workshop(workshop_id)
        self.ctx.changes.publish(changes, self.window)

    def _warn(self, title: str) -> Callable[[BaseException], None]:
        """A failed operation said in a message box titled `title` (nothing was changed)."""
        def warn(exc: BaseException) -> None:
            QMessageBox.warning(self.window, title, str(exc))
        return warn

    # -- duplicate / delete ---------------------------------------------------------------
    def duplicate(self, *, dialog: DuplicateDialog | None = None) -> Op | None:
        """Ask for the new title and dates, then copy on a worker and show the copy."""
        workshop_id = self.ctx.workshop_id
        if not workshop_id:
            return None
        self._flush()
        w = self.ctx.door.workshops.details(workshop_id)
        dialog = dialog or DuplicateDialog(w.title, w.start_date, self.window)
        if not dialog.exec():
            return None
        title, start = dialog.title_edit.text(), dialog.start.date()
        with_delegations = dialog.delegations.isChecked()
        self.last = run_op(self.window, self.ctx, lambda door: door.workshops.duplicate(
            workshop_id, title=title, start_date=start, with_delegations=with_delegations),
            done=lambda copy: self._show_workshop(copy.workshop_id),
            failed=self._warn(self.tr("Duplicate the workshop")))
        return self.last

    def delete(self, *, confirm: bool = True) -> Op | None:
        workshop_id = self.ctx.workshop_id
        if not workshop_id:
            return None
        self._flush()
        door = self.ctx.door
        title = door.workshops.details(workshop_id).title
        people = len(door.people.participants(workshop_id))
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
                return None

        def deleted(door: Door) -> Outcome[tuple[Changes, str | None]]:
            out = door.workshops.delete(workshop_id)
            left = door.workshops.all()
            # broadcast only once the window shows a workshop that is still there
            return Outcome((out.changes, left[0].id if left else None))

        self.last = run_op(self.window, self.ctx, deleted,
                           done=lambda told: self._then_tell(*told),
                           failed=self._warn(self.tr("Delete the workshop")))
        return self.last

    # -- backup / restore -----------------------------------------------------------------
    def backup(self, path: Path | None = None) -> Op | None:
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
        door, target = self.ctx.door, path

        def done(written: Path) -> None:
            self.window.statusBar().showMessage(
                self.tr("Backup written: {0}").format(written), 10_000)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.window, self.tr("The backup was not written"), str(exc))

        self.last = Op(self.window, lambda _p, _c: door.workshops.backup_to(target)) \
            .with_progress(self.tr("Writing the backup…")).success(done).failure(failed).run()
        return self.last

    def restore(self, path: Path | None = None, *, confirm: bool = True) -> Op | None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Restore the database from a backup"), str(Path.home()),
                self.tr("Database backups (*.sqlite3 *.db);;All files (*)"))
            if not chosen:
                return None
            path = Path(chosen)

        def checked(info: BackupInfo) -> None:
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

        door, chosen_path = self.ctx.door, path
        self.last = Op(self.window, lambda _p, _c: door.workshops.check_backup(chosen_path)) \
            .success(checked).failure(refused).run()
        return self.last

    def _restore_now(self, path: Path) -> None:
        self._flush()
        current = self.ctx.workshop_id

        def restored(door: Door, _progress: object, _cancelled: object
                     ) -> Outcome[tuple[Path, Changes, str | None]]:
            out = door.workshops.restore(path)
            ids = [w.id for w in door.workshops.all()]
            shown = current if current in ids else (ids[0] if ids else None)
            # broadcast only once the window shows a workshop of the restored database
            return Outcome((out.value, out.changes, shown))

        def done(told: tuple[Path, Changes, str | None]) -> None:
            kept, changes, shown = told
            self._then_tell(changes, shown)
            self.window.statusBar().showMessage(
                self.tr("Database restored from {0}; the previous one is kept as {1}").format(
                    path.name, kept.name), 15_000)

        def failed(exc: BaseException) -> None:  # said in words, the old file is kept
            QMessageBox.warning(self.window, self.tr("The restore failed"), str(exc))

        self.last = run_long_op(self.window, self.ctx, restored,
                                self.tr("Restoring the database…"), done=done, failed=failed)


def install_workshop_actions(window: Any) -> WorkshopActions:
    return WorkshopActions(window)
