"""Scoring an assessment as a user: unscored stays unscored, the stage rule, the radar's data."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt

from pcsc_workshop.core.assessment import assessment_for_delegation
from pcsc_workshop.core.people import list_delegations


def _page(window, qtbot):
    """The page with the first delegation's assessment shown (read on a worker)."""
    page = window.show_page("assessment")
    qtbot.waitUntil(lambda: page.ready, timeout=5000)
    return page


def _radii(radar, series):
    xs, ys = series.curve.getData()
    return np.hypot(xs, ys)[:-1]  # the last point closes the curve


def test_scoring_saves_and_unscored_stays_unscored(qtbot, window, store, demo_id):
    page = _page(window, qtbot)
    ids = list(page.form.rows)
    for i, element_id in enumerate(ids):
        if i in (4, 12):
            continue  # two elements left unscored on purpose
        page.form.set_score(element_id, 1 if i < 6 else 2)
    page.form.rows[ids[0]].evidence.setText("Vision adopted by the council in 2015")
    page.form.rows[ids[0]].evidence.editingFinished.emit()
    window.show_page("plans")  # switching pages starts the save at once (on a worker)
    assert not page.saver.dirty
    qtbot.waitUntil(lambda: not page.pending, timeout=5000)
    with store.session() as s:
        delegation_id = list_delegations(s, demo_id)[0].id
        doc = assessment_for_delegation(s, delegation_id)
    assert doc.scores[ids[0]] == 1 and doc.scores[ids[6]] == 2
    assert doc.scores.get(ids[4]) is None and doc.scores.get(ids[12]) is None
    assert doc.evidence[ids[0]] == "Vision adopted by the council in 2015"
    # The form shows "not scored", not level 0, for the skipped elements.
    page = _page(window, qtbot)
    assert page.form.rows[ids[4]].score() is None
    assert page.form.rows[ids[4]].combo.currentIndex() == 0
    assert f"{len(ids) - 2} of {len(ids)}" in page.coverage_label.text()


def test_radar_plots_exactly_the_scores_with_gaps(qtbot, window):
    page = _page(window, qtbot)
    ids = list(page.form.rows)
    wanted = {eid: (i % 5) for i, eid in enumerate(ids) if i not in (2, 17)}
    for eid, score in wanted.items():
        page.form.set_score(eid, score)
    radii = _radii(page.radar, page.radar.main)
    for i, eid in enumerate(ids):
        if eid in wanted:
            assert math.isclose(radii[i], wanted[eid], abs_tol=1e-9)
        else:
            assert math.isnan(radii[i])  # a gap in the line, never a zero
    # The cross marking each unscored element sits on its spoke, outside the scale.
    mx, my = page.radar.main.missing.getData()
    assert len(mx) == 2
    assert np.allclose(np.hypot(mx, my), 4.2)
    # The domain group boxes show the means of scored elements only.
    assert "not scored" not in page.form.domain_boxes["jica.domain.policy"].title()


def test_stage_suggestion_follows_the_rule(qtbot, window):
    page = _page(window, qtbot)
    ids = list(page.form.rows)
    for eid in ids[:8]:
        page.form.set_score(eid, 3)
    assert page.stage_suggestion.stage_id is None  # fewer than half scored
    assert f"8 of {len(ids)}" in page.stage_text.toPlainText()
    for eid in ids:
        page.form.set_score(eid, 3)
    assert page.stage_suggestion.stage_id == "jica.stage.sustainable-growth"
    page.form.set_score(ids[7], 0)
    page.form.set_score(ids[8], 0)
    page.form.set_score(ids[6], 0)  # the organisation domain now averages 0
    assert page.stage_suggestion.stage_id == "jica.stage.small-start"
    assert page.stage_suggestion.reason_code == "weak-domain"
    assert "below 1.0" in page.stage_text.toPlainText()
    # Undo brings the organisation domain back: accelerate or growth again.
    page.form.undo_stack.undo()
    assert page.stage_suggestion.stage_id != "jica.stage.small-start"
    assert page.form.rows[ids[6]].score() == 3


def test_weakest_elements_become_priorities(qtbot, window):
    page = _page(window, qtbot)
    ids = list(page.form.rows)
    for i, eid in enumerate(ids):
        page.form.set_score(eid, 1 if i in (9, 15) else 3)
    assert page.priority_ids[:2] == [ids[9], ids[15]]
    assert page.plan_button.isEnabled()


def test_the_rubric_is_labelled_ours_and_every_level_reads_in_full(qtbot, window):
    from pcsc_workshop.core.curriculum import load_curriculum

    page = _page(window, qtbot)
    form = page.form
    assert form.rubric_title.text() == "Rubric by PCSC Workshop, based on JICA's 21 elements"
    qtbot.waitUntil(form.rubric_title.isVisible)
    rules = load_curriculum().get("jica.rubric").scoring_rules
    assert all(rule in form.rubric_rules.text() for rule in rules)
    element = next(e for e in load_curriculum().elements if e.number == 8)
    row = form.rows[element.id]
    # every level's whole text is in the list, none cut short
    for level, text in enumerate(element.descriptors):
        assert text in row.combo.itemText(level + 1)
        assert not row.combo.itemText(level + 1).endswith("…")
    # the chosen level, with its check, reads in full under the choice and for screen readers
    form.set_score(element.id, 3)
    shown = row.descriptor.text()
    assert element.descriptors[3] in shown and element.checks[3] in shown
    assert element.checks[3] in row.combo.accessibleDescription()
    # while the list is open, the level under the pointer is described, then the chosen again
    row.combo.showPopup()
    qtbot.waitUntil(lambda: row.combo.view().isVisible())
    row.combo.highlighted.emit(5)
    assert element.descriptors[4] in row.descriptor.text()
    assert element.checks[4] in row.descriptor.text()
    # the popup wraps long levels instead of cutting them: each item is tall enough
    view = row.combo.view()
    screen = row.combo.screen().availableGeometry().width()
    assert view.window().width() <= max(420, screen // 2) + 10 or view.window().width() <= screen
    for i in range(1, 6):
        needed = view.fontMetrics().boundingRect(
            0, 0, view.viewport().width() - 24, 10_000, int(Qt.TextFlag.TextWordWrap),
            row.combo.itemText(i)).height()
        assert view.visualRect(row.combo.model().index(i, 0)).height() >= needed
    row.combo.hidePopup()
    assert element.descriptors[3] in row.descriptor.text()


def test_a_priority_says_what_the_next_level_asks_for(qtbot, window):
    from pcsc_workshop.core.curriculum import load_curriculum

    page = _page(window, qtbot)
    ids = list(page.form.rows)
    for eid in ids:
        page.form.set_score(eid, 3)
    element = next(e for e in load_curriculum().elements if e.number == 11)
    page.form.set_score(element.id, 1)
    row = page.priorities.item(0)
    assert row.data(Qt.ItemDataRole.UserRole) == element.id
    tip = row.toolTip()
    assert element.descriptors[1] in tip
    assert element.descriptors[2] in tip and element.checks[2] in tip


def test_a_picked_delegations_rows_shown_a_slice_at_a_time_never_mix_two(qtbot) -> None:
    """The form holds a delegation's values at once and shows them a slice of rows per step:
    before a row's step runs its stored note is what is saved, an edit there starts from the
    stored values, and what is typed there is kept."""
    from pcsc_workshop.core.assessment import stable_elements
    from pcsc_workshop.ui.widgets.assessment_form import ROWS_PER_SHOW, AssessmentForm

    form = AssessmentForm()
    qtbot.addWidget(form)
    elements = stable_elements()
    form.build(elements, {})
    ids = list(form.rows)
    form.set_values({eid: 1 for eid in ids}, {eid: "old" for eid in ids})
    steps = form.set_values_steps({eid: 3 for eid in ids}, {eid: f"new {eid}" for eid in ids})
    assert len(steps) == -(-len(ids) // ROWS_PER_SHOW) > 1  # a slice of rows a step
    steps[0]()
    first, last, typed = ids[0], ids[-1], ids[-2]
    assert form.rows[first].score() == 3 and form.rows[first].evidence.text() == f"new {first}"
    assert form.rows[last].score() == 1  # not shown yet...
    assert form.notes()[last] == f"new {last}"  # ...but its note is the new one
    assert form.scores()[last] == 3
    form.set_score(last, 4)  # edited before its step: the new note comes with it
    assert form.rows[last].evidence.text() == f"new {last}" and form.scores()[last] == 4
    form.rows[typed].evidence.textEdited.emit("mine")  # typing there: kept as typed
    form.rows[typed].evidence.setText("mine")
    for step in steps[1:]:
        step()
    assert form.rows[last].score() == 4
    assert form.rows[typed].evidence.text() == "mine" and form.notes()[typed] == "mine"
    assert all(form.rows[e].score() == 3 for e in ids if e != last)
    assert {e: form.rows[e].evidence.text() for e in ids if e != typed} == {
        e: f"new {e}" for e in ids if e != typed}


def test_back_on_a_delegation_whose_scores_wait_behind_a_save_it_shows_them(
        qtbot, window, store, demo_id, monkeypatch):
    """Scores typed just before leaving a delegation, still queued behind a running save,
    are on screen when the facilitator comes back to it (and stored), not the older ones."""
    import threading

    page = _page(window, qtbot)
    first_id = page.delegation.currentData()
    ids = list(page.form.rows)
    before = {e: page.form.rows[e].score() for e in ids[:2]}
    new = {e: (2 if before[e] != 2 else 3) for e in ids[:2]}
    assessments, gate = window.ctx.door.assessments, threading.Event()
    set_scores = assessments.set_scores
    monkeypatch.setattr(assessments, "set_scores",
                        lambda *a, **kw: (gate.wait(5), set_scores(*a, **kw))[1])
    try:
        page.form.set_score(ids[0], new[ids[0]])
        page.flush(wait=False)  # on a worker, held at the gate
        page.form.set_score(ids[1], new[ids[1]])
        page.delegation.setCurrentIndex(1)  # while the save waits: the second is queued
        qtbot.waitUntil(lambda: page.ready and page.delegation.currentData() != first_id,
                        timeout=5000)
        page.delegation.setCurrentIndex(0)  # back
        qtbot.wait(200)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: page.ready and not page.pending
                    and page.delegation.currentData() == first_id, timeout=5000)
    qtbot.wait(100)  # the rows are shown a slice per turn
    assert {e: page.form.rows[e].score() for e in ids[:2]} == new
    with store.session() as s:
        doc = assessment_for_delegation(s, first_id)
    assert {e: doc.scores.get(e) for e in ids[:2]} == new
