"""Status for the dashboard and the participant's "Send to facilitator" button."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pcsc_workshop.core.exchange import limits as L
from pcsc_workshop.core.exchange.identity import current_participant
from pcsc_workshop.core.exchange.state import Conflict, Identity, ImportRecord, SendRecord
from pcsc_workshop.core.exchange.writer import bundle_fingerprint
from pcsc_workshop.core.models import Participant
from pcsc_workshop.core.people import list_participants


@dataclass(frozen=True)
class ParticipantStatus:
    """For the facilitator: has this participant's plan come in, and how recent is it?"""

    participant_id: str
    name: str
    delegation_label: str
    files_received: int
    last_arrived_at: datetime | None  # when the latest file was imported here
    last_file_name: str
    plan_revision: int  # the plan revision the newest file (by sender's order) held
    sent_at: datetime | None  # when the newest file was written on the participant's laptop
    open_conflicts: int


def participant_status(session: Session, workshop_id: str) -> list[ParticipantStatus]:
    imports: dict[str, list[ImportRecord]] = {}
    for rec in session.scalars(select(ImportRecord).where(
            ImportRecord.workshop_id == workshop_id, ImportRecord.kind == L.KIND_BUNDLE)):
        imports.setdefault(rec.participant_id, []).append(rec)
    conflicts = dict(session.execute(
        select(Conflict.participant_id, func.count()).where(
            Conflict.workshop_id == workshop_id, Conflict.resolved_at.is_(None))
        .group_by(Conflict.participant_id)).all())
    out = []
    for p in list_participants(session, workshop_id):
        files = imports.get(p.id, [])
        newest = max(files, key=lambda r: r.sequence, default=None)
        latest = max(files, key=lambda r: r.imported_at, default=None)
        out.append(ParticipantStatus(
            participant_id=p.id, name=p.name, delegation_label=p.delegation_label,
            files_received=len(files),
            last_arrived_at=latest.imported_at if latest else None,
            last_file_name=latest.file_name if latest else "",
            plan_revision=newest.plan_revision if newest else 0,
            sent_at=newest.file_created_at if newest else None,
            open_conflicts=conflicts.get(p.id, 0),
        ))
    return out


@dataclass(frozen=True)
class SendStatus:
    """For a participant: when did I last send, and have I changed anything since?"""

    workshop_id: str
    participant_id: str
    last_sent_at: datetime | None
    last_file_name: str
    plan_revision: int
    changed_since: bool


def send_status(session: Session, workshop_id: str | None = None) -> SendStatus | None:
    """Status of this installation's participant (the most recently picked one by default);
    None when no participant was picked."""
    if workshop_id is None:
        workshop_id = session.scalar(
            select(Identity.workshop_id).order_by(Identity.chosen_at.desc()).limit(1))
        if workshop_id is None:
            return None
    participant_id = current_participant(session, workshop_id)
    person = session.get(Participant, participant_id) if participant_id else None
    if person is None:
        return None
    last = session.scalars(select(SendRecord).where(
        SendRecord.workshop_id == workshop_id, SendRecord.participant_id == person.id,
        SendRecord.kind == L.KIND_BUNDLE).order_by(SendRecord.sequence.desc()).limit(1)).first()
    now = bundle_fingerprint(session, person)
    return SendStatus(
        workshop_id=workshop_id, participant_id=person.id,
        last_sent_at=last.sent_at if last else None,
        last_file_name=last.file_name if last else "",
        plan_revision=last.plan_revision if last else 0,
        changed_since=last is None or last.content_hash != now,
    )
