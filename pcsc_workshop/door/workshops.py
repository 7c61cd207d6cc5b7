"""Workshops: list, details, create from a template, update, duplicate, delete; the demo;
backups and restore of the whole database.

Undo: editing the details can be undone (one step per autosave, like plans). Creating,
duplicating and deleting a workshop, and restoring a backup, are not on the undo stack:
they change what the whole window shows, and deletion and restore have their own safety nets
(a confirmation, and the copy kept before a restore). A deletion or a restore clears the undo
stack: its steps would refer to rows that are gone or replaced.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from pcsc_workshop.core import backups
from pcsc_workshop.core import workshops as core_workshops
from pcsc_workshop.core.backups import BackupInfo
from pcsc_workshop.core.people import list_delegations
from pcsc_workshop.core.templates import WorkshopTemplate
from pcsc_workshop.core.workshops import (
    Duplicated,
    WorkshopFields,
    WorkshopSummary,
    get_workshop,
    list_workshops,
)
from pcsc_workshop.door.changes import Changes
from pcsc_workshop.door.outcome import Outcome
from pcsc_workshop.door.section import Section
from pcsc_workshop.door.undo import Revert, Step


@dataclass(frozen=True)
class WorkshopDetails:
    """What the details form shows (and the agenda print's heading): plain, frozen."""

    id: str
    title: str
    organisers: str
    venue: str
    city: str
    country: str
    start_date: date | None
    end_date: date | None
    language: str
    description: str
    template_id: str

    def fields(self) -> WorkshopFields:
        """The editable part, as `update()` takes it back."""
        return WorkshopFields(title=self.title, organisers=self.organisers, venue=self.venue,
                              city=self.city, country=self.country,
                              start_date=self.start_date, end_date=self.end_date,
                              language=self.language, description=self.description)


def _details(session: Session, workshop_id: str) -> WorkshopDetails:
    w = get_workshop(session, workshop_id)
    return WorkshopDetails(w.id, w.title, w.organisers, w.venue, w.city, w.country,
                           w.start_date, w.end_date, w.language, w.description, w.template_id)


class WorkshopsSection(Section):
    # -- reads ---------------------------------------------------------------------------
    def all(self) -> list[WorkshopSummary]:
        """Every workshop not deleted, oldest first, with its counts (the picker, the CLI)."""
        with self._read() as s:
            return list_workshops(s)

    def details(self, workshop_id: str) -> WorkshopDetails:
        """KeyError for an unknown or deleted workshop."""
        with self._read() as s:
            return _details(s, workshop_id)

    def working_language(self, workshop_id: str) -> str:
        """The language the facilitator set ("" for an unknown workshop): content follows it."""
        with self._read() as s:
            try:
                return get_workshop(s, workshop_id).language or ""
            except KeyError:
                return ""

    # -- writes --------------------------------------------------------------------------
    def create(self, fields: WorkshopFields,
               template: WorkshopTemplate | None = None) -> Outcome[str]:
        """A new workshop with the template's agenda (the wizard's Finish); its id."""
        with self._write() as s:
            wid = core_workshops.create_workshop(s, fields, template)
        return Outcome(wid, Changes.of(workshops=wid, agenda=wid))

    def ensure_demo(self) -> Outcome[str]:
        """The demo workshop, created on first use (idempotent); its id."""
        from pcsc_workshop.core.demo import ensure_demo_workshop

        with self._write() as s:
            before = {w.id for w in list_workshops(s)}
            wid = ensure_demo_workshop(s)
        return Outcome(wid, Changes() if wid in before else Changes.all())

    def update(self, workshop_id: str, fields: WorkshopFields,
               label: str = "Edit workshop details") -> Outcome[bool]:
        """Write the details form back (InvalidInput says which field is wrong); undoable."""
        with self._write() as s:
            before = _details(s, workshop_id).fields()
            changed = core_workshops.update_workshop(s, workshop_id, fields)
        if not changed:
            return Outcome(False)
        after = WorkshopFields(**asdict(fields))  # the form goes on changing its own values
        self._door.history.record(Step(label, self._put(workshop_id, before, after),
                                       workshop_id))
        return Outcome(True, Changes.of(workshops=workshop_id))

    def _put(self, workshop_id: str, old: WorkshopFields, new: WorkshopFields) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            core_workshops.update_workshop(s, workshop_id, old)
            return Changes.of(workshops=workshop_id), self._put(workshop_id, new, old)
        return revert

    def duplicate(self, workshop_id: str, *, title: str, start_date: date | None = None,
                  with_delegations: bool = False) -> Outcome[Duplicated]:
        """Next year's edition: details, agenda and optionally the delegations, no people."""
        with self._write() as s:
            copy = core_workshops.duplicate_workshop(s, workshop_id, title=title,
                                                     start_date=start_date,
                                                     with_delegations=with_delegations)
            delegations = {d.id for d in list_delegations(s, copy.workshop_id)}
        return Outcome(copy, Changes.of(workshops=copy.workshop_id, agenda=copy.workshop_id,
                                        delegations=delegations))

    def delete(self, workshop_id: str) -> Outcome[None]:
        """Tombstone the workshop and everything in it (people's texts emptied)."""
        with self._write() as s:
            core_workshops.delete_workshop(s, workshop_id)
        self._door.history.clear()
        return Outcome(None, Changes.all())

    # -- the whole database in a file ----------------------------------------------------
    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the database at `target` (atomic); changes nothing."""
        return backups.backup_database(self._door.store.path, target)

    def check_backup(self, path: Path) -> BackupInfo:
        """What a backup file holds, or BackupRefused saying why it cannot be restored."""
        return backups.check_backup(path, backups.known_revisions())

    def restore(self, path: Path) -> Outcome[Path]:
        """Replace the database by the checked backup `path`; the value is the copy kept of
        the replaced one. Everything changed, and the undo stack is emptied."""
        kept = backups.restore_database(self._door.store, path)
        self._door.history.clear()
        return Outcome(kept, Changes.all())
