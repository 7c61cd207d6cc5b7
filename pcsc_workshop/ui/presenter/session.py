"""A running presentation: the slides, where we are, the timer, and the windows showing them.

Keys (from either window): Right / Page Down / Space / Enter next, Left / Page Up /
Backspace previous, Home / End, B or . blanks the screen (clickers send '.'), T starts or
pauses the timer, N shows or hides the notes when there is no second screen, Esc ends.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

from pcsc_workshop.core.curriculum.slides import Slide
from pcsc_workshop.ui.presenter.windows import AudienceWindow, NotesWindow
from pcsc_workshop.ui.presenter.words import SlideWords
from pcsc_workshop.ui.widgets.exercise_timer import ExerciseTimer

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down,
             Qt.Key.Key_Return, Qt.Key.Key_Enter}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace}


class Presentation(QObject):
    """Owns the slides and the timer; the windows only show them."""

    changed = Signal(int)
    closed = Signal()

    def __init__(self, slides: list[Slide], title: str, minutes: int,
                 audience_screen: QScreen, notes_screen: QScreen | None = None,
                 parent: QWidget | None = None, module: bool = False,
                 notes_slides: list[Slide] | None = None) -> None:
        super().__init__(parent)
        if not slides:
            raise ValueError("a presentation needs at least one slide")
        self.slides = slides
        # the same deck in the presenter's language: only its notes are shown
        self.notes_slides = notes_slides if notes_slides and len(notes_slides) == len(
            slides) else slides
        self.title = title
        self.module = module
        self.index = 0
        self.words = SlideWords(self)
        self.timer = ExerciseTimer(None, minutes=max(1, int(minutes)))
        self.timer.setAccessibleName(self.tr("Session timer"))
        for control in (self.timer.start_button, self.timer.reset_button, self.timer.minutes):
            control.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # keys stay with the slides
        self._closing = False
        self.audience = AudienceWindow(self, parent)
        self.notes_window: NotesWindow | None = None
        if notes_screen is not None:
            self.notes_window = NotesWindow(self, parent)
        else:
            self.timer.setParent(self.audience)  # owned, but shown only as the pill
            self.timer.hide()
        self._place(self.audience, audience_screen, full_screen=True)
        if self.notes_window is not None and notes_screen is not None:
            self._place(self.notes_window, notes_screen, full_screen=False)
        self.show_slide(0)
        self.audience.activateWindow()
        self.audience.setFocus()

    @staticmethod
    def _place(window: QWidget, screen: QScreen, full_screen: bool) -> None:
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        if full_screen:
            window.showFullScreen()
        else:
            window.showMaximized()

    # -- navigation -------------------------------------------------------------------------
    @property
    def count(self) -> int:
        return len(self.slides)

    def show_slide(self, index: int) -> None:
        self.index = max(0, min(index, self.count - 1))
        slide = self.slides[self.index]
        counter = self.tr("{0} / {1}").format(self.index + 1, self.count)
        self.audience.slide_view.set_slide(slide, module=self.module)
        self.audience.counter.setText(counter)
        self.audience.counter.setAccessibleDescription(
            self.tr("Slide {0} of {1}").format(self.index + 1, self.count))
        if self.audience.notes_panel.isVisible():
            self.audience.show_notes(True, self.notes_html(slide))
        if self.notes_window is not None:
            w = self.notes_window
            kicker = self.words.kicker(slide, self.module)
            w.current_title.setText(" – ".join(x for x in (kicker, slide.title) if x))
            w.notes.setHtml(self.notes_html(slide))
            w.counter.setText(counter)
            following = self.slides[self.index + 1] if self.index + 1 < self.count else None
            w.preview.set_slide(following, module=self.module)
        self.changed.emit(self.index)

    def next(self) -> None:
        if self.index + 1 < self.count:
            self.show_slide(self.index + 1)

    def previous(self) -> None:
        if self.index > 0:
            self.show_slide(self.index - 1)

    def notes_html(self, slide: Slide) -> str:
        from pcsc_workshop.ui.display import has_arabic

        if self.slides[self.index] is slide:  # its notes in the presenter's language
            slide = self.notes_slides[self.index]

        def aside(text: str) -> str:  # Arabic has no italics: set apart in grey instead
            if has_arabic(text):
                return f"<p style='color:#555'>{html.escape(text)}</p>"
            return f"<p><i>{html.escape(text)}</i></p>"

        parts = [f"<p>{html.escape(p)}</p>" for p in slide.notes]
        advice = slide.advice
        if advice:
            parts.append(f"<p><b>{html.escape(self.words.advice_heading())}</b></p>")
            parts += [f"<p>{html.escape(a)}</p>" for a in advice]
        tip = self.words.tip(slide)
        if tip:
            parts.insert(0, aside(tip))
        none = self.tr("No notes for this slide.")
        return "".join(parts) or aside(none)

    # -- keys -------------------------------------------------------------------------------
    def handle_key(self, key: int, text: str = "") -> bool:
        """Act on a key from either window; False when the key is not ours."""
        key = Qt.Key(key)
        if key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_End:
            self.show_slide(self.count - 1)
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period) or text in ("b", "B", "."):
            self.audience.set_blank(not self.audience.blanked)
        elif key == Qt.Key.Key_T:
            self.timer.toggle()
            self.audience.timer_pill.refresh()
        elif key == Qt.Key.Key_N and self.notes_window is None:
            visible = not self.audience.notes_panel.isVisible()
            self.audience.show_notes(visible, self.notes_html(self.slides[self.index]))
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            return False
        return True

    def close(self) -> None:
        """End the presentation: both windows close, the timer stops."""
        if self._closing:
            return
        self._closing = True
        self.timer.pause()
        self.audience.timer_pill._tick.stop()
        for window in (self.audience, self.notes_window):
            if window is not None:
                window.close()
                window.deleteLater()
        self.closed.emit()
