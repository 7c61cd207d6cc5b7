"""The main window: a workshop picker, a sidebar of registered pages, and the page stack."""

from __future__ import annotations

import contextlib
import importlib
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.ui import plain_text
from pcsc_workshop.ui.accessibility import name_from_labels
from pcsc_workshop.ui.heap import settle_heap
from pcsc_workshop.ui.pages import PageSpec, page_specs
from pcsc_workshop.ui.staging import (
    Step,
    in_a_later_turn,
    measure_steps,
    polish_steps,
    turns_waiting,
)
from pcsc_workshop.ui.widgets.nav_list import NavList
from pcsc_workshop.ui.widgets.page_stack import PageStack, height_for, least_size

if TYPE_CHECKING:
    from pcsc_workshop.door import Door
    from pcsc_workshop.door.workshops import WorkshopSummary
    from pcsc_workshop.ui.context import AppContext
    from pcsc_workshop.ui.exports import ExportMenu
    from pcsc_workshop.ui.pages.base import Page


T = TypeVar("T")

# The warm-up paints each hidden page off-screen in this many horizontal bands, one per turn.
PAINT_BANDS = 6
# ...once the page's reads are back: looked for this often, waited for at most this long.
READ_POLL_MS = 15
READ_WAIT_S = 2.0


class _Pause:
    """In a queue of start-up steps: wait `ms` before the next step (no busy turns)."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

# Modules the warm-up's worker imports so that no later click imports them on the UI thread
# (bench/ui_latency_bench.py lists those it catches): the export menu's titles and door.
WARM_UP_IMPORTS = ("pcsc_workshop.core.reports", "pcsc_workshop.core.reports.titles",
                   "pcsc_workshop.door.exports")


# Qt's Python bindings the page modules use besides QtCore/QtGui/QtWidgets (printing, SVG
# icons, pyqtgraph's OpenGL and QtTest imports). They are imported on the UI thread before the
# warm-up's worker imports the pages: a binding first imported on a worker while the UI
# thread was polishing widgets crashed the app (segmentation fault in PySide6 6.11, about one
# start in four under load: tests/ui/test_ui_thread_imports.py). 2-5 ms of CPU each.
QT_BINDINGS = ("PySide6.QtPrintSupport", "PySide6.QtSvg", "PySide6.QtOpenGL",
               "PySide6.QtOpenGLWidgets", "PySide6.QtTest")


def _step_name(step: object) -> str:
    name = getattr(step, "__qualname__", None) or type(step).__name__
    return name.replace(".<locals>", "")


class MainWindow(QMainWindow):
    """The window shell appears at once; `attach(ctx)` brings the data when it is ready.

    Why two steps: importing the database layer takes ~0.3 s, so the shell (sidebar, menus)
    is shown first and pages are built on first visit, once the store is open.
    """

    attached = Signal()  # the workshop picker is filled (attach() is done in several turns)
    first_page_shown = Signal()  # ...and the first page is built and on screen (not yet filled)

    def __init__(self) -> None:
        super().__init__()
        plain_text.install()  # user text is never markup, in every widget (ui/plain_text.py)
        self.ctx: AppContext | None = None
        self.export_menu: ExportMenu | None = None  # app.py's attach_store installs it
        self.setWindowTitle(self.tr("PCSC Workshop"))
        self.resize(1280, 820)
        self.specs: list[PageSpec] = page_specs()
        self._pages: dict[str, Page] = {}
        # (wall ms, UI-thread CPU ms, what) of each start-up step: the bench prints the longest
        self.turn_log: list[tuple[float, float, str]] = []
        self.is_attached = False
        self._first_page_done = False  # first_page_shown was emitted (warm_up waits for it)
        self._workshops_request = 0  # reload_workshops() calls: a slower read is dropped

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        side = QWidget(central)
        side.setObjectName("sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 12, 12, 12)
        brand = QLabel(self.tr("PCSC Workshop"), side)
        brand.setObjectName("brand")
        side_layout.addWidget(brand)
        picker_label = QLabel(self.tr("&Workshop"), side)
        self.workshop_picker = QComboBox(side)
        self.workshop_picker.setAccessibleName(self.tr("Current workshop"))
        self.workshop_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.workshop_picker.setMinimumContentsLength(18)
        picker_label.setBuddy(self.workshop_picker)
        side_layout.addWidget(picker_label)
        side_layout.addWidget(self.workshop_picker)
        self.content_label = QLabel(self.tr("&Content language"), side)
        side_layout.addWidget(self.content_label)
        self.content_language: QComboBox | None = None  # built in attach(): needs the store
        self._side_layout = side_layout
        self.nav = NavList(side)  # its titles wrap at large text sizes
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(20, 20))
        side_layout.addWidget(self.nav, 1)
        brand.setWordWrap(True)  # large text sizes: wrap rather than clip the name
        self._side = side
        layout.addWidget(side)

        self.stack = PageStack(central)
        self.loading = QLabel(self.tr("Opening your workshops…"), self.stack)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        # Large text (Settings, up to 200 %) or a small screen: the pages scroll rather than
        # squeeze their labels below their height, which would clip them.
        scroller = QScrollArea(central)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's controls
        # A plain widget between the scroll area and the stack: when the stack was a
        # QStackedWidget, as the scroll area's own widget it painted every page it showed
        # twice in one paint (Qt 6; its updates re-enabled child by child), e.g. 2 x 7 ms
        # for the Plans page (tests/ui/test_page_switch_paints.py).
        holder = QWidget(scroller)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.stack)
        scroller.setWidget(holder)
        self._scroller = scroller
        layout.addWidget(scroller, 1)
        self.setCentralWidget(central)

        for spec in self.specs:
            item = QListWidgetItem(spec.title(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
        self._fit_sidebar()
        self.nav.setEnabled(False)
        self.workshop_picker.setEnabled(False)
        self._build_menus()
        from pcsc_workshop.ui.exchange import install_exchange_actions

        self.exchange = install_exchange_actions(self)  # packs, bundles, drag-and-drop
        from pcsc_workshop.ui.room import install_room_actions

        self.room = install_room_actions(self)  # the room hub for browsers on the Wi-Fi
        from pcsc_workshop.ui.workshop_actions import install_workshop_actions

        # duplicate / delete the workshop, back up / restore the database (File menu)
        self.workshop_actions = install_workshop_actions(self)

    def attach(self, ctx: AppContext) -> None:
        """Connect the window to an open store, then (in later turns) fill the workshop
        picker, add the content-language picker and build, show and fill the first page.

        Each of those is its own event-loop turn and the list of workshops is read on a
        worker, so attaching never holds the event loop for long: done in one turn it was
        60-80 ms of UI-thread work on a quiet machine (bench/ui_latency_bench.py). `attached`
        is emitted once the pickers are filled (`build_window` waits for it)."""
        self.ctx = ctx
        ctx.changes.applied.connect(self._update_undo)
        self.nav.currentRowChanged.connect(self._show_page)
        self.workshop_picker.currentIndexChanged.connect(self._workshop_picked)
        self.nav.setEnabled(True)
        self.workshop_picker.setEnabled(True)
        self.nav.blockSignals(True)  # the first page is shown below, in later turns
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        self.exchange.attach(ctx)
        self.room.attach(ctx)
        wanted = ctx.workshop_id or ctx.settings.value("workshop_id", "", str)
        request = self._workshops_request

        def read(door: Door) -> tuple[list[WorkshopSummary], str, str]:
            workshops = door.workshops.all()
            chosen = next((w.id for w in workshops if w.id == wanted),
                          workshops[0].id if workshops else "")
            return workshops, chosen, door.workshops.working_language(chosen) if chosen else ""

        def read_done(found: tuple[list[WorkshopSummary], str, str]) -> None:
            workshops, chosen, language = found
            if chosen:  # what the content-language picker and the pages ask for next
                ctx.remember_working_language(chosen, language)
            if request == self._workshops_request:  # no reload_workshops() meanwhile
                self._turn("fill the workshop picker", lambda: self._fill_picker(workshops))
            in_a_later_turn(self, self._add_content_language)

        def read_failed(exc: BaseException) -> None:
            self._turn("fill the workshop picker", self.reload_workshops)  # says what is wrong
            in_a_later_turn(self, self._add_content_language)

        from pcsc_workshop.ui.operations import run_read

        run_read(self, ctx, read, done=read_done, failed=read_failed)

    def _add_content_language(self) -> None:
        from pcsc_workshop.ui.widgets.content_language import ContentLanguagePicker

        ctx = self.ctx
        assert ctx is not None  # attach() set it

        def add() -> None:
            self.content_language = ContentLanguagePicker(ctx, self._side)
            self._side_layout.insertWidget(self._side_layout.indexOf(self.content_label) + 1,
                                           self.content_language)
            self.content_label.setBuddy(self.content_language)

        if self.content_language is None:
            self._turn("content-language picker", add)
        self.is_attached = True
        self.attached.emit()
        in_a_later_turn(self, self._build_first_page)

    def _build_first_page(self) -> None:
        """Build the first page a stage per turn behind the "Opening…" label, fill it a step
        per turn, paint it off-screen a band per turn, then show it (built, filled and first
        painted in one go, the curriculum page was ~35 ms of UI-thread work each on a quiet
        machine, two to four times that on a loaded one)."""
        if self.stack.currentWidget() is not self.loading:
            self._first_page_finished()
            return  # a page was chosen meanwhile
        name = self.specs[max(0, self.nav.currentRow())].name
        page = self._turn(f"{name}: __init__", lambda: self._begin_page(name))

        def waiting() -> bool:  # still behind the "Opening…" label (no other page chosen)
            return self.stack.currentWidget() is self.loading

        def next_stage() -> list[Step]:
            return [next_stage] if page.build_step() else []

        def fill() -> list[Step]:
            if not waiting():
                return []
            name_from_labels(page)
            return [*polish_steps(page), *page.ensure_loaded_steps(), *self._paint_steps(page)]

        def show() -> None:
            if waiting():
                self.stack.setCurrentWidget(page)
                page.ensure_loaded()  # stale again meanwhile (another workshop chosen)
            self._first_page_finished()

        self._in_turns(name, [next_stage, fill, show])

    def _first_page_finished(self) -> None:
        self._first_page_done = True
        self.first_page_shown.emit()

    def _in_turns(self, name: str, steps: list[Step],
                  done: Callable[[], None] | None = None) -> None:
        """Run `steps` one per event-loop turn (a step's returned steps first), then `done`."""
        queue = list(steps)

        def next_turn() -> None:
            if not queue:
                if done is not None:
                    done()
                return
            step = queue.pop(0)
            more = self._turn(f"{name}: {_step_name(step)}", step)
            if isinstance(more, list):
                queue[0:0] = more
            if queue and isinstance(queue[0], _Pause):
                QTimer.singleShot(queue.pop(0).ms, self, next_turn)
            else:
                in_a_later_turn(self, next_turn)

        in_a_later_turn(self, next_turn)

    def warm_up(self, done: Callable[[], None] | None = None) -> None:
        """Prepare every page while the user reads the first one.

        Importing the page modules (pyqtgraph and numpy for the charts: ~0.4 s) and the
        modules the pages and exports use later runs on a worker (Qt's own bindings first,
        here: QT_BINDINGS); then each page not built
        yet is built a step per event-loop turn: its `__init__`, its build stages
        (`Page.build_later`), its `prepare_steps()`, its widgets polished (style sheet) a
        slice at a time, then laid out and painted once off-screen a tile at a time, so that
        a click on the sidebar later only fills a page instead of importing, building,
        polishing and first painting it. Each turn stays short (bench/ui_latency_bench.py,
        `--trace-stalls` lists the longest: `turn_log`) so the first page stays responsive.

        It begins once the first page is built, filled and shown (`first_page_shown`): begun
        earlier, its turns and the first page's were two chains of zero-delay timers that
        fired in the same event-loop turn (a 4 ms import and an 11 ms page fill: one 15 ms
        stall), and its worker competed with the first page for the GIL.
        """
        if not self._first_page_done:
            self.first_page_shown.connect(lambda: self.warm_up(done),
                                          Qt.ConnectionType.SingleShotConnection)
            return
        from pcsc_workshop.ui.workers import Op

        def import_all(_progress, _cancelled) -> None:
            for spec in self.specs:
                spec.load_class()
            for module in WARM_UP_IMPORTS:  # what later clicks import (each ~5-90 ms)
                with contextlib.suppress(ImportError):
                    importlib.import_module(module)
            # every content language, so switching it later is instant (~90 ms each)
            from pcsc_workshop.core.curriculum import default_folder, load_curriculum
            from pcsc_workshop.core.curriculum.loader import translation_languages

            for language in translation_languages(default_folder()):
                with contextlib.suppress(Exception):  # a broken folder: the page says so
                    load_curriculum(language=language)

        pending = [s.name for s in self.specs]

        def build_next() -> None:
            while pending and pending[0] in self._pages and self._pages[pending[0]].is_built():
                pending.pop(0)
            if not pending:
                settle_heap()
                if done is not None:
                    done()
                return
            name = pending.pop(0)
            begun = name in self._pages  # the first page, still being built
            page = self._turn(f"{name}: __init__", lambda: self._begin_page(name))

            def next_stage() -> list[Step]:
                return [next_stage] if page.build_step() else []

            def prepare() -> list[Step]:
                if begun:
                    return []  # being shown: the first page's own turns finish it
                # filled too, once its reads are back, then painted off-screen: a first
                # visit then only shows it (filled on the visit, the Plans page's list of
                # 200 and its first paint were 15-24 ms of UI-thread work in one turn)
                return [*page.prepare_steps(), *polish_steps(page), *page.ensure_loaded_steps(),
                        self._after_reads(page), *measure_steps(page), *self._paint_steps(page)]

            self._in_turns(name, [next_stage, prepare], build_next)

        def failed(exc: BaseException) -> None:
            settle_heap()  # pages are then built on first visit, as without a warm-up
            print(f"pcsc-workshop: warm-up stopped: {exc!r}", file=sys.stderr)

        bindings = [m for m in QT_BINDINGS if m not in sys.modules]

        def start_worker() -> None:
            if bindings:  # one per turn, on this thread (see QT_BINDINGS)
                module = bindings.pop(0)
                with contextlib.suppress(ImportError):
                    self._turn(f"import {module}", lambda: importlib.import_module(module))
                in_a_later_turn(self, start_worker)
                return
            Op(self, import_all).success(lambda _r: build_next()).failure(
                failed).run()

        in_a_later_turn(self, start_worker)

    def _turn(self, what: str, step: Callable[[], T]) -> T:
        """Run one start-up step, noting its UI-thread time (wall and CPU) in `turn_log`."""
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return step()
        finally:
            self.turn_log.append(((time.perf_counter() - wall) * 1000,
                                  (time.thread_time() - cpu) * 1000, what))

    def _after_reads(self, page: QWidget) -> Step:
        """A step that returns once no read asked for by `page` (or a widget in it) is still
        running and no later-turn call is queued (the page showing what it read, a slice per
        turn: `staging.turns_waiting`): the page is then filled. It looks again every
        `READ_POLL_MS`, for at most `READ_WAIT_S` (a slow read is left to fill the page
        later, painted or not)."""
        from pcsc_workshop.ui.workers import Op

        deadline = time.perf_counter() + READ_WAIT_S

        def wait() -> list[Step | _Pause]:
            reading = any(op.parent is page or (isinstance(op.parent, QWidget)
                                                and page.isAncestorOf(op.parent))
                          for op in Op._running) or turns_waiting() > 0
            if reading and time.perf_counter() < deadline:
                return [_Pause(READ_POLL_MS), wait]
            return []

        return wait

    def _paint_steps(self, page: QWidget) -> list[Step]:
        """Lay out and paint a hidden page once, a band at a time: style polish, layouts and
        glyph caches are then ready, which took ~30 ms off the first visit of the assessment
        page. In one go the paint took up to 70 ms (the assessment page's 21 rows and chart);
        a band paints only the widgets it crosses."""
        def lay_out() -> None:
            if not page.isVisible():
                page.resize(self._shown_size(page))
                page.grab(QRect(0, 0, 1, 1))  # pending resizes and layouts, nearly no paint

        def paint(band: int) -> Step:
            def paint_band() -> None:
                if not page.isVisible():
                    height = -(-page.height() // PAINT_BANDS)
                    page.grab(QRect(0, band * height, page.width(), height))
            return paint_band

        return [lay_out, *(paint(band) for band in range(PAINT_BANDS))]

    def _shown_size(self, page: QWidget) -> QSize:
        """The size `page` will have once shown (see PageStack): the scroll area's view, or
        the page's minimum size where that is larger, less the scroll bar it then needs. A
        hidden page laid out at that size is not laid out again when it is shown."""
        view = self._scroller.maximumViewportSize()
        need = least_size(page)
        width, height = max(view.width(), need.width()), view.height()
        if width > view.width():  # a horizontal scroll bar
            height -= self._scroller.horizontalScrollBar().sizeHint().height()
        if height_for(page, width) > height:  # a vertical one
            width = max(width - self._scroller.verticalScrollBar().sizeHint().width(),
                        need.width())
        return QSize(width, max(height, height_for(page, width)))

    def _fit_sidebar(self) -> None:
        """Widen the sidebar with the text size (Settings, 100-200 %) so labels do not clip,
        and enough for the longest word of any page title beside the list's scroll bar
        (a title wraps at spaces only: "acompanhamento" at 200 % is ~270 px)."""
        app = QApplication.instance()
        scale = (app.property("pcsc_text_scale") if app is not None else None) or 100
        width = round(240 * (1 + (max(100, int(scale)) - 100) / 300))
        margins = self._side_layout.contentsMargins()
        width = max(width, self.nav.least_width() + margins.left() + margins.right())
        self._side.setFixedWidth(width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:  # the app font changed (Settings)
            self._fit_sidebar()
            QTimer.singleShot(0, self, self._fit_sidebar)  # once the list has its new font too
        super().changeEvent(event)

    # -- navigation -------------------------------------------------------------------
    @property
    def pages(self) -> list[Page]:
        """The pages built so far (on first visit, or by the warm-up); a page the warm-up is
        still building holds nothing to save and is left out until it is whole."""
        return [page for page in self._pages.values() if page.is_built()]

    def page(self, name: str) -> Page:
        """The page called `name`, whole: built now if it was never shown, its build
        finished if the warm-up is half-way through it."""
        page = self._begin_page(name)
        if not page.is_built():
            page.finish_building()
            name_from_labels(page)  # the stages' fields too
        return page

    def _begin_page(self, name: str) -> Page:
        """The page called `name`, its `__init__` run now if it was not yet (its build stages,
        if any, are left to the warm-up or to `page()`)."""
        if name not in self._pages:
            spec = next(s for s in self.specs if s.name == name)
            page = spec.load_class()(self.ctx, self.stack)
            name_from_labels(page)  # form fields are announced by their labels
            self._pages[name] = page
            self.stack.addWidget(page)
        return self._pages[name]

    def show_page(self, name: str) -> Page:
        for row, spec in enumerate(self.specs):
            if spec.name == name:
                self.nav.setCurrentRow(row)
                page = self.page(name)
                if self.ctx is not None:  # shown and filled now, even if it was already
                    self.stack.setCurrentWidget(page)  # the current row (the first page
                    page.ensure_loaded()  # is otherwise filled a turn after attaching)
                return page
        raise KeyError(name)

    def _show_page(self, row: int) -> None:
        if self.ctx is None:
            return
        current = next((p for p in self._pages.values() if p is self.stack.currentWidget()),
                       None)
        if current is not None:
            current.flush(wait=False)  # on a worker: the next page reads after its changes
        if 0 <= row < len(self.specs):
            page = self.page(self.specs[row].name)
            self.stack.setCurrentWidget(page)
            page.ensure_loaded()

    # -- workshops --------------------------------------------------------------------
    def reload_workshops(self) -> None:
        """Fill the picker from the door (a few rows: read at once) and select the current
        workshop, or the one remembered, or the first."""
        assert self.ctx is not None  # called once a database is attached
        self._workshops_request += 1  # a read begun by attach() is now out of date
        self._fill_picker(self.ctx.door.workshops.all())

    def _fill_picker(self, workshops: list[WorkshopSummary]) -> None:
        assert self.ctx is not None
        self.workshop_picker.blockSignals(True)
        self.workshop_picker.clear()
        for w in workshops:
            self.workshop_picker.addItem(w.title, w.id)
            self.workshop_picker.setItemData(
                self.workshop_picker.count() - 1, w.title, Qt.ItemDataRole.ToolTipRole
            )
        wanted = self.ctx.workshop_id or self.ctx.settings.value("workshop_id", "", str)
        index = max(0, self.workshop_picker.findData(wanted))
        self.workshop_picker.setCurrentIndex(index)
        self.workshop_picker.blockSignals(False)
        if workshops:
            self.ctx.select_workshop(self.workshop_picker.itemData(index))

    def _workshop_picked(self, index: int) -> None:
        for page in self.pages:
            page.flush(wait=True)
        workshop_id = self.workshop_picker.itemData(index)
        if workshop_id and self.ctx is not None:
            self.ctx.select_workshop(workshop_id)

    # -- menus ------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        # Undo/Redo of the last operations on workshop data (door/undo.py). In a text field
        # Ctrl+Z undoes typing first: the field takes the shortcut while it has focus.
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(lambda: self._replay(undo=True))
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(lambda: self._replay(undo=False))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self._update_undo()
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        tools_menu.addAction(self.settings_action)
        help_menu = self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About PCSC Workshop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        for row in range(min(9, len(self.specs))):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            self.addAction(action)

    def _update_undo(self, *_args: object) -> None:
        door = self.ctx.door if self.ctx is not None else None
        undo = door.undo_label() if door else None
        redo = door.redo_label() if door else None
        self.undo_action.setEnabled(undo is not None)
        from pcsc_workshop.ui.display import isolate

        if not QApplication.isRightToLeft():  # labels are in the interface's language; an
            def isolate(text: str) -> str:  # untranslated one in Arabic keeps its own order
                return text

        self.undo_action.setText(self.tr("&Undo {0}").format(isolate(undo)) if undo
                                 else self.tr("&Undo"))
        self.redo_action.setEnabled(redo is not None)
        self.redo_action.setText(self.tr("&Redo {0}").format(isolate(redo)) if redo
                                 else self.tr("&Redo"))

    def _replay(self, undo: bool) -> None:
        """Undo or redo the last operation, off the UI thread; pages refresh from its
        changes like after any operation."""
        if self.ctx is None:
            return
        for page in self.pages:  # a pending autosave is the newest edit: store it first
            page.flush(wait=True)
        from pcsc_workshop.ui.operations import run_op

        def failed(exc: BaseException) -> None:
            self.statusBar().showMessage(self.tr("Could not undo: {0}").format(exc), 8000)
            self._update_undo()

        run_op(None, self.ctx, (lambda d: d.undo()) if undo else (lambda d: d.redo()),
               done=lambda _label: self._update_undo(), failed=failed)

    def open_settings(self) -> None:
        from pcsc_workshop.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx.settings if self.ctx else None, self).exec()

    def _about(self) -> None:
        from pcsc_workshop.ui.about import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for page in self.pages:  # empty until attach(): nothing to save before that
            page.flush(wait=True)
        self.room.close_room()
        super().closeEvent(event)
