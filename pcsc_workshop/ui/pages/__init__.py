"""The registry of pages: the main window builds its sidebar from PAGES.

Each entry names the module, the page's stable NAME, its sidebar ORDER and its title, so
that the sidebar can be drawn before any page module (and the database layer they import)
is loaded: that is what lets the window appear in a fraction of a second. A new page is one
new module defining `PAGE` (a `Page` subclass) plus one line here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from pcsc_workshop.ui.typed_qt import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    module: str
    name: str
    order: int
    title_source: str

    def title(self) -> str:
        return QCoreApplication.translate("Pages", self.title_source)

    def load_class(self) -> type:
        return importlib.import_module(f"{__name__}.{self.module}").PAGE


PAGES: tuple[PageSpec, ...] = (
    PageSpec("curriculum", "curriculum", 10, QT_TRANSLATE_NOOP("Pages", "Curriculum")),
    PageSpec("workshop", "workshop", 20, QT_TRANSLATE_NOOP("Pages", "Workshop")),
    PageSpec("assessment", "assessment", 25, QT_TRANSLATE_NOOP("Pages", "Self-assessment")),
    PageSpec("plans", "plans", 30, QT_TRANSLATE_NOOP("Pages", "Action plans")),
    PageSpec("dashboard", "dashboard", 50, QT_TRANSLATE_NOOP("Pages", "Dashboard")),
    PageSpec("present", "present", 12, QT_TRANSLATE_NOOP("Pages", "Present")),
    PageSpec("local_content", "local_content", 14, QT_TRANSLATE_NOOP("Pages", "Local content")),
    PageSpec("quiz", "quiz", 35, QT_TRANSLATE_NOOP("Pages", "Knowledge checks")),
)


def page_specs() -> list[PageSpec]:
    return sorted(PAGES, key=lambda spec: spec.order)
