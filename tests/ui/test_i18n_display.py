"""What a reader of each language sees for numbers, scores, dates and plurals.

Real translators (compiled .qm), Qt's CLDR locale data, a real window; in Arabic the order of
"83 / 100" and of a date is read from the text's bidi isolation and from rendered positions.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from pcsc_workshop.ui import display, i18n

DEC_1 = dt.datetime(2026, 12, 1, 16, 14)


@pytest.fixture(autouse=True)
def _fresh_cache_and_english_after(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    yield
    app = QApplication.instance()
    if app is not None:
        i18n.install_language(app, "en")


def _language(lang: str) -> None:
    from pcsc_workshop.ui.app import create_app

    app = create_app()
    i18n.install_language(app, lang)


def _plural(source: str, n: int, context: str = "SlideWords") -> str:
    return QCoreApplication.translate(context, source, "", n)


def test_english_plurals_come_from_the_plural_only_file():
    _language("en")
    assert _plural("%n question(s)", 1) == "1 question"
    assert _plural("%n question(s)", 12) == "12 questions"


def test_arabic_has_six_plural_forms():
    _language("ar")
    forms = {n: _plural("%n question(s)", n) for n in (0, 1, 2, 5, 11, 100)}
    assert len(set(forms.values())) == 6, forms  # zero, one, two, few, many, other
    assert forms[1] == "سؤال واحد" and forms[2] == "سؤالان"
    assert forms[5].startswith("5 ") and forms[11].startswith("11 ")


def test_french_plurals_and_formats():
    _language("fr")
    assert _plural("%n question(s)", 1) == "1 question"
    assert _plural("%n question(s)", 3) == "3 questions"
    assert display.number(0.76, 2) == "0,76"
    assert display.percent(60, isolated=False) == "60\u202f%"
    shown = display.date_time(DEC_1)
    assert "déc" in shown or "12" in shown
    assert "Dec" not in shown
    assert display.day(DEC_1.date(), long=True).strip(display.FSI + display.PDI).startswith(
        "mardi 1 décembre 2026")


def test_portuguese_is_european_and_english_british():
    _language("pt")
    assert QLocale().name() == "pt_PT"
    _language("en")
    assert QLocale().name() == "en_GB"
    assert display.day(DEC_1.date()).strip(display.FSI + display.PDI) == "01/12/2026"


def test_arabic_uses_one_numbering_system_and_isolates_scores_and_dates():
    _language("ar")
    locale = QLocale()
    assert locale.name() == "ar_001"
    assert display.number(83) == "83"  # Latin digits, like the curriculum text
    assert display.score(83) == "\u206683 / 100\u2069"
    shown = display.date_time(DEC_1)
    assert shown[0] == display.FSI and shown[-1] == display.PDI
    inner = shown[1:-1]
    assert "ديسمبر" in inner or "12" in inner
    assert not any("\u0660" <= ch <= "\u0669" for ch in inner), inner  # no Arabic-Indic digits


def _x_at(layout: QTextLayout, index: int) -> float:
    return layout.lineAt(0).cursorToX(index)[0]


def test_arabic_window_shows_83_of_100_left_to_right_and_the_date_in_order(make_window, qtbot,
                                                                           store, demo_id):
    """The dashboard's quality and last-change cells, rendered right to left."""
    QSettings().setValue(i18n.LANGUAGE_KEY, "ar")
    _language("ar")
    window = make_window()
    assert window.isRightToLeft()
    page = window.show_page("dashboard")
    page.load()
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    row = next(p for p in page.data.participants if p.last_change is not None)
    item = next(page.tree.topLevelItem(i).child(j)
                for i in range(page.tree.topLevelItemCount())
                for j in range(page.tree.topLevelItem(i).childCount())
                if page.tree.topLevelItem(i).child(j).data(0, Qt.ItemDataRole.UserRole)
                == row.id)
    quality = item.text(3)
    assert quality == f"\u2066{row.quality} / 100\u2069"  # isolated: always "83 / 100"
    date_cell = item.text(4)
    assert date_cell.startswith(display.FSI) and date_cell.endswith(display.PDI)
    # rendered in a right-to-left paragraph, the score still reads number first
    sentence = "الجودة: " + quality
    layout = QTextLayout(sentence, QFont("Noto Naskh Arabic"))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(2000)
    layout.endLayout()
    # cursor positions inside runs (run edges are ambiguous): the score's last digit and the
    # middle digit of "100"; without the isolation this read "100 / 83"
    score_digit = sentence.index("\u2066") + len(str(row.quality))
    total_digit = sentence.rindex("100") + 1
    assert _x_at(layout, score_digit) < _x_at(layout, total_digit)  # "83 / 100"
    # the Arabic label sits right of the isolated score in the RTL paragraph
    assert _x_at(layout, 2) > _x_at(layout, total_digit)
    assert QFontMetricsF(QFont("Noto Naskh Arabic")).inFontUcs4(ord("ج"))


def test_no_italic_arabic_in_rich_text():
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setMarkdown("*الركيزة* and *Pillar*")
    display.no_italic_arabic(doc)
    block = doc.begin()
    italic = {}
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        italic[fragment.text().strip()] = fragment.charFormat().fontItalic()
        it += 1
    assert italic.get("الركيزة") is False
    assert italic.get("Pillar") is True


def test_ui_fonts_have_the_glyphs_of_every_language():
    from pcsc_workshop.ui.app import create_app, register_fonts

    app = create_app()
    register_fonts()
    families = app.font().families()
    assert families[:2] == ["Noto Sans", "Noto Naskh Arabic"]
    for text in ("Prospérité partagée", "Governação", "الرخاء المشترك", "83 / 100 %"):
        assert all(any(QFontMetricsF(QFont(f)).inFontUcs4(ord(ch)) for f in families)
                   for ch in text if not ch.isspace()), text


def test_the_app_sets_its_interface_font_before_the_window_is_first_shown(qtbot, monkeypatch):
    """The app's window is shown with every bundled font registered and the interface font
    already set, the same fonts as `register_fonts()`: no font change (a second layout of
    every widget and a full repaint) reaches the window once it is shown."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QFontDatabase

    from pcsc_workshop.paths import fonts_dir
    from pcsc_workshop.ui import app as app_module
    from pcsc_workshop.ui.main_window import MainWindow

    app = app_module.create_app()
    added: list[str] = []
    add = QFontDatabase.addApplicationFont
    monkeypatch.setattr(QFontDatabase, "addApplicationFont",
                        staticmethod(lambda path: added.append(Path(path).name) or add(path)))
    plain = QFont(app.font())
    plain.setFamilies(["DejaVu Sans"])
    app.setFont(plain)
    at_show: list[tuple[list[str], list[str]]] = []
    show = MainWindow.show
    monkeypatch.setattr(MainWindow, "show", lambda self: (
        at_show.append((list(added), app.font().families())), show(self)))

    class FontChanges(QObject):
        seen = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.FontChange and isinstance(watched, MainWindow):
                FontChanges.seen += 1
            return False

    changes = FontChanges()
    app.installEventFilter(changes)
    try:
        window = app_module.show_window()
        qtbot.addWidget(window)
        qtbot.wait(50)
    finally:
        app.removeEventFilter(changes)
    fonts, families = at_show[0]
    assert fonts == sorted(p.name for p in fonts_dir().glob("*.ttf"))
    assert families[:2] == ["Noto Sans", "Noto Naskh Arabic"]
    assert FontChanges.seen == 0


def test_changing_the_interface_language_offers_to_restart_now(qtbot, monkeypatch):
    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QMessageBox, QWidget

    from pcsc_workshop.ui import settings_dialog
    from pcsc_workshop.ui.settings_dialog import SettingsDialog

    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(QProcess, "startDetached",
                        staticmethod(lambda program, args: started.append((program, args))
                                     or True))
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        box.buttons()[0].click()  # "Restart now", the default
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    host = QWidget()
    qtbot.addWidget(host)
    dialog = SettingsDialog(QSettings(), host)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    assert asked and "Restart now?" in asked[0]
    assert started and started[0][1][:2] == ["-m", "pcsc_workshop"]
    assert quits == [True]
    assert QSettings().value(i18n.LANGUAGE_KEY) == "fr"
    assert settings_dialog.restart_command()[0]


def test_combo_boxes_show_the_start_of_a_long_text_in_a_right_to_left_window(qtbot):
    """The label is elided at its end before it is drawn, so "Smart Cities Technical…" shows
    in an Arabic window, not "…l Deep Dive, Tokyo and Yokohama"."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QComboBox, QProxyStyle, QStyle, QStyleOptionComboBox

    from pcsc_workshop.ui.combo_style import StartOfTextComboStyle

    drawn: list[str] = []

    class Recording(QProxyStyle):
        def drawControl(self, element, option, painter, widget=None):  # noqa: N802
            if element == QStyle.ControlElement.CE_ComboBoxLabel:
                drawn.append(option.currentText)
            super().drawControl(element, option, painter, widget)

    style = StartOfTextComboStyle(Recording())
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    title = "Smart Cities Technical Deep Dive, Tokyo and Yokohama (November 2016)"
    combo.addItem(title)
    combo.resize(180, 30)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    image = QImage(200, 40, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option, painter, combo)
    painter.end()
    assert drawn and drawn[0].startswith("Smart Cities") and drawn[0].endswith("…")


def test_every_combo_box_of_the_window_draws_the_start_of_its_text(window, qtbot):
    """The start-of-text proxy is each combo box's own style (set when it is polished), and
    the application's style overrides nothing that runs while drawing (ui/app_style.py)."""
    from PySide6.QtWidgets import QApplication, QComboBox, QProxyStyle

    from pcsc_workshop.ui import app_style

    for name in ("assessment", "plans"):
        window.show_page(name)
    qtbot.wait(20)
    combos = [c for c in window.findChildren(QComboBox) if c.isVisible()]
    assert len(combos) >= 3
    assert all(c.property("pcsc_start_of_text") for c in combos), [
        c.objectName() or c.accessibleName() for c in combos if not c.property("pcsc_start_of_text")]
    hook = app_style.install(QApplication.instance())
    for method in ("drawControl", "drawComplexControl", "drawPrimitive", "subElementRect"):
        assert getattr(type(hook), method) is getattr(QProxyStyle, method), method
