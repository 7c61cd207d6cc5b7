"""Grouped bars: each delegation's five domain scores side by side (pyqtgraph).

Bars of one delegation share a colour *and* a fill pattern, the legend names them, and each
domain group is labelled on the axis, so the chart never relies on colour alone. A domain a
delegation has not scored gets no bar and a small "–" marker at zero, not a zero-height bar.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QBoxLayout, QListWidget, QListWidgetItem, QSizePolicy, QWidget

from pcsc_workshop.ui.widgets.radar import PALETTE

PATTERNS = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.Dense4Pattern,
            Qt.BrushStyle.FDiagPattern, Qt.BrushStyle.CrossPattern,
            Qt.BrushStyle.DiagCrossPattern, Qt.BrushStyle.HorPattern,
            Qt.BrushStyle.VerPattern, Qt.BrushStyle.Dense2Pattern, Qt.BrushStyle.Dense6Pattern)


def _brush(index: int) -> QBrush:
    return QBrush(QColor(PALETTE[index % len(PALETTE)]), PATTERNS[index % len(PATTERNS)])


class DomainBars(QWidget):
    """The chart and its legend. `DomainBars(parent)` is whole at once; with `staged=True`
    the constructor makes the widgets only and `build_steps()` returns the plot's parts to
    make one per event-loop turn (the dashboard's warm-up: ui/pages/base.py).

    Why in parts: pyqtgraph's PlotWidget, made in one go, was 15-30 ms of UI-thread CPU
    (its PlotItem alone ~7-10 ms: it always builds its configuration form, menus included),
    the longest turn of the dashboard's build. Made of its parts (a GraphicsView, the axes
    and view box, then the PlotItem set as the view's central item, which is all a
    PlotWidget is), each turn stays under ~10 ms."""

    def __init__(self, parent: QWidget | None = None, *, staged: bool = False) -> None:
        super().__init__(parent)
        # Antialiased, as it was when the radar (a pyqtgraph chart until it was drawn with
        # QPainter) set this option for the whole app before the dashboard was built.
        pg.setConfigOptions(antialias=True)
        # no context menus: pyqtgraph's ViewBox menu is not even built
        self.view = pg.GraphicsView(self, background="w")  # what a PlotWidget sets up:
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.enableMouse(False)
        self.view.setAccessibleName(self.tr("Domain scores by delegation"))
        self._no_activation = _NoActivation(self)
        self.view.scene().installEventFilter(self._no_activation)
        self.legend = QListWidget(self)
        self.legend.setAccessibleName(self.tr("Chart legend"))
        self.legend.setIconSize(QSize(28, 16))
        self.legend.setFixedWidth(210)
        self.legend.setWordWrap(True)
        self.legend.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bars: list[pg.BarGraphItem] = []  # one per delegation shown, in order
        self._spare: list[pg.BarGraphItem] = []  # made ahead (`prepare`), not shown yet
        self.data: dict[str, list[float | None]] = {}
        layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        self._layout = layout
        self._parts: dict[str, object] = {}
        self._steps = [self._make_axes, self._make_plot, self._set_up_plot]
        if not staged:
            while self._steps:
                self._steps.pop(0)()

    def build_steps(self) -> list[Callable[[], None]]:
        """The plot's parts not made yet, to run one per turn, in order."""
        def step() -> None:
            if self._steps:
                self._steps.pop(0)()
        return [step for _ in self._steps]

    def _make_axes(self) -> None:
        # the two shown axes only: PlotItem shows every axis it is given (top and right
        # are made hidden by the PlotItem itself)
        self._parts = {"axes": {side: pg.AxisItem(side) for side in ("left", "bottom")},
                       "view_box": pg.ViewBox(enableMenu=False)}

    def _make_plot(self) -> None:
        self.plot = pg.PlotItem(viewBox=self._parts["view_box"],
                                axisItems=self._parts["axes"], enableMenu=False)
        self._parts = {}
        self.view.setCentralItem(self.plot)

    def _set_up_plot(self) -> None:
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.setYRange(0, 4.2, padding=0)
        self.plot.showGrid(y=True, alpha=0.25)
        self.plot.getAxis("left").setLabel(self.tr("Mean score (0–4)"))
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(5)]])
        self.plot.getAxis("bottom").setTicks([[]])  # no 0.2, 0.4… before the domains arrive
        self.missing = pg.ScatterPlotItem([], [], symbol="x", size=8, pen=pg.mkPen("#666"))
        self.plot.addItem(self.missing)

    def set_data(self, domains: list[tuple[str, str]],
                 series: list[tuple[str, list[float | None]]]) -> None:
        """`domains` = (id, name) in order; `series` = (delegation label, mean per domain).

        Updates the existing bars in place (`BarGraphItem.setOpts`) and does nothing when
        the figures are the ones shown: the dashboard refreshes once a second while a room
        is busy, and removing and re-adding every pyqtgraph item each time kept the UI
        thread busy (each `addItem` reconnects the item to the view and re-lays the scene).
        """
        shown = (list(domains), [(label, list(values)) for label, values in series])
        if shown == getattr(self, "_shown", None):
            return
        self._shown = shown
        self.data = {label: list(values) for label, values in series}
        n = max(len(series), 1)
        width = 0.8 / n
        missing_x: list[float] = []
        for i, (_label, values) in enumerate(series):
            xs, heights = [], []
            for d, value in enumerate(values):
                x = d - 0.4 + width * (i + 0.5)
                if value is None:
                    missing_x.append(x)
                else:
                    xs.append(x)
                    heights.append(value)
            if i == len(self.bars):
                self.bars.append(self._spare.pop(0) if self._spare else self._bar(i))
                self.bars[i].setVisible(True)
            self.bars[i].setOpts(x=xs, height=heights, width=width * 0.9)
        unused = self.bars[len(series):]  # fewer delegations than before: kept, hidden,
        for bar in unused:  # for the next ones (each keeps its place's colour and pattern)
            bar.setVisible(False)
        self._spare[0:0] = unused
        del self.bars[len(series):]
        self.missing.setData(missing_x, [0.05] * len(missing_x))
        legend = [label for label, _values in series]
        if missing_x:
            legend.append(self.tr("× not scored (no bar)"))
        if legend != getattr(self, "_legend", None):
            self._legend = legend
            self.legend.clear()
            for i, (label, _values) in enumerate(series):
                QListWidgetItem(_swatch(_brush(i)), label, self.legend).setToolTip(label)
            if missing_x:
                QListWidgetItem(legend[-1], self.legend)
        names = [name for _id, name in domains]
        if names != getattr(self, "domain_names", None):
            self.domain_names = names
            self._label_domains()
            self.plot.setXRange(-0.5, len(domains) - 0.5, padding=0.02)

    def prepare(self, domains: list[tuple[str, str]], delegations: int) -> None:
        """Label the axis with `domains` and make the bars of `delegations` delegations,
        hidden until `set_data` fills them (the warm-up does this before any data is read).

        Why: making a workshop's 12 bar items and laying out the wrapped domain names was
        ~45 ms of UI-thread time in the dashboard's first fill; ahead, it costs nothing a
        user waits for, and the first fill only moves bars (setOpts)."""
        names = [name for _id, name in domains]
        if names != getattr(self, "domain_names", None):
            self.domain_names = names
            self._label_domains()
            self.plot.setXRange(-0.5, len(domains) - 0.5, padding=0.02)
        while len(self.bars) + len(self._spare) < delegations:
            bar = self._bar(len(self.bars) + len(self._spare))
            bar.setVisible(False)
            self._spare.append(bar)

    def _bar(self, index: int) -> pg.BarGraphItem:
        """The bars of the `index`-th delegation (its own colour and pattern), on the plot."""
        brush = _brush(index)
        bar = pg.BarGraphItem(x=[], height=[], width=0.5, brush=brush,
                              pen=pg.mkPen(brush.color(), width=1))
        self.plot.addItem(bar)
        return bar

    def _label_domains(self) -> None:
        """Domain names on the axis, wrapped onto up to three lines to fit their group
        ("Organisation and Governance" read "Orga…" when shortened to one line); only a word
        longer than the whole group is shortened with "…". The axis grows to the lines."""
        names = getattr(self, "domain_names", [])
        if not names:
            return
        axis = self.plot.getAxis("bottom")
        slot = max(24, int(self.plot.vb.width() / len(names)) - 8)
        # the longest single word decides: the tick font shrinks (to 75 % at most) so that a
        # word like "Organisation" fits its group whole instead of reading "Orga…"
        font = QFont(self.font())
        longest = max(QFontMetrics(font).horizontalAdvance(w) for n in names for w in n.split())
        if longest > slot:
            size = max(font.pointSizeF() * 0.75, font.pointSizeF() * slot / longest)
            font.setPointSizeF(size)
        axis.setStyle(tickFont=font)
        metrics = QFontMetrics(font)
        labels = [wrap_label(name, metrics, slot) for name in names]
        lines = max(label.count("\n") + 1 for label in labels)
        axis.setHeight(metrics.lineSpacing() * lines + 16)
        axis.setTicks([[(d, label) for d, label in enumerate(labels)]])
        axis.setToolTip(" · ".join(names))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A narrow chart puts its legend underneath, so the domain groups keep their width
        (beside a 210 px legend each group had ~48 px: "Orga…")."""
        narrow = self.width() < 640
        self._layout.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                  else QBoxLayout.Direction.LeftToRight)
        if narrow:
            self.legend.setMinimumWidth(0)
            self.legend.setMaximumWidth(16_777_215)
            self.legend.setFlow(QListWidget.Flow.LeftToRight)
            self.legend.setWrapping(True)
            self.legend.setMaximumHeight(self.legend.fontMetrics().lineSpacing() * 4 + 12)
        else:
            self.legend.setFixedWidth(210)
            self.legend.setFlow(QListWidget.Flow.TopToBottom)
            self.legend.setWrapping(False)
            self.legend.setMaximumHeight(16_777_215)
        super().resizeEvent(event)
        QTimer.singleShot(0, self._label_domains)  # after the plot has taken its new size


class _NoActivation(QObject):
    """Keeps window (de)activation away from the chart's scene.

    Why: QGraphicsView sends its scene WindowDeactivate when it is hidden (and
    WindowActivate when shown). The scene then marks every item dirty, and processing them
    in a queued call dispatches the main window's pending UpdateRequest at once: leaving
    the dashboard painted the next page before its layout had run, and again after it
    (bench/ui_latency_bench.py, "open page plans": "MetaCall -> GraphicsScene of
    DomainBars", 8-13 ms of UI-thread CPU). The chart has no focusable or active-looking
    item (mouse off, fixed pens), so the activation changes nothing it draws."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        return event.type() in (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate)


def wrap_label(text: str, metrics: QFontMetrics, width: int, max_lines: int = 3) -> str:
    """`text` broken at spaces into lines no wider than `width` (at most `max_lines`; the
    last one elided with "…" if it still does not fit)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = lines[:max_lines - 1] + [" ".join(lines[max_lines - 1:])]
    return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                     for line in lines)


def _swatch(brush: QBrush) -> QIcon:
    pixmap = QPixmap(28, 16)
    pixmap.fill(Qt.GlobalColor.white)
    painter = QPainter(pixmap)
    painter.setPen(QPen(brush.color(), 1))
    painter.setBrush(brush)
    painter.drawRect(1, 1, 26, 14)
    painter.end()
    return QIcon(pixmap)
