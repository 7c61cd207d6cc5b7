"""Writing export files safely: atomic replace, clear messages, file names from people's names.

A PDF that is half written when the app is killed, the disk fills or the user cancels must
never replace a good one, so every export renders into a temporary file in the target folder
(same file system, so the final `os.replace` is atomic) and renames it only when complete.
No reportlab import here: the UI uses these to check a folder before starting a batch.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# mkstemp makes files private (0600); an exported PDF should get the user's usual mode.
_UMASK = os.umask(0)
os.umask(_UMASK)
_FILE_MODE = 0o666 & ~_UMASK


class ExportError(Exception):
    """An export the user can fix (folder missing or read-only, disk full); one clear line."""


def check_folder(folder: Path) -> Path:
    """The folder as an absolute path, or ExportError saying why files cannot go there."""
    folder = Path(folder).expanduser()
    if not folder.exists():
        raise ExportError(f"The output folder does not exist: {folder}")
    if not folder.is_dir():
        raise ExportError(f"The output path is not a folder: {folder}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"The output folder is read-only (no permission to write): {folder}")
    return folder.resolve()


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path next to `target`; on success it replaces `target` atomically."""
    target = Path(target).expanduser()
    folder = check_folder(target.parent)
    target = folder / target.name
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.stem[:40]}.",
                                             suffix=".part")
    except OSError as exc:
        raise ExportError(f"Cannot write in {folder}: {exc.strerror or exc}") from exc
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        os.chmod(temp, _FILE_MODE)
        os.replace(temp, target)
    except OSError as exc:
        raise ExportError(f"Cannot write {target}: {exc.strerror or exc}") from exc
    finally:
        if temp.exists():
            temp.unlink()


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
# Windows device names: reserved with any extension ("aux.pdf", "Con.tar.gz") and with spaces
# before the dot ("AUX .pdf"); COM/LPT with a superscript digit too, and the console names.
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"{dev}{i}" for dev in ("COM", "LPT") for i in (*"0123456789", "¹", "²", "³"))}


def is_reserved_on_windows(name: str) -> bool:
    """True for a file name Windows refuses or maps to a device, whatever follows the dot."""
    return name.split(".")[0].rstrip(" ").upper() in _RESERVED


def safe_filename(name: str, fallback: str, *, max_chars: int = 80) -> str:
    """A file name (no extension) from a person's name: Unicode letters kept, separators out.

    "ليلى بنعلي" stays Arabic, "José Ignacio Muñoz" keeps its accents (NFC), and a name that
    leaves nothing usable ("../..", "???") falls back to `fallback` (an id).
    """
    text = unicodedata.normalize("NFC", name or "")
    text = "".join(c for c in text if unicodedata.category(c)[0] != "C" or c in "\u200c\u200d")
    text = _UNSAFE.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    text = text[:max_chars].strip(" .")
    if not text or not any(unicodedata.category(c)[0] in "LN" for c in text):
        text = fallback
    if is_reserved_on_windows(text):  # "AUX.pdf" -> "AUX_.pdf": the part before the dot counts
        first, dot, rest = text.partition(".")
        text = f"{first.rstrip(' ')}_{dot}{rest}"
    return text


def unique_name(stem: str, suffix: str, taken: set[str]) -> str:
    """`stem + suffix`, or `stem (2) + suffix`... when two people share a name."""
    candidate, n = f"{stem}{suffix}", 2
    while candidate.casefold() in taken:
        candidate, n = f"{stem} ({n}){suffix}", n + 1
    taken.add(candidate.casefold())
    return candidate
