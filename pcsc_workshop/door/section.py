"""The base of every section of the door: one explicit transaction per operation.

Why here: SQLite needs BEGIN IMMEDIATE for read-then-write work that may run beside another
writer (an autosave during an import), and a plain BEGIN for reads (core/db.py emits BEGIN
itself; the driver's own transaction handling is off: SQLAlchemy's recipe for SQLite). A
section's operation is one `with self._write() as s:` block: committed whole on success,
rolled back whole on any error, and the storage errors of core/errors.py come out named.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from pcsc_workshop.door import Door


class Section:
    """A group of operations named by what users know (people, plans...)."""

    def __init__(self, door: Door) -> None:
        self._door = door

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._door.store.session() as session:
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self._door.store.session(write=True) as session:
            yield session
