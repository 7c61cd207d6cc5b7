"""PySide6's per-module "does it use PySide?" question, answered from the file's bytes."""

from __future__ import annotations

import subprocess
import sys

import pcsc_workshop.ui  # noqa: F401 - installs the cheaper answer
from pcsc_workshop.ui import qt_import_hook


def test_the_cheaper_answer_is_installed_and_agrees_with_pyside_on_every_loaded_module():
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is qt_import_hook._uses_pyside
    original = qt_import_hook._original[0]
    modules = [m for m in list(sys.modules.values()) if m is not None]
    assert len(modules) > 200
    differ = [m.__name__ for m in modules if original(m) != qt_import_hook._uses_pyside(m)]
    assert differ == []
    # and both say yes for a page (it imports PySide6) and no for the core
    from pcsc_workshop.core import store
    from pcsc_workshop.ui.pages import base

    assert qt_import_hook._uses_pyside(base) and not qt_import_hook._uses_pyside(store)


def test_modules_imported_after_pyside_leave_no_source_in_linecache():
    """Why it matters: PySide's own answer read every module's whole source into linecache
    (SQLAlchemy's ~100 files), CPU the database worker spent holding the GIL at start-up."""
    code = ("import linecache, PySide6.QtWidgets, pcsc_workshop.ui, sqlalchemy.orm, pcsc_workshop.core.store; "
            "print(sum(1 for f in linecache.cache if 'sqlalchemy' in f and f.endswith('.py')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert int(out.strip()) == 0
