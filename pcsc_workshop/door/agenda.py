"""The agenda of a workshop: list, add, update, move, delete sessions.

Undo restores the agenda whole: a move renumbers both days and reflows their times, so the
step keeps every session of the workshop as it was (day, position, time, fields, deleted or
not) and puts all of them back, in one transaction. Rows that did not change keep their
revision (`assign` only writes what differs), so an undo travels to other laptops as the
few rows it really changed. A session added after the snapshot is tombstoned by the undo.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pcsc_workshop.core import agenda as core_agenda
from pcsc_workshop.core.agenda import AgendaEntry
from pcsc_workshop.core.models import AgendaItem
from pcsc_workshop.core.validation import assign, live
from pcsc_workshop.door.changes import Changes
from pcsc_workshop.door.outcome import Outcome
from pcsc_workshop.door.section import Section
from pcsc_workshop.door.undo import Revert, Step

_KEPT = ("day", "position", "start_time", "duration_min", "kind", "title", "description",
         "curriculum_refs", "deleted")
Snapshot = dict[str, dict[str, Any]]


def _snapshot(s: Session, workshop_id: str) -> Snapshot:
    """Every session of the workshop, tombstones included, field by field."""
    rows = s.scalars(select(AgendaItem).where(AgendaItem.workshop_id == workshop_id)).all()
    return {r.id: {k: (list(getattr(r, k) or []) if k == "curriculum_refs"
                       else getattr(r, k)) for k in _KEPT} for r in rows}


def _restore(s: Session, workshop_id: str, snap: Snapshot) -> None:
    for row in s.scalars(select(AgendaItem).where(AgendaItem.workshop_id == workshop_id)):
        assign(row, snap.get(row.id, {"deleted": True}))
    s.flush()


class AgendaSection(Section):
    # -- reads ---------------------------------------------------------------------------
    def sessions(self, workshop_id: str) -> list[AgendaEntry]:
        """The agenda in order (day, then position)."""
        with self._read() as s:
            return core_agenda.list_agenda(s, workshop_id)

    # -- writes (each undoable, the agenda restored whole) ---------------------------------
    def add(self, workshop_id: str, *, day: int, start: str, duration: int, kind: str,
            title: str, refs: Iterable[str] = (), description: str = "",
            index: int | None = None, label: str = "Add session") -> Outcome[str]:
        """A session at `index` of `day` (None: at its end); its id."""
        return self._change(workshop_id, label, lambda s: core_agenda.add_session(
            s, workshop_id, day=day, start=start, duration=duration, kind=kind, title=title,
            refs=refs, description=description, index=index))

    def update(self, item_id: str, *, start: str | None = None, duration: int | None = None,
               kind: str | None = None, title: str | None = None,
               refs: Iterable[str] | None = None, description: str | None = None,
               label: str = "Edit session") -> Outcome[bool]:
        """Change a session's fields (its day and order change with `move`)."""
        return self._change(self._workshop_of(item_id), label, lambda s: core_agenda.update_session(
            s, item_id, start=start, duration=duration, kind=kind, title=title, refs=refs,
            description=description))

    def move(self, item_id: str, *, day: int, index: int | None = None,
             label: str = "Move session") -> Outcome[None]:
        """To position `index` of `day`; both days renumbered, their times follow the order."""
        return self._change(self._workshop_of(item_id), label,
                            lambda s: core_agenda.move_session(s, item_id, day=day, index=index))

    def delete(self, item_id: str, label: str = "Remove session") -> Outcome[None]:
        return self._change(self._workshop_of(item_id), label,
                            lambda s: core_agenda.delete_session(s, item_id))

    # -- the one transaction and its undo step ----------------------------------------------
    def _workshop_of(self, item_id: str) -> str:
        with self._read() as s:
            workshop_id: str = live(s, AgendaItem, item_id, "agenda_item_id").workshop_id
            return workshop_id

    def _change(self, workshop_id: str, label: str, write: Callable[[Session], Any]
                ) -> Outcome[Any]:
        with self._write() as s:
            before = _snapshot(s, workshop_id)
            value = write(s)
            after = _snapshot(s, workshop_id)
        if before == after:  # e.g. an edit that changed nothing, a move to the same place
            return Outcome(value)
        self._door.history.record(Step(label, self._put(workshop_id, before, after),
                                       workshop_id))
        return Outcome(value, Changes.of(agenda=workshop_id))

    def _put(self, workshop_id: str, old: Snapshot, new: Snapshot) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            _restore(s, workshop_id, old)
            return Changes.of(agenda=workshop_id), self._put(workshop_id, new, old)
        return revert
