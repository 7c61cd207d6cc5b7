"""The Export menu: installed in the main window, batch export with progress and cancel."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from pcsc_workshop.ui.exports import install_export_menu
from pcsc_workshop.ui.workers import Op


def _text(path: Path) -> str:
    return unicodedata.normalize("NFKC", "".join(p.extract_text() for p in PdfReader(path).pages))


@pytest.fixture()
def in_process(monkeypatch):
    """Exports rendered on the worker thread instead of in a child process: for tests of
    what the documents hold (the door's), or that hold the door's export in this process.
    The child's own round trip (progress, Cancel, errors, unprintable characters) is tested
    through the plans, the report and the certificates below; each child costs ~1 s of CPU."""
    from pcsc_workshop.ui.exports import ExportMenu

    monkeypatch.setattr(ExportMenu, "in_a_child_process", False)


def _participants(window) -> int:
    from pcsc_workshop.core.people import list_participants

    with window.ctx.store.session() as s:
        return len(list_participants(s, window.ctx.workshop_id))


def test_menu_has_every_export_and_an_anonymised_checkbox(make_window, qtbot):
    window = make_window()
    exports = install_export_menu(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert "E&xport" in titles
    texts = [a.text() for a in exports.menu.actions() if a.text()]
    assert texts == ["Anonymised copies (no names or e-mails)",
                     "…and hide one-person delegations",
                     "Also an editable Word copy (.docx)", "Document language",
                     "Paper size", "All action plans…",
                     "Workshop report…", "Delegation dossiers…", "Certificates…", "Agenda…",
                     "Facilitator's run sheet (agenda with notes)…",
                     "Next steps and support (CSV)…"]
    assert exports.anonymised.isCheckable() and not exports.anonymised.isChecked()


def test_all_action_plans_are_written(make_window, qtbot, sync_ops, tmp_path: Path,
                                      monkeypatch):
    window = make_window()
    exports = install_export_menu(window)
    monkeypatch.setattr(exports, "ask_folder", lambda title: tmp_path)
    monkeypatch.setattr(window.ctx.door.exports, "plans",  # rendered in a child process
                        lambda *a, **k: pytest.fail("the PDFs were rendered in the window's"))
    exports.actions["plans"].trigger()
    pdfs = sorted(tmp_path.glob("*.pdf"))
    # one per participant, plus delegation plans with content (Dhaka's, in the demo)
    assert len(pdfs) == _participants(window) + 1
    assert "Олена Коваленко.pdf" in {p.name for p in pdfs}
    assert "Олена Коваленко" in _text(tmp_path / "Олена Коваленко.pdf")
    assert "plan PDF(s) written" in window.statusBar().currentMessage()


def test_a_cancelled_batch_leaves_no_partial_file(make_window, qtbot, sync_ops, tmp_path: Path,
                                                  monkeypatch):
    window = make_window()
    exports = install_export_menu(window)
    original = Op._progressed

    def cancel_midway(self, done: int, total: int) -> None:
        original(self, done, total)
        if done == 3:
            self.cancel()  # the user presses Cancel while the fourth plan is being written

    monkeypatch.setattr(Op, "_progressed", cancel_midway)
    out = tmp_path / "out"  # tmp_path itself holds the database
    out.mkdir()
    exports.export_plans(out)
    pdfs = list(out.glob("*.pdf"))
    assert len(pdfs) == 4 < _participants(window)
    for pdf in pdfs:  # each finished file is a whole PDF
        assert len(PdfReader(pdf).pages) >= 1
    assert sorted(out.iterdir()) == sorted(pdfs)  # no .part file left behind
    assert window.statusBar().currentMessage().startswith("Cancelled: 4")


def test_anonymised_report_from_the_menu(in_process, make_window, qtbot, sync_ops, tmp_path: Path,
                                         monkeypatch):
    window = make_window()
    exports = install_export_menu(window)
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(exports, "ask_file", lambda *a: target)
    exports.anonymised.setChecked(True)
    exports.actions["report"].trigger()
    text = _text(target)
    assert "WORKSHOP REPORT" in text and "Participant 7" in text
    assert "José Ignacio Muñoz" not in text and "Олена Коваленко" not in text
    assert "Report saved" in window.statusBar().currentMessage()


def test_dossiers_agenda_certificates_and_csv(in_process, make_window, qtbot, sync_ops, tmp_path: Path):
    window = make_window()
    exports = install_export_menu(window)
    (tmp_path / "dossiers").mkdir()
    exports.export_dossiers(tmp_path / "dossiers")
    from pcsc_workshop.core.people import list_delegations

    with window.ctx.store.session() as s:  # one dossier per delegation
        delegations = list_delegations(s, window.ctx.workshop_id)
    assert len(list((tmp_path / "dossiers").glob("*.pdf"))) == len(delegations) > 0
    exports.export_agenda(tmp_path / "agenda.pdf")
    assert "Day 1" in _text(tmp_path / "agenda.pdf")
    (tmp_path / "certs").mkdir()
    exports.export_certificates(tmp_path / "certs")
    assert len(list((tmp_path / "certs").glob("*.pdf"))) == _participants(window)
    exports.export_csv(tmp_path / "steps.csv", anonymised=True)
    assert (tmp_path / "steps.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_missing_folder_says_so(make_window, qtbot, sync_ops, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    window = make_window()
    exports = install_export_menu(window)
    exports.export_report(tmp_path / "missing" / "report.pdf")
    assert shown and "folder" in shown[0].lower()


def test_progress_reports_are_thinned_to_ten_a_second() -> None:
    """A worker's progress repaints the dialog on the UI thread: not hundreds of times."""
    from pcsc_workshop.ui.workers import _throttled

    seen: list[tuple[int, int]] = []
    report = _throttled(lambda done, total: seen.append((done, total)))
    for done in range(1, 201):  # 200 plans written in a few milliseconds
        report(done, 200)
    assert seen[0] == (1, 200) and seen[-1] == (200, 200)  # the start and the end are shown
    assert len(seen) == 2


def test_the_chosen_document_language_and_paper_reach_the_pdfs(in_process, make_window, qtbot, sync_ops,
                                                                 tmp_path: Path, monkeypatch):
    window = make_window()
    exports = install_export_menu(window)
    monkeypatch.setattr(exports, "ask_folder", lambda title: tmp_path)
    assert exports.language is None  # by default: each participant's, else the workshop's
    exports.language_actions["fr"].trigger()
    exports.paper_actions["letter"].trigger()
    exports.docx.setChecked(True)
    exports.actions["plans"].trigger()
    from docx import Document

    word = Document(str(tmp_path / "Олена Коваленко.docx"))
    assert "4 Prochaines étapes" in [p.text for p in word.paragraphs]
    plan = tmp_path / "Олена Коваленко.pdf"
    text = _text(plan)
    assert "Prochaines étapes" in text and "Next steps" not in text
    width, height = (float(v) for v in PdfReader(plan).pages[0].mediabox[2:])
    assert (round(width), round(height)) == (612, 792)  # US Letter


def test_characters_no_font_has_are_shown_after_the_export(make_window, qtbot, sync_ops,
                                                           tmp_path: Path, monkeypatch):
    from pcsc_workshop.core.models import Participant

    window = make_window()
    with window.ctx.store.session() as s:
        person = s.query(Participant).filter_by(workshop_id=window.ctx.workshop_id).first()
        person.name = "Amara \U0001E900\U0001E901"  # Adlam: no bundled font has it
        s.commit()
    exports = install_export_menu(window)
    monkeypatch.setattr(exports, "ask_folder", lambda title: tmp_path)
    exports.actions["certificates"].trigger()
    assert any("\U0001E900" in chars for chars in exports.last_unprintable.values())
    box = exports.unprintable_box
    assert box.isVisible() and "\U0001E900" in box.text()
    box.close()


def test_anonymised_csv_can_hide_one_person_delegations(in_process, make_window, qtbot, sync_ops,
                                                        tmp_path: Path):
    from pcsc_workshop.core.models import Participant
    from pcsc_workshop.core.people import list_delegations, list_participants

    window = make_window()
    exports = install_export_menu(window)
    store, wid = window.ctx.store, window.ctx.workshop_id
    with store.session() as s:
        delegations = list_delegations(s, wid)
        people = list_participants(s, wid)
        lone = delegations[0]
        for p in people:  # leave one person in the first delegation
            if p.delegation_id == lone.id:
                s.get(Participant, p.id).delegation_id = delegations[1].id
        s.get(Participant, people[0].id).delegation_id = lone.id
        with_plan = people[0].id
    assert not exports.hide_lone.isEnabled()
    exports.anonymised.setChecked(True)
    assert exports.hide_lone.isEnabled()
    exports.hide_lone.setChecked(True)
    from pcsc_workshop.core.plans import NextStepRow, plan_for_participant, save_plan

    with store.session() as s:
        doc = plan_for_participant(s, with_plan)
        doc.next_steps = [NextStepRow(action="Open the bus data")]
        save_plan(s, doc)
    exports.export_csv(tmp_path / "steps.csv", anonymised=True)
    text = (tmp_path / "steps.csv").read_text(encoding="utf-8-sig")
    assert "Open the bus data" in text
    assert lone.label not in text and "Delegation 1" in text


def _gated_plans(window, monkeypatch):
    """The door's plan export, held after its second plan until the returned event is set."""
    import threading

    exports = window.ctx.door.exports
    original, gate = exports.plans, threading.Event()

    def gated(*args, progress, **kwargs):
        def held(done: int, total: int) -> None:
            progress(done, total)
            if done == 2:
                gate.wait(10)

        return original(*args, progress=held, **kwargs)

    monkeypatch.setattr(exports, "plans", gated)
    return gate


def test_export_progress_and_cancel_are_in_the_window_which_stays_active(in_process,
        make_window, qtbot, tmp_path: Path, monkeypatch):
    """No progress window: showing one deactivated the main window, which restyled and
    repainted every page (40-110 ms of UI thread); the panel leaves the page's size alone."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QProgressDialog

    window = make_window()
    exports = install_export_menu(window)
    gate = _gated_plans(window, monkeypatch)
    page_size = window.centralWidget().size()
    out = tmp_path / "out"
    out.mkdir()
    op = exports.export_plans(out)
    try:
        qtbot.waitUntil(lambda: op._panel is not None and op._panel.isVisible(), timeout=10_000)
        panel = op._panel
        assert panel.label.text() == "Writing the action plans…"
        qtbot.waitUntil(lambda: panel.progress.maximum() == _participants(window) + 1,
                        timeout=10_000)  # the first report: busy until then
        assert not any(isinstance(w, QProgressDialog) for w in QApplication.topLevelWidgets())
        assert window.isActiveWindow()
        assert window.centralWidget().size() == page_size  # the status bar did not grow
        exports._update_enabled()  # the menu about to show: no second export meanwhile
        assert not any(action.isEnabled() for action in exports.actions.values())
        qtbot.waitUntil(lambda: len(list(out.glob("*.pdf"))) >= 2, timeout=10_000)
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        assert not panel.isVisible()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: op not in Op._running, timeout=30_000)
    pdfs = list(out.glob("*.pdf"))
    assert 2 <= len(pdfs) < _participants(window)
    assert sorted(out.iterdir()) == sorted(pdfs)  # no partial file
    assert window.statusBar().currentMessage().startswith(f"Cancelled: {len(pdfs)}")
    assert op._panel is None and all(a.isEnabled() for a in exports.actions.values())


def test_closing_the_window_cancels_a_running_export(in_process, make_window, qtbot, tmp_path: Path,
                                                     monkeypatch):
    window = make_window()
    exports = install_export_menu(window)
    gate = _gated_plans(window, monkeypatch)
    out = tmp_path / "out"
    out.mkdir()
    op = exports.export_plans(out)
    try:
        qtbot.waitUntil(lambda: len(list(out.glob("*.pdf"))) >= 2, timeout=10_000)
        window.close()
        assert op._cancel.is_set()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: op not in Op._running, timeout=30_000)
    assert len(list(out.glob("*.pdf"))) < _participants(window)
