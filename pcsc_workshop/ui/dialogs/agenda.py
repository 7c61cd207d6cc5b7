"""A session's details (time, duration, kind, title, curriculum links) and the printable agenda.

The printed agenda is a QTextDocument rendered by QPrinter (to paper or to PDF): Qt shapes
every script (Arabic, Bengali, Devanagari...) itself, which reportlab needs extra work for.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from pcsc_workshop.core.setup import AGENDA_KINDS, AgendaEntry
from pcsc_workshop.ui.accessibility import LabelledFields
from pcsc_workshop.ui.display import day as display_day
from pcsc_workshop.ui.wording import agenda_kind


class SessionDialog(LabelledFields, QDialog):
    """Edit or create a session; `values()` gives the fields for the core's add/update."""

    def __init__(self, link_choices: list[tuple[str, str]], entry: AgendaEntry | None = None,
                 day: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit session") if entry else self.tr("Add session"))
        self.day = entry.day if entry else day
        self.start = QTimeEdit(self)
        self.start.setDisplayFormat("HH:mm")
        h, m = (entry.start_time if entry else "09:00").split(":")
        self.start.setTime(QTime(int(h), int(m)))
        self.duration = QSpinBox(self)
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(entry.duration_min if entry else 60)
        self.kind = QComboBox(self)
        for k in AGENDA_KINDS:
            self.kind.addItem(agenda_kind(k), k)
        if entry:
            self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self.title_edit = QLineEdit(entry.title if entry else "", self)
        self.description = QPlainTextEdit(entry.description if entry else "", self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.links = QListWidget(self)
        self.links.setAccessibleName(self.tr("Curriculum links"))
        self.links.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        chosen = set(entry.refs) if entry else set()
        for ref, label in link_choices:
            item = QListWidgetItem(label, self.links)
            item.setData(Qt.ItemDataRole.UserRole, ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ref in chosen else Qt.CheckState.Unchecked)
        for ref in sorted(chosen - {r for r, _ in link_choices}):  # keep unknown links
            item = QListWidgetItem(ref, self.links)
            item.setData(Qt.ItemDataRole.UserRole, ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Day:"), QLabel(str(self.day), self))
        form.addRow(self.tr("&Starts at:"), self.start)
        form.addRow(self.tr("&Duration:"), self.duration)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Notes:"), self.description)
        form.addRow(self.tr("&Links to the curriculum:"), self.links)
        form.addRow(self.error)
        form.addRow(buttons)
        self.resize(560, 560)

    def _check(self) -> None:
        if not self.title_edit.text().strip():
            self.error.setText(self.tr("Please give the session a title."))
            return
        self.accept()

    def values(self) -> dict:
        refs = [self.links.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.links.count())
                if self.links.item(i).checkState() == Qt.CheckState.Checked]
        return {"start": self.start.time().toString("HH:mm"),
                "duration": self.duration.value(), "kind": self.kind.currentData(),
                "title": self.title_edit.text(), "description": self.description.toPlainText(),
                "refs": refs}


def agenda_html(title: str, subtitle: str, start: date | None, agenda: list[AgendaEntry],
                link_title=None) -> str:
    """The agenda as simple HTML for QTextDocument (one table per day)."""
    e = html.escape
    parts = [f"<h1>{e(title)}</h1><p>{e(subtitle)}</p>"]
    days = sorted({a.day for a in agenda})
    for day in days:
        heading = QCoreApplication.translate("AgendaPrint", "Day {0}").format(day)
        if start:
            heading += " — " + display_day(start + timedelta(days=day - 1), long=True)
        parts.append(f"<h2>{e(heading)}</h2>")
        parts.append("<table width='100%' cellspacing='0' cellpadding='4' border='1' "
                     "style='border-collapse:collapse'>")
        parts.append("<tr><th align='left'>{}</th><th align='left'>{}</th>"
                     "<th align='left'>{}</th></tr>".format(
                         e(QCoreApplication.translate("AgendaPrint", "Time")), e(QCoreApplication.translate("AgendaPrint", "Session")), e(QCoreApplication.translate("AgendaPrint", "Kind"))))
        for a in (x for x in agenda if x.day == day):
            h, m = map(int, a.start_time.split(":"))
            end_min = h * 60 + m + a.duration_min
            end = f"{end_min // 60 % 24:02d}:{end_min % 60:02d}"
            links = ", ".join(e(link_title(r) if link_title else r) for r in a.refs)
            body = f"<b>{e(a.title)}</b>"
            if a.description:
                body += f"<br>{e(a.description)}"
            if links:
                body += f"<br><i>{links}</i>"
            parts.append(f"<tr><td width='18%'>{e(a.start_time)}–{end}</td><td>{body}</td>"
                         f"<td width='16%'>{e(agenda_kind(a.kind))}</td></tr>")
        parts.append("</table>")
    return "".join(parts)


def print_agenda_pdf(html_text: str, path: Path) -> Path:
    """Render the agenda HTML to an A4 PDF file with QPrinter."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    doc = QTextDocument()
    doc.setHtml(html_text)
    from pcsc_workshop.ui.display import no_italic_arabic

    no_italic_arabic(doc)  # Arabic linked titles: no italics
    doc.print_(printer)
    return Path(path)
