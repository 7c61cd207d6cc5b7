"""A radar chart of JICA's 21 elements, grouped by domain, with overlays (pyqtgraph).

pyqtgraph has no polar chart, so this is a `PlotWidget` with a locked aspect and hidden axes:
rings and spokes are drawn once per set of axes; each series is a closed curve (plus a
translucent fill when it is complete). Why series are updated in place (`setData`) and never
removed and re-added: rebuilding 12 overlays took ~60 ms, over the UI budget, and the
remove/re-add churn is what crashed some PySide6/pyqtgraph pairs (TECH-NOTES).

Unscored elements are *gaps* in the line (NaN with `connect="finite"`) and a grey cross just
outside the outer ring, never a zero. Series differ by colour *and* by line style and marker
symbol, and the legend names them, so nothing is told by colour alone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsPolygonItem,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

MAX_LEVEL = 4
LABEL_RADIUS = 4.55
DOMAIN_RADIUS = 5.4  # clear of the element numbers (at 4.95 "Operation" sat on "20")
MISSING_RADIUS = 4.2
# Okabe-Ito (colour-blind safe) first, then darker companions; every series also has its
# own dash pattern and marker, so two series never differ by colour alone.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
           "#8C564B", "#7F7F7F", "#1B9E77", "#6A3D9A", "#B15928", "#17BECF")
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
          Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine)
SYMBOLS = ("o", "s", "t", "d", "+", "star", "p", "h", "t1", "t2", "x", "t3", "crosshair")


@dataclass(frozen=True)
class Axis:
    """One spoke: an element (id, number, short name) in its domain."""

    id: str
    number: int
    name: str
    domain_id: str


@dataclass(frozen=True)
class SeriesStyle:
    color: str
    dash: Qt.PenStyle
    symbol: str
    width: float = 1.6


def style_for(index: int) -> SeriesStyle:
    """Style of overlay `index` (0 = the series being edited): colour, dash and marker differ."""
    return SeriesStyle(PALETTE[index % len(PALETTE)], DASHES[index % len(DASHES)],
                       SYMBOLS[index % len(SYMBOLS)], 2.6 if index == 0 else 1.4)


class _Series:
    """A curve, its unscored-marker scatter and its fill, created once and updated in place."""

    def __init__(self, plot: pg.PlotItem, style: SeriesStyle, z: int) -> None:
        color = QColor(style.color)
        pen = pg.mkPen(color, width=style.width, style=style.dash)
        self.curve = pg.PlotDataItem(
            [], [], pen=pen, symbol=style.symbol, symbolSize=8 if z else 10,
            symbolPen=pg.mkPen(color), symbolBrush=pg.mkBrush(color), connect="finite")
        self.curve.setZValue(10 + z)
        self.missing = pg.ScatterPlotItem([], [], symbol="x", size=9,
                                          pen=pg.mkPen("#666666", width=1.5), brush=None)
        self.missing.setZValue(9)
        self.fill = QGraphicsPolygonItem()
        fill_color = QColor(color)
        fill_color.setAlpha(45 if z == 0 else 18)
        self.fill.setBrush(QBrush(fill_color))
        self.fill.setPen(QPen(Qt.PenStyle.NoPen))
        self.fill.setZValue(1)
        for item in (self.curve, self.missing):
            plot.addItem(item)
        plot.addItem(self.fill)
        self.style = style
        self.label = ""
        self.values: list[float | None] = []

    def set_visible(self, visible: bool) -> None:
        for item in (self.curve, self.missing, self.fill):
            item.setVisible(visible)


class RadarChart(QWidget):
    """Scores per element (0-4, None = not scored) for the edited series and its overlays.

    `set_axes(axes, domain_names)` once per curriculum; then `set_series(label, values)` for
    the series being edited and `set_overlays([(label, values), ...])` for comparisons, where
    `values` follows the order of the axes.
    """

    def __init__(self, parent: QWidget | None = None, max_overlays: int = 12) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True)
        # no context menus: this chart has none to offer, and pyqtgraph's ViewBox menu took
        # ~25 ms of the page build on the UI thread before `setMenuEnabled(False)` dropped it
        self.view = pg.PlotWidget(self, background="w", enableMenu=False)
        self.view.setAccessibleName(self.tr("Radar chart of the 21 elements"))
        self.plot: pg.PlotItem = self.view.getPlotItem()
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setAspectLocked(True)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.disableAutoRange()
        self.plot.setRange(xRange=(-8.8, 8.8), yRange=(-6.0, 6.0), padding=0)  # room for domain names
        # The legend is a Qt list beside the plot: 12 overlays never cover the chart, and a
        # screen reader can read it.
        self.legend = QListWidget(self)
        self.legend.setAccessibleName(self.tr("Chart legend"))
        self.legend.setIconSize(QSize(44, 16))
        self.legend.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.legend.setFixedWidth(200)
        self.legend.setWordWrap(True)
        self.axes: list[Axis] = []
        self.angles = np.zeros(0)
        self._frame: list[object] = []
        self._labels: dict[str, pg.TextItem] = {}
        self._unscored: dict[str, bool] = {}  # per label: shown as unscored ("7?")
        self.main = _Series(self.plot, style_for(0), 0)
        # Overlay slots are made on first use: 12 unused ones cost the page ~10 ms to build.
        self.max_overlays = max_overlays
        self.overlays: list[_Series] = []
        self._legend_labels: list[str] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        # Pages may add controls under the legend (e.g. the overlay choices).
        self.side_layout = QVBoxLayout()
        self.side_layout.addWidget(self.legend, 1)
        layout.addLayout(self.side_layout)
        self.setMinimumSize(520, 400)

    # -- axes -------------------------------------------------------------------------------
    @property
    def frame_items(self) -> list[object]:
        """The spokes, rings and labels drawn by `set_axes` (renamed in place on a language
        switch by the assessment page)."""
        return list(self._frame)

    def set_axes(self, axes: Sequence[Axis], domain_names: dict[str, str]) -> None:
        """Lay out spokes grouped by domain (an empty slot between domains) with labels."""
        for item in self._frame:
            self.plot.removeItem(item)
        self._frame, self._labels, self._unscored = [], {}, {}
        self.axes = list(axes)
        slots: list[int] = []
        slot, previous = 0, None
        for axis in self.axes:
            if previous is not None and axis.domain_id != previous:
                slot += 1  # a gap slot separates domains
            slots.append(slot)
            slot += 1
            previous = axis.domain_id
        total = slot + 1 if self.axes else 1
        # Start at twelve o'clock and go clockwise, like a clock face.
        self.angles = np.array([math.pi / 2 - 2 * math.pi * s / total for s in slots])
        ring_pen = pg.mkPen("#c8d0da", width=1)
        # All rings and spokes are one line item each (NaN breaks the line): 25 items drawn
        # as 2, which keeps the page's build and first paint short.
        circle = np.append(np.linspace(0, 2 * math.pi, 181), np.nan)
        levels = np.repeat(np.arange(1, MAX_LEVEL + 1), len(circle))
        self._add_frame(pg.PlotDataItem(levels * np.tile(np.cos(circle), MAX_LEVEL),
                                        levels * np.tile(np.sin(circle), MAX_LEVEL),
                                        pen=ring_pen, connect="finite"))
        spokes_x = np.array([[0.0, MAX_LEVEL * math.cos(a), np.nan] for a in self.angles])
        spokes_y = np.array([[0.0, MAX_LEVEL * math.sin(a), np.nan] for a in self.angles])
        self._add_frame(pg.PlotDataItem(spokes_x.ravel(), spokes_y.ravel(), pen=ring_pen,
                                        connect="finite"))
        tick_angle = math.pi / 2 + math.pi / total  # in the gap before the first element
        for level in range(1, MAX_LEVEL + 1):
            tick = pg.TextItem(str(level), color="#8090a0", anchor=(0.5, 0.5))
            tick.setPos(level * math.cos(tick_angle), level * math.sin(tick_angle))
            self._add_frame(tick)
        for axis, angle in zip(self.axes, self.angles, strict=True):
            label = pg.TextItem(str(axis.number), color="#1f3a5f",
                                anchor=self._anchor(angle))
            label.setPos(LABEL_RADIUS * math.cos(angle), LABEL_RADIUS * math.sin(angle))
            label.setToolTip(f"{axis.number}. {axis.name}")
            self._labels[axis.id] = label
            self._unscored[axis.id] = False  # made as a scored element's label
            self._add_frame(label)
        for domain_id in dict.fromkeys(a.domain_id for a in self.axes):
            members = [a for a, ax in zip(self.angles, self.axes, strict=True)
                       if ax.domain_id == domain_id]
            mid = math.atan2(sum(math.sin(a) for a in members), sum(math.cos(a) for a in members))
            text = pg.TextItem(domain_names.get(domain_id, domain_id), color="#1f3a5f",
                               anchor=self._anchor(mid))
            font = text.textItem.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.9)
            text.setFont(font)
            text.setPos(DOMAIN_RADIUS * math.cos(mid), DOMAIN_RADIUS * math.sin(mid))
            self._add_frame(text)
        self.main.values = []
        for s in self.overlays:
            s.values = []

    @staticmethod
    def _anchor(angle: float) -> tuple[float, float]:
        return (0.5 - 0.5 * math.cos(angle), 0.5 + 0.5 * math.sin(angle))

    def _add_frame(self, item: object) -> None:
        self.plot.addItem(item)
        self._frame.append(item)

    # -- series -----------------------------------------------------------------------------
    def points(self, values: Sequence[float | None]) -> tuple[np.ndarray, np.ndarray]:
        """x, y of a closed curve; NaN where an element is not scored (a gap, not a zero)."""
        r = np.array([np.nan if v is None else float(v) for v in values], dtype=float)
        xs = r * np.cos(self.angles)
        ys = r * np.sin(self.angles)
        if len(xs):
            xs, ys = np.append(xs, xs[0]), np.append(ys, ys[0])
        return xs, ys

    def _update(self, series: _Series, label: str, values: Sequence[float | None]) -> None:
        values = list(values)
        if len(values) != len(self.axes):
            raise ValueError(f"{len(values)} values for {len(self.axes)} elements")
        series.label, series.values = label, values
        xs, ys = self.points(values)
        if all(v is None for v in values):
            series.curve.setData([], [])  # nothing scored: nothing to draw (and no NaN bounds)
        else:
            series.curve.setData(xs, ys)
        gaps = [i for i, v in enumerate(values) if v is None]
        series.missing.setData(MISSING_RADIUS * np.cos(self.angles[gaps]),
                               MISSING_RADIUS * np.sin(self.angles[gaps]))
        if values and not gaps and series is self.main:
            series.fill.setPolygon(QPolygonF([QPointF(x, y) for x, y in zip(xs, ys, strict=True)]))
        else:  # no fill over a gap (it would invent a value) nor for overlays (mud at 12)
            series.fill.setPolygon(QPolygonF())
        series.set_visible(True)

    def set_series(self, label: str, values: Sequence[float | None]) -> None:
        """The series being edited: bold line, filled when complete; marks unscored labels."""
        self._update(self.main, label, values)
        for axis, value in zip(self.axes, values, strict=True):
            item = self._labels.get(axis.id)
            unscored = value is None
            # only the labels whose mark changed: each setText re-lays its text item out
            # (21 of them were ~10 ms of every delegation picked on the assessment page)
            if item is not None and self._unscored.get(axis.id) != unscored:
                self._unscored[axis.id] = unscored
                item.setText(f"{axis.number}?" if unscored else str(axis.number))
                item.setColor("#8a8a8a" if unscored else "#1f3a5f")
        self.main.missing.setVisible(True)
        self._refresh_legend()

    def set_overlays(self, series: Sequence[tuple[str, Sequence[float | None]]]) -> None:
        """Show these comparison series (label, values) and hide the rest of the pool."""
        if len(series) > self.max_overlays:
            raise ValueError(f"At most {self.max_overlays} overlays")
        while len(self.overlays) < len(series):
            n = len(self.overlays) + 1
            self.overlays.append(_Series(self.plot, style_for(n), n))
        for slot, (label, values) in zip(self.overlays, series, strict=False):
            self._update(slot, label, values)
            slot.missing.setVisible(False)  # only the edited series marks its gaps
        for slot in self.overlays[len(series):]:
            slot.label, slot.values = "", []
            slot.set_visible(False)
        self._refresh_legend()

    def visible_series(self) -> list[tuple[str, list[float | None]]]:
        """What the chart currently shows, main series first (for tests and exports)."""
        out = [(self.main.label, list(self.main.values))] if self.main.values else []
        out += [(s.label, list(s.values)) for s in self.overlays if s.values]
        return out

    def _refresh_legend(self) -> None:
        shown = [s for s in [self.main, *self.overlays] if s.values]
        has_gaps = any(v is None for v in self.main.values)
        labels = [s.label for s in shown] + (["\0gaps"] if has_gaps else [])
        if labels == self._legend_labels:
            return
        self.legend.clear()
        for s in shown:
            QListWidgetItem(_legend_icon(s.style), s.label, self.legend).setToolTip(s.label)
        if has_gaps:
            QListWidgetItem(_legend_icon(SeriesStyle("#666666", Qt.PenStyle.NoPen, "x")),
                            self.tr("not scored (gap in the line)"), self.legend)
        self._legend_labels = labels


def _legend_icon(style: SeriesStyle) -> QIcon:
    """A line sample in the series' dash pattern with its marker in the middle."""
    pixmap = QPixmap(44, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(style.color)
    if style.dash != Qt.PenStyle.NoPen:
        painter.setPen(QPen(color, min(style.width, 2.2), style.dash))
        painter.drawLine(2, 8, 42, 8)
    painter.translate(22, 8)
    brush = QBrush(color) if style.symbol != "x" else QBrush()
    pen = QPen(color, 1.5)
    pen.setCosmetic(True)  # drawSymbol scales the painter; keep the outline thin
    drawSymbol(painter, style.symbol, 9, pen, brush)
    painter.end()
    return QIcon(pixmap)
