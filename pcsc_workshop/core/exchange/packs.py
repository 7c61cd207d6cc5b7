"""Opening a workshop pack on a participant's laptop, and picking who you are.

Why through the same merge as bundles: a participant may open a newer pack after editing
(the facilitator fixed the agenda); their own edits must survive it just as a facilitator's do.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from pcsc_workshop.core.exchange import limits as L
from pcsc_workshop.core.exchange.errors import ExchangeError
from pcsc_workshop.core.exchange.identity import choose_participant, current_participant
from pcsc_workshop.core.exchange.importer import FileResult, merge_parsed
from pcsc_workshop.core.exchange.keys import own_signing_key
from pcsc_workshop.core.exchange.reader import parse_file
from pcsc_workshop.core.exchange.schema import PackPayload
from pcsc_workshop.core.people import list_participants


@dataclass(frozen=True)
class PackParticipant:
    id: str
    name: str
    delegation_label: str


@dataclass(frozen=True)
class PackInfo:
    """What a participant sees after opening a pack: the workshop and whom to pick."""

    workshop_id: str
    title: str
    curriculum_id: str
    curriculum_version: str
    participants: list[PackParticipant]
    chosen_participant_id: str | None
    result: FileResult
    # The participant a participant's own pack is for (then there is no name to pick).
    addressed_to: str | None = None


def open_pack(session: Session, path: Path | str, *, new_facilitator: bool = False) -> PackInfo:
    """Import a workshop pack into this database (empty or not); raise ExchangeError if refused.

    The first pack of a workshop pins its facilitator's key; a later pack signed by another
    key is refused unless `new_facilitator` (the participant confirmed the facilitator moved
    to another laptop).

    Next step for the caller: let the participant pick their name, then
    `choose_participant(session, info.workshop_id, participant_id)`.
    """
    parsed = parse_file(path)
    if parsed.manifest.kind != L.KIND_PACK:
        raise ExchangeError("not-a-pack", "This is a plan bundle sent back by a participant, "
                            "not a workshop pack. Use \u201cCollect plans\u201d to import it.")
    payload = parsed.payload
    if not isinstance(payload, PackPayload):  # the manifest says pack: the reader read one
        raise ExchangeError("not-a-pack", "This file is not a workshop pack.")
    result = merge_parsed(session, parsed, new_facilitator=new_facilitator)
    wid = parsed.manifest.workshop_id
    if result.status == "accepted":
        own_signing_key(session)  # joining: this laptop's own key, to sign what it sends
    addressed = parsed.manifest.participant_id
    if addressed and result.status == "accepted" and current_participant(session, wid) is None:
        choose_participant(session, wid, addressed)  # a participant's own pack names them
    people = [PackParticipant(p.id, p.name, p.delegation_label)
              for p in list_participants(session, wid)]
    return PackInfo(
        workshop_id=wid,
        title=payload.workshop.title,
        curriculum_id=payload.curriculum.id,
        curriculum_version=payload.curriculum.version,
        participants=people,
        chosen_participant_id=current_participant(session, wid),
        result=result,
        addressed_to=addressed,
    )
