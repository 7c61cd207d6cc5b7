"""Text scales from 100 % to 200 % without clipping, and the high-contrast theme applies.

The check for clipping: a button is cut off when its text is wider than the button; a label that does not wrap is cut off exactly when the layout gives
it less room than its size hint (Qt never shrinks the text), and a wrapping label is cut
off when it is shorter than the height it needs at its width. Every visible label of the
main window is checked on the Action plans page (a plan open) and the Workshop page, in
English and in Arabic, at 200 %, in the window's default size.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from pcsc_workshop.core.people import list_participants
from pcsc_workshop.ui import i18n


@pytest.fixture(autouse=True)
def _restore(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    yield
    app = QApplication.instance()
    if app is not None:
        i18n.install_language(app, "en")
        i18n.apply_appearance(app, 100, False)


def _start(make_window, scale: int, lang: str = "en", contrast: bool = False):
    from pcsc_workshop.ui.app import create_app

    settings = QSettings()
    settings.setValue(i18n.SCALE_KEY, scale)
    settings.setValue(i18n.LANGUAGE_KEY, lang)
    settings.setValue(i18n.CONTRAST_KEY, contrast)
    create_app()
    return make_window()


def clipped_labels(root) -> list[str]:
    QApplication.processEvents()
    out = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text().strip():
            continue
        size, hint = label.size(), label.sizeHint()
        if label.wordWrap():
            needed = label.heightForWidth(size.width())
            if needed > size.height() + 1:
                out.append(f"{label.text()[:40]!r}: height {size.height()} < {needed}")
        elif hint.width() > size.width() + 1 or hint.height() > size.height() + 1:
            out.append(f"{label.text()[:40]!r}: {size.width()}x{size.height()} < "
                       f"{hint.width()}x{hint.height()}")
    for button in root.findChildren(QPushButton):
        text = button.text().replace("&&", "&").replace("&", "") if "&&" not in button.text() \
            else button.text().replace("&&", "&")
        if button.isVisibleTo(root) and text and \
                button.fontMetrics().horizontalAdvance(text) > button.width() - 4:
            out.append(f"button {text!r}: {button.width()} px for "
                       f"{button.fontMetrics().horizontalAdvance(text)} px of text")
    return out


def settled_clipping(qtbot, window, page) -> list[str]:
    """The clipped labels once `page` has been filled (from a read on a worker) and laid out:
    its layout follows the new texts in a later event-loop turn."""
    qtbot.waitUntil(lambda: not getattr(page, "loading", False), timeout=5000)
    qtbot.wait(100)
    return clipped_labels(window)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_label_is_clipped_at_200_percent(make_window, qtbot, lang: str) -> None:
    window = _start(make_window, 200, lang)
    assert QApplication.instance().font().pointSizeF() >= 2 * 8  # text really doubled
    plans = window.show_page("plans")
    with window.ctx.store.session() as s:
        plans.select_participant(list_participants(s, window.ctx.workshop_id)[2].id)
    problems = {"plans": settled_clipping(qtbot, window, plans)}
    workshop = window.show_page("workshop")
    workshop.ensure_loaded()
    problems["workshop"] = settled_clipping(qtbot, window, workshop)
    assert problems == {"plans": [], "workshop": []}


@pytest.fixture
def app_fonts():
    """The bundled fonts the app registers at start-up (`register_fonts`), which is what a
    facilitator sees: widths in the test machine's default font differ by ~5 %. The
    interface font is put back afterwards (the registered files stay, as in
    test_i18n_display)."""
    from pcsc_workshop.ui.app import create_app, register_fonts

    app = create_app()
    before = app.font()
    register_fonts()
    yield
    app.setFont(before)


# A facilitator's laptop (1280 x 720) at 200 % text, in the longest of the five languages.
LAPTOP = (1280, 720)


def sideways_overflow(window) -> int:
    """How far the shown page scrolls sideways (0: it fits the window's width)."""
    QApplication.processEvents()
    return window._scroller.horizontalScrollBar().maximum()


def clipped_nav_titles(window) -> list[str]:
    """The sidebar's page titles not shown whole: wider than the list, or cut off below."""
    from PySide6.QtCore import QRect

    QApplication.processEvents()
    nav = window.nav
    room = nav.viewport().width()
    metrics = nav.fontMetrics()
    out = []
    if nav.horizontalScrollBar().isVisible():
        out.append("the sidebar scrolls sideways")
    for row in range(nav.count()):
        item = nav.item(row)
        rect = nav.visualItemRect(item)
        padding = 2 * 10  # app.qss: QListWidget#nav::item { padding: 8px 10px }
        text = metrics.boundingRect(QRect(0, 0, rect.width() - padding, 10_000),
                                    Qt.TextFlag.TextWordWrap, item.text())
        if rect.right() > room or text.width() > rect.width() - padding \
                or text.height() > rect.height():
            out.append(f"{item.text()!r}: {rect.width()}x{rect.height()} in {room} px for "
                       f"{text.width()}x{text.height()}")
    return out


@pytest.mark.parametrize(("lang", "scale"), [("fr", 200), ("pt", 200), ("pt", 100)])
def test_every_sidebar_title_fits(make_window, qtbot, app_fonts, lang: str,
                                  scale: int) -> None:
    """At 200 % "Tests de connaissances" was cut off behind a sideways scroll bar; at 100 %
    "Painel de acompanhamento" stayed on one line in an item 8 px wider than the list."""
    window = _start(make_window, scale, lang)
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: window.width() == LAPTOP[0], timeout=2000)
    qtbot.wait(100)  # the list lays its items out again in a later turn
    assert clipped_nav_titles(window) == []


def test_the_dashboard_fits_a_laptop_at_200_percent(make_window, qtbot) -> None:
    """French, 200 %, 1280 x 720: no sideways scrolling (Refresh in sight), the chart as
    wide as the page, the progress tree's column titles whole."""
    window = _start(make_window, 200, "fr")
    window.resize(*LAPTOP)
    page = window.show_page("dashboard")
    page.load()
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    qtbot.wait(50)
    assert sideways_overflow(window) == 0
    view = window._scroller.viewport()
    button = page.refresh_button
    assert button.mapTo(view, button.rect().bottomRight()).x() <= view.width()
    assert page.bars.width() > 0.8 * view.width()  # beside the support table: ~45 %
    assert page.bars.height() > 8 * page.fontMetrics().lineSpacing()
    header = page.tree.header()
    assert all(header.sectionSize(c) >= header.sectionSizeHint(c) for c in range(6))
    assert clipped_labels(page) == []


def test_the_dashboard_keeps_its_charts_side_by_side_at_100_percent(make_window, qtbot) -> None:
    window = _start(make_window, 100, "fr")
    window.resize(*LAPTOP)
    page = window.show_page("dashboard")
    qtbot.wait(50)
    assert page._bottom.orientation() == Qt.Orientation.Horizontal
    assert sideways_overflow(window) == 0


def test_the_self_assessment_fits_a_laptop_at_200_percent_in_arabic(make_window, qtbot) -> None:
    """Arabic, 200 %, 1366 x 768: the scoring form was cut at its side (its scroll area
    never scrolls sideways) and the radar cramped beside it. The form now has the width it
    needs (the chart goes below it when both do not fit), and the page never scrolls
    sideways."""
    from PySide6.QtWidgets import QScrollArea

    window = _start(make_window, 200, "ar")
    window.resize(1366, 768)
    page = window.show_page("assessment")
    qtbot.waitUntil(lambda: page.ready, timeout=5000)
    qtbot.wait(100)
    assert sideways_overflow(window) == 0
    scroll = next(s for s in page.findChildren(QScrollArea) if s.widget() is page.form)
    assert scroll.viewport().width() >= page.form.minimumSizeHint().width()
    assert page.radar.view.width() >= page.radar.view.minimumSizeHint().width() * 0.8


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_no_page_scrolls_sideways_on_a_laptop_at_200_percent(make_window, qtbot, app_fonts,
                                                             lang: str) -> None:
    """Every page of the sidebar, filled, at 1280 x 720 and 200 % text: as wide as the
    window at most (the Workshop page was 1,432 px in French: its people tab's row of six
    buttons; the Self-assessment 1,051: its status beside the delegation), and no label
    or button of the page cut off."""
    window = _start(make_window, 200, lang)
    window.resize(*LAPTOP)
    problems = {}
    for spec in window.specs:
        page = window.show_page(spec.name)
        page.ensure_loaded()
        qtbot.waitUntil(lambda page=page: not getattr(page, "loading", False)
                        and getattr(page, "ready", True) is not False, timeout=5000)
        qtbot.wait(100)
        found = [f"{sideways_overflow(window)} px sideways"] if sideways_overflow(window) else []
        problems[spec.name] = found + clipped_labels(page)
    assert problems == {spec.name: [] for spec in window.specs}


def words_broken(view) -> list[str]:
    """The lines of a text browser that start inside a word (the word did not fit)."""
    document = view.document()
    document.setTextWidth(view.viewport().width())
    document.documentLayout().documentSize()  # laid out at that width
    out = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(1, layout.lineCount()):
            start = layout.lineAt(i).textStart()
            if start > 0 and not (text[start - 1].isspace() or text[start - 1] in "-\u2010/"):
                out.append(f"{text[max(0, start - 12):start]}|{text[start:start + 12]}")
        block = block.next()
    return out


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_the_curriculum_item_breaks_lines_between_words_at_200_percent(
        make_window, qtbot, app_fonts, lang: str) -> None:
    """Spanish, 200 %, 1280 x 720: the two filters side by side left the item ~330 px and its
    title read "Internationa / l Guidelines"; they now go one under the other."""
    window = _start(make_window, 200, lang)
    window.resize(*LAPTOP)
    page = window.show_page("curriculum")
    page.ensure_loaded()
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    qtbot.waitUntil(lambda: "Guidelines" in page.view.toPlainText(), timeout=5000)
    qtbot.wait(100)
    assert sideways_overflow(window) == 0
    assert words_broken(page.view) == []


def test_the_clipping_check_sees_a_clipped_label(qtbot) -> None:
    label = QLabel("A label that is far too long for its box")
    qtbot.addWidget(label)
    label.setFixedWidth(60)
    label.show()
    assert len(clipped_labels(label.parentWidget() or _wrap(label, qtbot))) == 1


def _wrap(label: QLabel, qtbot):
    from PySide6.QtWidgets import QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    label.setParent(holder)
    holder.show()
    return holder


def test_text_size_and_contrast_apply_live_from_settings(make_window, qtbot, monkeypatch) -> None:
    from PySide6.QtTest import QTest

    from pcsc_workshop.ui.settings_dialog import SettingsDialog

    window = _start(make_window, 100)
    app = QApplication.instance()
    base = app.font().pointSizeF()
    sidebar = window._side.width()
    dialog = SettingsDialog(window.ctx.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.scale.setFocus()
    for _ in range(4):  # keyboard: Up raises the size by 25 % steps
        QTest.keyClick(dialog.scale, Qt.Key.Key_Up)
    assert dialog.scale.value() == 200
    assert app.font().pointSizeF() == pytest.approx(2 * base)  # live, before OK
    assert window._side.width() > sidebar  # the sidebar widened with the text
    dialog.contrast.setFocus()
    QTest.keyClick(dialog.contrast, Qt.Key.Key_Space)
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert "#ffff00" in app.styleSheet()  # high-contrast.qss loaded
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # OK
    settings = window.ctx.settings
    assert i18n.text_scale(settings) == 200 and i18n.high_contrast(settings)


def test_cancel_undoes_the_live_preview(make_window, qtbot) -> None:
    from pcsc_workshop.ui.settings_dialog import SettingsDialog

    window = _start(make_window, 100)
    app = QApplication.instance()
    base = app.font().pointSizeF()
    dialog = SettingsDialog(window.ctx.settings, window)
    qtbot.addWidget(dialog)
    dialog.scale.setValue(150)
    dialog.contrast.setChecked(True)
    dialog.reject()
    assert app.font().pointSizeF() == pytest.approx(base)
    assert "#ffff00" not in app.styleSheet()
    assert i18n.text_scale(window.ctx.settings) == 100


def test_style_sheet_font_sizes_follow_the_text_size() -> None:
    css = i18n.style_sheet(200, False)
    assert "QLabel#brand { font-size: 30.0pt" in css


def test_settings_menu_entry_has_ctrl_comma(make_window) -> None:
    window = make_window()
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.settings_action.text() == "&Settings…"
