"""Participant CSV: preview with row numbers, all-or-nothing import, the headless command."""

from __future__ import annotations

import json

import pytest

from pcsc_workshop.cli import main
from pcsc_workshop.core.participants_csv import (
    CsvRefused,
    import_participants_csv,
    parse_participants_csv,
    preview_participants_csv,
)
from pcsc_workshop.core.people import list_delegations, list_participants

GOOD = (
    "Name,Organisation,Role,Country,City,Email,Consent\n"
    "রাশেদ করিম,DNCC,Urban planner,Bangladesh,Dhaka,rashed@example.org,yes\n"
    "أمينة الفاسي,Commune de Casablanca,Cheffe de projet,Morocco,Casablanca,,نعم\n"
    "Ірина Шевченко,World Bank,TTL,India,Pune,iryna@example.org,no\n"
    "\"Muñoz, José Ignacio\",Municipalidad,\"Jefe de\ninnovación\",Chile,Valparaíso,,sí\n"
    "प्रिया देशपांडे,PSCDCL,GIS specialist,Bangladesh,Dhaka,,0\n"
)


def test_good_file_parses_every_script_and_consent_word():
    preview = parse_participants_csv(GOOD.encode("utf-8"))
    assert preview.ok
    assert [r.name for r in preview.rows] == [
        "রাশেদ করিম", "أمينة الفاسي", "Ірина Шевченко", "Muñoz, José Ignacio", "प्रिया देशपांडे"]
    assert [r.consent for r in preview.rows] == [True, True, False, True, False]
    assert [r.row for r in preview.rows] == [2, 3, 4, 5, 6]  # the quoted newline is one row
    assert preview.rows[3].role == "Jefe de\ninnovación"


def test_bom_and_semicolons_are_understood():
    text = GOOD.replace(",", ";").replace("\"Muñoz; José Ignacio\"", "\"Muñoz, José Ignacio\"")
    preview = parse_participants_csv("\ufeff".encode() + text.encode("utf-8"))
    assert preview.delimiter == ";" and preview.ok
    assert preview.rows[0].name == "রাশেদ করিম"


def test_only_a_name_column_is_required():
    preview = parse_participants_csv(b"NAME\nAna Cossa\n\n\nTanvir Hossain\n")
    assert preview.ok and [(r.row, r.name) for r in preview.rows] == [
        (2, "Ana Cossa"), (5, "Tanvir Hossain")]


def test_bad_rows_are_all_reported_with_spreadsheet_row_numbers():
    bad = (
        "name,organisation,role,country,city,email,consent\n"
        "Ana Cossa,CMM,Lead,Mozambique,Maputo,ana@example.org,yes\n"   # row 2 ok
        ",CMM,Lead,Mozambique,Maputo,,yes\n"                          # row 3 empty name
        "Sami,Sfax,Dir,Tunisia,Sfax,sami@,yes\n"                      # row 4 bad email
        "Tanvir,MoLG,DS,Bangladesh,Dhaka,,maybe\n"                    # row 5 bad consent
        "Ana Cossa,CMM,Other,mozambique,MAPUTO,,no\n"                 # row 6 duplicate of 2
        "Youssef,CEA,Data\n"                                          # row 7 column count
        + "X" * 301 + ",,,,,,\n"                                      # row 8 too long
    )
    preview = parse_participants_csv(bad.encode())
    assert not preview.ok
    got = {r.row: [(p.code, p.field) for p in r.problems] for r in preview.bad_rows}
    assert got == {
        3: [("empty", "name")],
        4: [("bad-email", "email")],
        5: [("bad-consent", "consent")],
        6: [("duplicate", "name")],
        7: [("column-count", "")],
        8: [("too-long", "name")],
    }
    assert preview.rows[4].problems[0].other_row == 2


@pytest.mark.parametrize(("data", "code"), [
    (b"name,emial\nAna,a@b.org\n", "unknown-column"),
    (b"organisation,role\nCMM,Lead\n", "missing-column"),
    (b"name,name\nA,B\n", "duplicate-column"),
    (b"", "no-header"),
    (b"name\n\n", "no-rows"),
    ("name\nJosé\n".encode("latin-1"), "not-utf8"),
])
def test_file_level_problems(data, code):
    preview = parse_participants_csv(data)
    assert not preview.ok and [p.code for p in preview.file_problems] == [code]


def test_import_creates_delegations_once_and_participants(store, demo_id):
    with store.session() as s:
        before = {d.label for d in list_delegations(s, demo_id)}
        result = import_participants_csv(s, demo_id, GOOD.encode())
    # Dhaka (Bangladesh) and Pune (India) exist in the demo; Valparaíso is new.
    assert (result.participants, result.delegations, result.existing) == (5, 1, 0)
    with store.session() as s:
        after = {d.label for d in list_delegations(s, demo_id)}
        people = {p.name: p for p in list_participants(s, demo_id)}
    assert after - before == {"Valparaíso, Chile"}
    assert people["प्रिया देशपांडे"].delegation_label == "Dhaka, Bangladesh"
    assert people["أمينة الفاسي"].consent is True and people["أمينة الفاسي"].email is None


def test_people_already_registered_are_skipped(store, demo_id):
    data = "name,country,city\nআনিকা রহমান,bangladesh,dhaka\nআনিকা রহমান,India,Pune\n"
    with store.session() as s:
        result = import_participants_csv(s, demo_id, data.encode())
    assert (result.participants, result.delegations, result.existing) == (1, 0, 1)


def test_importing_the_same_file_twice_adds_nobody(store, demo_id):
    with store.session() as s:
        import_participants_csv(s, demo_id, GOOD.encode())
    with store.session() as s:
        preview = preview_participants_csv(s, demo_id, GOOD.encode())
        assert {r.status for r in preview.rows} == {"existing"}
        result = import_participants_csv(s, demo_id, GOOD.encode())
    assert (result.participants, result.delegations, result.existing) == (0, 0, 5)


def test_one_bad_row_refuses_the_whole_file(store, demo_id):
    data = (GOOD + "Someone,,,Peru,Lima,bad@@mail,yes\n").encode()
    with store.session() as s:
        count = len(list_participants(s, demo_id))
    with pytest.raises(CsvRefused) as err, store.session() as s:
        import_participants_csv(s, demo_id, data)
    assert [r.row for r in err.value.preview.bad_rows] == [7]
    with store.session() as s:
        assert len(list_participants(s, demo_id)) == count
        assert "Lima, Peru" not in {d.label for d in list_delegations(s, demo_id)}


def test_cli_import_and_list(store, demo_id, db_path, tmp_path, capsys):
    store.close()
    csv_file = tmp_path / "people.csv"
    csv_file.write_bytes(GOOD.encode())
    assert main(["--db", str(db_path), "participants", "import", "--workshop", demo_id,
                 str(csv_file)]) == 0
    out = capsys.readouterr().out
    assert "Imported 5 participants and created 1 delegation from people.csv" in out
    assert main(["--db", str(db_path), "participants", "list", "--workshop", demo_id,
                 "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 14 and "Ірина Шевченко" in {p["name"] for p in listed}
    assert main(["--db", str(db_path), "workshops", "--json"]) == 0
    w = json.loads(capsys.readouterr().out)[0]
    assert (w["delegations"], w["participants"]) == (7, 14)


def test_cli_refuses_bad_file_with_row_numbers(store, demo_id, db_path, tmp_path, capsys):
    store.close()
    csv_file = tmp_path / "people.csv"
    csv_file.write_text("name;email;consent\nAna;ana@example.org;yes\n;;\n"
                        "Sami;sami@;oui\nTanvir;;peut-être\n", encoding="utf-8")
    code = main(["--db", str(db_path), "participants", "import", "--workshop", demo_id,
                 str(csv_file)])
    err = capsys.readouterr().err
    assert code == 1
    assert "row 4: the email address is not valid" in err
    assert "row 5: consent must be yes or no (got \"peut-être\")" in err
    assert "row 3" not in err  # a blank row is skipped, not an error
    assert "nothing was imported" in err
    assert main(["--db", str(db_path), "participants", "list", "--workshop", demo_id,
                 "--json"]) == 0
    assert "Ana" not in {p["name"] for p in json.loads(capsys.readouterr().out)}


def test_cli_unknown_workshop(db_path, tmp_path, capsys):
    csv_file = tmp_path / "p.csv"
    csv_file.write_text("name\nAna\n", encoding="utf-8")
    assert main(["--db", str(db_path), "participants", "import", "--workshop", "nope",
                 str(csv_file)]) == 1
    assert "no workshop with id nope" in capsys.readouterr().err
