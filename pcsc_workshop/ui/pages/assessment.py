"""Self-assessment page: a delegation scores its city on JICA's 21 elements.

Left: the scoring form (descriptors, "not scored", evidence notes). Right: the radar with
overlays of other delegations or the workshop average, the suggested stage with the rule's
reason and JICA's guidance, and the weakest elements as priorities that lead into the
delegation's action plan.

Reading and saving go through the door (door/assessments.py) on workers: the delegations and
the chosen delegation's assessment (with the other delegations' scores, for the overlays) are
read off the UI thread, the page keeping what it shows until they arrive. Edits are saved by
the app's one `Autosaver` (ui/autosave.py) within half a second of the last one, on a worker
(a failure keeps the form as typed, says why and retries); switching delegation or page saves
at once, closing the window before it closes. Each element stored is one step of Edit › Undo.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.assessment import (
    AssessmentDoc,
    average_scores,
    coverage,
    domain_scores,
    stage_for,
    weakest_elements,
)
from pcsc_workshop.core.framework import Framework, load_framework
from pcsc_workshop.core.people import DelegationInfo
from pcsc_workshop.door import Door, Outcome
from pcsc_workshop.door.assessments import AssessmentView, Cell
from pcsc_workshop.ui.autosave import QueuedAutosaver
from pcsc_workshop.ui.context import AppContext
from pcsc_workshop.ui.display import clock, isolate, number
from pcsc_workshop.ui.operations import run_read
from pcsc_workshop.ui.pages.base import Page
from pcsc_workshop.ui.plain_text import SafeTextBrowser
from pcsc_workshop.ui.staging import in_a_later_turn, in_turns, measure_steps, polish_steps
from pcsc_workshop.ui.widgets.assessment_form import AssessmentForm
from pcsc_workshop.ui.widgets.radar import Axis, RadarChart
from pcsc_workshop.ui.widgets.stacking_splitter import StackingSplitter
from pcsc_workshop.ui.widgets.wrapped_label import HeightCachingLabel

AVERAGE_KEY = "__average__"
# What one autosave stores: the assessment, its edited elements and each element's Undo label.
Batch = tuple[str, dict[str, Cell], dict[str, str]]


class AssessmentPage(Page):
    NAME = "assessment"
    SHOWS = frozenset({"delegations", "participants", "assessments"})


    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.framework: Framework | None = None  # set once the form is built
        self._form_pending: list | None = None  # the form's build steps not run yet
        self._radar_ready = False
        self._axes_run: object = None  # the latest `_radar_steps` call
        self._english: list | None = None  # elements whose levels show in English
        self.doc: AssessmentDoc | None = None
        self._labels: dict[str, str] = {}
        self._others: dict[str, dict[str, int | None]] = {}
        self._dirty: set[str] = set()  # elements edited since the autosave last took them
        self._assessment_ids: dict[str, str] = {}  # delegation id -> its assessment's id
        self._listed = False  # the combo lists the current workshop's delegations
        self.ready = False  # the chosen delegation's assessment is shown whole
        self._list_request = self._view_request = 0
        self.saver: QueuedAutosaver[Batch] = QueuedAutosaver(
            self, ctx, take=self._take_edits, keep=self._keep_edits,
            has_edits=lambda: bool(self._dirty) and self.doc is not None,
            showing=lambda: None if self.doc is None else self.doc.id,
            key=lambda batch: batch[0], write=self._write, stored=self._stored)
        self.saver.state.connect(self._save_state)

        self.delegation = QComboBox(self)
        self.delegation.setAccessibleName(self.tr("Delegation to assess"))
        self.delegation.currentIndexChanged.connect(self._delegation_picked)
        picker_label = QLabel(self.tr("&Delegation:"), self)
        picker_label.setBuddy(self.delegation)
        self.coverage_label = QLabel(self)
        # wraps at 200 % text rather than widen the page past its view (French: the row
        # beside the delegation was 1,051 px in a 946 px view)
        self.status = HeightCachingLabel("", self)
        self.status.setProperty("role", "subtle")

        self.form = AssessmentForm(self)
        self.form.edited.connect(self._edited)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Elements to score"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container: Tab goes to its fields
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        self._scroll = scroll

        # The radar is made in a part of its own (`radar`).
        self._radar: RadarChart | None = None
        self.overlay_list = QListWidget(self)
        self.overlay_list.setAccessibleName(self.tr("Compare with"))
        self.overlay_list.setFixedWidth(200)
        self.overlay_list.setWordWrap(True)  # "Casablanca, Morocco" whole at 200 % text
        self.overlay_list.itemChanged.connect(lambda _item: self._update_overlays())
        # A text browser, not a word-wrapped rich-text label in a scroll area: the label's
        # text was laid out again for every height the layouts asked about (~6 ms of the UI
        # thread per delegation picked, against ~2 ms here). It scrolls itself; it loads no
        # resource (plain_text.SafeTextBrowser); curriculum words in it are escaped.
        self.stage_text = SafeTextBrowser(self)
        self.stage_text.setAccessibleName(self.tr("Suggested stage"))
        self.stage_text.setFrameShape(SafeTextBrowser.Shape.NoFrame)
        self.priorities = QListWidget(self)
        self.priorities.setAccessibleName(self.tr("Suggested priorities"))
        self.priorities.setWordWrap(True)
        self.to_assess = QLabel(self)
        self.to_assess.setWordWrap(True)
        self.to_assess.setProperty("role", "subtle")
        self.plan_button = QPushButton(self.tr("Turn priorities into &plan suggestions…"), self)
        self.plan_button.setAccessibleDescription(self.tr(
            "Open the delegation's action plan with suggestions drawn from the weakest elements"))
        self.plan_button.clicked.connect(self.open_plan_suggestions)

        self._right = right = QWidget(self)
        self._right_layout = right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self._compare_label = compare_label = QLabel(self.tr("&Compare with:"), right)
        compare_label.setBuddy(self.overlay_list)
        bottom = QHBoxLayout()
        right_layout.addLayout(bottom, 2)
        stage_box = QGroupBox(self.tr("Suggested stage"), right)
        QVBoxLayout(stage_box).addWidget(self.stage_text)
        bottom.addWidget(stage_box, 3)
        prio_box = QGroupBox(self.tr("Weakest elements: suggested priorities"), right)
        prio_layout = QVBoxLayout(prio_box)
        prio_layout.addWidget(self.priorities)
        prio_layout.addWidget(self.to_assess)
        prio_layout.addWidget(self.plan_button)
        bottom.addWidget(prio_box, 2)

        # the form beside the chart, or above it when both do not fit (200 % text, laptop)
        splitter = StackingSplitter(self, stacked_lines=(14,))
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([450, 700])
        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.delegation, 1)
        top.addWidget(self.coverage_label)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        # Shown from the sidebar, the page paints its top row first, then the form, then the
        # chart and the suggestions, a turn each (ui/widgets/reveal.py): in one paint they
        # were 10-13 ms of the UI thread.
        self.reveal_in_turns([scroll, right])

        undo = self.form.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.form.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_action: QAction = undo
        self.redo_action: QAction = redo
        # the chart: a turn of its own in the warm-up (base.py)
        self.build_later(self._make_radar)

    def _make_radar(self) -> None:
        self.radar  # noqa: B018 - the property makes it

    @property
    def radar(self) -> RadarChart:
        """The chart, made on first use (or by the warm-up, in a turn of its own)."""
        if self._radar is None:
            self._radar = radar = RadarChart(self._right)
            self._right_layout.insertWidget(0, radar, 3)
            radar.side_layout.addWidget(self._compare_label)
            radar.side_layout.addWidget(self.overlay_list, 1)
            radar.ensurePolished()
            # Tab order as when the chart was made before the list beside it.
            before = self.overlay_list.previousInFocusChain()
            while before is not None and before is not self.overlay_list and (
                    not before.focusPolicy() & Qt.FocusPolicy.TabFocus
                    or radar.isAncestorOf(before)):
                before = before.previousInFocusChain()
            if before is not None:
                QWidget.setTabOrder(before, radar.view)
        return self._radar

    # -- loading ------------------------------------------------------------------------------
    def prepare_steps(self) -> list:
        """The form's 21 rows a domain per step, then the radar's axes (built once per
        curriculum) in four. The first step returns the rest of the form's steps, the
        second those of the axes (main_window)."""
        return [lambda: [self._build_form_step for _ in self._form_steps()], self._radar_steps]

    def _form_steps(self) -> list:
        """What is left to build of the form (empty once `self.framework` is set)."""
        if self.framework is None and self._form_pending is None:
            fw = load_framework(self.ctx.curriculum)
            self._form_pending = [*self.form.build_steps(fw.elements, fw.domain_names,
                                                         fw.rubric_rules),
                                  lambda: self._form_built(fw)]
        return self._form_pending or []

    def _build_form_step(self) -> None:
        steps = self._form_steps()
        if steps:
            steps.pop(0)()

    def _build_form(self) -> Framework:
        while steps := self._form_steps():  # what the warm-up has not built yet
            steps.pop(0)()
        assert self.framework is not None  # the last step sets it (_form_built)
        return self.framework

    def _form_built(self, fw: Framework) -> None:
        self.framework, self._form_pending = fw, None
        # Keyboard order: the delegation, then each element's level and evidence in
        # number order, then the chart and the suggestions (the rows are built last).
        chain: list[QWidget] = [self.delegation]
        for row in self.form.rows.values():
            chain += [row.combo, row.evidence]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _radar_steps(self) -> list:
        """The radar's axes in steps (radar.axes_steps); the steps of an earlier call
        do nothing once a later one has started (the page was wanted whole meanwhile)."""
        fw = self._build_form()
        if self._radar_ready:
            return []
        self._axes_run = run = object()
        axes = [Axis(e.id, e.number, e.name, e.domain_id) for e in fw.elements]

        def guarded(step: Callable[[], None]) -> Callable[[], None]:
            def run_step() -> None:
                if self._axes_run is run and not self._radar_ready:
                    step()
            return run_step

        def done() -> None:
            if self._axes_run is run:
                self._radar_ready = True

        return [*(guarded(s) for s in self.radar.axes_steps(axes, fw.domain_names)), done]

    def _build_radar(self) -> None:
        for step in self._radar_steps():
            step()

    def content_language_changed(self, language: str) -> None:
        """Element names, descriptors and stage guidance in the new content language.

        Rebuilding the 21 rows and the radar took 350-700 ms on the UI thread; the words are
        swapped in place instead (same rows, same scores), and the form is rebuilt only when
        its texts do not have the shape this expects."""
        self.flush()
        self._english = None
        if self.framework is not None and self._radar_ready:
            new = load_framework(self.ctx.curriculum)
            if self._swap_words(self.framework, new):
                self.framework = new
                super().content_language_changed(language)
                return
        self.framework, self._form_pending = None, None
        self._radar_ready = False
        super().content_language_changed(language)

    def _swap_words(self, old: Framework, new: Framework) -> bool:
        """Replace each element's name and descriptors, each domain's name, in the widgets
        already built; False (nothing half-changed that matters) when a text is not found."""
        from PySide6.QtWidgets import QFormLayout, QLabel

        before = {e.id: e for e in old.elements}
        after = {e.id: e for e in new.elements}
        if set(before) != set(after) or set(self.form.rows) != set(after):
            return False

        def swap(text: str, pairs: list[tuple[str, str]]) -> str | None:
            for was, now in pairs:
                if was and was in text:
                    return text.replace(was, now)
            return None

        self.form.show_pending()  # every row shows its values before its words change
        edits: list = []
        for element_id, row in self.form.rows.items():
            was, now = before[element_id], after[element_id]
            names = [(was.name, now.name)]
            for i in range(row.combo.count()):
                full = row.combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
                level = row.combo.itemData(i)
                if not full or not isinstance(level, int) or level >= len(now.descriptors):
                    continue
                text = row.combo.itemText(i)
                cut = next((full[:k] for k in range(len(full), 8, -1) if full[:k] in text), "")
                shown = now.descriptors[level]
                if len(cut) < len(full):  # the combo shows it cut: cut the new one alike
                    shown = shown if len(shown) <= len(cut) else shown[:len(cut)]
                new_text = swap(text, [(cut, shown)]) if cut else None
                if new_text is None:
                    return False
                edits.append((row.combo.setItemText, i, new_text))
                edits.append((row.combo.setItemData, i, now.descriptors[level],
                               Qt.ItemDataRole.ToolTipRole))
            for widget in (row.combo, row.evidence):
                name = swap(widget.accessibleName(), names)
                if name is not None:
                    edits.append((widget.setAccessibleName, name))
            box = row.parentWidget()
            form = box.layout() if box is not None else None
            label = form.labelForField(row) if isinstance(form, QFormLayout) else None
            if isinstance(label, QLabel):
                label_text = swap(label.text(), names)
                if label_text is None:
                    return False
                edits.append((label.setText, label_text))
        for fn, *args in edits:
            fn(*args)
        for row in self.form.rows.values():  # the descriptor under each row
            row.show_score(row.score())
        self.form._domain_names = dict(new.domain_names)
        for domain_id, box in self.form.domain_boxes.items():
            box.setTitle(new.domain_names.get(domain_id, domain_id))
        self._swap_radar(old, new)
        return True

    def _swap_radar(self, old: Framework, new: Framework) -> None:
        """Domain names and element tooltips of the radar's frame, in place."""
        names = {old.domain_names.get(d, d): n for d, n in new.domain_names.items()}
        elements = {f"{e.number}. {e.name}": f"{e.number}. {n.name}"
                    for e, n in zip(old.elements, new.elements, strict=True)}
        for item in self.radar.frame_items:
            text = item.toPlainText()
            if text in names:
                item.setText(names[text])
            tip = item.toolTip()
            if tip in elements:
                item.setToolTip(elements[tip])

    def _ensure_framework(self) -> Framework:
        self._build_radar()
        return self._build_form()  # built by now

    def load(self) -> None:
        """Read the delegations on a worker (once what was typed is stored), then the
        chosen delegation's assessment; the page keeps what it shows until then."""
        self.flush()
        self._ensure_framework()
        self._list_request = request = self._list_request + 1
        workshop_id = self.ctx.workshop_id
        if not workshop_id:
            self._fill_delegations([])
            return

        def done(delegations: list[DelegationInfo]) -> None:
            if request == self._list_request and workshop_id == self.ctx.workshop_id:
                self._fill_delegations(delegations)

        self.saver.after_saves(lambda: run_read(
            self, self.ctx, lambda door: door.people.delegations(workshop_id), done=done))

    def _fill_delegations(self, delegations: list[DelegationInfo]) -> None:
        current = self.delegation.currentData()
        self._labels = {d.id: d.label for d in delegations}
        self.delegation.blockSignals(True)
        self.delegation.clear()
        for d in delegations:
            self.delegation.addItem(d.label, d.id)
        self.delegation.setCurrentIndex(max(0, self.delegation.findData(current)))
        self.delegation.blockSignals(False)
        self._listed = True
        self._delegation_picked()

    def _mark_stale(self, workshop_id: str) -> None:
        if workshop_id:  # another workshop chosen: the combo is not this one's any more
            self._listed = False
        super()._mark_stale(workshop_id)

    def select_delegation(self, delegation_id: str) -> None:
        """Show a delegation's assessment (other pages, tests): its read starts at once."""
        self.ensure_loaded()
        if not self._listed and self.ctx.workshop_id:
            self._list_request += 1  # the list is read here; the read on its way is dropped
            self.delegation.blockSignals(True)  # picked below
            self._fill_delegations(self.ctx.door.people.delegations(self.ctx.workshop_id))
            self.delegation.blockSignals(False)
        index = self.delegation.findData(delegation_id)
        if index < 0:
            raise KeyError(delegation_id)
        self.delegation.setCurrentIndex(index)

    def _delegation_picked(self, _index: int = 0) -> None:
        """Read the chosen delegation's assessment on a worker, then show it in slices (the
        form's rows a third per turn, then the chart, then the suggestions: a turn each).

        Until it is read the form shows the previous delegation and an edit there is not
        saved anywhere (no assessment to go to; the read replaces it): disabling and
        re-enabling the 21 rows instead cost ~15 ms each time on the UI thread."""
        self.flush(wait=False)  # the delegation's edits are saved on a worker
        self.saver.leave()  # edits a running save held back: saved after it
        delegation_id = self.delegation.currentData()
        self.doc = None
        self.ready = False
        self._view_request = request = self._view_request + 1
        if not delegation_id:
            if self.form.isEnabled():
                self.form.setEnabled(False)
            self.form.set_values({}, {})
            return

        def done(view: AssessmentView) -> None:
            if request == self._view_request and self.delegation.currentData() == delegation_id:
                self._show_view(view)

        def read() -> None:
            run_read(self, self.ctx,
                     lambda door: door.assessments.delegation_view(delegation_id), done=done,
                     newest="delegation")  # the last pick's

        # Back on a delegation whose scores still wait behind a running save: read it once
        # they are stored. Read before, the form showed the older scores (the Plans page
        # does the same for plans).
        known = self._assessment_ids.get(delegation_id)
        if known is not None and self.saver.holds(lambda batch: batch[0] == known):
            self.saver.after_saves(read)
        else:
            read()

    def _show_view(self, view: AssessmentView) -> None:
        self.doc = view.doc
        self._assessment_ids[view.doc.owner_id] = view.doc.id
        self._others = {owner: dict(scores) for owner, scores in view.others.items()}
        # the first rows now, the others a slice per turn (the form holds the values at once)
        rows = self.form.set_values_steps(self.doc.scores, self.doc.evidence)
        if rows:
            rows.pop(0)()
        if not self.form.isEnabled():
            self.form.setEnabled(True)
        self._fill_overlay_choices()
        self.status.setText(self.tr("All changes saved"))
        self._refresh_form_figures(self.form.scores())
        request = self._view_request

        def more_rows() -> None:
            if request == self._view_request:
                rows.pop(0)()
                in_a_later_turn(self, more_rows if rows else chart)

        def chart() -> None:  # after the rows: the radar; the turn after: stage and priorities
            if request == self._view_request:
                self._refresh_radar(self.form.scores())
                in_a_later_turn(self, advice)  # dropped if the page is gone

        def advice() -> None:
            if request == self._view_request:
                self._refresh_advice(self.form.scores())
                self.ready = True
                if not self.isVisible():  # left before its view came (or filled by the
                    # warm-up): its new rows polished and measured a slice per turn, then
                    # laid out, hidden (in one turn: 20-29 ms of UI-thread CPU)
                    in_turns(self, [*polish_steps(self), *measure_steps(self),
                                    self._lay_out_hidden])

        in_a_later_turn(self, more_rows if rows else chart)  # never after the page is gone

    def _lay_out_hidden(self) -> None:
        """Lay the hidden page out at its size (as the warm-up does, MainWindow._paint_steps):
        a hidden page's layouts wait for it to be shown, so a view shown while the page was
        hidden (the user clicked on before the read came back) was laid out whole in the turn
        the page was next shown: 13 ms of UI-thread CPU (median; 20-35 ms in the bench's
        "open page assessment" after Knowledge checks), 5 ms with this turn of its own."""
        if not self.isVisible() and self.window().isVisible():
            # The scroll area fits the form to its new height only on a LayoutRequest, which
            # Qt posts to visible widgets only: asked here, then the rest (as the warm-up).
            QCoreApplication.sendEvent(self._scroll, QEvent(QEvent.Type.LayoutRequest))
            self.grab(QRect(0, 0, 1, 1))  # pending resizes and layouts, nearly no paint

    def _fill_overlay_choices(self) -> None:
        checked = {self.overlay_list.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.overlay_list.count())
                   if self.overlay_list.item(i).checkState() == Qt.CheckState.Checked}
        self.overlay_list.blockSignals(True)
        self.overlay_list.clear()
        choices = [(AVERAGE_KEY, self.tr("Workshop average"))]
        choices += [(d, label) for d, label in self._labels.items()
                    if d != self.delegation.currentData()]
        for key, label in choices:
            item = QListWidgetItem(label, self.overlay_list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        self.overlay_list.blockSignals(False)

    def set_overlays(self, keys: list[str]) -> None:
        """Tick these comparisons (delegation ids or "__average__"), as a user would."""
        for i in range(self.overlay_list.count()):
            item = self.overlay_list.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    # -- editing ------------------------------------------------------------------------------
    def _edited(self, element_id: str) -> None:
        if self.doc is None:
            return
        self._dirty.add(element_id)
        self.saver.touch()
        self._refresh_figures()

    # -- autosave (ui/autosave.py) -----------------------------------------------------------
    # The QueuedAutosaver writes one batch at a time on a worker, another delegation's left
    # while a save was running after it; the page only says what a batch of its edits is.
    @property
    def pending(self) -> bool:
        """Something edited is not stored yet (waiting for the pause, or being saved)."""
        return self.saver.pending

    def flush(self, wait: bool = True) -> None:
        """Store the elements edited since the last save (no-op when nothing changed).

        As the page protocol says, stored before returning (callers read the database
        next: switching pages, Edit › Undo, an exchange): on this thread, and only what the
        autosave (which writes on a worker when editing pauses) had not stored yet.
        `wait=False` starts the save on a worker instead."""
        self.saver.flush(wait)

    def _take_edits(self) -> Batch | None:
        """The elements edited on screen as they are now, for the autosave to store."""
        if not self._dirty or self.doc is None or self.framework is None:
            return None
        scores, notes = self.form.scores(), self.form.notes()
        numbers = {e.id: e.number for e in self.framework.elements}
        batch = (self.doc.id,
                 {e: (scores.get(e), notes.get(e, "")) for e in sorted(self._dirty)},
                 {e: self.tr("Score element {0}").format(numbers.get(e, e))
                  for e in self._dirty})
        self._dirty.clear()
        return batch

    def _keep_edits(self, batch: Batch) -> None:
        """A batch of the delegation on screen was not stored: its elements are to save
        again (the form holds them as typed, or newer)."""
        self._dirty.update(batch[1])

    @staticmethod
    def _write(door: Door, batch: Batch) -> Outcome[object]:
        """On a worker (or on this thread from `flush`): store the batch."""
        assessment_id, cells, labels = batch
        return door.assessments.set_scores(assessment_id, cells,
                                           label=lambda e: labels.get(e, e))

    def _stored(self, batch: Batch) -> None:
        """The stored scores are the page's again (its figures compare with them)."""
        if self.doc is not None and batch[0] == self.doc.id:
            for element_id, (score, note) in batch[1].items():
                self.doc.scores[element_id] = score
                self.doc.evidence[element_id] = note

    def _save_state(self, kind: str, message: str) -> None:
        if kind == "editing":
            self.status.setText(self.tr("Editing…"))
        elif kind == "saved":
            self.status.setText(self.tr("Saved at {0}").format(clock()))
        elif kind == "failed":  # the edit is kept and tried again (ui/autosave.py)
            self.status.setText(self.tr("Not saved: {0}").format(message))

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().showEvent(event)  # and the parts revealed a turn at a time (Page)
        self.saver.watch_window()  # to store the last edits when the window closes

    # -- figures ------------------------------------------------------------------------------
    def _values(self, scores: dict[str, int | None] | dict[str, float | None]) -> list:
        assert self.framework is not None
        return [scores.get(e.id) for e in self.framework.elements]

    def _refresh_figures(self) -> None:
        scores = self.form.scores()
        self._refresh_form_figures(scores)
        self._refresh_chart(scores)

    def _refresh_form_figures(self, scores: dict[str, int | None]) -> None:
        """How many elements are scored, and each domain's mean, above the form."""
        fw = self._ensure_framework()
        cov = coverage(scores, fw.elements)
        covered = self.tr("{0} of %n element(s) scored", "", cov.total).format(cov.scored)
        if self._english is None:  # once per content language (it reads the folder)
            cur = self.ctx.load_curriculum().curriculum  # None: the framework's stable ids
            self._english = [e for e in fw.elements if cur is not None
                             and cur.is_english_fallback(e.id, "descriptors")]
        english = self._english
        if english:  # marked, never empty: those rows show JICA's English levels
            covered += " · " + self.tr("levels of %n element(s) not yet translated, shown in "
                                       "English", "", len(english))
        self.coverage_label.setText(covered)
        means = domain_scores(scores, fw.elements)
        counts = {d: (sum(scores.get(e.id) is not None for e in fw.elements if e.domain_id == d),
                      sum(e.domain_id == d for e in fw.elements)) for d in means}
        self.form.show_domain_scores(means, counts)

    def _refresh_chart(self, scores: dict[str, int | None]) -> None:
        """The radar with its overlays, the suggested stage and the priorities."""
        self._refresh_radar(scores)
        self._refresh_advice(scores)

    def _refresh_radar(self, scores: dict[str, int | None]) -> None:
        self.radar.set_series(self.delegation.currentText() or self.tr("This delegation"),
                              self._values(scores))
        self._update_overlays()

    def _refresh_advice(self, scores: dict[str, int | None]) -> None:
        self._show_stage(scores)
        self._show_priorities(scores)

    def _update_overlays(self) -> None:
        if self.framework is None:
            return
        series = []
        for i in range(self.overlay_list.count()):
            item = self.overlay_list.item(i)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            key = item.data(Qt.ItemDataRole.UserRole)
            if key == AVERAGE_KEY:
                docs = [*self._others.values(), self.form.scores()]
                values = self._values(average_scores(docs, self.framework.elements))
            else:
                values = self._values(self._others.get(key, {}))
            series.append((item.text(), values))
        self.radar.set_overlays(series[: self.radar.max_overlays])

    def _show_stage(self, scores: dict[str, int | None]) -> None:
        fw = self._ensure_framework()
        s = stage_for(scores, fw.elements)
        f = s.figures
        domain = fw.domain_names.get(f.get("weakest_domain_id") or "", "")
        wmean = f.get("weakest_domain_mean")
        mean = f.get("mean")
        reasons = {
            "insufficient": self.tr(
                "Score at least half of the elements to get a suggestion ({0} of {1} so far)."
            ).format(f["scored"], f["total"]),
            "low-overall": self.tr(
                "The mean of the scored elements is {0}, below 1.5: most elements are "
                "absent or only planned.").format(number(mean or 0, 2)),
            "weak-domain": self.tr(
                "The {0} domain averages {1}, below 1.0: one of the five foundations is "
                "missing.").format(isolate(domain), number(wmean or 0, 2)),
            "strong-all-domains": self.tr(
                "The mean is {0} (2.75 or more) and every domain is at 2.0 or more."
            ).format(number(mean or 0, 2)),
            "ongoing": self.tr(
                "The mean is {0}, between 1.5 and 2.75, and no domain is below 1.0."
            ).format(number(mean or 0, 2)),
            "ongoing-domain-gap": self.tr(
                "The mean is {0}, high enough for Sustainable Growth, but not every domain "
                "is scored at 2.0 or more (weakest: {1})."
            ).format(number(mean or 0, 2), isolate(domain) if domain else self.tr("an unscored domain")),
        }
        parts: list[str] = []
        if s.stage_id is None:
            parts.append("<p><b>{}</b></p>".format(html.escape(self.tr("No suggestion yet"))))
        else:
            parts.append(f"<p><b style='font-size:13pt'>{html.escape(fw.stage_name(s.stage_id))}"
                         f"</b></p>")
        parts.append("<p>{} {}</p>".format(html.escape(self.tr("Why:")),
                                           html.escape(reasons.get(s.reason_code, s.reason_code))))
        stage = fw.stages.get(s.stage_id or "")
        if stage and (stage.description or stage.recommendations):
            parts.append("<p><b>{}</b><br>{}</p>".format(
                html.escape(self.tr("JICA’s guidance for this stage")), html.escape(stage.description)))
            if stage.recommendations:
                parts.append("<ul>" + "".join(f"<li>{html.escape(r)}</li>"
                                              for r in stage.recommendations) + "</ul>")
        if fw.scaling:
            parts.append("<p><b>{}</b></p><ul>".format(html.escape(self.tr("Ways to scale up")))
                         + "".join(f"<li><b>{html.escape(x.name)}</b>: {html.escape(x.description)}"
                                   "</li>" for x in fw.scaling) + "</ul>")
        parts.append("<p style='color:#555'>" + html.escape(self.tr(
            "Rule: fewer than half scored → no suggestion; mean below 1.5 or any domain below "
            "1.0 → Small Start; mean 2.75 or more with every domain at 2.0 or more → "
            "Sustainable Growth; otherwise Accelerate.")) + "</p>")
        self.stage_text.setHtml("".join(parts))
        self.stage_suggestion = s

    def _show_priorities(self, scores: dict[str, int | None]) -> None:
        fw = self._ensure_framework()
        weakest = weakest_elements(scores, fw.elements, n=5)
        self.priorities.clear()
        for item in weakest.priorities:
            e = item.element
            text = self.tr("{0}. {1} — level {2}").format(e.number, e.name, item.score)
            row = QListWidgetItem(text, self.priorities)
            row.setData(Qt.ItemDataRole.UserRole, e.id)
            level = int(item.score)  # a delegation's average (2.5) stands at level 2
            if level < len(e.descriptors):
                # where the element stands, and what the rubric's next level asks for
                tip = [e.descriptors[level]]
                nxt = level + 1
                if nxt < len(e.descriptors):
                    tip.append(self.tr("Next, level {0}: {1}").format(nxt, e.descriptors[nxt]))
                    if nxt < len(e.checks):
                        tip.append(self.tr("How to check: {0}").format(e.checks[nxt]))
                row.setToolTip("\n".join(tip))
                row.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "\n".join(tip))
        if not weakest.priorities:
            QListWidgetItem(self.tr("Score some elements to see priorities."), self.priorities)
        self.to_assess.setText(self.tr("Still to assess: {0}").format(
            ", ".join(str(e.number) for e in weakest.to_assess)) if weakest.to_assess else "")
        self.priority_ids = [p.element.id for p in weakest.priorities]
        self.plan_button.setEnabled(bool(weakest.priorities))

    def open_plan_suggestions(self) -> None:
        """Go to the delegation plan with the suggestions panel open."""
        self.flush()
        delegation_id = self.delegation.currentData()
        window = self.window()
        if delegation_id and hasattr(window, "show_page"):
            page = window.show_page("plans")
            page.open_delegation_plan(delegation_id, suggestions=True)


PAGE = AssessmentPage
