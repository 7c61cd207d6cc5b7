"""Conflicts: records changed here and elsewhere since they last travelled.

Both versions are kept; a person decides field by field (take mine, take theirs, or type a
value). Core speaks in codes: fields are column names and tables are payload names; the UI
turns them into words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from pcsc_workshop.core.exchange.merge import typed_values
from pcsc_workshop.core.exchange.records import SPECS, row_values
from pcsc_workshop.core.exchange.state import Conflict, ImportRecord, RecordState
from pcsc_workshop.core.models import Participant, utcnow

MINE = "mine"
THEIRS = "theirs"


@dataclass(frozen=True)
class FieldDifference:
    field: str
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class ConflictInfo:
    """One open conflict: which record, whose other version, and the fields that differ."""

    id: str
    workshop_id: str
    table: str  # payload name, e.g. "action_plans", "next_steps", "assessment_scores"
    record_id: str
    from_participant_id: str
    from_participant_name: str
    file_name: str
    created_at: datetime
    differences: list[FieldDifference]


@dataclass(frozen=True)
class ConflictResolved:
    conflict_id: str
    record_id: str
    revision: int


def _sender_names(session: Session, workshop_id: str) -> dict[str, tuple[str, str]]:
    """installation id -> (participant id, name), from the files that came in."""
    rows = session.execute(
        select(ImportRecord.sender_installation_id, ImportRecord.participant_id, Participant.name)
        .join(Participant, Participant.id == ImportRecord.participant_id, isouter=True)
        .where(ImportRecord.workshop_id == workshop_id)
        .order_by(ImportRecord.imported_at)
    ).all()
    return {peer: (pid, name or "") for peer, pid, name in rows}


def list_conflicts(session: Session, workshop_id: str) -> list[ConflictInfo]:
    """Open conflicts of a workshop, oldest first, with the fields that differ."""
    senders = _sender_names(session, workshop_id)
    out = []
    for c in session.scalars(select(Conflict).where(
            Conflict.workshop_id == workshop_id, Conflict.resolved_at.is_(None))
            .order_by(Conflict.created_at, Conflict.id)):
        spec = SPECS[c.table_name]
        row = session.get(spec.model, c.record_id)
        if row is None:
            continue
        mine, theirs = row_values(spec, row), typed_values(spec, c.values)
        pid, name = senders.get(c.peer_id, (c.participant_id, ""))
        out.append(ConflictInfo(
            id=c.id, workshop_id=c.workshop_id, table=c.table_name, record_id=c.record_id,
            from_participant_id=pid or c.participant_id, from_participant_name=name,
            file_name=c.file_name, created_at=c.created_at,
            differences=[FieldDifference(f, mine[f], theirs[f]) for f in spec.content
                         if mine[f] != theirs[f]],
        ))
    return out


def resolve_conflict(session: Session, conflict_id: str,
                     choices: dict[str, Any]) -> ConflictResolved:
    """Settle a conflict field by field: "mine" (default), "theirs", or a value to store.

    The result is an edit made here (it gets a new revision and travels as such).
    """
    c = session.get(Conflict, conflict_id)
    if c is None or c.resolved_at is not None:
        raise KeyError(f"No open conflict {conflict_id}")
    spec = SPECS[c.table_name]
    row = session.get(spec.model, c.record_id)
    if row is None:
        raise KeyError(f"The record {c.record_id} of conflict {conflict_id} is gone")
    unknown = set(choices) - set(spec.content)
    if unknown:
        raise ValueError(f"Not a field of {c.table_name}: {', '.join(sorted(unknown))}")
    mine, theirs = row_values(spec, row), typed_values(spec, c.values)
    merged = dict(mine)
    for name, choice in choices.items():
        if choice == THEIRS:
            merged[name] = theirs[name]
        elif choice != MINE:
            merged[name] = choice
    try:
        spec.record.model_validate(merged, strict=True)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        raise ValueError(f"{'.'.join(map(str, err['loc']))}: {err['msg']}") from exc
    for name in spec.content:
        if getattr(row, name) != merged[name]:
            setattr(row, name, merged[name])
    c.resolved_at, c.resolution = utcnow(), "resolved"
    state = session.get(RecordState, c.record_id)
    if state is None:
        state = RecordState(record_id=c.record_id, table_name=c.table_name, origin_peer="",
                            origin_hash="", base_hash="")
        session.add(state)
    state.base_hash = c.values_hash  # the result derives from their version too
    session.flush()
    return ConflictResolved(c.id, c.record_id, row.revision)
