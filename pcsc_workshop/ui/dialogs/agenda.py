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

from pcsc_workshop.core.agenda import AGENDA_KINDS, AgendaEntry, day_plan, end_of
from pcsc_workshop.ui.accessibility import LabelledFields
from pcsc_workshop.ui.display import day as display_day
from pcsc_workshop.ui.wording import agenda_kind


class SessionDialog(LabelledFields, QDialog):
    """Edit or create a session; `values()` gives the fields for the core's add/update."""

    def __init__(self, link_choices: list[tuple[str, str]], entry: AgendaEntry | None = None,
                 day: int = 1, start: str = "09:00", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit session") if entry else self.tr("Add session"))
        self.day = entry.day if entry else day
        self.start = QTimeEdit(self)
        self.start.setDisplayFormat("HH:mm")
        h, m = (entry.start_time if entry else start).split(":")
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
                link_title=None, *, run_sheet: bool = False) -> str:
    """The agenda as simple HTML for QTextDocument (one table per day).

    The participants' agenda: times (start–end), title, each curriculum link once (not one the
    title already says), kind. The facilitator's run sheet (`run_sheet`) adds the notes.
    Dates are in the UI language's long form; each day ends with its span and minutes.
    """
    e = html.escape
    translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")
    kicker = translate("AgendaPrint", "Facilitator's run sheet") if run_sheet else \
        translate("AgendaPrint", "Agenda")
    parts = [f"<p>{e(kicker)}</p><h1>{e(title)}</h1><p>{e(subtitle)}</p>"]
    days = sorted({a.day for a in agenda})
    for day in days:
        heading = translate("AgendaPrint", "Day {0}").format(day)
        if start:
            heading = translate("AgendaPrint", "{0} · {1}").format(
                heading, display_day(start + timedelta(days=day - 1), long=True))
        entries = [x for x in agenda if x.day == day]
        plan = day_plan(day, entries)
        parts.append(f"<h2>{e(heading)}</h2>")
        parts.append("<table width='100%' cellspacing='0' cellpadding='4' border='1' "
                     "style='border-collapse:collapse'>")
        parts.append("<tr><th align='left'>{}</th><th align='left'>{}</th>"
                     "<th align='left'>{}</th></tr>".format(
                         e(translate("AgendaPrint", "Time")), e(translate("AgendaPrint", "Session")),
                         e(translate("AgendaPrint", "Kind"))))
        for n, a in enumerate(entries):
            links: list[str] = []
            for ref in a.refs:
                text = link_title(ref) if link_title else ref
                if text and text not in links and text.casefold() not in a.title.casefold():
                    links.append(text)
            body = f"<b>{e(a.title)}</b>"
            if run_sheet and a.description:
                body += f"<br>{e(a.description)}"
            if links:
                body += f"<br><i>{e(', '.join(links))}</i>"
            when = f"\u2066{a.start_time}–{end_of(a)}\u2069"  # kept LTR in Arabic
            if n in plan.overlapping:
                when += "<br><b>" + e(translate("AgendaPrint", "overlaps the previous session")) + "</b>"
            parts.append(f"<tr><td width='18%'>{when}</td><td>{body}</td>"
                         f"<td width='16%'>{e(agenda_kind(a.kind))}</td></tr>")
        parts.append("</table>")
        parts.append("<p>" + e(translate("AgendaPrint", "{0}–{1} · {2} min of sessions").format(
            plan.start, plan.end, plan.session_minutes)) + "</p>")
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
