"""Which screen shows the slides, when the computer has more than one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.ui.accessibility import LabelledFields


def describe_screen(screen: QScreen, words: QWidget) -> str:
    size = screen.geometry()
    text = QCoreApplication.translate("ScreenChooser", "{0} – {1} × {2}").format(screen.name() or screen.model(), size.width(),
                                              size.height())
    if screen == QGuiApplication.primaryScreen():
        text = QCoreApplication.translate(
            "ScreenChooser", "{0} (this computer's main screen)").format(text)
    return text


class ScreenChooser(LabelledFields, QDialog):
    """A list of screens; the slides go on the chosen one, the notes on another."""

    def __init__(self, screens: list[QScreen], preferred: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Present on which screen?"))
        self.setAccessibleName(self.tr("Choose the screen for the slides"))
        self.screens = screens
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The slides fill the screen you choose; the speaker notes, the "
                               "next slide and the timer go on another screen."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for n, screen in enumerate(screens):
            button = QRadioButton(describe_screen(screen, self), self)
            button.setAccessibleName(button.text())
            self.group.addButton(button, n)
            layout.addWidget(button)
        chosen = self.group.button(preferred if 0 <= preferred < len(screens) else 0)
        if chosen is not None:
            chosen.setChecked(True)
            chosen.setFocus()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Present"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_index(self) -> int:
        return max(0, self.group.checkedId())
