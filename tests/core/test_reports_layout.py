"""Layout that holds: syllables never split, hyphens mark breaks, headings never stranded,
long cells never leave half-empty pages, US Letter as well as A4."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle

from tests.core.report_fixtures import fill_demo, needs_poppler

pytestmark = pytest.mark.skipif(needs_poppler, reason="poppler-utils not installed")


def _style(size=10):
    from pcsc_workshop.core.reports.styles import styles

    return ParagraphStyle("t", parent=styles().body, fontSize=size, leading=size * 1.4)


@pytest.mark.parametrize("word", ["ঢাকাউত্তরসিটিকর্পোরেশনেরস্মার্টপরিকল্পনা",
                                  "स्मार्टसिटीकार्ययोजनाप्रस्तुतकीगई",
                                  "ផែនការសកម្មភាពទីក្រុងឆ្លាតវៃ"])
def test_a_long_indic_word_breaks_between_syllables_only(word):
    from pcsc_workshop.core.reports.shaping import clusters
    from pcsc_workshop.core.reports.text import para

    flowable = para(word, _style())
    flowable.wrap(60, 1000)
    pieces = [w for line in flowable._lines for w in line]
    assert len(pieces) >= 2  # it did break
    joined = "".join(p.removesuffix("-") for p in pieces)
    assert joined == word
    boundaries = set()
    at = 0
    for unit in clusters(word):
        at += len(unit)
        boundaries.add(at)
    at = 0
    for piece in pieces[:-1]:
        at += len(piece.removesuffix("-"))
        assert at in boundaries, (piece, word)  # never inside a conjunct or a vowel sign
    khmer = word.startswith("ផ")
    assert all(p.endswith("-") for p in pieces[:-1]) != khmer  # Khmer is written unspaced


def _lines(pdf: Path, page: int | None = None) -> list[str]:
    cmd = ["pdftotext", "-layout"] + (["-f", str(page), "-l", str(page)] if page else [])
    out = subprocess.run([*cmd, str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [unicodedata.normalize("NFKC", line).strip() for line in out.splitlines()
            if line.strip()]


def test_long_english_words_in_narrow_cells_break_with_a_hyphen(tmp_path):
    from pcsc_workshop.core.plans import NextStepRow, PlanDoc
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    doc = PlanDoc(id="p", workshop_id="w", workshop_title="T", owner_kind="participant",
                  owner_id="o", owner_name="Ana", delegation_label="X",
                  next_steps=[NextStepRow(action="x", responsible="Infrastructure "
                                          "interoperability accountability")])
    pdf = write_plan_pdf(doc, tmp_path / "h.pdf", language="en")
    text = " ".join(_lines(pdf))
    # every word cut at a line end carries a hyphen: no "Infrastructur e"
    assert "Infrastructur e" not in text
    assert any(part.endswith("-") for part in text.split())


def test_a_long_plain_text_hyphenates_in_the_documents_language(tmp_path):
    from pcsc_workshop.core.reports.plain import PlainParagraph
    from pcsc_workshop.core.reports.styles import HYPHENATION

    style = ParagraphStyle("t", parent=_style(), hyphenationLang=HYPHENATION["fr"])
    text = "interopérabilité " * 200
    flowable = PlainParagraph(text, style, "NotoSans")
    flowable.wrap(125, 10_000)
    lines = [line for line, _w in flowable._lines]
    assert any(line.endswith("-") for line in lines)
    rebuilt = " ".join(lines).replace("- ", "")
    assert rebuilt.split() == text.split()


HEADINGS = ("Weakest elements: suggested priorities", "Domain scores", "Stage", "Members",
            "Desired future support", "Next steps", "Self-assessment")


def test_no_heading_is_left_alone_at_the_foot_of_a_page(store, demo_id, tmp_path):
    from pypdf import PdfReader

    from pcsc_workshop.core.reports.dossier_pdf import write_dossiers
    from pcsc_workshop.core.reports.report_data import collect_report

    fill_demo(store, demo_id)
    with store.session() as session:
        data = collect_report(session, demo_id, member_plans=True)
    result = write_dossiers(data, tmp_path)
    checked = 0
    for pdf in result.written:
        for page in range(1, len(PdfReader(str(pdf)).pages) + 1):
            body = _lines(pdf, page)[:-3]  # the footer: title, date, page number
            if body:
                checked += 1
                last = body[-1]
                assert not any(last.startswith(h) and len(last) < len(h) + 40
                               for h in HEADINGS), (pdf.name, page, last)
    assert checked > 10


def test_a_long_cell_does_not_leave_a_half_empty_page(tmp_path):
    from pypdf import PdfReader

    from pcsc_workshop.core.plans import NextStepRow, PlanDoc
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    long = ("The ward offices publish their service data every quarter with a named owner. "
            * 120)
    doc = PlanDoc(id="p", workshop_id="w", workshop_title="T", owner_kind="participant",
                  owner_id="o", owner_name="Ana", delegation_label="X",
                  key_takeaways="Short intro.",
                  next_steps=[NextStepRow(action="Pilot"), NextStepRow(action=long),
                              NextStepRow(action="Evaluate")])
    pdf = write_plan_pdf(doc, tmp_path / "long.pdf")
    pages = len(PdfReader(str(pdf)).pages)
    first = _lines(pdf, 1)
    # page 1 holds the table and the start of the full text, not just the cover
    assert any("Step 2 in full" in line for line in _lines(pdf)), _lines(pdf)[:40]
    assert len(first) > 25 and pages <= 3
    assert "Evaluate" in " ".join(first)  # the table kept its three rows together


@pytest.mark.parametrize("paper,size", [("a4", (595, 842)), ("letter", (612, 792))])
def test_documents_on_a4_and_us_letter(tmp_path, store, demo_id, paper, size):
    from pypdf import PdfReader

    from pcsc_workshop.core.reports.report_data import collect_report
    from pcsc_workshop.core.reports.report_pdf import write_report_pdf

    with store.session() as session:
        data = collect_report(session, demo_id)
    pdf = write_report_pdf(data, tmp_path / "r.pdf", paper=paper)
    for page in PdfReader(str(pdf)).pages:
        box = page.mediabox
        assert (round(float(box[2])), round(float(box[3]))) == size


def test_the_report_has_no_page_holding_only_a_delegations_last_block(store, demo_id, tmp_path):
    from pypdf import PdfReader

    from pcsc_workshop.core.reports.report_data import collect_report
    from pcsc_workshop.core.reports.report_pdf import write_report_pdf

    fill_demo(store, demo_id)
    with store.session() as session:
        data = collect_report(session, demo_id)
    pdf = write_report_pdf(data, tmp_path / "r.pdf")
    lonely = []
    for page in range(2, len(PdfReader(str(pdf)).pages) + 1):
        body = _lines(pdf, page)[:-3]
        if body and body[0].startswith("Weakest elements") and len(body) < 14:
            lonely.append(page)
    assert lonely == []


def test_a_long_table_starts_under_its_heading_not_on_the_next_page(tmp_path):
    from datetime import date

    from pcsc_workshop.core.plans import NextStepRow, PlanDoc
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    doc = PlanDoc(id="p", workshop_id="w", workshop_title="T", owner_kind="participant",
                  owner_id="o", owner_name="Ana", delegation_label="X",
                  next_steps=[NextStepRow(action=f"Pilot {n}", start_date=date(2017, 1, 15))
                              for n in range(70)])
    pdf = write_plan_pdf(doc, tmp_path / "t.pdf")
    first = " ".join(" ".join(_lines(pdf, 1)).split())
    assert "Next steps" in first and "Pilot 0" in first and "Pilot 15" in first
    second = _lines(pdf, 2)
    assert second[0].startswith("#")  # the header row repeats on the next page
