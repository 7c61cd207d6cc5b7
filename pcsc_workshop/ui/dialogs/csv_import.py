"""Import participants from CSV: a preview that flags every bad row and refuses to import
while any row is bad (the core refuses too: all or nothing).

Why refuse instead of importing the good rows: a silently skipped row is a participant
without a plan on day one. The facilitator fixes the file and opens it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.participants_csv import (
    CsvPreview,
    CsvRefused,
    ImportResult,
    import_participants_csv,
    preview_participants_csv,
)
from pcsc_workshop.ui.accessibility import LabelledFields
from pcsc_workshop.ui.widgets.bulk_fill import bulk_fill
from pcsc_workshop.ui.wording import csv_problem

BAD_BACKGROUND = QColor("#fde2e4")


class CsvImportDialog(LabelledFields, QDialog):
    """Shows the preview of `data` for the current workshop; Import is enabled only when the
    whole file is good. `result` holds the ImportResult after a successful import."""

    def __init__(self, ctx, data: bytes, file_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.data = ctx, data
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import participants: {0}").format(file_name)
                            if file_name else self.tr("Import participants"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.table = QTableWidget(0, 9, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Problems"), self.tr("Name"), self.tr("Organisation"),
            self.tr("Role"), self.tr("Country"), self.tr("City"), self.tr("Email"),
            self.tr("Named in reports")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 520)
        self.refresh()

    @classmethod
    def from_file(cls, ctx, path: Path, parent: QWidget | None = None) -> CsvImportDialog:
        return cls(ctx, Path(path).read_bytes(), Path(path).name, parent)

    def refresh(self) -> None:
        with self.ctx.store.session() as session:
            self.preview = preview_participants_csv(session, self.ctx.workshop_id, self.data)
        self._show(self.preview)

    def _show(self, preview: CsvPreview) -> None:
        yes, no = self.tr("yes"), self.tr("no")
        with bulk_fill(self.table):
            self.table.setRowCount(len(preview.rows))
            for r, row in enumerate(preview.rows):
                if row.problems:
                    problems = "; ".join(csv_problem(p) for p in row.problems)
                elif row.status == "existing":
                    problems = self.tr("already registered: skipped")
                else:
                    problems = self.tr("new delegation") if row.new_delegation else ""
                cells = [str(row.row), problems, row.name, row.organisation, row.role, row.country,
                         row.city, row.email or "", yes if row.consent else no]
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if row.problems:
                        item.setBackground(QBrush(BAD_BACKGROUND))
                        if c == 1:
                            font = item.font()
                            font.setBold(True)
                            item.setFont(font)
                    item.setToolTip(problems if c == 1 else text)
                    self.table.setItem(r, c, item)
        bad = preview.bad_rows
        new = sum(1 for r in preview.rows if r.status == "new" and r.ok)
        existing = sum(1 for r in preview.rows if r.status == "existing")
        if preview.file_problems:
            text = self.tr("This file cannot be imported: {0}.").format(
                "; ".join(csv_problem(p) for p in preview.file_problems))
        elif bad:
            text = self.tr("{0} of %n row(s) have problems (rows {1}). Nothing will be "
                           "imported until the file is fixed: correct it and open it again.",
                           "", len(preview.rows)).format(len(bad),
                                    ", ".join(str(r.row) for r in bad[:12])
                                    + ("…" if len(bad) > 12 else ""))
        else:
            text = self.tr("{0}, {1}, {2}.").format(
                self.tr("%n participant(s) to import", "", new),
                self.tr("%n already registered", "", existing),
                self.tr("%n new delegation(s)", "", len(preview.new_delegations())))
        self.summary.setText(text)
        self.summary.setStyleSheet("" if preview.ok else "color: #b00020; font-weight: 600;")
        self.import_button.setEnabled(preview.ok and new > 0)

    def do_import(self) -> None:
        try:
            with self.ctx.store.session() as session:
                self.result = import_participants_csv(session, self.ctx.workshop_id, self.data)
        except CsvRefused as exc:  # the database changed since the preview
            self._show(exc.preview)
            return
        self.ctx.changes.changed.emit("participants", self.ctx.workshop_id or "", self)
        self.accept()
