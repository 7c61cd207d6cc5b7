"""Plan PDFs, certificates and the CSV, exported from a real demo database and read back."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) not installed")
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"), None)


def pdf_text(path: Path) -> str:
    """Extracted text, Arabic presentation forms normalised, bidi marks and spacing removed."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    out = unicodedata.normalize("NFKC", out).translate(_BIDI_CONTROLS)
    return " ".join(out.split())


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def embedded_fonts(path: Path) -> set[str]:
    from pypdf import PdfReader

    names = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1].split("-")[0])
    return names


@pytest.fixture()
def out(tmp_path: Path) -> Path:
    """An empty output folder (tmp_path itself holds the database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _add_greek_participant(store, workshop_id: str) -> str:
    from pcsc_workshop.core.models import Participant

    with store.session() as s:
        p = Participant(workshop_id=workshop_id, name="Ελένη Παπαδοπούλου",
                        organisation="Δήμος Θεσσαλονίκης", role="Planner", consent=True,
                        position=99, email="eleni@example.gr")
        s.add(p)
        s.flush()
        return p.id


def _export(store, demo_id, out: Path, **kw):
    from pcsc_workshop.core.reports.batch import collect_plans, write_plans

    with store.session() as s:
        batch = collect_plans(s, demo_id, anonymised=kw.pop("anonymised", False))
    return write_plans(batch, out, generated=date(2025, 11, 23), **kw)


@needs_poppler
def test_plan_pdfs_give_back_names_in_latin_cyrillic_greek_and_arabic(store, demo_id, tmp_path):
    _add_greek_participant(store, demo_id)
    result = _export(store, demo_id, tmp_path)
    by_name = {p.stem: p for p in result.written}
    for name in ("José Ignacio Muñoz", "Олена Коваленко", "Ελένη Παπαδοπούλου", "ليلى بنعلي",
                 "سامي الطرابلسي"):
        text = pdf_text(by_name[name])
        assert name in text, (name, text[:300])
        assert "Smart Cities Technical Deep Dive" in text
        assert "Page 1 of 1" in text


def test_bengali_and_devanagari_plans_embed_their_fonts_and_render(store, demo_id, tmp_path):
    result = _export(store, demo_id, tmp_path)
    by_name = {p.stem: p for p in result.written}
    assert "NotoSansBengali" in embedded_fonts(by_name["আনিকা রহমান"])
    assert "NotoSansDevanagari" in embedded_fonts(by_name["प्रिया देशपांडे"])
    if shutil.which("pdftoppm"):
        png = tmp_path / "bn"
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-singlefile",
                        str(by_name["আনিকা রহমান"]), str(png)], check=True)
        assert png.with_suffix(".png").stat().st_size > 5_000


@needs_poppler
def test_an_empty_plan_says_not_yet_filled(store, demo_id, tmp_path):
    result = _export(store, demo_id, tmp_path)
    empty = next(p for p in result.written if p.stem == "Tanvir Hossain")
    filled = next(p for p in result.written if p.stem == "আনিকা রহমান")
    assert pdf_text(empty).count("Not yet filled") == 5  # 3 sections and 2 tables
    assert "Not yet filled" not in pdf_text(filled)


@needs_poppler
def test_a_20000_character_field_and_60_steps_paginate(store, demo_id, tmp_path):
    from pcsc_workshop.core.plans import NextStepRow, plan_for_participant
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    with store.session() as s:
        people = __import__("pcsc_workshop.core.people", fromlist=["x"]).list_participants(
            s, demo_id)
        doc = plan_for_participant(s, people[6].id)
    words = "resilient inclusive infrastructure financing governance "
    doc.key_takeaways = (words * 400)[:20_000]
    doc.challenges = "x" * 20_000  # one unbreakable word
    doc.next_steps = [
        NextStepRow(action=f"Action number {n}", responsible="Planning unit",
                    start_date=date(2017, 1, 1), end_date=date(2017, 12, 31),
                    indicator="Share of wards covered", status="planned")
        for n in range(1, 61)
    ]
    doc.next_steps[10].action = "ليلى بنعلي " * 2_000  # a 20,000-character cell
    out = write_plan_pdf(doc, tmp_path / "long.pdf", generated=date(2025, 11, 23))
    pages = page_count(out)
    assert pages >= 10
    text = pdf_text(out)
    assert f"Page {pages} of {pages}" in text
    assert "Action number 60" in text and "Action number 1 " in text
    # the table header repeats on every page the table runs over
    per_page = pdf_text_pages(out)
    assert len(per_page) == pages
    table_pages = [t for t in per_page if "Action number" in t]
    assert len(table_pages) >= 2
    assert all("Responsible" in t and "Indicator" in t for t in table_pages)


def pdf_text_pages(path: Path) -> list[str]:
    """The text of each page, from one pdftotext run (it ends every page with a form feed;
    one run per page parsed the whole file again for each)."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [" ".join(page.split()) for page in out.split("\f")[:-1]]


def test_missing_or_read_only_folder_gives_a_clear_message(store, demo_id, tmp_path,
                                                            monkeypatch):
    from pcsc_workshop.core.people import list_participants
    from pcsc_workshop.core.plans import plan_for_participant
    from pcsc_workshop.core.reports.output import ExportError
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    with store.session() as s:
        doc = plan_for_participant(s, list_participants(s, demo_id)[0].id)
    with pytest.raises(ExportError, match="does not exist"):
        write_plan_pdf(doc, tmp_path / "nowhere" / "plan.pdf")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        if os.geteuid() == 0:  # root may write anywhere: make the OS refuse as it would
            import tempfile

            def refuse(*_a, **_k):
                raise PermissionError(13, "Permission denied")

            monkeypatch.setattr(tempfile, "mkstemp", refuse)
            with pytest.raises(ExportError, match="Permission denied"):
                write_plan_pdf(doc, locked / "plan.pdf")
        else:
            with pytest.raises(ExportError, match="read-only"):
                write_plan_pdf(doc, locked / "plan.pdf")
    finally:
        locked.chmod(0o755)
    assert list(locked.iterdir()) == []


def test_cli_reports_missing_folder_and_unknown_workshop_in_one_line(db_path, demo_id,
                                                                     tmp_path, capsys):
    from pcsc_workshop.cli import main

    # a missing folder is made (as users expect); a file in the way is one line
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    assert main(["--db", str(db_path), "export", "plans", "--workshop", demo_id,
                 "--out", str(blocker / "missing")]) == 1
    err = capsys.readouterr().err.strip()
    assert "folder" in err and "\n" not in err
    assert main(["--db", str(db_path), "export", "plans", "--workshop", "no-such-id",
                 "--out", str(tmp_path / "not made")]) == 1
    err = capsys.readouterr().err.strip()
    assert "No workshop with id no-such-id" in err and "\n" not in err
    assert not list(tmp_path.glob("*.pdf")) and not (tmp_path / "not made").exists()


def test_cli_exports_plans_certificates_and_csv(db_path, store, demo_id, tmp_path, out, capsys):
    from pcsc_workshop.cli import main
    from pcsc_workshop.core.people import list_participants

    with store.session() as s:
        people = len(list_participants(s, demo_id))  # one plan and one certificate each
    assert people

    assert main(["--db", str(db_path), "export", "plans", "--workshop", demo_id,
                 "--out", str(out)]) == 0
    printed = capsys.readouterr().out.split("\n")
    assert sum(line.endswith(".pdf") for line in printed) == people
    assert (out / "ليلى بنعلي.pdf").exists() and len(list(out.glob("*.pdf"))) == people
    certs = tmp_path / "certs"
    certs.mkdir()
    assert main(["--db", str(db_path), "export", "certificates", "--workshop", demo_id,
                 "--out", str(certs)]) == 0
    files = sorted(certs.glob("*.pdf"))
    assert len(files) == people and all(page_count(f) == 1 for f in files)
    assert main(["--db", str(db_path), "export", "csv", "--workshop", demo_id,
                 "--out", str(tmp_path / "steps.csv")]) == 0
    assert (tmp_path / "steps.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_cancelled_batch_leaves_finished_files_and_no_partial_one(store, demo_id, out):
    seen: list[tuple[int, int]] = []
    result = _export(store, demo_id, out, progress=lambda d, t: seen.append((d, t)),
                     cancelled=lambda: len(seen) >= 3)
    assert result.cancelled
    files = sorted(out.iterdir())
    assert len(files) == 3 == len(result.written)
    assert all(f.suffix == ".pdf" and page_count(f) >= 1 for f in files)
    assert seen == [(0, 9), (1, 9), (2, 9)]


def test_a_failing_render_leaves_no_file_behind(store, demo_id, out, monkeypatch):
    from reportlab.platypus import BaseDocTemplate

    from pcsc_workshop.core.reports import batch

    real_build = BaseDocTemplate.build
    calls = []

    def build_then_fail(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:  # the second file: write part of it, then the disk "fails"
            Path(self.filename).write_bytes(b"%PDF-1.4 half")
            raise OSError(28, "No space left on device")
        return real_build(self, *args, **kwargs)

    monkeypatch.setattr(BaseDocTemplate, "build", build_then_fail)
    with store.session() as s:
        plans = batch.collect_plans(s, demo_id)
    from pcsc_workshop.core.reports.output import ExportError

    with pytest.raises(ExportError, match="No space left"):
        batch.write_plans(plans, out)
    assert [f.name for f in out.iterdir()] == ["আনিকা রহমান.pdf"]


@needs_poppler
def test_anonymised_plans_hold_no_participant_name_or_email(store, demo_id, tmp_path):
    from pcsc_workshop.core.models import Participant
    from pcsc_workshop.core.people import list_participants
    from pcsc_workshop.core.plans import plan_for_participant, save_plan
    from pcsc_workshop.core.reports.batch import collect_plans

    with store.session() as s:
        people = list_participants(s, demo_id)
        for n, person in enumerate(people):
            s.get(Participant, person.id).email = f"person{n}@city.example.org"
        doc = plan_for_participant(s, people[6].id)  # José Ignacio Muñoz
        doc.key_takeaways = "Agreed with Ana Cossa and ليلى بنعلي; write to person2@city.example.org"
        doc.next_steps[:0] = []
        from pcsc_workshop.core.plans import NextStepRow

        doc.next_steps = [NextStepRow(action="Data inventory", responsible="Olena (Олена Коваленко)"),
                          NextStepRow(action="Ward map", responsible="Mr. Muñoz")]
        save_plan(s, doc)
    result = _export(store, demo_id, tmp_path, anonymised=True)
    assert sorted(p.stem for p in result.written) == sorted(f"Participant {n}"
                                                              for n in range(1, 10))
    everything = " ".join(pdf_text(p) for p in result.written)
    for person in people:
        assert person.name not in everything
        for part in person.name.split():
            if len(part) >= 3:
                assert part not in everything, part
    assert "@city.example.org" not in everything and "@" not in everything
    assert "Participant 6" in everything and "Participant 9" in everything
    # scripts that do not extract (Bengali, Devanagari) are checked on the data itself
    with store.session() as s:
        plans = collect_plans(s, demo_id, anonymised=True)
    dump = repr([job.doc for job in plans.jobs])
    assert not any(person.name in dump for person in people)


def test_csv_has_a_bom_and_one_row_per_step_and_request(store, demo_id, tmp_path):
    from pcsc_workshop.core.people import list_participants
    from pcsc_workshop.core.plans import NextStepRow, SupportRow, plan_for_participant, save_plan
    from pcsc_workshop.core.reports.csv_export import collect_rows, write_csv

    with store.session() as s:
        people = list_participants(s, demo_id)
        doc = plan_for_participant(s, people[2].id)
        doc.next_steps = [NextStepRow(action="إطلاق منصة البيانات", responsible="=HYPERLINK(1)"),
                          NextStepRow(action="Ward pilots", start_date=date(2017, 2, 1))]
        doc.support = [SupportRow(provider="JICA", kind="financing", detail="Pilot funds")]
        save_plan(s, doc)
        rows = collect_rows(s, demo_id)
    out = write_csv(rows, tmp_path / "all.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == 2 + 2 + 2 + 1  # demo plan: 2 steps, 2 requests; Leila: 2 + 1
    assert {r["record"] for r in table} == {"next step", "support"}
    leila = [r for r in table if r["owner"] == "ليلى بنعلي"]
    assert [r["action"] for r in leila if r["record"] == "next step"][0] == "إطلاق منصة البيانات"
    assert leila[0]["responsible"] == "'=HYPERLINK(1)"  # never run as a formula
    assert leila[1]["start_date"] == "2017-02-01"
    assert all(r["workshop"].startswith("Smart Cities") and r["delegation"] for r in table)


def test_file_names_keep_letters_of_any_script():
    from pcsc_workshop.core.reports.output import safe_filename, unique_name

    assert safe_filename("ليلى بنعلي", "x") == "ليلى بنعلي"
    assert safe_filename("José/Ignacio: Muñoz?", "x") == "José Ignacio Muñoz"
    assert safe_filename("../..", "participant-3") == "participant-3"
    assert safe_filename("CON", "x") == "CON_"
    taken: set[str] = set()
    assert [unique_name("Ana", ".pdf", taken) for _ in range(3)] == [
        "Ana.pdf", "Ana (2).pdf", "Ana (3).pdf"]
    assert re.fullmatch(r"[^/\\]+", safe_filename("a\\b/c", "x"))


def test_exporting_plans_writes_nothing_to_the_database(store, demo_id, tmp_path) -> None:
    """An export is a read: it must not create empty plan rows (they would travel in bundles)."""
    from sqlalchemy import func, select

    from pcsc_workshop.core.models import ActionPlan
    from pcsc_workshop.core.people import list_participants
    from pcsc_workshop.core.reports.batch import collect_plans, write_plans

    with store.session() as s:
        before = s.scalar(select(func.count()).select_from(ActionPlan))
        batch = collect_plans(s, demo_id)
    write_plans(batch, tmp_path)
    with store.session() as s:
        after = s.scalar(select(func.count()).select_from(ActionPlan))
    assert after == before
    with store.session() as s:
        people = len(list_participants(s, demo_id))
    assert people and len(list(tmp_path.glob("*.pdf"))) == people  # one per participant
