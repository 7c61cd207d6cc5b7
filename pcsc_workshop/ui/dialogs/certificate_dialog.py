"""Certificate details of a workshop: organiser logos and up to three signatories.

Set once here, printed on every certificate. Pictures are checked by the core
(`core.certificates.image_data`) when chosen, so a wrong file is named at once and nothing
is stored until OK. Read and written through the door (`door.exports`), both off the UI
thread: the dialog opens at once and is filled (and can be typed into) when the stored
details arrive; OK saves and closes the dialog once stored, or says why not and keeps what
was typed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.certificates import (
    MAX_LOGOS,
    MAX_SIGNATORIES,
    CertificateSettings,
    ImageRefused,
    Signatory,
    image_data,
)
from pcsc_workshop.ui.operations import run_op, run_read

if TYPE_CHECKING:
    from pcsc_workshop.ui.context import AppContext


class CertificateDialog(QDialog):
    """Logos and signatories; `ask_image` is patched in tests (no file dialog)."""

    def __init__(self, ctx: AppContext, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        self.setWindowTitle(self.tr("Certificate details"))
        self.setMinimumWidth(640)
        self.settings = CertificateSettings()  # until the stored details are read
        layout = QVBoxLayout(self)

        logos = QGroupBox(self.tr("Organiser logos (PNG or JPEG, up to 4)"), self)
        self.logo_list = QListWidget(logos)
        self.logo_list.setAccessibleName(self.tr("Organiser logos"))
        self.logos: list[tuple[str, str]] = []
        add = QPushButton(self.tr("&Add a logo…"), logos)
        remove = QPushButton(self.tr("&Remove"), logos)
        add.clicked.connect(self._add_logo)
        remove.clicked.connect(self._remove_logo)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        box = QVBoxLayout(logos)
        box.addWidget(self.logo_list)
        box.addLayout(buttons)
        layout.addWidget(logos)

        signers = QGroupBox(self.tr("Signatories"), self)
        grid = QGridLayout(signers)
        grid.addWidget(QLabel(self.tr("Name"), signers), 0, 0)
        grid.addWidget(QLabel(self.tr("Title"), signers), 0, 1)
        grid.addWidget(QLabel(self.tr("Signature picture"), signers), 0, 2)
        self.rows: list[tuple[QLineEdit, QLineEdit, QPushButton, list[str]]] = []
        for i in range(MAX_SIGNATORIES):
            name, title = QLineEdit(signers), QLineEdit(signers)
            name.setAccessibleName(self.tr("Signatory {0}: name").format(i + 1))
            title.setAccessibleName(self.tr("Signatory {0}: title").format(i + 1))
            signature = [""]
            pick = QPushButton(self._signature_text(signature[0]), signers)
            pick.clicked.connect(lambda _=False, k=i: self._pick_signature(k))
            grid.addWidget(name, i + 1, 0)
            grid.addWidget(title, i + 1, 1)
            grid.addWidget(pick, i + 1, 2)
            self.rows.append((name, title, pick, signature))
        layout.addWidget(signers)

        dates = QHBoxLayout()
        self.fixed_date = QCheckBox(self.tr("Date of &issue:"), self)
        self.issued = QDateEdit(self)
        self.issued.setCalendarPopup(True)
        self.issued.setAccessibleName(self.tr("Date of issue"))
        self.issued.setDate(QDate.currentDate())
        self.issued.setEnabled(False)
        self.fixed_date.toggled.connect(self.issued.setEnabled)
        dates.addWidget(self.fixed_date)
        dates.addWidget(self.issued)
        dates.addWidget(QLabel(self.tr("(unticked: the workshop's last day)"), self), 1)
        layout.addLayout(dates)

        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # file names are never markup
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        box_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                       | QDialogButtonBox.StandardButton.Cancel, self)
        box_buttons.accepted.connect(self.save)
        box_buttons.rejected.connect(self.reject)
        layout.addWidget(box_buttons)
        # nothing to type into, and nothing to save over the stored details, until they are read
        self.form = [logos, signers, self.fixed_date, self.issued]
        ok_button = box_buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok_button is not None  # asked for in the constructor above
        self.ok_button = ok_button
        for part in [*self.form, self.ok_button]:
            part.setEnabled(False)
        run_read(self, ctx, lambda door: door.exports.certificate_settings(workshop_id),
                 done=self._fill, failed=self._not_read)

    def _fill(self, settings: CertificateSettings) -> None:
        """Show the stored details (one settings row, read on a worker)."""
        self.settings = settings
        self.logos = [(self.tr("Logo {0}").format(i + 1), data)
                      for i, data in enumerate(settings.logos)]
        for i, (name, title, pick, signature) in enumerate(self.rows):
            known = settings.signatories[i] if i < len(settings.signatories) else Signatory()
            name.setText(known.name)
            title.setText(known.title)
            signature[0] = known.signature
            pick.setText(self._signature_text(known.signature))
        known_date = settings.issued
        if known_date is not None:
            self.issued.setDate(QDate(known_date.year, known_date.month, known_date.day))
        self.fixed_date.setChecked(known_date is not None)
        self._refresh_logos()
        for part in [*self.form, self.ok_button]:
            part.setEnabled(True)
        self.issued.setEnabled(known_date is not None)

    def _not_read(self, exc: BaseException) -> None:
        """The stored details cannot be read: say why; OK stays off (nothing is overwritten)."""
        self.error.setText(self.tr("The certificate details cannot be read: {0}").format(
            str(exc)))

    def _signature_text(self, data: str) -> str:
        return self.tr("Change…") if data else self.tr("Choose…")

    def _refresh_logos(self) -> None:
        self.logo_list.clear()
        for name, _data in self.logos:
            self.logo_list.addItem(name)

    def ask_image(self, title: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()),
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        return Path(path) if path else None

    def _read(self, path: Path | None) -> str | None:
        if path is None:
            return None
        try:
            data = image_data(path)
        except ImageRefused as exc:
            self.error.setText(self.tr("This picture cannot be used: {0}").format(str(exc)))
            return None
        self.error.clear()
        return data

    def _add_logo(self) -> None:
        if len(self.logos) >= MAX_LOGOS:
            self.error.setText(self.tr("At most {0} logos.").format(MAX_LOGOS))
            return
        path = self.ask_image(self.tr("Choose an organiser logo"))
        data = self._read(path)
        if data and path is not None:
            self.logos.append((path.name, data))
            self._refresh_logos()

    def _remove_logo(self) -> None:
        row = self.logo_list.currentRow()
        if 0 <= row < len(self.logos):
            del self.logos[row]
            self._refresh_logos()

    def _pick_signature(self, k: int) -> None:
        data = self._read(self.ask_image(self.tr("Choose a signature picture")))
        if data:
            self.rows[k][3][0] = data
            self.rows[k][2].setText(self._signature_text(data))

    def save(self) -> None:
        chosen = self.issued.date()
        settings = CertificateSettings(
            logos=[data for _name, data in self.logos],
            signatories=[Signatory(name.text(), title.text(), signature[0])
                         for name, title, _pick, signature in self.rows],
            issued=date(chosen.year(), chosen.month(), chosen.day())
            if self.fixed_date.isChecked() else None)
        workshop_id = self.workshop_id
        run_op(self, self.ctx,
               lambda door: door.exports.set_certificate_settings(workshop_id, settings),
               done=lambda _changed: self.accept(), failed=self._not_saved)

    def _not_saved(self, exc: BaseException) -> None:
        """Keep everything typed and say why (a picture or a name that cannot be used)."""
        self.error.setText(self.tr("Not saved: {0}").format(str(exc)))
