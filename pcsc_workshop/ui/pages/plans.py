"""Action plans page: every participant's and delegation's plan, and the plan editor.

Choosing a plan in the list reads it on a worker (an 800-step plan took 180 ms to read) and
shows it when read; `select_participant` (other pages, tests) opens it at once. The list folds
away ("Hide the list") to give the editor the width of a laptop screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.people import list_delegations, list_participants
from pcsc_workshop.core.plans import load_plan, plan_for_delegation, plan_for_participant
from pcsc_workshop.ui.pages.base import Page
from pcsc_workshop.ui.widgets.plan_editor import PlanEditor
from pcsc_workshop.ui.workers import Op

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1


class PlansPage(Page):
    NAME = "plans"
    SHOWS = frozenset({"delegations", "participants", "plans"})


    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find a participant or delegation"))
        self.filter.setAccessibleName(self.tr("Filter plans"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Plans by delegation"))
        self.tree.currentItemChanged.connect(self._open_current)
        self.editor = PlanEditor(ctx, self)
        self.editor.export_button.clicked.connect(self.export_current)

        self.left = left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.tree, 1)
        self.list_button = QPushButton(self.tr("Hide the &list"), self)
        self.list_button.setCheckable(True)
        self.list_button.setToolTip(self.tr("Fold the list of plans away to give the plan "
                                            "the whole width"))
        self.list_button.toggled.connect(self._fold_list)
        self.editor.actions_bar.insertWidget(0, self.list_button)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 900])
        splitter.setCollapsible(1, False)
        self._sync_open = False
        self._open_request = 0
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    # -- list -------------------------------------------------------------------------
    def load(self) -> None:
        self.editor.set_plan(None)
        self.tree.clear()
        if not self.ctx.workshop_id:
            return
        from pcsc_workshop.core.exchange.trust import participant_scope

        with self.ctx.store.session() as session:
            delegations = list_delegations(session, self.ctx.workshop_id)
            people = list_participants(session, self.ctx.workshop_id)
            scope = participant_scope(session, self.ctx.workshop_id)
        if scope is not None:  # a participant's laptop: their plan and their delegation's
            delegations = [d for d in delegations if d.id == scope.delegation_id]
            people = [p for p in people if p.id == scope.participant_id]
        groups: dict[str | None, QTreeWidgetItem] = {}
        for d in delegations:
            group = QTreeWidgetItem(self.tree, [d.label])
            group.setExpanded(True)
            plan_item = QTreeWidgetItem(group, [self.tr("Delegation plan")])
            plan_item.setData(0, ROLE_KIND, "delegation")
            plan_item.setData(0, ROLE_ID, d.id)
            groups[d.id] = group
        for p in people:
            parent = groups.get(p.delegation_id)
            if parent is None:
                parent = groups.setdefault(None, QTreeWidgetItem(self.tree, [self.tr("No delegation")]))
                parent.setExpanded(True)
            item = QTreeWidgetItem(parent, [p.name or self.tr("(no name)")])
            item.setData(0, ROLE_KIND, "participant")
            item.setData(0, ROLE_ID, p.id)
            item.setToolTip(0, " · ".join(x for x in (p.organisation, p.role) if x))

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            group_match = needle in group.text(0).casefold()
            any_visible = False
            for j in range(group.childCount()):
                child = group.child(j)
                visible = not needle or group_match or needle in child.text(0).casefold()
                child.setHidden(not visible)
                any_visible |= visible
            group.setHidden(not any_visible)

    def _fold_list(self, folded: bool) -> None:
        self.left.setVisible(not folded)
        self.list_button.setText(self.tr("Show the &list") if folded else self.tr("Hide the &list"))

    def select_participant(self, participant_id: str) -> None:
        """Open a participant's plan at once (used by other pages and by tests)."""
        self.ensure_loaded()
        for item in self._plan_items():
            if item.data(0, ROLE_KIND) == "participant" and item.data(0, ROLE_ID) == participant_id:
                self._sync_open = True
                try:
                    self.tree.setCurrentItem(item)
                finally:
                    self._sync_open = False
                return
        raise KeyError(participant_id)

    def open_delegation_plan(self, delegation_id: str, suggestions: bool = False) -> None:
        """Open a delegation's group plan; with `suggestions`, put the suggestions in view."""
        self.ensure_loaded()
        for item in self._plan_items():
            if item.data(0, ROLE_KIND) == "delegation" and item.data(0, ROLE_ID) == delegation_id:
                self._sync_open = True
                try:
                    self.tree.setCurrentItem(item)
                finally:
                    self._sync_open = False
                break
        else:
            raise KeyError(delegation_id)
        if suggestions:
            self.editor.coach.suggestion_list.setFocus()
            if self.editor.coach.suggestions:
                self.editor.coach.suggestion_list.setCurrentRow(0)

    def _plan_items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            items += [group.child(j) for j in range(group.childCount())]
        return items

    def _open_current(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None or not item.data(0, ROLE_KIND):
            return
        kind, owner_id = item.data(0, ROLE_KIND), item.data(0, ROLE_ID)
        store = self.ctx.store

        def read(_progress=None, _cancelled=None):
            with store.session() as session:
                return (plan_for_participant(session, owner_id) if kind == "participant"
                        else plan_for_delegation(session, owner_id))

        self.editor.flush()  # what was typed in the previous plan is saved before it goes
        self._open_request = request = self._open_request + 1
        if self._sync_open:
            self.editor.set_plan(read())
            return

        def show(doc) -> None:
            if request == self._open_request:  # a later choice wins over a slow read
                self.editor.set_plan(doc)

        Op(self, read).success(show).run()

    def flush(self) -> None:
        self.editor.flush()

    # -- export -----------------------------------------------------------------------
    def export_current(self) -> None:
        doc = self.editor.doc
        if doc is None:
            return
        suggested = Path.home() / f"{_safe_name(doc.owner_name or 'action-plan')} - action plan.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export action plan"), str(suggested), self.tr("PDF files (*.pdf)"))
        if not path:
            return
        self.export_to(Path(path))

    def export_to(self, path: Path) -> Op:
        """Render the open plan to `path` on a worker thread (pending edits saved first)."""
        self.editor.flush()
        plan_id = self.editor.doc.id if self.editor.doc else ""
        store = self.ctx.store
        titles = self._link_title_lookup()

        def work(progress, cancelled):
            from pcsc_workshop.core.reports.batch import plan_language
            from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

            with store.session() as session:
                doc = load_plan(session, plan_id)
                language = plan_language(session, doc)  # the owner's, else the workshop's
            return write_plan_pdf(doc, path, link_titles=titles, language=language)

        def done(result) -> None:
            self.editor.status.setText(self.tr("PDF saved: {0}").format(Path(result).name))

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))

        return Op(self, work).success(done).failure(failed).run()

    def _link_title_lookup(self):
        cur = self.ctx.load_curriculum().curriculum  # None: the PDF shows ids, not names
        return cur.title_of if cur is not None else None


def _safe_name(text: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in text).strip()
    return keep[:80] or "action-plan"


PAGE = PlansPage
