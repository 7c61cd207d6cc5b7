"""Add or edit a delegation or a participant (small forms over the door's people section).

Save writes through the door off the UI thread (`run_op`, which tells every page); the dialog
closes once it is stored, or stays open with the reason in words (nothing was changed then).
Each save is one undoable step (Edit › Undo), its label in the interface language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from pcsc_workshop.core.framework import Framework
from pcsc_workshop.core.people import DelegationInfo, ParticipantFields, ParticipantInfo
from pcsc_workshop.door import Door, Outcome
from pcsc_workshop.ui.accessibility import LabelledFields
from pcsc_workshop.ui.context import AppContext
from pcsc_workshop.ui.operations import run_op
from pcsc_workshop.ui.wording import refusal

Write = Callable[[Door], "Outcome[Any]"]


class _Form(LabelledFields, QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        # Not small: room for long city-type and stage names and for names in any script,
        # in every language (about 44 average characters wide; grows with the text size).
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44 + 160)
        self.setSizeGripEnabled(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    ctx: AppContext
    saved_id: str | None

    def save(self) -> None:
        """Store the form (off the UI thread); close when stored, else say why and stay."""
        if self._saving:
            return
        write, known_id = self.write()
        self._saving = True
        self.buttons.setEnabled(False)
        self.error.clear()

        def stored(value: object) -> None:
            self._saving = False
            self.buttons.setEnabled(True)
            self.saved_id = value if isinstance(value, str) else known_id
            self.accept()

        def refused(exc: BaseException) -> None:
            self._saving = False
            self.buttons.setEnabled(True)
            self.error.setText(refusal(exc))

        # the origin is the widget that opened the dialog (the people editor): a dialog is a
        # window of its own, so the page holding the editor would not know the edit as its own
        # and would refill the tree a second time, losing the selection
        run_op(self.parentWidget() or self, self.ctx, write, done=stored, failed=refused)

    _saving = False

    def reject(self) -> None:
        """Not while saving: the write is under way and its answer comes back here."""
        if not self._saving:
            super().reject()

    def write(self) -> tuple[Write, str | None]:
        """The door call for what is on screen (read now, on the UI thread), and the id of
        what is edited (None when adding: the call's value is the new id)."""
        raise NotImplementedError


class DelegationDialog(_Form):
    """Country, city, JICA city type and current stage."""

    def __init__(self, ctx: AppContext, framework: Framework,
                 delegation: DelegationInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit delegation") if delegation else self.tr("Add delegation"),
                         parent)
        self.ctx, self.delegation, self.saved_id = ctx, delegation, None
        self.country = QLineEdit(delegation.country if delegation else "", self)
        self.city = QLineEdit(delegation.city if delegation else "", self)
        self.city_type = QComboBox(self)
        self.city_type.addItem(self.tr("(not chosen)"), "")
        for cid, name in framework.city_types.items():
            self.city_type.addItem(name, cid)
        self.stage = QComboBox(self)
        self.stage.addItem(self.tr("(not chosen)"), "")
        for sid in framework.stages:
            self.stage.addItem(framework.stage_name(sid), sid)
        if delegation:
            self.city_type.setCurrentIndex(max(0, self.city_type.findData(delegation.city_type)))
            self.stage.setCurrentIndex(max(0, self.stage.findData(delegation.stage)))
        self.form.addRow(self.tr("C&ountry:"), self.country)
        self.form.addRow(self.tr("C&ity:"), self.city)
        self.form.addRow(self.tr("City &type (JICA):"), self.city_type)
        self.form.addRow(self.tr("Current &stage:"), self.stage)
        self.finish_layout()

    def write(self) -> tuple[Write, str | None]:
        values = dict(country=self.country.text(), city=self.city.text(),
                      city_type=self.city_type.currentData() or "",
                      stage=self.stage.currentData() or "")
        if self.delegation:
            did, label = self.delegation.id, self.tr("Edit delegation")
            return (lambda door: door.people.update_delegation(did, label=label, **values)), did
        wid, label = self.ctx.workshop_id or "", self.tr("Add delegation")
        return (lambda door: door.people.add_delegation(wid, label=label, **values)), None


class ParticipantDialog(_Form):
    """Name, organisation, role, delegation, optional email, consent to be named."""

    def __init__(self, ctx: AppContext, delegations: list[DelegationInfo],
                 person: ParticipantInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit participant") if person else self.tr("Add participant"),
                         parent)
        self.ctx, self.person, self.saved_id = ctx, person, None
        self.name = QLineEdit(person.name if person else "", self)
        self.organisation = QLineEdit(person.organisation if person else "", self)
        self.role = QLineEdit(person.role if person else "", self)
        self.delegation = QComboBox(self)
        self.delegation.addItem(self.tr("(no delegation)"), "")
        for d in delegations:
            self.delegation.addItem(d.label, d.id)
        if person and person.delegation_id:
            self.delegation.setCurrentIndex(max(0, self.delegation.findData(person.delegation_id)))
        self.email = QLineEdit((person.email or "") if person else "", self)
        self.email.setPlaceholderText(self.tr("optional"))
        self.consent = QCheckBox(self.tr("May be named in reports"), self)
        self.consent.setChecked(bool(person and person.consent))
        self.consent.setToolTip(self.tr("Without consent, reports say “Participant 7”."))
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Organisation:"), self.organisation)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("&Delegation:"), self.delegation)
        # the language of this participant's own plan and certificate (issue 15)
        from pcsc_workshop.core.languages import LANGUAGE_NAMES, LANGUAGES

        self.documents_language = QComboBox(self)
        self.documents_language.addItem(self.tr("(the workshop's language)"), "")
        for code in LANGUAGES:
            self.documents_language.addItem(LANGUAGE_NAMES[code], code)
        own = person.language if person else None
        if own:
            self.documents_language.setCurrentIndex(
                max(0, self.documents_language.findData(own)))
        self.form.addRow(self.tr("&Email:"), self.email)
        self.form.addRow("", self.consent)
        self.form.addRow(self.tr("Documents &in:"), self.documents_language)
        self.finish_layout()

    def write(self) -> tuple[Write, str | None]:
        fields = ParticipantFields(
            name=self.name.text(), organisation=self.organisation.text(), role=self.role.text(),
            delegation_id=self.delegation.currentData() or None, email=self.email.text(),
            consent=self.consent.isChecked())
        language = self.documents_language.currentData() or None
        if self.person:
            pid = self.person.id
            moved = fields.delegation_id != self.person.delegation_id
            label = self.tr("Move participant") if moved else self.tr("Edit participant")
            return (lambda door: door.people.update_participant(
                pid, fields, label, language=language)), pid
        wid, label = self.ctx.workshop_id or "", self.tr("Add participant")
        return (lambda door: door.people.add_participant(wid, fields, label,
                                                         language=language)), None
