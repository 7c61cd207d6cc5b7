"""The delegation's group plan, built from its members' plans.

In the 2016 deep dive each delegation left with one action plan; members first write their
own. The facilitator lists the members' next steps and support requests (`members_items`) and
pulls the chosen ones into the delegation plan (`pull_into_delegation_plan`). A pulled row is
a copy with `source_ref` = the original's id, so pulling twice adds nothing, and the
delegation can edit its copy without touching the member's plan.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from pcsc_workshop.core.models import ActionPlan, NextStep, Participant, SupportRequest
from pcsc_workshop.core.validation import InvalidInput, NotFound

NEXT_STEP = "next-step"
SUPPORT = "support"
_STEP_FIELDS = ("action", "responsible", "start_date", "end_date", "resources", "indicator",
                "link_ref", "status")
_SUPPORT_FIELDS = ("provider", "kind", "detail")


@dataclass(frozen=True)
class MemberItem:
    """A member's next step or support request, as the pull list shows it."""

    id: str
    kind: str  # next-step / support
    plan_id: str
    participant_id: str
    owner_name: str
    text: str  # the action, or the support detail
    responsible: str = ""
    start_date: date | None = None
    end_date: date | None = None
    link_ref: str = ""
    provider: str = ""
    support_kind: str = ""
    pulled: bool = False  # already in the delegation plan


def _members_plans(session: Session, delegation_id: str) -> dict[str, tuple[str, str]]:
    """plan id -> (participant id, name) for the delegation's live members' plans."""
    rows = session.execute(
        select(ActionPlan.id, Participant.id, Participant.name)
        .join(Participant, ActionPlan.participant_id == Participant.id)
        .where(Participant.delegation_id == delegation_id, Participant.deleted.is_(False),
               ActionPlan.deleted.is_(False))
        .order_by(Participant.position, Participant.name))
    return {pid: (person, name) for pid, person, name in rows}


def _delegation_plan_ids(session: Session, delegation_id: str) -> list[str]:
    return list(session.scalars(select(ActionPlan.id).where(
        ActionPlan.delegation_id == delegation_id, ActionPlan.participant_id.is_(None),
        ActionPlan.deleted.is_(False))))


def _pulled(session: Session, plan_ids: list[str]) -> set[str]:
    if not plan_ids:
        return set()
    refs = set(session.scalars(select(NextStep.source_ref).where(
        NextStep.plan_id.in_(plan_ids), NextStep.deleted.is_(False))))
    refs |= set(session.scalars(select(SupportRequest.source_ref).where(
        SupportRequest.plan_id.in_(plan_ids), SupportRequest.deleted.is_(False))))
    return refs - {""}


def members_items(session: Session, delegation_id: str) -> list[MemberItem]:
    """Every live next step and support request in the members' plans (members in order)."""
    plans = _members_plans(session, delegation_id)
    if not plans:
        return []
    pulled = _pulled(session, _delegation_plan_ids(session, delegation_id))
    order = {pid: i for i, pid in enumerate(plans)}
    out: list[tuple[tuple[int, int, int], MemberItem]] = []
    for s in session.scalars(select(NextStep).where(
            NextStep.plan_id.in_(list(plans)), NextStep.deleted.is_(False))):
        person, name = plans[s.plan_id]
        out.append(((order[s.plan_id], 0, s.position), MemberItem(
            s.id, NEXT_STEP, s.plan_id, person, name, s.action, s.responsible, s.start_date,
            s.end_date, s.link_ref, pulled=s.id in pulled)))
    for r in session.scalars(select(SupportRequest).where(
            SupportRequest.plan_id.in_(list(plans)), SupportRequest.deleted.is_(False))):
        person, name = plans[r.plan_id]
        out.append(((order[r.plan_id], 1, r.position), MemberItem(
            r.id, SUPPORT, r.plan_id, person, name, r.detail, provider=r.provider,
            support_kind=r.kind, pulled=r.id in pulled)))
    out.sort(key=lambda pair: pair[0])
    return [item for _, item in out]


@dataclass(frozen=True)
class PullResult:
    added: tuple[str, ...]  # ids of the new rows in the delegation plan
    already: tuple[str, ...]  # original ids that were in the delegation plan already


_Item = TypeVar("_Item", NextStep, SupportRequest)


def _pull(session: Session, plan_id: str, model: type[_Item], source: _Item,
          names: Iterable[str]) -> str | None:
    """Copy one member's item into the delegation plan; its copy's id, or None when a live
    copy is already there. A copy deleted earlier is brought back rather than duplicated."""
    copies = session.scalars(select(model).where(
        model.plan_id == plan_id, model.source_ref == source.id)
        .order_by(model.deleted, model.created_at)).all()
    if copies and not copies[0].deleted:
        return None
    last = session.scalar(select(func.max(model.position)).where(
        model.plan_id == plan_id, model.deleted.is_(False)))
    values = {n: getattr(source, n) for n in names}
    values["position"] = 0 if last is None else last + 1
    if copies:
        row = copies[0]
        for key, value in values.items():
            setattr(row, key, value)
        row.deleted = False
    else:
        row = model(plan_id=plan_id, source_ref=source.id, **values)
        session.add(row)
    session.flush()
    return row.id


def pull_into_delegation_plan(session: Session, delegation_plan_id: str,
                              item_ids: Iterable[str]) -> PullResult:
    """Copy members' next steps / support requests into the delegation plan (idempotent).

    Refused (code not-member) when an item is not from a member of this delegation.
    A copy deleted from the delegation plan earlier comes back when pulled again.
    """
    plan = session.get(ActionPlan, delegation_plan_id)
    if plan is None or plan.deleted:
        raise NotFound("plan_id", delegation_plan_id)
    if plan.participant_id or not plan.delegation_id:
        raise InvalidInput("bad-value", "plan_id", "not a delegation plan")
    members = _members_plans(session, plan.delegation_id)
    added: list[str] = []
    already: list[str] = []
    changed = False
    for item_id in dict.fromkeys(item_ids):
        source = session.get(NextStep, item_id) or session.get(SupportRequest, item_id)
        if source is None or source.deleted:
            raise NotFound("item_id", item_id)
        if source.plan_id not in members:
            raise InvalidInput("not-member", "item_id", item_id)
        copied = (_pull(session, plan.id, NextStep, source, _STEP_FIELDS)
                  if isinstance(source, NextStep)
                  else _pull(session, plan.id, SupportRequest, source, _SUPPORT_FIELDS))
        if copied is None:
            already.append(source.id)
            continue
        added.append(copied)
        changed = True
    if changed and not session.is_modified(plan, include_collections=False):
        flag_modified(plan, "key_takeaways")
    session.flush()
    return PullResult(tuple(added), tuple(already))
