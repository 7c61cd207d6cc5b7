"""Participant lists from CSV: a preview that flags every bad row, then an all-or-nothing import.

Why a preview first: facilitators paste lists from spreadsheets in many scripts and
conventions; a row silently dropped means a participant without a plan on day one. So the
preview lists every row with its problems, and the import refuses the whole file while any
row is bad. Accepted: UTF-8 with or without BOM, `,` or `;` (or tab) as delimiter, header
names in any case. Columns: name (required), organisation, role, country, city, email,
consent. Unknown columns are refused too (a misspelt "consent" would otherwise deny consent
to everyone silently).

Row numbers are spreadsheet row numbers: the header is row 1, the first participant row 2
(a quoted field spanning lines still counts as one row). Blank rows are skipped.
Participants already registered (same name in the same delegation) are listed as
"existing" and skipped, so importing the same file twice adds nobody twice.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pcsc_workshop.core.models import Delegation, Participant
from pcsc_workshop.core.validation import LIMITS, InvalidInput, NotFound, clean_email
from pcsc_workshop.core.workshops import get_workshop

COLUMNS: tuple[str, ...] = ("name", "organisation", "role", "country", "city", "email",
                            "consent")
CONSENT_YES = {"yes", "y", "true", "1", "oui", "sí", "si", "sim", "ja", "да", "نعم", "হ্যাঁ",
               "हाँ", "हां"}
CONSENT_NO = {"no", "n", "false", "0", "non", "não", "nao", "nein", "нет", "لا", "না", "नहीं",
              ""}
MAX_ROWS = 5_000


@dataclass(frozen=True)
class CsvProblem:
    """What is wrong (code) and where (field; `other_row` for duplicates).

    Codes: empty (name), too-long, bad-email, bad-consent, duplicate, column-count,
    and file-level: not-utf8, no-header, missing-column, unknown-column, duplicate-column,
    too-many-rows, no-rows.
    """

    code: str
    field: str = ""
    other_row: int | None = None
    detail: str = ""


@dataclass
class CsvRow:
    row: int  # spreadsheet row number (header = 1)
    name: str = ""
    organisation: str = ""
    role: str = ""
    country: str = ""
    city: str = ""
    email: str | None = None
    consent: bool = False
    status: str = "new"  # new / existing
    new_delegation: bool = False  # its (country, city) is not registered yet
    problems: list[CsvProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class CsvPreview:
    """Every row with its problems, plus problems with the file itself (row 1 = header)."""

    rows: list[CsvRow] = field(default_factory=list)
    file_problems: list[CsvProblem] = field(default_factory=list)
    delimiter: str = ","

    @property
    def ok(self) -> bool:
        return not self.file_problems and all(r.ok for r in self.rows)

    @property
    def bad_rows(self) -> list[CsvRow]:
        return [r for r in self.rows if not r.ok]

    def new_delegations(self) -> list[tuple[str, str]]:
        """(country, city) pairs the import would create, in file order."""
        return list(dict.fromkeys((r.country, r.city) for r in self.rows
                                  if r.status == "new" and r.new_delegation))


class CsvRefused(InvalidInput):
    """The file has bad rows; nothing was imported. `preview` says which and why."""

    def __init__(self, preview: CsvPreview) -> None:
        super().__init__("csv-refused", "file", f"{len(preview.bad_rows)} bad rows")
        self.preview = preview


@dataclass(frozen=True)
class ImportResult:
    participants: int
    delegations: int
    existing: int
    participant_ids: tuple[str, ...] = ()


def _key(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().casefold()


def _decode(data: bytes | str) -> tuple[str | None, CsvProblem | None]:
    if isinstance(data, str):
        return data.lstrip("\ufeff"), None
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        return None, CsvProblem("not-utf8", other_row=line, detail=f"byte {exc.start}")


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_participants_csv(data: bytes | str) -> CsvPreview:
    """Parse and check a participant list without touching the database."""
    text, problem = _decode(data)
    if text is None:
        return CsvPreview(file_problems=[problem] if problem else [])
    preview = CsvPreview(delimiter=_delimiter(text))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=preview.delimiter)
    try:
        header = next(reader)
    except StopIteration:
        header = []
    names = [_key(h) for h in header]
    if not any(names):
        preview.file_problems.append(CsvProblem("no-header"))
        return preview
    for h in names:
        if h and h not in COLUMNS:
            preview.file_problems.append(CsvProblem("unknown-column", h))
        elif names.count(h) > 1 and CsvProblem("duplicate-column", h) not in preview.file_problems:
            preview.file_problems.append(CsvProblem("duplicate-column", h))
    if "name" not in names:
        preview.file_problems.append(CsvProblem("missing-column", "name"))
    if preview.file_problems:
        return preview
    seen: dict[tuple[str, str, str], int] = {}
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(preview.rows) >= MAX_ROWS:
            preview.file_problems.append(CsvProblem("too-many-rows", detail=str(MAX_ROWS)))
            break
        row = _check_row(number, cells, names)
        key = (_key(row.name), _key(row.country), _key(row.city))
        if row.name and key in seen:
            row.problems.append(CsvProblem("duplicate", "name", other_row=seen[key]))
        seen.setdefault(key, number)
        preview.rows.append(row)
    if not preview.rows and not preview.file_problems:
        preview.file_problems.append(CsvProblem("no-rows"))
    return preview


def _check_row(number: int, cells: list[str], names: list[str]) -> CsvRow:
    row = CsvRow(number)
    if len(cells) != len(names):
        row.problems.append(CsvProblem("column-count", detail=f"{len(cells)}/{len(names)}"))
    values = {n: unicodedata.normalize("NFC", c).strip() for n, c in zip(names, cells,
                                                                         strict=False) if n}
    for name in ("name", "organisation", "role", "country", "city"):
        value = values.get(name, "")
        if len(value) > LIMITS[name]:
            row.problems.append(CsvProblem("too-long", name, detail=str(LIMITS[name])))
        setattr(row, name, value)
    if not row.name:
        row.problems.append(CsvProblem("empty", "name"))
    try:
        row.email = clean_email(values.get("email"))
    except InvalidInput as exc:
        row.problems.append(CsvProblem(exc.code, "email"))
    consent = _key(values.get("consent", ""))
    if consent in CONSENT_YES:
        row.consent = True
    elif consent not in CONSENT_NO:
        row.problems.append(CsvProblem("bad-consent", "consent", detail=values["consent"]))
    return row


def _delegations(session: Session, workshop_id: str) -> dict[tuple[str, str], str]:
    rows = session.execute(select(Delegation.id, Delegation.country, Delegation.city).where(
        Delegation.workshop_id == workshop_id, Delegation.deleted.is_(False))
        .order_by(Delegation.position))
    out: dict[tuple[str, str], str] = {}
    for did, country, city in rows:
        out.setdefault((_key(country), _key(city)), did)
    return out


def preview_participants_csv(session: Session, workshop_id: str, data: bytes | str
                             ) -> CsvPreview:
    """Parse, check, and mark rows whose person is already registered as "existing"."""
    get_workshop_or_refuse(session, workshop_id)
    preview = parse_participants_csv(data)
    delegations = _delegations(session, workshop_id)
    people = {
        (_key(name), did or "")
        for name, did in session.execute(select(Participant.name, Participant.delegation_id)
                                         .where(Participant.workshop_id == workshop_id,
                                                Participant.deleted.is_(False)))
    }
    for row in preview.rows:
        did = delegations.get((_key(row.country), _key(row.city))) if row.country else None
        if did is None and row.country:
            row.new_delegation = True
        if (_key(row.name), did or "") in people:
            row.status = "existing"
    return preview


def get_workshop_or_refuse(session: Session, workshop_id: str) -> None:
    try:
        get_workshop(session, workshop_id)
    except KeyError as exc:
        raise NotFound("workshop_id", workshop_id) from exc


def import_participants_csv(session: Session, workshop_id: str, data: bytes | str
                            ) -> ImportResult:
    """Import the whole file or nothing: raises CsvRefused (with the preview) on any bad row.

    Delegations are matched by (country, city), ignoring case, and created when missing.
    The caller's session is the transaction: the Store rolls everything back on error.
    """
    preview = preview_participants_csv(session, workshop_id, data)
    if not preview.ok:
        raise CsvRefused(preview)
    delegations = _delegations(session, workshop_id)
    d_pos = session.scalar(select(func.max(Delegation.position)).where(
        Delegation.workshop_id == workshop_id))
    p_pos = session.scalar(select(func.max(Participant.position)).where(
        Participant.workshop_id == workshop_id))
    d_pos = -1 if d_pos is None else d_pos
    p_pos = -1 if p_pos is None else p_pos
    created_d, ids = 0, []
    for row in preview.rows:
        if row.status == "existing":
            continue
        did = None
        if row.country:
            key = (_key(row.country), _key(row.city))
            did = delegations.get(key)
            if did is None:
                d_pos += 1
                d = Delegation(workshop_id=workshop_id, country=row.country, city=row.city,
                               position=d_pos)
                session.add(d)
                session.flush()
                did = delegations[key] = d.id
                created_d += 1
        p_pos += 1
        person = Participant(workshop_id=workshop_id, delegation_id=did, name=row.name,
                             organisation=row.organisation, role=row.role, email=row.email,
                             consent=row.consent, position=p_pos)
        session.add(person)
        session.flush()
        ids.append(person.id)
    existing = sum(r.status == "existing" for r in preview.rows)
    return ImportResult(len(ids), created_d, existing, tuple(ids))
