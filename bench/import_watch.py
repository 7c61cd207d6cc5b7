"""Which modules the UI thread imports for the first time while it is being watched.

An import on the UI thread after start-up is a freeze the user feels: reportlab alone takes
about 90 ms. `MainThreadImports` is a `sys.meta_path` finder that only takes notes (it
never loads anything), so it can watch a whole scripted session.

    with MainThreadImports() as watch:
        ...
    watch.modules  # e.g. ["reportlab", "reportlab.platypus", ...]
"""

from __future__ import annotations

import sys
import threading


class MainThreadImports:
    def __init__(self) -> None:
        self.modules: list[str] = []

    def find_spec(self, fullname: str, path=None, target=None):  # noqa: ANN001 - finder API
        if threading.current_thread() is threading.main_thread() and fullname not in sys.modules:
            self.modules.append(fullname)
        return None  # let the real finders load it

    def __enter__(self) -> MainThreadImports:
        sys.meta_path.insert(0, self)
        return self

    def __exit__(self, *_exc: object) -> None:
        sys.meta_path.remove(self)

    def heavy(self, prefixes: tuple[str, ...] = ("reportlab", "PIL", "pyqtgraph", "numpy",
                                                 "sqlalchemy", "pydantic", "alembic")) -> list[str]:
        """The watched imports from the big libraries (the ones that cost tens of ms)."""
        return [m for m in self.modules if m.split(".")[0] in prefixes]
