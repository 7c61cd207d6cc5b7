"""Action plans page: every participant's and delegation's plan, and the plan editor.

Everything is read through the door (door/plans.py) on workers: the list of plans when the
page loads, and each plan when it is chosen (an 800-step plan took 180 ms to read), shown when
read; `select_participant` and `open_delegation_plan` (other pages, tests) open it at once.
The list folds away ("Hide the list") to give the editor the width of a laptop screen.

What changed elsewhere (door/changes.py): new or edited people and delegations refill the
list, keeping the plan that is open; a change to the open plan made elsewhere (Edit › Undo,
an import, the room) shows the stored plan again. The page's own saves change nothing here.
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

from pcsc_workshop.door import Changes
from pcsc_workshop.door.plans import OpenedPlan, PlanList
from pcsc_workshop.ui.context import AppContext
from pcsc_workshop.ui.operations import run_read
from pcsc_workshop.ui.pages.base import Page, Step, polish_steps
from pcsc_workshop.ui.typed_qt import child_items, top_items
from pcsc_workshop.ui.widgets.plan_editor import PlanEditor
from pcsc_workshop.ui.workers import Op

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1


class PlansPage(Page):
    NAME = "plans"
    SHOWS = frozenset({"delegations", "participants", "plans"})


    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # the containers first, so that each part is built in its final parent (moving a
        # styled widget styles its whole tree again)
        self._splitter = splitter = QSplitter(self)
        self.left = left = QWidget(splitter)
        self.filter = QLineEdit(left)
        self.filter.setPlaceholderText(self.tr("Find a participant or delegation"))
        self.filter.setAccessibleName(self.tr("Filter plans"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget(left)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Plans by delegation"))
        self.tree.currentItemChanged.connect(self._open_current)
        self.editor = PlanEditor(ctx, splitter)
        self.editor.export_button.clicked.connect(self.export_current)
        self._sync_open = False
        self._open_request = 0
        self._list_request = 0
        self._listed = False  # the tree shows the current workshop's list
        # The editor's tables and coaching panel, then the page's frame: a part per turn in
        # the warm-up (in one piece the page took ~200 ms of UI-thread work; ui/pages/base.py).
        self.build_later(self._build_editor_part, self._build_frame)

    def _build_editor_part(self) -> list[Step]:
        built = self.editor.build_part()
        polish = polish_steps(built) if built is not None else []
        return [*polish, self._build_editor_part] if self.editor.parts_left else polish

    def _build_frame(self) -> None:
        self.editor.finish_building()
        left = self.left
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.tree, 1)
        bar = self.editor.actions_bar.parentWidget()  # made there: no restyling on the move
        self.list_button = QPushButton(self.tr("Hide the &list"), bar)
        self.list_button.setCheckable(True)
        self.list_button.setToolTip(self.tr("Fold the list of plans away to give the plan "
                                            "the whole width"))
        self.list_button.toggled.connect(self._fold_list)
        self.editor.actions_bar.insertWidget(0, self.list_button)
        splitter = self._splitter
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 900])
        splitter.setCollapsible(1, False)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        # shown, the page paints its frame, then the list, the plan's sections and the
        # coaching panel a turn each (in one paint: 10-17 ms of the UI thread)
        self.reveal_in_turns([self.tree, self.editor.scroll_area, self.editor.coach])

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        self.finish_building()  # shown by a path that did not finish it (base.py)
        super().showEvent(event)

    # -- list -------------------------------------------------------------------------
    def load(self) -> None:
        """Read the list of plans on a worker; the tree keeps what it shows until then."""
        self._list_request = request = self._list_request + 1
        if not self.ctx.workshop_id:
            self._listed = False
            self.editor.set_plan(None)
            self.tree.clear()
            return
        workshop_id = self.ctx.workshop_id

        def done(listed: PlanList) -> None:
            if request == self._list_request and workshop_id == self.ctx.workshop_id:
                self._fill(listed, workshop_id)

        run_read(self, self.ctx, lambda door: door.plans.plan_list(workshop_id), done=done)

    def _load_now(self) -> None:
        """Fill the list on this thread (a plan asked for by another page or a test)."""
        self.ensure_loaded()
        if not self._listed and self.ctx.workshop_id:
            self._list_request += 1  # the read on its way is no longer needed
            self._fill(self.ctx.door.plans.plan_list(self.ctx.workshop_id),
                       self.ctx.workshop_id)

    def _fill(self, listed: PlanList, workshop_id: str) -> None:
        """Refill the tree; the plan that was open stays open (read again) if still listed."""
        was = self._current_key()
        same_workshop = self.editor.doc is not None \
            and self.editor.doc.workshop_id == workshop_id
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            groups: dict[str | None, QTreeWidgetItem] = {}
            for d in listed.delegations:
                group = QTreeWidgetItem(self.tree, [d.label])
                group.setExpanded(True)
                plan_item = QTreeWidgetItem(group, [self.tr("Delegation plan")])
                plan_item.setData(0, ROLE_KIND, "delegation")
                plan_item.setData(0, ROLE_ID, d.id)
                groups[d.id] = group
            for p in listed.participants:
                parent = groups.get(p.delegation_id)
                if parent is None:
                    parent = groups.setdefault(
                        None, QTreeWidgetItem(self.tree, [self.tr("No delegation")]))
                    parent.setExpanded(True)
                item = QTreeWidgetItem(parent, [p.name or self.tr("(no name)")])
                item.setData(0, ROLE_KIND, "participant")
                item.setData(0, ROLE_ID, p.id)
                item.setToolTip(0, " · ".join(x for x in (p.organisation, p.role) if x))
            again = next((i for i in self._plan_items() if was is not None
                          and (i.data(0, ROLE_KIND), i.data(0, ROLE_ID)) == was), None)
            if again is not None and same_workshop:
                self.tree.setCurrentItem(again)
        finally:
            self.tree.blockSignals(False)
        self._listed = True
        self._apply_filter(self.filter.text())
        if again is None or not same_workshop:
            self.editor.set_plan(None)  # saves what was typed in it first
        else:  # still listed: read again (an import, a renamed delegation may have changed it)
            self.editor.reopen()

    def _current_key(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None or not item.data(0, ROLE_KIND):
            return None
        return item.data(0, ROLE_KIND), item.data(0, ROLE_ID)

    def _mark_stale(self, workshop_id: str) -> None:
        if workshop_id:  # another workshop chosen: the list is not this one's any more
            self._listed = False
        super()._mark_stale(workshop_id)

    def _changes_applied(self, changes: Changes, origin: object) -> None:
        """People or delegations changed: refill the list (base class). Only plans changed:
        show the open plan again if it is one of them (the list itself is unchanged)."""
        if not changes.touches(self.SHOWS):
            return
        if isinstance(origin, QWidget) and (origin is self or self.isAncestorOf(origin)):
            return
        if changes.touches({"delegations", "participants"}):
            super()._changes_applied(changes, origin)
            return
        doc = self.editor.doc
        if doc is not None and (changes.everything or doc.id in changes.plans):
            self.editor.reopen()

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for group in top_items(self.tree):
            group_match = needle in group.text(0).casefold()
            any_visible = False
            for child in child_items(group):
                visible = not needle or group_match or needle in child.text(0).casefold()
                child.setHidden(not visible)
                any_visible |= visible
            group.setHidden(not any_visible)

    def _fold_list(self, folded: bool) -> None:
        self.left.setVisible(not folded)
        self.list_button.setText(self.tr("Show the &list") if folded else self.tr("Hide the &list"))

    def select_participant(self, participant_id: str) -> None:
        """Open a participant's plan at once (used by other pages and by tests)."""
        self._load_now()
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
        self._load_now()
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
            coach = self.editor.coach
            coach.suggestion_list.setFocus()
            if coach.suggestions:
                coach.suggestion_list.setCurrentRow(0)
            else:  # read on a worker: select the first once they are shown
                request = coach._suggest_request

                def first() -> None:
                    if coach._suggest_request == request and coach.suggestions:
                        coach.suggestion_list.setCurrentRow(0)
                coach.suggestions_shown = first

    def _plan_items(self) -> list[QTreeWidgetItem]:
        items = []
        for group in top_items(self.tree):
            items += child_items(group)
        return items

    def _open_current(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None or not item.data(0, ROLE_KIND):
            return
        kind, owner_id = item.data(0, ROLE_KIND), item.data(0, ROLE_ID)

        def read(door) -> OpenedPlan:  # noqa: ANN001 - the door
            return (door.plans.open_participant(owner_id) if kind == "participant"
                    else door.plans.open_delegation(owner_id))

        self.editor.flush()  # what was typed in the previous plan is saved before it goes
        self._open_request = request = self._open_request + 1
        # Back on a plan whose edits are still queued behind a running save: read it once
        # they are stored. Read before, it showed the plan without them, and the next edit
        # saved that older text over them.
        unsaved = self.editor.saver.holds(
            lambda snap: (snap[0].owner_kind, snap[0].owner_id) == (kind, owner_id))
        if self._sync_open:
            if unsaved:
                self.editor.store_now()
            self.editor.open_plan(read(self.ctx.door))
            return

        def show(opened: OpenedPlan) -> None:
            if request == self._open_request:  # a later choice wins over a slow read
                self.editor.open_plan(opened, sliced=True)

        if unsaved:
            self.editor.after_saves(lambda: run_read(self, self.ctx, read, done=show,
                                                      newest="plan"))
        else:
            run_read(self, self.ctx, read, done=show, newest="plan")  # the last click's

    def flush(self, wait: bool = True) -> None:
        """Store what was typed before returning: callers read the database next (an
        exchange, Edit › Undo, another workshop). The autosave itself, when typing pauses,
        writes on a worker; this writes on the UI thread only what it had not yet stored."""
        if wait:
            self.editor.store_now()
        else:
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
        """Render the open plan to `path` on a worker thread (pending edits saved first;
        the job starts once they are stored)."""
        plan_id = self.editor.doc.id if self.editor.doc else ""
        door = self.ctx.door
        titles = self._link_title_lookup()

        def work(progress, cancelled):
            # door/exports.py: in the owner's language, else the workshop's
            return door.exports.plan(plan_id, path, link_titles=titles).files[0]

        def done(result) -> None:
            self.editor.status.setText(self.tr("PDF saved: {0}").format(Path(result).name))

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))

        job = Op(self, work).success(done).failure(failed)
        self.editor.after_saves(job.run)  # pending edits stored first: the PDF has them
        return job

    def _link_title_lookup(self):
        cur = self.ctx.load_curriculum().curriculum  # None: the PDF shows ids, not names
        return cur.title_of if cur is not None else None


def _safe_name(text: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in text).strip()
    return keep[:80] or "action-plan"


PAGE = PlansPage
