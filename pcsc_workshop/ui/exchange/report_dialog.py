"""The import report: per file, came in / already there / refused and why, and the totals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.ui.accessibility import LabelledFields
from pcsc_workshop.ui.exchange.common import refusal_text
from pcsc_workshop.ui.typed_qt import top_items

COL_FILE, COL_OUTCOME, COL_FROM, COL_DETAIL = range(4)


class ImportReportDialog(LabelledFields, QDialog):
    """Shows one core `ImportReport`; `set_report` replaces it (the drop-folder watcher's
    report grows as files arrive)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.setAccessibleName(self.tr("Import report"))
        self.resize(860, 420)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.files = QTreeWidget(self)
        self.files.setAccessibleName(self.tr("Imported files"))
        self.files.setRootIsDecorated(False)
        self.files.setWordWrap(True)
        self.files.setHeaderLabels([self.tr("File"), self.tr("Outcome"), self.tr("From"),
                                    self.tr("Details")])
        header = self.files.header()
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.files, 1)
        layout.addWidget(buttons)

    def set_report(self, report, stopped_early: bool = False) -> None:
        from pcsc_workshop.core.exchange.importer import ACCEPTED, ALREADY_PRESENT, HELD

        self.files.clear()
        for f in report.files:
            if f.status == ACCEPTED:
                outcome = self.tr("Came in")
                parts = [self.tr("new records: {0}, updated: {1}").format(f.new, f.updated)]
                if f.conflicts:
                    parts.append(self.tr("conflicts to resolve: {0}").format(f.conflicts))
                if f.plan_revision:
                    parts.append(self.tr("plan revision {0}").format(f.plan_revision))
                # the separator is the language's own (Arabic: "،")
                detail, colour = self.tr(", ", "between the details of one file").join(parts), None
            elif f.status == HELD:
                outcome, colour = self.tr("Kept aside"), QColor("#8a5300")
                detail = refusal_text(f.code, f.reason)
            elif f.status == ALREADY_PRESENT:
                outcome, colour = self.tr("Already there"), None
                detail = f.reason or self.tr("This file was imported before.")
            else:
                outcome, colour = self.tr("Refused"), QColor("#b3261e")
                detail = refusal_text(f.code, f.reason)
            item = QTreeWidgetItem(self.files, [f.file_name, outcome, f.participant_name, detail])
            item.setToolTip(COL_FILE, str(f.path))
            item.setToolTip(COL_DETAIL, detail)
            item.setData(COL_FILE, Qt.ItemDataRole.UserRole, f.status)
            if colour is not None:
                item.setForeground(COL_OUTCOME, QBrush(colour))
        for col in (COL_FILE, COL_OUTCOME, COL_FROM):
            self.files.resizeColumnToContents(col)
            self.files.setColumnWidth(col, min(self.files.columnWidth(col), 320))
        lines = [self.tr("Files \u2014 came in: {0}, already there: {1}, refused: {2}.").format(
            len(report.accepted), len(report.already_present), len(report.refused)),
            self.tr("Records \u2014 new: {0}, updated: {1}, in conflict: {2}.").format(
                report.total("new"), report.total("updated"), report.total("conflicts"))]
        if report.total("conflicts"):
            lines.append(self.tr("Resolve the conflicts with File \u2192 Conflicts\u2026"))
        if report.held:
            lines.append(self.tr("Plans kept aside (from a laptop not seen before for their "
                                 "participant): {0}. Decide with File \u2192 Plans from new "
                                 "laptops\u2026").format(len(report.held)))
        if report.refused:
            lines.append(self.tr("Refused files changed nothing in your data."))
        if stopped_early:
            lines.append(self.tr("Stopped before the end: the remaining files were not read."))
        self.summary.setText("\n".join(lines))
        # A wrapped label does not grow by itself once the dialog is laid out: give it the
        # height its lines need, or the first ones are cut off when more are added.
        width = max(self.summary.width(), self.width() - 40)
        self.summary.setMinimumHeight(self.summary.heightForWidth(width))
        layout = self.layout()
        if layout is not None:
            layout.activate()

    def rows(self) -> list[tuple[str, str, str, str]]:
        """The table as text (tests and screen readers' users read the same)."""
        return [(item.text(0), item.text(1), item.text(2), item.text(3))
                for item in top_items(self.files)]
