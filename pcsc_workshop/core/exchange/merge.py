"""Merge the records of one checked file into the database, losing no one's edit.

The rule, per record (docs/exchange-format.md, "Merge rules"): every place that changed a
record since it last travelled holds a *head* — this laptop's own edit, or the newest version
from one sender. An incoming version replaces the heads it was based on (its `base`) and the
sender's own earlier version; a sender that did not change the record adds nothing. Then:
one head left → that is the record; several → this laptop's own edit stays, else one chosen
by content alone (`records.key_of`) is shown, and every other head is kept as an open
conflict for a person to resolve.
The result does not depend on the order files arrive in, and a file seen before (or an older
file from the same sender) changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Table, bindparam, insert, or_, select, text, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import InstrumentedAttribute, Session

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
HISTORY_KEPT = 200  # past versions remembered per record and sender
ALIASES = "pcsc.exchange.maybe_aliases"  # session.info flags, see Merger._maybe
CONFLICTS = "pcsc.exchange.maybe_conflicts"


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


@dataclass(frozen=True)
class _OpenConflict:
    """An open conflict as the merge needs it: who holds which version (values read later)."""

    id: str
    peer_id: str
    values_hash: str


@dataclass
class _Head:
    """One version of a record that someone holds. A kept conflict's values are read only
    if it wins: with many senders most heads just lose again, and reading each would make
    every file cost as much as all the files before it."""

    source: str
    digest: str
    known: dict[str, Any] | None
    conflict: _OpenConflict | None = None
    is_row: bool = False
    spec: TableSpec | None = None
    session: Session | None = None

    @property
    def values(self) -> dict[str, Any]:
        if self.known is None:
            assert self.conflict is not None and self.spec is not None and self.session
            stored = self.session.scalar(
                select(Conflict.values).where(Conflict.id == self.conflict.id))
            self.known = typed_values(self.spec, stored or {})
        return self.known


def _table_of(model: type) -> Table:
    """The Core table of a mapped class, for bulk inserts (declarative types its
    `__table__` only as a FromClause)."""
    table: object = sa_inspect(model).local_table
    assert isinstance(table, Table)
    return table


def _chunks(ids: Sequence[str], n: int = 900) -> Iterable[list[str]]:
    for i in range(0, len(ids), n):
        yield list(ids[i:i + n])


def typed_values(spec: TableSpec, values: dict[str, Any]) -> dict[str, Any]:
    """Stored JSON values back to Python types, through the same strict model as files."""
    return record_values(spec.record.model_validate_json(json.dumps(values)))


_PAST = text(
    "SELECT DISTINCT p.record_id, j.value FROM exchange_peer_records AS p, "
    "json_each(p.history) AS j WHERE p.record_id IN :ids AND p.peer_id != :me "
    "AND j.value != p.last_hash").bindparams(bindparam("ids", expanding=True))


def _blank(spec: TableSpec, values: dict[str, Any]) -> bool:
    """Every content field empty (no text, no score, not deleted)."""
    return not any(values[f] for f in spec.content)


class Merger:
    """Merges one file's records; all writes go through the caller's session (one transaction).

    Why the bulk loading and inserting: a facilitator imports hundreds of bundles at once;
    a handful of queries per file instead of several per record keeps that in seconds.
    """

    def __init__(self, session: Session, sender: Sender) -> None:
        self.session = session
        self.sender = sender
        self.counts = Counts()
        self.idmap: dict[str, str] = {}
        self.states: dict[str, RecordState] = {}
        self.peers: dict[str, PeerRecord] = {}
        self.past: dict[str, set[str]] = {}
        self.conflicts: dict[str, list[_OpenConflict]] = {}
        self.superseded: list[str] = []  # conflict ids closed by this file
        self.fresh_states: list[RecordState] = []
        self.fresh_peers: list[PeerRecord] = []
        self.natural: dict[str, dict[tuple, Travelling]] = {}  # built on the first miss
        self._fresh: list[Travelling] = []

    def merge(self, tables: dict[str, list[S.Record]]) -> Counts:
        every_id = [r.id for name in ORDER for r in tables.get(name, [])]
        for part in _chunks(every_id if self._maybe(ALIASES, Alias.foreign_id) else []):
            for alias in self.session.scalars(select(Alias).where(Alias.foreign_id.in_(part))):
                self.idmap[alias.foreign_id] = alias.local_id
        self._load_bookkeeping([self.idmap.get(i, i) for i in every_id])
        with self.session.no_autoflush:
            for name in ORDER:
                records = tables.get(name) or []
                if records:
                    self._merge_table(SPECS[name], records)
        if self.fresh_states:
            self.session.execute(insert(_table_of(RecordState)), [
                {"record_id": st.record_id, "table_name": st.table_name,
                 "origin_peer": st.origin_peer, "origin_hash": st.origin_hash,
                 "base_hash": st.base_hash} for st in self.fresh_states])
        for part in _chunks(self.superseded):
            self.session.execute(update(Conflict).where(Conflict.id.in_(part)).values(
                resolved_at=utcnow(), resolution="superseded"))
        if self.fresh_peers:
            self.session.execute(insert(_table_of(PeerRecord)), [
                {"record_id": p.record_id, "peer_id": p.peer_id,
                 "last_sequence": p.last_sequence, "last_hash": p.last_hash,
                 "history": p.history}
                for p in self.fresh_peers])
        self.session.flush()
        return self.counts

    def _maybe(self, key: str, column: InstrumentedAttribute[str]) -> bool:
        """Whether a bookkeeping table may hold rows: asked once per session, so that the
        common case (no aliases, no open conflicts) costs no query per file."""
        if key not in self.session.info:
            self.session.info[key] = self.session.scalar(
                select(column).limit(1)) is not None
        return bool(self.session.info[key])

    def _load_bookkeeping(self, ids: list[str]) -> None:
        for part in _chunks(ids):
            for st in self.session.scalars(
                    select(RecordState).where(RecordState.record_id.in_(part))):
                self.states[st.record_id] = st
            for pr in self.session.scalars(select(PeerRecord).where(
                    PeerRecord.record_id.in_(part), PeerRecord.peer_id == self.sender.peer_id)):
                self.peers[pr.record_id] = pr
            # What the other senders have moved past, distinct per record, unpacked by SQLite:
            # with many senders per record they mostly share the same past versions, and
            # reading each sender's history here was most of what a file cost.
            for rid, digest in self.session.execute(_PAST, {"ids": part,
                                                            "me": self.sender.peer_id}):
                self.past.setdefault(rid, set()).add(digest)
            if not self._maybe(CONFLICTS, Conflict.id):
                continue
            for cid, rid, peer, digest in self.session.execute(
                    select(Conflict.id, Conflict.record_id, Conflict.peer_id,
                           Conflict.values_hash).where(Conflict.record_id.in_(part),
                                                       Conflict.resolved_at.is_(None))):
                self.conflicts.setdefault(rid, []).append(_OpenConflict(cid, peer, digest))

    def _merge_table(self, spec: TableSpec, records: list[S.Record]) -> None:
        incoming = []
        for rec in records:
            values = record_values(rec)
            for column, _table in spec.parents:
                if values.get(column) in self.idmap:
                    values[column] = self.idmap[values[column]]
            values["id"] = self.idmap.get(rec.id, rec.id)
            incoming.append((rec, values))
        rows: dict[str, Travelling] = {}
        for part in _chunks([v["id"] for _, v in incoming]):
            for found in self.session.scalars(
                    select(spec.model).where(spec.model.id.in_(part))):
                rows[found.id] = found
        fresh: list[Travelling] = []
        self._fresh = fresh
        for rec, values in incoming:
            row = rows.get(values["id"])
            if row is None and spec.natural_key:
                row = self._alias(spec, rec.id, values, incoming)
            if row is not None:
                self._check_owner(spec, row, values)
            made = self._merge_one(spec, values, rec.base, row)
            if made is not None:
                rows[made.id] = made
                fresh.append(made)
                if spec.name in self.natural:
                    self.natural[spec.name].setdefault(self._key(spec, values), made)
        if fresh:
            self.session.execute(insert(_table_of(spec.model)), [
                {c: getattr(r, c) for c in spec.fields} for r in fresh])

    @staticmethod
    def _key(spec: TableSpec, values: Any) -> tuple:
        get = values.get if isinstance(values, dict) else values.__getattribute__
        return tuple(get(c) for c in spec.natural_key)

    def _natural_index(self, spec: TableSpec, incoming: list) -> dict[tuple, Travelling]:
        """Live local rows of this table, by natural key, for the owners the file names."""
        if spec.name not in self.natural:
            first = spec.natural_key[0]
            owners = sorted({v[first] for _, v in incoming if v[first] is not None})
            index: dict[tuple, Travelling] = {}
            # Narrowed by every key column, not just the owner: a plan bundle names one
            # participant, and reading every plan of the workshop per file would make each
            # file cost as much as the room is large.
            narrow: list[ColumnElement[bool]] = []
            for column in spec.natural_key[1:]:
                wanted = {v[column] for _, v in incoming}
                known = sorted(w for w in wanted if w is not None)
                if len(known) > 900:
                    narrow = []
                    break
                col = getattr(spec.model, column)
                cond = col.in_(known)
                narrow.append(or_(cond, col.is_(None)) if None in wanted else cond)
            for part in _chunks(owners):
                for row in self.session.scalars(select(spec.model).where(
                        getattr(spec.model, first).in_(part), spec.model.deleted.is_(False),
                        *narrow).order_by(spec.model.id)):
                    index.setdefault(self._key(spec, row), row)
            for made in self._fresh:  # made from this file, not yet in the database
                index.setdefault(self._key(spec, made), made)
            self.natural[spec.name] = index
        return self.natural[spec.name]

    def _alias(self, spec: TableSpec, foreign_id: str, values: dict[str, Any],
               incoming: list) -> Travelling | None:
        row = self._natural_index(spec, incoming).get(self._key(spec, values))
        if row is None or row.id == foreign_id:
            return row
        self.idmap[foreign_id] = row.id
        values["id"] = row.id
        self.session.add(Alias(foreign_id=foreign_id, local_id=row.id, table_name=spec.name))
        self.session.info[ALIASES] = True
        if row.id not in self.states and row.id not in self.peers:
            self._load_bookkeeping([row.id])
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
                   row: Travelling | None) -> Travelling | None:
        """Merge one record; return the row to insert when it is new here."""
        me = self.sender
        rid = values["id"]
        state, peer = self.states.get(rid), self.peers.get(rid)
        conflicts = self.conflicts.get(rid, [])
        digest = content_hash(spec, values)
        stale = peer is not None and me.sequence <= peer.last_sequence
        if peer is None:
            peer = PeerRecord(record_id=rid, peer_id=me.peer_id, last_sequence=me.sequence,
                              last_hash=digest, history=[])
            self.peers[rid] = peer
            self.fresh_peers.append(peer)
        elif not stale:
            peer.last_sequence, peer.last_hash = me.sequence, digest
        # Every version this sender ever held or started from, except its newest, is past.
        history = list(peer.history or [])
        for known in (base, digest):
            if known and known not in history:
                history.append(known)
        peer.history = history[-HISTORY_KEPT:]
        # A version any sender moved past is past for everyone: contents are compared, not
        # who holds them, so the outcome cannot depend on which file came first.
        superseded = (set(history) - {peer.last_hash}) | self.past.get(rid, set())
        if row is None:
            if stale:  # the record went missing here since; nothing to bring back from the past
                self.counts.unchanged += 1
                return None
            self._set_state(state, rid, spec, me.peer_id, digest, digest)
            self.counts.new += 1
            return spec.model(**values)
        local = row_values(spec, row)
        row_digest = content_hash(spec, local)
        own = state is None or state.origin_hash != row_digest
        if state is None and _blank(spec, local):
            # Made empty here and never sent or received (a plan waiting to be written): it
            # holds nothing to lose, so it is no edit that could conflict with one.
            superseded = superseded | {row_digest}
        heads = [_Head(OWN if own or state is None else state.origin_peer, row_digest,
                       row_values(spec, row),
                       is_row=True)]
        heads += [_Head(c.peer_id, c.values_hash, None, conflict=c, spec=spec,
                        session=self.session) for c in conflicts]
        kept = [h for h in heads if h.digest not in superseded
                and not (h.source == me.peer_id and h.digest != peer.last_hash)]
        unchanged_here = digest == base or digest in superseded
        if not stale and not (kept and (unchanged_here or any(h.digest == digest for h in kept))):
            kept.append(_Head(me.peer_id, digest, values))
        if not kept:  # only if contents went round in a circle: keep what is here
            kept = [heads[0]]
        owns = [h for h in kept if h.source == OWN]
        winner = owns[0] if owns else max(kept, key=lambda h: key_of(h.digest))
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
        return None

    def _set_state(self, state: RecordState | None, rid: str, spec: TableSpec,
                   origin: str | None, origin_hash: str | None, base: str) -> RecordState:
        if state is None:
            state = RecordState(record_id=rid, table_name=spec.name, origin_peer="",
                                origin_hash="", base_hash="")
            self.states[rid] = state
            self.fresh_states.append(state)
        if origin is not None and origin_hash is not None:
            state.origin_peer, state.origin_hash = origin, origin_hash
        state.base_hash = base
        return state

    def _keep_conflicts(self, spec: TableSpec, rid: str, losers: list[_Head],
                        existing: list[_OpenConflict]) -> bool:
        """Open a conflict for each losing head; close conflicts no longer needed."""
        keep = {h.conflict.id for h in losers if h.conflict is not None}
        self.superseded.extend(c.id for c in existing if c.id not in keep)
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
            self.session.info[CONFLICTS] = True
        return created
