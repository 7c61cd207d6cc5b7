"""Every script a participant may type prints in plans and certificates and comes back out.

Per script, a name and a sentence go through a real plan PDF and a real certificate and are
read back with `pdftotext` (words compared after NFKC, bidi marks removed). The fonts that
drew each character are checked against their cmaps, so a box is never counted as printed.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from tests.core.script_samples import MIXED, SAMPLES

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) not installed")
_BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"), None)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_BIDI)


def _pdf_words(path: Path) -> set[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return set(_norm(out).split())


def _missing_words(text: str, words: set[str]) -> list[str]:
    return [w for w in _norm(text).split() if w not in words]


def _plan(name: str, sentence: str, extra: str = ""):
    from pcsc_workshop.core.plans import NextStepRow, PlanDoc, SupportRow

    return PlanDoc(id="p1", workshop_id="w1", workshop_title="Smart city deep dive",
                   owner_kind="participant", owner_id="x", owner_name=name,
                   delegation_label=name, key_takeaways=sentence, challenges=extra,
                   next_steps=[NextStepRow(action=sentence, responsible=name,
                                           indicator="≥ 99%")],
                   support=[SupportRow(provider="JICA", kind="training", detail=sentence)])


def _facts(title: str = "Smart city deep dive"):
    from pcsc_workshop.core.reports.facts import WorkshopFacts

    return WorkshopFacts(id="w1", title=title, dates="14–18 November 2016", venue="Tokyo",
                         organisers="JICA")


@needs_poppler
@pytest.mark.parametrize("script", list(SAMPLES))
def test_name_and_sentence_come_back_from_plan_and_certificate(tmp_path, script):
    from pcsc_workshop.core.reports.certificate import write_certificate
    from pcsc_workshop.core.reports.fonts import unprintable_report
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    name, sentence = SAMPLES[script]
    with unprintable_report() as unprintable:
        plan = write_plan_pdf(_plan(name, sentence), tmp_path / "plan.pdf",
                              generated=date(2016, 11, 18))
        cert = write_certificate(name, _facts(sentence), tmp_path / "cert.pdf",
                                 generated=date(2016, 11, 18))
    assert unprintable == {}
    plan_words = _pdf_words(plan)
    assert _missing_words(name, plan_words) == []
    assert _missing_words(sentence, plan_words) == []
    cert_words = _pdf_words(cert)
    assert _missing_words(name, cert_words) == []
    assert _missing_words(sentence, cert_words) == []


@needs_poppler
def test_at_least_98_percent_of_every_scripts_words_come_back(tmp_path):
    """One long document with every script, as a report would hold them."""
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    text = "\n".join(f"{n} {s}" for n, s in SAMPLES.values())
    pdf = write_plan_pdf(_plan("Mixed", text), tmp_path / "all.pdf")
    words = _pdf_words(pdf)
    for script, (name, sentence) in SAMPLES.items():
        expected = _norm(f"{name} {sentence}").split()
        found = sum(w in words for w in expected)
        assert found / len(expected) >= 0.98, (script, _missing_words(f"{name} {sentence}",
                                                                     words))


def _drawn_runs(flowable):
    """(face, chunk) of what a flowable draws."""
    from reportlab.platypus import Paragraph

    if isinstance(flowable, Paragraph):
        return [(f.fontName, f.text) for f in flowable.frags]
    from pcsc_workshop.core.reports.shaping import word_class

    return [(face, chunk) for word in flowable.words
            for face, _size, chunk, _shaped, _rtl in flowable._segments(
                word, word_class(word) == "R")]


@pytest.mark.parametrize("text", [t for pair in SAMPLES.values() for t in pair] + list(MIXED))
def test_every_character_drawn_has_a_glyph_in_the_font_that_draws_it(text):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics

    from pcsc_workshop.core.reports.text import para

    style = ParagraphStyle("t", fontName="NotoSans", fontSize=10, leading=14)
    runs = _drawn_runs(para(text, style))
    assert "".join(chunk for _, chunk in runs).replace(" ", "") == text.replace(" ", "")
    for face, chunk in runs:
        cmap = pdfmetrics.getFont(face).face.charToGlyph
        lacking = [c for c in chunk if not c.isspace() and ord(c) not in cmap
                   and unicodedata.category(c) != "Cf"]
        assert lacking == [], (face, chunk, lacking)


@pytest.mark.parametrize("text", MIXED)
def test_brackets_and_acronyms_stay_with_their_words(text):
    from pcsc_workshop.core.reports.fonts import BENGALI, DEVANAGARI, register_fonts

    fonts = register_fonts()
    runs = fonts.runs(text)
    # an Indic name keeps one font up to its closing bracket (no font switch inside a word)
    for family, chunk in runs:
        if family in (BENGALI, DEVANAGARI):
            for word in chunk.split():
                assert all(fonts.has(family, c) for c in word)


@needs_poppler
def test_mixed_script_strings_come_back_whole(tmp_path):
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    pdf = write_plan_pdf(_plan("Mixed", "\n".join(MIXED)), tmp_path / "mixed.pdf")
    words = _pdf_words(pdf)
    for text in MIXED:
        assert _missing_words(text, words) == [], text


@needs_poppler
def test_a_character_no_font_has_is_reported_not_silently_dropped(tmp_path):
    from pcsc_workshop.core.reports.batch import PlanBatch, PlanJob, write_plans

    # Adlam (Fulani in West Africa): no bundled font has it; a variation selector is invisible
    name = "Amara Okafor \U0001E900\U0001E901 \U000E0100"
    batch = PlanBatch(workshop=_facts(), jobs=[PlanJob(doc=_plan(name, "Plan"),
                                                       file_stem="amara"),
                                               PlanJob(doc=_plan("Ana", "Plan"),
                                                       file_stem="ana")])
    result = write_plans(batch, tmp_path)
    assert len(result.written) == 2  # the export still succeeds
    assert result.unprintable == {tmp_path.resolve() / "amara.pdf": "\U0001E900\U0001E901"}
    assert tmp_path.resolve() / "ana.pdf" not in result.unprintable
    assert "Okafor" in _pdf_words(result.written[0])


def test_every_font_is_embedded_and_no_helvetica(tmp_path):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts not installed")
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    text = "\n".join(s for _, s in SAMPLES.values())
    pdf = write_plan_pdf(_plan("Anika", text), tmp_path / "fonts.pdf")
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                         check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    assert not any("Helvetica" in r for r in rows), out
    # column "emb" is "yes" for every font
    assert all(" yes " in r for r in rows), out


def test_plan_sections_are_bookmarks_and_report_contents_are_links(tmp_path, store, demo_id):
    from pypdf import PdfReader

    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf
    from pcsc_workshop.core.reports.report_data import collect_report
    from pcsc_workshop.core.reports.report_pdf import write_report_pdf

    pdf = write_plan_pdf(_plan("Ana", "Plan"), tmp_path / "p.pdf", language="fr")
    outline = [o.title for o in PdfReader(str(pdf)).outline]
    assert outline == ["1 Principaux enseignements", "2 Défis", "3 Approches",
                       "4 Prochaines étapes", "5 Soutien futur souhaité"]
    with store.session() as session:
        data = collect_report(session, demo_id)
    reader = PdfReader(str(write_report_pdf(data, tmp_path / "r.pdf")))
    links = [a.get_object() for a in reader.pages[0].get("/Annots", [])]
    targets = [a["/Dest"] for a in links if a.get("/Subtype") == "/Link" and "/Dest" in a]
    assert len(targets) >= 5  # one per contents line, each a jump into the document
    assert len(reader.outline) >= 5


def test_charts_carry_their_values_as_text(tmp_path, store, demo_id):
    from pcsc_workshop.core.reports.delegation_pdf import write_delegation_pdf
    from pcsc_workshop.core.reports.report_data import collect_report
    from tests.core.report_fixtures import fill_demo

    fill_demo(store, demo_id)
    with store.session() as session:
        data = collect_report(session, demo_id)
    d = next(d for d in data.delegations if any(v is not None for v in d.scores.values()))
    words = _pdf_words(write_delegation_pdf(data, d.id, tmp_path / "d.pdf"))
    assert {"Radar", "chart", "elements,"} <= words
    scored = [(n, v) for n, v in zip(range(1, 22), [d.scores.get(e.id) for e in
              sorted(data.elements, key=lambda e: e.number)], strict=True) if v is not None]
    assert scored and all(str(v) in words or f"{v}," in words or f"{v};" in words
                          for _, v in scored)


def test_pdfs_are_tagged_headings_paragraphs_tables_figures(tmp_path, store, demo_id):
    from pypdf import PdfReader

    from pcsc_workshop.core.reports.delegation_pdf import write_delegation_pdf
    from pcsc_workshop.core.reports.report_data import collect_report
    from tests.core.report_fixtures import fill_demo

    fill_demo(store, demo_id)
    with store.session() as session:
        data = collect_report(session, demo_id)
    d = next(d for d in data.delegations if any(v is not None for v in d.scores.values()))
    pdf = write_delegation_pdf(data, d.id, tmp_path / "d.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "Tagged:          yes" in info
    reader = PdfReader(str(pdf))
    root = reader.trailer["/Root"]
    elements = [k.get_object() for k in root["/StructTreeRoot"]["/K"]]
    kinds = [str(e["/S"]) for e in elements]
    assert {"/H1", "/H2", "/P", "/Table", "/Figure"} <= set(kinds)
    figure = next(e for e in elements if e["/S"] == "/Figure")
    assert "Radar chart" in figure["/Alt"] and d.label in figure["/Alt"]
    # every page is in the parent tree, each element points at a page and an MCID
    assert all("/StructParents" in page for page in reader.pages)
    assert all("/Pg" in e and isinstance(e["/K"], int) for e in elements)
    # the footer is an artifact, not content: its text is in no element's page stream tag
    stream = reader.pages[0].get_contents().get_data().decode("latin-1")
    assert stream.count("/Artifact BMC") >= 1 and stream.count("BDC") >= len(
        [e for e in elements if e["/Pg"] == reader.pages[0].indirect_reference])
