"""UI fixtures: a main window on a fresh database with the demo workshop."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from pcsc_workshop.ui.workers import Op
from tests.conftest import restore_template


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """QSettings written to a temp folder, never to the developer's real settings."""
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))


@pytest.fixture(autouse=True)
def _unfreeze_heap():
    """A window's warm-up freezes the heap (see `settle_heap`); one test's widgets must not
    outlive it, so the frozen objects go back to the collector after each test."""
    yield
    gc.unfreeze()
    gc.enable()


@pytest.fixture(autouse=True)
def _delete_leftover_windows(qapp):
    """Delete every top-level widget a test left behind.

    pytest-qt closes the widgets it was given but never deletes them, and tests build many
    windows and dialogs: by the end of a run ~5,500 widgets were alive and each new window's
    style sheet restyled all of them, which made UI fixtures slower test by test. Deleting them
    (C++ side, via deleteLater + flushing the deferred deletes) keeps each test's set-up flat.
    Runs last (autouse fixtures are set up first, torn down last), after the window fixtures
    have closed their stores.
    """
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if _shared(widget):
            continue
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


SHARED = "pcsc_tests_shared"  # a widget property: see `keep_between_tests`


def keep_between_tests() -> None:
    """Mark every window now open as shared between tests by a module-scoped fixture (one of
    SHARING_FIXTURES): the clean-up after each test leaves them, until the module's last.

    Every one, not only the main window: a window holds menus and pop-ups made without a
    parent (they are top-level widgets of their own), and deleting those under a window that
    lives on leaves it pointing at freed memory.
    """
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.setProperty(SHARED, True)


def release_shared() -> None:
    """Stop sharing: the clean-up after this test deletes those windows as any other.

    Deleted there, as every window, rather than in the module fixture's own finalizer.
    (A shared window that had built a pyqtgraph chart — the dashboard's; the assessment radar
    was one until it was drawn with QPainter —
    crashed in QGraphicsScene::clear when deleted, from the finalizer and, under xdist, from
    the clean-up too: share only windows that never show such a page.)
    """
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.setProperty(SHARED, False)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    """Before the last test of a module that shares a window is torn down, release it."""
    for name in SHARING_FIXTURES:
        if name in item.fixturenames and (
                nextitem is None or nextitem.module is not item.module
                or name not in nextitem.fixturenames):
            release_shared()
    yield


SHARING_FIXTURES = ("_room_shared",)  # module-scoped fixtures keeping a window between tests


def _shared(widget) -> bool:
    while widget is not None:
        if widget.property(SHARED):
            return True
        widget = widget.parentWidget()
    return False


@pytest.fixture()
def sync_ops():
    Op.synchronous = True
    yield
    Op.synchronous = False


@pytest.fixture()
def make_window(qtbot, db_path: Path, tmp_path_factory: pytest.TempPathFactory):
    """Build (and rebuild, to simulate a restart) the main window on the same database."""
    from pcsc_workshop.ui.app import build_window, create_app, open_store

    create_app()
    opened = []

    def factory():
        if not opened and _holds_nothing(db_path):
            # build_window would make the demo here (~0.5 s of CPU): copy it instead
            restore_template("scored", db_path, tmp_path_factory)
        store = open_store(str(db_path))
        window = build_window(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, store))
        return window

    yield factory
    for window, store in opened:
        window.close()
        store.close()


def _holds_nothing(path: Path) -> bool:
    """True for a database with no row in any table but Alembic's (a fresh copy of the
    empty template, or a file not made yet)."""
    import sqlite3

    if not path.exists():
        return True
    con = sqlite3.connect(path)
    try:
        tables = [name for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
            " AND name NOT LIKE 'sqlite_%'")]
        return not any(con.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone()
                       for name in tables)
    finally:
        con.close()


def type_text(widget, text: str) -> None:
    """Type any-script text key by key, as a keyboard layout for that script would.

    QTest.keyClicks only knows ASCII, so each character is sent as a key press carrying the
    character, which is what Qt receives from an Arabic or Bengali keyboard layout.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


# -- fixtures of the run-the-workshop pages (issue 5) ------------------------------------------

@pytest.fixture()
def ctx(store, tmp_path):
    """An AppContext on a fresh database, for dialogs tested on their own."""
    from PySide6.QtCore import QSettings

    from pcsc_workshop.ui.context import AppContext

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(store=store, settings=settings)


@pytest.fixture()
def demo_ctx(ctx, demo_id):
    ctx.workshop_id = demo_id
    return ctx


@pytest.fixture()
def window(qtbot, store, demo_id, tmp_path):
    """The whole main window on the demo workshop (sharing the test's `store`)."""
    from PySide6.QtCore import QSettings

    from pcsc_workshop.ui.app import wait_until_attached
    from pcsc_workshop.ui.context import AppContext
    from pcsc_workshop.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow()
    qtbot.addWidget(w)
    w.attach(AppContext(store=store, settings=settings))
    wait_until_attached(w)  # the workshops are read on a worker (MainWindow.attach)
    w.resize(1300, 850)
    w.show()
    yield w
    w.close()
