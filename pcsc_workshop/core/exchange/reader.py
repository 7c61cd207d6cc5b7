"""Check a `.pcsc` file completely — container, manifest, payload, cross-references —
without touching the database. Only a file that passes every check reaches the merge.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError
from pydantic_core import from_json

from pcsc_workshop.core.exchange import limits as L
from pcsc_workshop.core.exchange import schema as S
from pcsc_workshop.core.exchange.archive import Archive, read_archive, read_archive_bytes
from pcsc_workshop.core.exchange.errors import ExchangeError
from pcsc_workshop.core.exchange.keys import key_id, verify
from pcsc_workshop.core.exchange.records import ORDER


@dataclass(frozen=True)
class ParsedFile:
    """A checked file: its manifest, its records per table, its checksum, and its signer."""

    path: Path
    sha256: str
    manifest: S.Manifest
    payload: S.PackPayload | S.BundlePayload
    data: bytes = b""  # the file as read (a held bundle is kept as these bytes)

    @property
    def signer(self) -> str:
        """The public key (hex) that signed the file; its signature was checked."""
        return self.manifest.signing_key

    @property
    def signer_id(self) -> str:
        """The sender as the merge knows it: derived from the key, not from what it claims."""
        return key_id(self.manifest.signing_key)

    def tables(self) -> dict[str, list[S.Record]]:
        out: dict[str, list[S.Record]] = {}
        for name in ORDER:
            value = getattr(self.payload, name, None)
            if value is None:
                continue
            out[name] = [value] if isinstance(value, S.Record) else list(value)
        return out


def _text(blob: bytes, what: str) -> str:
    try:
        return blob.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExchangeError("bad-utf8", f"The {what} is not valid UTF-8 text; the file is "
                            "damaged or was not made by PCSC Workshop.") from exc


def _explain(exc: ValidationError, what: str) -> ExchangeError:
    errors = exc.errors(include_url=False)
    first = errors[0]
    if first["type"] == "json_invalid":
        return ExchangeError("bad-json", f"The {what} is not valid JSON ({first['msg']}); the "
                             "file is damaged or was not made by PCSC Workshop.")
    where = ".".join(str(p) for p in first["loc"]) or "(top level)"
    msg = str(first["msg"])
    if "appears more than once" in msg:
        return ExchangeError("duplicate-ids", f"The {what} lists one record twice "
                             f"({msg.removeprefix('Value error, ')}); it was refused.")
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return ExchangeError("invalid-content", f"The {what} has a field that is not allowed: "
                         f"{where}: {msg}{more}.")


def _check_format(text: str) -> None:
    """Say plainly when a file is from a newer app or is some other JSON-in-a-zip."""
    try:
        head: Any = from_json(text)
    except ValueError as exc:
        raise ExchangeError("bad-json", "The file's manifest is not valid JSON; the file is "
                            "damaged or was not made by PCSC Workshop.") from exc
    if not isinstance(head, dict) or head.get("format") != L.FORMAT_NAME:
        raise ExchangeError("not-pcsc", "This zip file is not a PCSC Workshop exchange file.")
    version = head.get("format_version")
    if version == L.UNSIGNED_VERSION and not isinstance(version, bool):
        raise ExchangeError("unsigned", "This file was made by an older PCSC Workshop that did "
                            "not sign its files (format version 1), so nobody can tell which "
                            "laptop it came from. Ask the sender to update the app and send "
                            "it again; nothing was imported.")
    if version != L.FORMAT_VERSION:
        if (isinstance(version, int) and not isinstance(version, bool)
                and version > L.FORMAT_VERSION):
            raise ExchangeError("newer-format", f"This file was made by a newer PCSC Workshop "
                                f"(format version {version}); this app reads format version "
                                f"{L.FORMAT_VERSION}. Update the app to open it.")
        raise ExchangeError("unknown-format", f"This file has an unknown format version "
                            f"({str(version)[:20]}); it cannot be read.")


def parse_file(path: Path | str) -> ParsedFile:
    """Read and check a `.pcsc` file; raise ExchangeError saying why it is refused."""
    path = Path(path)
    return _never_crash(lambda: parse_archive(path, read_archive(path)))


def parse_bytes(path: Path | str, data: bytes) -> ParsedFile:
    """The same checks on a file already in memory (a held bundle)."""
    return _never_crash(lambda: parse_archive(Path(path), read_archive_bytes(data)))


def _never_crash(parse: Any) -> ParsedFile:
    """Every check names what it refuses; this last resort turns anything a check missed
    into a refusal too (the fuzz bench counts these as faults to name properly)."""
    try:
        return parse()
    except ExchangeError:
        raise
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - a file must never crash us
        raise ExchangeError("unreadable-content", "The file could not be read: it holds "
                            f"something this app does not understand ({type(exc).__name__}). "
                            "Nothing was imported.") from exc


def _signature(archive: Archive, raw_manifest: bytes, manifest: S.Manifest) -> None:
    blob = archive.entries.get(L.SIGNATURE_NAME)
    if blob is None:
        raise ExchangeError("unsigned", "The file carries no signature (manifest.sig), so "
                            "nobody can tell which laptop it came from. Nothing was imported.")
    verify(manifest.signing_key, raw_manifest, blob.decode("ascii", "replace").strip())


def parse_archive(path: Path, archive: Archive) -> ParsedFile:
    """Check an opened archive: format, manifest, signature, payload, cross-references."""
    if L.MANIFEST_NAME not in archive.entries:
        raise ExchangeError("no-manifest", "The file has no manifest.json; it is not a PCSC "
                            "Workshop exchange file.")
    raw_manifest = archive.entries[L.MANIFEST_NAME]
    text = _text(raw_manifest, "manifest")
    _check_format(text)
    try:
        manifest = S.Manifest.model_validate_json(text)
    except ValidationError as exc:
        raise _explain(exc, "manifest") from exc
    _signature(archive, raw_manifest, manifest)
    expected = L.PAYLOAD_NAMES[manifest.kind]
    blob = archive.entries.get(expected)
    if manifest.payload.name != expected or blob is None:
        raise ExchangeError("no-payload", f"The file has no {expected}; it is incomplete.")
    if len(blob) != manifest.payload.size or (
            hashlib.sha256(blob).hexdigest() != manifest.payload.sha256):
        raise ExchangeError("checksum", "The file's content does not match its checksum; it "
                            "was damaged or changed after it was written.")
    model = S.PackPayload if manifest.kind == L.KIND_PACK else S.BundlePayload
    text = _text(blob, "content")
    try:
        payload = model.model_validate_json(text)
    except ValidationError as exc:
        raise _explain(exc, "content") from exc
    parsed = ParsedFile(path, archive.sha256, manifest, payload, archive.data)
    _check_references(parsed)
    return parsed


def _refuse_reference(what: str) -> ExchangeError:
    return ExchangeError("bad-reference", f"The file is inconsistent: {what}. It was refused.")


def _check_references(parsed: ParsedFile) -> None:
    """Every record belongs to the manifest's workshop; a bundle only to its participant."""
    wid = parsed.manifest.workshop_id
    tables = parsed.tables()
    for name, records in tables.items():
        for rec in records:
            owner = getattr(rec, "workshop_id", wid)
            if owner is not None and owner != wid:
                raise _refuse_reference(f"a record in {name} belongs to another workshop")
    if parsed.manifest.kind == L.KIND_PACK:
        if tables["workshop"][0].id != wid:
            raise _refuse_reference("the workshop does not match the manifest")
        _check_children(tables)
        return
    person = parsed.manifest.participant_id
    for plan in _table(tables, "action_plans", S.ActionPlanRecord):  # theirs or their delegation's
        if plan.participant_id not in (None, person) or (
                plan.participant_id is None and plan.delegation_id is None):
            raise _refuse_reference("a plan in the bundle belongs to another participant")
    for attempt in _table(tables, "quiz_attempts", S.QuizAttemptRecord):
        if attempt.participant_id != person:
            raise _refuse_reference("a quiz attempt belongs to another participant")
    for assessment in _table(tables, "assessments", S.AssessmentRecord):
        if assessment.participant_id not in (None, person):
            raise _refuse_reference("an assessment belongs to another participant")
    _check_children(tables)


_R = TypeVar("_R", bound=S.Record)


def _table(tables: dict[str, list[S.Record]], name: str, kind: type[_R]) -> list[_R]:
    """One table's records as their own class (each table holds one; the filter types it)."""
    return [r for r in tables.get(name, []) if isinstance(r, kind)]


def _check_children(tables: dict[str, list[S.Record]]) -> None:
    plans = {p.id for p in tables.get("action_plans", [])}
    children: dict[str, list[S.NextStepRecord] | list[S.SupportRequestRecord]] = {
        "next_steps": _table(tables, "next_steps", S.NextStepRecord),
        "support_requests": _table(tables, "support_requests", S.SupportRequestRecord)}
    for name, rows in children.items():
        if any(r.plan_id not in plans for r in rows):
            raise _refuse_reference(f"an entry in {name} points to a plan the file lacks")
    assessments = {a.id for a in tables.get("assessments", [])}
    if any(s.assessment_id not in assessments
           for s in _table(tables, "assessment_scores", S.AssessmentScoreRecord)):
        raise _refuse_reference("a score points to an assessment the file lacks")
    if "participants" in tables:
        delegations: set[str | None] = {None, *(d.id for d in tables["delegations"])}
        people: set[str | None] = {None, *(p.id for p in tables["participants"])}
        if any(p.delegation_id not in delegations
               for p in _table(tables, "participants", S.ParticipantRecord)):
            raise _refuse_reference("a participant points to a delegation the file lacks")
        owned: list[S.ActionPlanRecord | S.AssessmentRecord] = [
            *_table(tables, "action_plans", S.ActionPlanRecord),
            *_table(tables, "assessments", S.AssessmentRecord)]
        for rec in owned:
            if rec.participant_id not in people or rec.delegation_id not in delegations:
                raise _refuse_reference("a plan or assessment points to someone the file lacks")
