"""People: the workshop's delegations and participants (reads, writes, undo).

Undo: adding, editing and moving people can be undone (Edit › Undo). Erasing a participant's
data cannot: that is the privacy deletion, and nothing of the person is kept to restore.
Undoing an *add* also erases (the row is tombstoned with its personal fields wiped, as a
privacy deletion would), so nothing lingers in the file; redo brings the same id back from the
copy the undo stack holds in memory only.
"""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy.orm import Session

from pcsc_workshop.core import people as core_people
from pcsc_workshop.core.models import Delegation, Participant
from pcsc_workshop.core.people import (
    DelegationInfo,
    DeletionReport,
    ParticipantFields,
    ParticipantInfo,
    list_delegations,
    list_participants,
)
from pcsc_workshop.core.validation import assign
from pcsc_workshop.door.changes import Changes
from pcsc_workshop.door.outcome import Outcome
from pcsc_workshop.door.section import Section
from pcsc_workshop.door.undo import Revert, Step


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
                        label: str = "Add participant") -> Outcome[str]:
        with self._write() as s:
            pid = core_people.add_participant(s, workshop_id, fields)
        self._door.history.record(Step(label, self._unadd(pid, fields), workshop_id))
        return Outcome(pid, Changes.of(participants=pid))

    def _unadd(self, pid: str, fields: ParticipantFields) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            core_people.delete_participant_data(s, pid)
            return Changes.of(participants=pid), self._readd(pid, fields)
        return revert

    def _readd(self, pid: str, fields: ParticipantFields) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            row = s.get(Participant, pid)
            if row is None:
                raise LookupError(pid)
            assign(row, {**asdict(fields), "deleted": False})
            s.flush()
            return Changes.of(participants=pid), self._unadd(pid, fields)
        return revert

    def update_participant(self, participant_id: str, fields: ParticipantFields,
                           label: str = "Edit participant") -> Outcome[bool]:
        with self._write() as s:
            row = s.get(Participant, participant_id)
            before = next((p for p in list_participants(s, row.workshop_id)
                           if p.id == participant_id), None) if row is not None else None
            changed = core_people.update_participant(s, participant_id, fields)
        if changed and before is not None:
            self._door.history.record(Step(label, self._refill(participant_id,
                                                               _fields_of(before), fields)))
        return Outcome(changed, Changes.of(participants=participant_id) if changed
                       else Changes())

    def _refill(self, pid: str, old: ParticipantFields, new: ParticipantFields) -> Revert:
        def revert(s: Session) -> tuple[Changes, Revert]:
            core_people.update_participant(s, pid, old)
            return Changes.of(participants=pid), self._refill(pid, new, old)
        return revert

    def delete_participant_data(self, participant_id: str) -> Outcome[DeletionReport]:
        """Erase the person (privacy): not undoable, by design. The caller then offers
        `Store.scrub()` so the erased text is gone from the file's free pages too."""
        with self._write() as s:
            report = core_people.delete_participant_data(s, participant_id)
        return Outcome(report, Changes.of(participants=participant_id, plans=report.ids,
                                          assessments=report.ids, checks=report.ids))

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
