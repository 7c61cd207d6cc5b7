"""Settings: interface language, text size and the high-contrast theme.

Text size and contrast apply at once (an application font and a style sheet reach every
open widget). The interface language needs a new start, because every widget translates its
texts when it is built: after choosing one, the dialog offers to restart now (everything is
saved first) rather than silently waiting for the next start. The content language (what the
curriculum is shown in) is separate and switches at once, from the sidebar.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
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
            self.tr("The language of menus, buttons and messages; PCSC Workshop offers to "
                    "restart at once"))
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.settings.value(i18n.LANGUAGE_KEY, "", str))))
        language_note = QLabel(self.tr("Needs a restart, which you can do at once."), self)
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
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Language"), self.tr(
                "PCSC Workshop must restart to show the new interface language. Your work is "
                "saved. Restart now?"), parent=self.parentWidget())
            now = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(now)
            box.exec()
            if box.clickedButton() is now:
                restart_app(self.parentWidget())

    def reject(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):  # undo the live preview
            i18n.apply_appearance(app, *self._original)
        super().reject()


def restart_command() -> tuple[str, list[str]]:
    """How to start this same app again: the frozen executable, or Python with its script."""
    import sys

    kept: list[str] = []  # the same database; files given at start are not opened twice
    args = sys.argv[1:]
    for n, arg in enumerate(args):
        if arg == "--db" and n + 1 < len(args):
            kept += [arg, args[n + 1]]
        elif arg.startswith("--db="):
            kept.append(arg)
    if getattr(sys, "frozen", False):
        return sys.executable, kept
    return sys.executable, ["-m", "pcsc_workshop", *kept]


def restart_app(window: QWidget | None) -> bool:
    """Start a new instance, then close this one the normal way (pages save on close).

    The new process is started first, so a failure leaves this one running; False then."""
    from PySide6.QtCore import QProcess

    program, arguments = restart_command()
    started = QProcess.startDetached(program, arguments)
    ok = started[0] if isinstance(started, tuple) else bool(started)
    if not ok:
        QMessageBox.warning(window, QCoreApplication.translate("QMessageBox", "Language"),
                            QCoreApplication.translate("QMessageBox", "PCSC Workshop could "
                                                       "not restart itself; please close and "
                                                       "open it again."))
        return False
    top = window.window() if window is not None else None
    if top is not None:
        top.close()
    app = QApplication.instance()
    if app is not None:
        app.quit()
    return True
