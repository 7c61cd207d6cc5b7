"""The new-workshop wizard: pick a template, fill in the details, get a workshop with its agenda.

Why a wizard and not a blank form: the template's agenda (the 5-day deep dive, a 1-day
introduction...) is most of the preparation work, so it comes first.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pcsc_workshop.core.templates import template_from_curriculum
from pcsc_workshop.core.workshops import WorkshopFields
from pcsc_workshop.ui.accessibility import LabelledFields
from pcsc_workshop.ui.operations import run_op
from pcsc_workshop.ui.widgets.workshop_details_form import WorkshopDetailsForm
from pcsc_workshop.ui.wording import refusal

if TYPE_CHECKING:
    from pcsc_workshop.core.curriculum.models import Template
    from pcsc_workshop.ui.context import AppContext


class TemplatePage(QWizardPage):
    def __init__(self, templates: list[Template], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Start from a template"))
        self.setSubTitle(self.tr("The template gives the workshop its agenda; you can change "
                                 "every session afterwards."))
        self.templates = templates
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates"))
        for tpl in templates:
            count = self.tr("%n session(s)", "", len(tpl.sessions))
            item = QListWidgetItem(self.tr("{0} — {1}, {2}").format(
                tpl.name, self.tr("%n day(s)", "", math.ceil(tpl.days)), count), self.list)
            item.setData(Qt.ItemDataRole.UserRole, tpl.id)
            item.setToolTip(tpl.description)
        blank = QListWidgetItem(self.tr("Blank workshop (no agenda)"), self.list)
        blank.setData(Qt.ItemDataRole.UserRole, "")
        self.list.setCurrentRow(0)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.list.currentRowChanged.connect(self._describe)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        self._describe(0)

    def _describe(self, row: int) -> None:
        tpl = self.selected()
        self.description.setText(tpl.description if tpl else "")

    def selected(self) -> Template | None:
        item = self.list.currentItem()
        wanted = item.data(Qt.ItemDataRole.UserRole) if item else ""
        return next((t for t in self.templates if t.id == wanted), None)


def template_days(tpl: Template | None) -> int:
    """How many days a template's agenda covers (a blank workshop: one)."""
    if tpl is None:
        return 1
    return math.ceil(tpl.days)  # a half-day template still takes one calendar day, not 0


class DetailsPage(QWizardPage):
    """The workshop's details: the same form as the workshop page's Details tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What, where and when"))
        self.form = WorkshopDetailsForm(self, description=False, organisers_height=60)
        self.form.add_error_row()
        start = date.today() + timedelta(days=30)
        self.form.set_dates(start, start + timedelta(days=4))
        # the fields as attributes of the page too (what tests and accessibility walk)
        self.title_edit, self.city, self.country = (self.form.title_edit, self.form.city,
                                                    self.form.country)
        self.start, self.end, self.error = self.form.start, self.form.end, self.form.error
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.title_edit.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """The end date follows the chosen template's length (a 1-day template: one day)."""
        wizard = self.wizard()
        tpl = wizard.template_page.selected() if hasattr(wizard, "template_page") else None
        start = self.start.date() or date.today() + timedelta(days=30)
        self.end.set_date(start + timedelta(days=template_days(tpl) - 1))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.title_edit.text().strip())

    def fields(self) -> WorkshopFields:
        return self.form.fields()


class WorkshopWizard(LabelledFields, QWizard):
    """On Finish, creates the workshop (and its agenda); `workshop_id` holds the new id."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id: str | None = None
        self._creating = False
        self.setWindowTitle(self.tr("New workshop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        cur = ctx.load_curriculum().curriculum  # without it, a blank workshop still works
        templates = list(cur.templates) if cur is not None else []
        self.template_page = TemplatePage(templates, self)
        self.details_page = DetailsPage(self)
        self.addPage(self.template_page)
        self.addPage(self.details_page)
        self.resize(640, 520)

    def accept(self) -> None:
        """Create the workshop off the UI thread; the wizard closes once it is stored, or
        stays open saying what is wrong (nothing is created then)."""
        if self._creating:
            return
        fields = self.details_page.fields()
        tpl = self.template_page.selected()
        template = template_from_curriculum(tpl) if tpl is not None else None
        self._creating = True
        self.details_page.error.clear()

        def created(workshop_id: str) -> None:
            self._creating = False
            self.workshop_id = workshop_id
            super(WorkshopWizard, self).accept()

        def refused(exc: BaseException) -> None:
            self._creating = False
            self.details_page.error.setText(refusal(exc))

        run_op(self, self.ctx, lambda door: door.workshops.create(fields, template),
               done=created, failed=refused)
