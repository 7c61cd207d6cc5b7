"""The Export menu: every document of the current workshop, written on a worker thread.

`install_export_menu(window)` adds the menu to the main window's menu bar. Each action asks
where to write (a folder for batches, a file otherwise), saves pending edits on every page,
then runs the core exporter in an `Op` with a progress dialog and Cancel; a cancelled batch
keeps the files already finished and never leaves a half-written one (the core writes to a
temporary name and renames). "Anonymised copies" is a checkbox in the menu that applies to
every export that can hold a name (plans, report, dossiers, CSV); certificates carry a name by
nature and the agenda none. The last folder used is remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from pcsc_workshop.ui.workers import Op

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

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

    def _add_document_options(self) -> None:
        """"Document language" and "Paper" submenus: every export below follows them."""
        from PySide6.QtGui import QActionGroup

        from pcsc_workshop.core.reports.labels import LANGUAGE_NAMES, LANGUAGES

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

    # -- context ----------------------------------------------------------------------
    @property
    def ctx(self) -> Any:
        return getattr(self.window, "ctx", None)

    def _update_enabled(self) -> None:
        ready = self.ctx is not None and bool(self.ctx.workshop_id)
        for action in self.actions.values():
            action.setEnabled(ready)

    def _flush_pages(self) -> None:
        for page in getattr(self.window, "pages", []):
            page.flush()

    def _curriculum(self) -> Any | None:
        return self.ctx.load_curriculum().curriculum  # None: documents show humanised ids

    def _titles(self) -> Callable[[str], str] | None:
        from pcsc_workshop.core.reports.titles import curriculum_titles

        curriculum = self._curriculum()
        return curriculum_titles(curriculum) if curriculum is not None else None

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
    def _start(self, work: Callable, label: str, done: Callable[[Any], str]) -> Op:
        self._flush_pages()

        def collecting(progress, cancelled):
            from pcsc_workshop.core.reports.fonts import unprintable_report

            with unprintable_report() as unprintable:
                result = work(progress, cancelled)
            return result, dict(unprintable)

        def succeeded(outcome: Any) -> None:
            result, unprintable = outcome
            self.window.statusBar().showMessage(done(result), 15_000)
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
            QMessageBox.warning(self.window, self.tr("Export failed"), str(exc))

        self.last = Op(self.window, collecting).success(succeeded).failure(failed) \
            .with_progress(label)
        return self.last.run()

    def _batch_message(self, result: Any, what: str) -> str:
        count = len(result.written)
        if result.cancelled:
            return self.tr("Cancelled: {0} {1} written before you stopped").format(count, what)
        folder = result.written[0].parent if result.written else ""
        return self.tr("{0} {1} written to {2}").format(count, what, folder)

    def export_plans(self, folder: Path, anonymised: bool = False) -> Op:
        store, workshop_id, titles = self.ctx.store, self.ctx.workshop_id, self._titles()
        language, paper, docx = self.language, self.paper, self.docx.isChecked()
        hide = anonymised and self.hide_lone.isChecked()

        def work(progress, cancelled):
            from pcsc_workshop.core.reports.batch import collect_plans, write_plans

            with store.session() as session:
                batch = collect_plans(session, workshop_id, anonymised=anonymised,
                                      hide_lone_delegations=hide)
            result = write_plans(batch, folder, link_titles=titles, progress=progress,
                                 cancelled=cancelled, language=language, paper=paper)
            if docx:
                from pcsc_workshop.core.reports.docx_export import write_plan_docx

                for job, path in zip(batch.jobs, result.written, strict=False):
                    write_plan_docx(job.doc, path.with_suffix(".docx"), link_titles=titles,
                                    anonymised=anonymised, organisation=job.organisation,
                                    language=language or job.language
                                    or batch.workshop.language)
            return result

        return self._start(work, self.tr("Writing the action plans…"),
                           lambda r: self._batch_message(r, self.tr("plan PDF(s)")))

    def _collect(self, anonymised: bool, *, member_plans: bool = False):
        store, workshop_id, curriculum = self.ctx.store, self.ctx.workshop_id, self._curriculum()
        language = self.language

        def read():
            from pcsc_workshop.core.reports.report_data import collect_report

            with store.session() as session:
                return collect_report(session, workshop_id, curriculum=curriculum,
                                      anonymised=anonymised, member_plans=member_plans,
                                      language=language)

        return read

    def export_report(self, path: Path, anonymised: bool = False) -> Op:
        read = self._collect(anonymised)
        language, paper, docx = self.language, self.paper, self.docx.isChecked()

        def work(progress, cancelled):
            from pcsc_workshop.core.reports.report_pdf import write_report_pdf

            data = read()
            written = write_report_pdf(data, path, language=language, paper=paper)
            if docx:
                from pcsc_workshop.core.reports.docx_export import write_report_docx

                write_report_docx(data, written.with_suffix(".docx"), language=language)
            return written

        return self._start(work, self.tr("Writing the workshop report…"),
                           lambda p: self.tr("Report saved: {0}").format(p))

    def export_dossiers(self, folder: Path, anonymised: bool = False) -> Op:
        read = self._collect(anonymised, member_plans=True)
        language, paper, docx = self.language, self.paper, self.docx.isChecked()

        def work(progress, cancelled):
            from pcsc_workshop.core.reports.dossier_pdf import write_dossiers

            data = read()
            result = write_dossiers(data, folder, progress=progress, cancelled=cancelled,
                                    language=language, paper=paper)
            if docx:
                from pcsc_workshop.core.reports.docx_export import write_dossier_docx

                for d, path in zip(data.delegations, result.written, strict=False):
                    write_dossier_docx(data, d.id, path.with_suffix(".docx"), language=language)
            return result

        return self._start(work, self.tr("Writing the delegation dossiers…"),
                           lambda r: self._batch_message(r, self.tr("dossier(s)")))

    def export_agenda(self, path: Path, run_sheet: bool = False) -> Op:
        """The participants' agenda, or with `run_sheet` the facilitator's copy with notes."""
        read = self._collect(False)
        language, paper = self.language, self.paper

        def work(progress, cancelled):
            from pcsc_workshop.core.reports.agenda_pdf import write_agenda_pdf

            return write_agenda_pdf(read(), path, run_sheet=run_sheet, language=language,
                                    paper=paper)

        return self._start(work, self.tr("Writing the agenda…"),
                           lambda p: self.tr("Agenda saved: {0}").format(p))

    def export_certificates(self, folder: Path) -> Op:
        store, workshop_id = self.ctx.store, self.ctx.workshop_id
        language, paper = self.language, self.paper

        def work(progress, cancelled):
            from pcsc_workshop.core.reports.batch import collect_certificates, write_certificates

            with store.session() as session:
                facts, jobs = collect_certificates(session, workshop_id)
            return write_certificates(facts, jobs, folder, progress=progress,
                                      cancelled=cancelled, language=language, paper=paper)

        return self._start(work, self.tr("Writing the certificates…"),
                           lambda r: self._batch_message(r, self.tr("certificate(s)")))

    def export_csv(self, path: Path, anonymised: bool = False) -> Op:
        store, workshop_id, titles = self.ctx.store, self.ctx.workshop_id, self._titles()
        hide = anonymised and self.hide_lone.isChecked()

        def work(progress, cancelled):
            from pcsc_workshop.core.reports.csv_export import collect_rows, write_csv

            with store.session() as session:
                rows = collect_rows(session, workshop_id, anonymised=anonymised,
                                    link_titles=titles, hide_lone_delegations=hide)
            return write_csv(rows, path)

        return self._start(work, self.tr("Writing the CSV…"),
                           lambda p: self.tr("CSV saved: {0}").format(p))


def install_export_menu(window: QMainWindow) -> ExportMenu:
    """Add the Export menu to `window.menuBar()` (uses `window.ctx` when an action runs)."""
    menu = ExportMenu(window)
    window.export_menu = menu  # type: ignore[attr-defined] - keeps it alive, reachable in tests
    return menu
