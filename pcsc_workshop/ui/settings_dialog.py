"""Settings: interface language, text size and the high-contrast theme.

Text size and contrast apply at once (an application font and a style sheet reach every
open widget). The language applies at the next start, because every widget translates its
texts when it is built; the dialog says so next to the choice.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.ui import i18n
from pcsc_workshop.ui.accessibility import LabelledFields


class SettingsDialog(LabelledFields, QDialog):
    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settings-dialog")

        self.language = QComboBox(self)
        self.language.addItem(self.tr("System default"), "")
        for code, name in i18n.LANGUAGES:
            if code in i18n.available_languages():
                self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.setAccessibleDescription(
            self.tr("The language of menus, buttons and messages; used after a restart"))
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.settings.value(i18n.LANGUAGE_KEY, "", str))))
        language_note = QLabel(self.tr("Takes effect when you restart PCSC Workshop."), self)
        language_note.setProperty("role", "subtle")
        language_note.setWordWrap(True)

        self.scale = QSpinBox(self)
        self.scale.setRange(i18n.SCALE_MIN, i18n.SCALE_MAX)
        self.scale.setSingleStep(25)
        self.scale.setSuffix(" %")
        self.scale.setValue(i18n.text_scale(self.settings))
        self.scale.setAccessibleName(self.tr("Text size"))
        self.scale.setAccessibleDescription(
            self.tr("Size of all text, from 100 to 200 percent; applied at once"))

        self.contrast = QCheckBox(self.tr("&High-contrast theme (white on black)"), self)
        self.contrast.setChecked(i18n.high_contrast(self.settings))
        self.contrast.setAccessibleName(self.tr("High-contrast theme"))
        self.contrast.setAccessibleDescription(
            self.tr("White text on a black background; applied at once"))
        live_note = QLabel(self.tr("Text size and contrast apply at once."), self)
        live_note.setProperty("role", "subtle")
        live_note.setWordWrap(True)

        form = QFormLayout()
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        form.addRow("", language_note)
        scale_label = QLabel(self.tr("&Text size:"), self)
        scale_label.setBuddy(self.scale)
        form.addRow(scale_label, self.scale)
        form.addRow("", self.contrast)
        form.addRow("", live_note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._original = (self.scale.value(), self.contrast.isChecked())
        self.scale.valueChanged.connect(self._preview)
        self.contrast.toggled.connect(self._preview)

    def _preview(self, *_args: object) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.apply_appearance(app, self.scale.value(), self.contrast.isChecked())

    def language_changed(self) -> bool:
        return self.language.currentData() != self.settings.value(i18n.LANGUAGE_KEY, "", str)

    def accept(self) -> None:
        restart = self.language_changed()
        self.settings.setValue(i18n.LANGUAGE_KEY, self.language.currentData())
        self.settings.setValue(i18n.SCALE_KEY, self.scale.value())
        self.settings.setValue(i18n.CONTRAST_KEY, self.contrast.isChecked())
        self.settings.sync()
        self._preview()
        super().accept()
        if restart:
            QMessageBox.information(
                self.parentWidget(), self.tr("Language"),
                self.tr("The new language will be used the next time you start PCSC Workshop."))

    def reject(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):  # undo the live preview
            i18n.apply_appearance(app, *self._original)
        super().reject()
