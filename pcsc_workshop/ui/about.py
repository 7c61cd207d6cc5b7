"""About PCSC Workshop: version, the sources of the curriculum, and every bundled licence."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop import __version__
from pcsc_workshop.paths import fonts_dir
from pcsc_workshop.ui.accessibility import LabelledFields
from pcsc_workshop.ui.typed_qt import QT_TRANSLATE_NOOP

# (distribution on PyPI, what it does for us (translated when shown), licence)
COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("PySide6-Essentials", QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python: windows, widgets, translations"), "LGPL-3.0"),
    ("SQLAlchemy", QT_TRANSLATE_NOOP("AboutDialog", "the workshop database"), "MIT"),
    ("alembic", QT_TRANSLATE_NOOP("AboutDialog", "database migrations"), "MIT"),
    ("pydantic", QT_TRANSLATE_NOOP("AboutDialog", "curriculum and exchange-file validation"), "MIT"),
    ("PyYAML", QT_TRANSLATE_NOOP("AboutDialog", "curriculum files"), "MIT"),
    ("reportlab", QT_TRANSLATE_NOOP("AboutDialog", "PDF documents"), "BSD-3-Clause"),
    ("rl_accel", QT_TRANSLATE_NOOP("AboutDialog", "faster PDF layout"), "BSD-3-Clause"),
    ("uharfbuzz", QT_TRANSLATE_NOOP("AboutDialog", "text shaping for Bengali and Devanagari (HarfBuzz)"), "Apache-2.0 / MIT"),
    ("arabic-reshaper", QT_TRANSLATE_NOOP("AboutDialog", "joined Arabic letters in PDFs"), "MIT"),
    ("python-bidi", QT_TRANSLATE_NOOP("AboutDialog", "right-to-left order in PDFs"), "LGPL-3.0"),
    ("pyqtgraph", QT_TRANSLATE_NOOP("AboutDialog", "charts on screen"), "MIT"),
    ("numpy", QT_TRANSLATE_NOOP("AboutDialog", "chart data"), "BSD-3-Clause"),
    ("platformdirs", QT_TRANSLATE_NOOP("AboutDialog", "where data is stored"), "MIT"),
    ("Babel", QT_TRANSLATE_NOOP("AboutDialog", "dates, numbers and plurals in documents (CLDR)"), "BSD-3-Clause"),
    ("python-docx", QT_TRANSLATE_NOOP("AboutDialog", "editable Word copies of documents"), "MIT"),
    ("pyphen", QT_TRANSLATE_NOOP("AboutDialog", "hyphenation in documents"), "LGPL-2.1 / MPL-1.1"),
)
# Fonts in resources/fonts, their licence texts beside them (LICENSE-*.txt)
FONTS: tuple[tuple[str, str, str], ...] = (
    ("Noto fonts", QT_TRANSLATE_NOOP("AboutDialog", "Latin, Greek, Cyrillic, Arabic, Hebrew, Indic, Southeast Asian, Ethiopic, Armenian, Georgian and Tifinagh text"), "SIL OFL 1.1"),
    ("NanumSquare", QT_TRANSLATE_NOOP("AboutDialog", "Korean text"), "SIL OFL 1.1"),
    ("Droid Sans Fallback", QT_TRANSLATE_NOOP("AboutDialog", "Chinese and Japanese text"), "Apache-2.0"),
    ("DejaVu Sans", QT_TRANSLATE_NOOP("AboutDialog", "symbols"), "Bitstream Vera"),
)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "—"


class AboutDialog(LabelledFields, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About PCSC Workshop"))
        self.resize(720, 620)
        intro = QLabel(self.tr(
            "<h2>PCSC Workshop {0}</h2>"
            "<p>Run capacity-building workshops on people-centred smart cities, offline.</p>"
            "<p>The curriculum is written in our own words from public sources: UN-Habitat's "
            "International Guidelines on People-Centred Smart Cities and World Smart Cities "
            "Outlook (2025 presentation), JICA's Smart City Approach brochure, the World Bank "
            "TDLC Smart Cities Technical Deep Dive (2016), the UNCRD Smart Cities Programme and "
            "the 2023 UN-Habitat Assembly resolution. Each item names its source.</p>"
            "<p><b>Bundled components and their licences</b></p>").format(__version__), self)
        intro.setTextFormat(Qt.TextFormat.RichText)  # our own words, asked for as rich text
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        table = QTableWidget(len(COMPONENTS) + len(FONTS), 4, self)
        table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"),
                                         self.tr("Used for"), self.tr("Licence")])
        rows = [(n, _version(n), self.tr(use), lic) for n, use, lic in COMPONENTS]
        rows += [(n, "—", self.tr(use), lic) for n, use, lic in FONTS]
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setAccessibleName(self.tr("Bundled components and licences"))
        font_licence = QPlainTextEdit(self)
        font_licence.setReadOnly(True)
        font_licence.setAccessibleName(self.tr("Font licence text"))
        font_licence.setPlainText("\n\n".join(
            path.read_text(encoding="utf-8", errors="replace")
            for path in sorted(fonts_dir().glob("LICENSE-*.txt"))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table, 2)
        layout.addWidget(QLabel(self.tr("Font licences:"), self))
        layout.addWidget(font_licence, 1)
        layout.addWidget(buttons)
