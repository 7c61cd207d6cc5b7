"""The participants' agenda and the facilitator's run sheet are two documents; times follow
the order after a session is moved."""

from __future__ import annotations

import pytest

from pcsc_workshop.core.agenda import list_agenda, move_session, update_session
from tests.core.report_fixtures import needs_poppler, pdf_text

pytestmark = pytest.mark.skipif(needs_poppler, reason="poppler-utils (pdftotext) not installed")

NOTE = "Facilitator only: bring the sticky notes and split the room in fours"


def _collect(store, workshop_id):
    from pcsc_workshop.core.curriculum import load_curriculum
    from pcsc_workshop.core.reports.report_data import collect_report

    with store.session() as s:
        return collect_report(s, workshop_id, curriculum=load_curriculum())


def test_participants_agenda_has_no_notes_and_the_run_sheet_has_them(store, demo_id, tmp_path):
    from pcsc_workshop.core.reports.agenda_pdf import write_agenda_pdf

    with store.session() as s:
        first = list_agenda(s, demo_id)[0]
        update_session(s, first.id, description=NOTE,
                       refs=[*first.refs, *first.refs])  # a link given twice
    data = _collect(store, demo_id)
    agenda = pdf_text(write_agenda_pdf(data, tmp_path / "agenda.pdf"))
    run_sheet = pdf_text(write_agenda_pdf(data, tmp_path / "run.pdf", run_sheet=True))
    assert "sticky notes" not in agenda
    assert "sticky notes" in run_sheet
    assert "RUN SHEET" in run_sheet and "RUN SHEET" not in agenda
    link = data.titles(first.refs[0])
    assert agenda.count(link) <= 1 + data.workshop.title.count(link)


def test_printed_times_follow_a_move(store, demo_id, tmp_path):
    from pcsc_workshop.core.reports.agenda_pdf import write_agenda_pdf

    with store.session() as s:
        day1 = [a for a in list_agenda(s, demo_id) if a.day == 1]
        move_session(s, day1[-1].id, day=1, index=0)
        moved = [a for a in list_agenda(s, demo_id) if a.day == 1]
    assert [a.start_time for a in moved] == sorted(a.start_time for a in moved)
    assert moved[0].start_time == day1[0].start_time
    text = pdf_text(write_agenda_pdf(_collect(store, demo_id), tmp_path / "a.pdf"))
    positions = [text.index(a.title[:25]) for a in moved]
    assert positions == sorted(positions)
    assert f"{moved[0].start_time}" in text
