"""Start the desktop app: QApplication, bundled fonts, style, database, main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from pcsc_workshop import __version__
from pcsc_workshop.core.db import DatabaseError
from pcsc_workshop.core.store import Store
from pcsc_workshop.paths import default_db_path, fonts_dir, resources_dir


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pcsc-workshop", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--exit-after-show", action="store_true")
    parser.add_argument("files", nargs="*")
    args, _unknown = parser.parse_known_args(list(argv))
    return args


def register_fonts() -> None:
    """Make the bundled Noto fonts available so every script displays without system fonts."""
    for path in sorted(fonts_dir().glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def apply_style(app: QApplication) -> None:
    qss = resources_dir() / "styles" / "app.qss"
    if qss.is_file():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))


def create_app(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance() or QApplication(["pcsc-workshop", *argv])
    app.setApplicationName("PCSC Workshop")
    app.setOrganizationName("PCSC Workshop")
    app.setApplicationVersion(__version__)
    apply_style(app)
    return app


def open_store(db: str | None) -> Store:
    return Store(default_db_path(db))


def build_window(store: Store):
    """The main window on `store`, with the demo workshop made on a first start."""
    from pcsc_workshop.core.demo import ensure_demo_workshop
    from pcsc_workshop.core.workshops import list_workshops
    from pcsc_workshop.ui.context import AppContext
    from pcsc_workshop.ui.main_window import MainWindow

    with store.session() as session:
        if not list_workshops(session):
            ensure_demo_workshop(session)
    ctx = AppContext(store=store, settings=QSettings())
    return MainWindow(ctx)


def run(argv: Sequence[str]) -> int:
    args = _parse(argv)
    app = create_app()
    try:
        store = open_store(args.db)
    except DatabaseError as exc:
        QMessageBox.critical(None, "PCSC Workshop", str(exc))
        print(f"pcsc-workshop: {exc}", file=sys.stderr)
        return 1
    window = build_window(store)
    window.show()
    if args.exit_after_show:
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(0, register_fonts)
    code = app.exec()
    store.close()
    return code
