"""Workshop page: its details (editable), its agenda, its delegations and participants.

The page reads its workshop on a worker (details, agenda and people in one read) and keeps
what it showed until the read is done. Details are saved as you type by the app's one autosave (ui/autosave.py: a short pause, on
a worker, and `flush()` on page switch); an edit the core refuses (an end before the start, an
empty title) stays on screen with the reason, and is saved once it is fixed. The agenda and
people are changed through small dialogs whose writes go through the door (`run_op`).
Editing the details, the agenda and the people can be undone (Edit › Undo).
From here the facilitator also starts a new workshop (wizard), prints the agenda and opens
the exercise timer for a timed session.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.agenda import AgendaEntry
from pcsc_workshop.core.framework import Framework, load_framework
from pcsc_workshop.core.people import DelegationInfo, ParticipantInfo
from pcsc_workshop.core.validation import InvalidInput
from pcsc_workshop.core.workshops import WorkshopFields
from pcsc_workshop.door import Door, Outcome
from pcsc_workshop.door.workshops import WorkshopDetails
from pcsc_workshop.ui.autosave import Autosaver
from pcsc_workshop.ui.context import AppContext
from pcsc_workshop.ui.dialogs.agenda import agenda_html, print_agenda_pdf
from pcsc_workshop.ui.dialogs.workshop_wizard import WorkshopWizard
from pcsc_workshop.ui.display import clock, no_italic_arabic
from pcsc_workshop.ui.operations import run_read
from pcsc_workshop.ui.pages.agenda_editor import AgendaEditor
from pcsc_workshop.ui.pages.base import Page
from pcsc_workshop.ui.pages.people_editor import PeopleEditor
from pcsc_workshop.ui.widgets.exercise_timer import ExerciseTimer
from pcsc_workshop.ui.widgets.flow_layout import FlowLayout
from pcsc_workshop.ui.widgets.workshop_details_form import WorkshopDetailsForm
from pcsc_workshop.ui.wording import refusal


@dataclass(frozen=True)
class _Shown:
    """What the page shows of a workshop, read at once on a worker."""

    details: WorkshopDetails
    sessions: list[AgendaEntry]
    delegations: list[DelegationInfo]
    participants: list[ParticipantInfo]


class WorkshopPage(Page):
    NAME = "workshop"
    SHOWS = frozenset({"workshops", "delegations", "participants", "agenda"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._framework: Framework | None = None
        self._shown_id: str | None = None  # the workshop the details form holds
        self._reading = False
        self._request = 0
        self._watched: QWidget | None = None  # the window whose closing stores the edit
        self._saving = False  # a details save is under way on a worker
        self._load_after_save = False  # a reload waits for that save
        self._edits = 0  # details edits so far (a read that began before one is older)
        self.timer_dialog: QDialog | None = None
        self._timer: ExerciseTimer | None = None  # the countdown in timer_dialog

        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setProperty("role", "subtle")
        self.new_button = QPushButton(self.tr("&New workshop…"), self)
        self.new_button.clicked.connect(self.new_workshop)
        self.print_button = QPushButton(self.tr("&Print agenda…"), self)
        self.print_button.clicked.connect(self.print_agenda)
        self.pdf_button = QPushButton(self.tr("Agenda as P&DF…"), self)
        self.pdf_button.clicked.connect(lambda: self.save_agenda_pdf())
        self.run_sheet = QCheckBox(self.tr("With &notes (run sheet)"), self)
        self.run_sheet.setToolTip(self.tr(
            "Print or save the facilitator's run sheet, with each session's notes, instead of "
            "the participants' agenda"))
        self.timer_button = QPushButton(self.tr("Exercise &timer"), self)
        self.timer_button.setToolTip(self.tr("A countdown for the selected session"))
        self.timer_button.clicked.connect(lambda: self.open_timer())

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Workshop sections"))
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.agenda = AgendaEditor(ctx, self)
        self.agenda.tree.itemSelectionChanged.connect(self._agenda_selected)
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.people = PeopleEditor(ctx, self.framework, self)
        self.tabs.addTab(self.people, self.tr("Delegations and participants"))

        # The heading on its own line above the buttons: at large text sizes (Settings, up
        # to 200 %) a heading beside four buttons wraps word by word.
        # the buttons wrap onto a second line at 200 % or in longer languages (a row of five
        # pushed the page wider than a 1280 px screen)
        bar = QWidget(self)
        top = FlowLayout(bar)
        for b in (self.new_button, self.timer_button, self.run_sheet, self.print_button,
                  self.pdf_button):
            top.addWidget(b)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(bar)
        layout.addWidget(self.tabs, 1)

    def framework(self) -> Framework:
        if self._framework is None:
            self._framework = load_framework(self.ctx.curriculum)
        return self._framework

    # -- details ------------------------------------------------------------------------------
    def _details_tab(self) -> QWidget:
        tab = QWidget(self)
        self.details = WorkshopDetailsForm(tab)
        d = self.details
        # the fields as attributes of the page too (tests and the accessibility walk use them)
        self.title_edit, self.organisers, self.venue = d.title_edit, d.organisers, d.venue
        self.city, self.country, self.start, self.end = d.city, d.country, d.start, d.end
        self.language, self.description, self.error = d.language, d.description, d.error
        self.certificate_button = QPushButton(self.tr("Certificate &details…"), tab)
        self.certificate_button.setToolTip(self.tr("Organiser logos and signatories printed on "
                                                   "every certificate"))
        self.certificate_button.clicked.connect(self.edit_certificate)
        d.form.addRow(self.tr("Certificates:"), self.certificate_button)
        d.add_error_row()
        QVBoxLayout(tab).addWidget(d)
        self.saver: Autosaver[tuple[str, WorkshopFields, str]] = Autosaver(
            self, self.ctx, self._snapshot, self._save)
        self.saver.state.connect(self._save_state)
        self.saver.saved.connect(self._saved)
        d.edited.connect(self._edited)
        return tab

    def edit_certificate(self) -> QDialog | None:
        """Open the certificate details (logos, signatories) of the current workshop."""
        if not self.ctx.workshop_id:
            return None
        from pcsc_workshop.ui.dialogs.certificate_dialog import CertificateDialog

        self.certificate_dialog = CertificateDialog(self.ctx, self.ctx.workshop_id, self)
        self.certificate_dialog.open()
        return self.certificate_dialog

    def load(self) -> None:
        """Read the workshop on a worker (details, agenda, people: one read), then fill the
        tabs; until then they keep what they showed (`loading` is True)."""
        self.flush(wait=False)
        if self._saving:  # read once the edit is stored, or the read may predate it
            self._load_after_save = True
            return
        workshop_id = self.ctx.workshop_id
        if not workshop_id:
            self._shown_id = None
            self.heading.setText(self.tr("No workshop yet: start one with “New workshop…”"))
            return
        self._reading = True
        self._request += 1
        request = self._request
        if self._shown_id != workshop_id:  # nothing to type into until it is shown
            self.details.setEnabled(False)

        def read(door: Door) -> _Shown:
            return _Shown(door.workshops.details(workshop_id), door.agenda.sessions(workshop_id),
                          door.people.delegations(workshop_id),
                          door.people.participants(workshop_id))

        edits = self._edits

        def done(shown: _Shown) -> None:
            if request == self._request:  # else a newer read is coming
                self._reading = False
                # typed (and maybe saved) while this read ran: the form is newer than it
                self._fill(shown, keep_form=edits != self._edits)

        def failed(exc: BaseException) -> None:
            if request == self._request:
                self._reading = False
            if not isinstance(exc, KeyError):  # deleted a moment ago: the window moves on
                self.status.setText(refusal(exc))

        run_read(self, self.ctx, read, done=done, failed=failed)

    @property
    def loading(self) -> bool:
        """Something of the page is still being read (tests wait on it)."""
        return (self._reading or self._load_after_save or self.agenda.loading
                or self.people.loading)

    def _fill(self, shown: _Shown, keep_form: bool = False) -> None:
        details = shown.details
        if (keep_form or self.saver.dirty or self._saving) and self._shown_id == details.id:
            # an edit not stored yet (refused, the disk busy, or its save still under way
            # while this read ran): kept on screen, it is what will be stored
            pass
        else:
            self.saver.forget()
            if self._shown_id != details.id:
                self.status.clear()  # "Saved at…" was about another workshop
            self._shown_id = details.id
            self._show_title(details.title)  # also after an undo of a new title
            self.details.set_fields(details.fields())
        self.details.setEnabled(True)
        self.agenda.fill(shown.sessions, details.start_date)
        self.people.fill(shown.delegations, shown.participants)

    def _edited(self) -> None:
        if not self.ctx.workshop_id or self._shown_id != self.ctx.workshop_id:
            return
        self._edits += 1
        self.saver.touch()

    def _snapshot(self) -> tuple[str, WorkshopFields, str] | None:
        """On the UI thread: which workshop, what is on screen, the Edit menu's words."""
        if not self._shown_id:
            return None
        return self._shown_id, self.details.fields(), self.tr("Edit workshop details")

    @staticmethod
    def _save(door: Door, snap: tuple[str, WorkshopFields, str]) -> Outcome[bool]:
        workshop_id, fields, label = snap
        return door.workshops.update(workshop_id, fields, label=label)

    def _save_state(self, kind: str, message: str) -> None:
        self._saving = kind == "saving"
        if kind in ("saved", "failed") and self._load_after_save:
            self._load_after_save = False
            QTimer.singleShot(0, self.load)  # after this state is shown
        if kind == "editing":
            self.status.setText(self.tr("Editing…"))
        elif kind == "saving" and not self.error.text():
            # (a refused edit is tried again every few seconds: its status line stays)
            self.status.setText(self.tr("Saving…"))
        elif kind == "saved":
            self.error.clear()
            self.status.setText(self.tr("Saved at {0}").format(clock()))
        elif kind == "failed":
            exc = self.saver.last_error
            if isinstance(exc, InvalidInput):  # kept on screen; saved once it is fixed
                self.error.setText(refusal(exc))
                self.status.setText(self.tr("Not saved yet: see the problem below"))
            else:  # a busy or full disk: kept, and tried again
                self.status.setText(self.tr("Not saved ({0}); trying again…").format(message))

    def _saved(self, changed: object) -> None:
        if changed:
            self._show_title(self.title_edit.text().strip())

    def _show_title(self, title: str) -> None:
        """The heading and the window's workshop picker show the stored title."""
        self.heading.setText(title)
        window = self.window()
        if hasattr(window, "workshop_picker") and self._shown_id:
            index = window.workshop_picker.findData(self._shown_id)
            if index >= 0:
                window.workshop_picker.setItemText(index, title)

    def flush(self, wait: bool = True) -> None:
        """Store a pending edit: with `wait`, on this thread before returning (the caller
        reads the database next, or the window is closing: a worker's write could be cut
        short); else on a worker (page switch)."""
        self.saver.flush(wait=wait)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        window = self.window()
        if window is not self and window is not self._watched:
            window.installEventFilter(self)  # to store a pending edit before it closes
            self._watched = window
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._watched and event.type() == QEvent.Type.Close:
            self.flush(wait=True)  # before the window's own closeEvent flushes on a worker
        return super().eventFilter(watched, event)

    # -- actions ------------------------------------------------------------------------------
    def new_workshop(self) -> WorkshopWizard:
        """Run the wizard; on Finish, switch the whole window to the new workshop."""
        self.flush(wait=False)
        wizard = WorkshopWizard(self.ctx, self)
        if wizard.exec() and wizard.workshop_id:
            self.workshop_created(wizard.workshop_id)
        return wizard

    def workshop_created(self, workshop_id: str) -> None:
        self.ctx.select_workshop(workshop_id)
        window = self.window()
        if hasattr(window, "reload_workshops"):
            window.reload_workshops()
        self.ensure_loaded()

    def _agenda_html(self) -> str:
        door, workshop_id = self.ctx.door, self.ctx.workshop_id or ""
        w = door.workshops.details(workshop_id)
        subtitle = " · ".join(x for x in (w.venue, w.organisers) if x)
        agenda = door.agenda.sessions(workshop_id)
        return agenda_html(w.title, subtitle, w.start_date, agenda, self.agenda.link_title,
                           run_sheet=self.run_sheet.isChecked())

    def print_agenda(self) -> None:
        if not self.ctx.workshop_id:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            from PySide6.QtGui import QTextDocument

            doc = QTextDocument()
            doc.setHtml(self._agenda_html())
            no_italic_arabic(doc)  # Arabic linked titles: no italics
            doc.print_(printer)

    def save_agenda_pdf(self, path: str | None = None) -> Path | None:
        if not self.ctx.workshop_id:
            return None
        if not path:
            suggested = Path.home() / f"{self.heading.text()[:60]} - agenda.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the agenda as PDF"),
                                                  str(suggested), self.tr("PDF files (*.pdf)"))
            if not path:
                return None
        result = print_agenda_pdf(self._agenda_html(), Path(path))
        self.status.setText(self.tr("PDF saved: {0}").format(result.name))
        return result

    def _agenda_selected(self) -> None:
        entry = self.agenda.current_entry()
        self.timer_button.setToolTip(
            self.tr("A countdown of %n minute(s) for “{0}”", "", entry.duration_min).format(
                entry.title)
            if entry else self.tr("A countdown for the selected session"))

    def open_timer(self, minutes: int | None = None) -> ExerciseTimer:
        """A separate window with a big countdown (for the selected session's length)."""
        entry = self.agenda.current_entry()
        if minutes is None:
            minutes = entry.duration_min if entry else 20
        if self.timer_dialog is None or self._timer is None:
            self.timer_dialog = QDialog(self, Qt.WindowType.Window)
            self._timer = ExerciseTimer(self.timer_dialog, minutes)
            QVBoxLayout(self.timer_dialog).addWidget(self._timer)
            self.timer_dialog.resize(520, 360)
        timer = self._timer
        if not timer.running:
            timer.reset()
            timer.set_minutes(minutes)
        self.timer_dialog.setWindowTitle(entry.title if entry else self.tr("Exercise timer"))
        self.timer_dialog.show()
        self.timer_dialog.raise_()
        return timer


PAGE = WorkshopPage
