"""Plans and self-assessments behind the door, as a user meets them: Edit › Undo after an
autosave, after accepting a suggestion and after a score; an autosave that cannot write keeps
the edit, says why and gets it in later; people added elsewhere appear at once."""

from __future__ import annotations

import sqlite3

from pcsc_workshop.core.assessment import assessment_for_delegation, set_score, stable_elements
from pcsc_workshop.core.people import ParticipantFields, list_delegations, list_participants
from pcsc_workshop.core.plans import plan_for_delegation, plan_for_participant
from pcsc_workshop.door import Outcome
from pcsc_workshop.ui.operations import run_op


def _menu_undo(qtbot, window) -> None:
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()


def test_edit_undo_after_an_autosave_puts_the_stored_plan_back_on_screen(qtbot, window, store,
                                                                        demo_id):
    with store.session() as s:
        person = list_participants(s, demo_id)[0]
        original = plan_for_participant(s, person.id).challenges
    page = window.show_page("plans")
    page.select_participant(person.id)
    editor = page.editor
    editor.sections["challenges"].setPlainText("Le financement — التمويل")
    qtbot.waitUntil(lambda: not editor.pending, timeout=5000)  # autosaved by itself
    with store.session() as s:
        assert plan_for_participant(s, person.id).challenges == "Le financement — التمويل"
    assert window.undo_action.text() == "&Undo Edit plan"

    _menu_undo(qtbot, window)
    qtbot.waitUntil(lambda: editor.sections["challenges"].toPlainText() == original,
                    timeout=5000)  # the editor shows the plan as stored again
    with store.session() as s:
        assert plan_for_participant(s, person.id).challenges == original
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: editor.sections["challenges"].toPlainText()
                    == "Le financement — التمويل", timeout=5000)


def _score_weak(store, delegation_id):
    with store.session() as s:
        doc = assessment_for_delegation(s, delegation_id)
        for e in stable_elements():
            set_score(s, doc.id, e.id, 0 if e.number in (16, 13) else 3)


def test_edit_undo_takes_an_accepted_suggestion_back(qtbot, window, store, demo_id):
    with store.session() as s:
        delegation = list_delegations(s, demo_id)[1]
    _score_weak(store, delegation.id)
    page = window.show_page("plans")
    page.open_delegation_plan(delegation.id)
    coach = page.editor.coach
    qtbot.waitUntil(lambda: bool(coach.suggestions), timeout=5000)
    before = page.editor.steps.model.rowCount()
    chosen = coach.suggestions[0]
    coach.suggestion_list.setCurrentRow(0)
    coach.accept_button.click()
    qtbot.waitUntil(lambda: page.editor.steps.model.rowCount() == before + 1, timeout=5000)
    qtbot.waitUntil(lambda: not page.editor.pending, timeout=5000)
    assert window.undo_action.text() == "&Undo Accept a suggestion"

    _menu_undo(qtbot, window)
    qtbot.waitUntil(lambda: page.editor.steps.model.rowCount() == before, timeout=5000)
    with store.session() as s:
        assert len(plan_for_delegation(s, delegation.id).next_steps) == before
    qtbot.waitUntil(lambda: chosen.id in [x.id for x in coach.suggestions], timeout=5000)


def test_edit_undo_of_a_score_and_the_page_shows_it(qtbot, window, store, demo_id):
    page = window.show_page("assessment")
    qtbot.waitUntil(lambda: page.ready, timeout=5000)
    element = stable_elements()[6]
    coverage = page.coverage_label.text()  # "... n of 21 ..." before the edit
    page.form.set_score(element.id, 2)
    qtbot.waitUntil(lambda: not page.pending, timeout=5000)
    assert window.undo_action.text() == "&Undo Score element 7"
    assert page.coverage_label.text() != coverage  # one more element scored
    with store.session() as s:
        did = list_delegations(s, demo_id)[0].id
        assert assessment_for_delegation(s, did).scores[element.id] == 2

    _menu_undo(qtbot, window)
    qtbot.waitUntil(lambda: page.form.rows[element.id].score() is None, timeout=5000)
    with store.session() as s:
        assert assessment_for_delegation(s, did).score(element.id) is None
    assert page.coverage_label.text() == coverage  # the figures as before the edit


def test_a_save_that_cannot_write_keeps_the_edit_says_why_and_retries(qtbot, window, store,
                                                                      demo_id, monkeypatch):
    from sqlalchemy import event

    from pcsc_workshop.ui import autosave

    monkeypatch.setattr(autosave, "RETRY_MS", 300)
    store.engine.dispose()
    event.listen(store.engine, "connect", lambda con, _r: con.execute("PRAGMA busy_timeout=50"))
    with store.session() as s:
        person = list_participants(s, demo_id)[2]
    page = window.show_page("plans")
    page.select_participant(person.id)
    editor = page.editor
    other = sqlite3.connect(str(store.path))
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        editor.sections["approaches"].setPlainText("Pilot in one district first")
        qtbot.waitUntil(lambda: editor.status.text().startswith("Not saved:"), timeout=5000)
        assert editor.pending  # kept: still to be saved
        assert editor.sections["approaches"].toPlainText() == "Pilot in one district first"
    finally:
        other.rollback()
        other.close()
    qtbot.waitUntil(lambda: not editor.pending and editor.status.text().startswith("Saved"),
                    timeout=5000)
    with store.session() as s:
        assert plan_for_participant(s, person.id).approaches == "Pilot in one district first"


def test_people_added_elsewhere_are_on_plans_and_self_assessment_at_once(qtbot, window,
                                                                          demo_id):
    plans = window.show_page("plans")
    qtbot.waitUntil(lambda: len(plans._plan_items()) > 0, timeout=5000)
    assessment = window.show_page("assessment")
    qtbot.waitUntil(lambda: assessment.delegation.count() > 0, timeout=5000)
    ctx = window.ctx
    added: dict[str, str] = {}

    def add(door):
        did = door.people.add_delegation(demo_id, "Mozambique", "Beira")
        added["did"] = did.value
        pid = door.people.add_participant(demo_id, ParticipantFields(
            name="Nádia <i>Mondlane</i>", delegation_id=did.value))
        added["pid"] = pid.value
        return Outcome(pid.value, did.changes | pid.changes)

    run_op(None, ctx, add)  # as the Workshop page does
    qtbot.waitUntil(lambda: assessment.delegation.findData(added.get("did")) >= 0,
                    timeout=5000)  # on screen: refreshed at once
    window.show_page("plans")  # was hidden: refreshed when shown
    qtbot.waitUntil(lambda: any(i.text(0) == "Nádia <i>Mondlane</i>"
                                for i in plans._plan_items()), timeout=5000)
    plans.select_participant(added["pid"])
    assert plans.editor.doc.owner_name == "Nádia <i>Mondlane</i>"


def test_back_on_a_plan_whose_edits_wait_behind_a_save_it_shows_them(qtbot, window, store,
                                                                     demo_id, monkeypatch):
    import threading

    from pcsc_workshop.ui.pages.plans import ROLE_ID

    with store.session() as s:
        first, second = list_participants(s, demo_id)[:2]
    page = window.show_page("plans")
    page.select_participant(first.id)
    editor = page.editor
    plans, gate = window.ctx.door.plans, threading.Event()
    save = plans.save
    monkeypatch.setattr(plans, "save", lambda doc, **kw: (gate.wait(5), save(doc, **kw))[1])
    items = {item.data(0, ROLE_ID): item for item in page._plan_items()}
    try:
        editor.sections["challenges"].setPlainText("Typed first")
        editor.flush()  # on a worker, held at the gate
        editor.sections["challenges"].setPlainText("Typed first, then more")
        page.tree.setCurrentItem(items[second.id])  # while the save waits
        qtbot.waitUntil(lambda: editor.doc is not None and editor.doc.owner_id == second.id,
                        timeout=5000)
        page.tree.setCurrentItem(items[first.id])  # back: its newer words are queued
        qtbot.wait(200)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: editor.doc is not None and editor.doc.owner_id == first.id
                    and not editor.pending, timeout=5000)
    assert editor.sections["challenges"].toPlainText() == "Typed first, then more"
    with store.session() as s:
        assert plan_for_participant(s, first.id).challenges == "Typed first, then more"
