"""A cheaper answer to the question PySide6 asks about every module imported after it.

PySide6 (6.11) replaces `builtins.__import__` with a hook (`shibokensupport.feature`) for its
optional `from __feature__ import snake_case` mode. The first time any module is imported
after PySide6, in any thread, the hook asks whether that module "uses PySide" by calling
`inspect.getsource(module)` and looking for the word "PySide6" in it. `inspect.getsource`
looks the module up among all of `sys.modules` and reads and splits the whole file into
`linecache`, where the source of all ~550 modules the app imports (SQLAlchemy's included) then
stays for the life of the process.

Measured (5 cold processes each, importing the core, the door, SQLAlchemy, Alembic and the
first page after PySide6): 545-757 ms of CPU with the hook as shipped, 397-506 ms with the
answer below. At start-up that CPU is spent on the worker that opens the database while
holding the GIL the UI thread needs to paint.

The answer is the same question asked of the file's bytes: does the `.py` file contain
"PySide6"? Modules without a readable `.py` file (built-in, extension, frozen) get PySide6's
own function, so its answer never changes (the test compares both on every loaded module).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - installs the hook this module adjusts

_original: list[Callable[[ModuleType], bool]] = []


def _uses_pyside(module: ModuleType) -> bool:
    """PySide6's `_mod_uses_pyside`, read from the file's bytes instead of `inspect`."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return _original[0](module)


def install() -> bool:
    """Put the cheaper answer in place once; False when this PySide6 has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    found = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(found):
        return False
    if found is not _uses_pyside:
        _original[:] = [found]
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True
