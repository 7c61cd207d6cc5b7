"""Setting up a workshop: create it from a template, edit its agenda, delegations, participants.

Why one module: these are the facilitator's preparation steps (the wizard and the set-up pages
call them); each returns plain data or an id and refuses bad input with an `InvalidInput`
carrying a code and the field, so that the UI says it in the user's language. Deletions are
tombstones so that they travel to other laptops; `delete_participant_data` also wipes what
identifies the person (privacy), because a tombstone alone would still carry the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pcsc_workshop.core.agenda import gaps, reflow
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
from pcsc_workshop.core.validation import (
    InvalidInput,
    NotFound,
    assign,
    choice,
    clean_email,
    clean_text,
    live,
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
MAX_DURATION_MIN = 24 * 60
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


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
    """Adapt a curriculum template: `.id` and `.sessions[i]` with `.day`, `.start`,
    `.duration_min` (or `.duration`), `.kind`, `.title`, `.refs` and `.notes` (or
    `.description`)."""
    out = []
    for s in tpl.sessions:
        out.append(SessionTemplate(
            day=int(getattr(s, "day", 1)),
            start=str(getattr(s, "start", None) or getattr(s, "start_time", "09:00")),
            duration=int(getattr(s, "duration", None) or getattr(s, "duration_min", 60)),
            kind=str(getattr(s, "kind", "lecture")),
            title=str(getattr(s, "title", "")),
            refs=tuple(getattr(s, "refs", None) or getattr(s, "curriculum_refs", None) or ()),
            description=str(getattr(s, "notes", None) or getattr(s, "description", "")
                            or _session_plan(s)),
        ))
    return WorkshopTemplate(id=str(tpl.id), sessions=tuple(out))


def _session_plan(s: Any) -> str:
    """A template session's objectives ("• ...") and numbered instructions, as the agenda
    session's notes: what the facilitator's run sheet shows on the day (curriculum text
    only, so it is in the curriculum's language; no words of ours around it)."""
    objectives = [f"• {' '.join(str(o).split())}" for o in getattr(s, "objectives", None) or ()]
    steps = [f"{n}. {' '.join(str(x).split())}"
             for n, x in enumerate(getattr(s, "instructions", None) or (), 1)]
    return "\n\n".join("\n".join(block) for block in (objectives, steps) if block)


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
    workshop = live(session, Workshop, workshop_id, "workshop_id")
    return assign(workshop, _clean_workshop(fields))


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
        "kind": choice(kind, AGENDA_KINDS, "kind") or "lecture",
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
    live(session, Workshop, workshop_id, "workshop_id")
    values = _clean_session(day, start, duration, kind, title, refs, description)
    item = AgendaItem(workshop_id=workshop_id, position=10**6, **values)
    session.add(item)
    session.flush()
    move_session(session, item.id, day=day, index=index, reflow_times=False)
    return item.id


def update_session(session: Session, item_id: str, *, start: str | None = None,
                   duration: int | None = None, kind: str | None = None,
                   title: str | None = None, refs: Iterable[str] | None = None,
                   description: str | None = None) -> bool:
    """Change a session's fields (day and order change with `move_session`)."""
    item = live(session, AgendaItem, item_id, "agenda_item_id")
    values = _clean_session(
        item.day,
        item.start_time if start is None else start,
        item.duration_min if duration is None else duration,
        item.kind if kind is None else kind,
        item.title if title is None else title,
        item.curriculum_refs if refs is None else refs,
        item.description if description is None else description,
    )
    return assign(item, values)


def move_session(session: Session, item_id: str, *, day: int, index: int | None = None,
                 reflow_times: bool = True) -> None:
    """Move a session to position `index` of `day` (None = last); renumber both days 0..n-1.

    With `reflow_times` (what a user moving a session expects) the start times of both days
    follow the new order; adding a session places it without moving the others.

    Only rows whose day or position really changes are touched (and so get a new revision).
    """
    item = live(session, AgendaItem, item_id, "agenda_item_id")
    if not isinstance(day, int) or day < 1:
        raise InvalidInput("bad-value", "day", str(day))
    old_day = item.day
    rows = _agenda_rows(session, item.workshop_id)
    before = {d: [r for r in rows if r.day == d] for d in {day, old_day}}
    old_index = next((n for n, r in enumerate(before[old_day]) if r.id == item.id), None)
    target = [r for r in rows if r.day == day and r.id != item.id]
    if index is None or index > len(target):
        index = len(target)
    index = max(index, 0)
    target.insert(index, item)
    if reflow_times and (old_day != day or old_index != index):
        _reflow(before[day], target, removed=old_index if old_day == day else None,
                inserted=index)
    for pos, row in enumerate(target):
        assign(row, {"day": day, "position": pos})
    if old_day != day:
        rest = [r for r in before[old_day] if r.id != item.id]
        if reflow_times:
            _reflow(before[old_day], rest, removed=old_index, inserted=None)
        for pos, row in enumerate(rest):
            assign(row, {"position": pos})
    session.flush()


def _reflow(old_order: list[AgendaItem], new_order: list[AgendaItem], *,
            removed: int | None, inserted: int | None) -> None:
    """Times follow the new order: from the day's start, with the breaks kept per slot.

    Only the order changed, so the day keeps its start (a day that was empty takes the moved
    session's start) and each slot keeps the break before it (a lunch gap after the third slot
    stays there). A session leaving the day takes its slot's break with it; one arriving gets
    a slot with none (see core/agenda.py).
    """
    if not new_order:
        return
    slot_gaps = gaps(old_order) if old_order else []
    if removed is not None and inserted is not None:
        pass  # moved within the day: same slots, same breaks
    elif removed is not None:
        slot_gaps.pop(removed)
    elif inserted is not None:
        slot_gaps.insert(inserted, 0)
    if slot_gaps:
        slot_gaps[0] = 0
    day_start = min((r.start_time for r in old_order), default=new_order[0].start_time)
    for row, start in zip(new_order, reflow(day_start, [r.duration_min for r in new_order],
                                            slot_gaps), strict=True):
        assign(row, {"start_time": start})


def delete_session(session: Session, item_id: str) -> None:
    """Tombstone a session and close the gap in its day's numbering."""
    item = live(session, AgendaItem, item_id, "agenda_item_id")
    item.deleted = True
    session.flush()
    for pos, row in enumerate(r for r in _agenda_rows(session, item.workshop_id)
                              if r.day == item.day):
        assign(row, {"position": pos})
    session.flush()


# --- delegations ----------------------------------------------------------------------------

def _clean_delegation(country: str, city: str, city_type: str, stage: str) -> dict[str, Any]:
    return {
        "country": clean_text(country, "country", required=True),
        "city": clean_text(city, "city"),
        "city_type": choice(city_type, CITY_TYPES, "city_type"),
        "stage": choice(stage, STAGES, "stage"),
    }


def add_delegation(session: Session, workshop_id: str, country: str, city: str = "",
                   city_type: str = "", stage: str = "") -> str:
    live(session, Workshop, workshop_id, "workshop_id")
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
    row = live(session, Delegation, delegation_id, "delegation_id")
    values = _clean_delegation(
        row.country if country is None else country, row.city if city is None else city,
        row.city_type if city_type is None else city_type, row.stage if stage is None else stage,
    )
    return assign(row, values)


def delete_delegation(session: Session, delegation_id: str) -> None:
    """Tombstone an empty delegation; one with members is refused (code not-empty) so that
    nobody's membership is lost by a slip."""
    row = live(session, Delegation, delegation_id, "delegation_id")
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
        d = live(session, Delegation, delegation_id, "delegation_id")
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
    live(session, Workshop, workshop_id, "workshop_id")
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
    row = live(session, Participant, participant_id, "participant_id")
    return assign(row, _clean_participant(session, row.workshop_id, fields))


@dataclass
class DeletionReport:
    """What `delete_participant_data` wiped and tombstoned (for the confirmation message)."""

    participant_id: str
    plans: int = 0
    plan_rows: int = 0
    assessments: int = 0
    quiz_attempts: int = 0
    dismissals: int = 0
    exchange_rows: int = 0  # exchange history and conflict rows removed
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
    report.ids.append(participant_id)
    assign(person, {"name": "", "email": None, "organisation": "", "role": "",
                     "consent": False, "deleted": True})
    plans = session.scalars(select(ActionPlan).where(
        ActionPlan.participant_id == participant_id)).all()
    plan_ids = [p.id for p in plans]
    report.ids.extend(plan_ids)
    for plan in plans:
        assign(plan, {"key_takeaways": "", "challenges": "", "approaches": "",
                       "deleted": True})
        report.plans += 1
    if plan_ids:
        for step in session.scalars(select(NextStep).where(NextStep.plan_id.in_(plan_ids))):
            assign(step, {"action": "", "responsible": "", "resources": "", "indicator": "",
                           "start_date": None, "end_date": None, "deleted": True})
            report.plan_rows += 1
            report.ids.append(step.id)
        for sup in session.scalars(select(SupportRequest).where(
                SupportRequest.plan_id.in_(plan_ids))):
            assign(sup, {"provider": "", "kind": "", "detail": "", "deleted": True})
            report.plan_rows += 1
            report.ids.append(sup.id)
        for item in session.scalars(select(LocalItem).where(
                LocalItem.kind == "dismissed-suggestion",
                LocalItem.data["plan_id"].as_string().in_(plan_ids))):
            assign(item, {"deleted": True})
            report.dismissals += 1
    for assessment in session.scalars(select(Assessment).where(
            Assessment.participant_id == participant_id)):
        for score in session.scalars(select(AssessmentScore).where(
                AssessmentScore.assessment_id == assessment.id)):
            assign(score, {"score": None, "evidence": "", "deleted": True})
            report.ids.append(score.id)
        assign(assessment, {"deleted": True})
        report.ids.append(assessment.id)
        report.assessments += 1
    for attempt in session.scalars(select(QuizAttempt).where(
            QuizAttempt.participant_id == participant_id)):
        assign(attempt, {"answers": {}, "score": 0, "total": 0, "deleted": True})
        report.ids.append(attempt.id)
        report.quiz_attempts += 1
    session.flush()
    # Exchange history and conflict records held their name and text too (core/privacy.py).
    from pcsc_workshop.core.privacy import forget_exchange_traces

    report.exchange_rows = forget_exchange_traces(session, participant_id, set(report.ids))
    # Their answers to live polls in the room (core/polls.py) are theirs too.
    from pcsc_workshop.core.polls import delete_answers_of

    delete_answers_of(session, participant_id)
    return report


def set_participant_language(session: Session, participant_id: str,
                             language: str | None) -> bool:
    """The language of a participant's own plan and certificate; None: the workshop's.

    InvalidInput for a language documents are not written in (en, fr, es, pt, ar).
    """
    from pcsc_workshop.core.reports.labels import LANGUAGES

    row = live(session, Participant, participant_id, "participant_id")
    code = (language or "").strip().lower() or None
    if code is not None and code not in LANGUAGES:
        raise InvalidInput("unknown-language", "language")
    return assign(row, {"language": code})
