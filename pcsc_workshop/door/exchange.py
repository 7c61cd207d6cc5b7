"""Plans travelling between laptops: workshop packs out, plan bundles back, imports (all or
nothing, file by file), held files from new laptops, conflicts.

Why here and not in the UI: the menu, the drop folder, the room and the CLI all import,
write packs and settle conflicts; each operation below is the one way to do it, in its own
explicit transaction, returning plain data of the exchange core (`PackInfo`, `ImportReport`,
`HeldInfo`, `ConflictInfo`...). Nothing here is undoable: a file that came in is undone by
the next file, and a pack or bundle written is a file on a stick, not an edit.

What changed, for the pages: an import that brought new or updated records (a pack, plan
bundles, an accepted held bundle) is `Changes.all()` (a pack or a bundle carries every kind
of record); refused, held and already-present files change nothing a page shows. A resolved
conflict names the kind of its record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from pcsc_workshop.core.exchange import (
    ConflictInfo,
    ConflictResolved,
    ExchangeError,
    FileResult,
    HeldInfo,
    ImportReport,
    PackInfo,
    PackParticipant,
    ParticipantStatus,
    SendStatus,
    WrittenFile,
)
from pcsc_workshop.door.changes import NOTHING, Changes
from pcsc_workshop.door.outcome import Outcome
from pcsc_workshop.door.section import Section

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# Which kind of thing a user knows each exchanged table is (door/changes.py KINDS).
_KIND_OF_TABLE = {
    "workshop": "workshops", "agenda_items": "agenda", "delegations": "delegations",
    "participants": "participants", "local_items": "local_content",
    "assessments": "assessments", "assessment_scores": "assessments",
    "action_plans": "plans", "next_steps": "plans", "support_requests": "plans",
    "quiz_attempts": "checks",
}


@dataclass(frozen=True)
class PackWritten:
    """What went into a workshop pack, for the confirmation message."""

    path: Path
    delegations: int
    participants: int
    agenda_items: int
    records: int
    sha256: str = ""


@dataclass(frozen=True)
class Collected:
    """An import report plus how many files were asked for (fewer done = cancelled)."""

    report: ImportReport
    requested: int

    @property
    def stopped_early(self) -> bool:
        return len(self.report.files) < self.requested


@dataclass(frozen=True)
class PlanSent:
    path: Path
    plan_revision: int
    key_fingerprint: str = ""  # this laptop's key, short: the facilitator compares it


@dataclass(frozen=True)
class Sorted:
    """Dropped or command-line files, sorted by what they are."""

    packs: list[Path]
    others: list[Path]  # bundles, and files the importer will refuse with a reason
    # file -> (code, the core's English reason), for files that are not .pcsc at all; the UI
    # words the reason in the reader's language (ui/exchange/common.refusal_text)
    refusals: dict[Path, tuple[str, str]]


def import_changes(files: Iterable[FileResult]) -> Changes:
    """Everything, when a file brought new or updated records; nothing otherwise (refused,
    held and already-present files leave every page as it was)."""
    from pcsc_workshop.core.exchange.importer import ACCEPTED

    came_in = any(f.status == ACCEPTED and (f.new or f.updated) for f in files)
    return Changes.all() if came_in else NOTHING


class ExchangeSection(Section):
    # -- workshop packs -----------------------------------------------------------------
    def create_pack(self, workshop_id: str, path: Path,
                    participant_id: str | None = None) -> Outcome[PackWritten]:
        """Write the workshop pack (or one participant's own pack) to `path`.

        A write: packing gives every participant a plan and every delegation an assessment
        first (one id everywhere), empty rows no page shows, so nothing is announced."""
        from sqlalchemy import func, select

        from pcsc_workshop.core.exchange import write_pack
        from pcsc_workshop.core.models import AgendaItem
        from pcsc_workshop.core.people import list_delegations, list_participants

        with self._write() as s:
            written = write_pack(s, workshop_id, path, participant_id=participant_id)
            agenda = s.scalar(select(func.count()).select_from(AgendaItem).where(
                AgendaItem.workshop_id == workshop_id, AgendaItem.deleted.is_(False)))
            return Outcome(PackWritten(written.path, len(list_delegations(s, workshop_id)),
                                       len(list_participants(s, workshop_id)), agenda or 0,
                                       written.records, written.sha256))

    def create_packs(self, workshop_id: str, folder: Path) -> Outcome[list[WrittenFile]]:
        """One own pack per participant (their plan and their delegation's) into `folder`."""
        from pcsc_workshop.core.exchange import write_packs

        with self._write() as s:
            return Outcome(write_packs(s, workshop_id, folder))

    def open_pack(self, path: Path, new_facilitator: bool = False) -> Outcome[PackInfo]:
        """Import a workshop pack (raises ExchangeError, with nothing changed, if refused)."""
        from pcsc_workshop.core.exchange import open_pack

        with self._write() as s:
            info = open_pack(s, path, new_facilitator=new_facilitator)
        return Outcome(info, import_changes([info.result]))

    def participants_of(self, workshop_id: str) -> tuple[str, list[PackParticipant]]:
        """The workshop's title and its participants, for "Who are you?"."""
        from pcsc_workshop.core.models import Workshop
        from pcsc_workshop.core.people import list_participants

        with self._read() as s:
            workshop = s.get(Workshop, workshop_id)
            if workshop is None:
                raise KeyError(f"No workshop {workshop_id}")
            return workshop.title, [PackParticipant(p.id, p.name, p.delegation_label)
                                    for p in list_participants(s, workshop_id)]

    def choose_participant(self, workshop_id: str, participant_id: str) -> Outcome[str]:
        """This laptop is `participant_id` in the workshop (after opening a pack). Which
        laptop is whose is bookkeeping no page shows: nothing is announced."""
        from pcsc_workshop.core.exchange import choose_participant

        with self._write() as s:
            return Outcome(choose_participant(s, workshop_id, participant_id).participant_id)

    def current_participant(self, workshop_id: str) -> str | None:
        from pcsc_workshop.core.exchange import current_participant

        with self._read() as s:
            return current_participant(s, workshop_id)

    # -- plan bundles -------------------------------------------------------------------
    def send_plan(self, workshop_id: str, folder: Path) -> Outcome[PlanSent | None]:
        """Write this laptop's participant's bundle into `folder`; None if nobody was picked."""
        from pcsc_workshop.core.exchange import current_participant, write_bundle
        from pcsc_workshop.core.exchange.keys import own_public_key_if_any
        from pcsc_workshop.core.exchange.trust import fingerprint

        with self._write() as s:
            participant_id = current_participant(s, workshop_id)
            if participant_id is None:
                return Outcome(None)
            written = write_bundle(s, workshop_id, participant_id, folder)
            return Outcome(PlanSent(written.path, written.plan_revision,
                                    fingerprint(own_public_key_if_any(s) or "")))

    def write_bundles(self, workshop_id: str, out: Path,
                      participant_id: str | None = None) -> Outcome[list[WrittenFile]]:
        """One participant's bundle (to a file or into a folder), or everyone's into the
        folder `out` (rehearsals, tests, benchmarks). KeyError: no such workshop/person."""
        from pcsc_workshop.core.exchange import write_bundle, write_bundles
        from pcsc_workshop.core.models import Workshop

        with self._write() as s:
            if s.get(Workshop, workshop_id) is None:
                raise LookupError(f"No workshop {workshop_id}")
            if participant_id:
                return Outcome([write_bundle(s, workshop_id, participant_id, out)])
            return Outcome(write_bundles(s, workshop_id, out))

    def send_status(self, workshop_id: str) -> SendStatus | None:
        """When this laptop last sent its plan, and whether it changed since (hashes it)."""
        from pcsc_workshop.core.exchange import send_status

        with self._read() as s:
            return send_status(s, workshop_id)

    def participant_status(self, workshop_id: str) -> list[ParticipantStatus]:
        """Per participant: their last file, its plan revision, open conflicts."""
        from pcsc_workshop.core.exchange import participant_status

        with self._read() as s:
            return participant_status(s, workshop_id)

    # -- imports ------------------------------------------------------------------------
    @staticmethod
    def sort_files(paths: Iterable[Path]) -> Sorted:
        """Read each file's manifest to tell workshop packs from plan bundles (no database)."""
        from pcsc_workshop.core.exchange import parse_file
        from pcsc_workshop.core.exchange.limits import KIND_PACK

        packs: list[Path] = []
        others: list[Path] = []
        refusals: dict[Path, tuple[str, str]] = {}
        for path in map(Path, paths):
            try:
                kind = parse_file(path).manifest.kind
            except ExchangeError as exc:
                refusals[path] = (exc.code, exc.message)
                others.append(path)
                continue
            (packs if kind == KIND_PACK else others).append(path)
        return Sorted(packs, others, refusals)

    def import_files(self, paths: Iterable[Path | str], progress: Progress | None = None,
                     cancelled: Cancelled | None = None, *, allow_packs: bool = True,
                     new_facilitator: bool = False,
                     retry_for: float | None = None) -> Outcome[Collected]:
        """Import files one by one, each in one explicit transaction of its own.

        Each file is all or nothing: a refused file rolls its transaction back whole and the
        next file begins a fresh one (BEGIN IMMEDIATE: the write lock first, so an autosave
        in between is waited for, never a stale snapshot). A busy database is waited for
        and the file tried again. `allow_packs=False` where plans are collected: a workshop
        pack is refused there whatever it says. `progress(done, total)` after each file;
        `cancelled()` before each (the files not reached are not in the report)."""
        from pcsc_workshop.core.exchange.importer import import_each

        paths = [Path(p) for p in paths]
        report = import_each(self._write, paths, progress, cancelled, allow_packs=allow_packs,
                             retry_for=retry_for, new_facilitator=new_facilitator)
        return Outcome(Collected(report, len(paths)), import_changes(report.files))

    # -- plan bundles held from new laptops ---------------------------------------------
    def held(self, workshop_id: str) -> list[HeldInfo]:
        from pcsc_workshop.core.exchange import list_held

        with self._read() as s:
            return list_held(s, workshop_id)

    def accept_held(self, held_id: str) -> Outcome[ImportReport]:
        """Trust that laptop for its participant and import its held files, in one
        transaction (KeyError: no such held bundle)."""
        from pcsc_workshop.core.exchange import accept_held

        with self._write() as s:
            report = ImportReport(accept_held(s, held_id))
        return Outcome(report, import_changes(report.files))

    def discard_held(self, held_id: str) -> Outcome[int]:
        """Drop those held files (the laptop stays untrusted); how many were dropped."""
        from pcsc_workshop.core.exchange import discard_held

        with self._write() as s:
            return Outcome(discard_held(s, held_id))

    # -- conflicts ----------------------------------------------------------------------
    def conflicts(self, workshop_id: str) -> list[ConflictInfo]:
        from pcsc_workshop.core.exchange import list_conflicts

        with self._read() as s:
            return list_conflicts(s, workshop_id)

    def resolve_conflict(self, conflict_id: str,
                         choices: dict[str, Any]) -> Outcome[ConflictResolved]:
        """Settle a conflict field by field ("mine", "theirs" or a value); the result is an
        edit made here. ValueError names a value that cannot be stored; KeyError: gone."""
        from pcsc_workshop.core.exchange import resolve_conflict
        from pcsc_workshop.core.exchange.records import SPECS
        from pcsc_workshop.core.exchange.state import Conflict

        with self._write() as s:
            conflict = s.get(Conflict, conflict_id)
            table = conflict.table_name if conflict is not None else ""
            resolved = resolve_conflict(s, conflict_id, choices)
            owner = _owner_id(s, SPECS[table].model, resolved.record_id)
        kind = _KIND_OF_TABLE.get(table)
        return Outcome(resolved, Changes.of(**{kind: owner}) if kind else Changes.all())


def _owner_id(session: Session, model: type, record_id: str) -> str:
    """The id `Changes` names for a record: a plan's for its next steps and support, an
    assessment's for its scores, a workshop's for its agenda, the record's own otherwise."""
    from pcsc_workshop.core.models import AgendaItem, AssessmentScore, NextStep, SupportRequest

    row = session.get(model, record_id)
    if isinstance(row, NextStep | SupportRequest):
        return row.plan_id
    if isinstance(row, AssessmentScore):
        return row.assessment_id
    if isinstance(row, AgendaItem):
        return row.workshop_id
    return record_id
