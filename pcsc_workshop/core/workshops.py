"""Workshops, delegations and participants as plain data for listings and pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pcsc_workshop.core.models import ActionPlan, Delegation, Participant, Workshop


@dataclass(frozen=True)
class WorkshopSummary:
    id: str
    title: str
    city: str
    country: str
    start_date: date | None
    end_date: date | None
    delegations: int
    participants: int
    plans: int

    @property
    def days(self) -> int | None:
        if self.start_date and self.end_date:
            return (self.end_date - self.start_date).days + 1
        return None


@dataclass(frozen=True)
class ParticipantInfo:
    id: str
    name: str
    organisation: str
    role: str
    delegation_id: str | None
    delegation_label: str
    email: str | None
    consent: bool
    language: str | None = None  # their own documents' language; None: the workshop's


@dataclass(frozen=True)
class DelegationInfo:
    id: str
    country: str
    city: str
    city_type: str
    stage: str
    label: str


def _count(session: Session, model: type, workshop_id: str) -> int:
    return session.scalar(
        select(func.count())
        .select_from(model)
        .where(model.workshop_id == workshop_id, model.deleted.is_(False))
    ) or 0


def list_workshops(session: Session) -> list[WorkshopSummary]:
    rows = session.scalars(
        select(Workshop).where(Workshop.deleted.is_(False)).order_by(Workshop.created_at)
    ).all()
    return [
        WorkshopSummary(
            id=w.id,
            title=w.title,
            city=w.city,
            country=w.country,
            start_date=w.start_date,
            end_date=w.end_date,
            delegations=_count(session, Delegation, w.id),
            participants=_count(session, Participant, w.id),
            plans=_count(session, ActionPlan, w.id),
        )
        for w in rows
    ]


def get_workshop(session: Session, workshop_id: str) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None or workshop.deleted:
        raise KeyError(f"No workshop with id {workshop_id}")
    return workshop


def list_delegations(session: Session, workshop_id: str) -> list[DelegationInfo]:
    rows = session.scalars(
        select(Delegation)
        .where(Delegation.workshop_id == workshop_id, Delegation.deleted.is_(False))
        .order_by(Delegation.position, Delegation.country)
    ).all()
    return [DelegationInfo(d.id, d.country, d.city, d.city_type, d.stage, d.label) for d in rows]


def list_participants(session: Session, workshop_id: str) -> list[ParticipantInfo]:
    delegations = {d.id: d.label for d in list_delegations(session, workshop_id)}
    rows = session.scalars(
        select(Participant)
        .where(Participant.workshop_id == workshop_id, Participant.deleted.is_(False))
        .order_by(Participant.position, Participant.name)
    ).all()
    return [
        ParticipantInfo(
            id=p.id,
            name=p.name,
            organisation=p.organisation,
            role=p.role,
            delegation_id=p.delegation_id,
            delegation_label=delegations.get(p.delegation_id or "", ""),
            email=p.email,
            consent=p.consent,
            language=p.language,
        )
        for p in rows
    ]
