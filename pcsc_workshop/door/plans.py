"""Action plans: a participant's own, a delegation's shared one (reads, saves, undo).

Undo: a save records the plan as it was before, and undo saves that back (one step per
autosave: what the user typed in the pause before it was saved)."""

from __future__ import annotations

import copy

from sqlalchemy.orm import Session

from pcsc_workshop.core import plans as core_plans
from pcsc_workshop.core.plans import PlanChanged, PlanDoc
from pcsc_workshop.door.changes import Changes
from pcsc_workshop.door.outcome import Outcome
from pcsc_workshop.door.section import Section
from pcsc_workshop.door.undo import Revert, Step


class PlansSection(Section):
    def for_participant(self, participant_id: str) -> PlanDoc:
        """The participant's plan, made empty on first use (a write when it is new)."""
        with self._write() as s:
            return core_plans.plan_for_participant(s, participant_id)

    def for_delegation(self, delegation_id: str) -> PlanDoc:
        with self._write() as s:
            return core_plans.plan_for_delegation(s, delegation_id)

    def load(self, plan_id: str) -> PlanDoc:
        with self._read() as s:
            return core_plans.load_plan(s, plan_id)

    def save(self, doc: PlanDoc, label: str = "Edit plan") -> Outcome[PlanChanged]:
        with self._write() as s:
            before = core_plans.load_plan(s, doc.id)
            change = core_plans.save_plan(s, doc)
        if not change.changed:
            return Outcome(change)
        # a copy: the editor goes on changing its own doc after the save
        self._door.history.record(Step(label, self._put(before, copy.deepcopy(doc)),
                                       doc.workshop_id))
        return Outcome(change, Changes.of(plans=doc.id))

    def _put(self, old: PlanDoc, new: PlanDoc) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            core_plans.save_plan(s, copy.deepcopy(old))
            return Changes.of(plans=old.id), self._put(new, old)
        return revert
