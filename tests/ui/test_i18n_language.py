"""Choosing the UI language: Settings, system language, English fallback, right to left.

The window is built after `create_app()` installed the translators, as at a real start, on
a real database; `.qm` files are compiled by PySide6's lrelease into a temporary cache.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from pcsc_workshop.ui import i18n

ARABIC = range(0x0600, 0x0700)


def _is_arabic(text: str) -> bool:
    return any(ord(ch) in ARABIC for ch in text)


@pytest.fixture(autouse=True)
def _fresh_cache_and_english_after(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    yield
    app = QApplication.instance()
    if app is not None:  # the next test starts in English, left to right, 100 %
        i18n.install_language(app, "en")
        i18n.apply_appearance(app, 100, False)


def _choose(lang: str) -> None:
    """Save the choice in Settings, then start the app again (translators installed then)."""
    from pcsc_workshop.ui.app import create_app

    QSettings().setValue(i18n.LANGUAGE_KEY, lang)
    create_app()


def test_arabic_turns_the_layout_right_to_left_and_translates_the_window(make_window) -> None:
    _choose("ar")
    window = make_window()
    app = QApplication.instance()
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert _is_arabic(window.windowTitle()), window.windowTitle()
    sidebar = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert all(_is_arabic(label) for label in sidebar), sidebar
    assert "المنهج" in sidebar[0]
    plans = window.show_page("plans")
    plans.ensure_loaded()
    assert _is_arabic(plans.filter.placeholderText())
    assert _is_arabic(window.menuBar().actions()[0].text())


def test_french_window_and_back_to_english_left_to_right(make_window) -> None:
    _choose("fr")
    window = make_window()
    assert window.windowTitle() == "Atelier PCSC"
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.LeftToRight
    plans_row = [spec.name for spec in window.specs].index("plans")
    assert window.nav.item(plans_row).text() == "Plans d’action"
    _choose("en")
    window = make_window()
    assert window.windowTitle() == "PCSC Workshop"


def test_system_language_is_the_default_and_english_the_fallback(monkeypatch) -> None:
    settings = QSettings()
    settings.remove(i18n.LANGUAGE_KEY)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert i18n.chosen_language(settings) == "es"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ja_JP")))
    assert i18n.chosen_language(settings) == "en"
    settings.setValue(i18n.LANGUAGE_KEY, "pt")  # an explicit choice beats the system
    assert i18n.chosen_language(settings) == "pt"
    settings.setValue(i18n.LANGUAGE_KEY, "xx")  # a language we do not ship: the system's
    assert i18n.chosen_language(settings) == "en"


def test_qm_is_compiled_into_the_cache_and_recompiled_when_the_ts_changes(tmp_path) -> None:
    ts = i18n.translations_dir() / "pcsc_workshop_fr.ts"
    if ts.with_suffix(".qm").exists():
        pytest.skip("a build put compiled .qm files next to the .ts files")
    qm = i18n.qm_for("fr")
    assert qm is not None and qm.parent == tmp_path / "cache" / "pcsc-workshop" / "translations"
    assert qm.read_bytes()[:4] == bytes.fromhex("3cb86418")  # Qt's .qm magic number
    old = ts.stat().st_mtime - 3600  # however long ago the checkout wrote the .ts
    os.utime(qm, (old, old))  # the .ts is now newer than the compiled file
    assert i18n.qm_for("fr") == qm
    assert qm.stat().st_mtime > old + 1800


def test_without_lrelease_and_without_qm_the_app_stays_in_english(monkeypatch) -> None:
    monkeypatch.setattr(i18n, "lrelease_path", lambda: None)
    if (i18n.translations_dir() / "pcsc_workshop_es.qm").exists():
        pytest.skip("a build put compiled .qm files next to the .ts files")
    app = QApplication.instance() or QApplication([])
    assert i18n.install_language(app, "es") == "en"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_every_shipped_language_is_offered_in_settings() -> None:
    assert set(i18n.available_languages()) == {"en", "fr", "es", "pt", "ar"}
    assert {code for code, _name in i18n.LANGUAGES} == set(i18n.available_languages())
