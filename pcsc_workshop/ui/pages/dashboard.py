"""Facilitator dashboard: who has done what, delegations compared, who asks whom for what.

The figures come from the door's `dashboard.figures` (the core's `workshop_dashboard`, a
handful of queries), computed on a worker thread through `Op` together with every text the
page shows (dashboard_rows.py), so that the page never blocks while files arrive: the UI
thread only compares rows and sets what changed, in three turns (`show_data`). The
"Collected" column shows, from the exchange core, when each participant's last file arrived
and the plan revision it held (per delegation: how many members' files came in). The page is
built in stages during the warm-up (a skeleton, the tree, the chart, the support table).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.assessment import domain_ids
from pcsc_workshop.core.dashboard import DashboardData
from pcsc_workshop.core.framework import load_framework
from pcsc_workshop.ui.display import clock, number
from pcsc_workshop.ui.pages.base import Page, Step, polish_steps
from pcsc_workshop.ui.pages.dashboard_rows import DashboardRows, Group, Plurals, Row, shape
from pcsc_workshop.ui.staging import in_a_later_turn
from pcsc_workshop.ui.widgets.bulk_fill import bulk_fill
from pcsc_workshop.ui.widgets.domain_bars import DomainBars
from pcsc_workshop.ui.widgets.stacking_splitter import StackingSplitter
from pcsc_workshop.ui.widgets.text_table import TextTable
from pcsc_workshop.ui.widgets.wrapped_label import HeightCachingLabel
from pcsc_workshop.ui.workers import Op

if TYPE_CHECKING:
    from pcsc_workshop.core.framework import Framework
    from pcsc_workshop.door.dashboard import DashboardView
    from pcsc_workshop.ui.context import AppContext

# How long the page must stay shown before it refreshes by itself (see `ensure_loaded`).
AUTO_REFRESH_DELAY_MS = 150
# Bars made ahead for this many delegations (a usual workshop has 8-12; more are made when
# the data comes).
DELEGATIONS_AHEAD = 12


class DashboardPage(Page):
    NAME = "dashboard"
    SHOWS = frozenset({"delegations", "participants", "plans", "assessments", "checks", "polls"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: DashboardData | None = None
        self._request = 0  # the latest refresh asked for (an older one finishing is dropped)
        self._showing = 0  # the latest refresh being shown (`show_data`, in turns)
        self._tree_layout: list | None = None  # ids of the rows shown, in order
        self._items: list[QTreeWidgetItem] = []  # the tree's items in that order
        self._rows_shown: list[Row] = []  # and the texts each shows
        self._support_shown: tuple | None = None
        self._auto_refresh = QTimer(self)
        self._auto_refresh.setSingleShot(True)
        self._auto_refresh.setInterval(AUTO_REFRESH_DELAY_MS)
        self._auto_refresh.timeout.connect(self._auto_refresh_due)
        self.refresh_ms = 0.0
        self.status = QLabel(self)
        self.status.setProperty("role", "subtle")
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.load)
        # wraps at large text sizes (Settings, 200 %) rather than widening the page past the
        # window, which scrolled it sideways and put Refresh out of sight
        heading = HeightCachingLabel(self.tr("Facilitator dashboard"), self)
        heading.setProperty("role", "heading")

        # Progress table across the top (all six columns visible), charts and support below;
        # the three are built in stages (Page.build_later): the chart alone is ~40 ms
        self._splitter = QSplitter(Qt.Orientation.Vertical, self)
        # side by side, or stacked when the page is too narrow for both (200 % text): the
        # chart 12 lines tall then, the support table 8
        self._bottom = StackingSplitter(self._splitter, stacked_lines=(12, 8))
        self._bottom.stacked.connect(self._stacked)
        self._splitter.addWidget(self._bottom)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.status)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._splitter, 1)
        self.build_later(self._build_tree_view, self._build_chart, self._build_support)

    # -- building (one stage per warm-up turn; each group made under its final parent) -----

    def _build_tree_view(self) -> list[Step]:
        self.tree = tree = ProgressTree(self._splitter)
        self._splitter.insertWidget(0, tree)
        tree.setColumnCount(6)
        tree.setHeaderLabels([
            self.tr("Delegation / participant"), self.tr("Assessment"), self.tr("Plan"),
            self.tr("Plan quality"), self.tr("Last change"), self.tr("Collected")])
        tree.headerItem().setToolTip(5, self.tr(
            "When their last plan bundle arrived and which plan revision it held."))
        tree.setAccessibleName(self.tr("Progress by delegation and participant"))
        tree.header().resizeSection(0, 200)  # columns 1-5 follow their contents: `fit_columns`
        tree.setAlternatingRowColors(True)
        # every row is one line: without this, each changed cell made the tree measure its
        # whole row again through the style sheet (~0.2 ms a cell, 60 cells a refresh)
        tree.setUniformRowHeights(True)
        return polish_steps(tree)

    def _build_chart(self) -> list[Step]:
        chart_box = QGroupBox(self.tr("Domain scores by delegation"), self._bottom)
        self._bottom.addWidget(chart_box)
        # the plot made of its parts a turn each (DomainBars: ~15-30 ms in one turn)
        self.bars = DomainBars(chart_box, staged=True)
        QVBoxLayout(chart_box).addWidget(self.bars)
        return [*self.bars.build_steps(), *polish_steps(chart_box)]

    def _build_support(self) -> list[Step]:
        support_box = QGroupBox(self.tr("Desired future support: who asks whom for what"),
                                self._bottom)
        self._bottom.addWidget(support_box)
        # a model-backed table (ui/widgets/text_table.py): 424 requests were 1,700 table items
        # made on the UI thread at each change; no column holds figures to align
        self.support = TextTable([self.tr("Who asks"), self.tr("From whom"),
                                  self.tr("Kind of support"), self.tr("What")], support_box,
                                 numeric_from=4)
        # "What" is the point of the table: it takes the spare width, while "Who asks" keeps
        # a fixed width instead of pushing it out of sight behind a scroll bar (long cells
        # are elided; each cell's tooltip holds its whole text).
        self.support.follow_contents(1, 2)
        header = self.support.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 150)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.support.setAccessibleName(self.tr("Desired future support"))
        self.support_summary = QLabel(support_box)
        self.support_summary.setWordWrap(True)
        s = QVBoxLayout(support_box)
        s.addWidget(self.support_summary)
        s.addWidget(self.support, 1)
        self._bottom.setSizes([560, 540])
        self._splitter.setSizes([380, 420])
        self._bottom.fit()
        # shown, the page paints its frame, then the tree, the chart and the support table a
        # turn each: in one paint they were 13-20 ms of the UI thread (bench/ui_latency)
        self.reveal_in_turns([self.tree, self.bars, support_box])
        return polish_steps(support_box)

    def _stacked(self, stacked: bool) -> None:
        """The chart and the support table one above the other (200 % text on a laptop):
        the progress tree above them keeps some rows in sight too."""
        self.tree.setMinimumHeight(8 * self.fontMetrics().lineSpacing() if stacked else 0)

    def prepare_steps(self) -> list:
        """The chart's axis and bar items made during the warm-up (see `DomainBars.prepare`)."""
        return [self._prepare_chart]

    def _prepare_chart(self) -> None:
        framework = load_framework(self.ctx.curriculum)
        self.bars.prepare([(d, framework.domain_names.get(d, d))
                           for d in domain_ids(framework.elements)], DELEGATIONS_AHEAD)

    def ensure_loaded(self) -> None:
        """Refresh a moment after the page is shown, and only if it still is.

        The computation takes 35-70 ms of Python on a worker with 200 participants; while it
        runs, the UI thread shares the GIL with it. A facilitator clicking through the
        sidebar would otherwise start it on the way past and make the next page's first
        paint twice as slow. The Refresh button (`load`) still refreshes at once.
        """
        self.finish_building()
        if self._stale:
            self._stale = False
            self.status.setText(self.tr("Refreshing…"))
            self._auto_refresh.start()

    def _auto_refresh_due(self) -> None:
        if self.isVisible():
            self.load()
        else:
            self._stale = True  # left before it was due: refresh on the next visit

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        if self._auto_refresh.isActive():
            self._auto_refresh.stop()
            self._stale = True
        super().hideEvent(event)

    def load(self) -> None:
        """Compute the dashboard on a worker, with every text it shows; fill the page when
        it is ready."""
        self.finish_building()
        workshop_id = self.ctx.workshop_id
        if not workshop_id:
            return
        framework = load_framework(self.ctx.curriculum)
        door = self.ctx.door
        plurals = self._plurals()
        self.status.setText(self.tr("Refreshing…"))
        self._request = request = self._request + 1

        # while the room is open its process computes the figures (ui/room/actions.py), so
        # the busiest refreshes hold none of this process's GIL
        room = getattr(self.window(), "room", None)
        source: Callable[[str, list], DashboardView] | None = getattr(room, "figures_source",
                                                                       None)

        def work(_progress, _cancelled) -> tuple[DashboardData, float, DashboardRows]:
            started = time.perf_counter()
            view: DashboardView | None = None
            if source is not None:  # an open room computes them in its own process
                try:
                    view = source(workshop_id, framework.elements)
                except Exception:  # noqa: BLE001 - the room stopped: computed here instead
                    view = None
            if view is None:
                view = door.dashboard.figures(workshop_id, framework.elements)
            ms = (time.perf_counter() - started) * 1000
            return view.data, ms, shape(view.data, view.arrived, plurals)

        def done(result: tuple[DashboardData, float, DashboardRows]) -> None:
            data, ms, rows = result
            if request == self._request:  # an older refresh finishing late is dropped
                self.refresh_ms = ms
                self.show_data(data, framework, rows)

        Op(self, work).success(done).run()

    def _plurals(self) -> Plurals:
        """The phrases with a count the worker needs (see dashboard_rows.py: lupdate files
        their plural forms from `tr()` only); `tr` only reads the catalogues, on any thread."""
        return Plurals(
            parts=lambda n: self.tr("{0} of %n part(s)", "", n),
            scored=lambda n: self.tr("Delegation assessment: {0} of %n element(s) scored", "",
                                     n))

    # -- display ------------------------------------------------------------------------------
    #
    # A room of 60 phones refreshes this page once a second while it is shown: each refresh
    # changes a few rows ("Last change") and nothing else. So the page updates in place —
    # the same tree items and bars, only the cells whose texts changed, nothing at all
    # when nothing did — instead of clearing and rebuilding every row, bar and table cell
    # (which kept the UI thread busy 30-100 ms per refresh, with pyqtgraph re-adding items).
    # The texts themselves come shaped from the worker (dashboard_rows.py).

    def show_data(self, data: DashboardData, framework: Framework, rows: DashboardRows) -> None:
        """Show a refresh in three event-loop turns: the tree, then the chart, then the
        support table and the status, each painted before the next is filled.

        Why turns: a first fill done at once, with the repaint of the whole page it causes,
        held the UI thread ~100 ms on a loaded machine (bench/ui_latency_bench.py). `data`
        is set last, so once it is there everything on the page shows it. A newer refresh
        arriving meanwhile stops the older one's turns. Jobs run inline (`Op.synchronous`,
        in tests): so do the turns."""
        self._showing = showing = self._showing + 1
        steps = [lambda: self._fill_tree(rows.groups),
                 lambda: self._show_bars(data, framework),
                 lambda: self._show_rest(data, rows)]

        def next_turn() -> None:
            if showing != self._showing or not shiboken6.isValid(self):
                return  # a newer refresh took over, or the page is gone
            steps.pop(0)()
            if steps:  # a turn of its own (ui/staging.py), never after the page is gone
                in_a_later_turn(self, next_turn)

        if Op.synchronous:
            while steps:
                steps.pop(0)()
        else:
            next_turn()

    def _show_bars(self, data: DashboardData, framework: Framework) -> None:
        domains = [(d, framework.domain_names.get(d, d)) for d in data.domain_ids]
        self.bars.set_data(domains, [(d.label, [d.domain_scores.get(x) for x in data.domain_ids])
                                     for d in data.delegations])

    def _show_rest(self, data: DashboardData, rows: DashboardRows) -> None:
        if rows.support != self._support_shown:
            self._support_shown = rows.support
            self.support.set_rows(rows.support)
        self.support_summary.setText(rows.support_summary)
        self.status.setText(self.tr("Updated {0} ({1} ms)").format(
            clock(data.refreshed_at), number(round(self.refresh_ms))))
        self.data = data

    def _fill_tree(self, groups: tuple[Group, ...]) -> None:
        """Show `groups` in the tree: rows updated in place when the same people are listed
        in the same order, rebuilt only when someone was added, removed or moved."""
        layout = [(g.row.id, [m.id for m in g.members]) for g in groups]
        rebuilt = layout != self._tree_layout
        if rebuilt:
            changed: list[tuple[QTreeWidgetItem, Row]] = []
        else:
            changed = [(item, row) for item, row, shown in zip(
                self._items, _rows(groups), self._rows_shown, strict=True) if row != shown]
            if not changed:
                return  # the same texts: nothing to do (a room's save elsewhere, a Refresh)
        # A new tree, or most rows new: filled in one go, columns measured once at the end.
        # Otherwise a few cells change, and each repaints its own rectangle only (turning
        # updates off and on repainted the whole tree: ~20 ms for 70 rows); the columns are
        # still measured once at the end, not once per cell (60 "Last change" cells set with
        # the columns sized to their contents took 230 ms, 0.2 ms without).
        many = rebuilt or len(changed) > len(self._items) // 2
        with bulk_fill(self.tree) if many else contextlib.nullcontext():
            if rebuilt:
                self._build_tree(groups)
                self._tree_layout = layout
            for item, row in changed:
                _set_texts(item, row)
            self.tree.fit_columns()
        self._rows_shown = list(_rows(groups))

    def _build_tree(self, groups: tuple[Group, ...]) -> None:
        self.tree.clear()
        self._items = []
        for group in groups:
            top = QTreeWidgetItem(self.tree, list(group.row.texts))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if group.row.id:  # a delegation ("No delegation" has no id)
                top.setData(0, Qt.ItemDataRole.UserRole, group.row.id)
            _set_tips(top, group.row)
            self._items.append(top)
            for member in group.members:
                child = QTreeWidgetItem(top, list(member.texts))
                child.setData(0, Qt.ItemDataRole.UserRole, member.id)
                _set_tips(child, member)
                self._items.append(child)
            top.setExpanded(True)


def _rows(groups: tuple[Group, ...]) -> Iterator[Row]:
    """The tree's rows in the order of its items: each delegation, then its members."""
    for group in groups:
        yield group.row
        yield from group.members


class ProgressTree(QTreeWidget):
    """The progress tree: its columns after the first fit their contents (`fit_columns`).

    Why not `ResizeToContents`: the header then measured every cell of those columns
    through the delegate and the style sheet in a later turn of its own (8-14 ms of
    UI-thread CPU after each refresh of 200 participants, bench/ui_latency_bench.py), and
    the tree was painted once before and once after. The widest text of a column is found
    with the font's metrics instead; only its cell goes through the delegate, for the
    margins it adds, as `TextTable.fit` does."""

    FITTED = range(1, 6)

    def fit_columns(self) -> None:
        """Each column of `FITTED` as wide as its widest cell or its title."""
        self.ensurePolished()  # the style sheet's font (at once when polished)
        header = self.header()
        metrics = self.fontMetrics()
        # every item, delegations and their members (each row's text contains "")
        items = self.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
        if header.sectionSize(0) < header.sectionSizeHint(0):  # its title whole (200 % text);
            header.resizeSection(0, header.sectionSizeHint(0))  # never narrowed: names elide
        for column in self.FITTED:
            width = header.sectionSizeHint(column)
            if items:
                item_of = {item.text(column): item for item in items}  # each text once
                widest = item_of[max(item_of, key=metrics.horizontalAdvance)]
                width = max(width, self.sizeHintForIndex(self.indexFromItem(widest, column))
                            .width())
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_columns()  # a larger text size (Settings) or a new style: wider cells
            # and once more when the header and the items have the new font too (they may
            # hear of it after the tree does)
            QTimer.singleShot(0, self, self.fit_columns)


def _set_texts(item: QTreeWidgetItem, row: Row) -> None:
    """Set only the cells whose text changed (each setText repaints and re-measures)."""
    for column, text in enumerate(row.texts):
        if item.text(column) != text:
            item.setText(column, text)
    _set_tips(item, row)


def _set_tips(item: QTreeWidgetItem, row: Row) -> None:
    for column, tip in enumerate(row.tips):
        if item.toolTip(column) != tip:
            item.setToolTip(column, tip)


PAGE = DashboardPage
