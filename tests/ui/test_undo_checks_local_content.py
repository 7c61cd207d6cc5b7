"""Edit › Undo for local content and knowledge checks, through the real main window."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_undo_a_deleted_local_item_brings_it_back_on_screen(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page = window.show_page("local_content")
    page.ensure_loaded()
    page.new_button.click()
    qtbot.keyClicks(page.title_edit, "Maputo: <b>markets</b> on the map")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.titles() == ["Maputo: <b>markets</b> on the map — Case study"])
    assert window.undo_action.text() == "&Undo Add local item"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_button.click()
    qtbot.waitUntil(lambda: page.titles() == [])
    assert window.undo_action.text() == "&Undo Delete local item"

    window.undo_action.trigger()  # the page did not ask for it: it refreshes from the changes
    qtbot.waitUntil(lambda: page.titles() == ["Maputo: <b>markets</b> on the map — Case study"])
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: page.titles() == [])


def test_undo_a_submitted_check_takes_its_score_off_the_learning_gain(qtbot, window):
    page = window.show_page("quiz")
    page.ensure_loaded()
    qtbot.waitUntil(lambda: page.participant.count() > 0)
    page.module.setCurrentIndex(page.module.findData("module.guidelines"))
    page.phase.setCurrentIndex(page.phase.findData("pre"))
    page.start_button.click()
    page.submit(confirm=False)  # nothing answered: 0 of n, stored
    qtbot.waitUntil(lambda: page.result.isVisible())
    assert window.undo_action.text() == "&Undo Submit answers"
    reads = getattr(page, "_results_request", 0)
    page.tabs.setCurrentIndex(1)
    # the learning gain is read from the next turn on: the tab is laid out and painted first
    assert getattr(page, "_results_request", 0) == reads
    qtbot.waitUntil(lambda: page.by_person.rowCount() == 1)

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: page.by_person.rowCount() == 0)
    assert not window.undo_action.isEnabled()

    page.release.setChecked(True)  # the facilitator's release is one more undoable step
    qtbot.waitUntil(lambda: window.undo_action.text() == "&Undo Release the right answers")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not page.release.isChecked())
    assert page.release.checkState() == Qt.CheckState.Unchecked


def test_a_new_local_item_is_found_at_once_in_the_search_and_on_present(qtbot, window):
    curriculum = window.show_page("curriculum")
    curriculum.ensure_loaded()
    present = window.show_page("present")
    present.ensure_loaded()  # both pages were loaded before the item existed
    page = window.show_page("local_content")
    page.ensure_loaded()
    page.new_button.click()
    qtbot.keyClicks(page.title_edit, "Quito: Metro de Quito ridership")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.titles() == ["Quito: Metro de Quito ridership — Case study"])

    curriculum = window.show_page("curriculum")
    qtbot.keyClicks(curriculum.search_box, "ridership")
    qtbot.waitUntil(lambda: any(
        "Metro de Quito" in curriculum.results.item(r).text()
        for r in range(curriculum.results.count())))
    present = window.show_page("present")

    def listed() -> list[str]:
        return [present.tree.topLevelItem(i).child(j).text(0)
                for i in range(present.tree.topLevelItemCount())
                for j in range(present.tree.topLevelItem(i).childCount())]

    qtbot.waitUntil(lambda: "Quito: Metro de Quito ridership" in listed())
