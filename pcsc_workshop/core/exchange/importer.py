"""Import `.pcsc` files: check each completely, then merge it in one transaction.

A refused file changes nothing (it is checked before the database is touched, and the merge
runs in a savepoint that is rolled back on any error). A file imported twice is recognised by
its checksum and changes nothing the second time. The report says, per file, what happened in
words a facilitator understands, and counts what came in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from pcsc_workshop.core.exchange import limits as L
from pcsc_workshop.core.exchange.errors import ExchangeError
from pcsc_workshop.core.exchange.identity import installation_id_if_any
from pcsc_workshop.core.exchange.merge import Counts, Merger, Sender
from pcsc_workshop.core.exchange.reader import ParsedFile, parse_file
from pcsc_workshop.core.exchange.state import ImportRecord
from pcsc_workshop.core.models import KEEP_REVISIONS, Participant, Workshop

ACCEPTED = "accepted"
_LIVE_WORKSHOPS = "pcsc.exchange.live_workshops"  # session.info: checked once per session
ALREADY_PRESENT = "already-present"
REFUSED = "refused"


@dataclass
class FileResult:
    """What happened to one file."""

    path: Path
    status: str  # accepted / already-present / refused
    code: str = ""  # why it was refused, as a stable code (ExchangeError.code)
    reason: str = ""  # the same in plain English
    kind: str = ""
    workshop_id: str = ""
    participant_id: str = ""
    participant_name: str = ""
    plan_revision: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0

    @property
    def file_name(self) -> str:
        return self.path.name


@dataclass
class ImportReport:
    """Every file's outcome and the totals, for the import dialog and the CLI."""

    files: list[FileResult] = field(default_factory=list)

    def _with(self, status: str) -> list[FileResult]:
        return [f for f in self.files if f.status == status]

    @property
    def accepted(self) -> list[FileResult]:
        return self._with(ACCEPTED)

    @property
    def already_present(self) -> list[FileResult]:
        return self._with(ALREADY_PRESENT)

    @property
    def refused(self) -> list[FileResult]:
        return self._with(REFUSED)

    def total(self, what: str) -> int:
        """Sum of `new`, `updated`, `unchanged` or `conflicts` over all files."""
        return sum(getattr(f, what) for f in self.files)


def _describe(result: FileResult, parsed: ParsedFile) -> None:
    m = parsed.manifest
    result.kind, result.workshop_id = m.kind, m.workshop_id
    result.participant_id = m.participant_id or ""
    result.participant_name = m.participant_name or ""
    result.plan_revision = m.plan_revision or 0


def _check_against_database(session: Session, parsed: ParsedFile) -> None:
    """A bundle must be for a workshop and a participant this laptop knows."""
    m = parsed.manifest
    if m.kind != L.KIND_BUNDLE:
        return
    live: dict[str, str] = session.info.setdefault(_LIVE_WORKSHOPS, {})  # id -> title
    if m.workshop_id not in live:
        workshop = session.get(Workshop, m.workshop_id)
        if workshop is None or workshop.deleted:
            raise ExchangeError(
                "other-workshop",
                f"This plan bundle is for the workshop \u201c{m.workshop_title}\u201d, which is "
                "not on this computer. Was it meant for another facilitator?")
        live[m.workshop_id] = workshop.title
    person = session.get(Participant, m.participant_id)
    if person is not None and person.deleted and person.workshop_id == m.workshop_id:
        # storage-safety: their data was erased for privacy; nothing of theirs comes back
        raise ExchangeError(
            "participant-deleted",
            "This plan bundle comes from a participant whose data was deleted on this "
            "computer (for privacy). It was not imported; if they should take part again, "
            "add them again and ask them to open a new workshop pack.")
    if person is None or person.workshop_id != m.workshop_id:
        raise ExchangeError(
            "unknown-participant",
            f"This plan bundle comes from {m.participant_name or 'a participant'}, who is not "
            f"registered in \u201c{live[m.workshop_id]}\u201d on this computer.")
    for assessment in parsed.payload.assessments:
        if assessment.participant_id is None and assessment.delegation_id != person.delegation_id:
            raise ExchangeError(
                "foreign-record",
                "The bundle carries an assessment of a delegation its sender does not belong "
                "to. Nothing was imported.")


def merge_parsed(session: Session, parsed: ParsedFile) -> FileResult:
    """Merge a checked file into the session's transaction, inside a savepoint."""
    result = FileResult(parsed.path, ACCEPTED)
    _describe(result, parsed)
    seen = session.scalar(select(ImportRecord.id).where(ImportRecord.sha256 == parsed.sha256))
    if seen is not None:
        result.status = ALREADY_PRESENT
        result.reason = "This file was imported before."
        return result
    if parsed.manifest.sender_installation_id == installation_id_if_any(session):
        # Everything in it was, at some point, this database's own content: nothing is new.
        result.status = ALREADY_PRESENT
        result.reason = "This file was written on this computer."
        return result
    _check_against_database(session, parsed)
    m = parsed.manifest
    sender = Sender(peer_id=m.sender_installation_id, sequence=m.sequence,
                    workshop_id=m.workshop_id, participant_id=m.participant_id or "",
                    file_name=parsed.path.name)
    session.flush()  # the caller's own edits get their revisions before we switch bumping off
    before = session.info.get(KEEP_REVISIONS)
    try:
        with session.begin_nested():
            session.info[KEEP_REVISIONS] = True
            counts: Counts = Merger(session, sender).merge(parsed.tables())
            session.add(ImportRecord(
                workshop_id=m.workshop_id, kind=m.kind, file_name=parsed.path.name[:300],
                sha256=parsed.sha256, sender_installation_id=m.sender_installation_id,
                participant_id=m.participant_id or "", sequence=m.sequence,
                plan_revision=m.plan_revision or 0, file_created_at=m.created_at,
            ))
            session.flush()
    except SQLAlchemyError as exc:
        raise ExchangeError("cannot-merge", "The file's records do not fit this workshop's data "
                            "(a reference to something missing). Nothing was imported.") from exc
    finally:
        session.info[KEEP_REVISIONS] = before
    result.new, result.updated = counts.new, counts.updated
    result.unchanged, result.conflicts = counts.unchanged, counts.conflicts
    return result


def import_file(session: Session, path: Path | str) -> FileResult:
    """Check and merge one file; a refused file comes back with status "refused" and a reason."""
    path = Path(path)
    try:
        parsed = parse_file(path)
        return merge_parsed(session, parsed)
    except ExchangeError as exc:
        return FileResult(path, REFUSED, code=exc.code, reason=exc.message)


def import_files(session: Session, paths: Iterable[Path | str],
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Import files one by one (each all or nothing); the caller commits the session."""
    paths = list(paths)
    report = ImportReport()
    for done, path in enumerate(paths):
        if cancelled is not None and cancelled():
            break
        report.files.append(import_file(session, path))
        if progress is not None:
            progress(done + 1, len(paths))
    return report
