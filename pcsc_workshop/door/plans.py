"""Action plans: a participant's own, a delegation's shared one (reads, saves, undo).

What a user does here, and what each operation gives back:

- the Plans page lists the workshop's plans (`plan_list`: delegations and participants, only
  the participant's own and their delegation's on a participant's laptop);
- opening a plan (`open_participant`, `open_delegation`, `open`) reads the plan with what
  the editor needs beside it (the workshop's first day, for coaching dates; a delegation
  plan's members' items) in one read, on a worker;
- the editor autosaves the whole plan (`save`);
- "From assessment to action": `suggestions`, `accept_suggestion`, `dismiss_suggestion`,
  `restore_suggestion`; a delegation plan pulls its members' items in (`pull_members_items`).

Undo (Edit › Undo): every save, accepted suggestion, dismissal and pull is one step. A step
that changes the plan's rows records the plan as it was before and saves that back (rows the
operation added are then tombstoned, as if deleted in the editor); redo saves the plan as it
was after. A dismissal is undone by restoring the suggestion.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from pcsc_workshop.core import delegation_plan as core_delegation
from pcsc_workshop.core import plans as core_plans
from pcsc_workshop.core import suggestions as core_suggestions
from pcsc_workshop.core.assessment import ElementRef
from pcsc_workshop.core.delegation_plan import MemberItem, PullResult
from pcsc_workshop.core.people import DelegationInfo, ParticipantInfo
from pcsc_workshop.core.plans import PlanChanged, PlanDoc
from pcsc_workshop.core.suggestions import Accepted, CaseRef, PillarRef, Suggestion
from pcsc_workshop.door.changes import Changes
from pcsc_workshop.door.outcome import Outcome
from pcsc_workshop.door.section import Section
from pcsc_workshop.door.undo import Revert, Step


@dataclass(frozen=True)
class PlanList:
    """What the Plans page lists: delegations (each has a shared plan) and participants."""

    delegations: tuple[DelegationInfo, ...]
    participants: tuple[ParticipantInfo, ...]
    scoped: bool = False  # a participant's laptop: only their plan and their delegation's


@dataclass(frozen=True)
class OpenedPlan:
    """A plan as the editor opens it: the doc and what coaching and the pull list need."""

    doc: PlanDoc
    workshop_start: date | None
    members_items: tuple[MemberItem, ...] = ()  # a delegation plan's members' items


class PlansSection(Section):
    # -- reads ---------------------------------------------------------------------------
    def plan_list(self, workshop_id: str) -> PlanList:
        """The workshop's delegations and participants, as far as this laptop may see."""
        from pcsc_workshop.core.exchange.trust import participant_scope
        from pcsc_workshop.core.people import list_delegations, list_participants

        with self._read() as s:
            delegations = list_delegations(s, workshop_id)
            people = list_participants(s, workshop_id)
            scope = participant_scope(s, workshop_id)
        if scope is None:
            return PlanList(tuple(delegations), tuple(people))
        return PlanList(tuple(d for d in delegations if d.id == scope.delegation_id),
                        tuple(p for p in people if p.id == scope.participant_id), scoped=True)

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

    def open_participant(self, participant_id: str) -> OpenedPlan:
        """Open a participant's plan for editing (made empty on first use)."""
        with self._write() as s:
            return self._opened(s, core_plans.plan_for_participant(s, participant_id))

    def open_delegation(self, delegation_id: str) -> OpenedPlan:
        """Open a delegation's shared plan, with its members' items to pull in."""
        with self._write() as s:
            return self._opened(s, core_plans.plan_for_delegation(s, delegation_id))

    def open(self, plan_id: str) -> OpenedPlan:
        """Open a plan again by id (after an undo, an import or a room edit changed it)."""
        with self._read() as s:
            return self._opened(s, core_plans.load_plan(s, plan_id))

    def _opened(self, s: Session, doc: PlanDoc) -> OpenedPlan:
        from pcsc_workshop.core.models import Workshop

        workshop = s.get(Workshop, doc.workshop_id)
        members = (core_delegation.members_items(s, doc.owner_id)
                   if doc.owner_kind == "delegation" else [])
        return OpenedPlan(doc, workshop.start_date if workshop is not None else None,
                          tuple(members))

    def members_items(self, delegation_id: str) -> list[MemberItem]:
        """The members' next steps and support requests, marked when already pulled in."""
        with self._read() as s:
            return core_delegation.members_items(s, delegation_id)

    def suggestions(self, plan_id: str, elements: Sequence[ElementRef],
                    pillars: Sequence[PillarRef], cases: Sequence[CaseRef] = (), *,
                    actor: str = "local") -> list[Suggestion]:
        """Draft next steps from the plan's assessment, each open, accepted or dismissed.

        The curriculum's elements, pillars and cases come from the caller (the UI caches the
        curriculum in the content language; the door does not load it)."""
        with self._read() as s:
            return core_suggestions.suggestions_for_plan(s, plan_id, elements, pillars, cases,
                                                         actor=actor)

    def pdf_source(self, plan_id: str) -> tuple[PlanDoc, str]:
        """The plan as stored and the language its PDF is written in (the owner's, else the
        workshop's), read in one transaction for an export."""
        from pcsc_workshop.core.reports.batch import plan_language

        with self._read() as s:
            doc = core_plans.load_plan(s, plan_id)
            return doc, plan_language(s, doc)

    # -- writes --------------------------------------------------------------------------
    def save(self, doc: PlanDoc, label: str = "Edit plan") -> Outcome[PlanChanged]:
        """Write the whole plan (autosave); one undo step when something changed."""
        with self._write() as s:
            before = core_plans.load_plan(s, doc.id)
            change = core_plans.save_plan(s, doc)
        if not change.changed:
            return Outcome(change)
        # a copy: the editor goes on changing its own doc after the save
        self._door.history.record(Step(label, self._put(before, copy.deepcopy(doc)),
                                       doc.workshop_id))
        return Outcome(change, Changes.of(plans=doc.id))

    def accept_suggestion(self, plan_id: str, suggestion: Suggestion, *,
                          action_text: str | None = None,
                          label: str = "Accept a suggestion") -> Outcome[Accepted]:
        """Add the suggestion as a next step (once). Undo removes the step again (the
        suggestion is then open again) and dismisses it again if it had been dismissed."""
        with self._write() as s:
            before = core_plans.load_plan(s, plan_id)
            was_dismissed = bool(set(suggestion.ids)
                                 & core_suggestions.dismissed_suggestions(s, plan_id))
            accepted = core_suggestions.accept_suggestion(s, plan_id, suggestion,
                                                          action_text=action_text)
            after = core_plans.load_plan(s, plan_id) if accepted.created else before
        if not accepted.created:
            return Outcome(accepted)
        revert = self._put(before, after)
        if was_dismissed:
            revert = self._with_dismissal(revert, plan_id, suggestion, dismissed=True)
        self._door.history.record(Step(label, revert, before.workshop_id))
        return Outcome(accepted, Changes.of(plans=plan_id))

    def dismiss_suggestion(self, plan_id: str, suggestion: Suggestion,
                           label: str = "Dismiss a suggestion") -> Outcome[None]:
        """The plan does not want this suggestion; undo brings it back."""
        return self._set_dismissal(plan_id, suggestion, True, label)

    def restore_suggestion(self, plan_id: str, suggestion: Suggestion,
                           label: str = "Restore a suggestion") -> Outcome[None]:
        """Take a dismissal back (the suggestion is offered again); undo dismisses it."""
        return self._set_dismissal(plan_id, suggestion, False, label)

    def _set_dismissal(self, plan_id: str, suggestion: Suggestion, dismiss: bool,
                       label: str) -> Outcome[None]:
        with self._write() as s:
            workshop_id = core_plans.load_plan(s, plan_id).workshop_id
            (core_suggestions.dismiss_suggestion if dismiss
             else core_suggestions.restore_suggestion)(s, plan_id, suggestion)
        self._door.history.record(Step(label, self._toggle_dismissal(
            plan_id, suggestion, dismiss=not dismiss), workshop_id))
        return Outcome(None, Changes.of(plans=plan_id))

    def pull_members_items(self, delegation_plan_id: str, item_ids: Iterable[str],
                           label: str = "Pull members' items") -> Outcome[PullResult]:
        """Copy members' next steps and support requests into the delegation plan (items
        already there are skipped). Undo takes the copies out again."""
        with self._write() as s:
            before = core_plans.load_plan(s, delegation_plan_id)
            result = core_delegation.pull_into_delegation_plan(s, delegation_plan_id,
                                                               list(item_ids))
            after = core_plans.load_plan(s, delegation_plan_id) if result.added else before
        if not result.added:
            return Outcome(result)
        self._door.history.record(Step(label, self._put(before, after), before.workshop_id))
        return Outcome(result, Changes.of(plans=delegation_plan_id))

    # -- undo ----------------------------------------------------------------------------
    def _put(self, old: PlanDoc, new: PlanDoc) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            core_plans.save_plan(s, copy.deepcopy(old))
            return Changes.of(plans=old.id), self._put(new, old)
        return revert

    def _toggle_dismissal(self, plan_id: str, suggestion: Suggestion, *,
                          dismiss: bool) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            if dismiss:
                core_suggestions.dismiss_suggestion(s, plan_id, suggestion)
            else:
                core_suggestions.restore_suggestion(s, plan_id, suggestion)
            return Changes.of(plans=plan_id), self._toggle_dismissal(plan_id, suggestion,
                                                                     dismiss=not dismiss)
        return revert

    def _with_dismissal(self, inner: Revert, plan_id: str, suggestion: Suggestion, *,
                        dismissed: bool) -> Revert:
        """`inner`, then the suggestion dismissed again (undo) or restored (redo)."""
        def revert(s: Session) -> tuple[Changes, Revert]:
            changes, back = inner(s)
            if dismissed:
                core_suggestions.dismiss_suggestion(s, plan_id, suggestion)
            else:
                core_suggestions.restore_suggestion(s, plan_id, suggestion)
            return changes, self._with_dismissal(back, plan_id, suggestion,
                                                 dismissed=not dismissed)
        return revert
