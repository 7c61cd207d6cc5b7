"""Action plans as the 2016 Technical Deep Dive wrote them, as plain data.

A `PlanDoc` is what the editor shows and the PDF prints: five sections, the next-steps table
and the desired-support table. `save_plan` writes a whole doc back and touches (and so bumps
the revision of) only the rows that really changed, so that autosaving every second does not
make every row look edited to the merge logic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from pcsc_workshop.core.models import (
    ActionPlan,
    Delegation,
    NextStep,
    Participant,
    SupportRequest,
    Workshop,
    new_id,
)

_Row = TypeVar("_Row", "NextStepRow", "SupportRow")
_Stored = TypeVar("_Stored", NextStep, SupportRequest)  # the rows a plan holds

SECTIONS: tuple[str, ...] = ("key_takeaways", "challenges", "approaches")
STEP_STATUSES: tuple[str, ...] = ("planned", "in progress", "done", "on hold", "dropped")
SUPPORT_KINDS: tuple[str, ...] = (
    "technical assistance",
    "financing",
    "capacity building",
    "knowledge exchange",
    "data and tools",
    "other",
)
# Longest text a field accepts: far beyond any plan, small enough to keep PDFs sane.
MAX_FIELD_CHARS = 50_000


@dataclass
class NextStepRow:
    id: str = field(default_factory=new_id)
    action: str = ""
    responsible: str = ""
    start_date: date | None = None
    end_date: date | None = None
    resources: str = ""
    indicator: str = ""
    link_ref: str = ""
    status: str = "planned"
    source_ref: str = ""


@dataclass
class SupportRow:
    id: str = field(default_factory=new_id)
    provider: str = ""
    kind: str = ""
    detail: str = ""
    source_ref: str = ""


@dataclass
class PlanDoc:
    """One action plan with the names a reader needs to place it."""

    id: str
    workshop_id: str
    workshop_title: str
    owner_kind: str  # "participant" or "delegation"
    owner_id: str
    owner_name: str
    delegation_label: str
    key_takeaways: str = ""
    challenges: str = ""
    approaches: str = ""
    next_steps: list[NextStepRow] = field(default_factory=list)
    support: list[SupportRow] = field(default_factory=list)
    revision: int = 1

    def is_empty(self) -> bool:
        return not any(getattr(self, s).strip() for s in SECTIONS) and not (
            self.next_steps or self.support
        )


@dataclass(frozen=True)
class PlanChanged:
    """What a save changed, for pages to decide whether to refresh."""

    plan_id: str
    revision: int
    changed: bool


def _plan_row_for(session: Session, workshop_id: str, *, participant_id: str | None = None,
                  delegation_id: str | None = None, create: bool = True) -> ActionPlan:
    stmt = select(ActionPlan).where(
        ActionPlan.workshop_id == workshop_id, ActionPlan.deleted.is_(False)
    )
    if participant_id:
        stmt = stmt.where(ActionPlan.participant_id == participant_id)
    else:
        stmt = stmt.where(
            ActionPlan.delegation_id == delegation_id, ActionPlan.participant_id.is_(None)
        )
    plan = session.scalars(stmt.order_by(ActionPlan.created_at)).first()
    if plan is None:
        plan = ActionPlan(
            id=new_id(), workshop_id=workshop_id, participant_id=participant_id,
            delegation_id=delegation_id, key_takeaways="", challenges="", approaches="",
            revision=1,
        )
        if create:  # else: an empty plan in memory only, so that reading never writes
            session.add(plan)
            session.flush()
    return plan


def plan_for_participant(session: Session, participant_id: str, *, create: bool = True
                         ) -> PlanDoc:
    """The participant's plan, created empty on first use.

    `create=False` (exports, reports) returns an unsaved empty plan instead of writing one.
    """
    person = session.get(Participant, participant_id)
    if person is None or person.deleted:
        raise KeyError(f"No participant {participant_id}")
    plan = _plan_row_for(session, person.workshop_id, participant_id=person.id, create=create)
    return _to_doc(session, plan)


def plan_for_delegation(session: Session, delegation_id: str) -> PlanDoc:
    """The delegation's group plan, created empty on first use."""
    delegation = session.get(Delegation, delegation_id)
    if delegation is None or delegation.deleted:
        raise KeyError(f"No delegation {delegation_id}")
    plan = _plan_row_for(session, delegation.workshop_id, delegation_id=delegation.id)
    return _to_doc(session, plan)


def load_plan(session: Session, plan_id: str) -> PlanDoc:
    plan = session.get(ActionPlan, plan_id)
    if plan is None or plan.deleted:
        raise KeyError(f"No action plan {plan_id}")
    return _to_doc(session, plan)


def _to_doc(session: Session, plan: ActionPlan) -> PlanDoc:
    workshop = session.get(Workshop, plan.workshop_id)
    owner_kind, owner_id, owner_name, delegation_label = "delegation", "", "", ""
    if plan.participant_id:
        person = session.get(Participant, plan.participant_id)
        owner_kind, owner_id = "participant", plan.participant_id
        owner_name = person.name if person else ""
        if person and person.delegation_id:
            delegation = session.get(Delegation, person.delegation_id)
            delegation_label = delegation.label if delegation else ""
    elif plan.delegation_id:
        delegation = session.get(Delegation, plan.delegation_id)
        owner_id = plan.delegation_id
        delegation_label = delegation.label if delegation else ""
        owner_name = delegation_label
    steps = session.scalars(
        select(NextStep)
        .where(NextStep.plan_id == plan.id, NextStep.deleted.is_(False))
        .order_by(NextStep.position, NextStep.created_at)
    ).all()
    support = session.scalars(
        select(SupportRequest)
        .where(SupportRequest.plan_id == plan.id, SupportRequest.deleted.is_(False))
        .order_by(SupportRequest.position, SupportRequest.created_at)
    ).all()
    return PlanDoc(
        id=plan.id,
        workshop_id=plan.workshop_id,
        workshop_title=workshop.title if workshop else "",
        owner_kind=owner_kind,
        owner_id=owner_id,
        owner_name=owner_name,
        delegation_label=delegation_label,
        key_takeaways=plan.key_takeaways,
        challenges=plan.challenges,
        approaches=plan.approaches,
        next_steps=[_copy(NextStepRow, s) for s in steps],
        support=[_copy(SupportRow, s) for s in support],
        revision=plan.revision,
    )


def _copy(cls: type[_Row], row: object) -> _Row:
    return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})


def _clip(text: str) -> str:
    return text[:MAX_FIELD_CHARS]


def _apply(row: object, values: dict[str, object]) -> bool:
    changed = False
    for key, value in values.items():
        if isinstance(value, str):
            value = _clip(value)
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


def _sync_rows(session: Session, model: type[_Stored], plan_id: str,
               rows: Sequence[NextStepRow | SupportRow],
               cls: type[NextStepRow] | type[SupportRow]) -> bool:
    existing = {
        r.id: r for r in session.scalars(select(model).where(model.plan_id == plan_id)).all()
    }
    changed = False
    wanted: set[str] = set()
    for position, item in enumerate(rows):
        wanted.add(item.id)
        values = {f.name: getattr(item, f.name) for f in fields(cls) if f.name != "id"}
        values["position"] = position
        values["deleted"] = False
        row = existing.get(item.id)
        if row is None:
            session.add(model(id=item.id, plan_id=plan_id, **values))
            changed = True
        else:
            changed |= _apply(row, values)
    for row_id, row in existing.items():
        if row_id not in wanted and not row.deleted:
            row.deleted = True  # a tombstone, so that the deletion travels
            changed = True
    return changed


def save_plan(session: Session, doc: PlanDoc) -> PlanChanged:
    """Write the doc back; only rows whose values differ get a new revision."""
    plan = session.get(ActionPlan, doc.id)
    if plan is None:
        raise KeyError(f"No action plan {doc.id}")
    with session.no_autoflush:  # one flush below, so the plan gets exactly one new revision
        changed = _apply(plan, {s: getattr(doc, s) for s in SECTIONS})
        changed |= _sync_rows(session, NextStep, plan.id, doc.next_steps, NextStepRow)
        changed |= _sync_rows(session, SupportRequest, plan.id, doc.support, SupportRow)
    if changed and not session.is_modified(plan, include_collections=False):
        flag_modified(plan, "key_takeaways")  # a row changed: the plan gets a new revision too
    session.flush()
    doc.revision = plan.revision
    return PlanChanged(plan_id=plan.id, revision=plan.revision, changed=changed)
