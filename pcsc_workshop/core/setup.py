"""Setting up a workshop: create it from a template, edit its agenda, delegations, participants.

Why one module: these are the facilitator's preparation steps (the wizard and the set-up pages
call them); each returns plain data or an id and refuses bad input with an `InvalidInput`
carrying a code and the field, so that the UI says it in the user's language. Deletions are
tombstones so that they travel to other laptops; `delete_participant_data` also wipes what
identifies the person (privacy), because a tombstone alone would still carry the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pcsc_workshop.core.models import (
    ActionPlan,
    AgendaItem,
    Assessment,
    AssessmentScore,
    Delegation,
    LocalItem,
    NextStep,
    Participant,
    QuizAttempt,
    SupportRequest,
    Workshop,
)

AGENDA_KINDS: tuple[str, ...] = (
    "lecture", "exercise", "site-visit", "conference", "discussion", "break",
)
CITY_TYPES: tuple[str, ...] = (
    "jica.city-type.large-representative",
    "jica.city-type.regional-core",
    "jica.city-type.industry-specialized",
    "jica.city-type.area-development",
)
STAGES: tuple[str, ...] = (
    "jica.stage.small-start", "jica.stage.accelerate", "jica.stage.sustainable-growth",
)
# Column limits of models.py: refusing longer text beats SQLite silently storing it anyway.
LIMITS: dict[str, int] = {
    "title": 300, "organisers": 5_000, "venue": 300, "city": 200, "country": 200,
    "language": 20, "description": 20_000, "name": 300, "organisation": 300, "role": 300,
    "email": 320, "agenda_title": 500, "start_time": 5,
}
MAX_DURATION_MIN = 24 * 60
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class InvalidInput(ValueError):
    """Input the core refuses; `code` says why, `field` where. The UI words it.

    Codes: empty, too-long, bad-email, bad-time, bad-value, end-before-start, not-found,
    not-empty (a delegation that still has members), wrong-workshop.
    """

    def __init__(self, code: str, field: str = "", detail: str = "") -> None:
        super().__init__(f"{code}: {field}" + (f" ({detail})" if detail else ""))
        self.code = code
        self.field = field
        self.detail = detail


class NotFound(InvalidInput, KeyError):
    """No live row with that id (also a KeyError, like plans.load_plan's)."""

    def __init__(self, field: str, ident: str) -> None:
        super().__init__("not-found", field, ident)

    def __str__(self) -> str:  # KeyError would quote the message otherwise
        return ValueError.__str__(self)


# --- validation helpers ---------------------------------------------------------------------

def clean_text(value: str | None, field_name: str, *, required: bool = False,
               limit_key: str | None = None) -> str:
    """Trimmed text within its length limit; `required` refuses empty (codes, not words)."""
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput("empty", field_name)
    limit = LIMITS.get(limit_key or field_name)
    if limit is not None and len(text) > limit:
        raise InvalidInput("too-long", field_name, str(limit))
    return text


def clean_email(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > LIMITS["email"]:
        raise InvalidInput("too-long", "email", str(LIMITS["email"]))
    if not _EMAIL.match(text):
        raise InvalidInput("bad-email", "email")
    return text


def _choice(value: str | None, allowed: Sequence[str], field_name: str) -> str:
    text = (value or "").strip()
    if text and text not in allowed:
        raise InvalidInput("bad-value", field_name, text)
    return text


def _live(session: Session, model: type, ident: str, field_name: str) -> Any:
    row = session.get(model, ident)
    if row is None or row.deleted:
        raise NotFound(field_name, ident)
    return row


# --- workshop ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class SessionTemplate:
    """One session of a workshop template (plain data, from the curriculum's templates)."""

    day: int
    start: str  # HH:MM
    duration: int  # minutes
    kind: str
    title: str
    refs: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class WorkshopTemplate:
    id: str
    sessions: tuple[SessionTemplate, ...] = ()


def template_from_curriculum(tpl: Any) -> WorkshopTemplate:
    """Adapt a curriculum template: expects `.id` and `.sessions[i]` with `.day`, `.start`,
    `.duration`, `.kind`, `.title`, `.refs` (also accepts `start_time`, `duration_min`,
    `curriculum_refs`, and `.description` when present)."""
    out = []
    for s in tpl.sessions:
        out.append(SessionTemplate(
            day=int(getattr(s, "day", 1)),
            start=str(getattr(s, "start", None) or getattr(s, "start_time", "09:00")),
            duration=int(getattr(s, "duration", None) or getattr(s, "duration_min", 60)),
            kind=str(getattr(s, "kind", "lecture")),
            title=str(getattr(s, "title", "")),
            refs=tuple(getattr(s, "refs", None) or getattr(s, "curriculum_refs", None) or ()),
            description=str(getattr(s, "description", "") or ""),
        ))
    return WorkshopTemplate(id=str(tpl.id), sessions=tuple(out))


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
                                   **_clean_session(s.day, s.start, s.duration, s.kind,
                                                    s.title, s.refs, s.description)))
        session.flush()
    return workshop.id


def update_workshop(session: Session, workshop_id: str, fields: WorkshopFields) -> bool:
    """Write the wizard's fields back; True when something changed."""
    workshop = _live(session, Workshop, workshop_id, "workshop_id")
    return _assign(workshop, _clean_workshop(fields))


def _assign(row: Any, values: dict[str, Any]) -> bool:
    """Set only differing values, so unchanged rows keep their revision (merge-friendly)."""
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


# --- agenda -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AgendaEntry:
    id: str
    day: int
    position: int
    start_time: str
    duration_min: int
    kind: str
    title: str
    description: str
    refs: tuple[str, ...]


def _clean_session(day: int, start: str, duration: int, kind: str, title: str,
                   refs: Iterable[str] = (), description: str = "") -> dict[str, Any]:
    if not isinstance(day, int) or day < 1:
        raise InvalidInput("bad-value", "day", str(day))
    start = (start or "").strip()
    if not _TIME.match(start):
        raise InvalidInput("bad-time", "start_time", start)
    if not isinstance(duration, int) or not 0 < duration <= MAX_DURATION_MIN:
        raise InvalidInput("bad-value", "duration_min", str(duration))
    return {
        "day": day, "start_time": start, "duration_min": duration,
        "kind": _choice(kind, AGENDA_KINDS, "kind") or "lecture",
        "title": clean_text(title, "title", required=True, limit_key="agenda_title"),
        "description": clean_text(description, "description"),
        "curriculum_refs": [str(r) for r in refs],
    }


def _agenda_rows(session: Session, workshop_id: str) -> list[AgendaItem]:
    return list(session.scalars(
        select(AgendaItem)
        .where(AgendaItem.workshop_id == workshop_id, AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.day, AgendaItem.position, AgendaItem.start_time)
    ).all())


def list_agenda(session: Session, workshop_id: str) -> list[AgendaEntry]:
    """The agenda in order (day, then position)."""
    return [
        AgendaEntry(a.id, a.day, a.position, a.start_time, a.duration_min, a.kind, a.title,
                    a.description, tuple(a.curriculum_refs or ()))
        for a in _agenda_rows(session, workshop_id)
    ]


def add_session(session: Session, workshop_id: str, *, day: int, start: str, duration: int,
                kind: str, title: str, refs: Iterable[str] = (), description: str = "",
                index: int | None = None) -> str:
    """Add a session to a day (at `index`, else at the end of the day); return its id."""
    _live(session, Workshop, workshop_id, "workshop_id")
    values = _clean_session(day, start, duration, kind, title, refs, description)
    item = AgendaItem(workshop_id=workshop_id, position=10**6, **values)
    session.add(item)
    session.flush()
    move_session(session, item.id, day=day, index=index)
    return item.id


def update_session(session: Session, item_id: str, *, start: str | None = None,
                   duration: int | None = None, kind: str | None = None,
                   title: str | None = None, refs: Iterable[str] | None = None,
                   description: str | None = None) -> bool:
    """Change a session's fields (day and order change with `move_session`)."""
    item = _live(session, AgendaItem, item_id, "agenda_item_id")
    values = _clean_session(
        item.day,
        item.start_time if start is None else start,
        item.duration_min if duration is None else duration,
        item.kind if kind is None else kind,
        item.title if title is None else title,
        item.curriculum_refs if refs is None else refs,
        item.description if description is None else description,
    )
    return _assign(item, values)


def move_session(session: Session, item_id: str, *, day: int, index: int | None = None) -> None:
    """Move a session to position `index` of `day` (None = last); renumber both days 0..n-1.

    Only rows whose day or position really changes are touched (and so get a new revision).
    """
    item = _live(session, AgendaItem, item_id, "agenda_item_id")
    if not isinstance(day, int) or day < 1:
        raise InvalidInput("bad-value", "day", str(day))
    old_day = item.day
    rows = _agenda_rows(session, item.workshop_id)
    target = [r for r in rows if r.day == day and r.id != item.id]
    if index is None or index > len(target):
        index = len(target)
    target.insert(max(index, 0), item)
    for pos, row in enumerate(target):
        _assign(row, {"day": day, "position": pos})
    if old_day != day:
        for pos, row in enumerate(r for r in rows if r.day == old_day and r.id != item.id):
            _assign(row, {"position": pos})
    session.flush()


def delete_session(session: Session, item_id: str) -> None:
    """Tombstone a session and close the gap in its day's numbering."""
    item = _live(session, AgendaItem, item_id, "agenda_item_id")
    item.deleted = True
    session.flush()
    for pos, row in enumerate(r for r in _agenda_rows(session, item.workshop_id)
                              if r.day == item.day):
        _assign(row, {"position": pos})
    session.flush()


# --- delegations ----------------------------------------------------------------------------

def _clean_delegation(country: str, city: str, city_type: str, stage: str) -> dict[str, Any]:
    return {
        "country": clean_text(country, "country", required=True),
        "city": clean_text(city, "city"),
        "city_type": _choice(city_type, CITY_TYPES, "city_type"),
        "stage": _choice(stage, STAGES, "stage"),
    }


def add_delegation(session: Session, workshop_id: str, country: str, city: str = "",
                   city_type: str = "", stage: str = "") -> str:
    _live(session, Workshop, workshop_id, "workshop_id")
    values = _clean_delegation(country, city, city_type, stage)
    last = session.scalars(
        select(Delegation.position).where(Delegation.workshop_id == workshop_id)
        .order_by(Delegation.position.desc())
    ).first()
    row = Delegation(workshop_id=workshop_id, position=(last + 1) if last is not None else 0,
                     **values)
    session.add(row)
    session.flush()
    return row.id


def update_delegation(session: Session, delegation_id: str, *, country: str | None = None,
                      city: str | None = None, city_type: str | None = None,
                      stage: str | None = None) -> bool:
    row = _live(session, Delegation, delegation_id, "delegation_id")
    values = _clean_delegation(
        row.country if country is None else country, row.city if city is None else city,
        row.city_type if city_type is None else city_type, row.stage if stage is None else stage,
    )
    return _assign(row, values)


def delete_delegation(session: Session, delegation_id: str) -> None:
    """Tombstone an empty delegation; one with members is refused (code not-empty) so that
    nobody's membership is lost by a slip."""
    row = _live(session, Delegation, delegation_id, "delegation_id")
    members = session.scalars(select(Participant.id).where(
        Participant.delegation_id == delegation_id, Participant.deleted.is_(False))).first()
    if members:
        raise InvalidInput("not-empty", "delegation_id")
    row.deleted = True
    session.flush()


# --- participants -----------------------------------------------------------------------------

@dataclass
class ParticipantFields:
    name: str
    organisation: str = ""
    role: str = ""
    delegation_id: str | None = None
    email: str | None = None
    consent: bool = False


def _clean_participant(session: Session, workshop_id: str, f: ParticipantFields) -> dict[str, Any]:
    delegation_id = f.delegation_id or None
    if delegation_id:
        d = _live(session, Delegation, delegation_id, "delegation_id")
        if d.workshop_id != workshop_id:
            raise InvalidInput("wrong-workshop", "delegation_id")
    return {
        "name": clean_text(f.name, "name", required=True),
        "organisation": clean_text(f.organisation, "organisation"),
        "role": clean_text(f.role, "role"),
        "email": clean_email(f.email),
        "consent": bool(f.consent),
        "delegation_id": delegation_id,
    }


def add_participant(session: Session, workshop_id: str, fields: ParticipantFields) -> str:
    _live(session, Workshop, workshop_id, "workshop_id")
    values = _clean_participant(session, workshop_id, fields)
    last = session.scalars(
        select(Participant.position).where(Participant.workshop_id == workshop_id)
        .order_by(Participant.position.desc())
    ).first()
    row = Participant(workshop_id=workshop_id, position=(last + 1) if last is not None else 0,
                      **values)
    session.add(row)
    session.flush()
    return row.id


def update_participant(session: Session, participant_id: str, fields: ParticipantFields) -> bool:
    row = _live(session, Participant, participant_id, "participant_id")
    return _assign(row, _clean_participant(session, row.workshop_id, fields))


@dataclass
class DeletionReport:
    """What `delete_participant_data` wiped and tombstoned (for the confirmation message)."""

    participant_id: str
    plans: int = 0
    plan_rows: int = 0
    assessments: int = 0
    quiz_attempts: int = 0
    dismissals: int = 0
    ids: list[str] = field(default_factory=list)


def delete_participant_data(session: Session, participant_id: str) -> DeletionReport:
    """Erase a participant for privacy: wipe personal fields and tombstone them and their data.

    The participant row keeps its id (so the deletion travels to other laptops) but loses
    name, email, organisation, role and consent. Their plans, next steps, support requests,
    own assessments (with evidence notes) and quiz attempts are emptied and tombstoned:
    a tombstone that still held the text would still be personal data. Items already pulled
    into the delegation plan belong to the delegation and stay.
    """
    person = session.get(Participant, participant_id)
    if person is None:
        raise NotFound("participant_id", participant_id)
    report = DeletionReport(participant_id)
    _assign(person, {"name": "", "email": None, "organisation": "", "role": "",
                     "consent": False, "deleted": True})
    plans = session.scalars(select(ActionPlan).where(
        ActionPlan.participant_id == participant_id)).all()
    plan_ids = [p.id for p in plans]
    for plan in plans:
        _assign(plan, {"key_takeaways": "", "challenges": "", "approaches": "",
                       "deleted": True})
        report.plans += 1
    if plan_ids:
        for step in session.scalars(select(NextStep).where(NextStep.plan_id.in_(plan_ids))):
            _assign(step, {"action": "", "responsible": "", "resources": "", "indicator": "",
                           "start_date": None, "end_date": None, "deleted": True})
            report.plan_rows += 1
        for sup in session.scalars(select(SupportRequest).where(
                SupportRequest.plan_id.in_(plan_ids))):
            _assign(sup, {"provider": "", "kind": "", "detail": "", "deleted": True})
            report.plan_rows += 1
        for item in session.scalars(select(LocalItem).where(
                LocalItem.kind == "dismissed-suggestion",
                LocalItem.data["plan_id"].as_string().in_(plan_ids))):
            _assign(item, {"deleted": True})
            report.dismissals += 1
    for assessment in session.scalars(select(Assessment).where(
            Assessment.participant_id == participant_id)):
        for score in session.scalars(select(AssessmentScore).where(
                AssessmentScore.assessment_id == assessment.id)):
            _assign(score, {"score": None, "evidence": "", "deleted": True})
        _assign(assessment, {"deleted": True})
        report.assessments += 1
    for attempt in session.scalars(select(QuizAttempt).where(
            QuizAttempt.participant_id == participant_id)):
        _assign(attempt, {"answers": {}, "score": 0, "total": 0, "deleted": True})
        report.quiz_attempts += 1
    session.flush()
    return report
