"""The .docx twin: python-docx reads back real headings, header rows, alt text, language."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from tests.core.report_fixtures import fill_demo


def _plan():
    from pcsc_workshop.core.plans import NextStepRow, PlanDoc, SupportRow

    return PlanDoc(id="p", workshop_id="w", workshop_title="Smart city deep dive",
                   owner_kind="participant", owner_id="o", owner_name="আনিকা রহমান",
                   delegation_label="Dhaka, Bangladesh",
                   key_takeaways="Open data <b>grew</b> from needs\n- ward pilots",
                   next_steps=[NextStepRow(action="Publish the ward data", responsible="DNCC",
                                           status="in progress")],
                   support=[SupportRow(provider="JICA", kind="financing", detail="Sensors")])


def _headings(document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs
            if p.style.name.startswith(("Heading", "Title"))]


def _lang(document) -> str:
    normal = document.styles["Normal"].element
    return normal.rPr.find(qn("w:lang")).get(qn("w:val"))


def test_plan_docx_has_headings_a_header_row_and_its_language(tmp_path: Path):
    from pcsc_workshop.core.reports.docx_export import write_plan_docx

    out = write_plan_docx(_plan(), tmp_path / "plan.docx", language="fr")
    document = Document(str(out))
    headings = _headings(document)
    assert ("Title", "Smart city deep dive") in headings
    assert ("Heading 1", "1 Principaux enseignements") in headings
    assert ("Heading 1", "4 Prochaines étapes") in headings
    assert _lang(document) == "fr-FR"
    assert document.core_properties.language == "fr-FR"
    steps = next(t for t in document.tables if t.rows[0].cells[1].text == "Action")
    assert steps.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # a real header row
    assert [c.text for c in steps.rows[1].cells][1:3] == ["Publish the ward data", "DNCC"]
    assert steps.rows[1].cells[7].text == "en cours"
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Open data <b>grew</b> from needs" in text  # user text stays text
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets == ["ward pilots"]
    cover = document.tables[0]
    assert cover.rows[1].cells[0].text == "আনিকা রহমান"


def test_arabic_docx_is_right_to_left(tmp_path: Path):
    from pcsc_workshop.core.reports.docx_export import write_plan_docx

    document = Document(str(write_plan_docx(_plan(), tmp_path / "ar.docx", language="ar")))
    assert _lang(document) == "ar-SA"
    normal = document.styles["Normal"].element
    assert normal.pPr.find(qn("w:bidi")) is not None
    assert all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in document.tables)
    assert ("Heading 1", "4 الخطوات القادمة") in _headings(document)


def test_dossier_and_report_docx_carry_charts_with_their_values(store, demo_id, tmp_path):
    from pcsc_workshop.core.reports.docx_export import write_dossier_docx, write_report_docx
    from pcsc_workshop.core.reports.report_data import collect_report

    fill_demo(store, demo_id)
    with store.session() as session:
        data = collect_report(session, demo_id, member_plans=True)
    scored = next(d for d in data.delegations if any(v is not None for v in d.scores.values()))
    dossier = Document(str(write_dossier_docx(data, scored.id, tmp_path / "d.docx")))
    shapes = dossier.inline_shapes
    assert len(shapes) == 1
    alt = shapes[0]._inline.docPr.get("descr")
    assert scored.label in alt and "Policy" in alt and any(c.isdigit() for c in alt)
    names = {h for _, h in _headings(dossier)}
    assert f"Self-assessment: {scored.label}" in names and "Members' action plans" in names
    report = Document(str(write_report_docx(data, tmp_path / "r.docx")))
    assert "Delegations and participants" in {h for _, h in _headings(report)}
    people = next(t for t in report.tables if t.rows[0].cells[1].text == "Name")
    assert len(people.rows) == len(data.people) + 1
    assert report.inline_shapes[0]._inline.docPr.get("descr").startswith("Bar chart")
