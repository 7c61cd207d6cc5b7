"""After start-up the UI thread imports no big library: each would freeze the window; and no
worker imports one of Qt's bindings: that crashed the app at start-up.

reportlab alone takes ~90 ms to import; the export menu once imported it on the UI thread
to build a title lookup, before handing the PDFs to a worker. This runs the app in a fresh
process (in this one the libraries are long imported, so nothing could be caught), visits
every page, exports the plans and lists what the UI thread imported meanwhile.

The warm-up imports the page modules on a worker; a PySide6 binding module (QtPrintSupport
for the workshop page) first imported there, while the UI thread polished the first page,
ended the process with a segmentation fault in about one start in four.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import _template

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import sys, threading, time
from pathlib import Path
from bench.import_watch import MainThreadImports

class QtOnWorkers:  # notes Qt bindings first imported off the main thread (loads nothing)
    found = []
    def find_spec(self, name, path=None, target=None):
        if name.startswith("PySide6.Qt") and name not in sys.modules \
                and threading.current_thread() is not threading.main_thread():
            self.found.append(name)
        return None

sys.meta_path.insert(0, QtOnWorkers())
from pcsc_workshop.ui.app import build_window, create_app, open_store
from pcsc_workshop.ui.workers import Op

app = create_app()
window = build_window(open_store(sys.argv[1]))
window.show()
warmed = []
window.warm_up(lambda: warmed.append(True))
while not warmed:
    app.processEvents()
    time.sleep(0.005)
with MainThreadImports() as watch:
    for spec in window.specs:
        window.show_page(spec.name)
        app.processEvents()
    op = window.export_menu.export_plans(Path(sys.argv[2]))
    while op in Op._running:
        app.processEvents()
        time.sleep(0.005)
print("PDFS", len(list(Path(sys.argv[2]).glob("*.pdf"))))
print("HEAVY", " ".join(watch.heavy()))
print("QT_ON_WORKERS", " ".join(QtOnWorkers.found))
"""


def test_pages_and_exports_import_no_big_library_on_the_ui_thread(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    out = tmp_path / "pdf"
    out.mkdir()
    # the demo as a first start makes it, copied (building it in the child is ~0.5 s of CPU)
    shutil.copy(_template("scored", tmp_path_factory), tmp_path / "w.sqlite3")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "w.sqlite3"), str(out)],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines()
                 if line.startswith(("PDFS ", "HEAVY ", "QT_ON_WORKERS ")))
    assert int(lines["PDFS"]) > 0  # the export really ran (on its worker)
    assert lines["HEAVY"].split() == []
    assert lines["QT_ON_WORKERS"].split() == []


def test_the_window_shows_before_the_database_libraries_are_imported(tmp_path: Path) -> None:
    """SQLAlchemy alone is ~0.3 s to import: the window is shown first and the database
    opened on a worker after it (a type-only import of a core module at the top of a window
    module had made the window take 0.8-0.9 s to appear instead of 0.3 s)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "pcsc_workshop",
         "--db", str(tmp_path / "w.sqlite3"), "--exit-after-show"],
        env=env, capture_output=True, text=True, timeout=120, check=True)
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()
                if line.startswith("import time:")}
    assert "PySide6.QtWidgets" in imported  # the list is the real one
    assert not {m for m in imported if m.split(".")[0] in ("sqlalchemy", "alembic")}
