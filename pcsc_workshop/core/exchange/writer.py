"""Write workshop packs (facilitator → participants) and plan bundles (participant → back).

Every file is built from the database, checked against the same pydantic models the importer
uses (so we never hand out a file another laptop would refuse), then written atomically.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pcsc_workshop import __version__
from pcsc_workshop.core.exchange import limits as L
from pcsc_workshop.core.exchange import schema as S
from pcsc_workshop.core.exchange.archive import build_archive, write_atomic
from pcsc_workshop.core.exchange.errors import ExchangeError
from pcsc_workshop.core.exchange.identity import installation, next_sequence
from pcsc_workshop.core.exchange.keys import own_signing_key, sign
from pcsc_workshop.core.exchange.records import SPECS, content_hash, row_values, to_jsonable
from pcsc_workshop.core.exchange.state import RecordState, SendRecord
from pcsc_workshop.core.models import (
    ActionPlan,
    AgendaItem,
    Assessment,
    AssessmentScore,
    Delegation,
    LocalItem,
    NextStep,
    Participant,
    QuizAttempt,
    SupportRequest,
    Travelling,
    Workshop,
    utcnow,
)


@dataclass(frozen=True)
class WrittenFile:
    """A pack or bundle just written: where, its checksum, and what it carried."""

    path: Path
    sha256: str
    kind: str
    sequence: int
    participant_id: str | None
    plan_revision: int
    records: int


def _workshop(session: Session, workshop_id: str) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None or workshop.deleted:
        raise KeyError(f"No workshop with id {workshop_id}")
    return workshop


def _rows(session: Session, model: type[Travelling], *where: Any) -> list[Travelling]:
    return list(session.scalars(select(model).where(*where).order_by(model.id)).all())


def _live_people(session: Session, workshop_id: str) -> list[Participant]:
    return list(session.scalars(select(Participant).where(
        Participant.workshop_id == workshop_id, Participant.deleted.is_(False))
        .order_by(Participant.id)).all())


def _in(column: Any, ids: Iterable[str]) -> Any:
    return column.in_(list(ids))


def _serialise(session: Session, tables: dict[str, list[Travelling]]) -> tuple[dict, str]:
    """Rows as JSON-ready dicts with their `base` marker, and a hash over all their content."""
    ids = [r.id for rows in tables.values() for r in rows]
    bases: dict[str, str] = {}
    for chunk in range(0, len(ids), 900):
        bases.update(session.execute(
            select(RecordState.record_id, RecordState.base_hash)
            .where(RecordState.record_id.in_(ids[chunk:chunk + 900]))
        ).all())
    out: dict[str, Any] = {}
    fingerprint = hashlib.sha256()
    for name, rows in tables.items():
        spec = SPECS[name]
        items = []
        for row in rows:
            values = row_values(spec, row)
            fingerprint.update(f"{row.id}:{content_hash(spec, values)};".encode())
            item = to_jsonable(values)
            item["base"] = bases.get(row.id) or None
            items.append(item)
        out[name] = items
    return out, fingerprint.hexdigest()


def _pack_file(session: Session, workshop: Workshop, kind: str, payload: dict, path: Path,
               *, participant: Participant | None, plan_revision: int, fingerprint: str,
               model: type[S.Strict]) -> WrittenFile:
    blob = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    try:
        model.model_validate_json(blob)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ExchangeError("cannot-write", f"This workshop cannot be written to a file: "
                            f"{where}: {err['msg']}.") from exc
    key = own_signing_key(session)
    sequence = next_sequence(session)
    payload_name = L.PAYLOAD_NAMES[kind]
    manifest = {
        "format": L.FORMAT_NAME,
        "format_version": L.FORMAT_VERSION,
        "kind": kind,
        "workshop_id": workshop.id,
        "workshop_title": workshop.title[:300],
        "created_at": utcnow().isoformat(),
        "app_version": __version__,
        "sender_installation_id": installation(session).installation_id,
        "signing_key": bytes(key.verify_key).hex(),
        "sequence": sequence,
        "participant_id": participant.id if participant else None,
        "participant_name": participant.name[:300] if participant else None,
        "plan_revision": plan_revision if participant else None,
        "payload": {"name": payload_name, "sha256": hashlib.sha256(blob).hexdigest(),
                    "size": len(blob)},
    }
    manifest_blob = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    data = build_archive({
        L.MANIFEST_NAME: manifest_blob,
        # The manifest names the payload's sha256: signing it signs the whole file.
        L.SIGNATURE_NAME: sign(key, manifest_blob).encode("ascii"),
        payload_name: blob,
    })
    write_atomic(path, data)
    digest = hashlib.sha256(data).hexdigest()
    records = sum(len(v) for v in payload.values() if isinstance(v, list)) + (
        1 if kind == L.KIND_PACK else 0)
    session.add(SendRecord(
        workshop_id=workshop.id, kind=kind, participant_id=participant.id if participant else "",
        file_name=path.name[:300], sha256=digest, sequence=sequence, plan_revision=plan_revision,
        content_hash=fingerprint,
    ))
    session.flush()
    return WrittenFile(path, digest, kind, sequence, participant.id if participant else None,
                       plan_revision, records)


def _ensure_shared_rows(session: Session, workshop: Workshop) -> None:
    """Give every participant a plan and every delegation an assessment before packing.

    Why: a record made on the facilitator's laptop and handed out keeps one id everywhere, so
    the edits of a delegation's members meet in the same record instead of in duplicates.
    """
    with_plan = set(session.scalars(select(ActionPlan.participant_id).where(
        ActionPlan.workshop_id == workshop.id, ActionPlan.deleted.is_(False))).all())
    for person_id in session.scalars(select(Participant.id).where(
            Participant.workshop_id == workshop.id, Participant.deleted.is_(False))).all():
        if person_id not in with_plan:  # an empty plan, as plans.plan_for_participant makes
            session.add(ActionPlan(workshop_id=workshop.id, participant_id=person_id))
    have = set(session.scalars(select(Assessment.delegation_id).where(
        Assessment.workshop_id == workshop.id, Assessment.participant_id.is_(None),
        Assessment.deleted.is_(False))).all())
    for delegation in _rows(session, Delegation, Delegation.workshop_id == workshop.id,
                            Delegation.deleted.is_(False)):
        if delegation.id not in have:
            session.add(Assessment(workshop_id=workshop.id, delegation_id=delegation.id))
    session.flush()


def _plan_rows(session: Session, plans: list[Travelling]) -> dict[str, list[Travelling]]:
    plan_ids = [p.id for p in plans]
    return {"action_plans": plans,
            "next_steps": _rows(session, NextStep, _in(NextStep.plan_id, plan_ids)),
            "support_requests": _rows(session, SupportRequest,
                                      _in(SupportRequest.plan_id, plan_ids))}


def _assessment_rows(session: Session, assessments: list[Travelling]
                     ) -> dict[str, list[Travelling]]:
    return {"assessments": assessments,
            "assessment_scores": _rows(session, AssessmentScore, _in(
                AssessmentScore.assessment_id, [a.id for a in assessments]))}


def pack_tables(session: Session, workshop: Workshop, participant: Participant | None
                ) -> dict[str, list[Travelling]]:
    """What a pack carries: only what its reader needs (privacy by design).

    Everyone's pack: the workshop, agenda, delegations, people's names (no e-mails) and local
    content. A participant's own pack adds their own plan and self-assessment, and their
    delegation's shared plan and assessment; never anyone else's plans, support requests,
    evidence or quiz answers.
    """
    wid = workshop.id
    tables: dict[str, list[Travelling]] = {
        "agenda_items": _rows(session, AgendaItem, AgendaItem.workshop_id == wid),
        "delegations": _rows(session, Delegation, Delegation.workshop_id == wid),
        "participants": _rows(session, Participant, Participant.workshop_id == wid),
        "local_items": _rows(session, LocalItem, or_(LocalItem.workshop_id == wid,
                                                     LocalItem.workshop_id.is_(None))),
    }
    plans: list[Travelling] = []
    assessments: list[Travelling] = []
    if participant is not None:
        plans = _rows(session, ActionPlan, ActionPlan.workshop_id == wid,
                      ActionPlan.participant_id == participant.id)
        assessments = _rows(session, Assessment, Assessment.workshop_id == wid,
                            Assessment.participant_id == participant.id)
        if participant.delegation_id:
            plans += _rows(session, ActionPlan, ActionPlan.workshop_id == wid,
                           ActionPlan.participant_id.is_(None),
                           ActionPlan.delegation_id == participant.delegation_id)
            assessments += _rows(session, Assessment, Assessment.workshop_id == wid,
                                 Assessment.participant_id.is_(None),
                                 Assessment.delegation_id == participant.delegation_id)
    return {**tables, **_assessment_rows(session, assessments), **_plan_rows(session, plans)}


def write_pack(session: Session, workshop_id: str, path: Path | str,
               participant_id: str | None = None) -> WrittenFile:
    """Write a workshop pack for participants' laptops (e-mails stay behind).

    Without `participant_id`: the pack for everyone (no plans, no assessments). With it:
    that participant's own pack, which also carries their plan and self-assessment and their
    delegation's shared plan and assessment; the manifest names them, so opening it picks
    them at once.
    """
    workshop = _workshop(session, workshop_id)
    person = None
    if participant_id is not None:
        person = session.get(Participant, participant_id)
        if person is None or person.workshop_id != workshop.id or person.deleted:
            raise KeyError(f"No participant {participant_id} in workshop {workshop_id}")
    _ensure_shared_rows(session, workshop)
    tables = pack_tables(session, workshop, person)
    payload, fingerprint = _serialise(session, {"workshop": [workshop], **tables})
    payload["workshop"] = payload["workshop"][0]
    payload = {"curriculum": {"id": workshop.curriculum_id[:100],
                              "version": workshop.curriculum_version[:40]}, **payload}
    return _pack_file(session, workshop, L.KIND_PACK, payload, Path(path), participant=person,
                      plan_revision=plan_revision_of(tables) if person else 0,
                      fingerprint=fingerprint, model=S.PackPayload)


def write_packs(session: Session, workshop_id: str, folder: Path | str) -> list[WrittenFile]:
    """One pack per participant into `folder`, each named after its participant."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    workshop = _workshop(session, workshop_id)
    people = _live_people(session, workshop_id)
    out = []
    for person in people:
        name = bundle_file_name(workshop.title, person.name, 0).replace("-r0-", "-pack-")
        out.append(write_pack(session, workshop_id, _free_name(folder, name), person.id))
    return out


def bundle_tables(session: Session, participant: Participant) -> dict[str, list[Travelling]]:
    """The rows a participant's bundle carries: their plan, their delegation's shared plan
    and assessment, their own assessment and quiz attempts — tombstones included, so
    deletions travel. (Exactly what their laptop lets them edit: nothing is left out.)"""
    plans = _rows(session, ActionPlan, ActionPlan.workshop_id == participant.workshop_id,
                  ActionPlan.participant_id == participant.id)
    if participant.delegation_id:
        plans += _rows(session, ActionPlan, ActionPlan.workshop_id == participant.workshop_id,
                       ActionPlan.participant_id.is_(None),
                       ActionPlan.delegation_id == participant.delegation_id)
    plan_ids = [p.id for p in plans]
    owner = Assessment.participant_id == participant.id
    if participant.delegation_id:
        owner = or_(owner, (Assessment.delegation_id == participant.delegation_id)
                    & Assessment.participant_id.is_(None))
    assessments = _rows(session, Assessment,
                        Assessment.workshop_id == participant.workshop_id, owner)
    return {
        "action_plans": plans,
        "next_steps": _rows(session, NextStep, _in(NextStep.plan_id, plan_ids)),
        "support_requests": _rows(session, SupportRequest, _in(SupportRequest.plan_id, plan_ids)),
        "assessments": assessments,
        "assessment_scores": _rows(session, AssessmentScore, _in(
            AssessmentScore.assessment_id, [a.id for a in assessments])),
        "quiz_attempts": _rows(session, QuizAttempt,
                               QuizAttempt.workshop_id == participant.workshop_id,
                               QuizAttempt.participant_id == participant.id),
    }


def _safe(text: str, limit: int) -> str:
    """Letters (any script), digits and hyphens: readable names that every file system takes."""
    text = unicodedata.normalize("NFC", text)
    kept = "".join(c if unicodedata.category(c)[0] in "LMN" else "-" for c in text)
    kept = re.sub(r"-+", "-", kept).strip("-")[:limit].strip("-")
    return kept.lower() if kept.isascii() else kept


def bundle_file_name(workshop_title: str, participant_name: str, plan_revision: int,
                     when: Any = None) -> str:
    """`<workshop>-<participant>-r<revision>-<YYYYmmdd-HHMM>.pcsc`, e.g.
    `smart-cities-technical-ana-cossa-r4-20161116-1530.pcsc`."""
    when = when or utcnow()
    short = "-".join(_safe(title, 40) for title in workshop_title.split()[:3]).strip("-")
    return (f"{_safe(short, 30) or 'workshop'}-{_safe(participant_name, 40) or 'participant'}"
            f"-r{plan_revision}-{when:%Y%m%d-%H%M}.pcsc")


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    n = 2
    while target.exists():
        target = folder / name.replace(".pcsc", f"-{n}.pcsc")
        n += 1
    return target


def plan_revision_of(tables: dict[str, list[Travelling]]) -> int:
    """The revision of the participant's own plan (their delegation's is not "their plan")."""
    live = [p.revision for p in tables["action_plans"]
            if isinstance(p, ActionPlan) and not p.deleted and p.participant_id is not None]
    return max(live, default=0)


def write_bundle(session: Session, workshop_id: str, participant_id: str,
                 out: Path | str) -> WrittenFile:
    """Write one participant's plan bundle to `out` (a file, or a folder to name it in)."""
    workshop = _workshop(session, workshop_id)
    person = session.get(Participant, participant_id)
    if person is None or person.workshop_id != workshop.id or person.deleted:
        raise KeyError(f"No participant {participant_id} in workshop {workshop_id}")
    session.flush()
    tables = bundle_tables(session, person)
    revision = plan_revision_of(tables)
    out = Path(out)
    if out.is_dir():
        out = _free_name(out, bundle_file_name(workshop.title, person.name, revision))
    payload, fingerprint = _serialise(session, tables)
    return _pack_file(session, workshop, L.KIND_BUNDLE, payload, out, participant=person,
                      plan_revision=revision, fingerprint=fingerprint, model=S.BundlePayload)


def write_bundles(session: Session, workshop_id: str, folder: Path | str) -> list[WrittenFile]:
    """One bundle per participant into `folder` (for tests, benchmarks and rehearsals)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    people = _live_people(session, workshop_id)
    return [write_bundle(session, workshop_id, p.id, folder) for p in people]


def bundle_fingerprint(session: Session, participant: Participant) -> str:
    """The content hash a bundle would carry now (to tell "changed since last sent")."""
    return _serialise(session, bundle_tables(session, participant))[1]
