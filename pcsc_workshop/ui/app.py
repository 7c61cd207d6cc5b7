"""Start the desktop app: QApplication, bundled fonts, style, database, main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pcsc_workshop import __version__
from pcsc_workshop.core.errors import DatabaseError
from pcsc_workshop.paths import default_db_path, fonts_dir, resources_dir
from pcsc_workshop.ui.heap import pause_collection
from pcsc_workshop.ui.main_window import MainWindow
from pcsc_workshop.ui.workers import Op

if TYPE_CHECKING:
    from pcsc_workshop.core.store import Store


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pcsc-workshop", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--exit-after-show", action="store_true")
    parser.add_argument("--exit-after-load", action="store_true")
    parser.add_argument("files", nargs="*")
    args, _unknown = parser.parse_known_args(list(argv))
    return args


def register_fonts() -> None:
    """Make the bundled Noto fonts available so every script displays without system fonts,
    and make them the interface font (Latin, Arabic, Bengali, Devanagari glyphs).

    The app does it before its window exists (`show_window`): 34 files, ~7 ms of UI-thread
    CPU. Why not later, in turns, once the window is shown: setting the interface font then
    sends every built widget a FontChange, so each page re-lays itself out and the shown one
    repaints whole (the warm-up's longest turns, up to 40-56 ms). Why on the UI thread: Qt
    keeps a font cache per thread (QFontCache) and adding a font invalidates the caches from
    the calling thread, so fonts added on a worker could leave the UI thread's cache (what
    every widget draws with) out of date."""
    for path in sorted(fonts_dir().glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    from pcsc_workshop.ui import i18n

    app = QApplication.instance()
    if isinstance(app, QApplication):
        i18n.use_ui_fonts(app)


def apply_style(app: QApplication) -> None:
    """Language, text size and theme from the settings (see ui/i18n.py).

    Called before any widget exists: widgets translate their texts when they are built.
    """
    from pcsc_workshop.ui import i18n

    i18n.setup(app, QSettings())


# A worker thread doing Python work (a database query, a PDF) keeps the GIL for up to the
# switch interval each time the UI thread asks for it, and a repaint asks many times (every
# Python override and model call). At Python's default 5 ms a page repaint went from 13 to
# 23-30 ms while a worker ran; at 1 ms it stays at 13-15 ms (bench/ui_latency_bench.py).
UI_SWITCH_INTERVAL_S = 0.001

# Qt's raster painter hands every large non-solid fill (a gradient, a translucent colour over
# more than ~96 scan lines: scroll bar grooves, combo boxes, group boxes) to a pool of threads
# in 64-line pieces, and the UI thread waits for all of them. On this app's laptops (two
# cores, a worker often busy) the pieces wait for a CPU: switching to the Self-assessment page
# took 12 ms of UI-thread CPU and 16 ms wall with the pool, 9 ms and 10 ms without (one paint,
# the same pixels). Read by Qt (libQt6Gui) when it first paints; set unless the user set it.
GUI_THREADPOOL_OFF = ("QT_NO_GUI_THREADPOOL", "1")


def create_app(argv: Sequence[str] = ()) -> QApplication:
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    os.environ.setdefault(*GUI_THREADPOOL_OFF)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else \
        QApplication(["pcsc-workshop", *argv])
    app.setApplicationName("PCSC Workshop")
    app.setOrganizationName("PCSC Workshop")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "pcsc-workshop.png")))
    from pcsc_workshop.ui.combo_style import install as show_start_of_combo_text

    show_start_of_combo_text(app)
    apply_style(app)
    from pcsc_workshop.ui import plain_text

    plain_text.install(app)  # before any widget: user text is never markup
    return app


def open_store(db: str | None) -> Store:
    """Open (and migrate) the database; importing the database layer is the slow part."""
    from pcsc_workshop.core.store import Store

    return Store(default_db_path(db))


def prepare_store(db: str | None, demo: bool = True) -> Store:
    """Open the store and make the demo workshop on a first start (safe on a worker).

    `demo=False` when the app starts to open a workshop pack: a participant's laptop needs
    the facilitator's workshop, not the demo (making it was 1.6 s of the ~7-9 s to "Who are
    you?" on a fresh database, and left a second workshop in the picker)."""
    from pcsc_workshop.door import Door
    from pcsc_workshop.ui.pages import page_specs

    store = open_store(db)
    door = Door(store)
    if demo and not door.workshops.all():
        door.workshops.ensure_demo()
    page_specs()[0].load_class()  # import the first page's module off the UI thread
    # ...and the exchange core, which the window's plan-status check needs as soon as the
    # database is attached (importing it there competed with the first page for the GIL).
    import pcsc_workshop.core.exchange  # noqa: F401
    import pcsc_workshop.core.local_content  # noqa: F401 - the first page lists local content

    # ...and what attaching the window imports next, on the UI thread otherwise: the export
    # menu (~8 ms with the export child's door), the content-language picker, the
    # curriculum's loading words (bindings none of them: all use QtCore/QtGui/QtWidgets)
    import pcsc_workshop.ui.curriculum_load  # noqa: F401
    import pcsc_workshop.ui.exports  # noqa: F401
    import pcsc_workshop.ui.widgets.content_language  # noqa: F401
    try:  # the first page shows the curriculum: parse it here, not on the UI thread
        from pcsc_workshop.core.curriculum import load_curriculum
        from pcsc_workshop.core.curriculum.citing import cite

        cite("")  # ...and read its sources registry (pydantic models: ~10 ms on the UI thread)

        # English and the reader's likely content language (~90 ms each, before the first
        # page); the window's warm-up loads the other languages once the page is shown
        for language in dict.fromkeys(["en", *likely_content_languages(store)]):
            load_curriculum(language=language)
    except Exception:  # noqa: BLE001 - the page reports a broken curriculum itself
        pass
    return store


def likely_content_languages(store: Store) -> list[str]:
    """The reader's content-language choice, the interface language, the working language of
    the workshop opened last: what the first page will most likely be shown in."""
    settings = QSettings()
    found = [str(settings.value("content/language", "", str) or ""),
             str(settings.value("ui/language", "", str) or "")]
    wanted = str(settings.value("workshop_id", "", str) or "")
    if wanted:
        try:
            from pcsc_workshop.door import Door

            found.append(Door(store).workshops.working_language(wanted))
        except Exception:  # noqa: BLE001 - a guess only; the page loads what it needs
            pass
    return [lang for lang in found if lang]


def attach_store(window: MainWindow, store: Store) -> None:
    from pcsc_workshop.ui.context import AppContext
    from pcsc_workshop.ui.exports import install_export_menu

    window.attach(AppContext(store=store, settings=QSettings()))
    window.export_menu = install_export_menu(window)


def build_window(store: Store, files: Sequence[str] = ()) -> MainWindow:
    """The main window on an already open `store` (tests; the demo made on first use).

    `files`: `.pcsc` files to open once the store is attached, as `pcsc-workshop FILE.pcsc`."""
    from pcsc_workshop.door import Door

    door = Door(store)
    if not door.workshops.all():
        door.workshops.ensure_demo()
    window = MainWindow()
    window.exchange.open_files(list(files))
    attach_store(window, store)
    wait_until_attached(window)
    return window


def wait_until_attached(window: MainWindow, timeout_ms: int = 30_000) -> None:
    """Run the event loop until `window` has read its workshops and filled its pickers
    (attach() does that in later turns, the read on a worker): callers of `build_window`
    (tests, scripts) get a window with its workshop chosen, as before."""
    if window.is_attached:
        return
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    window.attached.connect(loop.quit)
    timer = QTimer(loop)  # never wait forever (a read that neither ends nor fails)
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    if not window.is_attached:
        loop.exec()
    window.attached.disconnect(loop.quit)


def database_failure_text(exc: BaseException) -> str:
    """One clear sentence for a database that cannot be used (damaged, full disk, busy...)."""
    from pcsc_workshop.core.errors import classify

    found = exc if isinstance(exc, DatabaseError) else classify(exc)
    if found is None:
        return QCoreApplication.translate("App", "The database could not be opened: {0}").format(
            exc)
    translate = QCoreApplication.translate
    words = {
        "database-busy": translate("App", "The database is busy: another save or import held "
                                   "it for too long. Nothing was changed; try again in a "
                                   "moment."),
        "disk-full": translate("App", "The disk is full: nothing was saved. Free some space "
                               "(or choose another folder) and try again; your earlier work "
                               "is intact."),
        "database-io": translate("App", "The computer could not read or write the database "
                                 "file (was a USB stick removed, or is the disk failing?). "
                                 "Nothing was changed."),
        "database-corrupt": translate("App", "The database file is damaged. Restore the newest "
                                      "backup next to it (a file named like it with "
                                      "“.backup-” in its name), or choose another file with "
                                      "--db."),
        "database-readonly": translate("App", "The database file or its folder cannot be "
                                       "written (read-only or no permission). Nothing was "
                                       "changed."),
    }.get(found.code)
    if words is None or QLocale().language() == QLocale.Language.English:
        return str(found)  # the core's own sentence (it names the file)
    return f"{words}\n({found})"


def show_database_failure(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Say it once, in a message box (not modal: the caller decides what happens when it is
    closed) and on stderr, never as a traceback."""
    message = database_failure_text(exc)
    print(f"pcsc-workshop: {message}", file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("App", "PCSC Workshop"), message,
                      QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("database-failure")
    _open_boxes.append(box)  # without a parent, nothing else keeps it alive
    box.finished.connect(lambda _r: _open_boxes.remove(box) if box in _open_boxes else None)
    box.open()
    return box


_open_boxes: list[QMessageBox] = []


def install_database_failure_hook(parent: QWidget | None) -> None:
    """A storage failure met by any page later (a damaged page read, a full disk at a save)
    is shown as one clear message instead of a traceback; other errors go to the usual hook."""
    from pcsc_workshop.core.errors import classify

    previous = sys.excepthook
    shown: set[str] = set()

    def hook(kind, exc, tb) -> None:  # noqa: ANN001 - sys.excepthook's signature
        found = classify(exc) if isinstance(exc, BaseException) else None
        if found is None:
            previous(kind, exc, tb)
            return
        if found.code not in shown:  # one message per kind of failure, not one per repaint
            shown.add(found.code)
            box = show_database_failure(parent, found)
            box.finished.connect(lambda _r, code=found.code: shown.discard(code))

    sys.excepthook = hook


def show_window(files: Sequence[str] = ()) -> MainWindow:
    """The window shell, shown with the bundled fonts already the interface font (see
    `register_fonts`: a few ms more before the first paint, but no second layout and full
    repaint of every page once they are built). `files`: `.pcsc` files to open once the
    store is attached."""
    register_fonts()
    window = MainWindow()
    window.exchange.open_files(list(files))
    window.show()
    return window


def run(argv: Sequence[str]) -> int:
    """Show the window shell at once, open the database on a worker, then attach it."""
    pause_collection()  # until the warm-up has built everything (see ui/heap.py)
    args = _parse(argv)
    app = create_app()
    window = show_window(args.files)
    # say what is happening while the database opens (and migrates) on a worker
    window.statusBar().showMessage(
        QCoreApplication.translate("App", "Opening the workshop pack…") if args.files
        else QCoreApplication.translate("App", "Opening the database…"))
    opened: list[Store] = []

    def ready(store: Store) -> None:
        window.statusBar().clearMessage()
        opened.append(store)
        attach_store(window, store)
        if args.exit_after_load:  # the first page built and shown (attach takes a few turns)
            window.first_page_shown.connect(lambda: QTimer.singleShot(0, app.quit))
        else:
            window.warm_up()

    def failed(exc: BaseException) -> None:
        box = show_database_failure(window, exc)
        box.finished.connect(lambda _result: app.exit(1))

    install_database_failure_hook(window)
    if args.exit_after_show:
        # Timing mode: stop once the shown window has been through the event loop.
        QTimer.singleShot(0, app.quit)
    else:
        Op(window, lambda _progress, _cancelled: prepare_store(
            args.db, demo=not args.files)).success(
            ready
        ).failure(failed).run()
    code = app.exec()
    for store in opened:
        window.close()
        store.close()
    return code
