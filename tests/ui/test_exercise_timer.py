"""The exercise timer: counts the overrun past zero and fills the room's screen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout

from pcsc_workshop.ui.widgets.exercise_timer import ExerciseTimer


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_overrun_is_counted_and_shown(qtbot) -> None:
    clock = Clock()
    timer = ExerciseTimer(None, minutes=2, clock=clock)
    qtbot.addWidget(timer)
    finished = []
    timer.finished.connect(lambda: finished.append(True))
    timer.start()
    clock.now += 60
    timer.refresh()
    assert timer.display.text() == "01:00" and timer.state == "amber"
    clock.now += 60 + 185  # 3 min 5 s past the end
    timer.refresh()
    assert finished == [True] and timer.running  # it goes on counting
    assert timer.state == "red"
    assert timer.display.text() == "+03:05"
    assert "over by 03:05" in timer.caption.text()
    timer.pause()
    clock.now += 100
    timer.refresh()
    assert timer.display.text() == "+03:05"
    timer.reset()
    assert timer.display.text() == "02:00"


def test_full_screen_shows_the_clock_alone_with_big_digits(qtbot) -> None:
    dialog = QDialog()
    timer = ExerciseTimer(dialog, minutes=10)
    QVBoxLayout(dialog).addWidget(timer)
    qtbot.addWidget(dialog)
    dialog.resize(520, 360)
    dialog.show()
    qtbot.waitExposed(dialog)
    small = timer.display.font().pixelSize()
    timer.full_button.click()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: dialog.isFullScreen())
    qtbot.waitUntil(lambda: timer.display.font().pixelSize() > small)
    timer.full_button.click()
    qtbot.waitUntil(lambda: not dialog.isFullScreen())
