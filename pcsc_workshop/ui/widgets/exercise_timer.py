"""A countdown for timed sessions (exercises), big enough to read from the back of the room.

It turns amber when little time is left and red at the end, and it also *says* so in words
("Last 2 minutes", "Time is up") so that the state never depends on colour alone. At zero it
keeps counting the overrun ("+03:12", "3 minutes over"): a facilitator needs to know by how
much a group ran over, not only that it did. "Full screen" (F11; Esc leaves) shows the clock
alone on the room's screen, its digits as large as the screen allows. The clock counts from a
monotonic timer, so a busy UI thread delays the repaint but never the time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

STATE_STYLES = {
    "normal": "color: #1f3a5f; background: #eef3f9;",
    "amber": "color: #3d2a00; background: #ffbf47;",
    "red": "color: white; background: #b00020;",
}


def format_clock(seconds: float) -> str:
    """mm:ss for what is left (or h:mm:ss past an hour); never negative."""
    total = max(0, int(seconds + 0.999))  # 59.2 s left still reads 01:00 -> 00:59 later
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class ExerciseTimer(QWidget):
    """Start / Pause / Reset a countdown of `minutes`; `state` is normal, amber or red."""

    stateChanged = Signal(str)
    finished = Signal()

    def __init__(self, parent: QWidget | None = None, minutes: int = 20,
                 amber_share: float = 0.2,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self.amber_share = amber_share
        self._duration = minutes * 60.0
        self._started_at: float | None = None
        self._elapsed_before = 0.0
        self.state = "normal"

        self.display = QLabel(format_clock(self._duration), self)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setAccessibleName(self.tr("Time left"))
        font = self.display.font()
        font.setPointSize(64)
        font.setBold(True)
        font.setStyleHint(font.StyleHint.Monospace)
        self.display.setFont(font)
        self.caption = QLabel(self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption_font = self.caption.font()
        caption_font.setPointSize(16)
        self.caption.setFont(caption_font)

        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 600)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length of the session in minutes"))
        self.minutes.valueChanged.connect(self._length_changed)
        self.start_button = QPushButton(self.tr("&Start"), self)
        self.reset_button = QPushButton(self.tr("&Reset"), self)
        self.full_button = QPushButton(self.tr("&Full screen"), self)
        self.full_button.setCheckable(True)
        self.full_button.setToolTip(self.tr("Show the clock alone on the whole screen (F11); "
                                            "Esc leaves full screen"))
        self.start_button.clicked.connect(self.toggle)
        self.reset_button.clicked.connect(self.reset)
        self.full_button.toggled.connect(self.set_full_screen)
        full_key = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        full_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        full_key.activated.connect(self.full_button.toggle)
        leave_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        leave_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave_key.activated.connect(lambda: self.full_button.setChecked(False))

        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self.refresh)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.minutes)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.full_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.display, 1)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)
        self.refresh()

    # -- time ---------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._started_at is not None

    def elapsed(self) -> float:
        running = self._clock() - self._started_at if self._started_at is not None else 0.0
        return self._elapsed_before + running

    def remaining(self) -> float:
        return max(0.0, self._duration - self.elapsed())

    def overrun(self) -> float:
        """Seconds past the end (0 until time is up); the clock keeps running to count it."""
        return max(0.0, self.elapsed() - self._duration)

    # -- full screen --------------------------------------------------------------------------
    def set_full_screen(self, on: bool) -> None:
        """The window holding the timer fills its screen (or returns to its size)."""
        window = self.window()
        if on:
            window.showFullScreen()
        else:
            window.showNormal()
        if self.full_button.isChecked() != on:
            self.full_button.setChecked(on)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Digits as large as the space allows (5 characters wide, under half the height)."""
        super().resizeEvent(event)
        size = max(48, min(int(self.height() * 0.42), int(self.width() / 4.2)))
        font = self.display.font()
        if font.pixelSize() != size:
            font.setPixelSize(size)
            self.display.setFont(font)
            caption = self.caption.font()
            caption.setPixelSize(max(16, size // 6))
            self.caption.setFont(caption)

    def set_minutes(self, minutes: int) -> None:
        self.minutes.setValue(minutes)

    def _length_changed(self, minutes: int) -> None:
        self._duration = minutes * 60.0
        self.refresh()

    # -- controls -----------------------------------------------------------------------------
    def start(self) -> None:
        if not self.running:
            self._started_at = self._clock()
            self._tick.start()
            self.refresh()

    def pause(self) -> None:
        if self.running:
            self._elapsed_before = self.elapsed()
            self._started_at = None
            self._tick.stop()
            self.refresh()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        self._tick.stop()
        self._started_at = None
        self._elapsed_before = 0.0
        self.refresh()

    # -- display ------------------------------------------------------------------------------
    def state_for(self, remaining: float) -> str:
        if remaining <= 0:
            return "red"
        if remaining <= max(60.0, self._duration * self.amber_share):
            return "amber"
        return "normal"

    def clock_text(self) -> str:
        """What the clock shows: the time left, or "+mm:ss" past the end."""
        over = self.overrun()
        return f"+{format_clock(over)}" if over >= 1 else format_clock(self.remaining())

    def refresh(self) -> None:
        left = self.remaining()
        self.display.setText(self.clock_text())
        state = self.state_for(left)
        self.display.setStyleSheet(STATE_STYLES[state] + " border-radius: 12px; padding: 8px;")
        if state == "red":
            over = self.overrun()
            self.caption.setText(self.tr("Time is up – over by {0}").format(format_clock(over))
                                 if over >= 1 else self.tr("Time is up"))
        elif state == "amber":
            self.caption.setText(self.tr("Last %n minute(s) – start wrapping up", "",
                                         max(1, int(left // 60) + (1 if left % 60 else 0))))
        elif self.running:
            self.caption.setText(self.tr("Running"))
        else:
            self.caption.setText(self.tr("Paused") if self._elapsed_before else self.tr("Ready"))
        self.start_button.setText(self.tr("&Pause") if self.running else self.tr("&Start"))
        self.minutes.setEnabled(not self.running and not self._elapsed_before)
        self.display.setAccessibleDescription(self.caption.text())
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)
            if state == "red" and self.running:
                self.finished.emit()  # it keeps running: the overrun is counted and shown
