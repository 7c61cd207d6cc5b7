"""Watch a drop folder (USB stick, network share, Syncthing folder) for `.pcsc` files.

Why both a file-system watcher and a polling timer: network shares and some USB file systems
never send change notifications. Why "size and time stable across two looks": a file that is
still being copied or synced must not be read half-written (the importer would refuse it as
truncated, correctly, but the facilitator would see a false alarm). Temporary names used by
copy and sync tools (`*.tmp`, `.syncthing.*`, `~*`, dot files) are never read.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

POLL_MS = 3000

Signature = tuple[int, int]  # (size, mtime in ns)


def is_candidate(name: str) -> bool:
    """A finished `.pcsc` file, not a partial or temporary one."""
    lower = name.lower()
    return (lower.endswith(".pcsc") and not lower.startswith((".", "~"))
            and ".syncthing." not in lower and not lower.endswith((".tmp", ".part")))


class DropFolderWatcher(QObject):
    """Emits `files_ready(paths)` for new or changed complete `.pcsc` files in one folder.

    The owner imports them and calls `done(paths)`; a file is offered again only when its size
    or time changes. `poll()` is public so tests (and a "Check now") drive it directly.
    """

    files_ready = Signal(list)

    def __init__(self, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.busy = False  # the owner is importing: keep looking, offer nothing yet
        self._fs = QFileSystemWatcher(self)
        self._fs.directoryChanged.connect(self._soon)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._seen: dict[Path, Signature] = {}  # last look at each file
        self._offered: dict[Path, Signature] = {}  # signature when handed to the owner
        self._done: dict[Path, Signature] = {}  # signature when imported (or refused)

    @property
    def watching(self) -> bool:
        return self.folder is not None

    def start(self, folder: Path | str) -> None:
        self.stop()
        self.folder = Path(folder)
        self._fs.addPath(str(self.folder))
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        if self._fs.directories():
            self._fs.removePaths(self._fs.directories())
        self._timer.stop()
        self.folder = None
        self._seen.clear()
        self._offered.clear()
        self._done.clear()

    def _soon(self, _path: str) -> None:
        QTimer.singleShot(300, self.poll)

    def _look(self) -> dict[Path, Signature]:
        found: dict[Path, Signature] = {}
        try:
            entries = list(os.scandir(self.folder))
        except OSError:  # the stick was pulled out or the share went away: try again later
            return found
        for entry in entries:
            if not is_candidate(entry.name):
                continue
            try:
                if not entry.is_file():
                    continue
                st = entry.stat()
            except OSError:
                continue
            found[Path(entry.path)] = (st.st_size, st.st_mtime_ns)
        return found

    def poll(self) -> list[Path]:
        """Look once; offer files whose size and time did not change since the last look."""
        if self.folder is None:
            return []
        now = self._look()
        ready = [path for path, sig in sorted(now.items())
                 if sig[0] > 0 and self._seen.get(path) == sig and self._done.get(path) != sig
                 and self._offered.get(path) != sig]
        self._seen = now
        if ready and not self.busy:
            for path in ready:
                self._offered[path] = now[path]
            self.files_ready.emit(ready)
            return ready
        return []

    def done(self, paths: list[Path]) -> None:
        """The owner finished with these files (imported, already there or refused)."""
        for path in paths:
            if path in self._offered:
                self._done[path] = self._offered.pop(path)

    def release(self, paths: list[Path]) -> None:
        """The import failed as a whole (e.g. the database was busy): offer them again."""
        for path in paths:
            self._offered.pop(path, None)
