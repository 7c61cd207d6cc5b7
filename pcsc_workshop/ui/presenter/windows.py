"""The two presenter windows: the slides for the room, and the notes for the facilitator.

Both forward their keys to the `Presentation` that owns them, so the clicker or keyboard
works whichever window has the focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.ui.display import isolate
from pcsc_workshop.ui.presenter.slide_view import ACCENT, INK, MUTED, SlideView
from pcsc_workshop.ui.widgets.exercise_timer import ExerciseTimer

if TYPE_CHECKING:
    from pcsc_workshop.ui.presenter.words import SlideWords


class Presentation(Protocol):
    """What the windows use of the presentation that owns them (session.py's `Presentation`
    satisfies it). A protocol, not an import: session.py builds these windows, so importing it
    back made an import circle."""

    title: str
    words: SlideWords
    timer: ExerciseTimer

    def handle_key(self, key: int, text: str = "") -> bool: ...
    def next(self) -> None: ...
    def close(self) -> None: ...


PILL_STYLES = {
    "normal": f"color: white; background: {INK};",
    "amber": "color: #3d2a00; background: #ffbf47;",
    "red": "color: white; background: #b00020;",
}


class TimerPill(QLabel):
    """A compact read-out of the exercise timer for the audience: time, and state in words."""

    def __init__(self, timer: ExerciseTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.setAccessibleName(self.tr("Time left"))
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self.refresh()

    def refresh(self) -> None:
        left = self.timer.remaining()
        state = self.timer.state_for(left)
        text = self.timer.clock_text()  # "+02:10" past the end: the overrun, counted
        if state == "red":
            text = self.tr("{0} · time is up").format(text)
        elif state == "amber":
            text = self.tr("{0} · wrap up").format(text)
        elif not self.timer.running:
            text = self.tr("{0} · paused").format(text) if self.timer.elapsed() \
                else self.tr("{0} · press T to start").format(text)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setStyleSheet(PILL_STYLES[state] + " border-radius: 10px; padding: 4px 14px;")

    def rescale(self, unit: float) -> None:
        font = self.font()
        font.setPixelSize(max(10, int(30 * unit)))
        font.setBold(True)
        self.setFont(font)


class AudienceWindow(QWidget):
    """Full-screen slides with a footer (timer, title, slide counter); B blanks, N notes."""

    def __init__(self, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.presentation = presentation
        self.setWindowTitle(self.tr("Presentation – {0}").format(isolate(presentation.title)))
        self.setAccessibleName(self.tr("Presentation"))
        self.setStyleSheet("AudienceWindow { background: black; }")
        self.slide_view = SlideView(self, presentation.words)
        self.timer_pill = TimerPill(presentation.timer, self)
        self.deck_title = QLabel(presentation.title, self)
        self.deck_title.setAccessibleName(self.tr("Presentation title"))
        self.deck_title.setStyleSheet(f"color: {MUTED};")
        self.counter = QLabel(self)
        self.counter.setAccessibleName(self.tr("Slide number"))
        self.counter.setStyleSheet(f"color: {ACCENT}; font-weight: bold;")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.footer = QFrame(self)
        self.footer.setStyleSheet("QFrame { background: #eef3f9; }")
        footer_layout = QHBoxLayout(self.footer)
        footer_layout.addWidget(self.timer_pill)
        footer_layout.addWidget(self.deck_title, 1, Qt.AlignmentFlag.AlignCenter)
        footer_layout.addWidget(self.counter)

        self.notes_panel = QTextBrowser(self)
        self.notes_panel.setAccessibleName(self.tr("Speaker notes"))
        self.notes_panel.setStyleSheet("QTextBrowser { background: #fffbe6; color: #12263f; }")
        self.notes_panel.hide()

        slide_page = QWidget(self)
        column = QVBoxLayout(slide_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.slide_view, 1)
        column.addWidget(self.notes_panel)
        column.addWidget(self.footer)
        self.blank = QLabel(self)
        self.blank.setStyleSheet("background: black;")
        self.blank.setAccessibleName(self.tr("Blank screen"))
        self.pages = QStackedLayout(self)
        self._slide_page = slide_page
        self.pages.addWidget(slide_page)
        self.pages.addWidget(self.blank)

    @property
    def blanked(self) -> bool:
        return self.pages.currentWidget() is self.blank

    def set_blank(self, blank: bool) -> None:
        self.pages.setCurrentWidget(self.blank if blank else self._slide_page)

    def show_notes(self, visible: bool, html: str = "") -> None:
        self.notes_panel.setHtml(html)
        self.notes_panel.setVisible(visible)
        self.notes_panel.setFixedHeight(max(120, self.height() // 4))
        self._rescale_footer()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._rescale_footer()

    def _rescale_footer(self) -> None:
        unit = max(0.3, min(self.width() / 1920, self.height() / 1080))
        self.timer_pill.rescale(unit)
        for label in (self.deck_title, self.counter):
            font = label.font()
            font.setPixelSize(max(10, int(26 * unit)))
            label.setFont(font)
        font = self.notes_panel.font()
        font.setPixelSize(max(12, int(24 * unit)))
        self.notes_panel.setFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self.presentation.handle_key(event.key(), event.text()):
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - a click moves on, like a clicker
        if event.button() == Qt.MouseButton.LeftButton:
            self.presentation.next()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.presentation.close()
        super().closeEvent(event)


class NotesWindow(QWidget):
    """For the facilitator's screen: notes, the next slide, the timer with its controls."""

    def __init__(self, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.presentation = presentation
        self.setWindowTitle(self.tr("Speaker notes – {0}").format(isolate(presentation.title)))
        self.setAccessibleName(self.tr("Speaker notes window"))
        self.current_title = QLabel(self)
        self.current_title.setWordWrap(True)
        self.current_title.setAccessibleName(self.tr("Current slide"))
        font = self.current_title.font()
        font.setPointSize(20)
        font.setBold(True)
        self.current_title.setFont(font)
        self.notes = QTextBrowser(self)
        self.notes.setAccessibleName(self.tr("Speaker notes"))
        notes_font = self.notes.font()
        notes_font.setPointSize(18)
        self.notes.setFont(notes_font)
        self.counter = QLabel(self)
        self.counter.setAccessibleName(self.tr("Slide number"))
        self.counter.setFont(font)
        next_caption = QLabel(self.tr("Next slide"), self)
        self.preview = SlideView(self, presentation.words)
        self.preview.setFixedSize(480, 270)
        self.preview.setAccessibleName(self.tr("Next slide preview"))
        self.preview.setStyleSheet("SlideView { background: white; border: 1px solid #8a9bb0; }")
        self.keys_help = QLabel(self.tr(
            "→ / Space next · ← previous · Home / End · B blank · T timer · Esc end"), self)
        self.keys_help.setWordWrap(True)
        self.keys_help.setAccessibleName(self.tr("Keyboard shortcuts"))

        left = QVBoxLayout()
        left.addWidget(self.current_title)
        left.addWidget(self.notes, 1)
        left.addWidget(self.keys_help)
        right = QVBoxLayout()
        right.addWidget(self.counter)
        right.addWidget(next_caption)
        right.addWidget(self.preview)
        right.addWidget(presentation.timer, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self.presentation.handle_key(event.key(), event.text()):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.presentation.close()
        super().closeEvent(event)
