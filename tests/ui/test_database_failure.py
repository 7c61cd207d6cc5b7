"""A damaged database gives one clear message in the UI (issue 13, point 6), no traceback."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pcsc_workshop.core.models import Participant, Workshop
from pcsc_workshop.core.store import Store


def _corrupt_database(path: Path) -> None:
    store = Store(path)
    with store.session() as session:
        session.add(Workshop(id="w1", title="Corrupt me", city="Quito", country="Ecuador"))
        for i in range(300):
            session.add(Participant(id=f"p{i}", workshop_id="w1", name=f"Persona {i} " * 8))
    store.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='participants'").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    for i in range(4096 * (root - 1) + 8, 4096 * root, 7):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def _failure_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "database-failure"
            and w.isVisible()]


def test_app_start_on_a_damaged_database_says_so_once(qtbot, tmp_path, capfd) -> None:
    from pcsc_workshop.ui import app as app_module

    path = tmp_path / "damaged.sqlite3"
    _corrupt_database(path)
    seen: list[str] = []

    def close_box() -> None:
        boxes = _failure_boxes()
        if not boxes:
            QTimer.singleShot(100, close_box)
            return
        seen.extend(b.text() for b in boxes)
        assert all(b.textFormat() == Qt.TextFormat.PlainText for b in boxes)
        QApplication.instance().processEvents()
        boxes[0].grab().save(str(tmp_path / "damaged.png"))
        for b in boxes:
            b.done(0)

    QTimer.singleShot(100, close_box)
    code = app_module.run(["--db", str(path)])
    assert code == 1
    assert len(seen) == 1 and "damaged" in seen[0] and "backup" in seen[0]
    err = capfd.readouterr().err
    assert "damaged" in err and "Traceback" not in err and "sqlalchemy" not in err.lower()


def test_a_storage_failure_later_is_one_message_not_a_traceback(qtbot, capfd) -> None:
    from pcsc_workshop.ui.app import install_database_failure_hook

    previous = sys.excepthook
    try:
        install_database_failure_hook(None)
        err = sqlite3.DatabaseError("database disk image is malformed")
        err.sqlite_errorcode = 11
        for _ in range(3):  # a repaint that fails again and again: still one box
            sys.excepthook(type(err), err, None)
        boxes = _failure_boxes()
        assert len(boxes) == 1 and "damaged" in boxes[0].text()
        full = sqlite3.OperationalError("database or disk is full")
        full.sqlite_errorcode = 13
        sys.excepthook(type(full), full, None)
        texts = [b.text() for b in _failure_boxes()]
        assert any("disk is full" in t for t in texts)
        assert "Traceback" not in capfd.readouterr().err
        for b in _failure_boxes():
            b.done(0)
    finally:
        sys.excepthook = previous
