"""The participant's side: open a workshop pack, pick your name, send your plan back.

Also the persistent status in the window's status bar: "Last sent 14:02 (revision 7) —
changed since: yes", so a participant knows whether the facilitator has their latest words.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from pcsc_workshop.ui.exchange.common import failure_text, flush_pages, show_message
from pcsc_workshop.ui.exchange.words import local_time
from pcsc_workshop.ui.operations import run_long_op, run_op, run_read
from pcsc_workshop.ui.workers import Op

if TYPE_CHECKING:
    from pcsc_workshop.door import Changes
    from pcsc_workshop.door.exchange import PlanSent
    from pcsc_workshop.ui.exchange.name_picker import NamePickerDialog

SEND_FOLDER_KEY = "exchange/send_folder"


class ParticipantActions(QObject):
    """Open pack → pick name → own plan opens; "Send to facilitator"; the send status."""

    plan_opened = Signal(str)  # participant id, once their plan is shown

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.name_picker: NamePickerDialog | None = None
        self.last_message: QMessageBox | None = None
        self.status_label = QLabel(window)
        self.status_label.setAccessibleName(self.tr("Plan sending status"))
        self.status_label.setVisible(False)
        window.statusBar().addPermanentWidget(self.status_label)
        self._status_timer = QTimer(self)  # edits come in bursts: look once they settle
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(1500)
        self._status_timer.timeout.connect(self.refresh_status)

    @property
    def ctx(self):
        return self.window.ctx

    def attach(self) -> None:
        self.ctx.changes.workshopSelected.connect(lambda _w: self.refresh_status())
        self.ctx.changes.applied.connect(self._applied)
        # Not at once: the first page is being built and painted now, and a worker started
        # here would share the GIL with it; the status line can wait a second.
        self._status_timer.start()

    def _applied(self, changes: Changes, _origin: object) -> None:
        """What is sent changed (a plan, an assessment, a knowledge check): "changed since"
        may now be yes."""
        if changes.touches({"plans", "assessments", "checks"}):
            self._status_timer.start()

    # -- open a workshop pack -----------------------------------------------------------
    def ask_open_pack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open workshop pack"), str(Path.home()),
            self.tr("Workshop packs (*.pcsc)"))
        if path:
            self.open_pack_file(Path(path))

    def open_pack_file(self, path: Path, new_facilitator: bool = False) -> Op:
        """Import the pack on a worker, then ask who this participant is."""
        flush_pages(self.window)
        return run_long_op(
            self.window, self.ctx,
            lambda door, _p, _c: door.exchange.open_pack(path, new_facilitator),
            self.tr("Opening the workshop pack\u2026"), done=self._pack_opened,
            failed=lambda exc: self._pack_refused(exc, path))

    def _pack_opened(self, info) -> None:
        # the pages were told everything changed (the operation's Changes); now the workshop
        self.ctx.select_workshop(info.workshop_id)
        self.window.reload_workshops()
        if info.addressed_to and info.addressed_to == info.chosen_participant_id:
            self.open_own_plan(info.addressed_to)  # their own pack: nobody to pick
            self.refresh_status()
            return
        self.pick_name(info.workshop_id, info.title, info.participants,
                       info.chosen_participant_id)

    def _pack_refused(self, exc: BaseException, path: Path | None = None) -> None:
        from pcsc_workshop.core.exchange.errors import ExchangeError  # loaded: it was raised

        if isinstance(exc, ExchangeError) and exc.code == "other-facilitator" \
                and path is not None:
            self._ask_new_facilitator(exc, path)
            return
        self.last_message = show_message(
            self.window, self.tr("Workshop pack not opened"),
            self.tr("This file could not be opened. Nothing was changed."),
            QMessageBox.Icon.Warning, failure_text(exc))

    def _ask_new_facilitator(self, exc: BaseException, path: Path) -> QMessageBox:
        """A pack signed by another laptop than the facilitator's earlier ones: opened only
        if the participant says so (their facilitator told them they changed laptops)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Workshop pack from another laptop"),
            self.tr("This workshop pack was not made on the laptop your facilitator's earlier "
                    "packs came from. Nothing was changed.\n\nOpen it only if your facilitator "
                    "told you they now use another laptop."),
            QMessageBox.StandardButton.Cancel, self.window)
        box.setDetailedText(failure_text(exc))  # the core's own words, for whoever helps
        trust = box.addButton(self.tr("My facilitator changed laptops: open it"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(self.tr("Workshop pack from another laptop"))

        def answered(button) -> None:
            if button is trust:
                self.open_pack_file(path, new_facilitator=True)

        box.buttonClicked.connect(answered)
        box.open()
        self.last_message = box
        return box

    # -- who am I? ----------------------------------------------------------------------
    def pick_name(self, workshop_id: str, title: str, participants: list,
                  chosen_id: str | None = None, then=None) -> NamePickerDialog:
        from pcsc_workshop.ui.exchange.name_picker import NamePickerDialog

        dialog = NamePickerDialog(title, participants, chosen_id, self.window)
        self.name_picker = dialog

        def accepted() -> None:
            pid = dialog.chosen_id()
            if pid:
                self.choose(workshop_id, pid, then)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def choose(self, workshop_id: str, participant_id: str, then=None) -> Op:
        def chosen(pid: str) -> None:
            self.open_own_plan(pid)
            self.refresh_status()
            if then is not None:
                then()

        return run_op(self.window, self.ctx,
                      lambda door: door.exchange.choose_participant(workshop_id, participant_id),
                      done=chosen, failed=self._failed)

    def open_own_plan(self, participant_id: str) -> None:
        if not any(spec.name == "plans" for spec in self.window.specs):
            return
        page = self.window.show_page("plans")
        page.select_participant(participant_id)
        self.plan_opened.emit(participant_id)

    # -- send to the facilitator --------------------------------------------------------
    def ask_send(self) -> None:
        if not self.ctx.workshop_id:
            return
        last = self.ctx.settings.value(SEND_FOLDER_KEY, str(Path.home()), str)
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Where should your plan go? (a USB stick or shared folder)"),
            last)
        if folder:
            self.send_plan_to(Path(folder))

    def send_plan_to(self, folder: Path) -> Op:
        """Write this participant's plan bundle into `folder` (asks the name first if unknown)."""
        flush_pages(self.window)
        workshop_id = self.ctx.workshop_id

        def sent(result: PlanSent | None) -> None:
            if result is None:
                self._ask_name_then_send(folder)
                return
            self.ctx.settings.setValue(SEND_FOLDER_KEY, str(folder))
            self.last_message = show_message(
                self.window, self.tr("Plan sent"),
                self.tr("Your plan (revision {0}) was saved as:\n{1}\n\nHand this file to "
                        "the facilitator, or leave it in the shared folder.").format(
                            result.plan_revision, result.path),
                details=self.tr("This laptop's key: {0}. If the facilitator asks whether a "
                                "plan came from your laptop, this is what they compare.").format(
                                    result.key_fingerprint))
            self.refresh_status()

        return run_long_op(self.window, self.ctx,
                           lambda door, _p, _c: door.exchange.send_plan(workshop_id, folder),
                           self.tr("Saving your plan\u2026"), done=sent, failed=self._failed)

    def _ask_name_then_send(self, folder: Path) -> Op:
        workshop_id = self.ctx.workshop_id

        def ask(found: tuple[str, list]) -> None:
            title, people = found
            self.pick_name(workshop_id, title, people,
                           then=lambda: self.send_plan_to(folder))

        return run_read(self.window, self.ctx,
                        lambda door: door.exchange.participants_of(workshop_id), done=ask,
                        failed=self._failed)

    # -- status -------------------------------------------------------------------------
    def refresh_status(self) -> None:
        """Ask the core (on a worker: it hashes the plan) and show the answer."""
        if self.ctx is None or not self.ctx.workshop_id:
            self.status_label.setVisible(False)
            return
        workshop_id = self.ctx.workshop_id
        run_read(self.window, self.ctx, lambda door: door.exchange.send_status(workshop_id),
                 done=self._show_status,
                 failed=lambda _exc: self.status_label.setVisible(False))

    def _show_status(self, status) -> None:
        if status is None or status.workshop_id != self.ctx.workshop_id:
            self.status_label.setVisible(False)
            return
        if status.last_sent_at is None:
            text = self.tr("Plan not sent yet")
        else:
            changed = self.tr("yes") if status.changed_since else self.tr("no")
            text = self.tr("Last sent {0} (revision {1}) \u2014 changed since: {2}").format(
                local_time(status.last_sent_at), status.plan_revision, changed)
        self.status_label.setText(text)
        self.status_label.setVisible(True)

    def _failed(self, exc: BaseException) -> None:
        self.last_message = show_message(self.window, self.tr("Not done"), failure_text(exc),
                                         QMessageBox.Icon.Warning)
