"""Helpers shared by the exchange tests (no tests here): databases, workshops, digests."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

from pcsc_workshop.core.db import copy_database
from pcsc_workshop.core.models import AgendaItem, Delegation, Participant, Workshop
from pcsc_workshop.core.store import Store
from tests.conftest import run_temp_dir

_TEMPLATE: dict[str, Path] = {}


def fresh_store(folder: Path, name: str) -> Store:
    """A migrated empty database (copied from a template: migrating each time is slow)."""
    if "empty" not in _TEMPLATE:
        template = run_temp_dir("pcsc-exchange-template-") / "empty.sqlite3"
        Store(template).close()
        _TEMPLATE["empty"] = template
    target = folder / f"{name}.sqlite3"
    shutil.copy(_TEMPLATE["empty"], target)
    return Store(target)


def make_workshop(store: Store, participants: int, delegations: int = 6) -> str:
    """A workshop with multi-script participant names spread over delegations."""
    scripts = ["আনিকা", "ليلى", "प्रिया", "Олена", "José", "Ana"]
    with store.session() as s:
        w = Workshop(title="Smart Cities Technical Deep Dive", city="Tokyo", country="Japan",
                     start_date=date(2016, 11, 14), end_date=date(2016, 11, 18))
        s.add(w)
        s.flush()
        dels = []
        for i in range(delegations):
            d = Delegation(workshop_id=w.id, country=f"Country {i}", city=f"City {i}",
                           position=i)
            s.add(d)
            dels.append(d)
        for i in range(5):
            s.add(AgendaItem(workshop_id=w.id, day=i + 1, title=f"Session {i}", position=i))
        s.flush()
        for i in range(participants):
            s.add(Participant(workshop_id=w.id, delegation_id=dels[i % delegations].id,
                              name=f"{scripts[i % len(scripts)]} {i}", position=i,
                              email=f"person{i}@example.org", consent=True))
        return w.id


def db_digest(path: Path) -> str:
    """A hash of every table's content, and a check that SQLite finds the file sound."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        h = hashlib.sha256()
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            h.update(table.encode())
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


def travelling_state(store: Store, workshop_id: str) -> dict:
    """What a person would see: every record's content per table, and the open conflicts
    as (table, record, other version's content) — the end state order must not change."""
    from sqlalchemy import select

    from pcsc_workshop.core.exchange.records import SPECS, content_hash, row_values
    from pcsc_workshop.core.exchange.state import Alias, Conflict

    out: dict = {}
    with store.session() as s:
        # The same thing made under two ids keeps whichever id arrived first: name it by the
        # smallest of its ids so that arrival order does not show.
        canon: dict[str, str] = {}
        for a in s.scalars(select(Alias)):
            canon[a.local_id] = min(canon.get(a.local_id, a.local_id), a.foreign_id)
        for name, spec in SPECS.items():
            rows = s.scalars(select(spec.model)).all()
            out[name] = {canon.get(r.id, r.id): content_hash(spec, row_values(spec, r))
                         for r in rows}
        out["conflicts"] = sorted(
            (c.table_name, canon.get(c.record_id, c.record_id), c.values_hash)
            for c in s.scalars(select(Conflict).where(
                Conflict.workshop_id == workshop_id, Conflict.resolved_at.is_(None))))
    return out


def clone_store(store: Store, folder: Path, name: str) -> Store:
    """A consistent copy of a database (SQLite backup API), as another laptop would hold."""
    return Store(copy_database(store.path, folder / f"{name}.sqlite3"))
