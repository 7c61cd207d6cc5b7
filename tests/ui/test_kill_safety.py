"""Kill the app with SIGKILL one second after typing stops: every character is there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pcsc_workshop.core.people import list_participants
from pcsc_workshop.core.plans import plan_for_participant
from pcsc_workshop.core.store import Store

TYPED = "Datos abiertos para todos — البيانات المفتوحة للجميع — সবার জন্য উন্মুক্ত ডেটা"

SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, {root!r})
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from pcsc_workshop.ui.app import build_window, create_app, open_store
    from pcsc_workshop.core.people import list_participants
    from tests.ui.conftest import type_text

    app = create_app()
    store = open_store({db!r})
    window = build_window(store)
    window.show()
    page = window.show_page("plans")
    with store.session() as s:
        person = list_participants(s, window.ctx.workshop_id)[{index}]
    page.select_participant(person.id)
    edit = page.editor.sections["key_takeaways"]

    def type_then_die():
        type_text(edit, {text!r})
        # One second after the last keystroke, die without any chance to clean up.
        QTimer.singleShot(1000, lambda: os.kill(os.getpid(), signal.SIGKILL))

    QTimer.singleShot(50, type_then_die)
    app.exec()
    """
)


@pytest.mark.slow
def test_sigkill_one_second_after_typing_loses_nothing(db_path: Path, demo_id: str) -> None:
    root = str(Path(__file__).resolve().parents[2])
    script = SCRIPT.format(root=root, db=str(db_path), index=4, text=TYPED)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    store = Store(db_path)
    with store.session() as s:
        person = list_participants(s, demo_id)[4]
        doc = plan_for_participant(s, person.id)
    store.close()
    assert doc.key_takeaways == TYPED
