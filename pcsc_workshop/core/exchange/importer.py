"""Import `.pcsc` files: check each completely, then merge it in one transaction.

A refused file changes nothing (it is checked before the database is touched, and the merge
runs in a savepoint that is rolled back on any error). A file imported twice is recognised by
its checksum and changes nothing the second time. The report says, per file, what happened in
words a facilitator understands, and counts what came in.

Who may send what is decided in `trust`: a bundle signed by a laptop not trusted for its
participant is *held* (kept, not applied). No exception leaves `import_file`: a file that
breaks any check is refused with a reason, and a database that is busy or failing is named
for what it is (`import_files` waits and retries a busy one, file by file, in a fresh
transaction each, so one failure never spoils the rest of a batch).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from pcsc_workshop.core.errors import (
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseIOError,
    DiskFull,
    ReadOnlyDatabase,
    classify,
)
from pcsc_workshop.core.exchange import limits as L
from pcsc_workshop.core.exchange import trust
from pcsc_workshop.core.exchange.errors import ExchangeError
from pcsc_workshop.core.exchange.keys import own_public_key_if_any
from pcsc_workshop.core.exchange.merge import ALIASES, CONFLICTS, Counts, Merger, Sender
from pcsc_workshop.core.exchange.reader import ParsedFile, parse_bytes, parse_file
from pcsc_workshop.core.exchange.state import ImportRecord, ParticipantKey
from pcsc_workshop.core.models import KEEP_REVISIONS, Participant, Workshop

ACCEPTED = "accepted"
_LIVE_WORKSHOPS = "pcsc.exchange.live_workshops"  # session.info: checked once per session
ALREADY_PRESENT = "already-present"
REFUSED = "refused"
HELD = "held"  # kept aside for the facilitator's decision (a laptop not trusted for them)
RETRY_FOR_S = 30.0  # how long one file waits for a busy database before it is given up


@dataclass
class FileResult:
    """What happened to one file."""

    path: Path
    status: str  # accepted / already-present / refused / held
    code: str = ""  # why it was refused or held, as a stable code (ExchangeError.code)
    reason: str = ""  # the same in plain English
    transient: bool = False  # refused for a passing reason (busy, disk full): try again later
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

    @property
    def held(self) -> list[FileResult]:
        return self._with(HELD)

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
    if person is None or person.workshop_id != m.workshop_id or person.deleted:
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
    for plan in parsed.payload.action_plans:
        if plan.participant_id is None and plan.delegation_id != person.delegation_id:
            raise ExchangeError(
                "foreign-record",
                "The bundle carries the shared plan of a delegation its sender does not "
                "belong to. Nothing was imported.")



# What an import says when the database itself fails (not the file), by the storage error's
# code from `core/errors.py` (one set of codes for the whole app: the UI words them once).
_IMPORT_MESSAGES: dict[str, str] = {
    DatabaseBusy.code: ("The database was busy (another window or import was writing to it) "
                        "for too long. Nothing was imported; try again."),
    DiskFull.code: ("The disk holding the database is full. Nothing was imported; free some "
                    "space and import again."),
    DatabaseIOError.code: ("The disk holding the database could not be read or written (an "
                           "input/output error). Nothing was imported; check the disk or USB "
                           "stick and try again."),
    ReadOnlyDatabase.code: ("The database cannot be written (it is read-only, or its file "
                            "could not be opened). Nothing was imported."),
    DatabaseCorrupt.code: ("The database itself is damaged. Nothing was imported; restore it "
                           "from a backup."),
}


def database_problem(exc: BaseException | None) -> ExchangeError | None:
    """Name a failure of the database itself (not of the file), or None if it is not one.

    Looks down the chain of exceptions: after a full disk or an I/O error SQLite rolls the
    whole transaction back, and what surfaces is "no such savepoint" from undoing the file's
    savepoint, raised while handling the real cause.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found = _one_problem(current)
        if found is not None:
            return found
        current = current.__cause__ or current.__context__
    return None


def _one_problem(exc: BaseException) -> ExchangeError | None:
    found = classify(exc)
    if found is None:
        return None
    message = _IMPORT_MESSAGES.get(found.code, str(found))
    return ExchangeError(found.code, message, transient=found.transient)


def refused_result(path: Path | str, exc: ExchangeError) -> FileResult:
    return FileResult(Path(path), REFUSED, code=exc.code, reason=exc.message,
                      transient=exc.transient)


def _is_own_file(session: Session, parsed: ParsedFile) -> bool:
    """Signed with this laptop's own key: everything in it was this database's content."""
    return parsed.signer == own_public_key_if_any(session)


def merge_parsed(session: Session, parsed: ParsedFile, *, allow_packs: bool = True,
                 new_facilitator: bool = False) -> FileResult:
    """Merge a checked file into the session's transaction, inside a savepoint.

    `allow_packs=False` where only plan bundles belong (Collect plans, the drop folder): a
    workshop pack is refused there whatever it says.
    """
    result = FileResult(parsed.path, ACCEPTED)
    _describe(result, parsed)
    m = parsed.manifest
    if m.kind == L.KIND_PACK and not allow_packs:
        raise ExchangeError(
            "pack-not-bundle",
            "This is a workshop pack, not a plan bundle. A pack carries the workshop, its "
            "agenda and everyone's records, so it is never taken where plans are collected. "
            "Nothing was changed. (A participant opens a pack with File \u2192 Open workshop "
            "pack.)")
    seen = session.scalar(select(ImportRecord.id).where(ImportRecord.sha256 == parsed.sha256))
    if seen is not None:
        result.status = ALREADY_PRESENT
        result.reason = "This file was imported before."
        return result
    if _is_own_file(session, parsed):
        result.status = ALREADY_PRESENT
        result.reason = "This file was written on this computer."
        return result
    decision = trust.BundleTrust()
    if m.kind == L.KIND_BUNDLE:
        _check_against_database(session, parsed)
        decision = trust.check_bundle(session, parsed)
        if decision.hold:
            result.status, result.code = HELD, decision.hold
            result.reason = trust.hold_message(session, parsed, decision)
            if not trust.hold(session, parsed, decision):
                result.reason += " (It was kept aside before.)"
            return result
    sender = Sender(peer_id=parsed.signer_id, sequence=m.sequence,
                    workshop_id=m.workshop_id, participant_id=m.participant_id or "",
                    file_name=parsed.path.name)
    session.flush()  # the caller's own edits get their revisions before we switch bumping off
    before = session.info.get(KEEP_REVISIONS)
    try:
        with session.begin_nested():
            if m.kind == L.KIND_PACK:
                sender.peer_id = trust.check_pack(session, parsed,
                                                  new_facilitator=new_facilitator)
            elif decision.pin:
                trust.pin(session, parsed)
            session.info[KEEP_REVISIONS] = True
            counts: Counts = Merger(session, sender).merge(parsed.tables())
            session.add(ImportRecord(
                workshop_id=m.workshop_id, kind=m.kind, file_name=parsed.path.name[:300],
                sha256=parsed.sha256, sender_installation_id=sender.peer_id,
                participant_id=m.participant_id or "", sequence=m.sequence,
                plan_revision=m.plan_revision or 0, file_created_at=m.created_at,
            ))
            session.flush()
    except DBAPIError as exc:
        problem = database_problem(exc)
        if problem is not None:
            raise problem from exc
        raise _cannot_merge() from exc
    except SQLAlchemyError as exc:
        raise _cannot_merge() from exc
    finally:
        session.info[KEEP_REVISIONS] = before
    result.new, result.updated = counts.new, counts.updated
    result.unchanged, result.conflicts = counts.unchanged, counts.conflicts
    return result


def _cannot_merge() -> ExchangeError:
    return ExchangeError("cannot-merge", "The file's records do not fit this workshop's data "
                         "(a reference to something missing). Nothing was imported.")


def _unexpected(exc: BaseException) -> ExchangeError:
    return ExchangeError("unreadable-content", "The file could not be read: it holds something "
                         f"this app does not understand ({type(exc).__name__}). Nothing was "
                         "imported.")


def import_file(session: Session, path: Path | str, *, allow_packs: bool = True,
                new_facilitator: bool = False) -> FileResult:
    """Check and merge one file; a refused file comes back with status "refused" and a reason.

    Never raises for a bad file or a failing database: a database problem comes back refused
    with `transient` set when trying again may work (the caller then rolls back and retries).
    """
    path = Path(path)
    try:
        parsed = parse_file(path)
        return merge_parsed(session, parsed, allow_packs=allow_packs,
                            new_facilitator=new_facilitator)
    except ExchangeError as exc:
        return refused_result(path, exc)
    except SQLAlchemyError as exc:  # outside the savepoint: a read, or the database itself
        return refused_result(path, database_problem(exc) or _unexpected(exc))
    except (MemoryError, RecursionError) as exc:
        return refused_result(path, _unexpected(exc))
    except Exception as exc:  # noqa: BLE001 - no file may crash the import of the others
        return refused_result(path, _unexpected(exc))


def _fresh(session: Session) -> None:
    """Roll back and forget what this session believed: the next file starts clean."""
    session.rollback()
    for key in (_LIVE_WORKSHOPS, ALIASES, CONFLICTS, trust.ROLES):
        session.info.pop(key, None)


Transaction = Callable[[], AbstractContextManager[Session]]
"""Opens one transaction: yields its session, commits on leaving, rolls back on any error
(`Store.session(write=True)`, which the door's `_write()` is)."""


class _Refused(Exception):  # noqa: N818 - not an error: unwinds one file's transaction
    """Raised inside a file's transaction to roll it back whole (the file was refused)."""

    def __init__(self, result: FileResult) -> None:
        super().__init__(result.code)
        self.result = result


def import_in(transaction: Transaction, path: Path | str, *, allow_packs: bool = True,
              retry_for: float | None = None, new_facilitator: bool = False) -> FileResult:
    """Import one file in a transaction of its own: committed whole, or rolled back whole.

    Why a fresh transaction per file, opened here: a failure (a refused file, a full disk,
    SQLite rolling a transaction back by itself) must end with nothing of that file and
    nothing stale for the next one: no open read snapshot, no per-session belief
    (`session.info`). A busy database (another window autosaving, a second import) is
    waited for and the file tried again in a new transaction, up to `retry_for` seconds.
    """
    path = Path(path)
    deadline = time.monotonic() + (RETRY_FOR_S if retry_for is None else retry_for)
    pause = 0.02
    while True:
        try:
            with transaction() as session:
                result = import_file(session, path, allow_packs=allow_packs,
                                     new_facilitator=new_facilitator)
                if result.status == REFUSED:
                    raise _Refused(result)
        except _Refused as refused:
            result = refused.result
        except Exception as exc:  # noqa: BLE001 - BEGIN or COMMIT failed: the database
            result = refused_result(path, database_problem(exc) or _unexpected(exc))
        if result.code != "database-busy" or time.monotonic() + pause > deadline:
            return result
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


def import_each(transaction: Transaction, paths: Iterable[Path | str],
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None, *,
                allow_packs: bool = True, retry_for: float | None = None,
                new_facilitator: bool = False) -> ImportReport:
    """Import files one by one, each in its own transaction (see `import_in`).

    Why not one transaction for the batch: a database error ends SQLite's transaction; had
    earlier files shared it, they would be lost with it, and one bad file would cost all.
    """
    paths = list(paths)
    report = ImportReport()
    for done, path in enumerate(paths):
        if cancelled is not None and cancelled():
            break
        report.files.append(import_in(transaction, path, allow_packs=allow_packs,
                                      retry_for=retry_for, new_facilitator=new_facilitator))
        if progress is not None:
            progress(done + 1, len(paths))
    return report


def _committing(session: Session) -> Transaction:
    """A transaction on the caller's session: committed per file, forgotten on failure."""
    @contextmanager
    def transaction() -> Iterator[Session]:
        try:
            yield session
            session.commit()
        except BaseException:
            _fresh(session)
            raise
    return transaction


def import_one(session: Session, path: Path | str, *, allow_packs: bool = True,
               retry_for: float | None = None, new_facilitator: bool = False) -> FileResult:
    """`import_in` on the caller's session, committed at once (the door opens a fresh
    transaction per file instead: `door.exchange.import_files`)."""
    return import_in(_committing(session), path, allow_packs=allow_packs,
                     retry_for=retry_for, new_facilitator=new_facilitator)


def import_files(session: Session, paths: Iterable[Path | str],
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, *,
                 allow_packs: bool = True, retry_for: float | None = None,
                 new_facilitator: bool = False) -> ImportReport:
    """`import_each` on the caller's session, committed file by file (scripts and tests; the
    app and the CLI go through `door.exchange.import_files`). Anything the caller had pending
    is committed first."""
    try:
        session.commit()
    except SQLAlchemyError:
        _fresh(session)
    return import_each(_committing(session), paths, progress, cancelled,
                       allow_packs=allow_packs, retry_for=retry_for,
                       new_facilitator=new_facilitator)


def accept_held(session: Session, held_id: str) -> list[FileResult]:
    """Trust the held bundle's laptop for its participant and import its held files.

    Returns one FileResult per held file (oldest first). The old laptop stays trusted as
    well: a participant's genuine later files are never ignored. (Here and not in `trust`:
    it imports, and the importer asks `trust` who may send what.)
    """
    group = trust.held_group(session, held_id)
    first = group[0]
    session.add(ParticipantKey(workshop_id=first.workshop_id, participant_id=first.participant_id,
                               public_key=first.public_key, how="accepted"))
    session.flush()
    results = []
    for held in group:
        try:
            results.append(merge_parsed(session, parse_bytes(held.file_name, held.data)))
        except ExchangeError as exc:
            results.append(refused_result(held.file_name, exc))
        session.delete(held)
    session.flush()
    return results
