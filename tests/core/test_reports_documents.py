"""Delegation plans, workshop report, dossiers and agenda, built from a real database and read
back: names in four scripts, consent, anonymisation, contents, 12 delegations."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tests.core.report_fixtures import (
    ARABIC_PLAN,
    EMAILS,
    GREEK,
    fill_demo,
    needs_poppler,
    page_count,
    pdf_text,
    twelve_delegations,
)

pytestmark = pytest.mark.skipif(needs_poppler, reason="poppler-utils (pdftotext) not installed")
DAY = date(2025, 11, 23)
CONSENTING = ("José Ignacio Muñoz", "Олена Коваленко", GREEK, "ليلى بنعلي", "سامي الطرابلسي",
              "Ana Cossa", "Tanvir Hossain")


@pytest.fixture()
def filled(store, demo_id):
    return fill_demo(store, demo_id)


def _collect(store, workshop_id: str, **kw):
    from pcsc_workshop.core.curriculum import load_curriculum
    from pcsc_workshop.core.reports.report_data import collect_report

    with store.session() as s:
        return collect_report(s, workshop_id, curriculum=load_curriculum(), **kw)


def test_report_gives_back_names_in_latin_cyrillic_greek_and_arabic(store, demo_id, filled,
                                                                     tmp_path):
    from pcsc_workshop.core.reports.report_pdf import write_report_pdf

    out = write_report_pdf(_collect(store, demo_id), tmp_path / "report.pdf", generated=DAY)
    text = pdf_text(out)
    for name in CONSENTING:
        assert name in text, name
    assert "Обсуждение: открытые данные" in text  # the Cyrillic agenda session
    assert ARABIC_PLAN.split(":")[0] in text  # the Arabic delegation plan, first clause
    pages = page_count(out)
    assert f"Page {pages} of {pages}" in text
    for heading in ("Agenda", "Delegations and participants", "Self-assessments compared",
                    "Delegation plans", "Desired future support"):
        assert heading in pdf_text(out, 1), heading  # listed in the contents on page 1


def test_non_consenting_participant_is_participant_n_everywhere(store, demo_id, filled,
                                                                tmp_path):
    from pcsc_workshop.core.reports.delegation_pdf import write_delegation_pdf
    from pcsc_workshop.core.reports.dossier_pdf import write_dossier_pdf
    from pcsc_workshop.core.reports.report_pdf import write_report_pdf

    data = _collect(store, demo_id, member_plans=True)
    casablanca = filled["Casablanca, Morocco"]
    files = [write_report_pdf(data, tmp_path / "r.pdf", generated=DAY),
             write_delegation_pdf(data, casablanca, tmp_path / "d.pdf", generated=DAY),
             write_dossier_pdf(data, casablanca, tmp_path / "x.pdf", generated=DAY)]
    for path in files:
        text = pdf_text(path)
        assert "Participant 4" in text, path.name  # 4th in the workshop's list
        assert "Youssef" not in text and "Amrani" not in text, path.name
        assert EMAILS[1] not in text
        assert "ليلى بنعلي" in text and GREEK in text  # consenting members keep their names
    # the member's row says who, without organisation or role
    assert "Casablanca Events" not in pdf_text(files[0])


def test_anonymised_report_and_dossier_contain_no_name_or_email(store, demo_id, filled,
                                                                  tmp_path):
    from pcsc_workshop.core.people import list_participants
    from pcsc_workshop.core.reports.dossier_pdf import write_dossiers
    from pcsc_workshop.core.reports.report_pdf import write_report_pdf

    with store.session() as s:
        people = list_participants(s, demo_id)
    data = _collect(store, demo_id, anonymised=True, member_plans=True)
    report = write_report_pdf(data, tmp_path / "report.pdf", generated=DAY)
    folder = tmp_path / "dossiers"
    folder.mkdir()
    dossiers = write_dossiers(data, folder, generated=DAY).written
    assert len(dossiers) == len(filled)  # one per delegation
    for path in [report, *dossiers]:
        text = pdf_text(path)
        assert "@" not in text, path.name
        for p in people:
            assert p.name not in text, (path.name, p.name)
            for part in p.name.split():
                if len(part) >= 4 and part.isalpha():
                    assert not re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text), \
                        (path.name, part)
    text = pdf_text(report)
    assert "Participant 1" in text and f"Participant {len(people)}" in text
    assert "Anonymised copy" in text


def test_dossier_contents_point_at_the_right_pages(store, demo_id, filled, tmp_path):
    from pcsc_workshop.core.reports.dossier_pdf import write_dossier_pdf

    data = _collect(store, demo_id, member_plans=True)
    out = write_dossier_pdf(data, filled["Casablanca, Morocco"], tmp_path / "d.pdf",
                            generated=DAY)
    contents = pdf_text(out, 1, layout=True)
    pages = page_count(out)
    checked = 0
    for title in ("Agenda", "Self-assessment: Casablanca, Morocco", "Delegation action plan",
                  "Members' action plans", f"Action plan: {GREEK}", "Support requests"):
        match = re.search(rf"{re.escape(title)} (\d+)", contents)
        assert match, (title, contents)
        page = int(match.group(1))
        assert 2 <= page <= pages
        assert pdf_text(out, page).startswith(title), (title, page)
        checked += 1
    assert checked == 6
    text = pdf_text(out)
    assert "دعم فني لحوكمة البيانات" in text  # support requests, Arabic detail
    assert "Відкриті дані" not in text  # another delegation's member plan is not here


def test_pune_dossier_and_delegation_plan_carry_cyrillic_and_devanagari(store, demo_id, filled,
                                                                        tmp_path):
    from pypdf import PdfReader

    from pcsc_workshop.core.reports.delegation_pdf import write_delegation_pdf
    from pcsc_workshop.core.reports.dossier_pdf import write_dossier_pdf

    data = _collect(store, demo_id, member_plans=True)
    pune = filled["Pune, India"]
    dossier = write_dossier_pdf(data, pune, tmp_path / "pune.pdf", generated=DAY)
    assert "Олена Коваленко" in pdf_text(dossier)
    assert "Відкриті дані змінюють місто." in pdf_text(dossier)
    plan = write_delegation_pdf(data, pune, tmp_path / "pune-plan.pdf", generated=DAY)
    assert "Олена Коваленко" in pdf_text(plan)
    fonts = {str(f.get_object()["/BaseFont"]).split("+")[-1]
             for page in PdfReader(str(plan)).pages
             for f in page["/Resources"]["/Font"].values()}
    assert any(f.startswith("NotoSansDevanagari") for f in fonts)  # प्रिया देशपांडे


def test_agenda_lists_every_day_with_its_date(store, demo_id, filled, tmp_path):
    from pcsc_workshop.core.reports.agenda_pdf import write_agenda_pdf

    text = pdf_text(write_agenda_pdf(_collect(store, demo_id), tmp_path / "a.pdf",
                                     generated=DAY))
    for n, day in enumerate(range(14, 19), start=1):
        assert f"Day {n} · {day} November 2016" in text
    assert "نقاش حول البيانات المفتوحة" in text
    assert "Site visit: Kashiwa-no-ha smart city (PPAP)" in text


def test_radar_and_bars_draw_the_assessment_numbers(store, demo_id, filled):
    from pcsc_workshop.core.assessment import domain_scores
    from pcsc_workshop.core.reports.charts import RadarDrawing, segments
    from pcsc_workshop.core.reports.delegation_pdf import assessment_story
    from pcsc_workshop.core.reports.report_pdf import comparison_story
    from tests.core.report_fixtures import scores_for

    data = _collect(store, demo_id)
    d = data.delegation(filled["Sfax, Tunisia"])  # third delegation: scores_for(2)
    expected = scores_for(2)
    radar = next(f for f in assessment_story(data, d) if isinstance(f, RadarDrawing)).radar
    values = radar.series[0].values
    assert values == tuple(expected[e.id] for e in data.elements)
    assert values.count(None) == 4  # unscored: gaps, not zeros
    assert all(v is None for v, e in zip(values, data.elements, strict=True)
               if expected[e.id] is None)
    for run in segments(values):  # no line runs through an unscored element
        assert all(values[i] is not None for i in run)
    assert radar.series[1].values == tuple(data.averages[e.id] for e in data.elements)
    assert [name for _id, name, *_ in radar.domains] == ["Policy", "Organization", "System",
                                                         "Technology", "Operation"]
    bars = next(f for f in comparison_story(data) if hasattr(f, "bars")).bars
    by_label = dict(bars.groups)
    for delegation in data.delegations:
        means = domain_scores(delegation.scores, data.elements)
        assert by_label[delegation.label] == tuple(means.values())
    assert by_label["Santiago, Chile"] == (None,) * 5  # not assessed: "not scored", not 0


def test_segments_break_at_gaps_and_close_the_circle():
    from pcsc_workshop.core.reports.charts import segments

    assert segments([1, 2, 3]) == [[0, 1, 2, 0]]
    assert segments([1, None, 3, 4, None]) == [[0], [2, 3]]
    assert segments([1, 2, None, 4]) == [[3, 0, 1]]
    assert segments([None, None]) == []


def test_a_12_delegation_report_builds_with_every_plan(store, tmp_path):
    from pcsc_workshop.core.reports.report_pdf import write_report_pdf

    wid = twelve_delegations(store)
    out = write_report_pdf(_collect(store, wid), tmp_path / "r12.pdf", generated=DAY)
    contents = pdf_text(out, 1, layout=True)
    for k in range(1, 13):
        assert f"City {k}, Country {k}" in contents
    text = pdf_text(out)
    assert text.count("Step 4") == 12  # every delegation plan's last next step
    assert "Participant 1 " in text  # (k + m) % 4 == 0 did not consent


def test_cli_exports_report_dossier_and_agenda(store, demo_id, filled, tmp_path, capsys):
    from pcsc_workshop.cli import main

    db = str(store.path)
    assert main(["--db", db, "export", "report", "--workshop", demo_id, "--anonymised",
                 "--out", str(tmp_path / "r.pdf")]) == 0
    assert "Participant 3" in pdf_text(tmp_path / "r.pdf")
    assert main(["--db", db, "export", "agenda", "--workshop", demo_id,
                 "--out", str(tmp_path / "a.pdf")]) == 0
    assert main(["--db", db, "export", "dossier", "--workshop", demo_id, "--delegation",
                 filled["Casablanca, Morocco"], "--out", str(tmp_path)]) == 0
    written = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert written.name == "Delegation dossier Casablanca, Morocco.pdf"
    assert GREEK in pdf_text(written)
    assert main(["--db", db, "export", "dossier", "--workshop", demo_id,
                 "--out", str(tmp_path / "one.pdf")]) == 1
    assert "must be a folder" in capsys.readouterr().err
