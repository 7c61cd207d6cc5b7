"""Charts for printed documents, drawn with reportlab graphics (no display, no Qt).

Two charts, both computed by `core.assessment` — the functions the pages use — so that a PDF
and the screen never disagree:
- a radar of the 21 JICA elements grouped by domain (`radar_data` -> `radar_drawing`);
- grouped bars of the five domain means per delegation (`bars_data` -> `domain_bars`).

Unscored is not zero: an unscored element is a gap in the radar's line (no point, no line
through the centre) and an unscored domain is a bar that says "not scored". Nothing is told by
colour alone: each series has its own marker and line style, each bar carries its domain's
name and value, and both charts have a legend. The data arrays stay on the drawing
(`drawing.radar`, `table.bars`) so tests can check what was drawn against the scores.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config

# Shapes validate every attribute they are given unless this is off *before* the graphics
# modules are imported: the validation was a third of the time of a 12-delegation report.
# Our shapes are built by this module only, from checked numbers.
if "reportlab.graphics.shapes" not in sys.modules:
    rl_config.shapeChecking = 0

from reportlab.graphics.shapes import (  # noqa: E402
    Drawing,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    String,
)
from reportlab.graphics.widgets.markers import makeMarker  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.attrmap import AttrMap, AttrMapValue  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.platypus import TableStyle  # noqa: E402

from pcsc_workshop.core.assessment import MAX_SCORE, ElementRef, domain_ids, domain_scores
from pcsc_workshop.core.reports.fonts import SHAPED_FAMILIES, register_fonts
from pcsc_workshop.core.reports.labels import label, number
from pcsc_workshop.core.reports.rtl import has_rtl
from pcsc_workshop.core.reports.styles import (
    ACCENT,
    ACCENT_TINT,
    FRAME_WIDTH,
    INK,
    MUTED,
    RULE,
    DocTable,
    styles,
)
from pcsc_workshop.core.reports.text import para

FONT, FONT_BOLD, FONT_ITALIC = "NotoSans", "NotoSans-Bold", "NotoSans-Italic"


@dataclass(frozen=True)
class SeriesStyle:
    color: colors.Color
    marker: str  # reportlab marker kind
    dash: tuple[float, ...] | None  # None = solid


# Okabe-Ito colours (safe for colour-blind readers) paired with distinct markers and dashes.
SERIES_STYLES: tuple[SeriesStyle, ...] = (
    SeriesStyle(ACCENT, "FilledCircle", None),
    SeriesStyle(colors.HexColor("#D55E00"), "Square", (4, 2)),
    SeriesStyle(colors.HexColor("#009E73"), "FilledTriangle", (1.5, 1.5)),
    SeriesStyle(colors.HexColor("#CC79A7"), "Diamond", (6, 2, 1.5, 2)),
)
DOMAIN_COLORS: tuple[colors.Color, ...] = tuple(colors.HexColor(c) for c in (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9"))


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[float | None, ...]  # one per element, None = not scored


@dataclass(frozen=True)
class RadarData:
    element_ids: tuple[str, ...]
    numbers: tuple[int, ...]
    domains: tuple[tuple[str, str, int, int], ...]  # (id, name, first index, last index)
    series: tuple[Series, ...]


def radar_data(series: Sequence[tuple[str, Mapping[str, float | None]]],
               elements: Sequence[ElementRef], domain_names: Mapping[str, str]) -> RadarData:
    """The radar's arrays: per series, the score of each element in number order (None kept)."""
    ordered = sorted(elements, key=lambda e: e.number)
    spans: list[tuple[str, str, int, int]] = []
    for d in domain_ids(ordered):
        idx = [i for i, e in enumerate(ordered) if e.domain_id == d]
        spans.append((d, domain_names.get(d, d), idx[0], idx[-1]))
    return RadarData(
        element_ids=tuple(e.id for e in ordered), numbers=tuple(e.number for e in ordered),
        domains=tuple(spans),
        series=tuple(Series(name, tuple(values.get(e.id) for e in ordered))
                     for name, values in series))


def segments(values: Sequence[float | None]) -> list[list[int]]:
    """Runs of consecutive scored indexes around the circle (the line is broken at gaps)."""
    n = len(values)
    if n and all(v is not None for v in values):
        return [list(range(n)) + [0]]
    runs: list[list[int]] = []
    current: list[int] = []
    for i, v in enumerate(values):
        if v is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append(i)
    if current:
        runs.append(current)
    # join the run that ends at the last element with the one that starts at the first
    if len(runs) > 1 and runs[0][0] == 0 and runs[-1][-1] == n - 1:
        runs[0] = runs.pop() + runs[0]
    return runs


def _point(cx: float, cy: float, radius: float, index: float, count: int
           ) -> tuple[float, float]:
    angle = math.pi / 2 - 2 * math.pi * index / count
    return cx + radius * math.cos(angle), cy + radius * math.sin(angle)


class RadarDrawing(Drawing):
    """A Drawing that keeps the numbers it shows (`radar`), for tests and for reuse."""

    _attrMap = AttrMap(BASE=Drawing, radar=AttrMapValue(None, desc="the RadarData drawn"))
    radar: RadarData
    alt_texts: list[str]  # the chart's values in words (tagged PDF /Alt, see tagging.py)


def _mid(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2


def radar_drawing(data: RadarData, width: float = FRAME_WIDTH, height: float = 300
                  ) -> RadarDrawing:
    """The radar with domain sectors, rings 0-4, element numbers, a line per series, a legend."""
    drawing = RadarDrawing(width, height)
    drawing.radar = data
    n = len(data.element_ids)
    radius = min(height / 2 - 34, width * 0.3)
    cx, cy = radius + 52, height / 2
    step = 2 * math.pi / n if n else 0
    # domain sectors, alternately shaded, with the domain's name outside the ring
    for k, (_id, name, first, last) in enumerate(data.domains):
        start = math.pi / 2 - step * (first - 0.5)
        end = math.pi / 2 - step * (last + 0.5)
        # the outer 21-gon's edge from half a step before `first` to half a step after `last`
        corners = [_point(cx, cy, radius, i, n) for i in range(first - 1, last + 2)]
        corners[0] = _mid(corners[0], corners[1])
        corners[-1] = _mid(corners[-2], corners[-1])
        points = [cx, cy] + [c for xy in corners for c in xy]
        drawing.add(Polygon(points, fillColor=ACCENT_TINT if k % 2 == 0 else colors.white,
                            strokeColor=None))
        mid = (start + end) / 2
        lx, ly = cx + (radius + 26) * math.cos(mid), cy + (radius + 26) * math.sin(mid)
        anchor = "middle" if abs(math.cos(mid)) < 0.3 else ("start" if math.cos(mid) > 0
                                                            else "end")
        _label(drawing, lx, ly - 3, name, size=7.5, color=INK, bold=True, anchor=anchor)
        for x, y in (corners[0], corners[-1]):  # sector edges
            drawing.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.6))
    # rings and spokes
    for level in range(1, MAX_SCORE + 1):
        r = radius * level / MAX_SCORE
        ring = []
        for i in range(n):
            ring += list(_point(cx, cy, r, i, n))
        drawing.add(Polygon(ring, fillColor=None, strokeColor=RULE, strokeWidth=0.4))
        lx, ly = _point(cx, cy, r, -0.5, n)  # between spokes 21 and 1, clear of the numbers
        drawing.add(String(lx, ly + 1, str(level), fontName=FONT, fontSize=5.5,
                           fillColor=MUTED, textAnchor="middle"))
    for i, element_number in enumerate(data.numbers):
        x, y = _point(cx, cy, radius, i, n)
        drawing.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.3))
        lx, ly = _point(cx, cy, radius + 9, i, n)
        drawing.add(String(lx, ly - 2.5, str(element_number), fontName=FONT, fontSize=6.5,
                           fillColor=MUTED, textAnchor="middle"))
    # series: lines broken at unscored elements, a marker on every scored element
    for s, style in zip(data.series, _cycle(len(data.series)), strict=True):
        drawing.add(_series_group(s, style, cx, cy, radius, n))
    _radar_legend(drawing, data, cx + radius + 62, height - 20)
    return drawing


def _cycle(count: int) -> list[SeriesStyle]:
    return [SERIES_STYLES[i % len(SERIES_STYLES)] for i in range(count)]


def _series_group(series: Series, style: SeriesStyle, cx: float, cy: float, radius: float,
                  n: int) -> Group:
    group = Group()
    points = {i: _point(cx, cy, radius * v / MAX_SCORE, i, n)
              for i, v in enumerate(series.values) if v is not None}
    for run in segments(series.values):
        if len(run) < 2:
            continue
        coords = [c for i in run for c in points[i]]
        group.add(PolyLine(coords, strokeColor=style.color, strokeWidth=1.6,
                           strokeDashArray=style.dash,  # type: ignore[arg-type]
                           strokeLineJoin=1))  # (None: solid, reportlab's default)
    for x, y in points.values():
        group.add(_marker(style, x, y))
    return group


def _marker(style: SeriesStyle, x: float, y: float, size: float = 5) -> Any:  # a Marker
    marker = makeMarker(style.marker, x=x, y=y, size=size, fillColor=style.color,
                        strokeColor=style.color, strokeWidth=0.9)
    if not style.marker.startswith("Filled"):
        marker.fillColor = colors.white
    return marker


def _radar_legend(drawing: Drawing, data: RadarData, x: float, top: float) -> None:
    y = top
    for s, style in zip(data.series, _cycle(len(data.series)), strict=True):
        drawing.add(Line(x, y + 3, x + 22, y + 3, strokeColor=style.color, strokeWidth=1.6,
                         strokeDashArray=style.dash))  # type: ignore[arg-type]  # None: solid
        drawing.add(_marker(style, x + 11, y + 3))
        _label(drawing, x + 28, y, _fit(s.label, 34), size=7.5, color=INK)
        y -= 14
    y -= 6
    for _id, name, first, last in data.domains:
        text = f"{name}: {data.numbers[first]}\u2013{data.numbers[last]}"
        drawing.add(String(x, y, text, fontName=FONT, fontSize=7, fillColor=MUTED))
        y -= 10


def _fit(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[:chars - 1] + "\u2026"


def _label(drawing: Drawing, x: float, y: float, text: str, *, size: float,
           color: colors.Color, bold: bool = False, anchor: str = "start") -> float:
    """One line of any-script text in a chart, returning its width: a font per script,
    Arabic joined and in right-to-left order (a single `String` in Noto Sans drew boxes for
    an Arabic delegation's name in the radar legend).

    Text in a script that needs HarfBuzz is shaped as in paragraphs (`ScriptParagraph`), and
    drawn as reportlab's ShapedStr, which a chart String passes through to the canvas.
    """
    fonts = register_fonts()
    families = {family for family, _ in fonts.runs(text)}
    if has_rtl(text) or families & SHAPED_FAMILIES:
        # Arabic, Indic...: shaped by HarfBuzz and ordered like a paragraph's line
        from reportlab.lib.styles import ParagraphStyle

        from pcsc_workshop.core.reports.shaping import ScriptParagraph

        style = ParagraphStyle("chart", fontName=FONT, fontSize=size, leading=size * 1.2)
        parts = ScriptParagraph(text, style, fonts, bold=bold).line_parts()
        runs = [(face, string) for face, _size, string, _w in parts]
        widths = [w for *_, w in parts]
        sizes = [part_size for _face, part_size, _s, _w in parts]
    else:
        runs = [(fonts.face(family, bold=bold), chunk) for family, chunk in fonts.runs(text)]
        widths = [stringWidth(chunk, face, size) for face, chunk in runs]
        sizes = [size] * len(runs)
    total = sum(widths)
    left = {"start": x, "middle": x - total / 2, "end": x - total}[anchor]
    for (face, chunk), width, part_size in zip(runs, widths, sizes, strict=True):
        drawing.add(String(left, y, chunk, fontName=face, fontSize=part_size,
                           fillColor=color))
        left += width
    return total


# --- grouped bars -------------------------------------------------------------------------------

@dataclass(frozen=True)
class BarsData:
    domains: tuple[tuple[str, str], ...]  # (id, name) in order
    groups: tuple[tuple[str, tuple[float | None, ...]], ...]  # (label, mean per domain)


def bars_data(groups: Sequence[tuple[str, Mapping[str, int | None]]],
              elements: Sequence[ElementRef], domain_names: Mapping[str, str], *,
              average: tuple[str, Mapping[str, float | None]] | None = None) -> BarsData:
    """Per group (a delegation), its domain means from `domain_scores` (None = not scored)."""
    ids = domain_ids(elements)
    rows = []
    for name, scores in groups:
        means = domain_scores(scores, elements)
        rows.append((name, tuple(means[d] for d in ids)))
    if average is not None:
        rows.append((average[0], tuple(average[1].get(d) for d in ids)))
    return BarsData(tuple((d, domain_names.get(d, d)) for d in ids), tuple(rows))


_BAR_H, _BAR_GAP, _NAME_W, _VALUE_W = 7.0, 2.0, 62.0, 46.0
_LABEL_COL = 0.27


def _scale_x(value: float, width: float) -> float:
    return _NAME_W + (width - _NAME_W - _VALUE_W) * value / MAX_SCORE


def _group_drawing(values: Sequence[float | None], data: BarsData, width: float) -> Drawing:
    height = len(values) * (_BAR_H + _BAR_GAP) + 2
    d = Drawing(width, height)
    for level in range(MAX_SCORE + 1):
        x = _scale_x(level, width)
        d.add(Line(x, 0, x, height, strokeColor=RULE, strokeWidth=0.3 if level else 0.8))
    for k, ((_id, name), value) in enumerate(zip(data.domains, values, strict=True)):
        y = height - 1 - (k + 1) * (_BAR_H + _BAR_GAP) + _BAR_GAP
        _label(d, _NAME_W - 3, y + 1, _fit(name, 14), size=6.3, color=INK, anchor="end")
        if value is None:
            # in the document's language and script ("غير مُقيَّم" needs the Arabic font)
            _label(d, _NAME_W + 3, y + 1, label("not_scored"), size=6.3, color=MUTED)
            continue
        color = DOMAIN_COLORS[k % len(DOMAIN_COLORS)]
        end = _scale_x(value, width)
            # the stubs type Rect's **kw as the TypedDict itself, not Unpack[...]: a stub gap
        d.add(Rect(_NAME_W, y, max(end - _NAME_W, 0.6), _BAR_H,
                   fillColor=color, strokeColor=None))  # type: ignore[arg-type]
        d.add(String(end + 3, y + 1, number(value, 1), fontName=FONT_BOLD, fontSize=6.3,
                     fillColor=INK))
    return d


def _axis_drawing(width: float) -> Drawing:
    d = Drawing(width, 10)
    for level in range(MAX_SCORE + 1):
        d.add(String(_scale_x(level, width), 2, str(level), fontName=FONT, fontSize=6.5,
                     fillColor=MUTED, textAnchor="middle"))
    return d


def _legend_drawing(data: BarsData, width: float) -> Drawing:
    d = Drawing(width, 12)
    x = 0.0
    for k, (_id, name) in enumerate(data.domains):
        colour = DOMAIN_COLORS[k % len(DOMAIN_COLORS)]
        d.add(Rect(x, 2, 8, 7, fillColor=colour, strokeColor=None))  # type: ignore[arg-type]
        x += 14 + _label(d, x + 11, 3, name, size=7, color=INK) + 10
    return d


def domain_bars(data: BarsData, width: float = FRAME_WIDTH) -> DocTable:
    """Grouped horizontal bars, one group per delegation, as a table that splits by rows
    (so 12 delegations run over pages cleanly) with the delegation names set as text in any
    script (a graphics String could not shape Arabic or Bengali names)."""
    st = styles()
    chart_w = width * (1 - _LABEL_COL) - 8
    rows: list[list] = [["", _legend_drawing(data, chart_w)], ["", _axis_drawing(chart_w)]]
    for name, values in data.groups:
        rows.append([para(name, st.cell, follow_direction=False),
                     _group_drawing(values, data, chart_w)])
    rows.append(["", _axis_drawing(chart_w)])
    table = DocTable(rows, colWidths=[width * _LABEL_COL, width * (1 - _LABEL_COL)],
                  repeatRows=2)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 2), (-1, -2), 0.25, RULE),
    ]))
    table.bars = data  # type: ignore[attr-defined]
    return table


def _score(value: float | None, digits: int = 0) -> str:
    return label("not_scored") if value is None else number(value, digits)


def radar_alt(data: RadarData) -> str:
    """The radar in words, every value it draws: what a screen reader and a search find."""
    series = []
    for s in data.series:
        values = ", ".join(label("chart_value", label=number(n), value=_score(v))
                           for n, v in zip(data.numbers, s.values, strict=True))
        series.append(label("chart_series", name=s.label, values=values))
    return label("chart_radar_alt", values="; ".join(series))


def bars_alt(data: BarsData) -> str:
    """The grouped bars in words: each delegation's five domain means."""
    names = [name for _id, name in data.domains]
    groups = []
    for name, values in data.groups:
        parts = ", ".join(label("chart_value", label=d, value=_score(v, 2))
                          for d, v in zip(names, values, strict=True))
        groups.append(label("chart_series", name=name, values=parts))
    return label("chart_bars_alt", values="; ".join(groups))
