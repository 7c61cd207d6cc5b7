"""What this installation remembers about exchanges: who it is, what travelled, conflicts.

Why separate tables (not columns on the travelling rows): exchange bookkeeping is local to one
laptop and must never travel itself. The merge needs, per record, the version it last took from
elsewhere (`RecordState`) and, per record and sender, the newest version that sender has shown
(`PeerRecord`); a record changed in two places keeps both versions (`Conflict`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from pcsc_workshop.core.models import Base, new_id, utcnow


class Installation(Base):
    """This database's own identity as a sender; one row, made on first send."""

    __tablename__ = "exchange_installation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    installation_id: Mapped[str] = mapped_column(String(36))
    # Highest sequence number this installation has put on a file; keeps sends ordered.
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)


class Identity(Base):
    """Which participant this installation is, per workshop (picked after opening a pack)."""

    __tablename__ = "exchange_identity"

    workshop_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    participant_id: Mapped[str] = mapped_column(String(36))
    chosen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RecordState(Base):
    """The version of a record that was last written here from a file.

    If the row's content hash still equals `origin_hash`, the row is as it came from
    `origin_peer`; otherwise someone edited it here since. `base_hash` is the received version
    the local content derives from: it travels with the record so the receiver can tell
    "changed on one side" from "changed on both".
    """

    __tablename__ = "exchange_record_state"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    origin_peer: Mapped[str] = mapped_column(String(36), default="")
    origin_hash: Mapped[str] = mapped_column(String(64), default="")
    base_hash: Mapped[str] = mapped_column(String(64), default="")


class PeerRecord(Base):
    """What one sender has shown us of a record: its newest version, and every version it
    held or started from before (those are "past": a head equal to one of them is superseded,
    whichever order the files arrive in)."""

    __tablename__ = "exchange_peer_records"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    peer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_sequence: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
    history: Mapped[list[str]] = mapped_column(JSON, default=list)


class Alias(Base):
    """A record another laptop created under its own id for something we already had.

    Example: two members of a delegation both scored the same element before either sent a
    file. The second id is mapped onto the first so that both edits meet in one record.
    """

    __tablename__ = "exchange_aliases"

    foreign_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(40))


class Conflict(Base):
    """Another version of a record that changed here and elsewhere since it last travelled."""

    __tablename__ = "exchange_conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    peer_id: Mapped[str] = mapped_column(String(36))
    participant_id: Mapped[str] = mapped_column(String(36), default="")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    values: Mapped[dict[str, Any]] = mapped_column(JSON)  # the other version, as in the file
    values_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    resolution: Mapped[str] = mapped_column(String(20), default="")  # resolved / superseded


class ImportRecord(Base):
    """One accepted file: what it was, from whom, which revision; feeds the status display."""

    __tablename__ = "exchange_imports"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    sender_installation_id: Mapped[str] = mapped_column(String(36))
    participant_id: Mapped[str] = mapped_column(String(36), default="")
    sequence: Mapped[int] = mapped_column(Integer)
    plan_revision: Mapped[int] = mapped_column(Integer, default=0)
    file_created_at: Mapped[datetime] = mapped_column(DateTime)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SendRecord(Base):
    """One file this installation wrote (pack or bundle), for "last sent; changed since?"."""

    __tablename__ = "exchange_sends"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    participant_id: Mapped[str] = mapped_column(String(36), default="")
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer)
    plan_revision: Mapped[int] = mapped_column(Integer, default=0)
    # Hash over every record the file carried: equal now means "nothing changed since".
    content_hash: Mapped[str] = mapped_column(String(64))
    sent_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class WorkshopSource(Base):
    """On a participant's laptop: the facilitator key a workshop's packs are signed with.

    Pinned by the first pack opened for the workshop; a row here also means "this laptop
    takes part in this workshop" (it takes packs for it, not bundles). No row for a workshop
    that exists here means it was made here: this laptop is its facilitator's.
    """

    __tablename__ = "exchange_workshop_sources"

    workshop_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    facilitator_key: Mapped[str] = mapped_column(String(64))
    # The sender id the merge knows the facilitator by: the first key's, kept when the
    # participant accepts a new facilitator laptop, so its packs continue the old ones'.
    facilitator_peer: Mapped[str] = mapped_column(String(36), default="")
    pinned_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ParticipantKey(Base):
    """On the facilitator's laptop: a laptop key trusted to send one participant's bundles.

    The first key seen for a participant is pinned (`how` = "first"); another key is only
    added when the facilitator accepts it as a new laptop for them (`how` = "accepted").
    """

    __tablename__ = "exchange_participant_keys"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(String(36), index=True)
    participant_id: Mapped[str] = mapped_column(String(36), index=True)
    public_key: Mapped[str] = mapped_column(String(64), index=True)
    how: Mapped[str] = mapped_column(String(20), default="first")
    pinned_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class HeldBundle(Base):
    """A bundle signed by a key not trusted for its participant: kept, never applied, until
    the facilitator accepts the laptop (then it is imported) or discards it."""

    __tablename__ = "exchange_held_bundles"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(String(36), index=True)
    participant_id: Mapped[str] = mapped_column(String(36), index=True)
    public_key: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    # Why the bytes and not the path: the USB stick is gone by the time someone decides.
    data: Mapped[bytes] = mapped_column(LargeBinary)
    # "new-laptop": a key never seen for anyone; "other-participant": a key that sends
    # someone else's plans (a shared laptop, or someone speaking for another).
    reason: Mapped[str] = mapped_column(String(40))
    # The participant(s) the key is already trusted for, when reason is "other-participant".
    known_for: Mapped[str] = mapped_column(String(36), default="")
    file_created_at: Mapped[datetime] = mapped_column(DateTime)
    held_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
