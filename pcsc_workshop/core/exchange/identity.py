"""Who this installation is: its sender id, its send counter, and the participant it plays.

Why lazily created: databases are often copied from a template (tests, a facilitator cloning
a prepared laptop); an id made at first send keeps copies from sharing one identity as long as
they have not sent anything yet.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pcsc_workshop.core.exchange.state import Identity, Installation
from pcsc_workshop.core.models import Participant, new_id, utcnow


def installation(session: Session) -> Installation:
    """This database's sender identity (made on first use)."""
    row = session.get(Installation, 1)
    if row is None:
        row = Installation(id=1, installation_id=new_id(), last_sequence=0)
        session.add(row)
        session.flush()
    return row


def installation_id_if_any(session: Session) -> str | None:
    """The sender id without creating one (reading must never write)."""
    row = session.get(Installation, 1)
    return row.installation_id if row else None


def next_sequence(session: Session) -> int:
    """A number larger than any this installation used before.

    Milliseconds since 1970 when the clock is sane, else last + 1: a restored backup (older
    counter) still produces numbers above the files it sent before the restore.
    """
    row = installation(session)
    row.last_sequence = max(row.last_sequence + 1, int(time.time() * 1000))
    session.flush()
    return row.last_sequence


@dataclass(frozen=True)
class ChosenParticipant:
    workshop_id: str
    participant_id: str
    name: str


def choose_participant(session: Session, workshop_id: str, participant_id: str) -> ChosenParticipant:
    """Record that this installation is `participant_id` in the workshop (after opening a pack)."""
    person = session.get(Participant, participant_id)
    if person is None or person.deleted or person.workshop_id != workshop_id:
        raise KeyError(f"No participant {participant_id} in workshop {workshop_id}")
    row = session.get(Identity, workshop_id)
    if row is None:
        session.add(Identity(workshop_id=workshop_id, participant_id=participant_id))
    else:
        row.participant_id = participant_id
        row.chosen_at = utcnow()
    session.flush()
    return ChosenParticipant(workshop_id, participant_id, person.name)


def current_participant(session: Session, workshop_id: str) -> str | None:
    """The participant this installation plays in the workshop, if one was picked."""
    return session.scalar(
        select(Identity.participant_id).where(Identity.workshop_id == workshop_id)
    )
