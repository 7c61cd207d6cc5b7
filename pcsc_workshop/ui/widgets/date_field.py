"""A date that can be typed: ISO (2027-03-01) or the UI language's own short form, or picked.

Why not QDateEdit: its sections make typing fight the widget (typing 2027-03-01 into an empty
one showed "—0270301" and was thrown away; after Up, 2027-06-30 became 2027-01-06), it has no
empty value (a minimum date stood for "none"), and its calendar opened on January 2000 while
Alt+Down changed the year. Here the text is free: what parses is the date, an empty field is
no date, anything else is refused in words and the last good date is kept. The calendar
(the button, Alt+Down or F4) opens on the field's date, else on the date the caller says
(the workshop's first day).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QVBoxLayout, QWidget

Day = date  # the type, by a name the method `DateField.date` does not hide
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def _from_q(d: QDate) -> date | None:
    return date(d.year(), d.month(), d.day()) if d.isValid() else None


def _to_q(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _four_digit_years(fmt: str) -> str:
    """The locale's short pattern with a 4-digit year ("dd/MM/yy" -> "dd/MM/yyyy")."""
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", fmt)


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """A date from what a person typed, or None when it is not one.

    Accepted: ISO 8601 (2027-03-01, also 2027-3-1), and the locale's short form with a 2- or
    4-digit year (French 01/03/2027 or 01/03/27, US 3/1/2027), and its long form. Two-digit
    years are read as 20xx: workshops are planned ahead, not in the 1920s.
    """
    text = (text or "").strip()
    if not text:
        return None
    m = _ISO.match(text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    locale = locale or QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    for fmt in (_four_digit_years(short), short, locale.dateFormat(QLocale.FormatType.LongFormat)):
        d = locale.toDate(text, fmt)
        if d.isValid():
            if "yyyy" not in fmt and d.year() < 2000:
                d = d.addYears(100)
            return _from_q(d)
    # the locale's digits and separators in its own order, whatever separator was typed
    parts = re.findall(r"\d+", text)
    if len(parts) == 3:
        order = [c for c in re.sub(r"[^dMy]", "", short) if c in "dMy"]
        order = list(dict.fromkeys(order))
        if sorted(order) == ["M", "d", "y"]:
            values = dict(zip(order, (int(p) for p in parts), strict=True))
            year = values["y"] + (2000 if values["y"] < 100 else 0)
            try:
                return date(year, values["M"], values["d"])
            except ValueError:
                return None
    return None


def shown(d: date | None) -> str:
    """How a date is written back into the field: ISO, the same in every language."""
    return d.isoformat() if d else ""


class _CalendarPopup(QWidget):
    """The calendar in a popup under the field; a click or Enter picks, Esc closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def _pick(self, d: QDate) -> None:
        self.picked.emit(d)
        self.close()


class DateField(QLineEdit):
    """A line edit for a date with a calendar button inside it. `date()` is None when empty.

    `dateChanged(object)` carries the new date (or None) when it changes by typing (on
    Enter or leaving the field) or by the calendar; `picked` after a calendar choice (a table
    closes its editor then). `calendar_start` gives the date the calendar opens on when the
    field is empty (the workshop's first day). One QLineEdit, so that it works as a table
    cell editor too (the delegate sees its keys and its focus).
    """

    dateChanged = Signal(object)  # noqa: N815 - Qt naming
    picked = Signal()

    def __init__(self, parent: QWidget | None = None, *,
                 calendar_start: Callable[[], date | None] | None = None) -> None:
        super().__init__(parent)
        self._date: date | None = None
        self.calendar_start = calendar_start
        # an example in both accepted forms (a pattern such as "dd/MM/yyyy" reads as code)
        self.setPlaceholderText(self.tr("e.g. {0} or {1}").format(
            "2027-03-01", QLocale().toString(QDate(2027, 3, 1), QLocale.FormatType.ShortFormat)))
        self.editingFinished.connect(self._typed)
        self.calendar_action = QAction("▾", self)
        self.calendar_action.setToolTip(self.tr("Open the calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.popup: _CalendarPopup | None = None
        self.problem = ""

    # -- value --------------------------------------------------------------------------
    def date(self) -> date | None:
        """The date shown: what is typed once it parses (empty: None), else the last good one."""
        typed = self.text()
        if typed != shown(self._date):
            parsed = parse_date(typed)
            if parsed is not None or not typed.strip():
                return parsed
        return self._date

    def set_date(self, value: Day | None) -> None:
        """Show `value` without emitting dateChanged (loading, not editing)."""
        self._date = value
        self.setText(shown(value))
        self._mark("")

    def text_is_valid(self) -> bool:
        typed = self.text().strip()
        return not typed or parse_date(typed) is not None

    def _commit(self, value: Day | None) -> None:
        self.setText(shown(value))
        self._mark("")
        if value != self._date:
            self._date = value
            self.dateChanged.emit(value)

    def _typed(self) -> None:
        typed = self.text().strip()
        if not typed:
            self._commit(None)
        elif (parsed := parse_date(typed)) is not None:
            self._commit(parsed)
        else:
            self._mark(refusal_text(typed))

    def _mark(self, problem: str) -> None:
        self.problem = problem
        self.setToolTip(problem)
        self.setAccessibleDescription(problem)
        self.setStyleSheet("border: 2px solid #b00020;" if problem else "")

    # -- calendar -----------------------------------------------------------------------
    def open_calendar(self) -> _CalendarPopup:
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        start = self.date() or (self.calendar_start() if self.calendar_start else None) \
            or date.today()
        self.popup.calendar.setSelectedDate(_to_q(start))
        self.popup.calendar.setCurrentPage(start.year, start.month)
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.popup.show()
        self.popup.calendar.setFocus()
        return self.popup

    def _picked(self, d: QDate) -> None:
        self._commit(_from_q(d))
        self.setFocus()
        self.picked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        alt_down = event.key() == Qt.Key.Key_Down and \
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)


def refusal_text(typed: str) -> str:
    """What to say about text that is not a date (with an example in both accepted forms)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "DateField", "“{0}” is not a date: type it as 2027-03-01 or {1}").format(
        typed, QLocale().toString(QDate(2027, 3, 1), QLocale.FormatType.ShortFormat))


__all__ = ["DateField", "parse_date", "refusal_text", "shown"]
