"""A radar chart of JICA's 21 elements, grouped by domain, with overlays (plain QPainter).

Why not pyqtgraph, which drew it before: a radar needs none of what pyqtgraph offers (no
zoom, no pan, no axes, no menus), and its ~60 scene items (a curve, a scatter and a fill
per series, ~30 text items) were Python objects Qt called back one by one (bounding
rectangles, paints, transforms), each callback taking the GIL: opening the assessment page
spent 25-30 ms of the UI thread in the chart's scene, a picked delegation 10-15 ms, and much
more while a worker thread held the GIL (a PDF export). Here the chart is one widget whose
`paintEvent` draws everything with a few QPainter calls, rendered once per change into a
pixmap (a repaint with nothing changed is a copy).

The chart's coordinates are those pyqtgraph had: a level-4 outer ring, x from -8.8 to 8.8
and y from -6 to 6 kept in view at one scale (room for the domain names), y upwards.

Unscored elements are *gaps* in the line (NaN: the line is broken there) and a grey cross
just outside the outer ring, never a zero. Series differ by colour *and* by line style and
marker symbol, and the legend names them, so nothing is told by colour alone. Each series is
updated in place and only hidden when unused (rebuilding 12 overlays was once ~60 ms).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QIcon,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyleOptionFocusRect,
    QToolTip,
    QWidget,
)

MAX_LEVEL = 4
LABEL_RADIUS = 4.55
DOMAIN_RADIUS = 5.4  # clear of the element numbers (at 4.95 "Operation" sat on "20")
MISSING_RADIUS = 4.2
X_RANGE, Y_RANGE = 8.8, 6.0  # half the width and height kept in view, in chart units
TEXT_MARGIN = 4.0  # px around a label's text (as a QGraphicsTextItem's document had)
GAP = 2.0  # px between the outer ring and the numbers, and between the numbers and domains
INSIDE, NUMBERS, DOMAINS = 0, 1, 2  # where a label is placed (ChartLabel.ring)
# The chart's labels shrink to this share of the text size at most (as the dashboard's bars'
# domain names do) before the rings shrink: at 200 % text the 21 numbers need ~310 px rings.
LEAST_LABEL_SIZE = 0.75
LEAST_CHART = (520, 400)  # px: the least size of a RadarChart (the chart and its legend)
# Okabe-Ito (colour-blind safe) first, then darker companions; every series also has its
# own dash pattern and marker, so two series never differ by colour alone.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
           "#8C564B", "#7F7F7F", "#1B9E77", "#6A3D9A", "#B15928", "#17BECF")
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
          Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine)
SYMBOLS = ("o", "s", "t", "d", "+", "star", "p", "h", "t1", "t2", "x", "t3", "crosshair")
RING_COLOR = "#c8d0da"
LABEL_COLOR, UNSCORED_COLOR, TICK_COLOR = "#1f3a5f", "#8a8a8a", "#8090a0"
MISSING_COLOR = "#666666"


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


class ChartLabel:
    """A text at a point of the chart (chart units), placed by `anchor`: (0, 0) puts the
    text's top left corner on the point, (1, 1) its bottom right one. May carry a tooltip."""

    def __init__(self, chart: RadarView, text: str, x: float, y: float,
                 anchor: tuple[float, float], color: str, bold: bool = False,
                 size: float = 1.0, ring: int = INSIDE) -> None:
        self._chart = chart
        self._text, self._color, self._tooltip = text, color, ""
        self.x, self.y, self.anchor, self.bold, self.size = x, y, anchor, bold, size
        # INSIDE: at (x, y) in chart units; NUMBERS / DOMAINS: on (x, y)'s direction, a
        # few pixels outside the outer ring, or outside the element numbers (RadarView)
        self.ring = ring

    def toPlainText(self) -> str:  # noqa: N802 - the name the page and tests read it by
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802
        if text != self._text:
            self._text = text
            self._chart.changed()

    def color(self) -> str:
        return self._color

    def setColor(self, color: str) -> None:  # noqa: N802
        if color != self._color:
            self._color = color
            self._chart.changed()

    def toolTip(self) -> str:  # noqa: N802
        return self._tooltip

    def setToolTip(self, text: str) -> None:  # noqa: N802
        self._tooltip = text

    def font(self, base: QFont) -> QFont:
        """The label's font on `base` (the chart's font, shrunk when the labels need it)."""
        if not self.bold and self.size == 1.0:
            return base
        font = QFont(base)
        font.setBold(self.bold)
        font.setPointSizeF(font.pointSizeF() * self.size)
        return font


class Points:
    """The x, y (chart units) of a series' line or of its unscored crosses, and whether
    they are shown. NaN breaks the line."""

    def __init__(self, chart: RadarView) -> None:
        self._chart = chart
        self.xs = self.ys = np.zeros(0)
        self._visible = False

    def setData(self, xs: Sequence[float] | np.ndarray,  # noqa: N802
                ys: Sequence[float] | np.ndarray) -> None:
        self.xs, self.ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
        self._chart.changed()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:  # noqa: N802
        return self.xs, self.ys

    def isVisible(self) -> bool:  # noqa: N802
        return self._visible

    def setVisible(self, visible: bool) -> None:  # noqa: N802
        if visible != self._visible:
            self._visible = visible
            self._chart.changed()


class _Series:
    """A series' line with its markers, its unscored crosses and its fill, updated in place."""

    def __init__(self, chart: RadarView, style: SeriesStyle, z: int) -> None:
        self.curve = Points(chart)
        self.missing = Points(chart)
        self.fill = QPolygonF()  # only the edited series, when complete
        self.style, self.z = style, z
        self.symbol_size = 8 if z else 10
        self.label = ""
        self.values: list[float | None] = []

    def set_visible(self, visible: bool) -> None:
        self.curve.setVisible(visible)
        self.missing.setVisible(visible)


class RadarView(QWidget):
    """The drawing: frame, labels and series of a `RadarChart`, one paint for all."""

    def __init__(self, chart: RadarChart) -> None:
        super().__init__(chart)
        self._owner = chart
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a Tab stop, as the chart view was
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # all of it is painted
        self._pixmap: QPixmap | None = None  # the chart as last drawn (None: draw again)
        self._fitted: tuple[tuple, _Geometry] | None = None  # (what it was fitted to, where)
        self._least: tuple[tuple, QSize] | None = None  # (for what, minimumSizeHint)

    def changed(self) -> None:
        """Something drawn changed: draw it again at the next paint."""
        self._pixmap = None
        self.update()

    # -- geometry ---------------------------------------------------------------------------
    def _scale(self) -> tuple[float, float, float]:
        """Pixels per chart unit and the chart's centre, in this widget's pixels."""
        geometry = self._geometry()
        return geometry.scale, self.width() / 2, self.height() / 2

    def _geometry(self) -> _Geometry:
        """Where everything goes at this size and font, worked out once per change.

        Why fitted to the labels: the rings used to take a fixed share of the widget and the
        labels sat at fixed chart radii, so at 200 % text (Arabic, 1366 x 768) the domain
        names ran past the widget's edge ("nnology") and over the numbers. Now the labels
        keep their pixel sizes and distances from the ring, and the rings are as large as
        leaves every label inside the widget; only if the numbers would then overlap each
        other do the labels shrink, to LEAST_LABEL_SIZE at most."""
        key = (self.width(), self.height(), self.font().key(),
               tuple((label.toPlainText(), label.ring) for label in self._owner.frame_labels()))
        if self._fitted is None or self._fitted[0] != key:
            self._fitted = (key, _fit(self._owner.frame_labels(), self.font(),
                                      self.width(), self.height(), len(self._owner.angles)))
        return self._fitted[1]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The least size at which no label is cut off or shrunk and the element numbers do
        not overlap (RadarChart puts its legend below when it is
        too narrow for this beside it)."""
        labels = self._owner.frame_labels()
        if not labels:
            return QSize(200, 150)
        key = (self.font().key(), tuple((label.toPlainText(), label.ring) for label in labels))
        if self._least is None or self._least[0] != key:  # layouts ask often: ~0.3 ms each
            self._least = (key, _least_size(labels, self.font(), len(self._owner.angles)))
        return self._least[1]

    def label_point(self, label: ChartLabel, scale: float, cx: float, cy: float) -> QPointF:
        """The point `label`'s anchor puts it on, in this widget's pixels."""
        geometry = self._geometry()
        return _point(label, scale, cx, cy, geometry.offsets)

    def _label_rect(self, label: ChartLabel, scale: float, cx: float, cy: float) -> QRectF:
        geometry = self._geometry()
        return _rect(label, label.font(geometry.font), scale, cx, cy, geometry.offsets)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        ratio = self.devicePixelRatioF()
        size = QSize(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        if self._pixmap is None or self._pixmap.size() != size:
            self._pixmap = QPixmap(size)
            self._pixmap.setDevicePixelRatio(ratio)
            self._pixmap.fill(Qt.GlobalColor.white)
            drawing = QPainter(self._pixmap)
            drawing.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._draw(drawing)
            drawing.end()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        if self.hasFocus():  # where the keyboard is (the chart is a Tab stop)
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect().adjusted(1, 1, -1, -1)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option,
                                       painter, self)
        painter.end()

    def focusInEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().focusOutEvent(event)
        self.update()

    def _draw(self, painter: QPainter) -> None:
        chart = self._owner
        scale, cx, cy = self._scale()
        to_pixels = QTransform(scale, 0, 0, -scale, cx, cy)
        ring_pen = QPen(QColor(RING_COLOR), 1)
        ring_pen.setCosmetic(True)
        painter.setPen(ring_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(to_pixels.map(chart.frame_path))
        painter.setPen(Qt.PenStyle.NoPen)
        series = chart.all_series()
        for s in series:  # under the lines, as pyqtgraph's fill items were
            if s.curve.isVisible() and not s.fill.isEmpty():
                fill = QColor(s.style.color)
                fill.setAlpha(45 if s.z == 0 else 18)
                painter.setBrush(QBrush(fill))
                painter.drawPolygon(to_pixels.map(s.fill))
        base = self._geometry().font
        for label in chart.frame_labels():
            painter.setFont(label.font(base))
            painter.setPen(QColor(label.color()))
            painter.drawText(self._label_rect(label, scale, cx, cy),
                             Qt.AlignmentFlag.AlignCenter, label.toPlainText())
        ratio = painter.device().devicePixelRatioF()
        for s in series:
            if s.missing.isVisible() and len(s.missing.xs):
                _stamp(painter, s.missing, _marker("x", 9, MISSING_COLOR, False, ratio),
                       scale, cx, cy)
        for s in series:  # the edited series first, each overlay above the one before
            if not s.curve.isVisible() or not len(s.curve.xs):
                continue
            color = QColor(s.style.color)
            pen = QPen(color, s.style.width, s.style.dash)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(_line(s.curve, scale, cx, cy))
            _stamp(painter, s.curve, _marker(s.style.symbol, s.symbol_size, s.style.color,
                                             True, ratio), scale, cx, cy)

    # -- tooltips ---------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.label_at(QPointF(event.pos()))
            if found is not None:
                label, rect = found
                QToolTip.showText(event.globalPos(), label.toolTip(), self, rect.toAlignedRect())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def label_at(self, pos: QPointF) -> tuple[ChartLabel, QRectF] | None:
        """The label with a tooltip (an element's number) under `pos`, and where it is."""
        scale, cx, cy = self._scale()
        for label in self._owner.frame_labels():
            rect = self._label_rect(label, scale, cx, cy)
            if label.toolTip() and rect.contains(pos):
                return label, rect
        return None


@dataclass(frozen=True)
class _Geometry:
    scale: float  # pixels per chart unit
    font: QFont  # the labels' base font (the widget's, or smaller: LEAST_LABEL_SIZE)
    offsets: tuple[float, float, float]  # px outside the outer ring, per ChartLabel.ring


def _direction(label: ChartLabel) -> tuple[float, float]:
    length = math.hypot(label.x, label.y) or 1.0
    return label.x / length, label.y / length


def _box(label: ChartLabel, font: QFont) -> tuple[float, float]:
    metrics = QFontMetricsF(font)
    return (metrics.horizontalAdvance(label.toPlainText()) + 2 * TEXT_MARGIN,
            metrics.height() + 2 * TEXT_MARGIN)


def _point(label: ChartLabel, scale: float, cx: float, cy: float,
           offsets: tuple[float, float, float]) -> QPointF:
    if label.ring == INSIDE:
        return QPointF(cx + label.x * scale, cy - label.y * scale)
    c, s = _direction(label)
    radius = MAX_LEVEL * scale + offsets[label.ring]
    return QPointF(cx + radius * c, cy - radius * s)


def _rect(label: ChartLabel, font: QFont, scale: float, cx: float, cy: float,
          offsets: tuple[float, float, float]) -> QRectF:
    width, height = _box(label, font)
    at = _point(label, scale, cx, cy, offsets)
    return QRectF(at.x() - label.anchor[0] * width, at.y() - label.anchor[1] * height,
                  width, height)


def _offsets(labels: Sequence[ChartLabel], font: QFont) -> tuple[float, float, float]:
    """How far outside the outer ring the numbers and the domain names start (px): the
    names clear the widest number, measured along their own direction."""
    numbers = [_box(label, label.font(font)) for label in labels if label.ring == NUMBERS]
    reach = 0.0
    for label in labels:
        if label.ring == DOMAINS and numbers:
            c, s = (abs(v) for v in _direction(label))
            reach = max(reach, max((0.5 + 0.5 * c) * w * c + (0.5 + 0.5 * s) * h * s
                                   for w, h in numbers))
    return 0.0, GAP, 2 * GAP + reach


def _largest_scale(labels: Sequence[ChartLabel], font: QFont, width: float, height: float,
                   offsets: tuple[float, float, float]) -> float:
    """The largest scale at which every label lies inside width x height (and the rings no
    larger than X_RANGE, Y_RANGE allow, the chart's proportions when labels are small)."""
    cx, cy = width / 2, height / 2
    best = min(width / (2 * X_RANGE), height / (2 * Y_RANGE))
    for label in labels:
        w, h = _box(label, label.font(font))
        ax, ay = label.anchor
        if label.ring == INSIDE:
            c, s, reach, base = label.x, label.y, 1.0, 0.0
        else:
            (c, s), reach, base = _direction(label), float(MAX_LEVEL), offsets[label.ring]
        # each edge of the label's box is linear in the scale: edge = fixed + scale * slope
        for fixed, slope, limit in (
                (cx + base * c - ax * w, reach * c, 0.0),  # left edge >= 0
                (-(cx + base * c + (1 - ax) * w), -reach * c, -width),  # right edge <= width
                (cy - base * s - ay * h, -reach * s, 0.0),  # top edge >= 0
                (-(cy - base * s + (1 - ay) * h), reach * s, -height)):  # bottom <= height
            if slope < -1e-9:  # the edge moves towards its limit as the rings grow
                best = min(best, (fixed - limit) / -slope)
            elif fixed < limit:
                best = min(best, 0.0)  # does not fit at any scale
    return max(best, 1e-6)


def _crowded_below(labels: Sequence[ChartLabel], font: QFont, spokes: int,
                   offsets: tuple[float, float, float]) -> float:
    """The least scale at which neighbouring element numbers do not overlap."""
    metrics = QFontMetricsF(font)
    widths = [QFontMetricsF(label.font(font)).horizontalAdvance(label.toPlainText())
              for label in labels if label.ring == NUMBERS]
    if not widths or spokes < 2:
        return 0.0
    slots = spokes + sum(label.ring == DOMAINS for label in labels)  # a gap per domain
    wanted = max(widths) + metrics.averageCharWidth()  # apart by a letter's width, about
    return max(0.0, (wanted * slots / (2 * math.pi) - offsets[NUMBERS]) / MAX_LEVEL)


def _shrunk(font: QFont, factor: float) -> QFont:
    if factor == 1.0:
        return font
    smaller = QFont(font)
    smaller.setPointSizeF(font.pointSizeF() * factor)
    return smaller


def _factors() -> list[float]:
    steps = round((1 - LEAST_LABEL_SIZE) / 0.05)
    return [1 - 0.05 * i for i in range(steps + 1)]


def _fit(labels: Sequence[ChartLabel], font: QFont, width: int, height: int,
         spokes: int) -> _Geometry:
    """The largest rings that leave every label inside the widget, with labels as large as
    they can be while the numbers stay apart (see RadarView._geometry)."""
    geometry = None
    for factor in _factors():
        base = _shrunk(font, factor)
        offsets = _offsets(labels, base)
        scale = _largest_scale(labels, base, width, height, offsets)
        geometry = _Geometry(scale, base, offsets)
        if scale >= _crowded_below(labels, base, spokes, offsets):
            break
    assert geometry is not None
    return geometry


def _least_size(labels: Sequence[ChartLabel], font: QFont, spokes: int) -> QSize:
    """The size whose fitted chart has its labels at the full text size, the numbers apart."""
    base = font
    offsets = _offsets(labels, base)
    scale = max(_crowded_below(labels, base, spokes, offsets), 1.0)
    left = top = right = bottom = 0.0
    for label in labels:
        rect = _rect(label, label.font(base), scale, 0.0, 0.0, offsets)
        left, right = min(left, rect.left()), max(right, rect.right())
        top, bottom = min(top, rect.top()), max(bottom, rect.bottom())
    # the chart is drawn centred: each side needs the larger of its two halves
    return QSize(math.ceil(2 * max(-left, right)) + 2, math.ceil(2 * max(-top, bottom)) + 2)


def _pixels(points: Points, scale: float, cx: float, cy: float) -> tuple[list, list]:
    return (list(cx + points.xs * scale), list(cy - points.ys * scale))


def _line(points: Points, scale: float, cx: float, cy: float) -> QPainterPath:
    """The line through the finite points, broken at each NaN (an unscored element)."""
    path = QPainterPath()
    joined = False
    for x, y in zip(*_pixels(points, scale, cx, cy), strict=True):
        if math.isnan(x) or math.isnan(y):
            joined = False
        elif joined:
            path.lineTo(x, y)
        else:
            path.moveTo(x, y)
            joined = True
    return path


@lru_cache(maxsize=64)
def _marker(symbol: str, size: int, color: str, filled: bool, ratio: float) -> QPixmap:
    """A marker of `size` px (pyqtgraph's symbol shapes), drawn once and then stamped at
    each point: one antialiased path per point was most of a paint (~0.4 ms a series)."""
    side = size + 4  # room for the outline
    pixmap = QPixmap(max(1, round(side * ratio)), max(1, round(side * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(side / 2, side / 2)
    pen = QPen(QColor(color), 1 if filled else 1.5)
    pen.setCosmetic(True)  # drawSymbol scales the painter; the outline stays in pixels
    drawSymbol(painter, symbol, size, pen, QBrush(QColor(color)) if filled else QBrush())
    painter.end()
    return pixmap


def _stamp(painter: QPainter, points: Points, marker: QPixmap, scale: float, cx: float,
           cy: float) -> None:
    """`marker` centred on each finite point (the closing point repeats the first)."""
    half = marker.width() / marker.devicePixelRatio() / 2
    seen: set[tuple[float, float]] = set()
    for x, y in zip(*_pixels(points, scale, cx, cy), strict=True):
        if math.isnan(x) or math.isnan(y) or (x, y) in seen:
            continue
        seen.add((x, y))
        painter.drawPixmap(QPointF(x - half, y - half), marker)


class RadarChart(QWidget):
    """Scores per element (0-4, None = not scored) for the edited series and its overlays.

    `set_axes(axes, domain_names)` once per curriculum; then `set_series(label, values)` for
    the series being edited and `set_overlays([(label, values), ...])` for comparisons, where
    `values` follows the order of the axes.
    """

    def __init__(self, parent: QWidget | None = None, max_overlays: int = 12) -> None:
        super().__init__(parent)
        self.view = RadarView(self)
        self.view.setAccessibleName(self.tr("Radar chart of the 21 elements"))
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
        self.frame_path = QPainterPath()  # rings and spokes, in chart units
        self._frame: list[ChartLabel] = []
        self._labels: dict[str, ChartLabel] = {}
        self._unscored: dict[str, bool] = {}  # per label: shown as unscored ("7?")
        self._main = _Series(self.view, style_for(0), 0)
        self.max_overlays = max_overlays
        self.overlays: list[_Series] = []  # made on first use, then reused
        self._legend_labels: list[str] = []
        self._layout = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        # Pages may add controls under the legend (e.g. the overlay choices).
        self.side_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.side_layout.addWidget(self.legend, 1)
        layout.addLayout(self.side_layout)
        self.setMinimumSize(*LEAST_CHART)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_side()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a text size (Settings): larger labels
            self._place_side()

    def _place_side(self) -> None:
        """The legend (and what the page put under it) beside the chart when the chart still
        has the room its labels need (`RadarView.minimumSizeHint`), else in a row below it,
        the chart then as wide as this widget and as tall as its labels need.

        Why: at 200 % text beside a 200 px legend the chart had ~400 px and drew its 21
        numbers on top of each other; below, it has the whole width and the page scrolls
        down instead."""
        side = self.side_layout.sizeHint()
        least = self.view.minimumSizeHint()
        beside = self.width() >= least.width() + side.width() + self._layout.spacing()
        if beside != (self._layout.direction() == QBoxLayout.Direction.LeftToRight):
            self._layout.setDirection(QBoxLayout.Direction.LeftToRight if beside
                                      else QBoxLayout.Direction.TopToBottom)
            self.side_layout.setDirection(QBoxLayout.Direction.TopToBottom if beside
                                          else QBoxLayout.Direction.LeftToRight)
        below = 0 if beside else min(self.side_layout.sizeHint().height(),
                                     6 * self.fontMetrics().lineSpacing()) \
            + self._layout.spacing()
        self.setMinimumHeight(max(LEAST_CHART[1], least.height() + below))

    @property
    def main(self) -> _Series:
        """The series being edited (its line, gap markers and fill)."""
        return self._main

    def all_series(self) -> list[_Series]:
        return [self._main, *self.overlays]

    # -- axes -------------------------------------------------------------------------------
    @property
    def frame_items(self) -> list[ChartLabel]:
        """The labels drawn by `set_axes` (renamed in place on a language switch by the
        assessment page)."""
        return list(self._frame)

    def frame_labels(self) -> list[ChartLabel]:
        return self._frame

    def element_label(self, axis_id: str) -> str:
        """The text shown at an element's spoke: its number, "7?" when not scored."""
        return self._labels[axis_id].toPlainText()

    def set_axes(self, axes: Sequence[Axis], domain_names: dict[str, str]) -> None:
        """Lay out spokes grouped by domain (an empty slot between domains) with labels."""
        for step in self.axes_steps(axes, domain_names):
            step()

    def axes_steps(self, axes: Sequence[Axis],
                   domain_names: dict[str, str]) -> list[Callable[[], None]]:
        """`set_axes` as steps to run in order (the warm-up runs one per turn): one now that
        the frame is data drawn in one paint (as pyqtgraph items, 40-55 ms in four steps)."""
        axes = list(axes)
        return [lambda: self._lay_out_axes(axes, domain_names)]

    def _lay_out_axes(self, axes: list[Axis], domain_names: dict[str, str]) -> None:
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
        frame = QPainterPath()
        for level in range(1, MAX_LEVEL + 1):
            frame.addEllipse(QPointF(0, 0), level, level)
        for angle in self.angles:
            frame.moveTo(0, 0)
            frame.lineTo(MAX_LEVEL * math.cos(angle), MAX_LEVEL * math.sin(angle))
        self.frame_path = frame
        tick_angle = math.pi / 2 + math.pi / total  # in the gap before the first element
        for level in range(1, MAX_LEVEL + 1):
            self._frame.append(ChartLabel(self.view, str(level), level * math.cos(tick_angle),
                                          level * math.sin(tick_angle), (0.5, 0.5),
                                          TICK_COLOR))
        for axis, angle in zip(self.axes, self.angles, strict=True):
            label = ChartLabel(self.view, str(axis.number), LABEL_RADIUS * math.cos(angle),
                               LABEL_RADIUS * math.sin(angle), self._anchor(angle),
                               LABEL_COLOR, ring=NUMBERS)
            label.setToolTip(f"{axis.number}. {axis.name}")
            self._labels[axis.id] = label
            self._unscored[axis.id] = False  # made as a scored element's label
            self._frame.append(label)
        for domain_id in dict.fromkeys(a.domain_id for a in self.axes):
            members = [a for a, ax in zip(self.angles, self.axes, strict=True)
                       if ax.domain_id == domain_id]
            mid = math.atan2(sum(math.sin(a) for a in members), sum(math.cos(a) for a in members))
            self._frame.append(ChartLabel(
                self.view, domain_names.get(domain_id, domain_id), DOMAIN_RADIUS * math.cos(mid),
                DOMAIN_RADIUS * math.sin(mid), self._anchor(mid), LABEL_COLOR, bold=True,
                size=0.9, ring=DOMAINS))
        for s in self.all_series():
            s.values = []
        self.view.changed()

    @staticmethod
    def _anchor(angle: float) -> tuple[float, float]:
        return (0.5 - 0.5 * math.cos(angle), 0.5 + 0.5 * math.sin(angle))

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
            series.curve.setData([], [])  # nothing scored: nothing to draw
        else:
            series.curve.setData(xs, ys)
        gaps = [i for i, v in enumerate(values) if v is None]
        series.missing.setData(MISSING_RADIUS * np.cos(self.angles[gaps]),
                               MISSING_RADIUS * np.sin(self.angles[gaps]))
        if values and not gaps and series is self.main:
            series.fill = QPolygonF([QPointF(x, y) for x, y in zip(xs, ys, strict=True)])
        else:  # no fill over a gap (it would invent a value) nor for overlays (mud at 12)
            series.fill = QPolygonF()
        series.set_visible(True)

    def set_series(self, label: str, values: Sequence[float | None]) -> None:
        """The series being edited: bold line, filled when complete; marks unscored labels."""
        self._update(self.main, label, values)
        for axis, value in zip(self.axes, values, strict=True):
            item = self._labels.get(axis.id)
            unscored = value is None
            if item is not None and self._unscored.get(axis.id) != unscored:
                self._unscored[axis.id] = unscored
                item.setText(f"{axis.number}?" if unscored else str(axis.number))
                item.setColor(UNSCORED_COLOR if unscored else LABEL_COLOR)
        self._refresh_legend()

    def set_overlays(self, series: Sequence[tuple[str, Sequence[float | None]]]) -> None:
        """Show these comparison series (label, values) and hide the rest of the pool."""
        if len(series) > self.max_overlays:
            raise ValueError(f"At most {self.max_overlays} overlays")
        while len(self.overlays) < len(series):
            n = len(self.overlays) + 1
            self.overlays.append(_Series(self.view, style_for(n), n))
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
            QListWidgetItem(_legend_icon(SeriesStyle(MISSING_COLOR, Qt.PenStyle.NoPen, "x")),
                            self.tr("not scored (gap in the line)"), self.legend)
        self._legend_labels = labels


@lru_cache(maxsize=32)
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
