"""The Export menu: every document of the current workshop, written on a worker thread.

`install_export_menu(window)` adds the menu to the main window's menu bar. Each action asks
where to write (a folder for batches, a file otherwise), saves pending edits on every page,
then runs the door's export (door/exports.py, the same the CLI runs) in an `Op` with its
progress and Cancel in the window's status bar (not a dialog: showing one deactivated, restyled
and repainted the whole window, ui/progress_panel.py); the window stays usable, the export
actions wait until it ends, and closing the window cancels it. A cancelled batch
keeps the files already finished and never leaves a half-written one (the core writes to a
temporary name and renames). "Anonymised copies" is a checkbox in the menu that applies to
every export that can hold a name (plans, report, dossiers, CSV); certificates carry a name by
nature and the agenda none. The last folder used is remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from pcsc_workshop.door.export_child import KINDS, run_export, run_in_child
from pcsc_workshop.ui.heap import no_full_collections
from pcsc_workshop.ui.workers import Cancelled, Op, Progress

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from pcsc_workshop.door.exports import Exported, Options

_FOLDER_KEY = "export/folder"


class ExportMenu(QObject):
    """The menu and its actions; public `export_*` methods take the target and return the Op
    (tests call them directly, the actions call them after a file dialog)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu: QMenu = QMenu(self.tr("E&xport"), window)
        help_menu = getattr(window, "help_menu", None)  # Help stays the last menu
        if help_menu is not None:
            window.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        else:
            window.menuBar().addMenu(self.menu)
        self.anonymised = QAction(self.tr("Anonymised copies (no names or e-mails)"), self)
        self.anonymised.setCheckable(True)
        self.anonymised.setToolTip(self.tr(
            "Plans, report, dossiers and CSV without personal names or e-mail addresses"))
        self.menu.addAction(self.anonymised)
        self.hide_lone = QAction(self.tr("…and hide one-person delegations"), self)
        self.hide_lone.setCheckable(True)
        self.hide_lone.setEnabled(False)
        self.hide_lone.setToolTip(self.tr(
            "In anonymised plans and CSV, a delegation of one person is shown as “Delegation N”: "
            "its city would name the person"))
        self.anonymised.toggled.connect(self.hide_lone.setEnabled)
        self.menu.addAction(self.hide_lone)
        self.docx = QAction(self.tr("Also an editable Word copy (.docx)"), self)
        self.docx.setCheckable(True)
        self.docx.setToolTip(self.tr("Plans, report and dossiers also as .docx files next to "
                                     "the PDFs"))
        self.menu.addAction(self.docx)
        self._add_document_options()
        self.menu.addSeparator()
        self.actions: dict[str, QAction] = {}
        for key, text, slot in (
            ("plans", self.tr("All action plans…"), self._plans),
            ("report", self.tr("Workshop report…"), self._report),
            ("dossiers", self.tr("Delegation dossiers…"), self._dossiers),
            ("certificates", self.tr("Certificates…"), self._certificates),
            ("agenda", self.tr("Agenda…"), self._agenda),
            ("run_sheet", self.tr("Facilitator's run sheet (agenda with notes)…"),
             self._run_sheet),
            ("csv", self.tr("Next steps and support (CSV)…"), self._csv),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            self.menu.addAction(action)
            self.actions[key] = action
        self.menu.aboutToShow.connect(self._update_enabled)
        self.last: Op | None = None
        self.last_unprintable: dict[Path, str] = {}
        window.installEventFilter(self)  # closing the window cancels a running export

    @property
    def busy(self) -> bool:
        """An export is running: the others wait (one progress panel, one folder at a time)."""
        return self.last is not None and self.last in Op._running

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Close and self.busy:
            assert self.last is not None
            self.last.cancel()  # the files finished are kept, as with Cancel
        return False

    def _add_document_options(self) -> None:
        """"Document language" and "Paper" submenus: every export below follows them."""
        from PySide6.QtGui import QActionGroup

        from pcsc_workshop.core.languages import LANGUAGE_NAMES, LANGUAGES

        self.language_menu = self.menu.addMenu(self.tr("Document language"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        default = QAction(self.tr("Each participant's own, else the workshop's"), self)
        for code, action in (("", default), *((c, QAction(LANGUAGE_NAMES[c], self))
                                              for c in LANGUAGES)):
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        default.setChecked(True)
        self.paper_menu = self.menu.addMenu(self.tr("Paper size"))
        self.paper_group = QActionGroup(self)
        self.paper_actions: dict[str, QAction] = {}
        for code, text in (("a4", self.tr("A4")), ("letter", self.tr("US Letter"))):
            action = QAction(text, self)
            action.setCheckable(True)
            action.setData(code)
            self.paper_group.addAction(action)
            self.paper_menu.addAction(action)
            self.paper_actions[code] = action
        self.paper_actions["a4"].setChecked(True)

    @property
    def language(self) -> str | None:
        """The chosen document language; None for each participant's, else the workshop's."""
        checked = self.language_group.checkedAction()
        return (checked.data() or None) if checked is not None else None

    @property
    def paper(self) -> str:
        checked = self.paper_group.checkedAction()
        return checked.data() if checked is not None else "a4"

    # Render in a child process (door/export_child.py); False: on the worker thread (tests
    # that hold or replace the door's export in this process).
    in_a_child_process = True

    # -- context ----------------------------------------------------------------------
    @property
    def ctx(self) -> Any:
        return getattr(self.window, "ctx", None)

    def _update_enabled(self) -> None:
        ready = self.ctx is not None and bool(self.ctx.workshop_id) and not self.busy
        for action in self.actions.values():
            action.setEnabled(ready)

    def _flush_pages(self) -> None:
        for page in getattr(self.window, "pages", []):
            page.flush(wait=True)

    def _curriculum(self) -> Any | None:
        return self.ctx.load_curriculum().curriculum  # None: documents show humanised ids

    # -- dialogs (patched in tests) -----------------------------------------------------
    def ask_folder(self, title: str) -> Path | None:
        start = self.ctx.settings.value(_FOLDER_KEY, str(Path.home()), str)
        folder = QFileDialog.getExistingDirectory(self.window, title, start)
        if not folder:
            return None
        self.ctx.settings.setValue(_FOLDER_KEY, folder)
        return Path(folder)

    def ask_file(self, title: str, name: str, pattern: str) -> Path | None:
        start = self.ctx.settings.value(_FOLDER_KEY, str(Path.home()), str)
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(start) / name),
                                              pattern)
        if not path:
            return None
        self.ctx.settings.setValue(_FOLDER_KEY, str(Path(path).parent))
        return Path(path)

    # -- actions --------------------------------------------------------------------------
    def _plans(self) -> None:
        if folder := self.ask_folder(self.tr("Folder for the action plans")):
            self.export_plans(folder, self.anonymised.isChecked())

    def _report(self) -> None:
        name = self.tr("Workshop report.pdf")
        if path := self.ask_file(self.tr("Save the workshop report"), name,
                                 self.tr("PDF files (*.pdf)")):
            self.export_report(path, self.anonymised.isChecked())

    def _dossiers(self) -> None:
        if folder := self.ask_folder(self.tr("Folder for the delegation dossiers")):
            self.export_dossiers(folder, self.anonymised.isChecked())

    def _certificates(self) -> None:
        if folder := self.ask_folder(self.tr("Folder for the certificates")):
            self.export_certificates(folder)

    def _agenda(self) -> None:
        if path := self.ask_file(self.tr("Save the agenda"), self.tr("Agenda.pdf"),
                                 self.tr("PDF files (*.pdf)")):
            self.export_agenda(path)

    def _run_sheet(self) -> None:
        if path := self.ask_file(self.tr("Save the run sheet"), self.tr("Run sheet.pdf"),
                                 self.tr("PDF files (*.pdf)")):
            self.export_agenda(path, run_sheet=True)

    def _csv(self) -> None:
        if path := self.ask_file(self.tr("Save next steps and support"),
                                 self.tr("Next steps and support.csv"),
                                 self.tr("CSV files (*.csv)")):
            self.export_csv(path, self.anonymised.isChecked())

    # -- the work -------------------------------------------------------------------------
    def _options(self, anonymised: bool = False) -> Options:
        from pcsc_workshop.door.exports import Options

        return Options(language=self.language, paper=self.paper, docx=self.docx.isChecked(),
                       anonymised=anonymised,
                       hide_lone_delegations=anonymised and self.hide_lone.isChecked())

    def _start(self, kind: str, target: Path, options: Options, label: str,
               done: Callable[[Exported], str], **extra: Any) -> Op:
        """Run the door's export `kind` on a worker with progress and Cancel: in a child
        process (door/export_child.py: the PDFs are rendered away from this process's GIL),
        or with `in_a_child_process` False on the worker itself. Exports read and write
        files; they change no workshop data, so nothing is published."""
        assert kind in KINDS
        self._flush_pages()
        door, workshop_id = self.ctx.door, self.ctx.workshop_id
        curriculum = self._curriculum()
        language = self.ctx.content_language() if curriculum is not None else None
        # the CSV renders nothing: written in milliseconds, faster than a child starts
        in_child = self.in_a_child_process and kind != "csv"
        for action in self.actions.values():  # no second export while this one runs
            action.setEnabled(False)

        def succeeded(result: Exported) -> None:
            self._update_enabled()
            self.window.statusBar().showMessage(done(result), 15_000)
            unprintable = result.unprintable
            if unprintable:  # characters that printed as boxes: never a silent loss
                self.last_unprintable = unprintable
                lines = [self.tr("{0}: {1}").format(path.name, " ".join(chars))
                         for path, chars in unprintable.items()]
                box = QMessageBox(QMessageBox.Icon.Information,
                                  self.tr("Some characters could not be printed"),
                                  self.tr("No bundled font has these characters; they show "
                                          "as boxes:") + "\n" + "\n".join(lines[:20]),
                                  QMessageBox.StandardButton.Ok, self.window)
                box.setTextFormat(Qt.TextFormat.PlainText)  # names are never markup
                box.open()  # not modal-blocking: the export is done, the window stays live
                self.unprintable_box = box

        def failed(exc: BaseException) -> None:
            self._update_enabled()
            QMessageBox.warning(self.window, self.tr("Export failed"), str(exc))

        def run(progress: Progress, cancelled: Cancelled) -> Exported:
            if in_child:
                return run_in_child(door.store.path, kind, workshop_id, target, options,
                                    curriculum_language=language, progress=progress,
                                    cancelled=cancelled, **extra)
            with no_full_collections():  # each would freeze the window (ui/heap.py)
                return run_export(door, kind, workshop_id, target, options,
                                  curriculum=curriculum, progress=progress,
                                  cancelled=cancelled, **extra)

        self.last = Op(self.window, run).success(succeeded).failure(failed) \
            .with_progress(label, in_window=True)
        return self.last.run()

    def _batch_message(self, result: Exported, what: str) -> str:
        count = len(result.files)
        if result.cancelled:
            return self.tr("Cancelled: {0} {1} written before you stopped").format(count, what)
        folder = result.files[0].parent if result.files else ""
        return self.tr("{0} {1} written to {2}").format(count, what, folder)

    def export_plans(self, folder: Path, anonymised: bool = False) -> Op:
        return self._start("plans", folder, self._options(anonymised),
                           self.tr("Writing the action plans…"),
                           lambda r: self._batch_message(r, self.tr("plan PDF(s)")))

    def export_report(self, path: Path, anonymised: bool = False) -> Op:
        return self._start("report", path, self._options(anonymised),
                           self.tr("Writing the workshop report…"),
                           lambda r: self.tr("Report saved: {0}").format(r.files[0]))

    def export_dossiers(self, folder: Path, anonymised: bool = False) -> Op:
        return self._start("dossiers", folder, self._options(anonymised),
                           self.tr("Writing the delegation dossiers…"),
                           lambda r: self._batch_message(r, self.tr("dossier(s)")))

    def export_agenda(self, path: Path, run_sheet: bool = False) -> Op:
        """The participants' agenda, or with `run_sheet` the facilitator's copy with notes."""
        return self._start("agenda", path, self._options(), self.tr("Writing the agenda…"),
                           lambda r: self.tr("Agenda saved: {0}").format(r.files[0]),
                           run_sheet=run_sheet)

    def export_certificates(self, folder: Path) -> Op:
        return self._start("certificates", folder, self._options(),
                           self.tr("Writing the certificates…"),
                           lambda r: self._batch_message(r, self.tr("certificate(s)")))

    def export_csv(self, path: Path, anonymised: bool = False) -> Op:
        return self._start("csv", path, self._options(anonymised),
                           self.tr("Writing the CSV…"),
                           lambda r: self.tr("CSV saved: {0}").format(r.files[0]))


def install_export_menu(window: QMainWindow) -> ExportMenu:
    """Add the Export menu to `window.menuBar()` (uses `window.ctx` when an action runs)."""
    return ExportMenu(window)  # a child of the window: lives as long as it
