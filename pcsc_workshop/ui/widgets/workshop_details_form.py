"""The workshop's details as one form: title, organisers, venue, place, dates, working
language, description. The new-workshop wizard and the workshop page both show it.

Why one widget: the form was built twice (wizard and page) and the two copies had started
to differ (labels, heights, which fields). Here `set_fields()` fills it without counting as
an edit, `fields()` reads it back as the core's `WorkshopFields`, and `edited` is emitted
for a user's edit only (the page's autosave listens to it).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from pcsc_workshop.core.workshops import WorkshopFields
from pcsc_workshop.ui.widgets.date_field import DateField

# The working languages offered, each in its own name (a reader finds theirs in any UI).
LANGUAGES = (("en", "English"), ("fr", "Français"), ("es", "Español"), ("ar", "العربية"),
             ("ru", "Русский"), ("pt", "Português"), ("bn", "বাংলা"), ("hi", "हिन्दी"),
             ("ja", "日本語"))


class WorkshopDetailsForm(QWidget):
    """`edited()`: the user changed a field (not emitted by `set_fields`)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, description: bool = True,
                 organisers_height: int = 70) -> None:
        super().__init__(parent)
        self._filling = False
        self.title_edit = QLineEdit(self)
        self.organisers = QPlainTextEdit(self)
        self.organisers.setTabChangesFocus(True)
        self.organisers.setFixedHeight(organisers_height)
        self.venue = QLineEdit(self)
        self.city = QLineEdit(self)
        self.country = QLineEdit(self)
        # typed dates (ISO or the locale's form); the end's calendar opens on the start
        self.start = DateField(self, calendar_start=lambda: self.end.date())
        self.end = DateField(self, calendar_start=lambda: self.start.date())
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.description: QPlainTextEdit | None = None
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Problem"))

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("&Organisers:"), self.organisers)
        self.form.addRow(self.tr("&Venue:"), self.venue)
        self.form.addRow(self.tr("C&ity:"), self.city)
        self.form.addRow(self.tr("C&ountry:"), self.country)
        self.form.addRow(self.tr("&Starts on:"), self.start)
        self.form.addRow(self.tr("&Ends on:"), self.end)
        # the workshop's working language: content (curriculum, quizzes, slides) is shown
        # in it by default; each reader may still switch their own content language
        self.language.setAccessibleName(self.tr("Working language"))
        self.language.setAccessibleDescription(self.tr(
            "Curriculum, knowledge checks, assessment and slides are shown in this language "
            "by default; each participant can switch their own content language"))
        self.language.setToolTip(self.language.accessibleDescription())
        self.form.addRow(self.tr("Working &language:"), self.language)
        if description:
            self.description = QPlainTextEdit(self)
            self.description.setTabChangesFocus(True)
            self.form.addRow(self.tr("Descri&ption:"), self.description)

        for line in (self.title_edit, self.venue, self.city, self.country):
            line.textEdited.connect(self._edited)
        for text in (self.organisers, self.description):
            if text is not None:
                text.textChanged.connect(self._edited)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._edited)
        self.language.currentIndexChanged.connect(self._edited)

    def add_error_row(self) -> None:
        """The problem line goes last, under whatever rows the owner added."""
        self.form.addRow(self.error)

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self.edited.emit()

    def set_fields(self, f: WorkshopFields) -> None:
        """Show `f` (a load, not an edit); an unknown working language is kept, as is."""
        self._filling = True
        try:
            self.title_edit.setText(f.title)
            self.organisers.setPlainText(f.organisers)
            self.venue.setText(f.venue)
            self.city.setText(f.city)
            self.country.setText(f.country)
            self.set_dates(f.start_date, f.end_date)
            found = self.language.findData(f.language)
            if found < 0:
                self.language.addItem(f.language, f.language)
                found = self.language.count() - 1
            self.language.setCurrentIndex(found)
            if self.description is not None:
                self.description.setPlainText(f.description)
            self.error.clear()
        finally:
            self._filling = False

    def set_dates(self, start: date | None, end: date | None) -> None:
        self.start.set_date(start)
        self.end.set_date(end)

    def fields(self) -> WorkshopFields:
        """What is on screen, as the core takes it (it checks and cleans it)."""
        return WorkshopFields(
            title=self.title_edit.text(), organisers=self.organisers.toPlainText(),
            venue=self.venue.text(), city=self.city.text(), country=self.country.text(),
            start_date=self.start.date(), end_date=self.end.date(),
            language=self.language.currentData() or "en",
            description=self.description.toPlainText() if self.description is not None
            else "")
