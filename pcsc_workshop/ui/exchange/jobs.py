"""The work behind the exchange actions, run on worker threads (no widgets here).

Each function opens its own session on the store and returns plain data for the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the database layer loads after the window shows (see MainWindow)
    from pcsc_workshop.core.store import Store

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class PackWritten:
    """What went into a workshop pack, for the confirmation message."""

    path: Path
    delegations: int
    participants: int
    agenda_items: int
    records: int


@dataclass(frozen=True)
class Collected:
    """An import report plus how many files were asked for (fewer done = cancelled)."""

    report: object  # core.exchange.ImportReport
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
    # words the reason in the reader's language (common.refusal_text)
    refusals: dict[Path, tuple[str, str]]


def create_pack(store: Store, workshop_id: str, path: Path) -> PackWritten:
    from sqlalchemy import func, select

    from pcsc_workshop.core.exchange import write_pack
    from pcsc_workshop.core.models import AgendaItem
    from pcsc_workshop.core.people import list_delegations, list_participants

    with store.session() as s:
        written = write_pack(s, workshop_id, path)
        agenda = s.scalar(select(func.count()).select_from(AgendaItem).where(
            AgendaItem.workshop_id == workshop_id, AgendaItem.deleted.is_(False)))
        return PackWritten(written.path, len(list_delegations(s, workshop_id)),
                           len(list_participants(s, workshop_id)), agenda or 0,
                           written.records)


def create_packs(store: Store, workshop_id: str, folder: Path) -> list[Path]:
    """One own pack per participant (their plan and their delegation's) into `folder`."""
    from pcsc_workshop.core.exchange import write_packs

    with store.session() as s:
        return [w.path for w in write_packs(s, workshop_id, folder)]


def open_pack(store: Store, path: Path, new_facilitator: bool = False):
    """Import the pack; returns core `PackInfo` (raises ExchangeError if refused)."""
    from pcsc_workshop.core.exchange import open_pack as core_open_pack

    with store.session() as s:
        return core_open_pack(s, path, new_facilitator=new_facilitator)


def participants_of(store: Store, workshop_id: str) -> tuple[str, list]:
    """The workshop's title and its participants, for the name picker."""
    from pcsc_workshop.core.exchange import PackParticipant
    from pcsc_workshop.core.models import Workshop
    from pcsc_workshop.core.people import list_participants

    with store.session() as s:
        title = s.get(Workshop, workshop_id).title
        return title, [PackParticipant(p.id, p.name, p.delegation_label)
                       for p in list_participants(s, workshop_id)]


def choose(store: Store, workshop_id: str, participant_id: str) -> str:
    from pcsc_workshop.core.exchange import choose_participant

    with store.session() as s:
        return choose_participant(s, workshop_id, participant_id).participant_id


def send_plan(store: Store, workshop_id: str, folder: Path) -> PlanSent | None:
    """Write this laptop's participant's bundle into `folder`; None if nobody was picked."""
    from pcsc_workshop.core.exchange import current_participant, write_bundle
    from pcsc_workshop.core.exchange.keys import own_public_key_if_any
    from pcsc_workshop.core.exchange.trust import fingerprint

    with store.session() as s:
        participant_id = current_participant(s, workshop_id)
        if participant_id is None:
            return None
        written = write_bundle(s, workshop_id, participant_id, folder)
        return PlanSent(written.path, written.plan_revision,
                        fingerprint(own_public_key_if_any(s) or ""))


def send_status(store: Store, workshop_id: str):
    from pcsc_workshop.core.exchange import send_status as core_send_status

    with store.session() as s:
        return core_send_status(s, workshop_id)


def collect(store: Store, paths: Iterable[Path], progress: Progress | None = None,
            cancelled: Cancelled | None = None) -> Collected:
    from pcsc_workshop.core.exchange import import_files

    paths = [Path(p) for p in paths]
    # write=True: BEGIN IMMEDIATE per file, so an autosave in between cannot make a stale
    # read snapshot fail at once (storage-safety's measurement: 23 of 100 refused without it).
    with store.session(write=True) as s:
        # Where plans are collected, a workshop pack is refused whatever it says.
        report = import_files(s, paths, progress, cancelled, allow_packs=False)
    return Collected(report, len(paths))


def held_bundles(store: Store, workshop_id: str) -> list:
    from pcsc_workshop.core.exchange import list_held

    with store.session() as s:
        return list_held(s, workshop_id)


def decide_held(store: Store, held_id: str, accept: bool) -> object:
    """Accept (import) or discard a held bundle; returns an ImportReport when accepted."""
    from pcsc_workshop.core.exchange import ImportReport, accept_held, discard_held

    with store.session(write=True) as s:
        if accept:
            return ImportReport(accept_held(s, held_id))
        discard_held(s, held_id)
        return None


def sort_files(paths: Iterable[Path]) -> Sorted:
    """Read each file's manifest to tell workshop packs from plan bundles."""
    from pcsc_workshop.core.exchange import ExchangeError, parse_file
    from pcsc_workshop.core.exchange.limits import KIND_PACK

    packs, others, refusals = [], [], {}
    for path in map(Path, paths):
        try:
            kind = parse_file(path).manifest.kind
        except ExchangeError as exc:
            refusals[path] = (exc.code, exc.message)
            others.append(path)
            continue
        (packs if kind == KIND_PACK else others).append(path)
    return Sorted(packs, others, refusals)


def participant_status(store: Store, workshop_id: str) -> list:
    from pcsc_workshop.core.exchange import participant_status as core_status

    with store.session() as s:
        return core_status(s, workshop_id)
