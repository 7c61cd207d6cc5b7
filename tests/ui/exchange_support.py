"""Fixtures for the exchange UI tests: a facilitator's window and participants' laptops."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import _template
from tests.core.test_exchange_support import make_workshop


def shot(widget, name: str, tmp_path: Path) -> Path:
    """Save a screenshot (to $PCSC_SHOTS when set, so a person can look at it)."""
    folder = Path(os.environ.get("PCSC_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def drop_files(window, paths: list[Path]) -> bool:
    """Drag files from a file manager onto the window; returns whether the drag was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    accepted = enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return accepted and drop.isAccepted()


class Laptops:
    """Windows on separate databases, like the laptops in a workshop room."""

    def __init__(self, qtbot, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
        self.qtbot, self.tmp_path, self.factory = qtbot, tmp_path, tmp_path_factory
        self.opened: list = []

    def window(self, name: str, workshop_people: int = 0, files: tuple = ()):
        """A laptop's window; with `workshop_people`, a facilitator's workshop of that many
        people, else what a first start makes (the demo workshop, copied from the run's
        template: building it is ~0.5 s of CPU per laptop, the copy a few milliseconds)."""
        from pcsc_workshop.core.store import Store
        from pcsc_workshop.ui.app import build_window, create_app

        if not self.opened:  # the same app for every laptop (applying its style again
            create_app()     # restyled the windows already open)
        target = self.tmp_path / f"{name}.sqlite3"
        shutil.copy(_template("empty" if workshop_people else "scored", self.factory), target)
        store = Store(target)
        if workshop_people:
            make_workshop(store, workshop_people, delegations=3)
        window = build_window(store, files=[str(f) for f in files])
        self.qtbot.addWidget(window)
        window.show()
        self.qtbot.waitExposed(window)
        self.opened.append((window, store))
        return window

    def close(self) -> None:
        for window, store in self.opened:
            window.close()
            store.close()

