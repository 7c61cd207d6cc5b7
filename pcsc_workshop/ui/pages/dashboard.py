"""Facilitator dashboard: who has done what, delegations compared, who asks whom for what.

The figures come from the core's `workshop_dashboard` (a handful of queries), computed on a
worker thread through `Op` so that the page never blocks while files arrive. The "Collected"
column shows, from the exchange core, when each participant's last file arrived and the plan
revision it held (per delegation: how many members' files came in).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.dashboard import DashboardData
from pcsc_workshop.core.framework import load_framework
from pcsc_workshop.ui.display import clock, date_time, number, score
from pcsc_workshop.ui.exchange.collection import fill_collected_column
from pcsc_workshop.ui.pages.base import Page
from pcsc_workshop.ui.widgets.bulk_fill import bulk_fill
from pcsc_workshop.ui.widgets.domain_bars import DomainBars
from pcsc_workshop.ui.wording import support_kind
from pcsc_workshop.ui.workers import Op

if TYPE_CHECKING:
    from pcsc_workshop.ui.context import AppContext

DASH = "—"


# How long the page must stay shown before it refreshes by itself (see `ensure_loaded`).
AUTO_REFRESH_DELAY_MS = 150


class DashboardPage(Page):
    NAME = "dashboard"
    SHOWS = frozenset({"delegations", "participants", "plans", "assessments", "checks", "polls"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: DashboardData | None = None
        self._auto_refresh = QTimer(self)
        self._auto_refresh.setSingleShot(True)
        self._auto_refresh.setInterval(AUTO_REFRESH_DELAY_MS)
        self._auto_refresh.timeout.connect(self._auto_refresh_due)
        self.refresh_ms = 0.0
        self.status = QLabel(self)
        self.status.setProperty("role", "subtle")
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.load)
        heading = QLabel(self.tr("Facilitator dashboard"), self)
        heading.setProperty("role", "heading")

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels([
            self.tr("Delegation / participant"), self.tr("Assessment"), self.tr("Plan"),
            self.tr("Plan quality"), self.tr("Last change"), self.tr("Collected")])
        self.tree.headerItem().setToolTip(5, self.tr(
            "When their last plan bundle arrived and which plan revision it held."))
        self.tree.setAccessibleName(self.tr("Progress by delegation and participant"))
        self.tree.header().resizeSection(0, 200)
        for column in range(1, 6):
            self.tree.header().setSectionResizeMode(column,
                                                    QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAlternatingRowColors(True)
        # every row is one line: without this, each changed cell made the tree measure its
        # whole row again through the style sheet (~0.2 ms a cell, 60 cells a refresh)
        self.tree.setUniformRowHeights(True)
        # Columns fit the first 100 rows rather than every row: the figures are all about the
        # same width ("17 of 21", dates), and a refresh need not measure 200+ rows.
        self.tree.header().setResizeContentsPrecision(100)
        self.bars = DomainBars(self)
        self.support = QTableWidget(0, 4, self)
        self.support.setHorizontalHeaderLabels([self.tr("Who asks"), self.tr("From whom"),
                                                self.tr("Kind of support"), self.tr("What")])
        self.support.verticalHeader().setVisible(False)
        self.support.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # "What" is the point of the table: it takes the spare width, while "Who asks" keeps
        # a fixed width instead of pushing it out of sight behind a scroll bar (long cells
        # are elided; each cell's tooltip holds its whole text).
        header = self.support.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 150)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(100)
        self.support.setAccessibleName(self.tr("Desired future support"))
        self.support_summary = QLabel(self)
        self.support_summary.setWordWrap(True)

        chart_box = QGroupBox(self.tr("Domain scores by delegation"), self)
        QVBoxLayout(chart_box).addWidget(self.bars)
        support_box = QGroupBox(self.tr("Desired future support: who asks whom for what"), self)
        s = QVBoxLayout(support_box)
        s.addWidget(self.support_summary)
        s.addWidget(self.support, 1)
        # Progress table across the top (all six columns visible), charts and support below.
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(chart_box)
        bottom.addWidget(support_box)
        bottom.setSizes([560, 540])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(bottom)
        splitter.setSizes([380, 420])
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.status)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def ensure_loaded(self) -> None:
        """Refresh a moment after the page is shown, and only if it still is.

        The computation takes 35-70 ms of Python on a worker with 200 participants; while it
        runs, the UI thread shares the GIL with it. A facilitator clicking through the
        sidebar would otherwise start it on the way past and make the next page's first
        paint twice as slow. The Refresh button (`load`) still refreshes at once.
        """
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
        """Compute the dashboard on a worker; fill the page when it is ready."""
        workshop_id = self.ctx.workshop_id
        if not workshop_id:
            return
        framework = load_framework(self.ctx.curriculum)
        door = self.ctx.door
        self.status.setText(self.tr("Refreshing…"))
        self._request = request = getattr(self, "_request", 0) + 1

        # while the room is open its process computes the figures (ui/room/actions.py), so
        # the busiest refreshes hold none of this process's GIL
        room = getattr(self.window(), "room", None)
        source: Callable[[str, list], object] | None = getattr(room, "figures_source", None)

        def work(_progress, _cancelled):
            started = time.perf_counter()
            view = None
            if source is not None:  # an open room computes them in its own process
                try:
                    view = source(workshop_id, framework.elements)
                except Exception:  # noqa: BLE001 - the room stopped: computed here instead
                    view = None
            if view is None:
                view = door.dashboard.figures(workshop_id, framework.elements)
            return view.data, (time.perf_counter() - started) * 1000, list(view.arrived)

        def done(result) -> None:
            data, ms, arrived = result
            if request == self._request:  # an older refresh finishing late is dropped
                self.refresh_ms = ms
                self.arrived = arrived
                self.show_data(data, framework)

        Op(self, work).success(done).run()

    # -- display ------------------------------------------------------------------------------
    #
    # A room of 60 phones refreshes this page once a second while it is shown: each refresh
    # changes a few rows ("Last change") and nothing else. So the page updates in place —
    # the same tree items and bars, only the cells whose figures changed, nothing at all
    # when nothing did — instead of clearing and rebuilding every row, bar and table cell
    # (which kept the UI thread busy 30-100 ms per refresh, with pyqtgraph re-adding items).

    def show_data(self, data: DashboardData, framework) -> None:
        last, self.data = self.data, data
        arrived = list(getattr(self, "arrived", []))
        same_rows = (last is not None and last.delegations == data.delegations
                     and last.participants == data.participants)
        if not (same_rows and arrived == getattr(self, "_collected_shown", None)):
            self._fill_tree(data, arrived)
        domains = [(d, framework.domain_names.get(d, d)) for d in data.domain_ids]
        self.bars.set_data(domains, [(d.label, [d.domain_scores.get(x) for x in data.domain_ids])
                                     for d in data.delegations])
        if last is None or last.support != data.support:
            with bulk_fill(self.support):
                self._show_support(data)
        self.status.setText(self.tr("Updated {0} ({1} ms)").format(
            clock(data.refreshed_at), number(round(self.refresh_ms))))

    def _fill_tree(self, data: DashboardData, arrived: list | None = None) -> None:
        """Show `data` in the tree: rows updated in place when the same people are listed
        in the same order, rebuilt only when someone was added, removed or moved."""
        members: dict[str, list] = {}
        for p in data.participants:
            members.setdefault(p.delegation_id or "", []).append(p)
        layout = ([(d.id, [p.id for p in members.get(d.id, [])]) for d in data.delegations],
                  [p.id for p in members.get("", [])])
        self._when_cache: dict[object, str] = {}  # one formatting per distinct time
        arrived = list(arrived if arrived is not None else getattr(self, "arrived", []))
        rebuilt = layout != getattr(self, "_tree_layout", None)
        # A new tree, or new arrivals for every row: filled in one go, columns measured once
        # at the end. Otherwise a few cells change, and each repaints its own rectangle only
        # (turning updates off and on repainted the whole tree: ~20 ms for 70 rows); the
        # columns are still measured once at the end, not once per cell (60 "Last change"
        # cells set with the columns sized to their contents took 230 ms, 0.2 ms without).
        many = rebuilt or arrived != getattr(self, "_collected_shown", None)
        with bulk_fill(self.tree) if many else _columns_sized_once(self.tree):
            if rebuilt:
                self._build_tree(data, members)
                self._tree_layout = layout
            self._show_rows(data, members, arrived, rebuilt)

    def _show_rows(self, data: DashboardData, members: dict[str, list], arrived: list,
                   rebuilt: bool) -> None:
        # "Collected" of whoever has sent files is filled by the exchange view's helper,
        # and only when those arrivals changed (a browser's save does not change them)
        self._collected_owner = {s.participant_id for s in arrived}
        for d in data.delegations:
            top = self._items[d.id]
            self._show_delegation(top, d, any(
                p.id in self._collected_owner for p in members.get(d.id, [])))
            for p in members.get(d.id, []):
                self._show_participant(self._items[p.id], p, d)
        for p in members.get("", []):
            self._show_participant(self._items[p.id], p, None)
        if rebuilt or arrived != getattr(self, "_collected_shown", None):
            fill_collected_column(self.tree, arrived, 5)
            self._collected_shown = arrived

    def _build_tree(self, data: DashboardData, members: dict[str, list]) -> None:
        self.tree.clear()
        self._items: dict[str, QTreeWidgetItem] = {}
        self._shown: dict[str, object] = {}  # per row, the figures its cells show
        for d in data.delegations:
            top = QTreeWidgetItem(self.tree)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setData(0, Qt.ItemDataRole.UserRole, d.id)
            self._items[d.id] = top
            for p in members.get(d.id, []):
                child = QTreeWidgetItem(top)
                child.setData(0, Qt.ItemDataRole.UserRole, p.id)
                self._items[p.id] = child
            top.setExpanded(True)
        loose = members.get("", [])
        if loose:
            top = QTreeWidgetItem(self.tree, [self.tr("No delegation")])
            for p in loose:
                child = QTreeWidgetItem(top)
                child.setData(0, Qt.ItemDataRole.UserRole, p.id)
                self._items[p.id] = child
            top.setExpanded(True)

    def _show_delegation(self, top: QTreeWidgetItem, d, collected_elsewhere: bool) -> None:
        shown = (d.label, d.assessment, d.plan, d.quality, d.last_change, d.collected)
        if self._shown.get(d.id) == shown:
            return
        self._shown[d.id] = shown
        cells = self._cells(*shown)
        _set_texts(top, cells[:5] if collected_elsewhere else cells)
        top.setToolTip(1, self.tr("Delegation assessment: {0} of %n element(s) scored", "",
                                  d.assessment.total).format(d.assessment.scored))
        if not collected_elsewhere:
            top.setToolTip(5, self.tr("Not known yet: filled in once files are exchanged")
                           if d.collected is None else "")

    def _show_participant(self, child: QTreeWidgetItem, p, d) -> None:
        shown = (p.name, p.assessment, p.plan, p.quality, p.last_change, p.collected,
                 d.assessment if d is not None else None)
        if self._shown.get(p.id) == shown:
            return
        self._shown[p.id] = shown
        cells = self._cells(*shown[:6])
        if d is not None and p.assessment.scored == 0:
            # they score with the delegation: "0 of 21" said they had done nothing
            cells[1] = self.tr("with the delegation")
            child.setToolTip(1, self.tr(
                "Scores with the delegation (its assessment: {0} of {1} elements); "
                "no assessment of their own").format(d.assessment.scored, d.assessment.total))
        elif d is not None:
            child.setToolTip(1, self.tr("Own assessment (most score with the delegation)"))
        if p.id in self._collected_owner:
            _set_texts(child, cells[:5])
        else:
            _set_texts(child, cells)
            child.setToolTip(5, self.tr("Not known yet: filled in once files are exchanged")
                             if p.collected is None else "")

    def _cells(self, name, assessment, plan, quality, last_change, collected) -> list[str]:
        return [
            name or self.tr("(no name)"),
            self.tr("{0} of {1}").format(assessment.scored, assessment.total),
            self.tr("{0} of %n part(s)", "", plan.total).format(plan.filled),
            score(quality),  # "83 / 100", left to right in Arabic too
            self._when(last_change),  # the locale's month names and order, local time
            DASH if collected is None else (self.tr("yes") if collected else self.tr("no")),
        ]

    def _when(self, moment) -> str:
        """The last change in the UI language's date and time (not strftime's English);
        each distinct time is formatted once per refresh."""
        if moment is None:
            return DASH
        cache = getattr(self, "_when_cache", None)
        if cache is None:
            cache = self._when_cache = {}
        text = cache.get(moment)
        if text is None:
            from datetime import UTC

            # stored as UTC (core/models.py utcnow), shown in the laptop's own time
            aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
            text = cache[moment] = date_time(aware.astimezone().replace(tzinfo=None), DASH)
        return text

    def _show_support(self, data: DashboardData) -> None:
        summary = data.support
        self.support.setRowCount(len(summary.asks))
        for r, ask in enumerate(summary.asks):
            who = ask.owner_name if ask.owner_kind == "participant" else self.tr(
                "{0} (delegation)").format(ask.delegation_label)
            if ask.owner_kind == "participant" and ask.delegation_label:
                who += f" — {ask.delegation_label}"
            kind = support_kind(ask.kind) if ask.kind else DASH
            for c, text in enumerate((who, ask.provider or DASH, kind, ask.detail)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.support.setItem(r, c, item)
        by_provider: dict[str, int] = {}
        for (provider, _kind), count in summary.counts.items():
            by_provider[provider] = by_provider.get(provider, 0) + count
        parts = [self.tr("{0}: {1}").format(p or self.tr("(no one named)"), by_provider.get(p, 0))
                 for p in summary.providers]
        self.support_summary.setText(
            self.tr("Requests by provider — {0}").format("; ".join(parts)) if parts
            else self.tr("No support requests yet."))


@contextlib.contextmanager
def _columns_sized_once(tree: QTreeWidget) -> Iterator[None]:
    """Columns keep their width while cells change, then fit their contents once."""
    header = tree.header()
    modes = [header.sectionResizeMode(c) for c in range(header.count())]
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    try:
        yield
    finally:
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)


def _set_texts(item: QTreeWidgetItem, cells: list[str]) -> None:
    """Set only the cells whose text changed (each setText repaints and re-measures)."""
    for column, text in enumerate(cells):
        if item.text(column) != text:
            item.setText(column, text)


PAGE = DashboardPage
