"""Participant lists from CSV: a preview that flags every bad row, then an all-or-nothing import.

Why a preview first: facilitators paste lists from spreadsheets in many scripts and
conventions; a row silently dropped means a participant without a plan on day one. So the
preview lists every row with its problems, and the import refuses the whole file while any
row is bad — unless the facilitator asks to import the valid rows (`skip_bad=True`: the UI's
"Import the valid rows", the CLI's `--skip-bad-rows`) and is given the list of the others.
Accepted: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), `,` or `;` (or
tab) as delimiter. Columns: name (required), organisation, role, country, city, email,
consent; headers are recognised in any case and in the five UI languages ("Full name",
"Organization", "Position", "E-mail", the app's own "Named in reports", "Nom", "Correo
electrónico", "الاسم"…, see HEADER_ALIASES), and the caller can map any column by hand
(`mapping`). Unknown columns are refused until mapped or ignored (a misspelt "consent" would
otherwise deny consent to everyone silently).

Never a traceback or silence: a field longer than the csv module's limit, a NUL byte, or a
name made only of invisible characters (zero-width spaces, fillers, marks) is a row error.

Row numbers are spreadsheet row numbers: the header is row 1, the first participant row 2
(a quoted field spanning lines still counts as one row). Blank rows are skipped.
Participants already registered (same name in the same delegation) are listed as
"existing" and skipped, so importing the same file twice adds nobody twice.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pcsc_workshop.core.models import Delegation, Participant
from pcsc_workshop.core.validation import LIMITS, InvalidInput, NotFound, clean_email
from pcsc_workshop.core.workshops import get_workshop

COLUMNS: tuple[str, ...] = ("name", "organisation", "role", "country", "city", "email",
                            "consent")
# Consent words of the UI languages (en fr es pt ar) and of the participants' other common
# languages (uk ru bn hi de it tr id sw). CLDR (and so Babel) no longer carries yes/no words,
# hence this table; compared case-folded without accents ("SÍ" = "si", "НІ" = "ні").
CONSENT_YES = {"yes", "y", "true", "1", "x", "✓", "✔",
               "oui", "sí", "si", "sim", "نعم", "ja", "да", "так",
               "হ্যাঁ", "হা", "हाँ", "हां", "ha", "sì", "evet", "ya", "ndiyo", "agreed", "consent"}
CONSENT_NO = {"no", "n", "false", "0", "", "-",
              "non", "não", "nao", "لا", "nein", "нет", "ні", "না", "नहीं", "hayır",
              "tidak", "hapana"}
# Header names -> column, compared by `_header_key` (case-folded, accents and everything but
# letters and digits removed: "E-mail" = "email", "Full name*" = "full name").
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "fullname", "participant", "participant name", "person",
             "nom", "nom complet", "nom et prénom", "prénom et nom", "participant·e",
             "nombre", "nombre completo", "nombre y apellido", "nombres y apellidos",
             "nome", "nome completo", "participante",
             "الاسم", "الاسم الكامل", "اسم المشارك", "المشارك"),
    "organisation": ("organisation", "organization", "org", "institution", "agency",
                     "employer", "affiliation", "company", "ministry", "department",
                     "organisme", "structure", "organización", "institución", "entidad",
                     "organização", "instituição", "entidade",
                     "المؤسسة", "المنظمة", "الجهة", "الهيئة"),
    "role": ("role", "position", "job title", "title", "function", "job", "post",
             "designation", "fonction", "poste", "rôle", "titre", "cargo", "puesto",
             "función", "rol", "função", "papel", "الصفة", "المنصب", "الوظيفة", "الدور"),
    "country": ("country", "nation", "pays", "país", "pais", "البلد", "الدولة", "البلد/الدولة"),
    "city": ("city", "town", "municipality", "city/town", "ville", "commune", "municipalité",
             "ciudad", "municipio", "cidade", "município", "المدينة", "البلدية"),
    "email": ("email", "e-mail", "mail", "email address", "e-mail address", "courriel",
              "adresse électronique", "adresse e-mail", "adresse mail", "correo",
              "correo electrónico", "email", "correio eletrónico", "correio eletrônico",
              "endereço de e-mail", "البريد الإلكتروني", "البريد", "الإيميل"),
    "consent": ("consent", "consent to be named", "named in reports", "may be named",
                "agrees to be named", "consentement", "nommé dans les rapports",
                "nommée dans les rapports", "consentimiento", "nombrado en los informes",
                "consentimento", "nomeado nos relatórios", "الموافقة",
                "يُذكر اسمه في التقارير", "يذكر اسمه في التقارير"),
}
IGNORE = ""  # a mapping value: leave this column out
MAX_ROWS = 5_000
CSV_FIELD_LIMIT = 131_072  # the csv module's own default limit: longer fields are row errors


@dataclass(frozen=True)
class CsvProblem:
    """What is wrong (code) and where (field; `other_row` for duplicates).

    Codes: empty (name), too-long, bad-email, bad-consent, duplicate, column-count,
    nul-byte (field), invisible (name), unreadable (the csv module could not read the row:
    a field longer than its limit, detail = the limit), and file-level: not-utf8, no-header,
    missing-column, unknown-column, duplicate-column, too-many-rows, no-rows.
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
    header: list[str] = field(default_factory=list)  # the file's own header cells
    columns: list[str | None] = field(default_factory=list)  # what each one is read as

    @property
    def can_import_valid_rows(self) -> bool:
        """Some rows are good, the file itself is readable: "Import the valid rows" applies."""
        return not self.file_problems and any(r.ok and r.status == "new" for r in self.rows)

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
    skipped: tuple[CsvRow, ...] = ()  # bad rows left out (only with skip_bad=True)


def _key(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().casefold()


def _decode(data: bytes | str) -> tuple[str | None, CsvProblem | None]:
    if isinstance(data, str):
        return data.lstrip("\ufeff"), None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Excel's "Unicode text" is UTF-16 with BOM
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            return None, CsvProblem("not-utf8", other_row=1, detail=f"byte {exc.start}")
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


def _header_key(text: str) -> str:
    """A header compared loosely: case-folded, accents dropped, spaces/punctuation removed,
    a trailing "*" or "(required)" ignored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if unicodedata.category(c)[0] in "LN")
    return unicodedata.normalize("NFC", kept.removesuffix("required"))


_ALIASES: dict[str, str] = {_header_key(alias): column
                            for column, aliases in HEADER_ALIASES.items() for alias in aliases}


def recognise_header(cell: str) -> str | None:
    """The column a header cell names ("Full name" -> "name"), or None if unknown."""
    return _ALIASES.get(_header_key(cell))


# A NUL byte cannot go through the csv module (Python 3.11 refuses the line); it is swapped
# for a private-use character before parsing, then reported on its row.
_NUL_MARK = "\U000f0000"


def _rows(reader: Iterator[list[str]]) -> Iterator[tuple[list[str] | None, str]]:
    """(cells, "") per record, or (None, limit) for a record the csv module refused."""
    while True:
        try:
            yield next(reader), ""
        except StopIteration:
            return
        except csv.Error as exc:
            yield None, str(csv.field_size_limit()) if "field limit" in str(exc) else str(exc)


def parse_participants_csv(data: bytes | str,
                           mapping: dict[int, str | None] | None = None) -> CsvPreview:
    """Parse and check a participant list without touching the database.

    `mapping`: column index -> column name, or IGNORE ("") to leave it out; it overrides what
    the header says (the preview's column choosers)."""
    text, problem = _decode(data)
    if text is None:
        return CsvPreview(file_problems=[problem] if problem else [])
    text = text.replace("\x00", _NUL_MARK)
    # The csv module stops at fields over its limit (131,072 characters) and loses its place
    # in the file; read them whole and report them as a row error instead (_check_row).
    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    preview = CsvPreview(delimiter=_delimiter(text))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=preview.delimiter)
    records = _rows(reader)
    header: list[str] = []
    for cells, _error in records:
        header = cells or []
        break
    preview.header = [h.replace(_NUL_MARK, "") for h in header]
    if not any(h.strip() for h in preview.header):
        preview.file_problems.append(CsvProblem("no-header"))
        return preview
    names: list[str] = []
    for index, cell in enumerate(preview.header):
        if mapping is not None and index in mapping:
            chosen = mapping[index]
            names.append(chosen if chosen in COLUMNS else "")
            continue
        column = recognise_header(cell)
        if column is None and cell.strip():
            preview.file_problems.append(CsvProblem("unknown-column", cell.strip()))
        names.append(column or "")
    preview.columns = [n or None for n in names]
    for n in names:
        if n and names.count(n) > 1 and CsvProblem("duplicate-column", n) not in \
                preview.file_problems:
            preview.file_problems.append(CsvProblem("duplicate-column", n))
    if "name" not in names:
        preview.file_problems.append(CsvProblem("missing-column", "name"))
    if preview.file_problems:
        return preview
    seen: dict[tuple[str, str, str], int] = {}
    number = 1
    for cells, error in records:
        number += 1
        if cells is not None and not any(c.strip() for c in cells):
            continue
        if len(preview.rows) >= MAX_ROWS:
            preview.file_problems.append(CsvProblem("too-many-rows", detail=str(MAX_ROWS)))
            break
        if cells is None:
            preview.rows.append(CsvRow(number, problems=[CsvProblem("unreadable",
                                                                    detail=error)]))
            continue
        row = _check_row(number, cells, names)
        key = (_key(row.name), _key(row.country), _key(row.city))
        if row.name and key in seen:
            row.problems.append(CsvProblem("duplicate", "name", other_row=seen[key]))
        seen.setdefault(key, number)
        preview.rows.append(row)
    if not preview.rows and not preview.file_problems:
        preview.file_problems.append(CsvProblem("no-rows"))
    return preview


_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e\u17b4\u17b5")


def is_invisible(text: str) -> bool:
    """True when nothing in `text` would show: only spaces, format characters (zero-width
    space, joiners, direction marks, BOM), controls, combining marks alone, or fillers."""
    return not any(unicodedata.category(c)[0] in "LNPS" and c not in _INVISIBLE for c in text)


def _check_row(number: int, cells: list[str], names: list[str]) -> CsvRow:
    row = CsvRow(number)
    if len(cells) != len(names):
        row.problems.append(CsvProblem("column-count", detail=f"{len(cells)}/{len(names)}"))
    values = {n: unicodedata.normalize("NFC", c).strip() for n, c in zip(names, cells,
                                                                         strict=False) if n}
    for name, value in list(values.items()):
        if len(value) > CSV_FIELD_LIMIT:
            row.problems.append(CsvProblem("unreadable", name, detail=str(CSV_FIELD_LIMIT)))
            values[name] = ""
            continue
        if _NUL_MARK in value:
            row.problems.append(CsvProblem("nul-byte", name))
            values[name] = value.replace(_NUL_MARK, "")
    for name in ("name", "organisation", "role", "country", "city"):
        value = values.get(name, "")
        if len(value) > LIMITS[name]:
            row.problems.append(CsvProblem("too-long", name, detail=str(LIMITS[name])))
        setattr(row, name, value)
    if not row.name:
        row.problems.append(CsvProblem("empty", "name"))
    elif is_invisible(row.name):
        row.problems.append(CsvProblem("invisible", "name"))
    try:
        row.email = clean_email(values.get("email"))
    except InvalidInput as exc:
        row.problems.append(CsvProblem(exc.code, "email"))
    consent = _consent_key(values.get("consent", ""))
    if consent in _YES:
        row.consent = True
    elif consent not in _NO:
        row.problems.append(CsvProblem("bad-consent", "consent", detail=values["consent"]))
    return row


def _consent_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold().rstrip("."))
    return unicodedata.normalize("NFC", "".join(
        c for c in decomposed if unicodedata.category(c) != "Mn"))


_YES = {_consent_key(w) for w in CONSENT_YES}
_NO = {_consent_key(w) for w in CONSENT_NO}


def template_csv(language: str = "en") -> str:
    """A participant list to fill in: the app's own headers and one example row.

    English headers always work; `language` (fr, es, pt, ar) gives headers in that language,
    which the import recognises too."""
    headers = {
        "en": ("Name", "Organisation", "Role", "Country", "City", "Email", "Consent"),
        "fr": ("Nom", "Organisation", "Fonction", "Pays", "Ville", "Courriel", "Consentement"),
        "es": ("Nombre", "Organización", "Cargo", "País", "Ciudad", "Correo electrónico",
               "Consentimiento"),
        "pt": ("Nome", "Organização", "Cargo", "País", "Cidade", "E-mail", "Consentimento"),
        "ar": ("الاسم", "المؤسسة", "الصفة", "البلد", "المدينة", "البريد الإلكتروني", "الموافقة"),
    }.get(language) or ()
    if not headers:
        headers = ("Name", "Organisation", "Role", "Country", "City", "Email", "Consent")
    yes = {"fr": "oui", "es": "sí", "pt": "sim", "ar": "نعم"}.get(language, "yes")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerow(["Ana Cossa", "Maputo Municipal Council", "Urban planner", "Mozambique",
                     "Maputo", "ana.cossa@example.org", yes])
    return "\ufeff" + out.getvalue()


def _delegations(session: Session, workshop_id: str) -> dict[tuple[str, str], str]:
    rows = session.execute(select(Delegation.id, Delegation.country, Delegation.city).where(
        Delegation.workshop_id == workshop_id, Delegation.deleted.is_(False))
        .order_by(Delegation.position))
    out: dict[tuple[str, str], str] = {}
    for did, country, city in rows:
        out.setdefault((_key(country), _key(city)), did)
    return out


def preview_participants_csv(session: Session, workshop_id: str, data: bytes | str,
                             mapping: dict[int, str | None] | None = None) -> CsvPreview:
    """Parse, check, and mark rows whose person is already registered as "existing"."""
    get_workshop_or_refuse(session, workshop_id)
    preview = parse_participants_csv(data, mapping)
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


def import_participants_csv(session: Session, workshop_id: str, data: bytes | str,
                            mapping: dict[int, str | None] | None = None, *,
                            skip_bad: bool = False) -> ImportResult:
    """Import the whole file or nothing: raises CsvRefused (with the preview) on any bad row.

    `skip_bad=True`: import the good rows and return the bad ones in `skipped` (still refused
    when the file itself is unreadable or has no good row). Delegations are matched by
    (country, city), ignoring case, and created when missing. The caller's session is the
    transaction: the Store rolls everything back on error.
    """
    preview = preview_participants_csv(session, workshop_id, data, mapping)
    skipped = tuple(preview.bad_rows) if skip_bad else ()
    if not preview.ok and not (skip_bad and preview.can_import_valid_rows):
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
        if row.status == "existing" or not row.ok:
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
    existing = sum(r.status == "existing" and r.ok for r in preview.rows)
    return ImportResult(len(ids), created_d, existing, tuple(ids), skipped)
