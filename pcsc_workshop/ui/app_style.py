"""One hook where the app adjusts every widget once: the application style's `polish`.

Why not an application event filter: a Python event filter on the QApplication is called
for *every* event of every object (about 21,600 during start-up with 200 participants), and
each call takes the GIL and wraps the event for Python. Measured on the warm-up page builds
(bench/ui_latency_bench.py, UI-thread CPU): 1,585 ms with the filter, 903 ms without; while a
worker holds the GIL each of those calls also waits for it. `polish(widget)` runs once per
widget (again only when its style changes), just before the widget is first laid out or
shown, which is where such adjustments belong.

    app_style.on_polish(make_label_plain)   # called with each widget as it is polished

The style is a QProxyStyle around the application's style; the style sheet still applies
on top of it (QStyleSheetStyle calls its base style's `polish` first).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QWidget

from pcsc_workshop.ui.typed_qt import application

Polisher = Callable[[QWidget], None]
_polishers: list[Polisher] = []


class PolishHookStyle(QProxyStyle):
    """Calls every registered polisher with each widget the style polishes.

    Only `polish` is overridden: PySide calls Python only for overridden virtuals, so this
    style costs nothing while drawing."""

    def polish(self, arg):  # noqa: ANN001, ANN201 - QStyle.polish has three overloads
        if isinstance(arg, QWidget):
            for polisher in _polishers:
                polisher(arg)
        return super().polish(arg)


def innermost(style: QStyle) -> QStyle:
    """The style at the bottom of a chain of proxies (Fusion, Windows...)."""
    while isinstance(style, QProxyStyle) and style.baseStyle() is not None:
        style = style.baseStyle()
    return style


_installed: list[PolishHookStyle] = []


def install(app: QApplication | None = None) -> PolishHookStyle:
    """Wrap the application's style in the polish hook once (safe to call again).

    Remembered here: once a style sheet is set, `app.style()` is Qt's style-sheet style,
    which hides the proxy. Install it before widgets exist: setting a new application style
    later re-polishes every existing widget (once)."""
    app = app or application()
    if _installed and shiboken6.isValid(_installed[0]):
        return _installed[0]
    style = PolishHookStyle(app.style())
    app.setStyle(style)
    _installed[:] = [style]
    return style


def on_polish(polisher: Polisher, app: QApplication | None = None) -> None:
    """Call `polisher(widget)` for every widget polished from now on (registered once)."""
    install(app)
    if polisher not in _polishers:
        _polishers.append(polisher)
