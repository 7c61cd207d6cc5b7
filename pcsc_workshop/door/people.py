"""People: the workshop's delegations and participants (reads, writes, undo).

Undo: adding, editing and moving people can be undone (Edit › Undo). Erasing a participant's
data cannot: that is the privacy deletion, and nothing of the person is kept to restore.
Undoing an *add* also erases (the row is tombstoned with its personal fields wiped, as a
privacy deletion would), so nothing lingers in the file; redo brings the same id back from the
copy the undo stack holds in memory only.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from pathlib import Path

from sqlalchemy.orm import Session

from pcsc_workshop.core import people as core_people
from pcsc_workshop.core.models import Delegation, Participant
from pcsc_workshop.core.participants_csv import (
    CsvPreview,
    ImportResult,
    import_participants_csv,
    preview_participants_csv,
)
from pcsc_workshop.core.people import (
    DelegationInfo,
    DeletionReport,
    ParticipantFields,
    ParticipantInfo,
    list_delegations,
    list_participants,
)
from pcsc_workshop.core.privacy import backups_holding, purge_backups
from pcsc_workshop.core.validation import NotFound, assign
from pcsc_workshop.door.changes import Changes
from pcsc_workshop.door.outcome import Outcome
from pcsc_workshop.door.section import Section
from pcsc_workshop.door.undo import Revert, Step

KEEP = object()  # update_participant: leave the documents' language as it is


def _fields_of(info: ParticipantInfo) -> ParticipantFields:
    return ParticipantFields(name=info.name, organisation=info.organisation, role=info.role,
                             delegation_id=info.delegation_id, email=info.email,
                             consent=info.consent)


class PeopleSection(Section):
    # -- reads ---------------------------------------------------------------------------
    def participants(self, workshop_id: str) -> list[ParticipantInfo]:
        with self._read() as s:
            return list_participants(s, workshop_id)

    def delegations(self, workshop_id: str) -> list[DelegationInfo]:
        with self._read() as s:
            return list_delegations(s, workshop_id)

    def participant(self, participant_id: str) -> ParticipantInfo | None:
        with self._read() as s:
            row = s.get(Participant, participant_id)
            if row is None or row.deleted:
                return None
            return next((p for p in list_participants(s, row.workshop_id)
                         if p.id == participant_id), None)

    # -- participants ------------------------------------------------------------------
    def add_participant(self, workshop_id: str, fields: ParticipantFields,
                        label: str = "Add participant", *,
                        language: str | None = None) -> Outcome[str]:
        """A new participant (with their documents' language, None: the workshop's), in one
        transaction; undoable (the undo erases them, as a privacy deletion would)."""
        with self._write() as s:
            pid = core_people.add_participant(s, workshop_id, fields)
            if language:
                core_people.set_participant_language(s, pid, language)
        self._door.history.record(Step(label, self._unadd(pid, fields, language), workshop_id))
        return Outcome(pid, Changes.of(participants=pid))

    def _unadd(self, pid: str, fields: ParticipantFields,
               language: str | None = None) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            core_people.delete_participant_data(s, pid)
            return Changes.of(participants=pid), self._readd(pid, fields, language)
        return revert

    def _readd(self, pid: str, fields: ParticipantFields,
               language: str | None = None) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            row = s.get(Participant, pid)
            if row is None:
                raise LookupError(pid)
            assign(row, {**asdict(fields), "language": language, "deleted": False})
            s.flush()
            return Changes.of(participants=pid), self._unadd(pid, fields, language)
        return revert

    def update_participant(self, participant_id: str, fields: ParticipantFields,
                           label: str = "Edit participant", *,
                           language: str | None | object = KEEP) -> Outcome[bool]:
        """Their fields (and documents' language unless KEEP) in one transaction; undoable.
        A new `delegation_id` moves them to that delegation (the undo moves them back)."""
        with self._write() as s:
            row = s.get(Participant, participant_id)
            before = next((p for p in list_participants(s, row.workshop_id)
                           if p.id == participant_id), None) if row is not None else None
            changed = core_people.update_participant(s, participant_id, fields)
            if language is not KEEP:
                changed = core_people.set_participant_language(
                    s, participant_id, language if isinstance(language, str) else None
                ) or changed
            now = row.language if row is not None else None
            workshop_id = row.workshop_id if row is not None else None
        if changed and before is not None:
            self._door.history.record(Step(label, self._refill(
                participant_id, (_fields_of(before), before.language), (replace(fields), now)),
                workshop_id))
        return Outcome(changed, Changes.of(participants=participant_id) if changed
                       else Changes())

    def move_participant(self, participant_id: str, delegation_id: str | None,
                         label: str = "Move participant") -> Outcome[bool]:
        """Into another delegation (None: none), keeping everything else; undoable."""
        person = self.participant(participant_id)
        if person is None:
            raise NotFound("participant_id", participant_id)
        fields = replace(_fields_of(person), delegation_id=delegation_id)
        return self.update_participant(participant_id, fields, label)

    def _refill(self, pid: str, old: tuple[ParticipantFields, str | None],
                new: tuple[ParticipantFields, str | None]) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            core_people.update_participant(s, pid, old[0])
            core_people.set_participant_language(s, pid, old[1])
            return Changes.of(participants=pid), self._refill(pid, new, old)
        return revert

    def delete_participant_data(self, participant_id: str) -> Outcome[DeletionReport]:
        """Erase the person (privacy): not undoable, by design, and it empties the undo
        stack (see below). The caller then offers
        `Store.scrub()` so the erased text is gone from the file's free pages too."""
        with self._write() as s:
            report = core_people.delete_participant_data(s, participant_id)
        # Undo steps hold people's fields in memory (an undone add keeps them for redo), and
        # a redo would bring the person back: after an erasure none of them may stay.
        self._door.history.clear()
        return Outcome(report, Changes.of(participants=participant_id, plans=report.ids,
                                          assessments=report.ids, checks=report.ids))

    def find_backups_holding(self, participant_id: str) -> list[Path]:
        """After a deletion: VACUUM and empty the WAL (so the erased text is gone from the
        file's free pages; ~55 ms on the demo: run it on a worker), then the older backups
        next to the database that still hold the person."""
        self._door.store.scrub()
        return backups_holding(self._door.store.path, participant_id)

    def purge_backups(self, paths: list[Path]) -> None:
        """Delete those backups (the user chose to, after being told what they hold)."""
        purge_backups(paths)

    def set_participant_language(self, participant_id: str,
                                 language: str | None) -> Outcome[bool]:
        with self._write() as s:
            changed = core_people.set_participant_language(s, participant_id, language)
        return Outcome(changed, Changes.of(participants=participant_id) if changed
                       else Changes())

    # -- delegations -------------------------------------------------------------------
    def add_delegation(self, workshop_id: str, country: str, city: str = "",
                       city_type: str = "", stage: str = "",
                       label: str = "Add delegation") -> Outcome[str]:
        with self._write() as s:
            did = core_people.add_delegation(s, workshop_id, country, city, city_type, stage)
        self._door.history.record(Step(label, self._toggle_delegation(did, True), workshop_id))
        return Outcome(did, Changes.of(delegations=did))

    def _toggle_delegation(self, did: str, delete: bool) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            if delete:
                core_people.delete_delegation(s, did)  # refused (not-empty) once it has members
            else:
                row = s.get(Delegation, did)
                if row is None:
                    raise LookupError(did)
                assign(row, {"deleted": False})
                s.flush()
            return Changes.of(delegations=did), self._toggle_delegation(did, not delete)
        return revert

    def update_delegation(self, delegation_id: str, *, country: str | None = None,
                          city: str | None = None, city_type: str | None = None,
                          stage: str | None = None,
                          label: str = "Edit delegation") -> Outcome[bool]:
        with self._write() as s:
            row = s.get(Delegation, delegation_id)
            old = (row.country, row.city, row.city_type, row.stage) if row else None
            changed = core_people.update_delegation(s, delegation_id, country=country, city=city,
                                              city_type=city_type, stage=stage)
            new = (row.country, row.city, row.city_type, row.stage) if row else None
        if changed and old is not None and new is not None:
            self._door.history.record(Step(label, self._redelegate(delegation_id, old, new)))
        return Outcome(changed, Changes.of(delegations=delegation_id) if changed
                       else Changes())

    def _redelegate(self, did: str, old: tuple[str, str, str, str],
                    new: tuple[str, str, str, str]) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            core_people.update_delegation(s, did, country=old[0], city=old[1], city_type=old[2],
                                    stage=old[3])
            return Changes.of(delegations=did), self._redelegate(did, new, old)
        return revert

    def delete_delegation(self, delegation_id: str,
                          label: str = "Delete delegation") -> Outcome[None]:
        with self._write() as s:
            core_people.delete_delegation(s, delegation_id)
        self._door.history.record(Step(label, self._toggle_delegation(delegation_id, False)))
        return Outcome(None, Changes.of(delegations=delegation_id))

    # -- a participant list from a CSV file --------------------------------------------------
    def preview_csv(self, workshop_id: str, data: bytes | str,
                    mapping: dict[int, str | None] | None = None) -> CsvPreview:
        """Every row checked and marked new / existing / bad; nothing is written."""
        with self._read() as s:
            return preview_participants_csv(s, workshop_id, data, mapping)

    def import_csv(self, workshop_id: str, data: bytes | str,
                   mapping: dict[int, str | None] | None = None, *, skip_bad: bool = False,
                   label: str = "Import participants") -> Outcome[ImportResult]:
        """The whole file in one transaction, or nothing (CsvRefused with the preview).

        `skip_bad`: the good rows, the bad ones listed in the result's `skipped`. Undoable:
        the undo erases the people it added (as a privacy deletion would) and removes the
        delegations it created; redo brings the same ids back."""
        with self._write() as s:
            before = {d.id for d in list_delegations(s, workshop_id)}
            result = import_participants_csv(s, workshop_id, data, mapping, skip_bad=skip_bad)
            added = [p for p in list_participants(s, workshop_id)
                     if p.id in set(result.participant_ids)]
            created = sorted({d.id for d in list_delegations(s, workshop_id)} - before)
        changes = Changes.of(participants=result.participant_ids, delegations=created)
        if changes:
            people = [(p.id, _fields_of(p)) for p in added]
            self._door.history.record(Step(label, self._unimport(people, created, changes),
                                           workshop_id))
        return Outcome(result, changes)

    def _unimport(self, people: list[tuple[str, ParticipantFields]], delegations: list[str],
                  changes: Changes) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            for pid, _fields in people:
                core_people.delete_participant_data(s, pid)
            for did in delegations:
                core_people.delete_delegation(s, did)
            return changes, self._reimport(people, delegations, changes)
        return revert

    def _reimport(self, people: list[tuple[str, ParticipantFields]], delegations: list[str],
                  changes: Changes) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            for did in delegations:
                row = s.get(Delegation, did)
                if row is None:
                    raise LookupError(did)
                assign(row, {"deleted": False})
            for pid, fields in people:
                person = s.get(Participant, pid)
                if person is None:
                    raise LookupError(pid)
                assign(person, {**asdict(fields), "deleted": False})
            s.flush()
            return changes, self._unimport(people, delegations, changes)
        return revert
