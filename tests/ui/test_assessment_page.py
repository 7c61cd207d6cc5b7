"""Scoring an assessment as a user: unscored stays unscored, the stage rule, the radar's data."""

from __future__ import annotations

import math

import numpy as np

from pcsc_workshop.core.assessment import assessment_for_delegation
from pcsc_workshop.core.workshops import list_delegations


def _page(window):
    return window.show_page("assessment")


def _radii(radar, series):
    xs, ys = series.curve.getData()
    return np.hypot(xs, ys)[:-1]  # the last point closes the curve


def test_scoring_saves_and_unscored_stays_unscored(qtbot, window, store, demo_id):
    page = _page(window)
    ids = list(page.form.rows)
    for i, element_id in enumerate(ids):
        if i in (4, 12):
            continue  # two elements left unscored on purpose
        page.form.set_score(element_id, 1 if i < 6 else 2)
    page.form.rows[ids[0]].evidence.setText("Vision adopted by the council in 2015")
    page.form.rows[ids[0]].evidence.editingFinished.emit()
    window.show_page("plans")  # switching pages saves at once
    with store.session() as s:
        delegation_id = list_delegations(s, demo_id)[0].id
        doc = assessment_for_delegation(s, delegation_id)
    assert doc.scores[ids[0]] == 1 and doc.scores[ids[6]] == 2
    assert doc.scores.get(ids[4]) is None and doc.scores.get(ids[12]) is None
    assert doc.evidence[ids[0]] == "Vision adopted by the council in 2015"
    # The form shows "not scored", not level 0, for the skipped elements.
    page = _page(window)
    assert page.form.rows[ids[4]].score() is None
    assert page.form.rows[ids[4]].combo.currentIndex() == 0
    assert "19 of 21" in page.coverage_label.text()


def test_radar_plots_exactly_the_scores_with_gaps(qtbot, window):
    page = _page(window)
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
    page = _page(window)
    ids = list(page.form.rows)
    for eid in ids[:8]:
        page.form.set_score(eid, 3)
    assert page.stage_suggestion.stage_id is None  # fewer than half scored
    assert "8 of 21" in page.stage_text.text()
    for eid in ids:
        page.form.set_score(eid, 3)
    assert page.stage_suggestion.stage_id == "jica.stage.sustainable-growth"
    page.form.set_score(ids[7], 0)
    page.form.set_score(ids[8], 0)
    page.form.set_score(ids[6], 0)  # the organisation domain now averages 0
    assert page.stage_suggestion.stage_id == "jica.stage.small-start"
    assert page.stage_suggestion.reason_code == "weak-domain"
    assert "below 1.0" in page.stage_text.text()
    # Undo brings the organisation domain back: accelerate or growth again.
    page.form.undo_stack.undo()
    assert page.stage_suggestion.stage_id != "jica.stage.small-start"
    assert page.form.rows[ids[6]].score() == 3


def test_weakest_elements_become_priorities(qtbot, window):
    page = _page(window)
    ids = list(page.form.rows)
    for i, eid in enumerate(ids):
        page.form.set_score(eid, 1 if i in (9, 15) else 3)
    assert page.priority_ids[:2] == [ids[9], ids[15]]
    assert page.plan_button.isEnabled()
