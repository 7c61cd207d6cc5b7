"""UI language, text size and high-contrast theme, applied to the whole application.

Language: the Settings choice, else the system language (`QLocale.system()`), else English.
Translations are Qt Linguist `.ts` files in `resources/translations/`; Qt loads only compiled
`.qm` files, so a `.qm` is used from next to the `.ts` when a build put one there, and
otherwise compiled on first use with the `lrelease` shipped in PySide6 into the user's cache
folder (recompiled when the `.ts` is newer). That is why a plain `pip install .` needs no
build step. Qt's own translations (standard buttons, file dialogs) are installed too when
the Qt installation has them. Arabic turns the whole layout right to left.

Install translators before any widget is created: widgets translate their texts once, when
they are built, so the language applies after a restart (the Settings dialog says so).
Text size and the high-contrast theme apply live: they are an application font and a
style sheet, which Qt propagates to every existing widget.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from pcsc_workshop.paths import resources_dir
from pcsc_workshop.ui.typed_qt import int_setting

# Shown in their own language, so that someone who cannot read the current one finds theirs.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
    ("ar", "العربية"),
)
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})
# The CLDR locale each interface language formats with: British English (the app's spelling,
# day-first dates), European Portuguese (not Brazil's, Qt's default for "pt"), and Modern
# Standard Arabic `ar_001` (Qt's default for "ar" is Egypt's, with Arabic-Indic digits; ar_001
# uses Latin digits like the curriculum text and UN Arabic documents, one system per screen).
UI_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "pt": "pt_PT", "ar": "ar_001"}
# UI fonts, bundled in resources/fonts (registered at start-up): every script the app shows
# has glyphs, and Arabic is set in Naskh, not in a Latin font's fallback (nor in italics).
# (Bengali and Devanagari names are found by Qt's fallback among the registered fonts; listing
# them here made Qt try the Bengali font for Devanagari text first and warn about it.)
UI_FONT_FAMILIES = ["Noto Sans", "Noto Naskh Arabic"]
LANGUAGE_KEY = "ui/language"  # "" = follow the system
SCALE_KEY = "ui/text_scale"  # percent, 100-200
CONTRAST_KEY = "ui/high_contrast"
SCALE_MIN, SCALE_MAX = 100, 200
TS_PREFIX = "pcsc_workshop_"


@dataclass(frozen=True)
class Appearance:
    language: str  # the language actually in use ("en" when nothing else matched)
    scale: int
    high_contrast: bool


# Kept alive here: a QTranslator that Python collects is silently removed from the app.
_installed: list[QTranslator] = []
_base_point_size: list[float] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def available_languages() -> list[str]:
    """English plus every language with a `.ts` (or a shipped `.qm`) in the translations folder."""
    found = {p.stem.removeprefix(TS_PREFIX) for p in translations_dir().glob(f"{TS_PREFIX}*.*")
             if p.suffix in (".ts", ".qm")}
    return ["en", *sorted(found - {"en"})]  # the en file only holds plural forms


def chosen_language(settings: QSettings) -> str:
    """The language to use: the setting, else the system language, else English."""
    wanted = str(settings.value(LANGUAGE_KEY, "", str) or "")
    available = available_languages()
    if wanted in available:
        return wanted
    for name in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in available:
            return code
    return "en"


def text_scale(settings: QSettings) -> int:
    return max(SCALE_MIN, min(SCALE_MAX, int_setting(settings, SCALE_KEY, 100)))


def large_text() -> bool:
    """True at 150 % text size or more: layouts may stack what sits side by side."""
    app = QCoreApplication.instance()
    scale = app.property("pcsc_text_scale") if app is not None else None
    return int(scale or 100) >= 150


def high_contrast(settings: QSettings) -> bool:
    value = settings.value(CONTRAST_KEY, False)
    return value in (True, "true", "1", 1)


# -- compiled translations -----------------------------------------------------------------
def qm_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("pcsc-workshop", appauthor=False)) / "translations"


def lrelease_path() -> Path | None:
    """PySide6's `lrelease` (PySide6-Essentials ships it next to the package)."""
    import shutil

    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    for candidate in (base / "lrelease", base / "lrelease.exe", base / "Qt" / "libexec" / "lrelease"):
        if candidate.is_file():
            return candidate
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def _newer_or_same(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def compile_qm(ts: Path, qm: Path) -> bool:
    """Compile `ts` into `qm` with lrelease; False (and no exception) when that is impossible."""
    tool = lrelease_path()
    if tool is None or not ts.is_file():
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_suffix(".qm.part")
    try:
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(partial)], check=True,
                       capture_output=True, timeout=60)
        partial.replace(qm)
    except (OSError, subprocess.SubprocessError):
        partial.unlink(missing_ok=True)
        return False
    return True


def qm_for(lang: str, cache: Path | None = None) -> Path | None:
    """The `.qm` for `lang`: shipped beside the `.ts`, else cached, compiled when stale."""
    ts = translations_dir() / f"{TS_PREFIX}{lang}.ts"
    shipped = ts.with_suffix(".qm")
    if _newer_or_same(shipped, ts) or (getattr(sys, "frozen", False) and shipped.is_file()):
        return shipped  # a build compiled it (a frozen app has no lrelease to recompile)
    cached = (cache or qm_cache_dir()) / shipped.name
    if _newer_or_same(cached, ts) or compile_qm(ts, cached):
        return cached
    stale = [p for p in (shipped, cached) if p.is_file()]  # better old words than none
    return stale[0] if stale else None


# -- applying ------------------------------------------------------------------------------
def install_language(app: QCoreApplication, lang: str) -> str:
    """Replace the app's translators by those for `lang`; returns the language in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    in_use = "en"
    # Lowest priority (installed first): "%n day(s)" -> "1 day" / "5 days" for a message the
    # English .ts does not hold yet (see ui/plurals.py); the .qm files below answer first.
    from pcsc_workshop.ui.plurals import EnglishPlurals

    fallback = EnglishPlurals(app)
    app.installTranslator(fallback)
    _installed.append(fallback)
    english = qm_for("en")  # English plural forms ("%n question(s)" -> "1 question")
    if english is not None:
        plurals = QTranslator(app)
        if plurals.load(str(english)):
            app.installTranslator(plurals)
            _installed.append(plurals)
    if lang != "en":
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(lang), "qtbase", "_", qt_dir):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
        qm = qm_for(lang)
        ours = QTranslator(app)
        if qm is not None and ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
            in_use = lang
    QLocale.setDefault(ui_locale(in_use))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if in_use in RTL_LANGUAGES
                               else Qt.LayoutDirection.LeftToRight)
    return in_use


def ui_locale(lang: str) -> QLocale:
    """The CLDR locale the interface formats numbers and dates with (see UI_LOCALES)."""
    return QLocale(UI_LOCALES.get(lang, lang))


def _scaled_points(css: str, factor: float) -> str:
    """Multiply every `Npt` font size in a style sheet (they do not follow the app font)."""
    return re.sub(r"(\d+(?:\.\d+)?)pt\b",
                  lambda m: f"{float(m.group(1)) * factor:.1f}pt", css)


def style_sheet(scale: int, contrast: bool) -> str:
    styles = resources_dir() / "styles"
    parts = [styles / "app.qss"] + ([styles / "high-contrast.qss"] if contrast else [])
    css = "\n".join(p.read_text(encoding="utf-8") for p in parts if p.is_file())
    return _scaled_points(css, scale / 100)


def high_contrast_palette() -> QPalette:
    """White on black, yellow selection: the colours of common high-contrast system themes."""
    p = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, colour in (
        (QPalette.ColorRole.Window, black), (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black), (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, white), (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white), (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white), (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black), (QPalette.ColorRole.Link, QColor("#00ffff")),
        (QPalette.ColorRole.LinkVisited, QColor("#ff80ff")),
        (QPalette.ColorRole.PlaceholderText, QColor("#d0d0d0")),
        (QPalette.ColorRole.BrightText, yellow),
    ):
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#a0a0a0"))
    return p


def apply_appearance(app: QApplication, scale: int = 100, contrast: bool = False) -> None:
    """Text size (application font and style-sheet sizes) and theme; safe to call live."""
    scale = max(SCALE_MIN, min(SCALE_MAX, int(scale)))
    if not _base_point_size:
        _base_point_size.append(app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0)
    app.setProperty("pcsc_text_scale", scale)  # read by widgets sized in pixels (sidebar)
    app.setProperty("pcsc_high_contrast", contrast)
    font = QFont(app.font())
    font.setPointSizeF(_base_point_size[0] * scale / 100)
    _set_ui_families(font)
    app.setFont(font)
    app.setPalette(high_contrast_palette() if contrast else app.style().standardPalette())
    app.setStyleSheet(style_sheet(scale, contrast))


def _set_ui_families(font: QFont) -> bool:
    from PySide6.QtGui import QFontDatabase

    families = [f for f in UI_FONT_FAMILIES if f in QFontDatabase.families()]
    if families:  # not registered yet (start-up registers them later): keep Qt's default
        font.setFamilies(families)
    return bool(families)


def use_ui_fonts(app: QApplication) -> None:
    """The bundled fonts as the interface font, once they are registered."""
    font = QFont(app.font())
    if _set_ui_families(font):
        app.setFont(font)


def setup(app: QApplication, settings: QSettings | None = None) -> Appearance:
    """Everything at start-up, before the first widget: language, text size, theme."""
    settings = settings or QSettings()
    language = install_language(app, chosen_language(settings))
    scale, contrast = text_scale(settings), high_contrast(settings)
    apply_appearance(app, scale, contrast)
    return Appearance(language, scale, contrast)
