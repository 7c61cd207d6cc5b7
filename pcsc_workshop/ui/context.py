"""What every page needs, passed explicitly (no globals): store, settings, current workshop.

`AppContext.door` is the only way pages read and change workshop data (pcsc_workshop/door);
`AppContext.changes.publish(Changes, origin)` broadcasts what an operation changed, once
(ui/operations.py does it for every write), so that pages showing those kinds refresh.

Content language (what the curriculum, quizzes and assessment are shown in) is a setting of
its own, apart from the interface language: the reader's own choice (`content/language` in
the settings; any participant may switch at any moment) wins; otherwise the workshop's working
language, which the facilitator sets on the workshop page; otherwise the interface language.
A language without a curriculum translation falls back to English (field by field, marked).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal

from pcsc_workshop.core.store import Store
from pcsc_workshop.door import Changes, Door

if TYPE_CHECKING:
    from pcsc_workshop.core.curriculum import Curriculum
    from pcsc_workshop.ui.curriculum_load import CurriculumLoad

CONTENT_LANGUAGE_KEY = "content/language"  # "" = the workshop's working language


class ChangeHub(QObject):
    """`applied(changes, origin)`: an operation's `Changes` (door/changes.py) and the widget
    that asked for it (pages skip reloading for their own edits)."""

    applied = Signal(object, object)
    workshopSelected = Signal(str)
    contentLanguageChanged = Signal(str)  # the language content is now shown in

    def publish(self, changes: Changes, origin: object = None) -> None:
        """Broadcast what an operation changed (nothing is sent for no change)."""
        if changes:
            self.applied.emit(changes, origin)


@dataclass
class AppContext:
    store: Store
    settings: QSettings
    workshop_id: str | None = None
    changes: ChangeHub = field(default_factory=ChangeHub)
    door: Door = field(init=False)
    _curriculum: Any = None
    _curricula: dict[str, CurriculumLoad] = field(default_factory=dict)
    _working_language: dict[str, str] = field(default_factory=dict)
    _shown_language: str | None = None

    def __post_init__(self) -> None:
        self.door = Door(self.store)
        self.changes.applied.connect(self._applied)

    def load_curriculum(self, language: str | None = None) -> CurriculumLoad:
        """The curriculum in `language` (default: the content language), or why it could not
        be loaded (ui/curriculum_load.py): the one fallback every page uses. Loaded on first
        use and cached by the core; a failure is remembered for the session (a broken folder
        is not parsed again on every page fill); a tampered or missing translation means
        English fields, not a failure."""
        from pcsc_workshop.ui.curriculum_load import CurriculumLoad, failed

        language = language or self.content_language()
        if language not in self._curricula:
            from pcsc_workshop.core.curriculum import load_curriculum

            try:
                self._curricula[language] = CurriculumLoad(load_curriculum(language=language))
            except Exception as exc:  # noqa: BLE001 - any failure: the pages say it, once
                self._curricula[language] = failed(exc)
        loaded = self._curricula[language]
        self._curriculum = loaded.curriculum
        return loaded

    def curriculum(self, language: str | None = None) -> Curriculum:
        """The curriculum where a page cannot work without it: CurriculumUnavailable (its
        message is the one user-facing sentence) when it failed to load."""
        return self.load_curriculum(language).required()

    def curriculum_languages(self) -> list[str]:
        """Languages the curriculum can be shown in: English and every translation folder."""
        from pcsc_workshop.core.curriculum import default_folder
        from pcsc_workshop.core.curriculum.loader import translation_languages

        return ["en", *[lang for lang in translation_languages(default_folder())
                        if lang != "en"]]

    # --- content language -------------------------------------------------------------
    def chosen_content_language(self) -> str:
        """The reader's own choice ("" = follow the workshop's working language)."""
        return str(self.settings.value(CONTENT_LANGUAGE_KEY, "", str) or "")

    def working_language(self) -> str | None:
        """The current workshop's working language, as the facilitator set it."""
        if not self.workshop_id:
            return None
        if self.workshop_id not in self._working_language:
            self._working_language[self.workshop_id] = self.door.workshops.working_language(
                self.workshop_id)
        return self._working_language[self.workshop_id] or None

    def content_language(self) -> str:
        """The language content is shown in now (see the module docstring for the order)."""
        from PySide6.QtCore import QLocale

        available = self.curriculum_languages()
        interface = QLocale().name().split("_")[0]
        for wanted in (self.chosen_content_language(), self.working_language(), interface):
            if wanted and wanted in available:
                return wanted
        return "en"

    def set_content_language(self, language: str) -> None:
        """The reader's choice ("" = follow the workshop); pages showing content refresh."""
        self.settings.setValue(CONTENT_LANGUAGE_KEY, language or "")
        self._announce_language()

    def _announce_language(self) -> None:
        shown = self.content_language()
        if shown != self._shown_language:
            self._shown_language = shown
            self.changes.contentLanguageChanged.emit(shown)

    def _applied(self, changes: Changes, _origin: object) -> None:
        """A workshop edited (its working language may have changed), or everything."""
        if changes.everything:
            self._working_language.clear()
        for workshop_id in changes.workshops:
            self._working_language.pop(workshop_id, None)
        if changes.everything or changes.workshops:
            self._announce_language()

    def select_workshop(self, workshop_id: str) -> None:
        if workshop_id != self.workshop_id:
            self.workshop_id = workshop_id
            self.settings.setValue("workshop_id", workshop_id)
            self.changes.workshopSelected.emit(workshop_id)
            self._announce_language()
