"""Merge the records of one checked file into the database, losing no one's edit.

The rule, per record (docs/exchange-format.md, "Merge rules"): every place that changed a
record since it last travelled holds a *head* — this laptop's own edit, or the newest version
from one sender. An incoming version replaces the heads it was based on (its `base`) and the
sender's own earlier version; a sender that did not change the record adds nothing. Then:
one head left → that is the record; several → this laptop's own edit stays, else the latest
change is shown, and every other head is kept as an open conflict for a person to resolve.
The result does not depend on the order files arrive in, and a file seen before (or an older
file from the same sender) changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pcsc_workshop.core.exchange import schema as S
from pcsc_workshop.core.exchange.errors import ExchangeError
from pcsc_workshop.core.exchange.records import (
    ORDER,
    SPECS,
    TableSpec,
    apply_values,
    content_hash,
    key_of,
    record_values,
    row_values,
    to_jsonable,
)
from pcsc_workshop.core.exchange.state import Alias, Conflict, PeerRecord, RecordState
from pcsc_workshop.core.models import Travelling, utcnow

OWN = ""  # the source of an edit made on this laptop


@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0


@dataclass
class Sender:
    """Who sent the file being merged, for bookkeeping and conflict listings."""

    peer_id: str
    sequence: int
    workshop_id: str
    participant_id: str = ""
    file_name: str = ""


@dataclass
class _Head:
    source: str
    digest: str
    values: dict[str, Any]
    conflict: Conflict | None = None
    is_row: bool = False


@dataclass
class _Loaded:
    rows: dict[str, Travelling] = field(default_factory=dict)
    states: dict[str, RecordState] = field(default_factory=dict)
    peers: dict[str, PeerRecord] = field(default_factory=dict)
    conflicts: dict[str, list[Conflict]] = field(default_factory=dict)


def _chunks(ids: Sequence[str], n: int = 900) -> Iterable[list[str]]:
    for i in range(0, len(ids), n):
        yield list(ids[i:i + n])


def _load(session: Session, spec: TableSpec, ids: list[str], peer_id: str) -> _Loaded:
    got = _Loaded()
    for part in _chunks(ids):
        for row in session.scalars(select(spec.model).where(spec.model.id.in_(part))):
            got.rows[row.id] = row
        for st in session.scalars(select(RecordState).where(RecordState.record_id.in_(part))):
            got.states[st.record_id] = st
        for pr in session.scalars(select(PeerRecord).where(
                PeerRecord.record_id.in_(part), PeerRecord.peer_id == peer_id)):
            got.peers[pr.record_id] = pr
        for c in session.scalars(select(Conflict).where(
                Conflict.record_id.in_(part), Conflict.resolved_at.is_(None))):
            got.conflicts.setdefault(c.record_id, []).append(c)
    return got


def typed_values(spec: TableSpec, values: dict[str, Any]) -> dict[str, Any]:
    """Stored JSON values back to Python types, through the same strict model as files."""
    return record_values(spec.record.model_validate_json(json.dumps(values)))


def _by_natural_key(session: Session, spec: TableSpec, values: dict[str, Any]) -> Travelling | None:
    where = [spec.model.deleted.is_(False)]
    for col in spec.natural_key:
        column = getattr(spec.model, col)
        where.append(column.is_(None) if values[col] is None else column == values[col])
    return session.scalars(select(spec.model).where(*where).order_by(spec.model.id)).first()


class Merger:
    """Merges one file's records; all writes go through the caller's session (one transaction)."""

    def __init__(self, session: Session, sender: Sender) -> None:
        self.session = session
        self.sender = sender
        self.counts = Counts()
        self.idmap: dict[str, str] = {}

    def merge(self, tables: dict[str, list[S.Record]]) -> Counts:
        every_id = [r.id for name in ORDER for r in tables.get(name, [])]
        for part in _chunks(every_id):
            for alias in self.session.scalars(select(Alias).where(Alias.foreign_id.in_(part))):
                self.idmap[alias.foreign_id] = alias.local_id
        for name in ORDER:
            records = tables.get(name) or []
            if records:
                self._merge_table(SPECS[name], records)
        return self.counts

    def _merge_table(self, spec: TableSpec, records: list[S.Record]) -> None:
        incoming = []
        for rec in records:
            values = record_values(rec)
            for column, _table in spec.parents:
                if values.get(column) in self.idmap:
                    values[column] = self.idmap[values[column]]
            values["id"] = self.idmap.get(rec.id, rec.id)
            incoming.append((rec, values))
        loaded = _load(self.session, spec, [v["id"] for _, v in incoming], self.sender.peer_id)
        for rec, values in incoming:
            row = loaded.rows.get(values["id"])
            if row is None and spec.natural_key:
                row = self._alias(spec, rec.id, values)
                if row is not None:
                    more = _load(self.session, spec, [row.id], self.sender.peer_id)
                    loaded.states.update(more.states)
                    loaded.peers.update(more.peers)
                    loaded.conflicts.update(more.conflicts)
            if row is not None:
                self._check_owner(spec, row, values)
            rid = values["id"]
            self._merge_one(spec, values, rec.base, row, loaded.states.get(rid),
                            loaded.peers.get(rid), loaded.conflicts.get(rid, []))

    def _alias(self, spec: TableSpec, foreign_id: str, values: dict[str, Any]) -> Travelling | None:
        row = _by_natural_key(self.session, spec, values)
        if row is None or row.id == foreign_id:
            return row
        self.idmap[foreign_id] = row.id
        values["id"] = row.id
        self.session.add(Alias(foreign_id=foreign_id, local_id=row.id, table_name=spec.name))
        return row

    def _check_owner(self, spec: TableSpec, row: Travelling, values: dict[str, Any]) -> None:
        for column in spec.owner:
            if getattr(row, column) != values[column]:
                raise ExchangeError(
                    "foreign-record",
                    "The file tries to change a record that belongs to someone else "
                    f"({spec.name}). Nothing was imported.",
                )

    def _merge_one(self, spec: TableSpec, values: dict[str, Any], base: str | None,
                   row: Travelling | None, state: RecordState | None,
                   peer: PeerRecord | None, conflicts: list[Conflict]) -> None:
        me = self.sender
        rid = values["id"]
        if peer is not None and me.sequence <= peer.last_sequence:
            self.counts.unchanged += 1  # this file, or a newer one from the sender, was seen
            return
        digest = content_hash(spec, values)
        if peer is None:
            self.session.add(PeerRecord(record_id=rid, peer_id=me.peer_id,
                                        last_sequence=me.sequence, last_hash=digest))
            superseded = {base}
        else:
            superseded = {base, peer.last_hash}
            peer.last_sequence, peer.last_hash = me.sequence, digest
        if row is None:
            self.session.add(spec.model(**values))
            self._set_state(state, rid, spec, me.peer_id, digest, digest)
            self.counts.new += 1
            return
        row_digest = content_hash(spec, row_values(spec, row))
        own = state is None or state.origin_hash != row_digest
        heads = [_Head(OWN if own else state.origin_peer, row_digest, row_values(spec, row),
                       is_row=True)]
        heads += [_Head(c.peer_id, c.values_hash, typed_values(spec, c.values), conflict=c)
                  for c in conflicts]
        kept = [h for h in heads if h.digest not in superseded and h.source != me.peer_id]
        if not (kept and (digest == base or any(h.digest == digest for h in kept))):
            kept.append(_Head(me.peer_id, digest, values))
        owns = [h for h in kept if h.source == OWN]
        winner = owns[0] if owns else max(kept, key=lambda h: key_of(h.values, h.digest))
        if winner.digest != row_digest:
            apply_values(row, winner.values)
            state = self._set_state(state, rid, spec, winner.source, winner.digest, winner.digest)
            self.counts.updated += 1
        elif digest == row_digest:
            state = self._set_state(state, rid, spec, None, None, digest)
        losers = [h for h in kept if h is not winner and h.digest != winner.digest]
        created = self._keep_conflicts(spec, rid, losers, conflicts)
        if created:
            self.counts.conflicts += 1
        elif winner.digest == row_digest:
            self.counts.unchanged += 1

    def _set_state(self, state: RecordState | None, rid: str, spec: TableSpec,
                   origin: str | None, origin_hash: str | None, base: str) -> RecordState:
        if state is None:
            state = RecordState(record_id=rid, table_name=spec.name, origin_peer="",
                                origin_hash="", base_hash="")
            self.session.add(state)
        if origin is not None and origin_hash is not None:
            state.origin_peer, state.origin_hash = origin, origin_hash
        state.base_hash = base
        return state

    def _keep_conflicts(self, spec: TableSpec, rid: str, losers: list[_Head],
                        existing: list[Conflict]) -> bool:
        """Open a conflict for each losing head; close conflicts no longer needed."""
        keep = {id(h.conflict) for h in losers if h.conflict is not None}
        now = utcnow()
        for c in existing:
            if id(c) not in keep:
                c.resolved_at, c.resolution = now, "superseded"
        created = False
        for h in losers:
            if h.conflict is not None:
                continue
            me = self.sender
            self.session.add(Conflict(
                workshop_id=me.workshop_id, table_name=spec.name, record_id=rid,
                peer_id=h.source,
                participant_id=me.participant_id if h.source == me.peer_id else "",
                file_name=me.file_name[:300] if h.source == me.peer_id else "",
                values=to_jsonable(h.values), values_hash=h.digest,
            ))
            created = True
        return created
