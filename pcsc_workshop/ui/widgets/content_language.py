"""The content-language switch in the sidebar: any reader can change it at any moment.

The first entry follows the workshop's working language (the facilitator's choice on the
workshop page) and names it; the others pin a language for this reader. Changing it reloads
the pages that show curriculum content; the interface language (Settings) is separate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from pcsc_workshop.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from pcsc_workshop.door import Changes
    from pcsc_workshop.ui.context import AppContext

NATIVE_NAMES = dict(LANGUAGES)


def language_name(code: str) -> str:
    """A language in its own name ("Français"), so that its readers find it in any interface."""
    return NATIVE_NAMES.get(code, code)


class ContentLanguagePicker(QComboBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("content-language")
        self.setAccessibleName(self.tr("Content language"))
        self.setAccessibleDescription(self.tr(
            "The language of the curriculum, quizzes and assessment for you; the interface "
            "language is in Settings"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.fill()
        self.currentIndexChanged.connect(self._picked)
        ctx.changes.workshopSelected.connect(lambda _id: self.fill())
        ctx.changes.applied.connect(self._changes_applied)

    def fill(self) -> None:
        """(Re)build the entries; the first names the workshop's working language."""
        self.blockSignals(True)
        self.clear()
        working = self.ctx.working_language() or "en"
        self.addItem(self.tr("Workshop language ({0})").format(language_name(working)), "")
        for code in self.ctx.curriculum_languages():
            self.addItem(language_name(code), code)
        self.setCurrentIndex(max(0, self.findData(self.ctx.chosen_content_language())))
        self.setToolTip(self.currentText())
        self.blockSignals(False)

    def _changes_applied(self, changes: Changes, _origin: object) -> None:
        """The workshop was edited (its working language may be another now), or restored."""
        if changes.everything or self.ctx.workshop_id in changes.workshops:
            self.fill()

    def _picked(self, index: int) -> None:
        """Load the language's curriculum on a worker (~90 ms), then switch the pages."""
        from pcsc_workshop.ui.workers import Op

        self.setToolTip(self.itemText(index))
        code = self.itemData(index) or ""
        target = code or self.ctx.working_language() or "en"

        def load(_progress, _cancelled) -> None:
            from pcsc_workshop.core.curriculum import load_curriculum

            load_curriculum(language=target)

        Op(self, load).success(lambda _r: self.ctx.set_content_language(code)).failure(
            lambda _exc: self.ctx.set_content_language(code)).run()
