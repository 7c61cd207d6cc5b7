"""Knowledge checks: score an attempt, store it, and measure learning gain.

A participant takes a module's quiz before (`pre`) and after (`post`) the session. Scores are
kept as right answers out of questions; learning gain is the post percentage minus the pre
percentage, in percentage points, counted only where both attempts exist. When a phase was taken
more than once, the latest attempt counts (a retake replaces a mistaken submission).

Percentages are shown as whole numbers, rounded half up (37.5 % is 38 %, as people round at
school), and a gain is shown as the difference of the two shown figures: 38 % → 62 % reads
"+24", never "+23" or "+25" (`shown_percent`, `shown_gain`), so a reader can check the sum.

The right answers are held back after the before-session check: a participant who sees them
would learn the answers, not the subject, and the after-check would measure memory. They are
shown once that participant has done the module's after-check, or when the facilitator
releases them for the workshop (`answers_visible`). Each attempt asks the questions and their
options in its own order (`attempt_order`), so an after-check is not answered by position.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from statistics import fmean
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from pcsc_workshop.core.models import Participant, QuizAttempt, Workshop

PHASES = ("pre", "post")


class QuizError(ValueError):
    """An attempt that cannot be scored or stored; `code` says why (the UI words it)."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)


class QuestionLike(Protocol):
    id: str
    options: list[str]
    answer: int


@dataclass(frozen=True)
class QuizResult:
    score: int
    total: int
    correct: dict[str, bool]

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.total if self.total else 0.0


@dataclass(frozen=True)
class AttemptInfo:
    id: str
    workshop_id: str
    participant_id: str
    module_id: str
    phase: str
    score: int
    total: int
    answers: dict[str, int]
    created_at: datetime

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.total if self.total else 0.0


@dataclass(frozen=True)
class Gain:
    participant_id: str
    module_id: str
    pre_percent: float
    post_percent: float

    @property
    def points(self) -> float:
        """Learning gain in percentage points (post minus pre)."""
        return self.post_percent - self.pre_percent

    @property
    def shown_points(self) -> int:
        return shown_gain(self.pre_percent, self.post_percent)


@dataclass(frozen=True)
class GroupGain:
    """Mean pre, post and gain over the pairs of one module or one participant."""

    key: str
    pairs: int
    mean_pre: float
    mean_post: float
    mean_gain: float

    @property
    def shown_gain(self) -> int:
        """The gain as shown beside the rounded means (their difference)."""
        return shown_gain(self.mean_pre, self.mean_post)


@dataclass(frozen=True)
class GainReport:
    pairs: list[Gain] = field(default_factory=list)
    by_module: dict[str, GroupGain] = field(default_factory=dict)
    by_participant: dict[str, GroupGain] = field(default_factory=dict)


def shown_percent(value: float) -> int:
    """A percentage as the whole number people see, rounded half up (62.5 -> 63)."""
    return int(Decimal(repr(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def shown_gain(pre_percent: float, post_percent: float) -> int:
    """The gain a reader can check: the shown after-figure minus the shown before-figure."""
    return shown_percent(post_percent) - shown_percent(pre_percent)


@dataclass(frozen=True)
class AttemptOrder:
    """The order one attempt shows: question ids, and per question the original option
    indexes in display order (answers are stored as original indexes, so scoring and the
    learning gain do not depend on the order)."""

    questions: list[str]
    options: dict[str, list[int]]


def attempt_order(questions: Sequence[QuestionLike], rng: random.Random | None = None
                  ) -> AttemptOrder:
    """A fresh order of the questions and of each question's options for one attempt."""
    rng = rng or random.Random()
    ids = [q.id for q in questions]
    rng.shuffle(ids)
    options = {}
    for q in questions:
        order = list(range(len(q.options)))
        rng.shuffle(order)
        options[q.id] = order
    return AttemptOrder(questions=ids, options=options)


def answers_visible(attempts: Iterable[AttemptInfo], participant_id: str, module_id: str,
                    *, released: bool = False) -> bool:
    """May this participant see the right answers of this module now?"""
    return released or any(a.participant_id == participant_id and a.module_id == module_id
                           and a.phase == "post" for a in attempts)


def answers_released(session: Session, workshop_id: str) -> bool:
    workshop = session.get(Workshop, workshop_id)
    return bool(workshop is not None and workshop.quiz_answers_released)


def release_answers(session: Session, workshop_id: str, released: bool = True) -> None:
    """The facilitator shows (or holds back again) every right answer of the workshop."""
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise QuizError("unknown-workshop", workshop_id)
    workshop.quiz_answers_released = released


def score_answers(questions: Sequence[QuestionLike], answers: Mapping[str, int]) -> QuizResult:
    """Right answers out of the module's questions; an unanswered question counts as wrong."""
    by_id = {q.id: q for q in questions}
    for question_id, chosen in answers.items():
        question = by_id.get(question_id)
        if question is None:
            raise QuizError("unknown-question", question_id)
        if not isinstance(chosen, int) or isinstance(chosen, bool) \
                or not 0 <= chosen < len(question.options):
            raise QuizError("bad-option", f"{question_id}: {chosen!r}")
    correct = {q.id: answers.get(q.id) == q.answer for q in questions}
    return QuizResult(score=sum(correct.values()), total=len(questions), correct=correct)


def _info(row: QuizAttempt) -> AttemptInfo:
    return AttemptInfo(id=row.id, workshop_id=row.workshop_id, participant_id=row.participant_id,
                       module_id=row.module_id, phase=row.phase, score=row.score,
                       total=row.total, answers=dict(row.answers or {}),
                       created_at=row.created_at)


def record_attempt(session: Session, curriculum: Any, workshop_id: str, participant_id: str,
                   module_id: str, phase: str, answers: Mapping[str, int]) -> AttemptInfo:
    """Score `answers` against the module's questions and store the attempt."""
    if phase not in PHASES:
        raise QuizError("unknown-phase", phase)
    questions = curriculum.questions_for(module_id)
    if not questions:
        raise QuizError("unknown-module", module_id)
    participant = session.get(Participant, participant_id)
    if participant is None or participant.deleted or participant.workshop_id != workshop_id:
        raise QuizError("unknown-participant", participant_id)
    result = score_answers(questions, answers)
    row = QuizAttempt(workshop_id=workshop_id, participant_id=participant_id,
                      module_id=module_id, phase=phase, score=result.score,
                      total=result.total, answers=dict(answers))
    session.add(row)
    session.flush()
    return _info(row)


def list_attempts(session: Session, workshop_id: str,
                  participant_id: str | None = None) -> list[AttemptInfo]:
    query = select(QuizAttempt).where(QuizAttempt.workshop_id == workshop_id,
                                      QuizAttempt.deleted.is_(False))
    if participant_id is not None:
        query = query.where(QuizAttempt.participant_id == participant_id)
    rows = session.scalars(query.order_by(QuizAttempt.created_at)).all()
    return [_info(row) for row in rows]


def _group(key: str, gains: list[Gain]) -> GroupGain:
    return GroupGain(key=key, pairs=len(gains),
                     mean_pre=fmean(g.pre_percent for g in gains),
                     mean_post=fmean(g.post_percent for g in gains),
                     mean_gain=fmean(g.points for g in gains))


def compute_gains(attempts: Iterable[AttemptInfo]) -> GainReport:
    """Pair each participant's latest pre and post attempt per module; average the gains."""
    latest: dict[tuple[str, str, str], AttemptInfo] = {}
    for attempt in sorted(attempts, key=lambda a: a.created_at):
        latest[(attempt.participant_id, attempt.module_id, attempt.phase)] = attempt
    pairs = []
    for (participant, module, phase), pre in latest.items():
        if phase != "pre":
            continue
        post = latest.get((participant, module, "post"))
        if post is not None:
            pairs.append(Gain(participant, module, pre.percent, post.percent))
    by_module: dict[str, list[Gain]] = {}
    by_participant: dict[str, list[Gain]] = {}
    for gain in pairs:
        by_module.setdefault(gain.module_id, []).append(gain)
        by_participant.setdefault(gain.participant_id, []).append(gain)
    return GainReport(
        pairs=pairs,
        by_module={k: _group(k, v) for k, v in by_module.items()},
        by_participant={k: _group(k, v) for k, v in by_participant.items()},
    )


def learning_gain(session: Session, workshop_id: str) -> GainReport:
    """Learning gain per module and per participant for one workshop."""
    return compute_gains(list_attempts(session, workshop_id))
