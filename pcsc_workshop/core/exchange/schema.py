"""The `.pcsc` format as pydantic v2 models: every byte is checked here before the database.

Why strict models with limits: a file from a USB stick is untrusted. Strict types refuse
"1" for 1, `extra="forbid"` refuses unknown fields, and every string and list has a maximum,
so a hostile file cannot grow the database or hide data in fields nobody looks at.
`exchange_json_schema()` turns the same models into the JSON Schema in docs/ for other tools.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    StringConstraints,
    model_validator,
)
from pydantic_core import to_json

from pcsc_workshop.core.exchange import limits as L


def _naive_utc(value: datetime) -> datetime:
    """Store times as naive UTC, as the database does; a zone-aware time is converted."""
    if value.tzinfo is not None:
        try:
            value = value.astimezone(UTC).replace(tzinfo=None)
        except (OverflowError, ValueError) as exc:  # year 1 at +01:00 is before year 1 in UTC
            raise ValueError("is a time outside the years 1 to 9999 once converted to UTC") \
                from exc
    return value


def _small_json(value: dict[str, Any]) -> dict[str, Any]:
    if len(to_json(value)) > L.MAX_JSON_VALUE_BYTES:
        raise ValueError(f"is larger than {L.MAX_JSON_VALUE_BYTES} bytes")
    return value


# Text of at most N characters (aliases, not a function: a type checker reads them as types).
Str5 = Annotated[str, StringConstraints(max_length=5)]
Str10 = Annotated[str, StringConstraints(max_length=10)]
Str20 = Annotated[str, StringConstraints(max_length=20)]
Str36 = Annotated[str, StringConstraints(max_length=36)]
Str40 = Annotated[str, StringConstraints(max_length=40)]
Str100 = Annotated[str, StringConstraints(max_length=100)]
Str200 = Annotated[str, StringConstraints(max_length=200)]
Str300 = Annotated[str, StringConstraints(max_length=300)]
Str500 = Annotated[str, StringConstraints(max_length=500)]


RecordId = Annotated[
    str, StringConstraints(pattern=r"^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$")
]
Hash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
PublicKey = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]  # Ed25519, hex
Stamp = Annotated[datetime, AfterValidator(_naive_utc)]
Revision = Annotated[int, Field(ge=0, le=2**31 - 1)]
Position = Annotated[int, Field(ge=-1_000_000, le=1_000_000)]
Text = Annotated[str, StringConstraints(max_length=L.TEXT)]
Name = Annotated[str, StringConstraints(max_length=L.MAX_NAME_CHARS)]
JsonDict = Annotated[dict[str, JsonValue], AfterValidator(_small_json)]


class Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Record(Strict):
    """Columns every travelling record carries (see models.Travelling)."""

    id: RecordId
    created_at: Stamp
    updated_at: Stamp
    revision: Revision
    deleted: bool
    # The received version the sender's copy derives from (sha256 of its content), if any.
    base: Hash | None = None


class WorkshopRecord(Record):
    title: Str300
    organisers: Text
    venue: Str300
    city: Str200
    country: Str200
    start_date: date | None
    end_date: date | None
    language: Str20
    description: Text
    curriculum_id: Str100
    curriculum_version: Str40
    template_id: Str200


class AgendaItemRecord(Record):
    workshop_id: RecordId
    day: Annotated[int, Field(ge=0, le=366)]
    position: Position
    start_time: Str5
    duration_min: Annotated[int, Field(ge=0, le=100_000)]
    kind: Str40
    title: Str500
    description: Text
    curriculum_refs: Annotated[list[Str200], Field(max_length=100)]


class DelegationRecord(Record):
    workshop_id: RecordId
    country: Str200
    city: Str200
    city_type: Str100
    stage: Str100
    position: Position


class ParticipantRecord(Record):
    """A participant as packs carry them: no e-mail, no consent flag (they stay behind)."""

    workshop_id: RecordId
    delegation_id: RecordId | None
    name: Str300
    organisation: Str300
    role: Str300
    position: Position


class AssessmentRecord(Record):
    workshop_id: RecordId
    delegation_id: RecordId | None
    participant_id: RecordId | None


class AssessmentScoreRecord(Record):
    assessment_id: RecordId
    element_id: Str200
    score: Annotated[int, Field(ge=0, le=4)] | None
    evidence: Text


class ActionPlanRecord(Record):
    workshop_id: RecordId
    participant_id: RecordId | None
    delegation_id: RecordId | None
    key_takeaways: Text
    challenges: Text
    approaches: Text


class NextStepRecord(Record):
    plan_id: RecordId
    position: Position
    action: Text
    responsible: Str500
    start_date: date | None
    end_date: date | None
    resources: Text
    indicator: Text
    link_ref: Str200
    status: Str40
    source_ref: Str36


class SupportRequestRecord(Record):
    plan_id: RecordId
    position: Position
    provider: Str300
    kind: Str100
    detail: Text
    source_ref: Str36


class LocalItemRecord(Record):
    workshop_id: RecordId | None
    kind: Str40
    title: Str500
    body: Text
    data: JsonDict
    source: Str500


class QuizAttemptRecord(Record):
    workshop_id: RecordId
    participant_id: RecordId
    module_id: Str200
    phase: Str10
    score: Annotated[int, Field(ge=0, le=100_000)]
    total: Annotated[int, Field(ge=0, le=100_000)]
    answers: JsonDict


def _no_duplicate_ids(payload: BaseModel) -> None:
    ids: Counter[str] = Counter()
    for name in type(payload).model_fields:
        value = getattr(payload, name)
        if isinstance(value, Record):
            ids[value.id.lower()] += 1
        elif isinstance(value, list):
            ids.update(r.id.lower() for r in value if isinstance(r, Record))
    twice = [i for i, n in ids.items() if n > 1]
    if twice:
        raise ValueError(f"the record id {twice[0]} appears more than once")


class CurriculumRef(Strict):
    id: Str100
    version: Str40


class PackPayload(Strict):
    """`workshop.json`: everything a participant's laptop needs to run the workshop."""

    curriculum: CurriculumRef
    workshop: WorkshopRecord
    agenda_items: Annotated[list[AgendaItemRecord], Field(max_length=2_000)]
    delegations: Annotated[list[DelegationRecord], Field(max_length=1_000)]
    participants: Annotated[list[ParticipantRecord], Field(max_length=5_000)]
    local_items: Annotated[list[LocalItemRecord], Field(max_length=2_000)]
    assessments: Annotated[list[AssessmentRecord], Field(max_length=6_000)]
    assessment_scores: Annotated[list[AssessmentScoreRecord], Field(max_length=130_000)]
    action_plans: Annotated[list[ActionPlanRecord], Field(max_length=6_000)]
    next_steps: Annotated[list[NextStepRecord], Field(max_length=60_000)]
    support_requests: Annotated[list[SupportRequestRecord], Field(max_length=30_000)]

    @model_validator(mode="after")
    def _unique(self) -> PackPayload:
        _no_duplicate_ids(self)
        return self


class BundlePayload(Strict):
    """`bundle.json`: one participant's plan, their delegation's assessment, their quizzes."""

    action_plans: Annotated[list[ActionPlanRecord], Field(max_length=20)]
    next_steps: Annotated[list[NextStepRecord], Field(max_length=1_000)]
    support_requests: Annotated[list[SupportRequestRecord], Field(max_length=500)]
    assessments: Annotated[list[AssessmentRecord], Field(max_length=20)]
    assessment_scores: Annotated[list[AssessmentScoreRecord], Field(max_length=1_000)]
    quiz_attempts: Annotated[list[QuizAttemptRecord], Field(max_length=1_000)]

    @model_validator(mode="after")
    def _unique(self) -> BundlePayload:
        _no_duplicate_ids(self)
        return self


class PayloadRef(Strict):
    name: Name
    sha256: Hash
    size: Annotated[int, Field(ge=0, le=L.MAX_PAYLOAD_BYTES)]


class Manifest(Strict):
    """`manifest.json`: what the file is, for which workshop, from whom, and when."""

    format: Literal["pcsc-exchange"]
    format_version: Literal[2]
    kind: Literal["workshop-pack", "plan-bundle"]
    workshop_id: RecordId
    workshop_title: Str300
    created_at: Stamp
    app_version: Str40
    sender_installation_id: RecordId
    # The Ed25519 public key whose signature of this manifest is in manifest.sig.
    signing_key: PublicKey
    # Grows with every file one installation writes: a later file supersedes an earlier one.
    sequence: Annotated[int, Field(ge=1, le=2**62)]
    participant_id: RecordId | None = None
    participant_name: Str300 | None = None
    plan_revision: Revision | None = None
    payload: PayloadRef

    @model_validator(mode="after")
    def _bundle_has_participant(self) -> Manifest:
        if self.kind == "plan-bundle" and not self.participant_id:
            raise ValueError("a plan bundle must name its participant")
        return self


def exchange_json_schema() -> dict[str, Any]:
    """The JSON Schema of manifest.json, workshop.json and bundle.json (for docs and tools)."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "PCSC Workshop exchange file (.pcsc), format version 2",
        "description": "A zip holding manifest.json, manifest.sig (the hex Ed25519 signature "
        "of manifest.json's bytes by its signing_key) and one payload: workshop.json for a "
        "workshop-pack, bundle.json for a plan-bundle. See docs/exchange-format.md.",
        "manifest.json": Manifest.model_json_schema(),
        "workshop.json": PackPayload.model_json_schema(),
        "bundle.json": BundlePayload.model_json_schema(),
    }

