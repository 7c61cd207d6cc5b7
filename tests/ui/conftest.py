"""UI fixtures: an AppContext on a fresh database, pages built as the main window builds them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture()
def ctx(store, tmp_path):
    from pcsc_workshop.ui.context import AppContext

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(store=store, settings=settings)


@pytest.fixture()
def demo_ctx(ctx, demo_id):
    ctx.workshop_id = demo_id
    return ctx


@pytest.fixture()
def sync_ops():
    from pcsc_workshop.ui.workers import Op

    Op.synchronous = True
    yield
    Op.synchronous = False


@pytest.fixture()
def window(qtbot, store, demo_id, tmp_path):
    """The whole main window on the demo workshop."""
    from pcsc_workshop.ui.context import AppContext
    from pcsc_workshop.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(AppContext(store=store, settings=settings))
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    return w
