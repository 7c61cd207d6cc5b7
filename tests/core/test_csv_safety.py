"""CSV in and out (issue 13, point 8; issue 16, "People and CSV").

In: a field over the csv module's limit, a NUL byte, a name of invisible characters are row
errors (never a traceback, never silence); headers in five languages; column mapping; the
valid rows on request; every UI language's consent words. Out: formulas neutralised for
readers that split on `;` as well as `,`; file names safe on Windows.
"""

from __future__ import annotations

import csv
import io

import pytest

from pcsc_workshop.cli import main
from pcsc_workshop.core.participants_csv import (
    CsvRefused,
    import_participants_csv,
    parse_participants_csv,
    template_csv,
)
from pcsc_workshop.core.people import list_participants
from pcsc_workshop.core.reports.csv_export import _safe, write_csv
from pcsc_workshop.core.reports.output import is_reserved_on_windows, safe_filename

HEAD = "name,organisation,role,country,city,email,consent\n"


def _codes(preview) -> dict[int, list[str]]:
    return {r.row: [p.code for p in r.problems] for r in preview.rows}


def test_field_longer_than_the_csv_limit_is_a_row_error() -> None:
    big = "x" * (csv.field_size_limit() + 10)
    data = (HEAD + f'Ana Cossa,"{big}\nstill the same cell",Planner,Mozambique,Maputo,,yes\n'
            "Bob,Org,Role,Chile,Santiago,,no\n").encode()
    preview = parse_participants_csv(data)
    assert _codes(preview) == {2: ["unreadable"], 3: []}  # row 3 keeps its number
    assert preview.rows[0].problems[0].field == "organisation"


def test_nul_bytes_are_a_row_error() -> None:
    data = (HEAD + "Ana\x00 Cossa,Org,,,,,yes\nBob,Org\x00,,,,,no\nCleo,Org,,,,,no\n").encode()
    preview = parse_participants_csv(data)
    assert _codes(preview) == {2: ["nul-byte"], 3: ["nul-byte"], 4: []}
    assert [p.field for p in preview.rows[1].problems] == ["organisation"]


@pytest.mark.parametrize("name", ["\u200b\u200c", "\u2060\ufeff", "\u3164", "\u200f\u200e",
                                  "\u00a0\u00a0", "\u0301\u0301", "\u115f\u1160"])
def test_a_name_of_invisible_characters_is_a_row_error(name: str) -> None:
    preview = parse_participants_csv((HEAD + f"{name},Org,,,,,yes\n").encode())
    assert _codes(preview)[2] in (["invisible"], ["empty"])
    assert not preview.ok


def test_visible_names_in_any_script_pass() -> None:
    names = ["আনিকা রহমান", "ليلى بنعلي", "Олена", "José", "李娜", "‏ليلى‏"]
    data = HEAD + "".join(f"{n},Org,,,,,yes\n" for n in names)
    assert parse_participants_csv(data.encode()).ok


def test_cli_reports_row_errors_not_a_traceback(store, demo_id, db_path, tmp_path, capsys):
    path = tmp_path / "bad.csv"
    big = "x" * (csv.field_size_limit() + 1)
    path.write_bytes((HEAD + f"Ana,{big},,,,,yes\nB\x00ob,,,,,,no\n\u200b,,,,,,no\n"
                      "Cleo Diaz,Org,,Chile,Santiago,,sí\n").encode())
    store.close()
    code = main(["--db", str(db_path), "participants", "import", "--workshop", demo_id,
                 str(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "row 2" in err and "longer than 131072" in err
    assert "row 3" in err and "NUL" in err
    assert "row 4" in err and "invisible" in err
    assert "Traceback" not in err
    # --skip-bad-rows: the valid row goes in, the others are listed
    code = main(["--db", str(db_path), "participants", "import", "--workshop", demo_id,
                 "--skip-bad-rows", str(path)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Imported 1 participant" in captured.out
    assert "3 rows not imported (rows 2, 3, 4)" in captured.err


@pytest.mark.parametrize("header", [
    "Full name,Organization,Position,E-mail,Country,City,Named in reports",
    "Nom,Organisation,Fonction,Courriel,Pays,Ville,Nommé dans les rapports",
    "Nombre completo,Organización,Cargo,Correo electrónico,País,Ciudad,Consentimiento",
    "Nome,Organização,Função,Correio eletrónico,País,Cidade,Nomeado nos relatórios",
    "الاسم,المؤسسة,الصفة,البريد الإلكتروني,البلد,المدينة,الموافقة",
    "NAME*;ORGANISATION;ROLE;EMAIL;COUNTRY;CITY;CONSENT",
])
def test_common_headers_in_five_languages(header: str) -> None:
    sep = ";" if ";" in header else ","
    row = sep.join(["Ana Cossa", "CMM", "Planner", "ana@example.org", "Mozambique", "Maputo",
                    "yes"])
    preview = parse_participants_csv(f"{header}\n{row}\n".encode())
    assert preview.ok, preview.file_problems
    r = preview.rows[0]
    assert (r.name, r.organisation, r.role, r.email, r.country, r.city, r.consent) == (
        "Ana Cossa", "CMM", "Planner", "ana@example.org", "Mozambique", "Maputo", True)


def test_unknown_columns_can_be_mapped_or_ignored() -> None:
    data = "Apellidos y nombre,Teléfono,Ciudad\nAna Cossa,+258 84,Maputo\n".encode()
    preview = parse_participants_csv(data)
    assert {p.code for p in preview.file_problems} == {"unknown-column", "missing-column"}
    mapped = parse_participants_csv(data, {0: "name", 1: ""})
    assert mapped.ok and mapped.rows[0].name == "Ana Cossa" and mapped.rows[0].city == "Maputo"


@pytest.mark.parametrize("word", ["yes", "Oui", "SÍ", "si", "sim", "نعم", "так", "Так", "да",
                                  "হ্যাঁ", "हाँ", "ja", "evet", "x"])
def test_consent_yes_in_every_language(word: str) -> None:
    preview = parse_participants_csv((HEAD + f"Ana,Org,,,,,{word}\n").encode())
    assert preview.ok and preview.rows[0].consent


@pytest.mark.parametrize("word", ["no", "Non", "não", "nao", "لا", "ні", "нет", "না", "nein", ""])
def test_consent_no_in_every_language(word: str) -> None:
    preview = parse_participants_csv((HEAD + f"Ana,Org,,,,,{word}\n").encode())
    assert preview.ok and not preview.rows[0].consent


def test_utf16_from_excel_unicode_text() -> None:
    text = "name\torganisation\tconsent\r\nОлена Коваль\tKyiv City\tтак\r\n"
    preview = parse_participants_csv(text.encode("utf-16"))
    assert preview.ok and preview.rows[0].name == "Олена Коваль" and preview.rows[0].consent


def test_valid_rows_on_request_all_or_nothing_by_default(store, demo_id) -> None:
    data = (HEAD + "Nadia Haque,RCC,Planner,Bangladesh,Rajshahi,,yes\n"
            ",RCC,Engineer,Bangladesh,Rajshahi,,no\n").encode()
    with pytest.raises(CsvRefused), store.session() as s:
        import_participants_csv(s, demo_id, data)
    with store.session() as s:
        result = import_participants_csv(s, demo_id, data, skip_bad=True)
    assert result.participants == 1 and [r.row for r in result.skipped] == [3]
    with store.session() as s:
        assert "Nadia Haque" in {p.name for p in list_participants(s, demo_id)}


@pytest.mark.parametrize("language", ["en", "fr", "es", "pt", "ar"])
def test_template_is_recognised_by_the_import(language: str) -> None:
    preview = parse_participants_csv(template_csv(language).encode("utf-8"))
    assert preview.ok and preview.rows[0].name == "Ana Cossa" and preview.rows[0].consent


def test_cli_template(tmp_path, capsys) -> None:
    out = tmp_path / "new" / "people.csv"
    assert main(["participants", "template", "--out", str(out), "--language", "fr"]) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("Nom,Organisation")


# --- out -------------------------------------------------------------------------------------

TRIGGERS = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "  =1", "＝1"]


@pytest.mark.parametrize("cell", TRIGGERS + [f"ok;{t}" for t in TRIGGERS]
                         + [f"ok,{t}" for t in TRIGGERS] + ["a;b;=HYPERLINK(\"x\")"])
def test_export_neutralises_formulas_for_comma_and_semicolon_readers(cell: str, tmp_path) -> None:
    path = write_csv([{"action": cell}], tmp_path / "out.csv")
    raw = path.read_text(encoding="utf-8-sig")
    for delimiter in (",", ";", "\t"):
        for row in csv.reader(io.StringIO(raw, newline=""), delimiter=delimiter):
            for value in row:
                # what a reader that trims blanks and stray quotes sees first
                stripped = value.lstrip(" \t\r\n\"")
                assert stripped[:1] not in ("=", "+", "-", "@", "＝"), (delimiter, value)


def test_plain_cells_are_left_alone() -> None:
    for text in ("Open the bus data", "Dhaka, Bangladesh", "ليلى; 2025", "50%"):
        assert _safe(text) == text


@pytest.mark.parametrize("name", ["AUX", "aux.pdf", "Con.tar.gz", "AUX .pdf", "nul", "COM1",
                                  "lpt9.txt", "COM¹", "CONIN$", "prn. ", "con...", "NUL  "])
def test_export_names_are_safe_on_windows(name: str) -> None:
    stem = safe_filename(name, "fallback")
    for suffix in (".pdf", ".csv", ""):
        assert not is_reserved_on_windows(stem + suffix), stem
    assert not stem.endswith((" ", "."))
    assert not any(c in stem for c in '<>:"/\\|?*')


def test_ordinary_names_keep_their_letters() -> None:
    assert safe_filename("Auxiliadora Núñez", "x") == "Auxiliadora Núñez"
    assert safe_filename("a<b>:c|d?.", "x") == "a b c d"
