"""The facilitator's side: create the workshop pack, collect plans, watch a drop folder,
resolve conflicts, see who has sent what."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from pcsc_workshop.ui.exchange.common import failure_text, flush_pages, show_message
from pcsc_workshop.ui.exchange.drop_folder import DropFolderWatcher
from pcsc_workshop.ui.operations import run_long_op, run_op
from pcsc_workshop.ui.workers import Op

if TYPE_CHECKING:  # dialogs load on first use: the window shell must appear at once
    from pcsc_workshop.core.exchange import ImportReport
    from pcsc_workshop.door.exchange import Collected, PackWritten
    from pcsc_workshop.ui.exchange.collection import CollectionDialog
    from pcsc_workshop.ui.exchange.conflicts_dialog import ConflictsDialog
    from pcsc_workshop.ui.exchange.held_dialog import HeldDialog
    from pcsc_workshop.ui.exchange.report_dialog import ImportReportDialog

WATCH_FOLDER_KEY = "exchange/watch_folder"
COLLECT_FOLDER_KEY = "exchange/collect_folder"


class FacilitatorActions(QObject):
    collected = Signal(object)  # core ImportReport, after every import (menu, drop, watcher)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.report_dialog: ImportReportDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.collection_dialog: CollectionDialog | None = None
        self.held_dialog: HeldDialog | None = None
        self.last_message: QMessageBox | None = None
        self.watcher = DropFolderWatcher(self)
        self.watcher.files_ready.connect(self._watched_files)
        self.watch_report: ImportReport | None = None  # the watch session's, growing
        self.watch_imported = 0
        self.watch_last: str = ""
        self.watch_waiting = 0  # files refused for a passing reason, offered again later
        self._build_watch_status()

    @property
    def ctx(self):
        return self.window.ctx

    def attach(self) -> None:
        folder = self.ctx.settings.value(WATCH_FOLDER_KEY, "", str)
        if folder and Path(folder).is_dir():
            self.watch(Path(folder))

    # -- create the workshop pack -------------------------------------------------------
    def ask_create_pack(self) -> None:
        if not self.ctx.workshop_id:
            return
        title = self.window.workshop_picker.currentText() or "workshop"
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()[:60]
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Create workshop pack"), str(Path.home() / f"{safe}.pcsc"),
            self.tr("Workshop packs (*.pcsc)"))
        if path:
            if not path.lower().endswith(".pcsc"):
                path += ".pcsc"
            self.create_pack_to(Path(path))

    def create_pack_to(self, path: Path) -> Op:
        flush_pages(self.window)
        workshop_id = self.ctx.workshop_id

        def written(result: PackWritten) -> None:
            self.last_message = show_message(
                self.window, self.tr("Workshop pack created"),
                self.tr("The workshop pack was saved as:\n{0}").format(result.path),
                details=self.tr(
                    "It holds the workshop details, {0} agenda sessions, {1} delegations, "
                    "the names of {2} participants and local content ({3} records). "
                    "E-mail addresses, plans and self-assessments stayed on this computer."
                    "\n\nCopy it to a USB stick or shared folder; participants open it with "
                    "File \u2192 Open workshop pack."
                ).format(result.agenda_items, result.delegations, result.participants,
                         result.records))

        return run_long_op(self.window, self.ctx,
                           lambda door, _p, _c: door.exchange.create_pack(workshop_id, path),
                           self.tr("Creating the workshop pack\u2026"), done=written,
                           failed=self._failed)

    def ask_create_packs(self) -> None:
        if not self.ctx.workshop_id:
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Create a pack for each participant"), str(Path.home()))
        if folder:
            self.create_packs_in(Path(folder))

    def create_packs_in(self, folder: Path) -> Op:
        """Each participant's own pack: the workshop plus their plan and their delegation's
        (nobody else's), named after them; opening it picks them at once."""
        flush_pages(self.window)
        workshop_id = self.ctx.workshop_id

        def written(files: list) -> None:
            paths = [f.path for f in files]
            self.last_message = show_message(
                self.window, self.tr("Workshop packs created"),
                self.tr("{0} packs, one per participant, were saved in:\n{1}").format(
                    len(paths), folder),
                details=self.tr(
                    "Each holds the workshop, everyone's names, and that participant's own "
                    "plan and self-assessment with their delegation's shared plan and "
                    "assessment \u2014 nobody else's. Give each participant the file with "
                    "their name."))

        return run_long_op(self.window, self.ctx,
                           lambda door, _p, _c: door.exchange.create_packs(workshop_id, folder),
                           self.tr("Creating the workshop packs\u2026"), done=written,
                           failed=self._failed)

    # -- collect plans ------------------------------------------------------------------
    def ask_collect(self) -> None:
        last = self.ctx.settings.value(COLLECT_FOLDER_KEY, str(Path.home()), str)
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Collect plans"), last, self.tr("Plan bundles (*.pcsc)"))
        if paths:
            self.ctx.settings.setValue(COLLECT_FOLDER_KEY, str(Path(paths[0]).parent))
            self.collect_files([Path(p) for p in paths])

    def collect_files(self, paths: list[Path]) -> Op:
        """Import the files on a worker with a progress bar and Cancel, then show the report.

        Where plans are collected a workshop pack is refused whatever it says; each file is
        one transaction of its own (door.exchange.import_files), and the pages showing what
        came in refresh from the operation's `Changes`."""
        flush_pages(self.window)

        def done(result: Collected) -> None:
            self._imported(result.report)
            self.show_report(result.report, result.stopped_early)

        return run_long_op(self.window, self.ctx, lambda door, progress, cancelled:
                           door.exchange.import_files(paths, progress, cancelled,
                                                      allow_packs=False),
                           self.tr("Importing plans\u2026"), done=done, failed=self._failed)

    def show_report(self, report, stopped_early: bool = False) -> ImportReportDialog:
        if self.report_dialog is None:
            from pcsc_workshop.ui.exchange.report_dialog import ImportReportDialog

            self.report_dialog = ImportReportDialog(self.window)
        self.report_dialog.set_report(report, stopped_early)
        self.report_dialog.show()
        self.report_dialog.raise_()
        return self.report_dialog

    def _imported(self, report) -> None:
        """Dialogs about the exchange show the new state (pages refresh from `Changes`)."""
        if self.conflicts_dialog is not None and self.conflicts_dialog.isVisible():
            self.conflicts_dialog.load()
        if self.collection_dialog is not None and self.collection_dialog.isVisible():
            self.collection_dialog.view.load()
        if self.held_dialog is not None and self.held_dialog.isVisible():
            self.held_dialog.load()
        self.collected.emit(report)

    # -- drop folder --------------------------------------------------------------------
    def _build_watch_status(self) -> None:
        box = QWidget(self.window)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.watch_label = QLabel(box)
        self.watch_label.setAccessibleName(self.tr("Drop folder status"))
        self.watch_report_button = QPushButton(self.tr("Report"), box)
        self.watch_report_button.setAccessibleName(self.tr("Show the drop folder's import report"))
        self.watch_report_button.clicked.connect(self._show_watch_report)
        self.watch_stop_button = QPushButton(self.tr("Stop watching"), box)
        self.watch_stop_button.setAccessibleName(self.tr("Stop watching the drop folder"))
        self.watch_stop_button.clicked.connect(self.stop_watching)
        for w in (self.watch_label, self.watch_report_button, self.watch_stop_button):
            layout.addWidget(w)
        self.watch_box = box
        box.setVisible(False)
        self.window.statusBar().addWidget(box)

    def ask_watch(self) -> None:
        last = self.ctx.settings.value(WATCH_FOLDER_KEY, str(Path.home()), str)
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Watch a drop folder (USB stick, shared or synced folder)"),
            last)
        if folder:
            self.watch(Path(folder))

    def watch(self, folder: Path) -> None:
        from pcsc_workshop.core.exchange import ImportReport

        self.ctx.settings.setValue(WATCH_FOLDER_KEY, str(folder))
        self.watch_report, self.watch_imported, self.watch_last = ImportReport(), 0, ""
        self.watch_box.setVisible(True)
        self.watcher.start(folder)
        self._show_watch_status()

    def stop_watching(self) -> None:
        self.watcher.stop()
        self.ctx.settings.remove(WATCH_FOLDER_KEY)
        self.watch_box.setVisible(False)

    def _watched_files(self, paths: list[Path]) -> None:
        flush_pages(self.window)
        self.watcher.busy = True

        def done(result: Collected) -> None:
            self.watcher.busy = False
            report = result.report
            # A file refused for a passing reason (busy database, full disk) is offered again
            # at the next look; so is any file the import did not reach.
            again = {f.path for f in report.files if f.transient}
            reached = {f.path for f in report.files}
            self.watcher.done([p for p in paths if p in reached and p not in again])
            self.watcher.release([p for p in paths if p in again or p not in reached])
            self.watch_waiting = len(again)
            report.files = [f for f in report.files if not f.transient]
            if self.watch_report is not None:  # (watch() started it)
                self.watch_report.files.extend(report.files)
            self.watch_imported += len(report.accepted)
            self.watch_last = time.strftime("%H:%M")
            self._show_watch_status()
            self._imported(report)
            if report.refused or report.held or report.total("conflicts") or (
                    self.report_dialog is not None and self.report_dialog.isVisible()):
                self._show_watch_report()  # needs attention, or the user is looking at it

        def failed(exc: BaseException) -> None:
            self.watcher.busy = False
            self.watcher.release(paths)
            self.watch_label.setText(self.tr("Watching {0} \u2014 import failed: {1}").format(
                self.watcher.folder, failure_text(exc)))

        run_op(self.window, self.ctx,
               lambda door: door.exchange.import_files(paths, allow_packs=False),
               done=done, failed=failed)

    def _show_watch_status(self) -> None:
        folder = self.watcher.folder
        n = self.watch_imported
        count = self.tr("%n file(s) imported", "", n)
        if self.watch_last:
            text = self.tr("Watching {0} \u2014 {1}, last at {2}").format(
                folder, count, self.watch_last)
        else:
            text = self.tr("Watching {0} \u2014 {1}").format(folder, count)
        refused = len(self.watch_report.refused) if self.watch_report else 0
        if refused:
            text += self.tr(" (refused: {0})").format(refused)
        held = len(self.watch_report.held) if self.watch_report else 0
        if held:
            text += self.tr(" (kept aside: {0})").format(held)
        if self.watch_waiting:
            text += self.tr(" (to try again: {0})").format(self.watch_waiting)
        self.watch_label.setText(text)

    def _show_watch_report(self) -> None:
        if self.watch_report is not None:
            self.show_report(self.watch_report)

    # -- conflicts and status -----------------------------------------------------------
    def show_conflicts(self) -> ConflictsDialog:
        if self.conflicts_dialog is None:
            from pcsc_workshop.ui.exchange.conflicts_dialog import ConflictsDialog

            self.conflicts_dialog = ConflictsDialog(
                self.ctx, self.window, before_write=lambda: flush_pages(self.window))
        else:
            self.conflicts_dialog.load()
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
        return self.conflicts_dialog

    def _decided(self, report: ImportReport | None) -> None:
        """A held bundle was accepted (its import report) or discarded (None)."""
        if report is not None:
            self._imported(report)

    def show_held(self) -> HeldDialog:
        if self.held_dialog is None:
            from pcsc_workshop.ui.exchange.held_dialog import HeldDialog

            self.held_dialog = HeldDialog(self.ctx, self.window)
            self.held_dialog.decided.connect(self._decided)
        else:
            self.held_dialog.load()
        self.held_dialog.show()
        self.held_dialog.raise_()
        return self.held_dialog

    def show_collection(self) -> CollectionDialog:
        if self.collection_dialog is None:
            from pcsc_workshop.ui.exchange.collection import CollectionDialog

            self.collection_dialog = CollectionDialog(self.ctx, self.window)
        else:
            self.collection_dialog.view.load()
        self.collection_dialog.show()
        self.collection_dialog.raise_()
        return self.collection_dialog

    def _failed(self, exc: BaseException) -> None:
        self.last_message = show_message(self.window, self.tr("Not done"), failure_text(exc),
                                         QMessageBox.Icon.Warning)
