"""Who may send what to this laptop (docs/exchange-format.md, "Trust model").

- A workshop made on this laptop is the facilitator's: it takes plan bundles for it, and never
  a workshop pack for it (a pack rewrites the workshop, agenda and everyone's records).
- A workshop that arrived in a pack is a participant's: it takes later packs only when signed
  by the same facilitator key as the first, and never plan bundles.
- A bundle is applied only when its signing key is trusted for its participant: the first key
  seen for a participant is pinned; any other key is held for the facilitator to accept as "a
  new laptop for this participant" (or to discard), never applied silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from pcsc_workshop.core.exchange import limits as L
from pcsc_workshop.core.exchange.errors import ExchangeError
from pcsc_workshop.core.exchange.keys import key_id
from pcsc_workshop.core.exchange.reader import ParsedFile
from pcsc_workshop.core.exchange.state import (
    HeldBundle,
    ImportRecord,
    ParticipantKey,
    WorkshopSource,
)
from pcsc_workshop.core.models import Participant, Workshop

ROLES = "pcsc.exchange.came_by_pack"  # session.info: workshop id -> came by pack
HELD_PER_KEY = 20  # held files kept per participant and laptop: later ones supersede older
NEW_LAPTOP = "new-laptop"
OTHER_PARTICIPANT = "other-participant"


def came_by_pack(session: Session, workshop_id: str) -> bool:
    """Whether this laptop got the workshop from a pack (it is a participant's for it).

    Databases from before packs were signed have no WorkshopSource yet: the pack they opened
    is in their import history.
    """
    known: dict[str, bool] = session.info.setdefault(ROLES, {})  # asked once per file
    if workshop_id not in known:
        known[workshop_id] = session.get(WorkshopSource, workshop_id) is not None or (
            session.scalar(select(ImportRecord.id).where(
                ImportRecord.workshop_id == workshop_id, ImportRecord.kind == L.KIND_PACK)
                .limit(1)) is not None)
    return known[workshop_id]


def _made_here(session: Session, workshop_id: str) -> bool:
    """The workshop exists here and did not come by pack: this is its facilitator's laptop.

    The demo workshop is made alike on every installation; it counts as made here only once
    this laptop has collected a bundle for it (a rehearsal with participants).
    """
    if session.get(Workshop, workshop_id) is None or came_by_pack(session, workshop_id):
        return False
    from pcsc_workshop.core.demo import DEMO_WORKSHOP_ID

    if workshop_id == DEMO_WORKSHOP_ID:
        return session.scalar(select(ImportRecord.id).where(
            ImportRecord.workshop_id == workshop_id).limit(1)) is not None
    return True


def check_pack(session: Session, parsed: ParsedFile, *, new_facilitator: bool = False) -> str:
    """Refuse a pack this laptop must not take; pin the facilitator's key on the first one.

    Returns the sender id the merge knows the facilitator by. Call inside the import's
    savepoint: the pin is undone with the import if it fails.
    """
    wid = parsed.manifest.workshop_id
    source = session.get(WorkshopSource, wid)
    if source is None:
        if _made_here(session, wid):
            raise ExchangeError(
                "pack-for-own-workshop",
                "This is a workshop pack for a workshop that was made on this computer. A pack "
                "carries the workshop, its agenda and everyone's records, so this computer "
                "never takes one for its own workshop; only participants' plan bundles come "
                "back to it. Nothing was changed.")
        session.add(WorkshopSource(workshop_id=wid, facilitator_key=parsed.signer,
                                   facilitator_peer=parsed.signer_id))
        session.info.pop(ROLES, None)  # this laptop is a participant's for it from now on
        return parsed.signer_id
    if source.facilitator_key != parsed.signer:
        if not new_facilitator:
            raise ExchangeError(
                "other-facilitator",
                "This workshop pack is signed by a different laptop than the facilitator's "
                "packs opened here before, so it may not be from your facilitator. Nothing "
                "was changed. Open it only if your facilitator told you they now use another "
                "laptop (the app asks; `pcsc-workshop import --new-facilitator FILE`).")
        source.facilitator_key = parsed.signer
    return source.facilitator_peer or key_id(source.facilitator_key)


@dataclass(frozen=True)
class BundleTrust:
    """What to do with a bundle: apply it (pinning its key if first) or hold it."""

    pin: bool = False
    hold: str = ""  # NEW_LAPTOP or OTHER_PARTICIPANT
    known_for: str = ""  # the participant the key already sends for


def check_bundle(session: Session, parsed: ParsedFile) -> BundleTrust:
    """Refuse a bundle on a participant's laptop; decide whether its key is trusted."""
    m = parsed.manifest
    if came_by_pack(session, m.workshop_id):
        raise ExchangeError(
            "bundle-on-participant-laptop",
            "This is a plan bundle, and this computer is a participant's laptop for this "
            "workshop (it was opened from a workshop pack). Plan bundles go to the "
            "facilitator's laptop. Nothing was changed.")
    pins = session.scalars(select(ParticipantKey).where(
        ParticipantKey.workshop_id == m.workshop_id,
        or_(ParticipantKey.participant_id == m.participant_id,
            ParticipantKey.public_key == parsed.signer))).all()
    mine = [p for p in pins if p.participant_id == m.participant_id]
    if any(p.public_key == parsed.signer for p in mine):
        return BundleTrust()
    elsewhere = sorted(p.participant_id for p in pins if p.participant_id != m.participant_id)
    if not mine and not elsewhere:
        return BundleTrust(pin=True)
    return BundleTrust(hold=OTHER_PARTICIPANT if elsewhere else NEW_LAPTOP,
                       known_for=elsewhere[0] if elsewhere else "")


def pin(session: Session, parsed: ParsedFile, how: str = "first") -> None:
    m = parsed.manifest
    session.add(ParticipantKey(workshop_id=m.workshop_id, participant_id=m.participant_id,
                               public_key=parsed.signer, how=how))


def hold(session: Session, parsed: ParsedFile, decision: BundleTrust) -> bool:
    """Keep the bundle for the facilitator's decision; False if it is held already."""
    m = parsed.manifest
    if session.scalar(select(HeldBundle.id).where(HeldBundle.sha256 == parsed.sha256)):
        return False
    session.add(HeldBundle(
        workshop_id=m.workshop_id, participant_id=m.participant_id, public_key=parsed.signer,
        sequence=m.sequence, file_name=parsed.path.name[:300], sha256=parsed.sha256,
        data=parsed.data, reason=decision.hold, known_for=decision.known_for,
        file_created_at=m.created_at))
    session.flush()
    # Bounded: a laptop sending again and again keeps only its newest files here.
    stale = session.scalars(select(HeldBundle.id).where(
        HeldBundle.participant_id == m.participant_id, HeldBundle.public_key == parsed.signer)
        .order_by(HeldBundle.sequence.desc()).offset(HELD_PER_KEY)).all()
    if stale:
        session.execute(delete(HeldBundle).where(HeldBundle.id.in_(stale)))
    return True


def hold_message(session: Session, parsed: ParsedFile, decision: BundleTrust) -> str:
    name = parsed.manifest.participant_name or "this participant"
    if decision.hold == OTHER_PARTICIPANT:
        other = session.get(Participant, decision.known_for)
        return (f"This plan bundle for {name} comes from the laptop that sends "
                f"{other.name if other else 'another participant'}\u2019s plans. It was kept "
                "aside, not applied: accept it if they share a laptop, or discard it.")
    return (f"This plan bundle for {name} comes from a laptop not seen before for them "
            "(their earlier plans came from another one). It was kept aside, not applied: "
            "accept it as a new laptop for this participant, or discard it.")


@dataclass(frozen=True)
class HeldInfo:
    """A held bundle, for the facilitator's decision."""

    id: str
    workshop_id: str
    participant_id: str
    participant_name: str
    reason: str  # NEW_LAPTOP or OTHER_PARTICIPANT
    known_for_name: str
    file_name: str
    files: int  # held files from the same laptop for the same participant
    sent_at: datetime
    held_at: datetime
    key_fingerprint: str  # short, to compare with what the participant's laptop shows


def fingerprint(public_key: str) -> str:
    """A short form of a key a person can read aloud: 4 groups of 4 hex digits."""
    return " ".join(public_key[i:i + 4] for i in range(0, 16, 4))


def list_held(session: Session, workshop_id: str) -> list[HeldInfo]:
    """Held bundles, one entry per participant and laptop (newest file), oldest first."""
    rows = session.scalars(select(HeldBundle).where(HeldBundle.workshop_id == workshop_id)
                           .order_by(HeldBundle.held_at, HeldBundle.id)).all()
    groups: dict[tuple[str, str], list[HeldBundle]] = {}
    for row in rows:
        groups.setdefault((row.participant_id, row.public_key), []).append(row)
    out = []
    for (pid, key), items in groups.items():
        newest = max(items, key=lambda r: r.sequence)
        person = session.get(Participant, pid)
        other = session.get(Participant, newest.known_for) if newest.known_for else None
        out.append(HeldInfo(
            id=newest.id, workshop_id=workshop_id, participant_id=pid,
            participant_name=person.name if person else "", reason=newest.reason,
            known_for_name=other.name if other else "", file_name=newest.file_name,
            files=len(items), sent_at=newest.file_created_at, held_at=items[0].held_at,
            key_fingerprint=fingerprint(key)))
    return out


def held_group(session: Session, held_id: str) -> list[HeldBundle]:
    first = session.get(HeldBundle, held_id)
    if first is None:
        raise KeyError(f"No held bundle {held_id}")
    return list(session.scalars(select(HeldBundle).where(
        HeldBundle.participant_id == first.participant_id,
        HeldBundle.public_key == first.public_key).order_by(HeldBundle.sequence)).all())


def discard_held(session: Session, held_id: str) -> int:
    """Drop the held files of that participant from that laptop; the key stays untrusted."""
    group = held_group(session, held_id)
    for held in group:
        session.delete(held)
    session.flush()
    return len(group)


@dataclass(frozen=True)
class Scope:
    """What a participant's laptop shows and edits of a workshop's plans."""

    participant_id: str | None  # None until they picked their name
    delegation_id: str | None


def participant_scope(session: Session, workshop_id: str) -> Scope | None:
    """None on the facilitator's laptop (every plan); on a participant's laptop their own
    plan and their delegation's shared plan only — what their bundle carries back."""
    if not came_by_pack(session, workshop_id):
        return None
    from pcsc_workshop.core.exchange.identity import current_participant

    pid = current_participant(session, workshop_id)
    person = session.get(Participant, pid) if pid else None
    if person is None or person.deleted:
        return Scope(None, None)
    return Scope(person.id, person.delegation_id)
