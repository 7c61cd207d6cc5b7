"""A countdown for timed sessions (exercises), big enough to read from the back of the room.

It turns amber when little time is left and red at the end, and it also *says* so in words
("Last 2 minutes", "Time is up") so that the state never depends on colour alone. The clock
counts from a monotonic timer, so a busy UI thread delays the repaint but never the time.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
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
                 amber_share: float = 0.2, clock: object = time.monotonic) -> None:
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
        self.start_button.clicked.connect(self.toggle)
        self.reset_button.clicked.connect(self.reset)

        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self.refresh)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.minutes)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.reset_button)
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

    def set_minutes(self, minutes: int) -> None:
        self.minutes.setValue(minutes)

    def _length_changed(self, minutes: int) -> None:
        self._duration = minutes * 60.0
        self.refresh()

    # -- controls -----------------------------------------------------------------------------
    def start(self) -> None:
        if not self.running and self.remaining() > 0:
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

    def refresh(self) -> None:
        left = self.remaining()
        self.display.setText(format_clock(left))
        state = self.state_for(left)
        self.display.setStyleSheet(STATE_STYLES[state] + " border-radius: 12px; padding: 8px;")
        if state == "red":
            self.caption.setText(self.tr("Time is up"))
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
                self._elapsed_before = self.elapsed()
                self._started_at = None
                self._tick.stop()
                self.start_button.setText(self.tr("&Start"))
                self.finished.emit()
