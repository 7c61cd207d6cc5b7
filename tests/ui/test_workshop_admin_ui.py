"""File menu: duplicate and delete a workshop, back up and restore the whole database."""

from __future__ import annotations

from datetime import date

from pcsc_workshop.core.agenda import list_agenda
from pcsc_workshop.core.people import list_delegations, list_participants
from pcsc_workshop.core.workshops import list_workshops


def workshop_page(qtbot, window):
    """Show the Workshop page and wait until it is read (it reads on a worker)."""
    page = window.show_page("workshop")
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page



def test_the_file_menu_offers_the_four_actions(window) -> None:
    texts = [a.text().replace("&", "") for a in window.file_menu.actions()]
    for wanted in ("Duplicate this workshop…", "Delete this workshop…",
                   "Back up the database to a file…", "Restore the database from a backup…"):
        assert wanted in texts


def test_duplicate_then_delete_from_the_window(qtbot, window, store, demo_id,
                                               monkeypatch) -> None:
    from pcsc_workshop.ui.workshop_actions import DuplicateDialog

    actions = window.workshop_actions

    def fill(dialog) -> bool:
        dialog.title_edit.setText("Deep Dive, second edition")
        dialog.start.set_date(date(2027, 11, 15))
        dialog.delegations.setChecked(True)
        return True

    monkeypatch.setattr(DuplicateDialog, "exec", fill)
    assert actions.duplicate() is not None  # copied on a worker; the window then shows it
    qtbot.waitUntil(lambda: window.ctx.workshop_id != demo_id, timeout=5000)
    new_id = window.ctx.workshop_id
    assert window.workshop_picker.currentText() == "Deep Dive, second edition"
    with store.session() as s:
        assert len(list_agenda(s, new_id)) == len(list_agenda(s, demo_id))
        assert len(list_delegations(s, new_id)) == len(list_delegations(s, demo_id))
        assert list_participants(s, new_id) == []
    page = workshop_page(qtbot, window)
    assert page.title_edit.text() == "Deep Dive, second edition"
    assert page.start.date() == date(2027, 11, 15)
    assert actions.delete(confirm=False)
    qtbot.waitUntil(lambda: window.ctx.workshop_id == demo_id, timeout=5000)
    with store.session() as s:
        assert [w.id for w in list_workshops(s)] == [demo_id]
    demo_title = window.ctx.door.workshops.details(demo_id).title
    qtbot.waitUntil(lambda: page.title_edit.text() == demo_title, timeout=5000)  # it followed
    assert window.workshop_picker.count() == 1


def test_backup_then_restore_from_the_window(qtbot, window, store, demo_id, tmp_path,
                                             sync_ops) -> None:
    actions = window.workshop_actions
    target = tmp_path / "backup.sqlite3"
    actions.backup(target)
    assert target.exists()
    assert actions.delete(confirm=False)
    assert window.workshop_picker.count() == 0
    actions.restore(target, confirm=False)
    with store.session() as s:
        assert [w.id for w in list_workshops(s)] == [demo_id]
    assert window.workshop_picker.count() == 1 and window.ctx.workshop_id == demo_id
    page = window.show_page("plans")
    assert page.tree.topLevelItemCount() > 0


def test_a_wrong_file_is_refused_with_a_message_and_nothing_changes(qtbot, window, store,
                                                                    tmp_path, sync_ops,
                                                                    monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("these are my notes")
    window.workshop_actions.restore(bad, confirm=False)
    assert said and "not an SQLite file" in said[0] and "Nothing was changed" in said[0]
    with store.session() as s:
        assert len(list_workshops(s)) == 1
