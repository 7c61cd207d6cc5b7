"""Workshops: listing, creating and editing them, and running one again or removing it.

- `list_workshops` / `get_workshop`: what the first page and every page read.
- `create_workshop` / `update_workshop`: the wizard's and the Workshop page's fields (with a
  template's agenda when created from one); bad input is refused with an `InvalidInput`
  carrying a code and the field.
- `duplicate_workshop`: next year's edition: the details and the agenda (same days, same
  times), and optionally the delegations (country, city, city type, stage). Never the people,
  their plans, assessments or checks: those belong to the edition they took part in.
- `delete_workshop`: the workshop and everything in it is tombstoned (the way every deletion
  travels); people's texts are emptied in the tombstones, since a tombstone that still held a
  plan would still be personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, func, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from pcsc_workshop.core.agenda import clean_session
from pcsc_workshop.core.models import (
    TRAVELLING_MODELS,
    ActionPlan,
    AgendaItem,
    Assessment,
    AssessmentScore,
    Delegation,
    NextStep,
    Participant,
    QuizAttempt,
    SupportRequest,
    Travelling,
    Workshop,
)
from pcsc_workshop.core.templates import WorkshopTemplate
from pcsc_workshop.core.validation import InvalidInput, assign, clean_text, live


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


def _count(model: type[Delegation] | type[Participant] | type[ActionPlan]) -> ScalarSelect[int]:
    """How many live rows of `model` the workshop of the enclosing query has."""
    return (
        select(func.count())
        .select_from(model)
        .where(model.workshop_id == Workshop.id, model.deleted.is_(False))
        .correlate(Workshop)
        .scalar_subquery()
    )


def list_workshops(session: Session) -> list[WorkshopSummary]:
    """Every workshop not deleted, oldest first, with its counts: one statement. Why: the
    window's workshop picker reads this on the UI thread (`MainWindow.reload_workshops`);
    an ORM load and three count queries per workshop took ~5 ms of it for one workshop."""
    rows = session.execute(
        select(Workshop.id, Workshop.title, Workshop.city, Workshop.country,
               Workshop.start_date, Workshop.end_date, _count(Delegation),
               _count(Participant), _count(ActionPlan))
        .where(Workshop.deleted.is_(False))
        .order_by(Workshop.created_at)
    ).all()
    return [
        WorkshopSummary(id=w_id, title=title, city=city, country=country,
                        start_date=start, end_date=end, delegations=delegations or 0,
                        participants=participants or 0, plans=plans or 0)
        for w_id, title, city, country, start, end, delegations, participants, plans in rows
    ]


def get_workshop(session: Session, workshop_id: str) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None or workshop.deleted:
        raise KeyError(f"No workshop with id {workshop_id}")
    return workshop



# --- creating and editing -----------------------------------------------------------------------

@dataclass
class WorkshopFields:
    """What the wizard asks for; also what `update_workshop` writes back."""

    title: str
    organisers: str = ""
    venue: str = ""
    city: str = ""
    country: str = ""
    start_date: date | None = None
    end_date: date | None = None
    language: str = "en"
    description: str = ""


def _clean_workshop(f: WorkshopFields) -> dict[str, Any]:
    values: dict[str, Any] = {
        "title": clean_text(f.title, "title", required=True),
        "language": clean_text(f.language or "en", "language", required=True),
    }
    for name in ("organisers", "venue", "city", "country", "description"):
        values[name] = clean_text(getattr(f, name), name)
    if f.start_date and f.end_date and f.end_date < f.start_date:
        raise InvalidInput("end-before-start", "end_date")
    values["start_date"], values["end_date"] = f.start_date, f.end_date
    return values


def create_workshop(session: Session, fields: WorkshopFields,
                    template: WorkshopTemplate | None = None) -> str:
    """Create a workshop (with the template's agenda, if any); return its id."""
    values = _clean_workshop(fields)
    workshop = Workshop(template_id=template.id if template else "", **values)
    session.add(workshop)
    session.flush()
    if template:
        per_day: dict[int, int] = {}
        for s in sorted(template.sessions, key=lambda s: (s.day, s.start)):
            pos = per_day.get(s.day, 0)
            per_day[s.day] = pos + 1
            session.add(AgendaItem(workshop_id=workshop.id, position=pos,
                                   **clean_session(s.day, s.start, s.duration, s.kind,
                                                    s.title, s.refs, s.description)))
        session.flush()
    return workshop.id


def update_workshop(session: Session, workshop_id: str, fields: WorkshopFields) -> bool:
    """Write the wizard's fields back; True when something changed."""
    workshop = live(session, Workshop, workshop_id, "workshop_id")
    return assign(workshop, _clean_workshop(fields))


# --- another edition, or none -------------------------------------------------------------------

@dataclass(frozen=True)
class Duplicated:
    workshop_id: str
    sessions: int
    delegations: int


def duplicate_workshop(session: Session, workshop_id: str, *, title: str,
                       start_date: date | None = None,
                       with_delegations: bool = False) -> Duplicated:
    """A new workshop like `workshop_id`: details, agenda, and (optionally) delegations.

    `start_date` moves the dates (the end keeps the same length); without it the copy keeps
    the original dates, for the facilitator to change.
    """
    old = get_workshop(session, workshop_id)
    shift = (start_date - old.start_date) if (start_date and old.start_date) else timedelta(0)
    new = Workshop(
        title=title.strip() or old.title, organisers=old.organisers, venue=old.venue,
        city=old.city, country=old.country,
        start_date=start_date or old.start_date,
        end_date=(old.end_date + shift) if old.end_date else None,
        language=old.language, description=old.description,
        curriculum_id=old.curriculum_id, curriculum_version=old.curriculum_version,
        template_id=old.template_id)
    session.add(new)
    session.flush()
    agenda = session.scalars(select(AgendaItem).where(
        AgendaItem.workshop_id == workshop_id, AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.day, AgendaItem.position)).all()
    for a in agenda:
        session.add(AgendaItem(workshop_id=new.id, day=a.day, position=a.position,
                               start_time=a.start_time, duration_min=a.duration_min,
                               kind=a.kind, title=a.title, description=a.description,
                               curriculum_refs=list(a.curriculum_refs or [])))
    delegations = 0
    if with_delegations:
        for d in session.scalars(select(Delegation).where(
                Delegation.workshop_id == workshop_id, Delegation.deleted.is_(False))
                .order_by(Delegation.position)).all():
            session.add(Delegation(workshop_id=new.id, country=d.country, city=d.city,
                                   city_type=d.city_type, stage=d.stage, position=d.position))
            delegations += 1
    session.flush()
    return Duplicated(new.id, len(agenda), delegations)


# What a workshop's tombstones must no longer hold: the people's own texts (a tombstone that
# still held a plan or a note would still be personal data). Other fields are not personal.
_EMPTIED: dict[type[Travelling], dict[str, Any]] = {
    ActionPlan: {"key_takeaways": "", "challenges": "", "approaches": ""},
    NextStep: {"action": "", "responsible": "", "resources": "", "indicator": ""},
    SupportRequest: {"detail": ""},
    AssessmentScore: {"evidence": ""},
    QuizAttempt: {"answers": {}},
    Participant: {"name": "", "email": None, "organisation": "", "role": ""},
}


def _of_workshop(model: type[Travelling], workshop_id: str) -> ColumnElement[bool]:
    """Which rows of a travelling table belong to the workshop: directly, or through their
    plan or their assessment. A new travelling table tied some other way fails here (loudly,
    in the tests) instead of outliving its workshop."""
    columns = sa_inspect(model).local_table.c
    if "workshop_id" in columns:
        return columns.workshop_id == workshop_id
    if "plan_id" in columns:
        return columns.plan_id.in_(
            select(ActionPlan.id).where(ActionPlan.workshop_id == workshop_id))
    if "assessment_id" in columns:
        return columns.assessment_id.in_(
            select(Assessment.id).where(Assessment.workshop_id == workshop_id))
    raise AssertionError(f"{model.__name__} travels but is tied to no workshop")


def delete_workshop(session: Session, workshop_id: str) -> None:
    """Tombstone the workshop and everything in it (every travelling table), emptying
    people's texts."""
    workshop = get_workshop(session, workshop_id)
    for model in TRAVELLING_MODELS:
        if model is not Workshop:
            session.execute(update(model).where(_of_workshop(model, workshop_id))
                            .values(deleted=True, **_EMPTIED.get(model, {})))
    workshop.deleted = True
    session.flush()
