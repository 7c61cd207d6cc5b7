"""The workshop's data as SQLAlchemy 2 typed ORM classes.

Every row that travels between laptops (see DESIGN.md sections 3 and 5) carries a UUID, its
creation and last-change times, a revision counter bumped on every change, and a tombstone flag
so that deletions travel too. The revision bump is automatic (see `_bump_revision`) so that no
editing code can forget it; the importer switches it off to store a remote revision as it came.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

# Keys a session's .info may carry: set it to keep revisions exactly as stored (importer).
KEEP_REVISIONS = "pcsc.keep_revisions"
# The largest revision a record may carry (the exchange format's limit, a signed 32-bit int).
# Bumps stop there instead of overflowing: merges compare content hashes, not revision numbers,
# so a counter that has stopped loses nothing, while one past the limit made the workshop pack
# impossible to write (a bundle arriving with 2**31 - 1, then one local edit).
MAX_REVISION = 2**31 - 1


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON, list[Any]: JSON}


class Travelling:
    """Columns every exchanged record has: identity, times, revision, tombstone."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Workshop(Travelling, Base):
    __tablename__ = "workshops"

    title: Mapped[str] = mapped_column(String(300))
    organisers: Mapped[str] = mapped_column(Text, default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    language: Mapped[str] = mapped_column(String(20), default="en")
    description: Mapped[str] = mapped_column(Text, default="")
    curriculum_id: Mapped[str] = mapped_column(String(100), default="pcsc")
    curriculum_version: Mapped[str] = mapped_column(String(40), default="")
    template_id: Mapped[str] = mapped_column(String(200), default="")
    # Certificates: {"logos": [PNG/JPEG as base64], "signatories": [{"name", "title",
    # "signature": image as base64}]}, set once in the workshop details.
    certificate: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Knowledge checks show the right answers only after a participant's after-session check,
    # unless the facilitator releases them for everyone (kept on this laptop: not in packs).
    quiz_answers_released: Mapped[bool] = mapped_column(Boolean, default=False,
                                                        server_default=false())

    agenda: Mapped[list[AgendaItem]] = relationship(back_populates="workshop")
    delegations: Mapped[list[Delegation]] = relationship(back_populates="workshop")
    participants: Mapped[list[Participant]] = relationship(back_populates="workshop")


class AgendaItem(Travelling, Base):
    __tablename__ = "agenda_items"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    day: Mapped[int] = mapped_column(Integer, default=1)
    position: Mapped[int] = mapped_column(Integer, default=0)
    start_time: Mapped[str] = mapped_column(String(5), default="09:00")  # HH:MM, local time
    duration_min: Mapped[int] = mapped_column(Integer, default=60)
    # lecture / exercise / site-visit / conference / discussion / break
    kind: Mapped[str] = mapped_column(String(40), default="lecture")
    title: Mapped[str] = mapped_column(String(500), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    curriculum_refs: Mapped[list[str]] = mapped_column(JSON, default=list)

    workshop: Mapped[Workshop] = relationship(back_populates="agenda")


class Delegation(Travelling, Base):
    __tablename__ = "delegations"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    country: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    city_type: Mapped[str] = mapped_column(String(100), default="")  # JICA typology id
    stage: Mapped[str] = mapped_column(String(100), default="")  # JICA stage id
    position: Mapped[int] = mapped_column(Integer, default=0)

    workshop: Mapped[Workshop] = relationship(back_populates="delegations")

    @property
    def label(self) -> str:
        return f"{self.city}, {self.country}" if self.city else self.country


class Participant(Travelling, Base):
    __tablename__ = "participants"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    delegation_id: Mapped[str | None] = mapped_column(
        ForeignKey("delegations.id"), nullable=True, index=True
    )
    name: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str | None] = mapped_column(String(320), nullable=True)
    # Consent to be named in reports; without it reports say "Participant 7".
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The language of this participant's own plan and certificate; None: the workshop's.
    language: Mapped[str | None] = mapped_column(String(20), nullable=True, default=None)

    workshop: Mapped[Workshop] = relationship(back_populates="participants")
    delegation: Mapped[Delegation | None] = relationship()


class Assessment(Travelling, Base):
    """A city self-assessment on JICA's 21 elements, owned by a delegation or a participant."""

    __tablename__ = "assessments"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    delegation_id: Mapped[str | None] = mapped_column(
        ForeignKey("delegations.id"), nullable=True, index=True
    )
    participant_id: Mapped[str | None] = mapped_column(
        ForeignKey("participants.id"), nullable=True, index=True
    )

    scores: Mapped[list[AssessmentScore]] = relationship(back_populates="assessment")


class AssessmentScore(Travelling, Base):
    """One element's score (None = not scored yet, which is not zero) and evidence note."""

    __tablename__ = "assessment_scores"
    __table_args__ = (UniqueConstraint("assessment_id", "element_id"),)

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"), index=True)
    element_id: Mapped[str] = mapped_column(String(200))
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    evidence: Mapped[str] = mapped_column(Text, default="")

    assessment: Mapped[Assessment] = relationship(back_populates="scores")


class ActionPlan(Travelling, Base):
    """An action plan as the 2016 deep dive wrote them, for a participant or a delegation."""

    __tablename__ = "action_plans"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    participant_id: Mapped[str | None] = mapped_column(
        ForeignKey("participants.id"), nullable=True, index=True
    )
    delegation_id: Mapped[str | None] = mapped_column(
        ForeignKey("delegations.id"), nullable=True, index=True
    )
    key_takeaways: Mapped[str] = mapped_column(Text, default="")
    challenges: Mapped[str] = mapped_column(Text, default="")
    approaches: Mapped[str] = mapped_column(Text, default="")

    next_steps: Mapped[list[NextStep]] = relationship(back_populates="plan")
    support_requests: Mapped[list[SupportRequest]] = relationship(back_populates="plan")


class NextStep(Travelling, Base):
    __tablename__ = "next_steps"

    plan_id: Mapped[str] = mapped_column(ForeignKey("action_plans.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    action: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(String(500), default="")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    resources: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(Text, default="")
    link_ref: Mapped[str] = mapped_column(String(200), default="")  # pillar or element id
    status: Mapped[str] = mapped_column(String(40), default="planned")
    # When the facilitator pulls a member's step into a delegation plan: where it came from.
    source_ref: Mapped[str] = mapped_column(String(36), default="")

    plan: Mapped[ActionPlan] = relationship(back_populates="next_steps")


class SupportRequest(Travelling, Base):
    __tablename__ = "support_requests"

    plan_id: Mapped[str] = mapped_column(ForeignKey("action_plans.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    provider: Mapped[str] = mapped_column(String(300), default="")  # from whom
    kind: Mapped[str] = mapped_column(String(100), default="")  # technical, financial, ...
    detail: Mapped[str] = mapped_column(Text, default="")
    source_ref: Mapped[str] = mapped_column(String(36), default="")

    plan: Mapped[ActionPlan] = relationship(back_populates="support_requests")


class LocalItem(Travelling, Base):
    """Content a facilitator adds in the app (a local case study, statistic, principle...).

    It lives beside the shipped curriculum and travels in workshop packs.
    """

    __tablename__ = "local_items"

    workshop_id: Mapped[str | None] = mapped_column(
        ForeignKey("workshops.id"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(40))  # case_study / statistic / note
    title: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    source: Mapped[str] = mapped_column(String(500), default="")


class QuizAttempt(Travelling, Base):
    """A participant's knowledge check on one module, before or after the session."""

    __tablename__ = "quiz_attempts"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    module_id: Mapped[str] = mapped_column(String(200))
    phase: Mapped[str] = mapped_column(String(10))  # pre / post
    score: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)



class LivePoll(Base):
    """A question the facilitator asks the room (multiple choice, word cloud or dot-voting).

    Kept with the workshop so the results appear in the report; not exchanged between laptops
    (answers arrive through the room hub, on the facilitator's own database).
    """

    __tablename__ = "live_polls"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # choice / words / dots
    question: Mapped[str] = mapped_column(Text)
    options: Mapped[list[str]] = mapped_column(JSON, default=list)
    picks: Mapped[int] = mapped_column(Integer, default=1)
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class LivePollAnswer(Base):
    """One participant's answer to a poll; answering again replaces it."""

    __tablename__ = "live_poll_answers"
    __table_args__ = (UniqueConstraint("poll_id", "participant_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    poll_id: Mapped[str] = mapped_column(ForeignKey("live_polls.id", ondelete="CASCADE"),
                                         index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    answer: Mapped[list[Any]] = mapped_column(JSON, default=list)
    answered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

TRAVELLING_MODELS: tuple[type[Travelling], ...] = (
    Workshop,
    AgendaItem,
    Delegation,
    Participant,
    Assessment,
    AssessmentScore,
    ActionPlan,
    NextStep,
    SupportRequest,
    LocalItem,
    QuizAttempt,
)


@event.listens_for(Session, "before_flush")
def _bump_revision(session: Session, _ctx: Any, _instances: Any) -> None:
    """Give every changed travelling row a new revision and change time.

    Why here and not in editing code: a forgotten bump would let an edit lose a merge.
    """
    if session.info.get(KEEP_REVISIONS):
        return
    now = utcnow()
    for obj in session.dirty:
        if isinstance(obj, Travelling) and session.is_modified(obj, include_collections=False):
            obj.revision = min((obj.revision or 0) + 1, MAX_REVISION)
            obj.updated_at = now
