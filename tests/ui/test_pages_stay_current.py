"""Issue 19: pages already loaded show what another page just added, at once.

A real main window on the demo workshop: Plans, Self-assessment, Knowledge checks and the
Dashboard are opened first (so each holds its lists), then a delegation and a participant
are added on the Workshop page through its buttons and dialogs, typed key by key. Each of
the four pages must then offer them as soon as it is shown again: no restart, no workshop
switch, no Refresh button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidget

from tests.ui.conftest import type_text

SHORT = 3000  # ms: the write and the refill are a few ms each; a loaded machine is slower


def tree_items(tree: QTreeWidget) -> list:
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out.append(top)
        out += [top.child(j) for j in range(top.childCount())]
    return out


def combo_ids(combo) -> list:
    return [combo.itemData(i) for i in range(combo.count())]


def save_dialog(qtbot, editor, dialog, kind: str) -> str:
    """Click Save; the dialog closes once the door stored it (it is then deleted)."""
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.last_saved[0] == kind, timeout=SHORT)
    saved_id = editor.last_saved[1]
    editor.last_saved = (None, None)
    assert saved_id
    return saved_id


def test_people_added_on_the_workshop_page_show_at_once_on_the_other_pages(qtbot, window):
    # 1. The four pages are loaded first: each holds its own list of people.
    plans = window.show_page("plans")
    assessment = window.show_page("assessment")
    quiz = window.show_page("quiz")
    dashboard = window.show_page("dashboard")
    qtbot.waitUntil(lambda: dashboard.tree.topLevelItemCount() > 0, timeout=10_000)
    delegations_before = dashboard.tree.topLevelItemCount()
    assert plans.tree.topLevelItemCount() and assessment.delegation.count() \
        and quiz.participant.count()

    # 2. A delegation, then a participant in it, from the Workshop page's own widgets.
    page = window.show_page("workshop")
    page.tabs.setCurrentWidget(page.people)
    qtbot.mouseClick(page.people.buttons["add_delegation"], Qt.MouseButton.LeftButton)
    dialog = page.people.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=SHORT)
    qtbot.keyClicks(dialog.country, "Tunisia")
    type_text(dialog.city, "صفاقس")  # Sfax, typed as an Arabic keyboard types it
    delegation_id = save_dialog(qtbot, page.people, dialog, "delegation")
    label = "صفاقس, Tunisia"
    # the editor shows it and selects it, so the next participant goes into it
    assert page.people.tree.currentItem().text(0).startswith(label)

    qtbot.mouseClick(page.people.buttons["add_participant"], Qt.MouseButton.LeftButton)
    dialog = page.people.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=SHORT)
    assert dialog.delegation.currentData() == delegation_id  # preset from the selection
    qtbot.keyClicks(dialog.name, "Amira Ben Youssef")
    type_text(dialog.organisation, "Municipalité de Sfax")
    participant_id = save_dialog(qtbot, page.people, dialog, "participant")
    assert participant_id in page.people.people

    # 3. Each page already loaded offers them as soon as it is shown.
    window.show_page("plans")
    qtbot.waitUntil(lambda: any(
        item.data(0, Qt.ItemDataRole.UserRole + 1) == participant_id
        and item.text(0) == "Amira Ben Youssef" for item in tree_items(plans.tree)),
        timeout=SHORT)
    assert any(plans.tree.topLevelItem(i).text(0) == label
               for i in range(plans.tree.topLevelItemCount()))

    window.show_page("assessment")
    qtbot.waitUntil(lambda: delegation_id in combo_ids(assessment.delegation), timeout=SHORT)
    assert label in [assessment.delegation.itemText(i)
                     for i in range(assessment.delegation.count())]

    window.show_page("quiz")
    qtbot.waitUntil(lambda: participant_id in combo_ids(quiz.participant), timeout=SHORT)
    found = quiz.participant.itemText(quiz.participant.findData(participant_id))
    assert found == f"Amira Ben Youssef ({label})"

    window.show_page("dashboard")
    qtbot.waitUntil(lambda: any(
        dashboard.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == delegation_id
        for i in range(dashboard.tree.topLevelItemCount())), timeout=SHORT)
    assert dashboard.tree.topLevelItemCount() == delegations_before + 1
    row = next(dashboard.tree.topLevelItem(i) for i in range(dashboard.tree.topLevelItemCount())
               if dashboard.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
               == delegation_id)
    assert row.text(0) == label
    assert [row.child(j).text(0) for j in range(row.childCount())] == ["Amira Ben Youssef"]
