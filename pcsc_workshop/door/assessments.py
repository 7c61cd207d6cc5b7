"""Self-assessments on JICA's 21 elements: a delegation's or a participant's, scores and
evidence, and the workshop's figures (reads, writes, undo per score).

Undo (Edit › Undo): each element whose score or evidence note changed is one step, labelled
by the caller ("Score element 7"); undo puts that element back as it was (unscored, or the
old level and note) and redo puts the new values back. An autosave that stored three
elements at once records three steps, so undo walks back one element at a time, the way the
facilitator changed them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from pcsc_workshop.core import assessment as core_assessment
from pcsc_workshop.core.assessment import AssessmentChanged, AssessmentDoc, ElementRef
from pcsc_workshop.door.changes import Changes
from pcsc_workshop.door.outcome import Outcome
from pcsc_workshop.door.section import Section
from pcsc_workshop.door.undo import Revert, Step

Cell = tuple[int | None, str]  # (score or None for unscored, evidence note)


@dataclass(frozen=True)
class AssessmentView:
    """What the Self-assessment page shows for one delegation: its assessment and the other
    delegations' scores (for overlays and the workshop average), read in one transaction."""

    doc: AssessmentDoc
    others: Mapping[str, Mapping[str, int | None]]  # delegation id -> element -> score


class AssessmentsSection(Section):
    # -- reads ---------------------------------------------------------------------------
    def for_delegation(self, delegation_id: str) -> AssessmentDoc:
        """The delegation's assessment, made empty (all unscored) on first use."""
        with self._write() as s:
            return core_assessment.assessment_for_delegation(s, delegation_id)

    def for_participant(self, participant_id: str) -> AssessmentDoc:
        """A participant's own assessment, made empty on first use."""
        with self._write() as s:
            return core_assessment.assessment_for_participant(s, participant_id)

    def load(self, assessment_id: str) -> AssessmentDoc:
        with self._read() as s:
            return core_assessment.load_assessment(s, assessment_id)

    def delegation_view(self, delegation_id: str) -> AssessmentView:
        """Open a delegation's assessment on the page, with every other delegation's scores."""
        with self._write() as s:
            doc = core_assessment.assessment_for_delegation(s, delegation_id)
            others = core_assessment.workshop_assessments(s, doc.workshop_id)
        return AssessmentView(doc, {owner: dict(d.scores) for owner, d in others.items()
                                    if owner != delegation_id})

    def workshop_assessments(self, workshop_id: str, owner_kind: str = "delegation"
                             ) -> dict[str, AssessmentDoc]:
        """Every live assessment of one kind ("delegation" or "participant"), by owner."""
        with self._read() as s:
            return core_assessment.workshop_assessments(s, workshop_id, owner_kind)

    def workshop_averages(self, workshop_id: str, elements: Sequence[ElementRef]
                          ) -> dict[str, float | None]:
        """Per element, the mean over the delegations that scored it."""
        with self._read() as s:
            return core_assessment.workshop_averages(s, workshop_id, elements)

    # -- writes --------------------------------------------------------------------------
    def set_score(self, assessment_id: str, element_id: str, score: int | None,
                  evidence: str = "", label: str = "Score an element"
                  ) -> Outcome[AssessmentChanged]:
        """Set one element's level (None: unscored) and evidence note; one undo step."""
        return self.set_scores(assessment_id, {element_id: (score, evidence)},
                               label=lambda _e: label)

    def set_scores(self, assessment_id: str, cells: Mapping[str, Cell], *,
                   label: Callable[[str], str] = lambda e: "Score an element"
                   ) -> Outcome[AssessmentChanged]:
        """Store several elements at once (an autosave), all or nothing.

        `label(element_id)` names each element's undo step in the caller's language. A
        refused value (a level outside 0-4, an over-long note) stores nothing."""
        with self._write() as s:
            stored = core_assessment.load_assessment(s, assessment_id)
            before = {e: (stored.scores.get(e), stored.evidence.get(e, ""))
                      for e in set(stored.scores) | set(stored.evidence)}
            result = AssessmentChanged(assessment_id, stored.revision, False)
            changed: list[str] = []
            for element_id in sorted(cells):
                score, note = cells[element_id]
                one = core_assessment.set_score(s, assessment_id, element_id, score, note)
                result = AssessmentChanged(one.assessment_id, one.revision,
                                           result.changed or one.changed)
                if one.changed:
                    changed.append(element_id)
        for element_id in changed:
            old = before.get(element_id, (None, ""))
            self._door.history.record(Step(label(element_id),
                                           self._put(assessment_id, element_id, old,
                                                     cells[element_id]), stored.workshop_id))
        return Outcome(result, Changes.of(assessments=assessment_id) if changed
                       else Changes())

    def _put(self, assessment_id: str, element_id: str, old: Cell, new: Cell) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            core_assessment.set_score(s, assessment_id, element_id, old[0], old[1])
            return (Changes.of(assessments=assessment_id),
                    self._put(assessment_id, element_id, new, old))
        return revert
