"""The people of a workshop: delegations (a country's or city's team) and participants.

Why one module: the Workshop page's people editor, the participants' CSV import and every page
that lists people read and change them here. Reads return plain frozen data; writes return an
id or whether something changed, and refuse bad input with an `InvalidInput` carrying a code
and the field, so that the UI says it in the user's language. Deletions are tombstones so that
they travel to other laptops; `delete_participant_data` also wipes what identifies the person
(privacy), because a tombstone alone would still carry the name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pcsc_workshop.core.framework import CITY_TYPES, STAGES
from pcsc_workshop.core.languages import LANGUAGES
from pcsc_workshop.core.models import (
    ActionPlan,
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

# --- reading ----------------------------------------------------------------------------------

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
    row = live(session, Participant, participant_id, "participant_id")
    code = (language or "").strip().lower() or None
    if code is not None and code not in LANGUAGES:
        raise InvalidInput("unknown-language", "language")
    return assign(row, {"language": code})
