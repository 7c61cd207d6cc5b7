"""Exports behind the door: the documents the menu and the CLI write, orchestrated once.

The demo workshop in a real SQLite file; PDFs read back with pypdf, the .docx with
python-docx, the CSV as text.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from pcsc_workshop.core.certificates import CertificateSettings, Signatory
from pcsc_workshop.core.people import list_delegations, list_participants
from pcsc_workshop.core.validation import InvalidInput
from pcsc_workshop.door import Changes, Door
from pcsc_workshop.door.exports import EmptyPlan, NoSuchOwner, Options


def _text(path: Path) -> str:
    return unicodedata.normalize("NFKC", "".join(p.extract_text() for p in PdfReader(path).pages))


@pytest.fixture
def door(store) -> Door:
    return Door(store)


def _people(door: Door, workshop_id: str) -> list:
    with door.store.session() as s:
        return list_participants(s, workshop_id)


def test_plans_with_word_copies_in_the_chosen_language(door: Door, demo_id: str,
                                                       tmp_path: Path) -> None:
    people = _people(door, demo_id)
    ready: list[bool] = []
    seen: list[tuple[int, int]] = []
    folder = tmp_path / "plans"
    folder.mkdir()
    out = door.exports.plans(demo_id, folder, Options(language="fr", docx=True),
                             progress=lambda d, t: seen.append((d, t)),
                             ready=lambda: ready.append(bool(list(folder.iterdir()))))
    assert ready == [False]  # called once, before any file was written
    assert len(out.files) == len(people) and not out.cancelled  # shared plans: all empty
    assert [p.with_suffix(".docx") for p in out.files] == out.docx
    assert seen[-1] == (len(out.files), len(out.files))
    olena = folder / "Олена Коваленко.pdf"
    assert olena in out.files and "Prochaines étapes" in _text(olena)
    word = Document(str(olena.with_suffix(".docx")))
    assert "4 Prochaines étapes" in [p.text for p in word.paragraphs]


def test_one_plan_or_a_clear_reason_why_not(door: Door, demo_id: str, tmp_path: Path) -> None:
    person = _people(door, demo_id)[0]
    out = door.exports.plans(demo_id, tmp_path, participant_id=person.id)
    assert [p.stem for p in out.files] == [person.name]
    with pytest.raises(NoSuchOwner) as missing:
        door.exports.plans(demo_id, tmp_path, participant_id="nobody")
    assert missing.value.kind == "participant" and missing.value.owner_id == "nobody"
    with door.store.session() as s:
        empty = list_delegations(s, demo_id)[0]  # no delegation plan written yet
    with pytest.raises(EmptyPlan):
        door.exports.plans(demo_id, tmp_path, delegation_id=empty.id)
    with pytest.raises(KeyError):
        door.exports.plans("no-such-workshop", tmp_path)
    plan = door.plans.for_participant(person.id)
    single = door.exports.plan(plan.id, tmp_path / "mine.pdf", Options(language="es"))
    text = _text(single.files[0])  # the chosen language, not the owner's or the workshop's
    assert single.files == [tmp_path / "mine.pdf"] and "PLAN DE ACCIÓN" in text
    assert "Generado el" in text and "Next steps" not in text


def test_cancel_keeps_the_finished_files_only(door: Door, demo_id: str, tmp_path: Path) -> None:
    seen: list[int] = []
    folder = tmp_path / "certificates"
    folder.mkdir()
    out = door.exports.certificates(demo_id, folder, progress=lambda d, _t: seen.append(d),
                                    cancelled=lambda: len(seen) > 3)
    assert out.cancelled and len(out.files) == 4
    assert sorted(folder.iterdir()) == sorted(out.files)  # no half-written file


def test_anonymised_report_and_csv_name_nobody(door: Door, demo_id: str,
                                               tmp_path: Path) -> None:
    names = [p.name for p in _people(door, demo_id)]
    report = door.exports.report(demo_id, tmp_path / "report.pdf", Options(anonymised=True))
    text = _text(report.files[0])
    assert "WORKSHOP REPORT" in text and not any(n in text for n in names)
    csv = door.exports.csv(demo_id, tmp_path / "steps.csv", Options(anonymised=True))
    body = csv.files[0].read_text(encoding="utf-8-sig")
    assert csv.rows == body.count("\n") - 1 > 0 and not any(n in body for n in names)


def test_one_dossier_named_in_a_folder_and_the_run_sheet(door: Door, demo_id: str,
                                                         tmp_path: Path) -> None:
    with door.store.session() as s:
        dhaka = next(d for d in list_delegations(s, demo_id) if d.city == "Dhaka")
    one = door.exports.dossiers(demo_id, tmp_path, Options(docx=True), delegation_id=dhaka.id)
    assert len(one.files) == 1 and "Dhaka" in one.files[0].name and one.files[0].parent == \
        tmp_path and one.docx == [one.files[0].with_suffix(".docx")]
    with pytest.raises(NoSuchOwner):
        door.exports.dossiers(demo_id, tmp_path, delegation_id="nowhere")
    sheet = door.exports.agenda(demo_id, tmp_path / "run.pdf", run_sheet=True)
    assert "Day 1" in _text(sheet.files[0])


def test_certificate_settings_are_stored_and_say_what_changed(door: Door, demo_id: str) -> None:
    settings = CertificateSettings(logos=[], signatories=[
        Signatory("Amina <b>Benali</b>", "Directrice", "")], issued=None)
    out = door.exports.set_certificate_settings(demo_id, settings)
    assert out.changes == Changes.of(workshops=demo_id)
    stored = door.exports.certificate_settings(demo_id)
    assert [s.name for s in stored.signatories] == ["Amina <b>Benali</b>"]  # text, not markup
    with pytest.raises(InvalidInput):
        door.exports.set_certificate_settings(demo_id, CertificateSettings(
            logos=["bm90IGEgcGljdHVyZQ=="], signatories=[], issued=None))
    assert [s.name for s in door.exports.certificate_settings(demo_id).signatories] == [
        "Amina <b>Benali</b>"]  # the refused save changed nothing


def test_in_a_child_process_an_unknown_workshop_is_the_same_error(door: Door,
                                                                  tmp_path: Path) -> None:
    """The window's exports run in a child process (door/export_child.py): what the door
    would raise reaches the window as that error, with its words."""
    from pcsc_workshop.door.export_child import run_in_child

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(KeyError) as raised:
        run_in_child(door.store.path, "certificates", "no-such-workshop", out, Options())
    assert "no-such-workshop" in str(raised.value)
    assert list(out.iterdir()) == []


def test_the_child_stops_when_the_window_is_gone(door: Door, demo_id: str,
                                                 tmp_path: Path) -> None:
    """No answer to "cancelled?" (the window quit, its pipe closed): the child's batch stops
    as if Cancel had been pressed, instead of writing every plan for nobody."""
    import io
    import json
    from dataclasses import asdict

    from pcsc_workshop.door.export_child import serve

    request = {"kind": "plans", "workshop_id": demo_id, "target": str(tmp_path / "out"),
               "options": asdict(Options()), "curriculum_language": None, "extra": {}}
    (tmp_path / "out").mkdir()
    out = io.StringIO()
    assert serve(door, io.StringIO(json.dumps(request) + "\n"), out) == 0
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert answers[0] == {"cancelled": None}
    assert answers[-1]["done"]["cancelled"] is True and answers[-1]["done"]["files"] == []
    assert list((tmp_path / "out").iterdir()) == []
