"""Which tables travel, how a row becomes a record, and how a record's content is hashed.

Why a content hash: "did this record change?" must not depend on revision counters (an
autosave that changes nothing still bumps a plan's revision) nor on times. Two versions with
the same hash are the same content, wherever and whenever they were made.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pcsc_workshop.core.exchange import schema as S
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
    Travelling,
    Workshop,
)

META = ("id", "created_at", "updated_at", "revision", "base")


@dataclass(frozen=True)
class TableSpec:
    """One travelling table: its payload key, ORM class and record model.

    `owner` columns say whom a record belongs to; they never change, are left out of the hash
    and must match between a file and the database. `natural_key` finds "the same thing made
    under another id" (see state.Alias).
    """

    name: str
    model: type[Travelling]
    record: type[S.Record]
    owner: tuple[str, ...] = ()
    natural_key: tuple[str, ...] = ()
    parents: tuple[tuple[str, str], ...] = ()  # (column, table name) references to remap

    @property
    def fields(self) -> tuple[str, ...]:
        """Every column a record carries (without the `base` marker)."""
        return tuple(f for f in self.record.model_fields if f != "base")

    @property
    def content(self) -> tuple[str, ...]:
        return tuple(f for f in self.record.model_fields if f not in META and f not in self.owner)


_SPECS = [
    TableSpec("workshop", Workshop, S.WorkshopRecord),
    TableSpec("agenda_items", AgendaItem, S.AgendaItemRecord, owner=("workshop_id",)),
    TableSpec("delegations", Delegation, S.DelegationRecord, owner=("workshop_id",)),
    TableSpec("participants", Participant, S.ParticipantRecord, owner=("workshop_id",),
              parents=(("delegation_id", "delegations"),)),
    TableSpec("local_items", LocalItem, S.LocalItemRecord, owner=("workshop_id",)),
    TableSpec("assessments", Assessment, S.AssessmentRecord,
              owner=("workshop_id", "delegation_id", "participant_id"),
              natural_key=("workshop_id", "delegation_id", "participant_id")),
    TableSpec("assessment_scores", AssessmentScore, S.AssessmentScoreRecord,
              owner=("assessment_id",), natural_key=("assessment_id", "element_id"),
              parents=(("assessment_id", "assessments"),)),
    TableSpec("action_plans", ActionPlan, S.ActionPlanRecord,
              owner=("workshop_id", "participant_id", "delegation_id"),
              natural_key=("workshop_id", "participant_id", "delegation_id")),
    TableSpec("next_steps", NextStep, S.NextStepRecord, owner=("plan_id",),
              parents=(("plan_id", "action_plans"),)),
    TableSpec("support_requests", SupportRequest, S.SupportRequestRecord, owner=("plan_id",),
              parents=(("plan_id", "action_plans"),)),
    TableSpec("quiz_attempts", QuizAttempt, S.QuizAttemptRecord,
              owner=("workshop_id", "participant_id")),
]
SPECS: dict[str, TableSpec] = {s.name: s for s in _SPECS}
ORDER: tuple[str, ...] = tuple(s.name for s in _SPECS)  # parents before children


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def to_jsonable(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _jsonable(v) for k, v in values.items()}


def content_hash(spec: TableSpec, values: Mapping[str, Any]) -> str:
    """sha256 of the record's content fields in canonical JSON (times and counters left out)."""
    canon = json.dumps(
        [[f, _jsonable(values[f])] for f in spec.content],
        ensure_ascii=False, sort_keys=True, separators=(",", ":"),
    )
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def row_values(spec: TableSpec, row: Travelling) -> dict[str, Any]:
    """The row's values for every field its record carries."""
    return {f: getattr(row, f) for f in spec.fields}


def record_values(record: S.Record) -> dict[str, Any]:
    """A validated record's values (without the `base` marker), typed as the ORM wants them."""
    return {f: getattr(record, f) for f in type(record).model_fields if f != "base"}


def apply_values(row: Travelling, values: Mapping[str, Any]) -> None:
    for key, value in values.items():
        if key != "id" and getattr(row, key) != value:
            setattr(row, key, value)


def key_of(digest: str) -> tuple[Any, ...]:
    """The order in which competing versions from different senders are shown.

    Decided by content alone (its hash): equal contents from two senders are one version,
    and which sender's copy (with its own times) arrived first must not change the outcome.
    Times would make the result depend on arrival order; both versions stay listed anyway.
    Why the hash and not the values: choosing must not need to read every kept version.
    """
    return (digest,)
