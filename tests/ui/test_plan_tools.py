"""Plan editor tools: undo/redo, coaching flags, suggestions from the assessment, and the
delegation plan built from members' items."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from pcsc_workshop.core.assessment import assessment_for_delegation, set_score, stable_elements
from pcsc_workshop.core.people import list_delegations, list_participants
from pcsc_workshop.core.plans import (
    NextStepRow,
    SupportRow,
    plan_for_delegation,
    plan_for_participant,
    save_plan,
)


def _open_participant(window, store, demo_id, index=0):
    with store.session() as s:
        person = list_participants(s, demo_id)[index]
    page = window.show_page("plans")
    page.select_participant(person.id)
    return page, person


def test_undo_and_redo_a_section_and_a_table_edit(qtbot, window, store, demo_id):
    page, person = _open_participant(window, store, demo_id)
    editor = page.editor
    edit = editor.sections["challenges"]
    original = edit.toPlainText()
    edit.setPlainText(original + " Also: no budget line for maintenance.")
    model = editor.steps.model
    first_action = model.rows[0].action
    model.setData(model.index(0, 0), "Rewritten action")
    assert editor.undo_stack.count() == 2
    editor.undo_action.trigger()  # the table edit
    assert model.rows[0].action == first_action
    editor.undo_action.trigger()  # the section edit
    assert edit.toPlainText() == original
    editor.redo_action.trigger()
    assert edit.toPlainText().endswith("maintenance.")
    editor.flush()  # saved on a worker: wait until it is stored
    qtbot.waitUntil(lambda: not editor.pending, timeout=5000)
    with store.session() as s:
        doc = plan_for_participant(s, person.id)
    assert doc.challenges.endswith("maintenance.")
    assert doc.next_steps[0].action == first_action  # the undone edit is what was saved


def test_ctrl_z_in_a_section_uses_the_plan_undo_stack(qtbot, window, store, demo_id):
    page, _person = _open_participant(window, store, demo_id)
    edit = page.editor.sections["approaches"]
    original = edit.toPlainText()
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " More.")
    assert edit.toPlainText() == original + " More."
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == original
    qtbot.keyClick(edit, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert edit.toPlainText() == original + " More."


def test_coaching_flags_steps_and_scores_the_plan(qtbot, window, store, demo_id):
    page, _person = _open_participant(window, store, demo_id)
    editor = page.editor
    before = editor.quality.score
    editor.steps.add_button.click()
    row = editor.steps.model.rowCount() - 1
    editor.steps.model.setData(editor.steps.model.index(row, 0), "Open a data portal")
    header = editor.steps.model.headerData(row, Qt.Orientation.Vertical)
    assert header.endswith("⚠")
    tip = editor.steps.model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "responsible" in tip and "indicator" in tip
    assert editor.quality.score < before
    improvements = [editor.coach.improvements.item(i).text()
                    for i in range(editor.coach.improvements.count())]
    assert any(f"steps {row + 1}" in t for t in improvements)
    # Dates ending before they start are flagged in words.
    editor.steps.model.setData(editor.steps.model.index(row, 2), date(2017, 5, 1))
    editor.steps.model.setData(editor.steps.model.index(row, 3), date(2017, 2, 1))
    tip = editor.steps.model.data(editor.steps.model.index(row, 3), Qt.ItemDataRole.ToolTipRole)
    assert "before the start" in tip


def _score_weak(store, delegation_id):
    with store.session() as s:
        doc = assessment_for_delegation(s, delegation_id)
        for e in stable_elements():
            set_score(s, doc.id, e.id, 0 if e.number in (16, 13) else 3)


def test_suggestions_from_the_assessment_accept_and_dismiss(qtbot, window, store, demo_id):
    with store.session() as s:
        delegation = list_delegations(s, demo_id)[1]
    _score_weak(store, delegation.id)
    page = window.show_page("assessment")
    page.select_delegation(delegation.id)
    qtbot.waitUntil(lambda: page.ready and page.doc.owner_id == delegation.id,
                    timeout=5000)  # read on a worker
    assert page.plan_button.isEnabled()
    page.open_plan_suggestions()
    plans = window.stack.currentWidget()
    assert plans.NAME == "plans"
    coach = plans.editor.coach
    assert plans.editor.doc.owner_kind == "delegation"
    qtbot.waitUntil(lambda: bool(coach.suggestions), timeout=5000)  # read on a worker
    assert coach.suggestion_list.currentRow() == 0  # put in view, first one chosen
    first = coach.suggestions[0]
    assert first.element_id in ("jica.element.data-utilization",
                                "jica.element.citizen-participation")
    coach.suggestion_list.setCurrentRow(0)
    steps_before = plans.editor.steps.model.rowCount()
    coach.accept_button.click()
    qtbot.waitUntil(lambda: plans.editor.steps.model.rowCount() == steps_before + 1,
                    timeout=5000)
    new_step = plans.editor.steps.model.rows[-1]
    assert new_step.link_ref == first.link_ref
    qtbot.waitUntil(lambda: first.id not in [s.id for s in coach.suggestions]
                    and coach.suggestion_list.count() > 0, timeout=5000)  # no longer open
    if coach.suggestions:
        dismissed = coach.suggestions[0]
        coach.suggestion_list.setCurrentRow(0)
        coach.dismiss_button.click()
        qtbot.waitUntil(lambda: dismissed.id not in [s.id for s in coach.suggestions]
                        and coach.suggestion_list.count() > 0, timeout=5000)


def test_delegation_plan_built_from_members_items(qtbot, window, store, demo_id):
    with store.session() as s:
        delegation = list_delegations(s, demo_id)[5]  # Pune: two members
        members = [p for p in list_participants(s, demo_id) if p.delegation_id == delegation.id]
        for n, person in enumerate(members):
            doc = plan_for_participant(s, person.id)
            doc.next_steps = [NextStepRow(action=f"Step {n} of {person.name}",
                                          responsible="GIS cell")]
            doc.support = [SupportRow(provider="JICA", kind="technical assistance",
                                      detail=f"Help {n}")]
            save_plan(s, doc)
    page = window.show_page("plans")
    page.open_delegation_plan(delegation.id)
    coach = page.editor.coach
    assert coach.members_box.isVisibleTo(page)
    assert coach.member_list.count() == 4
    step_ids, support_ids = [], []
    with store.session() as s:
        for person in members:
            doc = plan_for_participant(s, person.id)
            step_ids.append(doc.next_steps[0].id)
            support_ids.append(doc.support[0].id)
    coach.check_member_items([*step_ids, support_ids[0]])
    assert coach.pull_checked() == 3
    editor = page.editor
    qtbot.waitUntil(lambda: editor.support.model.rowCount() == 1, timeout=5000)
    assert [r.action for r in editor.steps.model.rows] == [
        f"Step 0 of {members[0].name}", f"Step 1 of {members[1].name}"]
    assert [r.detail for r in editor.support.model.rows] == ["Help 0"]
    with store.session() as s:
        saved = plan_for_delegation(s, delegation.id)
    assert {r.source_ref for r in saved.next_steps} == set(step_ids)
    # Pulled items are marked and cannot be pulled twice.
    def texts():
        return [coach.member_list.item(i).text() for i in range(coach.member_list.count())]

    qtbot.waitUntil(lambda: sum("in the delegation plan" in t for t in texts()) == 3,
                    timeout=5000)


def test_accepting_a_suggestion_is_one_more_undoable_step(qtbot, window, store, demo_id,
                                                          monkeypatch):
    """Typing, then accepting: Ctrl+Z takes the suggestion back, then the typing."""
    from pcsc_workshop.ui.widgets import plan_coach

    with store.session() as s:
        delegation = list_delegations(s, demo_id)[1]
    _score_weak(store, delegation.id)
    page = window.show_page("plans")
    page.open_delegation_plan(delegation.id)
    editor = page.editor
    editor.sections["approaches"].setPlainText("Start with the data")
    typed_steps = editor.undo_stack.count()
    assert typed_steps >= 1
    before = editor.steps.model.rowCount()
    coach = editor.coach
    qtbot.waitUntil(lambda: bool(coach.suggestions), timeout=5000)
    coach.suggestion_list.setCurrentRow(0)
    seen = {}

    def fake_exec(dialog):  # "Edit & accept…": a wrapping, multi-line box
        seen["wrap"] = dialog.edit.lineWrapMode()
        seen["lines"] = dialog.edit.height() // dialog.fontMetrics().lineSpacing()
        dialog.edit.setPlainText("Publish the open-data charter, then train every "
                                 "department's data steward in the first quarter")
        return True

    monkeypatch.setattr(plan_coach.EditStepDialog, "exec", fake_exec)
    coach.edit_button.click()
    assert seen["wrap"] == plan_coach.QPlainTextEdit.LineWrapMode.WidgetWidth
    assert seen["lines"] >= 3
    qtbot.waitUntil(lambda: editor.steps.model.rowCount() == before + 1, timeout=5000)
    assert editor.steps.model.rows[-1].action.startswith("Publish the open-data charter")
    assert editor.undo_stack.count() == typed_steps + 1  # history kept, one step more
    assert editor.sections["approaches"].toPlainText() == "Start with the data"
    editor.undo_stack.undo()
    assert editor.steps.model.rowCount() == before
    editor.flush()
    qtbot.waitUntil(lambda: not editor.pending, timeout=5000)
    with store.session() as s:
        assert len(plan_for_delegation(s, delegation.id).next_steps) == before
    editor.undo_stack.undo()
    assert editor.sections["approaches"].toPlainText() == ""
    editor.undo_stack.redo()
    editor.undo_stack.redo()
    assert editor.steps.model.rowCount() == before + 1
