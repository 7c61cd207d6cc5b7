"""Workshop page: its details (editable), its agenda, its delegations and participants.

Details are saved as you type (like plans: a short timer, and `flush()` on page switch);
the agenda and people are changed through small dialogs that write straight to the core.
From here the facilitator also starts a new workshop (wizard), prints the agenda and opens
the exercise timer for a timed session.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.agenda import list_agenda
from pcsc_workshop.core.framework import Framework, load_framework
from pcsc_workshop.core.validation import InvalidInput
from pcsc_workshop.core.workshops import WorkshopFields, get_workshop, update_workshop
from pcsc_workshop.ui.dialogs.agenda import agenda_html, print_agenda_pdf
from pcsc_workshop.ui.dialogs.workshop_wizard import LANGUAGES, WorkshopWizard
from pcsc_workshop.ui.display import clock, no_italic_arabic
from pcsc_workshop.ui.pages.base import Page
from pcsc_workshop.ui.widgets.agenda_editor import AgendaEditor
from pcsc_workshop.ui.widgets.date_field import DateField
from pcsc_workshop.ui.widgets.exercise_timer import ExerciseTimer
from pcsc_workshop.ui.widgets.flow_layout import FlowLayout
from pcsc_workshop.ui.widgets.people_editor import PeopleEditor
from pcsc_workshop.ui.wording import refusal

AUTOSAVE_MS = 400


class WorkshopPage(Page):
    NAME = "workshop"
    SHOWS = frozenset({"workshops", "delegations", "participants", "agenda"})


    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._framework: Framework | None = None
        self._loading = False
        self._dirty = False
        self.timer_dialog: QDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

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
        self.title_edit = QLineEdit(tab)
        self.organisers = QPlainTextEdit(tab)
        self.organisers.setTabChangesFocus(True)
        self.organisers.setFixedHeight(70)
        self.venue = QLineEdit(tab)
        self.city = QLineEdit(tab)
        self.country = QLineEdit(tab)
        # typed dates (ISO or the locale's form); the end's calendar opens on the start
        self.start = DateField(tab, calendar_start=lambda: self.end.date())
        self.end = DateField(tab, calendar_start=lambda: self.start.date())
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._edited)
        self.language = QComboBox(tab)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.description = QPlainTextEdit(tab)
        self.description.setTabChangesFocus(True)
        self.error = QLabel(tab)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        for edit in (self.title_edit, self.venue, self.city, self.country):
            edit.textEdited.connect(self._edited)
        self.organisers.textChanged.connect(self._edited)
        self.description.textChanged.connect(self._edited)
        self.language.currentIndexChanged.connect(self._edited)
        form = QFormLayout(tab)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Organisers:"), self.organisers)
        form.addRow(self.tr("&Venue:"), self.venue)
        form.addRow(self.tr("C&ity:"), self.city)
        form.addRow(self.tr("C&ountry:"), self.country)
        form.addRow(self.tr("&Starts on:"), self.start)
        form.addRow(self.tr("&Ends on:"), self.end)
        # the workshop's working language: content (curriculum, quizzes, slides) is shown
        # in it by default; each reader may still switch their own content language
        self.language.setAccessibleName(self.tr("Working language"))
        self.language.setAccessibleDescription(self.tr(
            "Curriculum, knowledge checks, assessment and slides are shown in this language "
            "by default; each participant can switch their own content language"))
        self.language.setToolTip(self.language.accessibleDescription())
        form.addRow(self.tr("Working &language:"), self.language)
        form.addRow(self.tr("Descri&ption:"), self.description)
        self.certificate_button = QPushButton(self.tr("Certificate &details…"), tab)
        self.certificate_button.setToolTip(self.tr("Organiser logos and signatories printed on "
                                                   "every certificate"))
        self.certificate_button.clicked.connect(self.edit_certificate)
        form.addRow(self.tr("Certificates:"), self.certificate_button)
        form.addRow(self.error)
        return tab

    def edit_certificate(self):
        """Open the certificate details (logos, signatories) of the current workshop."""
        if not self.ctx.workshop_id:
            return None
        from pcsc_workshop.ui.dialogs.certificate_dialog import CertificateDialog

        self.certificate_dialog = CertificateDialog(self.ctx.store, self.ctx.workshop_id, self)
        self.certificate_dialog.open()
        return self.certificate_dialog

    def load(self) -> None:
        self.flush()
        if not self.ctx.workshop_id:
            self.heading.setText(self.tr("No workshop yet: start one with “New workshop…”"))
            return
        with self.ctx.store.session() as session:
            w = get_workshop(session, self.ctx.workshop_id)
            values = (w.title, w.organisers, w.venue, w.city, w.country, w.start_date,
                      w.end_date, w.language, w.description)
        self._loading = True
        try:
            (title, organisers, venue, city, country, start, end, language, desc) = values
            self.heading.setText(title)
            self.title_edit.setText(title)
            self.organisers.setPlainText(organisers)
            self.venue.setText(venue)
            self.city.setText(city)
            self.country.setText(country)
            for edit, d in ((self.start, start), (self.end, end)):
                edit.set_date(d)
            found = self.language.findData(language)
            if found < 0:
                self.language.addItem(language, language)
                found = self.language.count() - 1
            self.language.setCurrentIndex(found)
            self.description.setPlainText(desc)
            self.error.clear()
            self.status.clear()
        finally:
            self._loading = False
        self.agenda.load()
        self.people.load()

    def _edited(self, *_args) -> None:
        if self._loading or not self.ctx.workshop_id:
            return
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self._timer.start()

    @staticmethod
    def _date(edit: DateField) -> date | None:
        return edit.date()

    def flush(self) -> None:
        self._timer.stop()
        if not self._dirty or not self.ctx.workshop_id:
            return
        fields = WorkshopFields(
            title=self.title_edit.text(), organisers=self.organisers.toPlainText(),
            venue=self.venue.text(), city=self.city.text(), country=self.country.text(),
            start_date=self._date(self.start), end_date=self._date(self.end),
            language=self.language.currentData(), description=self.description.toPlainText())
        try:
            with self.ctx.store.session() as session:
                changed = update_workshop(session, self.ctx.workshop_id, fields)
        except InvalidInput as exc:
            self.error.setText(refusal(exc))  # kept on screen; saved once it is fixed
            self.status.setText(self.tr("Not saved"))
            self._dirty = False
            return
        self._dirty = False
        self.error.clear()
        self.heading.setText(fields.title)
        self.status.setText(self.tr("Saved at {0}").format(clock()))
        if changed:
            self.ctx.changes.changed.emit("workshop", self.ctx.workshop_id, self)
            window = self.window()
            if hasattr(window, "workshop_picker"):
                index = window.workshop_picker.findData(self.ctx.workshop_id)
                if index >= 0:
                    window.workshop_picker.setItemText(index, fields.title)

    # -- actions ------------------------------------------------------------------------------
    def new_workshop(self) -> WorkshopWizard:
        """Run the wizard; on Finish, switch the whole window to the new workshop."""
        self.flush()
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
        with self.ctx.store.session() as session:
            w = get_workshop(session, self.ctx.workshop_id)
            title, start = w.title, w.start_date
            subtitle = " · ".join(x for x in (w.venue, w.organisers) if x)
            agenda = list_agenda(session, w.id)
        return agenda_html(title, subtitle, start, agenda, self.agenda.link_title,
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
        if self.timer_dialog is None:
            self.timer_dialog = QDialog(self, Qt.WindowType.Window)
            self.timer_dialog.timer = ExerciseTimer(self.timer_dialog, minutes)
            QVBoxLayout(self.timer_dialog).addWidget(self.timer_dialog.timer)
            self.timer_dialog.resize(520, 360)
        timer: ExerciseTimer = self.timer_dialog.timer
        if not timer.running:
            timer.reset()
            timer.set_minutes(minutes)
        self.timer_dialog.setWindowTitle(entry.title if entry else self.tr("Exercise timer"))
        self.timer_dialog.show()
        self.timer_dialog.raise_()
        return timer


PAGE = WorkshopPage
