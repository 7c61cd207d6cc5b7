"""Knowledge checks behind the door: a real SQLite file, scores, changes, undo."""

from __future__ import annotations

import pytest

from pcsc_workshop.core.curriculum import load_curriculum
from pcsc_workshop.core.quiz import QuizError
from pcsc_workshop.door import Door

MODULE = "module.evidence"


@pytest.fixture
def door(store):
    return Door(store)


@pytest.fixture
def cur():
    return load_curriculum()


def _people(door, workshop_id):
    return [p.id for p in door.people.participants(workshop_id)]


def test_a_submitted_check_is_scored_stored_and_named_in_the_changes(door, cur, demo_id):
    first = _people(door, demo_id)[0]
    questions = cur.questions_for(MODULE)
    right = {q.id: q.answer for q in questions}
    out = door.checks.record(cur, demo_id, first, MODULE, "pre", right)
    assert out.value.attempt.score == len(questions) == out.value.attempt.total
    assert out.changes.checks == {out.value.attempt.id} and out.changes.kinds() == {"checks"}
    assert not out.value.answers_visible  # held back after the before-session check
    post = door.checks.record(cur, demo_id, first, MODULE, "post", {})
    assert post.value.answers_visible and post.value.attempt.score == 0
    assert [a.phase for a in door.checks.attempts(demo_id, first)] == ["pre", "post"]
    assert door.checks.learning_gain(demo_id).by_module[MODULE].mean_gain == -100.0


def test_undo_of_a_submitted_check_takes_its_score_away_and_redo_brings_it_back(
        door, cur, demo_id):
    first = _people(door, demo_id)[0]
    attempt = door.checks.record(cur, demo_id, first, MODULE, "pre", {},
                                 label="Submit answers").value.attempt
    assert door.undo_label() == "Submit answers"
    undone = door.undo()
    assert undone.changes.checks == {attempt.id}
    assert door.checks.attempts(demo_id) == []
    door.redo()
    assert [a.id for a in door.checks.attempts(demo_id)] == [attempt.id]


def test_a_refused_check_stores_nothing_and_leaves_no_undo(door, cur, demo_id):
    with pytest.raises(QuizError) as refused:
        door.checks.record(cur, demo_id, "no-such-person", MODULE, "pre", {})
    assert refused.value.code == "unknown-participant"
    first = _people(door, demo_id)[0]
    with pytest.raises(QuizError):
        door.checks.record(cur, demo_id, first, MODULE, "pre", {"not-a-question": 0})
    assert door.checks.attempts(demo_id) == [] and door.undo_label() is None


def test_releasing_the_answers_shows_them_and_can_be_undone(door, cur, demo_id):
    first = _people(door, demo_id)[0]
    assert not door.checks.answers_released(demo_id)
    out = door.checks.release_answers(demo_id, True, label="Release the right answers")
    assert out.value and out.changes.checks == {demo_id}
    assert door.checks.results(demo_id).released
    assert door.checks.record(cur, demo_id, first, MODULE, "pre", {}).value.answers_visible
    assert not door.checks.release_answers(demo_id, True).changes  # no change, no record
    door.undo()  # the check just submitted
    door.undo()  # the release
    assert not door.checks.answers_released(demo_id)


def test_results_name_every_participant_and_pair_their_checks(door, cur, demo_id):
    first, second = _people(door, demo_id)[:2]
    questions = cur.questions_for(MODULE)
    right = {q.id: q.answer for q in questions}
    door.checks.record(cur, demo_id, first, MODULE, "pre", {})
    door.checks.record(cur, demo_id, first, MODULE, "post", right)
    door.checks.record(cur, demo_id, second, MODULE, "pre", right)
    results = door.checks.results(demo_id)
    assert len(results.attempts) == 3 and {first, second} <= set(results.names)
    gains = results.gains()
    assert [(g.participant_id, g.points) for g in gains.pairs] == [(first, 100.0)]
