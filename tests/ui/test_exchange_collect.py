"""The facilitator's side: a drop folder, a hostile file, and a conflict resolved by hand."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pcsc_workshop.core.exchange import current_participant, list_conflicts
from pcsc_workshop.core.plans import plan_for_participant, save_plan
from pcsc_workshop.ui.exchange.drop_folder import is_candidate
from tests.core.test_exchange_support import db_digest
from tests.ui.exchange_support import Laptops, drop_files, shot


@pytest.fixture()
def laptops(qtbot, tmp_path: Path, tmp_path_factory, sync_ops):
    rooms = Laptops(qtbot, tmp_path, tmp_path_factory)
    yield rooms
    rooms.close()


def participant_sends(laptops: Laptops, facilitator, tmp_path: Path, text: str,
                      name: str = "laptop", search: str = "José") -> tuple[str, Path]:
    """A participant opens the pack, picks their name, writes `text`, sends; (id, bundle)."""
    usb = tmp_path / "usb"
    usb.mkdir(exist_ok=True)
    pack = usb / "workshop.pcsc"
    if not pack.exists():
        facilitator.exchange.facilitator.create_pack_to(pack)
    laptop = laptops.window(name)
    laptop.exchange.participant.open_pack_file(pack)
    picker = laptop.exchange.participant.name_picker
    picker.search.setText(search)
    picker.accept()
    with laptop.ctx.store.session() as s:
        pid = current_participant(s, laptop.ctx.workshop_id)
    editor = laptop.stack.currentWidget().editor
    editor.sections["challenges"].setPlainText(text)
    out = tmp_path / f"sent-{name}"
    out.mkdir()
    laptop.exchange.participant.send_plan_to(out)
    (bundle,) = out.glob("*.pcsc")
    return pid, bundle


def test_temporary_and_partial_names_are_never_read() -> None:
    assert is_candidate("smart-cities-ana-r3-20161116-1530.pcsc")
    assert is_candidate("PLAN.PCSC")
    for name in (".syncthing.plan.pcsc.tmp", "~plan.pcsc", "plan.pcsc.tmp", ".plan.pcsc",
                 "plan.pcsc.part", "plan.pdf"):
        assert not is_candidate(name), name


def test_drop_folder_imports_a_file_once_it_is_complete(laptops, qtbot, tmp_path: Path) -> None:
    facilitator = laptops.window("facilitator", workshop_people=9)
    pid, bundle = participant_sends(laptops, facilitator, tmp_path, "Shared by Syncthing")
    drop = tmp_path / "drop"
    drop.mkdir()
    fac = facilitator.exchange.facilitator
    fac.watch(drop)
    assert fac.watch_label.text() == f"Watching {drop} \u2014 0 files imported"

    data = bundle.read_bytes()
    (drop / ".syncthing.plan.pcsc.tmp").write_bytes(data)  # a sync tool's partial file
    assert fac.watcher.poll() == [] and fac.watcher.poll() == []
    target = drop / bundle.name
    target.write_bytes(data[: len(data) // 2])  # still being copied
    assert fac.watcher.poll() == []
    with target.open("ab") as fh:
        fh.write(data[len(data) // 2:])
    assert fac.watcher.poll() == []  # grew since the last look: not yet
    assert fac.watcher.poll() == [target]  # the same size twice: complete, imported
    with facilitator.ctx.store.session() as s:
        assert plan_for_participant(s, pid).challenges == "Shared by Syncthing"
    assert fac.watch_label.text().startswith(f"Watching {drop} \u2014 1 file imported, last at ")
    assert fac.watcher.poll() == []  # done: not offered again
    assert facilitator.ctx.settings.value("exchange/watch_folder") == str(drop)

    fac.stop_watching()
    assert not fac.watch_box.isVisible() and not fac.watcher.watching
    assert facilitator.ctx.settings.value("exchange/watch_folder") is None


def test_a_pdf_renamed_pcsc_is_refused_and_changes_nothing(laptops, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    facilitator = laptops.window("facilitator", workshop_people=9)
    pdf = tmp_path / "plan.pcsc"
    page = canvas.Canvas(str(pdf))
    page.drawString(72, 720, "An action plan, printed to PDF")
    page.save()
    db = facilitator.ctx.store.path
    before = db_digest(db)

    fac = facilitator.exchange.facilitator
    fac.collect_files([pdf])
    rows = fac.report_dialog.rows()
    assert rows[0][0] == "plan.pcsc" and rows[0][1] == "Refused"
    assert rows[0][3].startswith("This is not a PCSC Workshop file")
    assert "PDF document renamed" in rows[0][3]
    assert "came in: 0, already there: 0, refused: 1" in fac.report_dialog.summary.text()
    shot(fac.report_dialog, "import-report-refused", tmp_path)

    assert drop_files(facilitator, [pdf])  # dropped on the window: a message, not a report
    message = facilitator.exchange.last_message
    assert message.isVisible() and rows[0][3] in message.informativeText()
    assert db_digest(db) == before


def test_conflict_resolved_by_taking_theirs(laptops, qtbot, tmp_path: Path) -> None:
    facilitator = laptops.window("facilitator", workshop_people=9)
    pid, bundle = participant_sends(laptops, facilitator, tmp_path, "Participant's words")
    with facilitator.ctx.store.session() as s:  # the facilitator edited the same plan
        doc = plan_for_participant(s, pid)
        doc.challenges = "Facilitator's words"
        save_plan(s, doc)

    fac = facilitator.exchange.facilitator
    fac.collect_files([bundle])
    assert "in conflict: 1" in fac.report_dialog.summary.text()
    shot(fac.report_dialog, "import-report", tmp_path)
    dialog = fac.show_conflicts()
    assert dialog.list.topLevelItemCount() == 1
    item = dialog.list.topLevelItem(0)
    assert item.text(0) == "Action plan" and item.text(1).startswith("José") and item.text(2) == "1"
    field = dialog.resolver.field("challenges")
    assert field.mine.toPlainText() == "Facilitator's words"
    assert field.theirs.toPlainText() == "Participant's words"
    shot(dialog, "conflict-resolver", tmp_path)

    qtbot.mouseClick(field.take_theirs, Qt.MouseButton.LeftButton)
    assert field.merged.toPlainText() == "Participant's words" and field.take_theirs.isChecked()
    published: list = []
    facilitator.ctx.changes.applied.connect(lambda changes, _o: published.append(changes))
    qtbot.mouseClick(dialog.resolver.resolve_button, Qt.MouseButton.LeftButton)
    assert dialog.list.topLevelItemCount() == 0 and dialog.empty.isVisible()
    with facilitator.ctx.store.session() as s:
        assert plan_for_participant(s, pid).challenges == "Participant's words"
        assert list_conflicts(s, facilitator.ctx.workshop_id) == []
        plan_id = plan_for_participant(s, pid).id
    # once, naming the plan it changed (pages showing plans refresh; no "everything")
    assert [(c.plans, c.everything) for c in published] == [({plan_id}, False)]


def test_conflict_resolved_with_an_edited_value(laptops, qtbot, tmp_path: Path) -> None:
    facilitator = laptops.window("facilitator", workshop_people=9)
    pid, bundle = participant_sends(laptops, facilitator, tmp_path, "Open data portal")
    with facilitator.ctx.store.session() as s:
        doc = plan_for_participant(s, pid)
        doc.challenges = "Budget"
        save_plan(s, doc)
    fac = facilitator.exchange.facilitator
    fac.collect_files([bundle])
    resolver = fac.show_conflicts().resolver
    field = resolver.field("challenges")
    field.merged.setPlainText("Budget; open data portal")
    assert not field.take_mine.isChecked() and not field.take_theirs.isChecked()
    assert resolver.resolve()
    with facilitator.ctx.store.session() as s:
        assert plan_for_participant(s, pid).challenges == "Budget; open data portal"


def test_collect_again_says_already_there(laptops, tmp_path: Path) -> None:
    facilitator = laptops.window("facilitator", workshop_people=9)
    _pid, bundle = participant_sends(laptops, facilitator, tmp_path, "Twice")
    copy = tmp_path / "copy.pcsc"
    shutil.copy(bundle, copy)
    fac = facilitator.exchange.facilitator
    fac.collect_files([bundle, copy])
    outcomes = [row[1] for row in fac.report_dialog.rows()]
    assert outcomes == ["Came in", "Already there"]


def test_watched_folder_is_remembered_after_a_restart(laptops, tmp_path: Path) -> None:
    first = laptops.window("facilitator", workshop_people=3)
    drop = tmp_path / "share"
    drop.mkdir()
    first.exchange.facilitator.watch(drop)
    again = laptops.window("facilitator-again", workshop_people=3)  # same settings
    assert again.exchange.facilitator.watcher.folder == drop
    assert again.exchange.facilitator.watch_label.text().startswith(f"Watching {drop}")


def test_send_before_picking_a_name_asks_who_you_are(laptops, qtbot, tmp_path: Path) -> None:
    laptop = laptops.window("laptop")  # the demo workshop, nobody picked yet
    out = tmp_path / "out"
    out.mkdir()
    laptop.exchange.participant.send_plan_to(out)
    assert list(out.iterdir()) == []
    picker = laptop.exchange.participant.name_picker
    assert picker.isVisible() and len(picker.visible_names()) == 9
    picker.search.setText("Ana")
    picker.accept()
    (sent,) = out.glob("*.pcsc")
    assert "ana-cossa" in sent.name


def test_a_score_conflict_refuses_a_typed_word_and_takes_a_number(laptops, qtbot,
                                                                   tmp_path: Path) -> None:
    from pcsc_workshop.core.assessment import assessment_for_delegation, set_score
    from pcsc_workshop.core.models import Participant

    facilitator = laptops.window("facilitator", workshop_people=9)
    usb = tmp_path / "usb"
    usb.mkdir()
    facilitator.exchange.facilitator.create_pack_to(usb / "workshop.pcsc")
    laptop = laptops.window("laptop")
    laptop.exchange.participant.open_pack_file(usb / "workshop.pcsc")
    picker = laptop.exchange.participant.name_picker
    picker.search.setText("Ana")
    picker.accept()
    element = "jica.element.data-utilization"
    with laptop.ctx.store.session() as s:
        pid = current_participant(s, laptop.ctx.workshop_id)
    for window, score in ((laptop, 3), (facilitator, 1)):
        with window.ctx.store.session() as s:
            doc = assessment_for_delegation(s, s.get(Participant, pid).delegation_id)
            set_score(s, doc.id, element, score)
        if window is laptop:
            laptop.exchange.participant.send_plan_to(usb)
    bundle = next(p for p in usb.glob("*.pcsc") if p.name != "workshop.pcsc")
    fac = facilitator.exchange.facilitator
    fac.collect_files([bundle])
    resolver = fac.show_conflicts().resolver
    assert resolver.conflict.table == "assessment_scores"
    field = resolver.field("score")
    assert (field.mine.toPlainText(), field.theirs.toPlainText()) == ("1", "3")
    field.merged.setPlainText("three")
    assert not resolver.resolve()
    assert "cannot be stored" in resolver.last_message.text()
    field.merged.setPlainText("2")
    assert resolver.resolve()
    with facilitator.ctx.store.session() as s:
        doc = assessment_for_delegation(s, s.get(Participant, pid).delegation_id)
        assert doc.scores[element] == 2


def test_a_busy_database_is_tried_again_by_the_drop_folder(laptops, tmp_path: Path,
                                                          monkeypatch) -> None:
    """The import waits for the write lock only so long; the file is then offered again at
    the next look (not marked done), and comes in once the database is free."""
    import sqlite3

    from sqlalchemy import event

    from pcsc_workshop.core.exchange import importer

    facilitator = laptops.window("facilitator", workshop_people=9)
    pid, bundle = participant_sends(laptops, facilitator, tmp_path, "Sent while busy")
    drop = tmp_path / "drop"
    drop.mkdir()
    fac = facilitator.exchange.facilitator
    store = facilitator.ctx.store
    monkeypatch.setattr(importer, "RETRY_FOR_S", 0.2)
    store.engine.dispose()
    event.listen(store.engine, "connect", lambda con, _r: con.execute("PRAGMA busy_timeout=50"))
    fac.watch(drop)
    shutil.copy(bundle, drop / bundle.name)
    other = sqlite3.connect(str(store.path))
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        assert fac.watcher.poll() == []
        assert fac.watcher.poll() == [drop / bundle.name]
        assert "(to try again: 1)" in fac.watch_label.text()
        assert not fac.watch_report.refused  # a passing problem, not a refusal
    finally:
        other.rollback()
        other.close()
    assert fac.watcher.poll() == [drop / bundle.name]  # offered again, and now it comes in
    assert "1 file imported" in fac.watch_label.text() and "try again" not in (
        fac.watch_label.text())
    with store.session() as s:
        assert plan_for_participant(s, pid).challenges == "Sent while busy"


def test_a_pack_handed_in_with_the_plans_is_refused(laptops, tmp_path: Path) -> None:
    facilitator = laptops.window("facilitator", workshop_people=9)
    laptop = laptops.window("laptop")
    pack = tmp_path / "pack.pcsc"
    facilitator.exchange.facilitator.create_pack_to(pack)
    laptop.exchange.participant.open_pack_file(pack)
    laptop.exchange.participant.name_picker.reject()
    forged = tmp_path / "forged.pcsc"
    laptop.exchange.facilitator.create_pack_to(forged)  # the participant's laptop writes one
    before = db_digest(facilitator.ctx.store.path)
    fac = facilitator.exchange.facilitator
    fac.collect_files([forged])
    [row] = fac.report_dialog.rows()
    assert row[1] == "Refused" and row[3].startswith("This is a workshop pack, not a plan")
    assert db_digest(facilitator.ctx.store.path) == before


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_plan_from_a_new_laptop_is_kept_aside_until_accepted(laptops, qtbot, tmp_path: Path,
                                                               language, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from pcsc_workshop.ui import i18n

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # this checkout's words

    facilitator = laptops.window("facilitator", workshop_people=9)
    pid, first = participant_sends(laptops, facilitator, tmp_path, "From the first laptop")
    fac = facilitator.exchange.facilitator
    fac.collect_files([first])
    again, second = participant_sends(laptops, facilitator, tmp_path, "From a new laptop",
                                      name="new-laptop")
    assert again == pid
    if language != "en":
        assert i18n.install_language(QApplication.instance(), language) == language
    try:
        fac.collect_files([second])
        [row] = fac.report_dialog.rows()
        assert row[1] == {"en": "Kept aside", "fr": "Mis de côté", "ar": "موضوع جانبًا"}[language]
        with facilitator.ctx.store.session() as s:
            assert plan_for_participant(s, pid).challenges == "From the first laptop"
        dialog = fac.show_held()
        assert dialog.tree.topLevelItemCount() == 1
        assert dialog.tree.topLevelItem(0).text(0).startswith("José")
        shot(dialog, f"held-{language}", tmp_path)
        shot(fac.report_dialog, f"report-held-{language}", tmp_path)
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
        assert dialog.tree.topLevelItemCount() == 0
        with facilitator.ctx.store.session() as s:
            seen = {plan_for_participant(s, pid).challenges} | {
                d.theirs for c in list_conflicts(s, facilitator.ctx.workshop_id)
                for d in c.differences if d.field == "challenges"}
        assert "From a new laptop" in seen
    finally:
        i18n.install_language(QApplication.instance(), "en")
