"""Local content page: the facilitator's own case studies and statistics for this workshop.

They are stored in the workshop database (so they travel in workshop packs), appear in the
curriculum search beside the shipped content, and can be presented like any other item.
A statistic's figure, unit, year and the linked pillars and elements are kept in the item's
`data` as `value`, `unit`, `year` and `related` (a list of curriculum ids). An item records the
language it is written in and may be written in several: choose a language to type that
version (`data["language"]`, `data["translations"]`); readers see their content language's
version when there is one.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.local_content import LocalContentError, LocalItemInfo, languages_of
from pcsc_workshop.door.local_content import PRESENTABLE
from pcsc_workshop.ui.display import has_arabic, isolate
from pcsc_workshop.ui.operations import run_op, run_read
from pcsc_workshop.ui.pages.base import Page

if TYPE_CHECKING:
    from pcsc_workshop.ui.context import AppContext

ROLE_ID = Qt.ItemDataRole.UserRole
NO_YEAR = 0


class LocalContentPage(Page):
    NAME = "local_content"
    SHOWS = frozenset({"local_content"})


    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.items: list[LocalItemInfo] = []
        self.editing_id: str | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Local case studies and statistics"))
        self.list.currentItemChanged.connect(self._open_current)
        self.new_button = QPushButton(self.tr("&New"), self)
        self.new_button.setAccessibleName(self.tr("New local item"))
        self.new_button.clicked.connect(self.new_item)
        self.present_button = QPushButton(self.tr("&Present"), self)
        self.present_button.setAccessibleName(self.tr("Present the selected item"))
        self.present_button.clicked.connect(self.present)

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Case study"), "case_study")
        self.kind.addItem(self.tr("Statistic"), "statistic")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        from pcsc_workshop.ui.i18n import LANGUAGES

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the title and text"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self._language_changed)
        self._versions: dict[str, dict[str, str]] = {}  # language -> title and text
        self._own_language = ""
        self._shown = ""
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setMaxLength(300)
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Text"))
        self.body.setTabChangesFocus(True)
        self.value = QLineEdit(self)
        self.value.setAccessibleName(self.tr("Figure"))
        self.value.setPlaceholderText(self.tr("e.g. 41.5"))
        self.unit = QLineEdit(self)
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setPlaceholderText(self.tr("e.g. % or households"))
        self.year = QSpinBox(self)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(NO_YEAR, 2100)
        self.year.setSpecialValueText(self.tr("no year"))
        self.source = QLineEdit(self)
        self.source.setAccessibleName(self.tr("Source"))
        self.links = QListWidget(self)
        self.links.setAccessibleName(self.tr("Linked pillars and elements"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save the item"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the item"))
        self.delete_button.clicked.connect(lambda: self.delete())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        figure_row = QHBoxLayout()
        figure_row.addWidget(self.value, 2)
        figure_row.addWidget(self.unit, 2)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("Lan&guage:"), self.language)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.body_label = QLabel(self.tr("Te&xt:"), self)
        self.body_label.setBuddy(self.body)
        self.form.addRow(self.body_label, self.body)
        self.figure_label = QLabel(self.tr("&Figure and unit:"), self)
        self.figure_label.setBuddy(self.value)
        self.form.addRow(self.figure_label, figure_row)
        self.form.addRow(self.tr("&Year:"), self.year)
        self.form.addRow(self.tr("S&ource:"), self.source)
        self.form.addRow(self.tr("&Linked to:"), self.links)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.present_button)
        left_layout.addLayout(left_buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(self.form, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([320, 800])
        intro = QLabel(self.tr("Add your own case studies and statistics. They are saved in this "
                               "workshop, appear in the curriculum search and travel in "
                               "workshop packs."), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        self._kind_changed()

    # -- list ---------------------------------------------------------------------------------
    def load(self) -> None:
        cur = self.ctx.load_curriculum().curriculum  # without it: no links to offer
        if not self.links.count() and cur is not None:
            for item in list(cur.pillars) + list(cur.elements):
                label = item.name if item.id.startswith("pillar.") else \
                    self.tr("Element {0}: {1}").format(item.number, item.name)
                link = QListWidgetItem(label, self.links)
                link.setData(ROLE_ID, item.id)
                link.setFlags(link.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                link.setCheckState(Qt.CheckState.Unchecked)
        self.reload(select_id=self.editing_id)

    def reload(self, select_id: str | None = None) -> None:
        """Read the workshop's items on a worker, then list them (`select_id` selected)."""
        workshop_id = self.ctx.workshop_id
        self._request = request = getattr(self, "_request", 0) + 1
        if not workshop_id:
            self._fill_list([], select_id)
            return

        def done(items: list[LocalItemInfo]) -> None:
            if request == self._request:  # an older read finishing late is dropped
                self._fill_list(items, select_id)

        run_read(self, self.ctx, lambda door: door.local_content.items(workshop_id, PRESENTABLE),
                 done=done)

    def _fill_list(self, items: list[LocalItemInfo], select_id: str | None) -> None:
        self.items = items
        self.list.blockSignals(True)
        self.list.clear()
        selected = None
        for info in self.items:
            kind = self.tr("Statistic") if info.kind == "statistic" else self.tr("Case study")
            written = languages_of(info)  # named when the item has several versions
            title = info.title  # in a right-to-left window, a Latin title keeps its order
            if self.isRightToLeft() and not has_arabic(title):  # ("<b>Sfax</b>", "41.5 %")
                title = isolate(title)
            row = QListWidgetItem(f"{title} — {kind}" + (
                f" · {', '.join(written)}" if len(written) > 1 else ""), self.list)
            row.setData(ROLE_ID, info.id)
            if info.id == select_id:
                selected = row
        self.list.blockSignals(False)
        if selected is not None:
            self.list.setCurrentItem(selected)
        else:
            self.new_item()
        enabled = bool(self.ctx.workshop_id)
        for widget in (self.new_button, self.save_button):
            widget.setEnabled(enabled)

    def titles(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]

    # -- the form -----------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        statistic = self.kind.currentData() == "statistic"
        for widget in (self.figure_label, self.value, self.unit):
            widget.setVisible(statistic)
        self.body_label.setText(self.tr("State&ment:") if statistic else self.tr("Te&xt:"))

    def new_item(self) -> None:
        self.list.setCurrentRow(-1)  # none: a new item
        self.editing_id = None
        self._fill(None)
        self.title_edit.setFocus()

    def _open_current(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        info = next((x for x in self.items if x.id == item.data(ROLE_ID)), None)
        self.editing_id = info.id if info else None
        self._fill(info)

    def _fill(self, info: LocalItemInfo | None) -> None:
        data: dict[str, Any] = dict(info.data) if info else {}
        self.kind.setCurrentIndex(max(0, self.kind.findData(info.kind if info else "case_study")))
        own = str(data.get("language") or self.ctx.working_language() or "en")
        self._own_language = own
        self._versions = {own: {"title": info.title if info else "",
                                "body": info.body if info else ""}}
        for code, version in (data.get("translations") or {}).items():
            self._versions[code] = {"title": str(version.get("title") or ""),
                                    "body": str(version.get("body") or "")}
        self._shown = own
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(own)))
        self.language.blockSignals(False)
        self.title_edit.setText(info.title if info else "")
        self.body.setPlainText(info.body if info else "")
        value = data.get("value")
        from PySide6.QtCore import QLocale

        self.value.setText("" if value is None else QLocale().toString(value) if isinstance(
            value, int) else QLocale().toString(float(value), "g", 12))  # "41,5" in French
        self.unit.setText(str(data.get("unit") or ""))
        self.year.setValue(int(data.get("year") or NO_YEAR))
        self.source.setText(info.source if info else "")
        linked = set(data.get("related") or [])
        for r in range(self.links.count()):
            link = self.links.item(r)
            link.setCheckState(Qt.CheckState.Checked if link.data(ROLE_ID) in linked
                               else Qt.CheckState.Unchecked)
        self.delete_button.setEnabled(info is not None)
        self.present_button.setEnabled(info is not None)
        self.message.clear()

    def _language_changed(self, _index: int) -> None:
        """Keep what was typed in the previous language; show (or start) this one's version."""
        self._versions[self._shown] = {"title": self.title_edit.text(),
                                       "body": self.body.toPlainText()}
        self._shown = self.language.currentData()
        version = self._versions.get(self._shown, {"title": "", "body": ""})
        self.title_edit.setText(version["title"])
        self.body.setPlainText(version["body"])
        if not version["title"]:
            self.message.setText(self.tr("Not written in {0} yet: type that version here, "
                                         "then save.").format(self.language.currentText()))
        else:
            self.message.clear()

    def form_values(self) -> dict[str, Any]:
        """What the form holds, in the core's terms (kind, title, body, data, source)."""
        kind = self.kind.currentData()
        self._versions[self._shown] = {"title": self.title_edit.text(),
                                       "body": self.body.toPlainText()}
        written = {code: v for code, v in self._versions.items() if v["title"].strip()}
        own = self._own_language if self._own_language in written else next(
            iter(written), self._shown)
        data: dict[str, Any] = {"language": own}
        others = {code: v for code, v in written.items() if code != own}
        if others:
            data["translations"] = others
        main = written.get(own, {"title": self.title_edit.text(),
                                 "body": self.body.toPlainText()})
        if kind == "statistic":
            text = self.value.text().strip()
            if text:
                from PySide6.QtCore import QLocale

                parsed, ok = QLocale().toDouble(text)  # "1 234,5" in French, "1,234.5" here
                number = parsed if ok else float(text.replace(",", "."))
                if not math.isfinite(number):
                    raise ValueError(text)
                data["value"] = int(number) if number.is_integer() else number
            if self.unit.text().strip():
                data["unit"] = self.unit.text().strip()
        if self.year.value() != NO_YEAR:
            data["year"] = self.year.value()
        related = [self.links.item(r).data(ROLE_ID) for r in range(self.links.count())
                   if self.links.item(r).checkState() == Qt.CheckState.Checked]
        if related:
            data["related"] = related
        return {"kind": kind, "title": main["title"], "body": main["body"],
                "data": data, "source": self.source.text()}

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        try:
            values = self.form_values()
        except ValueError:
            self._refused(LocalContentError("not-a-number", "data.value"))
            return
        workshop_id, item_id = self.ctx.workshop_id, self.editing_id
        if item_id is None and not workshop_id:
            self._refused(LocalContentError("unknown-workshop", "workshop_id"))
            return
        if item_id is None:
            assert workshop_id  # (refused above otherwise)
            label = self.tr("Add local item")
            run_op(self, self.ctx, lambda door: door.local_content.add(
                workshop_id, label=label, **values), done=self._saved, failed=self._refused)
        else:
            label = self.tr("Edit local item")
            run_op(self, self.ctx, lambda door: door.local_content.edit(
                item_id, label=label, **values), done=self._saved, failed=self._refused)

    def _saved(self, info: LocalItemInfo) -> None:
        self.editing_id = info.id
        self.reload(select_id=info.id)
        self.message.setText(self.tr("Saved."))

    def _refused(self, exc: BaseException) -> None:
        """Say what to fix; the form keeps everything typed."""
        if not isinstance(exc, LocalContentError):
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return
        field_names = {"title": self.tr("title"), "body": self.tr("text"),
                       "source": self.tr("source"), "data.value": self.tr("figure"),
                       "data": self.tr("figure, unit or links")}
        field = field_names.get(exc.field, exc.field)
        reason = {
            "empty-title": self.tr("Give the item a title."),
            "too-long": self.tr("The {0} is too long.").format(field),
            "not-a-number": self.tr("The figure must be a number, like 41.5."),
            "not-found": self.tr("This item was deleted meanwhile."),
            "unknown-workshop": self.tr("Choose a workshop first."),
        }.get(exc.code, str(exc))
        self.message.setText(self.tr("Not saved: {0}").format(reason))
        focus = {"title": self.title_edit, "body": self.body, "source": self.source,
                 "data.value": self.value}.get(exc.field)
        if focus is not None:
            focus.setFocus()

    def delete(self, confirm: bool = True) -> None:
        item_id = self.editing_id
        if item_id is None:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Delete local item"),
                self.tr("Delete “{0}” from this workshop?").format(self.title_edit.text())
        ) != QMessageBox.StandardButton.Yes:
            return
        label = self.tr("Delete local item")

        def done(_nothing: None) -> None:
            self.editing_id = None
            self.reload()
            self.message.setText(self.tr("Deleted."))

        run_op(self, self.ctx, lambda door: door.local_content.delete(item_id, label=label),
               done=done, failed=self._refused)

    def present(self):
        if self.editing_id is None:
            return None
        from pcsc_workshop.ui.presenter import start_presentation

        return start_presentation(self.ctx, self.editing_id, self)


PAGE = LocalContentPage
