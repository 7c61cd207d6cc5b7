"""A participant types an action plan like a user; it survives a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pcsc_workshop.core.plans import plan_for_participant
from pcsc_workshop.core.workshops import list_participants
from tests.ui.conftest import type_text

TYPED = "Abrir datos — افتح البيانات — ডেটা খুলুন — Відкриті дані"


def _open_plan(window, person_index: int = 2):
    page = window.show_page("plans")
    with window.ctx.store.session() as s:
        person = list_participants(s, window.ctx.workshop_id)[person_index]
    page.select_participant(person.id)
    return page, person


def test_sidebar_navigates_between_pages(make_window, qtbot) -> None:
    window = make_window()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Action plans" in titles and "Workshop" in titles
    window.nav.setCurrentRow(titles.index("Workshop"))
    assert window.stack.currentWidget().NAME == "workshop"
    assert window.stack.currentWidget().agenda.session_count() == 10


def test_typed_text_survives_a_restart(make_window, qtbot) -> None:
    window = make_window()
    page, person = _open_plan(window)
    edit = page.editor.sections["challenges"]
    edit.setFocus()
    type_text(edit, TYPED)
    # Autosave fires by itself once typing pauses: wait for it, do not call flush().
    qtbot.waitUntil(lambda: not page.editor._dirty, timeout=2000)
    window.close()

    again = make_window()
    page2, _ = _open_plan(again)
    assert page2.editor.sections["challenges"].toPlainText() == TYPED


def test_rows_can_be_added_reordered_and_removed(make_window, qtbot) -> None:
    window = make_window()
    page, person = _open_plan(window)
    steps = page.editor.steps
    for text in ("first", "second", "third"):
        qtbot.mouseClick(steps.add_button, Qt.MouseButton.LeftButton)
        row = steps.model.rowCount() - 1
        steps.model.setData(steps.model.index(row, 0), text)
    steps.view.selectRow(2)
    steps.view.setCurrentIndex(steps.model.index(2, 0))
    qtbot.mouseClick(steps.up_button, Qt.MouseButton.LeftButton)
    steps.view.setCurrentIndex(steps.model.index(0, 0))
    qtbot.mouseClick(steps.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.editor._dirty, timeout=2000)
    with window.ctx.store.session() as s:
        doc = plan_for_participant(s, person.id)
    assert [r.action for r in doc.next_steps] == ["third", "second"]


def test_switching_participant_saves_at_once(make_window, qtbot) -> None:
    window = make_window()
    page, person = _open_plan(window)
    page.editor.sections["approaches"].setPlainText("Quick wins first")
    _open_plan(window, person_index=3)  # no wait: the switch itself must save
    with window.ctx.store.session() as s:
        doc = plan_for_participant(s, person.id)
    assert doc.approaches == "Quick wins first"
