"""Take the README's screenshots: every page of the main window on a fresh demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from pcsc_workshop.core.people import list_participants  # noqa: E402
from pcsc_workshop.ui.app import (  # noqa: E402
    build_window,
    create_app,
    open_store,
    register_fonts,
    wait_until_attached,
)


def settle(app: QApplication, rounds: int = 20, seconds: float = 0.0) -> None:
    """Run the event loop `rounds` times, then on for `seconds` (pages fill from reads on a
    worker and show their rows a slice per turn)."""
    import time

    for _ in range(rounds):
        app.processEvents()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_app()
    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "demo.sqlite3"))
        window = build_window(store)
        wait_until_attached(window)
        window.resize(1360, 860)
        window.show()
        settle(app)
        for spec in window.specs:
            page = window.show_page(spec.name)
            if spec.name == "plans":
                with store.session() as s:
                    person = list_participants(s, window.ctx.workshop_id)[0]
                page.select_participant(person.id)
            settle(app, seconds=1.5)
            if spec.name == "dashboard":  # it refreshes on a worker once it stays shown
                import time

                deadline = time.monotonic() + 10
                while page.data is None and time.monotonic() < deadline:
                    app.processEvents()
                    time.sleep(0.01)
                settle(app)
            window.grab().save(str(out / f"{spec.name}.png"))
            print(out / f"{spec.name}.png")
        window.close()
        store.close()


if __name__ == "__main__":
    main()
