"""Dates are typed as people write them: ISO or the language's short form; empty stays empty;
the calendar opens on the workshop's dates (Alt+Down), in plan tables and workshop forms."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from pcsc_workshop.core.people import list_participants
from pcsc_workshop.core.plans import plan_for_participant
from pcsc_workshop.core.workshops import get_workshop
from pcsc_workshop.ui.widgets.date_field import DateField, parse_date
from tests.ui.conftest import type_text


@pytest.mark.parametrize("locale, typed", [
    ("en_US", "3/1/2027"), ("en_GB", "01/03/2027"), ("fr_FR", "01/03/2027"),
    ("fr_FR", "01/03/27"), ("pt_PT", "01/03/2027"), ("es_ES", "1/3/27"),
    ("ar_EG", "٢٠٢٧-٠٣-٠١"), ("ar_MA", "1/3/2027"), ("uk_UA", "01.03.2027"),
])
def test_the_locales_own_form_and_iso_parse(locale: str, typed: str) -> None:
    loc = QLocale(locale)
    assert parse_date(typed, loc) == date(2027, 3, 1)
    assert parse_date("2027-03-01", loc) == date(2027, 3, 1)
    own = loc.toString(QDate(2027, 3, 1), QLocale.FormatType.ShortFormat)
    assert parse_date(own, loc) == date(2027, 3, 1)
    assert parse_date("2027-02-30", loc) is None and parse_date("soon", loc) is None


def _open_plan(window):
    page = window.show_page("plans")
    with window.ctx.store.session() as s:
        person = list_participants(s, window.ctx.workshop_id)[2]
    page.select_participant(person.id)
    return page, person


def _editor(view) -> DateField:
    """The open cell editor (the view's only visible DateField)."""
    found = [w for w in view.findChildren(DateField) if w.isVisible()]
    assert len(found) == 1
    return found[0]


def _type_into_cell(qtbot, view, row: int, column: int, text: str) -> None:
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClicks(view, text[0])  # the first key opens the editor (as a user types)
    editor = _editor(view)
    assert editor.text() == text[0]  # the key went into the field, not "—0"
    type_text(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # Qt commits a cell on Enter on the next turn of the event loop


def test_typing_dates_in_next_steps_stores_them(make_window, qtbot) -> None:
    window = make_window()
    page, person = _open_plan(window)
    steps = page.editor.steps
    window.activateWindow()
    qtbot.waitActive(window)
    row = steps.model.add_row()
    start_col = [c.field for c in steps.model.columns].index("start_date")
    _type_into_cell(qtbot, steps.view, row, start_col, "2027-03-01")
    _type_into_cell(qtbot, steps.view, row, start_col + 1, "30/06/2027"
                    if QLocale().dateFormat(QLocale.FormatType.ShortFormat).startswith("d")
                    else "2027-06-30")
    assert steps.model.rows[row].start_date == date(2027, 3, 1)
    assert steps.model.rows[row].end_date == date(2027, 6, 30)
    # nonsense is refused in words and the date stays
    _type_into_cell(qtbot, steps.view, row, start_col, "20270301x")
    assert steps.model.rows[row].start_date == date(2027, 3, 1)
    assert "is not a date" in steps.last_refusal
    # emptying the cell gives no date (not 2000-01-01)
    steps.view.setCurrentIndex(steps.model.index(row, start_col))
    steps.view.edit(steps.model.index(row, start_col))
    editor = _editor(steps.view)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert steps.model.rows[row].start_date is None
    qtbot.waitUntil(lambda: not page.editor._dirty, timeout=3000)
    with window.ctx.store.session() as s:
        saved = plan_for_participant(s, person.id).next_steps[-1]
    assert (saved.start_date, saved.end_date) == (None, date(2027, 6, 30))
    # the form under the table shows the selected step whole
    steps.view.setCurrentIndex(steps.model.index(row, 0))
    assert steps.form.fields["end_date"].text() == "2027-06-30"


def test_the_calendar_opens_on_the_workshops_dates_with_alt_down(make_window, qtbot) -> None:
    window = make_window()
    page, _person = _open_plan(window)
    steps = page.editor.steps
    window.activateWindow()
    qtbot.waitActive(window)
    row = steps.model.add_row()
    col = [c.field for c in steps.model.columns].index("start_date")
    index = steps.model.index(row, col)
    steps.view.setCurrentIndex(index)
    steps.view.edit(index)
    editor = _editor(steps.view)
    assert editor.text() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = editor.popup
    assert popup is not None and popup.isVisible()
    with window.ctx.store.session() as s:
        start = get_workshop(s, window.ctx.workshop_id).start_date
    cal = popup.calendar
    assert (cal.yearShown(), cal.monthShown()) == (start.year, start.month)  # not 2000-01
    cal.clicked.emit(QDate(start.year, start.month, start.day + 1))
    assert steps.model.rows[row].start_date == date(start.year, start.month, start.day + 1)


def test_workshop_dates_are_typed_in_the_details(make_window, qtbot) -> None:
    window = make_window()
    page = window.show_page("workshop")
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)  # read on a worker
    page.start.setFocus()
    page.start.selectAll()
    type_text(page.start, QLocale().toString(QDate(2027, 3, 1), QLocale.FormatType.ShortFormat))
    qtbot.keyClick(page.start, Qt.Key.Key_Return)
    page.end.selectAll()
    type_text(page.end, "2027-03-05")
    qtbot.keyClick(page.end, Qt.Key.Key_Return)
    page.flush(wait=True)  # stored before it returns (what closing the window does)
    with window.ctx.store.session() as s:
        w = get_workshop(s, window.ctx.workshop_id)
    assert (w.start_date, w.end_date) == (date(2027, 3, 1), date(2027, 3, 5))
