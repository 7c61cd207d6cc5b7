"""One slide, drawn with large type that scales with the screen it is on.

Sizes are pixel sizes for a 1920x1080 screen, multiplied by the widget's own scale, so the
same slide reads the same from the back of the room on a projector, a TV or the small preview
in the notes window. When a slide holds more text than fits, the type shrinks step by step
(never below half) rather than cutting text off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pcsc_workshop.core.curriculum.slides import Slide
from pcsc_workshop.ui.plain_text import markdown_safe
from pcsc_workshop.ui.presenter.words import SlideWords
from pcsc_workshop.ui.typed_qt import take_all

INK = "#12263f"
MUTED = "#4a5b70"
ACCENT = "#0b6e99"
PAPER = "#ffffff"

MIN_FIT = 0.5  # smallest share of the normal type size a crowded slide may shrink to
# Pixel sizes at 1920x1080.
SIZES = {"kicker": 34, "title": 68, "hero": 96, "subtitle": 42, "body": 40, "point": 40,
         "marker": 40, "figure": 240, "statement": 110, "row-value": 52, "row-label": 32, "row-detail": 32, "citation": 24}


class SlideView(QWidget):
    """Shows one `Slide`; `set_slide(slide)` rebuilds it, resizing rescales it."""

    def __init__(self, parent: QWidget | None = None, words: SlideWords | None = None) -> None:
        super().__init__(parent)
        self.words = words or SlideWords(self)
        self.slide: Slide | None = None
        self.module = False
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"SlideView {{ background: {PAPER}; }}")
        self.setAccessibleName(self.tr("Slide"))
        self._labels: list[tuple[QLabel, str]] = []
        self._fit = 1.0
        # Never let a long slide push the window beyond its screen: the type shrinks instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.content = QFrame(self)
        self.content.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.content.setObjectName("slide-content")
        self._layout = QVBoxLayout(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.content)

    # -- building -------------------------------------------------------------------------
    def set_slide(self, slide: Slide | None, module: bool = False) -> None:
        self.slide, self.module = slide, module
        self._clear()
        if slide is not None:
            self._build(slide)
        self._fit = 1.0
        self._rescale()

    def _clear(self) -> None:
        self._labels = []
        take_all(self._layout)  # hidden now: deleteLater waits for the event loop

    def _label(self, text: str, role: str, markdown: bool = False,
               parent_layout: QVBoxLayout | QGridLayout | None = None) -> QLabel:
        label = QLabel(self.content)
        label.setTextFormat(Qt.TextFormat.MarkdownText if markdown else Qt.TextFormat.PlainText)
        # A label's Markdown document would load `![](file)` images and raw HTML: never.
        label.setText(markdown_safe(text) if markdown else text)
        label.setWordWrap(True)
        label.setProperty("role", role)
        color = {"marker": ACCENT, "kicker": ACCENT, "figure": ACCENT, "statement": ACCENT, "row-value": ACCENT, "subtitle": MUTED,
                 "citation": MUTED, "row-label": MUTED}.get(role, INK)
        label.setStyleSheet(f"color: {color}; background: transparent;")
        label.setAccessibleName(text)
        self._labels.append((label, role))
        if parent_layout is None:
            self._layout.addWidget(label)
        label.setVisible(True)  # now, so the fitting below measures it (layouts show later)
        return label

    def _build(self, slide: Slide) -> None:
        kicker = self.words.kicker(slide, module=self.module)
        centred = slide.kind in ("title", "check")
        if centred:
            self._layout.addStretch(2)
        if kicker:
            self._label(kicker.upper(), "kicker")
        if slide.title:
            self._label(slide.title, "hero" if centred else "title")
        if slide.subtitle:
            subtitle = slide.subtitle
            if slide.rows and slide.rows[0].code.startswith("session."):
                subtitle = self.tr("Day {0}").format(subtitle)
            self._label(subtitle, "subtitle")
        if slide.kind == "statistic":
            self._statistic(slide)
        elif slide.kind == "check":
            count = slide.rows[0].value if slide.rows else "0"
            self._label(self.words.question_count(count), "statement")
            self._label(self.tr("Before the session and again after it"), "subtitle")
        else:
            if slide.body:
                self._label(slide.body, "body", markdown=True)
            if slide.points:
                self._points(slide)
            if slide.rows and slide.kind != "title":
                self._rows(slide)
        self._layout.addStretch(3 if centred else 1)
        if slide.citation:
            self._label(self.tr("Source: {0}").format(slide.citation), "citation")

    def _statistic(self, slide: Slide) -> None:
        if slide.figure:
            figure = self._label(slide.figure, "figure")
            figure.setWordWrap(False)
        if slide.body:
            self._label(slide.body, "body", markdown=True)

    def _points(self, slide: Slide) -> None:
        numbered = slide.kind in ("questions", "quiz")
        if slide.kind == "case":  # actors: one line, not bullets
            self._label(self.tr("Who: {0}").format("; ".join(slide.points)), "row-detail")
            return
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(18)
        grid.setColumnStretch(1, 1)
        self._layout.addLayout(grid)
        for n, point in enumerate(slide.points):
            marker = chr(ord("A") + n) + "." if slide.kind == "quiz" else \
                f"{n + 1}." if numbered else "•"
            bullet = self._label(marker, "marker", parent_layout=grid)
            bullet.setWordWrap(False)
            bullet.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text = self._label(point, "point", parent_layout=grid)
            grid.addWidget(bullet, n, 0)
            grid.addWidget(text, n, 1)

    def _rows(self, slide: Slide) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setColumnStretch(1, 1)
        self._layout.addLayout(grid)
        for r, row in enumerate(slide.rows):
            if slide.kind == "examples":
                label = self._label(self.words.row_label(row, slide.kind), "row-label",
                                    parent_layout=grid)
                detail = self._label(row.detail, "row-detail", parent_layout=grid)
                grid.addWidget(label, r * 2, 0, 1, 2)
                grid.addWidget(detail, r * 2 + 1, 0, 1, 2)
                continue
            totals = row.code.startswith("pillar-total")  # the words carry the figures
            value = self._label("" if totals else row.value, "row-value", parent_layout=grid)
            value.setWordWrap(False)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text = "" if row.code == "level" else self.words.row_label(row, slide.kind)
            if row.code.startswith("session."):  # an agenda line: title, kind and length
                content = f"**{_md(row.label)}**  \n" + self.tr("{0} · {1} min").format(
                    self.words.session_kind(row.code.split(".", 1)[1]), row.detail)
                label = self._label(content, "row-detail", markdown=True, parent_layout=grid)
            elif totals:
                label = self._label(text, "point", parent_layout=grid)
            elif row.detail:
                content = f"**{_md(text)}**  \n{row.detail}" if text else row.detail
                label = self._label(content, "row-detail", markdown=True, parent_layout=grid)
            else:
                label = self._label(text, "point", parent_layout=grid)
            grid.addWidget(value, r, 0)
            grid.addWidget(label, r, 1)

    # -- scaling --------------------------------------------------------------------------
    def scale(self) -> float:
        return max(0.1, min(self.width() / 1920, self.height() / 1080))

    def _rescale(self) -> None:
        unit = self.scale()
        margin = int(96 * unit)
        self._layout.setContentsMargins(margin, int(64 * unit), margin, int(48 * unit))
        self._layout.setSpacing(int(22 * unit))
        for _ in range(6):
            for label, role in self._labels:
                font = label.font()
                font.setPixelSize(max(6, int(SIZES[role] * unit * self._fit)))
                font.setBold(role in ("marker", "title", "hero", "figure", "statement", "row-value", "kicker"))
                label.setFont(font)
            needed = self._layout.totalHeightForWidth(self.content.width()) \
                if self.content.width() > 0 else 0
            if needed <= self.height() or self._fit <= MIN_FIT:
                break
            self._fit = max(MIN_FIT, self._fit * 0.88)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.content.resize(self.size())
        self._fit = 1.0
        self._rescale()

    def texts(self) -> list[str]:
        """Everything the slide shows, in order (for tests and screen readers)."""
        return [label.text() for label, _ in self._labels]


def _md(text: str) -> str:
    return text.replace("*", r"\*").replace("_", r"\_")


