"""The radar with 12 overlays: what it plots, and 50 redraws without a crash.

The redraw loop guards against the PySide6/pyqtgraph pairs that abort the interpreter after a
few dozen redraws of a plot with 12 curves (TECH-NOTES): an upgrade that breaks it fails here.
"""

from __future__ import annotations

import math
import random

import numpy as np
from PySide6.QtWidgets import QApplication

from pcsc_workshop.core.assessment import assessment_for_delegation, set_score, stable_elements
from pcsc_workshop.core.people import add_delegation
from pcsc_workshop.ui.widgets.radar import Axis, RadarChart


def _axes():
    return [Axis(e.id, e.number, f"Element {e.number}", e.domain_id) for e in stable_elements()]


def _shown_radar(qtbot):
    """A radar chart on screen at 800 x 600 with the 21 elements as its axes."""
    radar = RadarChart()
    qtbot.addWidget(radar)
    radar.resize(800, 600)
    radar.show()
    axes = _axes()
    radar.set_axes(axes, {})
    return radar, axes


def test_twelve_overlays_redrawn_fifty_times(qtbot):
    radar, axes = _shown_radar(qtbot)
    rng = random.Random(7)
    main = [rng.choice([None, 0, 1, 2, 3, 4]) for _ in axes]
    radar.set_series("Edited city", main)
    for round_ in range(50):
        overlays = [(f"City {i}", [rng.choice([None, 0, 1, 2, 3, 4]) for _ in axes])
                    for i in range(12)]
        radar.set_overlays(overlays)
        QApplication.processEvents()
        image = radar.grab()
        assert not image.isNull()
        if round_ in (0, 49):
            for series, (_label, values) in zip(radar.overlays, overlays, strict=True):
                xs, ys = series.curve.getData()
                r = np.hypot(xs, ys)[:-1]
                expected = np.array([np.nan if v is None else v for v in values], dtype=float)
                assert np.allclose(r, expected, equal_nan=True)
    assert radar.legend.count() == 13 + (1 if None in main else 0)
    assert [label for label, _ in radar.visible_series()][1:] == [f"City {i}" for i in range(12)]
    radar.set_overlays([])
    assert all(not s.curve.isVisible() for s in radar.overlays)


def test_page_overlays_twelve_delegations(qtbot, window, store, demo_id):
    with store.session() as s:
        ids = [add_delegation(s, demo_id, f"Country {i}", f"City {i}") for i in range(7)]
        for n, delegation_id in enumerate(ids):
            doc = assessment_for_delegation(s, delegation_id)
            for e in stable_elements():
                set_score(s, doc.id, e.id, (e.number + n) % 5)
    page = window.show_page("assessment")
    page.load()  # the new delegations were added behind the page's back
    qtbot.waitUntil(lambda: page.delegation.count() == 13 and page.ready,
                    timeout=5000)  # read on a worker
    keys = [page.overlay_list.item(i).data(256) for i in range(page.overlay_list.count())]
    page.set_overlays(keys[1:])  # the 12 other delegations
    shown = page.radar.visible_series()
    assert len(shown) == 13
    label, values = next((lab, v) for lab, v in shown if lab == "City 3, Country 3")
    assert values == [(e.number + 3) % 5 for e in stable_elements()]


def test_domain_bars_made_ahead_keep_each_delegations_colour(qtbot) -> None:
    """Bars made before the data (the warm-up) and reused as delegations come and go: the
    n-th delegation's bars always have the n-th colour and pattern, as its legend swatch."""
    from pcsc_workshop.ui.widgets.domain_bars import DomainBars, _brush

    chart = DomainBars()
    qtbot.addWidget(chart)
    domains = [("d1", "Policy"), ("d2", "Technology")]
    chart.prepare(domains, 4)
    assert chart.bars == [] and chart.domain_names == ["Policy", "Technology"]
    for count in (3, 2, 5, 1, 6):
        chart.set_data(domains, [(f"City {i}", [1.0 + i % 3, None]) for i in range(count)])
        assert len(chart.bars) == count
        for i, bar in enumerate(chart.bars):
            assert bar.isVisible()
            assert bar.opts["brush"].color() == _brush(i).color()
            assert bar.opts["brush"].style() == _brush(i).style()
            assert list(bar.opts["height"]) == [1.0 + i % 3]
        shown = [item for item in chart.plot.items if getattr(item, "opts", {}).get("height")
                 is not None and item.isVisible()]
        assert len(shown) == count  # no leftover bars of an earlier, longer list
        assert chart.legend.count() == count + 1  # and "× not scored"


def test_unscored_marks_on_the_labels_follow_each_series_shown(qtbot) -> None:
    """"7?" marks an element the series shown has not scored; picking another delegation
    moves the marks (labels are only touched where the mark changes)."""
    radar = RadarChart()
    qtbot.addWidget(radar)
    axes = _axes()
    radar.set_axes(axes, {})

    def shown() -> list[str]:
        return [radar.element_label(a.id) for a in axes]

    numbers = [str(a.number) for a in axes]
    assert shown() == numbers
    for gaps in ({0, 5}, {5, 20}, set(), {0}):
        radar.set_series("City", [None if i in gaps else 2 for i in range(len(axes))])
        assert shown() == [f"{n}?" if i in gaps else n for i, n in enumerate(numbers)]
    radar.set_axes(axes, {})  # new labels, all scored until a series says otherwise
    assert shown() == numbers
    radar.set_series("City", [None] * len(axes))
    assert shown() == [f"{n}?" for n in numbers]


def test_an_element_number_tells_its_name_under_the_pointer(qtbot) -> None:
    """Each element's number on the chart has a tooltip with its number and name, found
    where the number is drawn (and nothing between the labels)."""
    from PySide6.QtCore import QPointF

    radar, axes = _shown_radar(qtbot)
    view = radar.view
    assert view.width() > 400  # laid out beside its legend
    scale, cx, cy = view._scale()
    for axis, angle in zip(axes, radar.angles, strict=True):
        label = radar._labels[axis.id]
        at = view.label_point(label, scale, cx, cy)  # where its anchor puts it
        assert math.hypot(at.x() - cx, at.y() - cy) > 4 * scale  # outside the outer ring
        rect = view._label_rect(label, scale, cx, cy)
        found = view.label_at(rect.center())
        assert found is not None and found[0].toolTip() == f"{axis.number}. {axis.name}"
        assert rect.adjusted(-1, -1, 1, 1).contains(at)  # the text sits on its spoke's end
        turned = math.atan2(cy - at.y(), at.x() - cx) - angle
        assert math.isclose(math.remainder(turned, 2 * math.pi), 0, abs_tol=1e-6)
    assert view.label_at(QPointF(cx, cy)) is None  # the centre: no label there


def _labels_drawn(radar: RadarChart) -> tuple[list, list]:
    """(text, rectangle) of the element numbers and of the domain names as drawn."""
    from pcsc_workshop.ui.widgets.radar import DOMAINS, NUMBERS

    view = radar.view
    scale, cx, cy = view._scale()
    drawn = [(label.toPlainText(), label.ring, view._label_rect(label, scale, cx, cy))
             for label in radar.frame_labels()]
    return ([(t, r) for t, ring, r in drawn if ring == NUMBERS],
            [(t, r) for t, ring, r in drawn if ring == DOMAINS])


def _text_rect(rect):
    from pcsc_workshop.ui.widgets.radar import TEXT_MARGIN

    return rect.adjusted(TEXT_MARGIN, TEXT_MARGIN, -TEXT_MARGIN, -TEXT_MARGIN)


def test_at_200_percent_every_label_is_whole_and_apart(qtbot) -> None:
    """Arabic at 200 % on a 1366 x 768 laptop: the chart had ~615 x 400 px and its domain
    names ran past its edge ("nnology") and over the numbers. Every label now lies inside
    the chart, the domain names clear of the numbers, and no two numbers overlap; the legend
    goes below the chart when beside it the chart would be too small."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont

    radar = RadarChart()
    qtbot.addWidget(radar)
    font = QFont(radar.font())
    font.setPointSizeF(18)  # 200 % of the app's 9 pt
    radar.setFont(font)
    domains = {f"jica.domain.{name.lower()}": name for name in (
        "Policy", "Organization", "System", "Technology", "Operation")}
    radar.set_axes(_axes(), domains)
    radar.resize(615, 700)
    radar.show()
    qtbot.waitExposed(radar)
    QApplication.processEvents()
    view = radar.view
    assert radar.legend.y() > view.y()  # below the chart, not beside it
    assert view.width() == radar.width()
    inside = QRectF(view.rect())
    numbers, names = _labels_drawn(radar)
    assert len(numbers) == 21 and len(names) == 5
    for text, rect in numbers + names:
        assert inside.contains(_text_rect(rect)), (text, rect, inside)
    for i, (text, rect) in enumerate(numbers):
        for other, other_rect in numbers[i + 1:]:
            assert not _text_rect(rect).intersects(_text_rect(other_rect)), (text, other)
    for name, rect in names:
        for text, number_rect in numbers:
            assert not _text_rect(rect).intersects(_text_rect(number_rect)), (name, text)
    scale, _cx, _cy = view._scale()
    assert 4 * scale > 100  # rings a reader can use (~40 px when the names overflowed)


def test_at_100_percent_the_legend_stays_beside_the_chart(qtbot) -> None:
    radar, _axes_shown = _shown_radar(qtbot)
    QApplication.processEvents()
    assert radar.legend.x() > radar.view.x() + radar.view.width() - 1
    numbers, _names = _labels_drawn(radar)
    inside = radar.view.rect()
    assert all(inside.contains(_text_rect(rect).toRect()) for _text, rect in numbers)
