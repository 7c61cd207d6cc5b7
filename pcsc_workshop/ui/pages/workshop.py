"""Workshop page: what the workshop is, its agenda, its delegations and participants."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from pcsc_workshop.core.models import AgendaItem
from pcsc_workshop.core.workshops import get_workshop, list_participants
from pcsc_workshop.ui.pages.base import Page


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)
    return table


class WorkshopPage(Page):
    NAME = "workshop"
    ORDER = 20

    def title(self) -> str:
        return self.tr("Workshop")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.agenda = _table(self, [self.tr("Day"), self.tr("Time"), self.tr("Minutes"),
                                    self.tr("Kind"), self.tr("Session")], self.tr("Agenda"))
        self.people = _table(self, [self.tr("Name"), self.tr("Delegation"),
                                    self.tr("Organisation"), self.tr("Role"),
                                    self.tr("Named in reports")], self.tr("Participants"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for title, table in ((self.tr("Agenda"), self.agenda),
                             (self.tr("Delegations and participants"), self.people)):
            box = QGroupBox(title, splitter)
            QVBoxLayout(box).addWidget(table)
            splitter.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(splitter, 1)

    def load(self) -> None:
        if not self.ctx.workshop_id:
            return
        with self.ctx.store.session() as session:
            w = get_workshop(session, self.ctx.workshop_id)
            title, organisers, venue = w.title, w.organisers, w.venue
            dates = (f"{w.start_date:%d %b %Y} – {w.end_date:%d %b %Y}"
                     if w.start_date and w.end_date else "")
            agenda = session.scalars(
                select(AgendaItem)
                .where(AgendaItem.workshop_id == w.id, AgendaItem.deleted.is_(False))
                .order_by(AgendaItem.day, AgendaItem.position)
            ).all()
            rows = [(str(a.day), a.start_time, str(a.duration_min), a.kind, a.title)
                    for a in agenda]
            people = list_participants(session, w.id)
        self.heading.setText(title)
        self.details.setText(self.tr("{0}<br>{1}<br>Organised by {2}").format(
            dates, venue, organisers))
        self._fill(self.agenda, rows)
        yes, no = self.tr("yes"), self.tr("no")
        self._fill(self.people, [(p.name, p.delegation_label, p.organisation, p.role,
                                  yes if p.consent else no) for p in people])

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))


PAGE = WorkshopPage
