"""Knowledge checks (quizzes): attempts, answers released or not, learning gains.

Undo: submitting a check can be undone (the attempt is tombstoned, so a check taken under the
wrong participant's name leaves no score behind), and so can releasing or holding back the
right answers. Scores travel in participant bundles like any other record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from pcsc_workshop.core import quiz as core_quiz
from pcsc_workshop.core.models import QuizAttempt
from pcsc_workshop.core.people import list_participants
from pcsc_workshop.core.quiz import AttemptInfo, GainReport
from pcsc_workshop.door.changes import Changes
from pcsc_workshop.door.outcome import Outcome
from pcsc_workshop.door.section import Section
from pcsc_workshop.door.undo import Revert, Step

if TYPE_CHECKING:
    from collections.abc import Mapping

    from pcsc_workshop.core.curriculum import Curriculum


@dataclass(frozen=True)
class Submitted:
    """A stored attempt and whether its participant may see the right answers now."""

    attempt: AttemptInfo
    answers_visible: bool


@dataclass(frozen=True)
class CheckResults:
    """What the learning-gain tab shows, read in one transaction: every attempt, the names
    of the workshop's participants (by id) and whether the answers are released."""

    attempts: tuple[AttemptInfo, ...]
    names: Mapping[str, str]
    released: bool

    def gains(self) -> GainReport:
        return core_quiz.compute_gains(self.attempts)


class ChecksSection(Section):
    # -- reads ---------------------------------------------------------------------------
    def attempts(self, workshop_id: str,
                 participant_id: str | None = None) -> list[AttemptInfo]:
        with self._read() as s:
            return core_quiz.list_attempts(s, workshop_id, participant_id)

    def answers_released(self, workshop_id: str) -> bool:
        with self._read() as s:
            return core_quiz.answers_released(s, workshop_id)

    def results(self, workshop_id: str) -> CheckResults:
        """Attempts, names and the release flag together (one snapshot: a name never misses
        for an attempt read a moment later)."""
        with self._read() as s:
            attempts = core_quiz.list_attempts(s, workshop_id)
            names = {p.id: p.name for p in list_participants(s, workshop_id)}
            released = core_quiz.answers_released(s, workshop_id)
        return CheckResults(tuple(attempts), names, released)

    def learning_gain(self, workshop_id: str) -> GainReport:
        with self._read() as s:
            return core_quiz.learning_gain(s, workshop_id)

    # -- writes --------------------------------------------------------------------------
    def record(self, curriculum: Curriculum, workshop_id: str, participant_id: str,
               module_id: str, phase: str, answers: Mapping[str, int],
               label: str = "Submit answers") -> Outcome[Submitted]:
        """Score and store an attempt (QuizError names what is wrong: an unknown module, a
        participant no longer in the workshop...). The curriculum is the one the check was
        shown in; answers are option positions, the same in every language."""
        with self._write() as s:
            attempt = core_quiz.record_attempt(s, curriculum, workshop_id, participant_id,
                                               module_id, phase, answers)
            visible = core_quiz.answers_visible(
                core_quiz.list_attempts(s, workshop_id, participant_id), participant_id,
                module_id, released=core_quiz.answers_released(s, workshop_id))
        self._door.history.record(Step(label, self._tombstone(attempt.id, True), workshop_id))
        return Outcome(Submitted(attempt, visible), Changes.of(checks=attempt.id))

    def _tombstone(self, attempt_id: str, deleted: bool) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            row = s.get(QuizAttempt, attempt_id)
            if row is None:
                raise LookupError(attempt_id)
            row.deleted = deleted
            s.flush()
            return Changes.of(checks=attempt_id), self._tombstone(attempt_id, not deleted)
        return revert

    def release_answers(self, workshop_id: str, released: bool = True,
                        label: str = "Release the right answers") -> Outcome[bool]:
        """Show (or hold back again) every right answer of the workshop. The `checks` ids of
        the change name the workshop: the flag is the workshop's, shown on the checks page."""
        with self._write() as s:
            before = core_quiz.answers_released(s, workshop_id)
            core_quiz.release_answers(s, workshop_id, released)
        if before == released:
            return Outcome(released)
        self._door.history.record(Step(label, self._release(workshop_id, before, released),
                                       workshop_id))
        return Outcome(released, Changes.of(checks=workshop_id))

    def _release(self, workshop_id: str, old: bool, new: bool) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            core_quiz.release_answers(s, workshop_id, old)
            return Changes.of(checks=workshop_id), self._release(workshop_id, new, old)
        return revert
