"""Collection status: per participant, when their last file arrived and which revision it held.

`CollectionView` is a plain widget so that the dashboard can embed it or take its texts
(`collected_text`, `collected_tip`, `members_collected`: widget-free, so the dashboard shapes
its "Collected" column on a worker); `CollectionDialog` shows it on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.ui.accessibility import LabelledFields
from pcsc_workshop.ui.exchange.words import local_time
from pcsc_workshop.ui.operations import run_read
from pcsc_workshop.ui.widgets.bulk_fill import bulk_fill
from pcsc_workshop.ui.workers import Op

if TYPE_CHECKING:
    from pcsc_workshop.ui.context import AppContext


def collected_text(status) -> str:
    """"14:05 · revision 7" for a `ParticipantStatus`, or "not yet" (dashboard cell text)."""
    translate = QCoreApplication.translate  # this name: lupdate reads the context
    if status.last_arrived_at is None:
        return translate("Exchange", "not yet")
    text = translate("Exchange", "{0} \u00b7 revision {1}").format(
        local_time(status.last_arrived_at), status.plan_revision)
    if status.open_conflicts:
        text += translate("Exchange", " \u00b7 conflicts: {0}").format(status.open_conflicts)
    return text


class CollectionView(QWidget):
    """A table of `participant_status` for the current workshop."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Collection summary"))
        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(self.tr("Plans collected per participant"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Participant"), self.tr("Delegation"), self.tr("Last file arrived"),
            self.tr("Plan revision"), self.tr("Files"), self.tr("Open conflicts")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.statuses: list = []

    def load(self) -> Op:
        """Read the status on a worker (it walks every file that came in), then fill."""
        workshop_id = self.ctx.workshop_id
        return run_read(self, self.ctx,
                        lambda door: door.exchange.participant_status(workshop_id)
                        if workshop_id else [], done=self._fill)

    def _fill(self, statuses: list) -> None:
        self.statuses = statuses
        with bulk_fill(self.table):
            self.table.setRowCount(len(self.statuses))
            for row, s in enumerate(self.statuses):
                arrived = (self.tr("{0} ({1})").format(local_time(s.last_arrived_at), s.last_file_name)
                           if s.last_arrived_at else self.tr("not yet"))
                cells = [s.name, s.delegation_label, arrived,
                         str(s.plan_revision) if s.files_received else "", str(s.files_received),
                         str(s.open_conflicts) if s.open_conflicts else ""]
                for col, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, s.participant_id)
                    self.table.setItem(row, col, item)
        got = sum(1 for s in self.statuses if s.files_received)
        self.summary.setText(self.tr("Plans received from {0} of %n participant(s).", "",
                                     len(self.statuses)).format(got))

    def row_for(self, participant_id: str) -> list[str]:
        for row, s in enumerate(self.statuses):
            if s.participant_id == participant_id:
                cells = [self.table.item(row, c) for c in range(self.table.columnCount())]
                return [cell.text() if cell is not None else "" for cell in cells]
        raise KeyError(participant_id)


class CollectionDialog(LabelledFields, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Collected plans"))
        self.setAccessibleName(self.tr("Collected plans"))
        self.resize(900, 480)
        self.view = CollectionView(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.load()


def collected_tip(status) -> str:
    """The tooltip of a participant's "Collected" cell on the dashboard."""
    translate = QCoreApplication.translate  # this name: lupdate reads the context
    if status.files_received:
        return translate("Exchange", "Last file: {0} (files received: {1})").format(
            status.last_file_name, status.files_received)
    return translate("Exchange", "No plan bundle from this participant yet")


def members_collected(statuses: list) -> tuple[str, str]:
    """A delegation's "Collected" cell and its tooltip: how many of its members' files came
    in ("1 of 3"), from the `participant_status` of those members."""
    translate = QCoreApplication.translate
    got = sum(1 for s in statuses if s.files_received)
    return (translate("Exchange", "{0} of {1}").format(got, len(statuses)),
            translate("Exchange", "Members whose plan bundle came in"))
