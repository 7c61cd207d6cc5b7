"""UI fixtures: a main window on a fresh database with the demo workshop."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
import shiboken6

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

    Deleted there rather than in the module fixture's own teardown: deleting a shared window
    with a pyqtgraph chart from the fixture's finalizer crashed in QGraphicsScene::clear
    (the same window deleted by the clean-up after a test does not).
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


SHARING_FIXTURES = ("_shared_window", "_room_shared")  # module-scoped: windows kept between tests


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

    from pcsc_workshop.ui.context import AppContext
    from pcsc_workshop.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow()
    qtbot.addWidget(w)
    w.attach(AppContext(store=store, settings=settings))
    w.resize(1300, 850)
    w.show()
    yield w
    w.close()


def wait_until(condition, timeout: float = 10.0) -> None:
    """qtbot.waitUntil for a module-scoped fixture (qtbot is one per test)."""
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        QApplication.processEvents()
        time.sleep(0.005)


def _no_op_running() -> bool:
    return not Op._running


@pytest.fixture(scope="module")
def _shared_window(qapp, tmp_path_factory: pytest.TempPathFactory):
    """The `window` fixture's window (the demo workshop, its own database and settings),
    built once for a module's tests that only read: building a main window and its pages
    costs more than most such tests. `reading_window` gives it to a test and restores it."""
    from PySide6.QtCore import QSettings

    from pcsc_workshop.core.demo import ensure_demo_workshop
    from pcsc_workshop.core.store import Store
    from pcsc_workshop.ui.context import AppContext
    from pcsc_workshop.ui.main_window import MainWindow
    from tests.conftest import _template

    folder = tmp_path_factory.mktemp("shared-window")
    shutil.copy(_template("demo", tmp_path_factory), folder / "workshops.sqlite3")
    store = Store(folder / "workshops.sqlite3")
    with store.session() as session:
        ensure_demo_workshop(session, with_samples=False)  # finds the copied demo
    w = MainWindow()
    w.attach(AppContext(store=store, settings=QSettings(
        str(folder / "settings.ini"), QSettings.Format.IniFormat)))
    w.resize(1300, 850)
    w.show()
    wait_until(_no_op_running)
    keep_between_tests()
    try:
        yield w
    finally:
        # deleted by the clean-up after the module's last test (see pytest_runtest_teardown)
        wait_until(_no_op_running, 30)
        store.close()


@pytest.fixture()
def reading_window(_shared_window, qtbot):
    """The module's shared main window, as a fresh one starts: the workshop's own content
    language and the first page, whatever the previous test chose."""
    w = _shared_window
    assert shiboken6.isValid(w), "the tests sharing a window must follow one another"
    assert w.ctx.content_language() == (w.ctx.working_language() or "en")
    assert w.nav.currentRow() <= 0  # the first page (a fresh window may not have built it)
    yield w
    wait_until(_no_op_running)
    if w.content_language.currentIndex() != 0:
        w.content_language.setCurrentIndex(0)  # back to the workshop's language
        wait_until(lambda: w.ctx.content_language() == (w.ctx.working_language() or "en"))
    w.show_page(w.specs[0].name)
    wait_until(_no_op_running)
    from PySide6.QtWidgets import QApplication

    if not w.property(SHARED):
        return  # the module's last test: deleted after it (see pytest_runtest_teardown)
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible():  # the window's own menus and pop-ups made meanwhile
            widget.setProperty(SHARED, True)  # (what the test opened is deleted as usual)
