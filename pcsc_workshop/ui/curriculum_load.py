"""A curriculum that loaded, or why it did not: the one fallback for the whole window.

Why one place: the shipped curriculum can be broken (a facilitator's edit of its YAML, a
damaged install) and every page that names pillars, elements or modules used to catch the
failure itself, each its own way. Now `AppContext.load_curriculum()` tries once per language,
remembers a failure (a broken folder is not re-parsed on every page fill), and returns a
`CurriculumLoad`: the curriculum, or `None` with the one sentence pages show
(`problem`). Widgets that can do without it (link lists, titles) degrade quietly to ids;
pages that cannot (the curriculum, the checks, Present) show `problem`.

A faulty *translation* never gets here: the loader shows its fields in English (marked).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from pcsc_workshop.core.curriculum import Curriculum


class CurriculumUnavailable(RuntimeError):
    """The curriculum is needed here and could not be loaded; the message says why, in the
    interface language (show it as it is)."""


@dataclass(frozen=True)
class CurriculumLoad:
    curriculum: Curriculum | None
    problem: str = ""  # "" when loaded, else the sentence shown to the user

    @property
    def ok(self) -> bool:
        return self.curriculum is not None

    def required(self) -> Curriculum:
        """The curriculum, or CurriculumUnavailable carrying `problem`."""
        if self.curriculum is None:
            raise CurriculumUnavailable(self.problem)
        return self.curriculum

    def title_of(self, ref: str) -> str:
        """The item's title, or its id when the curriculum is missing or does not have it."""
        if self.curriculum is None:
            return ref
        try:
            return str(self.curriculum.title_of(ref))
        except KeyError:
            return ref


def why(exc: BaseException) -> str:
    """The first thing wrong, short enough for a status line (file and field when known)."""
    from pcsc_workshop.core.curriculum.problems import CurriculumError  # loaded: it raised

    problems = exc.problems if isinstance(exc, CurriculumError) else []
    if problems:
        first = problems[0]
        more = len(problems) - 1
        where = f"{first.file}: {first.field}: {first.message}" if first.field \
            else f"{first.file}: {first.message}"
        return where if not more else QCoreApplication.translate(
            "Curriculum", "{0} (and %n more problem(s))", "", more).format(where)
    return str(exc) or type(exc).__name__


def failed(exc: BaseException) -> CurriculumLoad:
    """The one user-facing message for a curriculum that fails to load (the loader's English
    detail isolated, so an Arabic sentence around it cannot reorder it)."""
    from pcsc_workshop.ui.display import isolate

    message = QCoreApplication.translate(
        "Curriculum",
        "The curriculum could not be loaded ({0}), so its texts are missing and pillars, "
        "elements and modules show as ids. Run “pcsc-workshop curriculum check” to see what "
        "is wrong, or reinstall PCSC Workshop, then restart it.").format(isolate(why(exc)))
    return CurriculumLoad(None, message)
