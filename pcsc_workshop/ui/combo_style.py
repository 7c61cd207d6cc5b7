"""Combo boxes show the start of their text in every direction.

In a right-to-left window a Latin workshop title longer than its combo box was clipped at the
start ("l Deep Dive, Tokyo and Yokohama"): the label is right-aligned and Qt cut what did not
fit. This proxy style elides the current text at its end, in reading order, before Qt draws
it, so every combo box (Arabic or Latin text, either layout) shows how its text begins.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOptionComboBox


class StartOfTextComboStyle(QProxyStyle):
    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 - Qt
        if element == QStyle.ControlElement.CE_ComboBoxLabel and isinstance(
                option, QStyleOptionComboBox) and option.currentText:
            rect = self.subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                       QStyle.SubControl.SC_ComboBoxEditField, widget)
            room = rect.width() - (option.iconSize.width() + 4 if not option.currentIcon.isNull()
                                   else 0)
            text = option.fontMetrics.elidedText(option.currentText, Qt.TextElideMode.ElideRight,
                                                 max(0, room))
            if text != option.currentText:
                option = QStyleOptionComboBox(option)
                option.currentText = text
        super().drawControl(element, option, painter, widget)


def install(app) -> None:
    """Wrap the application's style once (style sheets still apply on top of it)."""
    if not isinstance(app.style(), StartOfTextComboStyle):
        app.setStyle(StartOfTextComboStyle(app.style()))
