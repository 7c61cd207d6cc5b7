"""Knowledge checks: scoring, storage and learning gain on a real database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest

from pcsc_workshop.core.curriculum import load_curriculum
from pcsc_workshop.core.people import list_participants
from pcsc_workshop.core.quiz import (
    AttemptInfo,
    QuizError,
    compute_gains,
    learning_gain,
    list_attempts,
    record_attempt,
    score_answers,
)

MODULE = "module.evidence"


@dataclass
class Q:
    id: str
    options: list[str]
    answer: int


QUESTIONS = [Q("q1", ["a", "b", "c", "d"], 2), Q("q2", ["a", "b", "c", "d"], 0),
             Q("q3", ["a", "b", "c", "d"], 3), Q("q4", ["a", "b", "c", "d"], 1)]


def test_score_counts_right_answers_and_unanswered_as_wrong():
    result = score_answers(QUESTIONS, {"q1": 2, "q2": 1, "q3": 3})
    assert (result.score, result.total) == (2, 4)
    assert result.correct == {"q1": True, "q2": False, "q3": True, "q4": False}
    assert result.percent == 50.0
    assert score_answers(QUESTIONS, {}).score == 0


@pytest.mark.parametrize("answers, code", [
    ({"q9": 0}, "unknown-question"),
    ({"q1": 4}, "bad-option"),
    ({"q1": -1}, "bad-option"),
    ({"q1": "2"}, "bad-option"),
    ({"q1": True}, "bad-option"),
])
def test_bad_answers_are_refused(answers, code):
    with pytest.raises(QuizError) as info:
        score_answers(QUESTIONS, answers)
    assert info.value.code == code


def _attempt(participant, module, phase, score, total, minute):
    return AttemptInfo(id=f"{participant}{module}{phase}{minute}", workshop_id="w",
                       participant_id=participant, module_id=module, phase=phase, score=score,
                       total=total, answers={},
                       created_at=datetime(2026, 1, 1) + timedelta(minutes=minute))


def test_gain_is_post_minus_pre_in_points_only_where_both_exist():
    report = compute_gains([
        _attempt("ana", "m1", "pre", 2, 8, 0),    # 25%
        _attempt("ana", "m1", "post", 6, 8, 10),  # 75% -> +50
        _attempt("ana", "m2", "pre", 4, 5, 0),    # 80%
        _attempt("ana", "m2", "post", 3, 5, 10),  # 60% -> -20
        _attempt("bo", "m1", "pre", 4, 8, 0),     # 50%
        _attempt("bo", "m1", "pre", 2, 8, 5),     # retake: 25% counts
        _attempt("bo", "m1", "post", 8, 8, 10),   # 100% -> +75
        _attempt("cy", "m1", "pre", 1, 8, 0),     # no post: no gain
        _attempt("di", "m2", "post", 5, 5, 0),    # no pre: no gain
    ])
    gains = {(g.participant_id, g.module_id): g.points for g in report.pairs}
    assert gains == {("ana", "m1"): 50.0, ("ana", "m2"): -20.0, ("bo", "m1"): 75.0}
    assert report.by_module["m1"].mean_gain == 62.5 and report.by_module["m1"].pairs == 2
    assert report.by_module["m1"].mean_pre == 25.0 and report.by_module["m1"].mean_post == 87.5
    assert report.by_module["m2"].mean_gain == -20.0
    assert report.by_participant["ana"].mean_gain == 15.0
    assert "cy" not in report.by_participant and "di" not in report.by_participant


def test_attempts_are_stored_and_gain_read_back(store, demo_id):
    cur = load_curriculum()
    questions = cur.questions_for(MODULE)
    right = {q.id: q.answer for q in questions}
    wrong = {q.id: (q.answer + 1) % len(q.options) for q in questions}
    with store.session() as s:
        people = list_participants(s, demo_id)
        first, second = people[0].id, people[1].id
        record_attempt(s, cur, demo_id, first, MODULE, "pre", wrong)
        record_attempt(s, cur, demo_id, first, MODULE, "post", right)
        half = dict(list(right.items())[: len(right) // 2])
        record_attempt(s, cur, demo_id, second, MODULE, "pre", half)
    with store.session() as s:
        attempts = list_attempts(s, demo_id)
        assert len(attempts) == 3
        assert [a.score for a in list_attempts(s, demo_id, first)] == [0, len(questions)]
        assert attempts[0].answers == wrong and attempts[0].total == len(questions)
        report = learning_gain(s, demo_id)
    assert [(g.participant_id, g.points) for g in report.pairs] == [(first, 100.0)]
    assert report.by_module[MODULE].mean_gain == 100.0


def test_record_refuses_unknown_phase_module_and_participant(store, demo_id):
    cur = load_curriculum()
    with store.session() as s:
        pid = list_participants(s, demo_id)[0].id
        for args, code in [((pid, MODULE, "during"), "unknown-phase"),
                           ((pid, "module.nothing", "pre"), "unknown-module"),
                           (("not-a-person", MODULE, "pre"), "unknown-participant")]:
            with pytest.raises(QuizError) as info:
                record_attempt(s, cur, demo_id, *args, {})
            assert info.value.code == code
    with store.session() as s:
        assert list_attempts(s, demo_id) == []
