"""Add or edit a delegation or a participant (small forms over the core's set-up functions)."""

from __future__ import annotations

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

from pcsc_workshop.core.people import (
    DelegationInfo,
    ParticipantFields,
    ParticipantInfo,
    add_delegation,
    add_participant,
    update_delegation,
    update_participant,
)
from pcsc_workshop.core.validation import InvalidInput
from pcsc_workshop.ui.accessibility import LabelledFields
from pcsc_workshop.ui.wording import refusal


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

    def save(self) -> None:
        try:
            with self.ctx.store.session() as session:  # type: ignore[attr-defined]
                self.write(session)
        except InvalidInput as exc:
            self.error.setText(refusal(exc))
            return
        self.accept()

    def write(self, session) -> None:
        raise NotImplementedError


class DelegationDialog(_Form):
    """Country, city, JICA city type and current stage."""

    def __init__(self, ctx, framework, delegation: DelegationInfo | None = None,
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

    def write(self, session) -> None:
        values = dict(country=self.country.text(), city=self.city.text(),
                      city_type=self.city_type.currentData(), stage=self.stage.currentData())
        if self.delegation:
            update_delegation(session, self.delegation.id, **values)
            self.saved_id = self.delegation.id
        else:
            self.saved_id = add_delegation(session, self.ctx.workshop_id, **values)


class ParticipantDialog(_Form):
    """Name, organisation, role, delegation, optional email, consent to be named."""

    def __init__(self, ctx, delegations: list[DelegationInfo],
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
        from pcsc_workshop.core.reports.labels import LANGUAGE_NAMES, LANGUAGES

        self.documents_language = QComboBox(self)
        self.documents_language.addItem(self.tr("(the workshop's language)"), "")
        for code in LANGUAGES:
            self.documents_language.addItem(LANGUAGE_NAMES[code], code)
        own = getattr(person, "language", None) if person else None
        if own:
            self.documents_language.setCurrentIndex(
                max(0, self.documents_language.findData(own)))
        self.form.addRow(self.tr("&Email:"), self.email)
        self.form.addRow("", self.consent)
        self.form.addRow(self.tr("Documents &in:"), self.documents_language)
        self.finish_layout()

    def write(self, session) -> None:
        fields = ParticipantFields(
            name=self.name.text(), organisation=self.organisation.text(), role=self.role.text(),
            delegation_id=self.delegation.currentData() or None, email=self.email.text(),
            consent=self.consent.isChecked())
        if self.person:
            update_participant(session, self.person.id, fields)
            self.saved_id = self.person.id
        else:
            self.saved_id = add_participant(session, self.ctx.workshop_id, fields)
        from pcsc_workshop.core.people import set_participant_language

        set_participant_language(session, self.saved_id,
                                 self.documents_language.currentData() or None)
