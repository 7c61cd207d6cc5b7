"""Start the desktop app: QApplication, bundled fonts, style, database, main window."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pcsc_workshop import __version__
from pcsc_workshop.core.errors import DatabaseError
from pcsc_workshop.paths import default_db_path, fonts_dir, resources_dir
from pcsc_workshop.ui.heap import pause_collection
from pcsc_workshop.ui.main_window import MainWindow
from pcsc_workshop.ui.staging import in_a_later_turn
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
    and make them the interface font (Latin, Arabic, Bengali, Devanagari glyphs). At once:
    for scripts and tests; the app registers them in turns (`register_fonts_in_turns`)."""
    for path in _font_files():
        QFontDatabase.addApplicationFont(str(path))
    _use_ui_fonts()


# A turn of `register_fonts_in_turns` stops adding fonts after this long (one font is
# 0.1-0.9 ms of UI-thread work; the 34 bundled ones, ~8-22 ms, were one turn).
FONT_SLICE_S = 0.004


def register_fonts_in_turns(owner: QObject, done: Callable[[], None] | None = None) -> None:
    """`register_fonts()` spread over event-loop turns (ui/staging.py), at most
    FONT_SLICE_S of adding fonts per turn, the interface font set in a turn of its own; then
    `done()`. Never after `owner` is deleted.

    Why on the UI thread, a slice at a time: Qt 6 documents QFontDatabase as thread-safe,
    but Qt keeps a font cache per thread (QFontCache) and adding a font invalidates the
    caches from the calling thread, so added on a worker the fonts could leave the UI
    thread's cache (what every widget draws with) out of date. Adding
    them by file name lets FreeType read only the tables it needs (reading the 12 MB of
    files on a worker and adding them from bytes was twice the UI-thread work, and kept the
    bytes in memory)."""
    files = _font_files()

    def add_some() -> None:
        deadline = time.perf_counter() + FONT_SLICE_S
        while files:  # at least one a turn
            QFontDatabase.addApplicationFont(str(files.pop(0)))
            if time.perf_counter() >= deadline:
                break
        in_a_later_turn(owner, add_some if files else finish)

    def finish() -> None:
        _use_ui_fonts()
        if done is not None:
            done()

    add_some()


def _font_files() -> list[Path]:
    return sorted(fonts_dir().glob("*.ttf"))


def _use_ui_fonts() -> None:
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


def create_app(argv: Sequence[str] = ()) -> QApplication:
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
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


def run(argv: Sequence[str]) -> int:
    """Show the window shell at once, open the database on a worker, then attach it."""
    pause_collection()  # until the warm-up has built everything (see ui/heap.py)
    args = _parse(argv)
    app = create_app()
    window = MainWindow()
    window.exchange.open_files(args.files)  # opened once the store is attached
    window.show()
    # say what is happening while the database opens (and migrates) on a worker
    window.statusBar().showMessage(
        QCoreApplication.translate("App", "Opening the workshop pack…") if args.files
        else QCoreApplication.translate("App", "Opening the database…"))
    opened: list[Store] = []

    def ready(store: Store) -> None:
        window.statusBar().clearMessage()
        opened.append(store)
        attach_store(window, store)
        register_fonts_in_turns(window)
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
