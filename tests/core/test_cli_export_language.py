"""`export ... --language/--paper/--issued/--docx` and a participant's own language, from the CLI."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

from pypdf import PdfReader


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


def _people(store, workshop_id):
    from pcsc_workshop.core.people import list_participants

    with store.session() as s:
        return list_participants(s, workshop_id)


def test_plans_follow_each_participants_language_unless_one_is_chosen(store, demo_id, tmp_path,
                                                                       capsys):
    from pcsc_workshop.cli import main

    db = str(store.path)
    people = _people(store, demo_id)
    olena = next(p for p in people if p.name == "Олена Коваленко")
    assert main(["--db", db, "participants", "language", "--participant", olena.id,
                 "--language", "fr"]) == 0
    (tmp_path / "own").mkdir()
    (tmp_path / "es").mkdir()
    assert main(["--db", db, "export", "plans", "--workshop", demo_id,
                 "--out", str(tmp_path / "own")]) == 0
    assert "Prochaines étapes" in _text(tmp_path / "own" / "Олена Коваленко.pdf")
    assert "Next steps" in _text(tmp_path / "own" / "José Ignacio Muñoz.pdf")
    assert main(["--db", db, "export", "plans", "--workshop", demo_id, "--language", "es",
                 "--paper", "letter", "--docx", "--out", str(tmp_path / "es")]) == 0
    plan = tmp_path / "es" / "Олена Коваленко.pdf"
    assert "Próximos pasos" in _text(plan)
    box = PdfReader(str(plan)).pages[0].mediabox
    assert (round(float(box[2])), round(float(box[3]))) == (612, 792)
    assert (tmp_path / "es" / "Олена Коваленко.docx").exists()
    assert main(["--db", db, "participants", "language", "--participant", olena.id,
                 "--language", "xx"]) == 1
    assert "use en, fr, es, pt or ar" in capsys.readouterr().err


def test_certificates_in_arabic_with_a_chosen_issue_date(store, demo_id, tmp_path):
    from pcsc_workshop.cli import main

    assert main(["--db", str(store.path), "export", "certificates", "--workshop", demo_id,
                 "--language", "ar", "--issued", "2016-11-18", "--out", str(tmp_path)]) == 0
    cert = next(tmp_path.glob("*certificate.pdf"))
    text = _text(cert)
    assert "شهادة مشاركة" in text and "CERTIFICATE" not in text
    words = set(text.translate(dict.fromkeys(range(0x202A, 0x202F), " ")).split())
    assert {"18", "نوفمبر", "2016"} <= words
    box = PdfReader(str(cert)).pages[0].mediabox
    assert float(box[2]) > float(box[3])  # landscape


def test_report_in_french_and_its_docx(store, demo_id, tmp_path):
    from docx import Document

    from pcsc_workshop.cli import main

    out = tmp_path / "rapport.pdf"
    assert main(["--db", str(store.path), "export", "report", "--workshop", demo_id,
                 "--language", "fr", "--docx", "--out", str(out)]) == 0
    text = _text(out)
    assert "RAPPORT DE L’ATELIER" in text and "Sommaire" in text and "Contents" not in text
    headings = [p.text for p in Document(str(out.with_suffix(".docx"))).paragraphs
                if p.style.name.startswith("Heading")]
    assert "Programme" in headings and "Délégations et participants" in headings


def test_a_character_no_font_has_is_named_on_stderr(store, demo_id, tmp_path, capsys):
    from pcsc_workshop.cli import main
    from pcsc_workshop.core.models import Participant

    with store.session() as s:
        person = s.query(Participant).filter_by(workshop_id=demo_id).first()
        person.name = "Amara \U0001E900"  # Adlam: no bundled font has it
    assert main(["--db", str(store.path), "export", "certificates", "--workshop", demo_id,
                 "--out", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "no bundled font can print" in err and "U+1E900" in err and "Amara" in err
