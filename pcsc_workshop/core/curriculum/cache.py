"""The curriculum the app runs on: read, checked, and cached per folder and language.

`load_curriculum` refuses a folder with any problem (the app must not run on half a
curriculum) and caches the result per folder and language, keyed on file times and sizes so an
edited file is picked up. It sits above the reader (`loader.py`), the checker (`check.py`) and
the catalogue (`catalog.py`), which is why it is a module of its own: the reader below them
must not import them back.
"""

from __future__ import annotations

from pathlib import Path

from pcsc_workshop.core.curriculum.catalog import Curriculum
from pcsc_workshop.core.curriculum.check import semantic_problems
from pcsc_workshop.core.curriculum.loader import (
    TRANSLATIONS,
    FolderContent,
    default_folder,
    read_folder,
)
from pcsc_workshop.core.curriculum.problems import CurriculumError


def _signature(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """File names, times and sizes: a cheap way to notice that the folder changed."""
    entries = []
    for path in sorted(folder.rglob("*.yaml")):
        stat = path.stat()
        entries.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(entries)


_CACHE: dict[tuple[str, str], tuple[tuple[tuple[str, int, int], ...], Curriculum]] = {}
# the parsed and checked folder, shared by every language (reading it is the slow part)
_CONTENT: dict[str, tuple[tuple[tuple[str, int, int], ...], FolderContent]] = {}


def load_curriculum(path: Path | str | None = None, language: str = "en") -> Curriculum:
    """The curriculum in `path` (default: the shipped `pcsc`), texts in `language`.

    Raises CurriculumError (listing file and field of each problem) for a broken folder.
    A faulty or partial translation does not: its fields are English (and marked).
    Cached: calling it again is free unless a file changed; another language of the same
    folder reuses the parsed files.
    """
    folder = Path(path) if path is not None else default_folder()
    resolved = str(folder.resolve())
    key = (resolved, language)
    signature = _signature(folder) if folder.is_dir() else ()
    cached = _CACHE.get(key)
    if cached is not None and cached[0] == signature:
        return cached[1]
    shared = _CONTENT.get(resolved)
    if shared is not None and shared[0] == signature:
        content = shared[1]
    else:
        content = read_folder(folder)
        # A faulty translation never stops the app: its fields are shown in English (and
        # marked); `curriculum check` is where translators see what is wrong with them.
        problems = [p for p in content.problems or semantic_problems(content,
                                                                     translations=False)
                    if not p.file.startswith(TRANSLATIONS + "/")]
        if problems:
            raise CurriculumError(problems)
        _CONTENT[resolved] = (signature, content)
    curriculum = Curriculum(content, language=language)
    _CACHE[key] = (signature, curriculum)
    return curriculum


def clear_cache() -> None:
    _CACHE.clear()
    _CONTENT.clear()
