"""Combo boxes show the start of their text in every direction.

In a right-to-left window a Latin workshop title longer than its combo box was clipped at the
start ("l Deep Dive, Tokyo and Yokohama"): the label is right-aligned and Qt cut what did not
fit. This proxy style elides the current text at its end, in reading order, before Qt draws
it, so every combo box (Arabic or Latin text, either layout) shows how its text begins.

The proxy is each combo box's own style, set when the combo box is polished (ui/app_style.py),
not the application's: a Python `drawControl` on the application style was called for every
control any widget drew (every item-view cell, button, header and tab), each call taking the
GIL; on combo boxes alone it is two calls per paint.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOptionComboBox,
    QWidget,
)

from pcsc_workshop.ui.typed_qt import application

_MARK = "pcsc_start_of_text"
_shared: list[StartOfTextComboStyle] = []  # one proxy for every combo box, kept alive here


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


def install(app: QApplication) -> None:
    """Every combo box polished from now on draws through the proxy (style sheets still
    apply on top of it)."""
    from pcsc_workshop.ui import app_style

    app_style.on_polish(_use_for_combo, app)


def _use_for_combo(widget: QWidget) -> None:
    if not isinstance(widget, QComboBox) or widget.property(_MARK):
        return
    widget.setProperty(_MARK, True)  # before setStyle: it polishes the combo box again
    widget.setStyle(_combo_style())


def _combo_style() -> StartOfTextComboStyle:
    if not _shared:
        from pcsc_workshop.ui import app_style

        app = application()
        # the style the application's proxies wrap (Fusion here), not the proxies themselves
        base = app_style.innermost(app_style.install(app))
        # No Qt parent: owned by this module, it outlives every window and the application
        # (a style deleted with the application would leave the last combo boxes pointing at
        # nothing while they are destroyed). One for all: one each cost ~1.8 ms per combo box.
        _shared.append(StartOfTextComboStyle(QStyleFactory.create(base.name())))
    return _shared[0]
