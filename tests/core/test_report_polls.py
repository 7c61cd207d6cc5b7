"""Live polls asked in the room are kept with the workshop and appear in the report."""

from __future__ import annotations

import subprocess
from datetime import date

from pcsc_workshop.core.people import list_participants
from pcsc_workshop.core.polls import answer_poll, create_poll


def _report_text(store, workshop_id, tmp_path, language: str = "en") -> str:
    from pcsc_workshop.core.curriculum import load_curriculum
    from pcsc_workshop.core.reports.report_data import collect_report
    from pcsc_workshop.core.reports.report_pdf import write_report_pdf

    with store.session() as s:
        data = collect_report(s, workshop_id, curriculum=load_curriculum(), language=language)
    out = write_report_pdf(data, tmp_path / f"report-{language}.pdf",
                           generated=date(2026, 12, 1), language=language)
    return subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_poll_results_are_printed_in_the_workshop_report(store, demo_id, tmp_path) -> None:
    with store.session() as s:
        people = list_participants(s, demo_id)
        poll = create_poll(s, demo_id, "dots", "Pick the three JICA elements to start with",
                           ["Data utilization", "Citizen participation", "Finance"], 3)
        for person in people[:3]:
            answer_poll(s, poll.id, person.id, [0, 2])
        create_poll(s, demo_id, "choice", "Asked but never answered", ["A", "B"])
    text = _report_text(store, demo_id, tmp_path)
    assert "Live polls in the room" in text
    assert "Pick the three JICA elements to start with" in text
    assert "3 participants" in text
    lines = {" ".join(line.split()) for line in text.splitlines()}
    assert "Data utilization 3" in lines and "Citizen participation 0" in lines
    assert "Asked but never answered" not in text  # no answers: nothing to report
    french = _report_text(store, demo_id, tmp_path, "fr")
    assert "Sondages en direct dans la salle" in french
