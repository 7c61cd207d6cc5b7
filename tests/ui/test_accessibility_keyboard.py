"""Main journeys (open a pack, fill a plan, score an assessment, export a PDF) with the
keyboard alone: Tab, arrows, Enter, typing — never a mouse click.

Each key goes to `QApplication.focusWidget()`, as a real key press would, and the tests
check where the focus is after each step, so a broken tab order fails here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from pcsc_workshop.core.people import list_participants
from pcsc_workshop.core.plans import load_plan, plan_for_participant
from tests.ui.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focus() -> QWidget:
    """Where a key press goes: an open menu first, else the focused widget."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focus(), key, modifier)
    QApplication.processEvents()


def keys(text: str) -> None:
    """Type ASCII text key by key into whatever has the focus at each key (a real keyboard)."""
    for ch in text:
        QTest.keyClicks(focus(), ch)
        QApplication.processEvents()


def tab_until(accessible_name: str, most: int = 6) -> int:
    """Press Tab until the named control has focus; the number of presses it took."""
    for presses in range(1, most + 1):
        press(Qt.Key.Key_Tab)
        if focus().accessibleName() == accessible_name:
            return presses
    raise AssertionError(f"{accessible_name!r} not reached in {most} Tab presses "
                         f"(focus on {type(focus()).__name__} {focus().accessibleName()!r})")


def _start(make_window):
    window = make_window()
    window.activateWindow()
    QApplication.processEvents()
    return window


def go_to(window, name: str) -> None:
    """Ctrl+1…9 opens the sidebar's pages in order."""
    row = [spec.name for spec in window.specs].index(name)
    press(Qt.Key(Qt.Key.Key_1.value + row), CTRL)


def _open_plan_by_keyboard(window, qtbot, who: str):
    """Ctrl+N (Action plans), Tab to the filter, type a name, Tab to the list, arrow down."""
    go_to(window, "plans")
    page = window.page("plans")
    assert page.isVisible()
    assert tab_until("Filter plans") <= 3
    keys(who)
    press(Qt.Key.Key_Tab)
    assert focus() is page.tree
    for _ in range(4):
        press(Qt.Key.Key_Down)
        if page.tree.currentItem() is not None and page.tree.currentItem().text(0) == who:
            break
    assert page.editor.doc is not None and page.editor.doc.owner_name == who
    return page


def test_fill_an_action_plan_with_the_keyboard_only(make_window, qtbot, sync_ops) -> None:
    window = _start(make_window)
    page = _open_plan_by_keyboard(window, qtbot, "Tanvir Hossain")

    # Reading order: the export button at the top, then sections 1 to 5.
    order = []
    for _ in range(5):
        press(Qt.Key.Key_Tab)
        order.append(focus().accessibleName() or focus().text())
    assert order == ["Export P&DF…", "Key takeaways", "Challenges", "Approaches", "Next steps"]

    press(Qt.Key.Key_Backtab)
    press(Qt.Key.Key_Backtab)
    press(Qt.Key.Key_Backtab)
    assert focus().accessibleName() == "Key takeaways"
    keys("Open data changes how a city listens.")
    press(Qt.Key.Key_Tab)
    type_text(focus(), "Données éparpillées entre services")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    assert focus() is page.editor.steps.view
    press(Qt.Key.Key_Tab)
    assert focus() is page.editor.steps.add_button
    press(Qt.Key.Key_Space)  # add a row: its first cell opens for typing
    keys("Publish the open-data charter")
    press(Qt.Key.Key_Return)
    assert focus() is page.editor.steps.view
    press(Qt.Key.Key_Right)  # to "Responsible"; typing starts the edit
    keys("ICT unit")
    press(Qt.Key.Key_Return)

    go_to(window, "curriculum")  # leave the page: pending edits are saved
    with window.ctx.store.session() as s:
        person = next(p for p in list_participants(s, window.ctx.workshop_id)
                      if p.name == "Tanvir Hossain")
        doc = load_plan(s, plan_for_participant(s, person.id).id)
    assert doc.key_takeaways == "Open data changes how a city listens."
    assert doc.challenges == "Données éparpillées entre services"
    assert [(r.action, r.responsible) for r in doc.next_steps] == [
        ("Publish the open-data charter", "ICT unit")]


def test_export_a_plan_to_pdf_with_the_keyboard_only(make_window, qtbot, sync_ops,
                                                      tmp_path: Path) -> None:
    window = _start(make_window)
    page = _open_plan_by_keyboard(window, qtbot, "Tanvir Hossain")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    keys("Keyboard only")
    target = tmp_path / "keyboard plan.pdf"
    seen: list[str] = []

    def answer_the_file_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        typing_into = QApplication.focusWidget()
        if not isinstance(dialog, QFileDialog) or typing_into is None \
                or typing_into.window() is not dialog:
            QTimer.singleShot(50, answer_the_file_dialog)  # not shown (or not focused) yet
            return
        seen.append(dialog.windowTitle())
        # The file-name field has the focus, with the suggested name selected.
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
        QTest.keyClicks(QApplication.focusWidget(), str(target))
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(0, answer_the_file_dialog)
    press(Qt.Key.Key_D, ALT)  # the "Export P&DF…" accelerator (Alt+E: the Edit menu)
    qtbot.waitUntil(target.exists, timeout=30_000)  # a PDF export on a loaded machine
    assert seen == ["Export action plan"]
    assert target.read_bytes().startswith(b"%PDF")
    assert "PDF saved" in page.editor.status.text()


def test_score_an_assessment_with_the_keyboard_only(make_window, qtbot, sync_ops) -> None:
    from pcsc_workshop.core.assessment import assessment_for_delegation
    from pcsc_workshop.core.people import list_delegations

    window = _start(make_window)
    go_to(window, "assessment")
    page = window.page("assessment")
    assert page.isVisible()
    press(Qt.Key.Key_D, ALT)  # "&Delegation:" puts the focus on the delegation list
    assert focus() is page.delegation
    with window.ctx.store.session() as s:
        target = list_delegations(s, window.ctx.workshop_id)[-1]
    while page.delegation.currentData() != target.id:  # arrows choose the delegation
        before = page.delegation.currentIndex()
        press(Qt.Key.Key_Down)
        assert page.delegation.currentIndex() == before + 1
    first, second = list(page.form.rows.values())[:2]
    assert tab_until(first.combo.accessibleName()) <= 3  # then straight to element 1
    press(Qt.Key.Key_Home)  # "— not scored —"
    for _ in range(3):
        press(Qt.Key.Key_Down)  # level 0, 1, 2
    assert first.score() == 2
    press(Qt.Key.Key_Tab)
    assert focus() is first.evidence
    keys("Strategy adopted in 2024")
    press(Qt.Key.Key_Tab)
    assert focus() is second.combo  # element 2 comes next: a sensible order
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Down)  # level 0 is a score, not "not scored"
    assert second.score() == 0

    go_to(window, "plans")  # leaving the page saves
    with window.ctx.store.session() as s:
        doc = assessment_for_delegation(s, target.id)
    assert doc.scores[first.element.id] == 2 and doc.scores[second.element.id] == 0
    assert doc.evidence[first.element.id] == "Strategy adopted in 2024"


def answer_file_dialog(path: Path, seen: list[str]) -> None:
    """When a file dialog opens, type `path` into its file-name field and press Enter."""
    dialog = QApplication.activeModalWidget()
    typing_into = QApplication.focusWidget()
    if not isinstance(dialog, QFileDialog) or typing_into is None \
            or typing_into.window() is not dialog:
        QTimer.singleShot(50, lambda: answer_file_dialog(path, seen))
        return
    seen.append(dialog.windowTitle())
    QTest.keyClick(typing_into, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(typing_into, str(path))
    QTest.keyClick(typing_into, Qt.Key.Key_Return)


def test_open_a_workshop_pack_with_the_keyboard_only(qtbot, tmp_path: Path, tmp_path_factory,
                                                     sync_ops) -> None:
    """Alt+F, arrows to "Open workshop pack…", Enter, type the path, type a name, Enter."""
    from tests.ui.exchange_support import Laptops

    rooms = Laptops(qtbot, tmp_path, tmp_path_factory)
    try:
        facilitator = rooms.window("facilitator", workshop_people=9)
        pack = tmp_path / "usb" / "workshop.pcsc"
        pack.parent.mkdir()
        facilitator.exchange.facilitator.create_pack_to(pack)
        laptop = rooms.window("laptop")
        laptop.activateWindow()
        QApplication.processEvents()

        press(Qt.Key.Key_F, ALT)  # the File menu opens
        menu = QApplication.activePopupWidget()
        assert menu is not None and menu is laptop.file_menu
        wanted = laptop.exchange.actions["open_pack"]
        for _ in range(len(menu.actions())):
            if menu.activeAction() is wanted:
                break
            press(Qt.Key.Key_Down)
        assert menu.activeAction() is wanted
        seen: list[str] = []
        QTimer.singleShot(0, lambda: answer_file_dialog(pack, seen))
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: laptop.exchange.participant.name_picker is not None,
                        timeout=10_000)
        picker = laptop.exchange.participant.name_picker
        assert picker.isVisible()
        assert seen == ["Open workshop pack"]
        assert focus() is picker.search  # the name search has the focus at once
        type_text(focus(), picker.visible_names()[0].split()[0])
        press(Qt.Key.Key_Return)  # one match: Enter means "This is me"
        qtbot.waitUntil(lambda: laptop.page("plans").editor.doc is not None, timeout=10_000)
        assert laptop.ctx.workshop_id == facilitator.ctx.workshop_id
        assert laptop.page("plans").isVisible()  # their own plan is open
    finally:
        rooms.close()
