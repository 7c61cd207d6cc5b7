"""Where the database, the curricula and the bundled resources live.

The same code runs from a source checkout, from a `pip install .` (data files under
`<prefix>/share/pcsc-workshop`) and from a PyInstaller bundle (`sys._MEIPASS`), so every
lookup goes through here instead of `__file__` arithmetic scattered over the code.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "pcsc-workshop"
DB_ENV = "PCSC_WORKSHOP_DB"


# The source checkout / editable install: resolved once (a realpath is a few system calls,
# and the presenter asked for the curriculum folder once per slide: ~25 times per deck).
_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def _candidate_roots() -> list[Path]:
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(_SOURCE_ROOT)  # source checkout / editable install
    roots.append(Path(sys.prefix) / "share" / APP_NAME)  # pip install .
    return roots


def _find(name: str) -> Path:
    for root in _candidate_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    # Fall back to the source layout so error messages name a sensible path.
    return _candidate_roots()[0] / name


def resources_dir() -> Path:
    """The folder holding fonts/, icons/, styles/ and translations/."""
    return _find("resources")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def curricula_dir() -> Path:
    """The folder holding one sub-folder per shipped curriculum."""
    return _find("curricula")


def data_dir() -> Path:
    """The per-user data folder (created on demand)."""
    from platformdirs import user_data_dir

    path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--db PATH` wins, then `PCSC_WORKSHOP_DB`, then the user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / "workshops.sqlite3"
