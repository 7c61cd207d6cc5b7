"""The registry of pages: the main window builds its sidebar from PAGE_MODULES.

A new page is one new module with a `Page` subclass named `PAGE`, plus a line here.
"""

from __future__ import annotations

import importlib

PAGE_MODULES: tuple[str, ...] = (
    "workshop",
    "plans",
    "assessment",
)


def page_classes() -> list[type]:
    classes = [importlib.import_module(f"{__name__}.{m}").PAGE for m in PAGE_MODULES]
    return sorted(classes, key=lambda cls: cls.ORDER)
