"""Import participants from CSV: a preview that flags every bad row, column choosers, and
two ways in: the whole file (only when every row is good) or the valid rows with a list of
the others.

Why all or nothing stays the default: a silently skipped row is a participant without a plan
on day one. "Import the valid rows" is a separate, explicit button, and the rows it leaves out
are listed (row number and reason) so the facilitator can fix and import them later.
Column choosers: a header the app does not recognise ("Nom de famille", "Teléfono") can be
mapped to a field or ignored, instead of refusing the file.

The import is one operation of the door (`door.people.import_csv`): one transaction, all or
nothing, run off the UI thread with `run_op` so every page showing people hears of it once;
it can be undone as a whole (Edit › Undo Import participants).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.participants_csv import (
    COLUMNS,
    IGNORE,
    CsvPreview,
    CsvRefused,
    CsvRow,
    ImportResult,
    template_csv,
)
from pcsc_workshop.ui.accessibility import LabelledFields
from pcsc_workshop.ui.context import AppContext
from pcsc_workshop.ui.operations import run_op, run_read
from pcsc_workshop.ui.widgets.bulk_fill import bulk_fill
from pcsc_workshop.ui.wording import csv_problem, refusal

BAD_BACKGROUND = QColor("#fde2e4")
MAPPERS_PER_ROW = 4
SYNC_PREVIEW_BYTES = 32_000  # about 500 rows: checked on the UI thread in under 10 ms


class CsvImportDialog(LabelledFields, QDialog):
    """Shows the preview of `data` for the current workshop. Import is enabled only when the
    whole file is good; "Import the valid rows" when some rows are. `imported` holds the
    ImportResult after an import (its `skipped` lists the rows left out)."""

    def __init__(self, ctx: AppContext, data: bytes, file_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.data = ctx, data
        self.imported: ImportResult | None = None
        self.importing = False
        self.mapping: dict[int, str | None] = {}
        self.mappers: list[QComboBox] = []
        self.setWindowTitle(self.tr("Import participants: {0}").format(file_name)
                            if file_name else self.tr("Import participants"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.columns_box = QGroupBox(self.tr("Columns of the file"), self)
        self.columns_grid = QGridLayout(self.columns_box)
        self.table = QTableWidget(0, 10, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Problems"), self.tr("Status"), self.tr("Name"),
            self.tr("Organisation"), self.tr("Role"), self.tr("Country"), self.tr("City"),
            self.tr("Email"), self.tr("Named in reports")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.template_button = QPushButton(self.tr("Save a &template…"), self)
        self.template_button.setToolTip(self.tr("A CSV file with the expected columns and one "
                                                "example row, to fill in a spreadsheet"))
        self.buttons.addButton(self.template_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.template_button.clicked.connect(lambda: self.save_template())
        self.valid_button = QPushButton(self.tr("Import the &valid rows"), self)
        self.buttons.addButton(self.valid_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.valid_button.clicked.connect(lambda: self.do_import(skip_bad=True))
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(lambda: self.do_import())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.columns_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(1040, 600)
        self.refresh()

    @classmethod
    def from_file(cls, ctx: AppContext, path: Path, parent: QWidget | None = None) -> CsvImportDialog:
        return cls(ctx, Path(path).read_bytes(), Path(path).name, parent)

    # -- column choosers ----------------------------------------------------------------------
    def _field_names(self) -> dict[str, str]:
        return {"name": self.tr("Name"), "organisation": self.tr("Organisation"),
                "role": self.tr("Role"), "country": self.tr("Country"), "city": self.tr("City"),
                "email": self.tr("Email"), "consent": self.tr("Named in reports")}

    def _build_mappers(self, preview: CsvPreview) -> None:
        if self.mappers or not preview.header:
            return
        names = self._field_names()
        for index, header in enumerate(preview.header):
            label = QLabel(header or self.tr("(no header)"), self.columns_box)
            label.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox(self.columns_box)
            combo.addItem(self.tr("(ignore this column)"), IGNORE)
            for column in COLUMNS:
                combo.addItem(names[column], column)
            chosen = preview.columns[index] if index < len(preview.columns) else None
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            if chosen is None and header.strip():
                combo.setCurrentIndex(-1)  # unknown: the user must choose
                combo.setPlaceholderText(self.tr("choose…"))
            combo.setAccessibleName(self.tr("Column “{0}” is").format(header))
            label.setBuddy(combo)
            combo.activated.connect(lambda _i, n=index: self._mapped(n))
            row, col = divmod(index, MAPPERS_PER_ROW)
            self.columns_grid.addWidget(label, row * 2, col)
            self.columns_grid.addWidget(combo, row * 2 + 1, col)
            self.mappers.append(combo)

    def _mapped(self, index: int) -> None:
        combo = self.mappers[index]
        self.mapping[index] = combo.currentData()
        self.refresh()

    def map_column(self, index: int, column: str | None) -> None:
        """Choose what file column `index` holds (a field of COLUMNS, or IGNORE)."""
        combo = self.mappers[index]
        combo.setCurrentIndex(combo.findData(column if column else IGNORE))
        self._mapped(index)

    # -- preview ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Check the file again (with the current column choices).

        A usual list (a few hundred rows) is checked at once (~6 ms for 200 rows); a big file
        (5,000 rows: ~150 ms) is checked on a worker so the window keeps responding."""
        workshop_id = self.ctx.workshop_id or ""
        data, mapping = self.data, dict(self.mapping) or None
        if len(data) <= SYNC_PREVIEW_BYTES:
            self._previewed(self.ctx.door.people.preview_csv(workshop_id, data, mapping))
            return
        self.summary.setText(self.tr("Checking the file…"))
        self.import_button.setEnabled(False)
        self.valid_button.setEnabled(False)
        run_read(self, self.ctx, lambda door: door.people.preview_csv(workshop_id, data,
                                                                      mapping),
                 done=self._previewed)

    def _previewed(self, preview: CsvPreview) -> None:
        self.preview = preview
        self._build_mappers(preview)
        self._show(preview)

    def _status(self, row: CsvRow) -> str:
        if row.status == "existing":
            return self.tr("already registered: skipped")
        if row.problems:
            return self.tr("not imported")
        return self.tr("new, new delegation") if row.new_delegation else self.tr("new")

    def _show(self, preview: CsvPreview) -> None:
        yes, no = self.tr("yes"), self.tr("no")
        with bulk_fill(self.table):
            self.table.setRowCount(len(preview.rows))
            for r, row in enumerate(preview.rows):
                problems = "; ".join(csv_problem(p) for p in row.problems)
                cells = [str(row.row), problems, self._status(row), row.name, row.organisation,
                         row.role, row.country, row.city, row.email or "",
                         yes if row.consent else no]
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if row.problems:
                        item.setBackground(QBrush(BAD_BACKGROUND))
                        if c == 1:
                            font = item.font()
                            font.setBold(True)
                            item.setFont(font)
                    item.setToolTip(text)
                    self.table.setItem(r, c, item)
        bad = preview.bad_rows
        new = sum(1 for r in preview.rows if r.status == "new" and r.ok)
        existing = sum(1 for r in preview.rows if r.status == "existing")
        if preview.file_problems:
            text = self.tr("This file cannot be imported: {0}.").format(
                "; ".join(csv_problem(p) for p in preview.file_problems))
            if any(p.code == "unknown-column" for p in preview.file_problems):
                text += " " + self.tr("Choose what each column holds below, or ignore it.")
        elif bad:
            text = self.tr("{0} of %n row(s) have problems (rows {1}). Fix the file and open "
                           "it again, or import the valid rows now ({2}) and the others later.",
                           "", len(preview.rows)).format(len(bad),
                                    ", ".join(str(r.row) for r in bad[:12])
                                    + ("…" if len(bad) > 12 else ""), new)
        else:
            text = self.tr("{0}, {1}, {2}.").format(
                self.tr("%n participant(s) to import", "", new),
                self.tr("%n already registered", "", existing),
                self.tr("%n new delegation(s)", "", len(preview.new_delegations())))
        self.summary.setText(text)
        self.summary.setStyleSheet("" if preview.ok else "color: #b00020; font-weight: 600;")
        self.import_button.setEnabled(preview.ok and new > 0)
        self.valid_button.setVisible(bool(bad))
        self.valid_button.setEnabled(bool(bad) and preview.can_import_valid_rows)
        self.columns_box.setVisible(bool(self.mappers))

    # -- actions ------------------------------------------------------------------------------
    def do_import(self, skip_bad: bool = False) -> None:
        """Import off the UI thread; the dialog closes when it is stored. A file the database
        no longer accepts (it changed since the preview) is shown again with its problems,
        and nothing is imported."""
        if self.importing:
            return
        self.importing = True
        self.import_button.setEnabled(False)
        self.valid_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        workshop_id, data = self.ctx.workshop_id or "", self.data
        mapping, label = dict(self.mapping) or None, self.tr("Import participants")
        # origin: the editor that opened the dialog (see people_dialogs.py)
        run_op(self.parentWidget() or self, self.ctx, lambda door: door.people.import_csv(
            workshop_id, data, mapping, skip_bad=skip_bad, label=label),
            done=self._imported, failed=self._refused)

    def _imported(self, result: ImportResult) -> None:
        self.importing = False
        self.imported = result
        if result.skipped and self.isVisible():
            self._tell_skipped(result)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.importing = False
        if isinstance(exc, CsvRefused):  # the database changed since the preview
            self.preview = exc.preview
            self._show(exc.preview)
            return
        self._show(self.preview)  # a busy or full disk: nothing imported, said, can retry
        self.summary.setText(self.tr("Nothing was imported: {0}").format(refusal(exc)))
        self.summary.setStyleSheet("color: #b00020; font-weight: 600;")

    def skipped_text(self, result: ImportResult) -> str:
        """One line per row left out: its number and why (shown after "Import the valid rows")."""
        return "\n".join(self.tr("Row {0}: {1}").format(
            row.row, "; ".join(csv_problem(p) for p in row.problems)) for row in result.skipped)

    def _tell_skipped(self, result: ImportResult) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import participants"),
                          self.tr("Participants imported: {0}.").format(
                              self.locale().toString(result.participants)),
                          parent=self)
        box.setInformativeText(self.tr("Rows not imported: {0}. Fix them in the file and "
                                       "import it again (rows already imported are skipped)."
                                       ).format(self.locale().toString(len(result.skipped))))
        box.setDetailedText(self.skipped_text(result))
        box.exec()

    def save_template(self, path: Path | None = None) -> Path | None:
        """Write a CSV template with this window's language for the headers."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save a template"), str(Path.home() / self.tr("participants.csv")),
                self.tr("CSV files (*.csv)"))
            if not chosen:
                return None
            path = Path(chosen)
        language = self.locale().name().split("_")[0]
        try:
            path.write_text(template_csv(language), encoding="utf-8", newline="")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save a template"), str(exc))
            return None
        return path
