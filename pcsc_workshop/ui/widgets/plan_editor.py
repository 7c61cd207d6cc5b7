"""The action-plan editor: five sections as the 2016 deep dive wrote them, saved as you type.

Autosave: the app's one `Autosaver` (ui/autosave.py). Every edit restarts a short timer;
when typing pauses a copy of the whole plan is written through the door on a worker (only
changed rows get a new revision; a failure keeps the edit, says why and retries).
`flush()` starts a pending save at once (switching plans or pages); `flush(wait=True)`
stores it before returning (the window closing), so nothing typed is ever lost. Each save
is one step of Edit › Undo (door/plans.py): undoing it puts the stored plan back as it was
and the page shows it again.

Undo/redo: one QUndoStack for the sections and both tables (Ctrl+Z, Ctrl+Shift+Z). Typing
in one section merges into one step until you pause or move to another section; table edits
are snapshots of the rows (a plan has tens of rows, so a copy costs nothing). Undo is an edit
like any other: it is autosaved. (This in-editor undo works on what is on screen; Edit ›
Undo in the menu bar undoes stored operations: saves, accepted suggestions, pulls.)

Coaching: after every edit the core's `plan_quality` re-scores the plan; steps with issues
get a "⚠" row header, an amber cell and a tooltip that says what is missing.

On a laptop: the coaching panel folds away (the "Coaching" button), each table shows a few
columns and the selected row whole in a form underneath, and the buttons wrap.

Big plans: a plan of 800 next steps opened in 0.76 s (1.3 s profiled) with the window frozen.
Where it went: 98,000 translation look-ups for the same three coaching sentences (now looked
up once per sentence), deep copies of the rows for undo (now one shallow copy per row: the
fields are strings and dates), and scoring and suggestions on the UI thread (a plan of more
than `BIG_PLAN_STEPS` steps is scored and its suggestions read on workers, started once its
rows are painted; the page reads the plan itself on a worker). The table is model-backed, so
showing 800 rows is cheap.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.coaching import plan_quality
from pcsc_workshop.core.delegation_plan import MemberItem
from pcsc_workshop.core.plans import (
    MAX_FIELD_CHARS,
    STEP_STATUSES,
    SUPPORT_KINDS,
    NextStepRow,
    PlanChanged,
    PlanDoc,
    SupportRow,
)
from pcsc_workshop.door.plans import OpenedPlan
from pcsc_workshop.ui.accessibility import name_from_labels
from pcsc_workshop.ui.autosave import QueuedAutosaver
from pcsc_workshop.ui.context import AppContext
from pcsc_workshop.ui.display import clock, isolate
from pcsc_workshop.ui.operations import run_read
from pcsc_workshop.ui.staging import in_turns
from pcsc_workshop.ui.widgets.flow_layout import FlowLayout
from pcsc_workshop.ui.widgets.plan_coach import PlanCoach
from pcsc_workshop.ui.widgets.plan_flags import CoachedRowsModel
from pcsc_workshop.ui.widgets.plan_undo import SectionCommand, TableCommand
from pcsc_workshop.ui.widgets.rows_table import Column, RowsEditor
from pcsc_workshop.ui.widgets.wrapped_label import HeightCachingLabel
from pcsc_workshop.ui.wording import coaching_issue

Snap = tuple[PlanDoc, str]  # what one autosave writes: the plan and its Undo label
BIG_PLAN_STEPS = 120  # from here, scoring (~6 ms per 100 steps) moves to a worker


def snapshot(rows: list) -> list:
    """Copies of the rows for undo: each row copied, its fields (str, date) shared.

    A plain `__dict__` copy: copy.copy and dataclasses.replace took ~15 ms for 800 rows."""
    out = []
    for row in rows:
        twin = object.__new__(type(row))
        twin.__dict__.update(row.__dict__)
        out.append(twin)
    return out
PROVIDERS = ("TDLC", "World Bank", "JICA", "UN-Habitat", "UNCRD", "Japanese counterparts",
             "Asian Development Bank", "National government")


class SectionEdit(QPlainTextEdit):
    """A plain-text section that refuses to grow past the core's field limit."""

    def __init__(self, name: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setAccessibleDescription(hint)
        self.setPlaceholderText(hint)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(90)
        self.setUndoRedoEnabled(False)  # the editor's QUndoStack handles Ctrl+Z
        self.textChanged.connect(self._clip)

    def event(self, e: QEvent) -> bool:
        """Let Ctrl+Z / Ctrl+Shift+Z reach the plan's undo actions instead of the text box."""
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) and (
                e.matches(QKeySequence.StandardKey.Undo)
                or e.matches(QKeySequence.StandardKey.Redo)
                or QKeySequence(e.keyCombination()) == QKeySequence("Ctrl+Shift+Z")):
            e.ignore()
            return False
        return super().event(e)

    def _clip(self) -> None:
        if len(self.toPlainText()) > MAX_FIELD_CHARS:
            cursor = self.textCursor()
            self.setPlainText(self.toPlainText()[:MAX_FIELD_CHARS])
            self.setTextCursor(cursor)


class SteadyLabel(HeightCachingLabel):
    """A heading line at least as tall as a line of the tallest script a name is written in.

    Names in Bengali or Arabic make a line taller than a Latin one (29 / 31 / 36 px at the
    default size): opening the plans one after another moved everything under the heading
    by a few pixels, so each opening relaid and repainted the whole editor instead of its
    sections (39 of 40 plans in the UI-latency bench; the paint of an opening is most of
    its UI-thread time). The floor follows the label's font (text size, style sheet)."""

    PROBE = "Ag — التمويل — সবার"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)  # word-wrapped, its height per width kept (its module)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """The same text again (the status after each save, the subheading of the next
        member of a delegation) keeps the heights already found for it."""
        if text != self.text():
            super().setText(text)

    def event(self, e: QEvent) -> bool:
        if e.type() in (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            probe = QLabel(self.PROBE)  # laid out as this label lays out a line
            probe.setFont(self.font())
            self.setMinimumHeight(probe.sizeHint().height())
        return super().event(e)


class PlanEditor(QWidget):
    saved = Signal(str)  # plan id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc: PlanDoc | None = None
        self._loading = False
        self._edits = False  # the open plan has edits no copy has taken yet
        self._quality_request = 0  # the latest scoring: an older one finishing late is dropped
        self._applying = False
        self._section_text: dict[str, str] = {}
        self._table_rows: dict[str, list] = {"steps": [], "support": []}
        self._workshop_start: date | None = None
        self._known_refs: set[str] | None = None
        self._quality_timer = QTimer(self)  # big plans: score once the rows are painted
        self._quality_timer.setSingleShot(True)
        self._quality_timer.setInterval(60)
        self._quality_timer.timeout.connect(self._score_on_worker)
        self.undo_stack = QUndoStack(self)
        self.quality = None
        self.saver: QueuedAutosaver[Snap] = QueuedAutosaver(
            self, ctx, take=self._take_edits, keep=self._keep_edits,
            has_edits=lambda: self._edits and self.doc is not None,
            showing=lambda: None if self.doc is None else self.doc.id,
            key=lambda snap: snap[0].id,
            write=lambda door, snap: door.plans.save(snap[0], label=snap[1]),
            stale=PlanChanged("", -1, False))
        self.saver.state.connect(self._save_state)
        self.saver.saved.connect(self._stored)

        self.heading = SteadyLabel(self)
        self.heading.setProperty("role", "heading")
        self.subheading = SteadyLabel(self)
        self.subheading.setProperty("role", "subtle")
        self.status = SteadyLabel(self)
        self.status.setProperty("role", "subtle")
        self.status.setAccessibleName(self.tr("Save status"))
        # Every part is built in its final parent: moving a styled widget to another parent
        # styles its whole tree again (the app's style sheet), which cost more than building.
        self._bar = bar = QWidget(self)  # the buttons, laid out with the frame
        self.export_button = QPushButton(self.tr("Export P&DF…"), bar)
        self.export_button.setAccessibleDescription(self.tr("Save this action plan as a PDF file"))
        self.splitter = splitter = QSplitter(self)
        scroll = QScrollArea(splitter)
        scroll.setAccessibleName(self.tr("Plan sections"))
        scroll.setWidgetResizable(True)
        # never sideways: the sections follow the width (the tables drop optional columns,
        # the forms' fields shrink), so nothing is hidden beyond the right edge
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        form = QVBoxLayout(body)
        scroll.setWidget(body)  # still empty: nothing to restyle
        self.scroll_area = scroll

        titles = {
            "key_takeaways": self.tr("1. Key takeaways"),
            "challenges": self.tr("2. Challenges"),
            "approaches": self.tr("3. Approaches"),
        }
        texts = {
            "key_takeaways": (self.tr("Key takeaways"),
                              self.tr("What did you learn that matters most for your city?")),
            "challenges": (self.tr("Challenges"), self.tr(
                "What stands in the way: institutions, skills, finance, data, people?")),
            "approaches": (self.tr("Approaches"), self.tr(
                "How will you tackle them? Which ideas from the week will you adapt?")),
        }
        self.sections: dict[str, SectionEdit] = {}
        for key, (name, hint) in texts.items():
            box = QGroupBox(titles[key], body)
            self.sections[key] = SectionEdit(name, hint, box)
            QVBoxLayout(box).addWidget(self.sections[key])
            form.addWidget(box)
        self._table_boxes: dict[str, tuple[QGroupBox, QVBoxLayout]] = {}
        for key, title in (("steps", self.tr("4. Next steps")),
                           ("support", self.tr("5. Desired future support"))):
            box = QGroupBox(title, body)
            self._table_boxes[key] = (box, QVBoxLayout(box))
            form.addWidget(box)
        form.addStretch(1)
        for key, edit in self.sections.items():
            edit.textChanged.connect(lambda k=key: self._section_changed(k))
        self._coach_placed = False
        self._coach_chosen = False  # once the user folds or unfolds it, that choice stays
        # The tables, the coaching panel and the frame around them: built a part per turn by
        # the warm-up (the page's `build_later` stages), else all at once when first used.
        self._steps: RowsEditor | None = None
        self._support: RowsEditor | None = None
        self._coach: PlanCoach | None = None
        self._parts: list[Callable[[], QWidget]] = [
            self._build_steps_table, self._build_support_table, self._build_coach,
            self._build_frame]
        self._building = False

    def build_step(self) -> bool:
        """Build and polish the next part; True while parts are left."""
        built = self.build_part()
        if built is not None:
            built.ensurePolished()
        return bool(self._parts)

    def build_part(self) -> QWidget | None:
        """Build the next part (each ~5-10 ms: in one piece the editor took ~150 ms of the
        UI thread), unpolished (the warm-up polishes it in slices: built and polished in one
        turn, a part was 10-14 ms); its buddy labels name their fields (name_from_labels).
        None when every part is built."""
        if not self._parts or self._building:
            return None
        self._building = True
        try:
            built = self._parts.pop(0)()
        finally:
            self._building = False
        name_from_labels(built)
        return built

    @property
    def parts_left(self) -> bool:
        return bool(self._parts)

    def finish_building(self) -> None:
        """Build every part left (the editor is about to be used)."""
        while not self._building and self.build_step():
            pass

    @property
    def steps(self) -> RowsEditor:
        """Section 4, the next steps (built now if the warm-up has not built it yet)."""
        if self._steps is None:
            self.finish_building()
        assert self._steps is not None
        return self._steps

    @property
    def support(self) -> RowsEditor:
        """Section 5, the desired future support."""
        if self._support is None:
            self.finish_building()
        assert self._support is not None
        return self._support

    @property
    def coach(self) -> PlanCoach:
        """The coaching panel (plan quality, suggestions, members' items)."""
        if self._coach is None:
            self.finish_building()
        assert self._coach is not None
        return self._coach

    def _build_steps_table(self) -> QWidget:
        step_columns = self._step_columns()
        box, box_layout = self._table_boxes["steps"]
        self._steps = steps = RowsEditor(step_columns, NextStepRow, self.tr("Next steps"), box,
                                         form_title=self.tr("Next step {0}"),
                                         model=CoachedRowsModel(step_columns, NextStepRow))
        box_layout.addWidget(steps)
        # an empty date's calendar opens on the workshop's first day, not January 2000
        steps.delegate.calendar_start = lambda: self._workshop_start
        if steps.form is not None:
            steps.form.calendar_start = lambda: self._workshop_start
        steps.model.edited.connect(lambda: self._table_changed("steps"))
        return steps

    def _build_support_table(self) -> QWidget:
        box, box_layout = self._table_boxes["support"]
        self._support = support = RowsEditor(self._support_columns(), SupportRow,
                                             self.tr("Desired future support"), box,
                                             form_title=self.tr("Support request {0}"))
        box_layout.addWidget(support)
        support.model.edited.connect(lambda: self._table_changed("support"))
        return support

    def _build_coach(self) -> QWidget:
        self._coach = coach = PlanCoach(self.ctx, self.after_saves, self.splitter)
        coach.planChanged.connect(self.take_in_changes)
        return coach

    def _build_frame(self) -> QWidget:
        """The buttons, the heading above them and the splitter's proportions."""
        # Heading lines above the buttons, not beside them: at large text sizes (Settings,
        # up to 200 %) a heading squeezed next to four buttons wraps word by word and clips.
        top = QVBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.subheading)
        bar = self._bar
        actions = FlowLayout(bar)  # the buttons wrap at 200 % instead of being cut off
        top.addWidget(self.status)
        top.addWidget(bar)
        self.actions_bar = actions
        self.undo_action: QAction = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action: QAction = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # Tab order as when the scroll area was made after the coaching panel: the sections'
        # fields first, the area itself after the panel, then these buttons.
        last = None
        widget = self.coach.nextInFocusChain()
        while widget is not None and widget is not self.coach:  # the window's whole chain
            if self.coach.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = widget
            widget = widget.nextInFocusChain()
        if last is not None:
            QWidget.setTabOrder(last, self.scroll_area)
        for action, label, can in (
                (self.undo_action, self.tr("Undo"), self.undo_stack.canUndoChanged),
                (self.redo_action, self.tr("Redo"), self.undo_stack.canRedoChanged)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QPushButton(label, bar)
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(action.trigger)
            can.connect(button.setEnabled)  # a slot of the button: no dangling lambda
            button.setEnabled(False)
            actions.addWidget(button)
        actions.addWidget(self.export_button)
        self.coach_button = QPushButton(self.tr("&Coaching"), bar)
        self.coach_button.setCheckable(True)
        self.coach_button.setChecked(True)
        self.coach_button.setToolTip(self.tr("Show or hide the coaching panel (plan quality, "
                                             "suggestions)"))
        self.coach_button.toggled.connect(self.coach.setVisible)
        self.coach_button.clicked.connect(lambda: setattr(self, "_coach_chosen", True))
        actions.addWidget(self.coach_button)
        splitter = self.splitter
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 330])
        splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setEnabled(False)
        return self

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """On a laptop the coaching panel starts folded for a participant's plan (its score
        stays on the button); see `_place_coach`."""
        self.finish_building()  # shown before the warm-up got to its last parts
        super().showEvent(event)
        self.saver.watch_window()  # to store what was typed when the window closes
        if not self._coach_placed:
            self._coach_placed = True
            self._place_coach()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        """Laid out at its shown size before it is first shown (the warm-up lays hidden
        pages out and paints them once): the panel is folded or not already then, so the
        first show lays out and paints nothing again (folding it there took 4-6 ms of
        layout and a full repaint in the turn the page appeared)."""
        super().resizeEvent(event)
        if not self._coach_placed and not self._parts and not self.isVisible():
            wanted = self._coach_wanted(before_shown=True)
            if wanted is not None:
                self.coach_button.setChecked(wanted)

    def _place_coach(self) -> None:
        """Fold the coaching panel on a narrow editor, except for a delegation plan (the
        members' items to pull in are there), until the user folds or unfolds it."""
        wanted = self._coach_wanted()
        if wanted is not None:
            self.coach_button.setChecked(wanted)

    def _coach_wanted(self, before_shown: bool = False) -> bool | None:
        """Whether the coaching panel should show for the plan on screen (None: leave it
        as it is, the user chose or the editor was never shown)."""
        if self._coach_chosen or not (self._coach_placed or before_shown):
            return None
        narrow = self.width() < 75 * self.fontMetrics().averageCharWidth() * 2
        delegation = self.doc is not None and self.doc.owner_kind == "delegation"
        return delegation or not narrow

    # -- columns ----------------------------------------------------------------------
    def _link_choices(self) -> tuple[tuple[str, str], ...]:
        cur = self.ctx.load_curriculum().curriculum
        if cur is None:  # the table still works with free text
            return ()
        choices = [("", self.tr("(none)"))]
        choices += [(p.id, self.tr("Pillar: {0}").format(p.name)) for p in cur.pillars]
        choices += [(e.id, self.tr("JICA {0}: {1}").format(e.number, e.name))
                    for e in cur.elements]
        return tuple(choices)

    def _date_width(self) -> int:
        """Wide enough for 2027-03-01 at the current text size, plus the cell's margins."""
        return self.fontMetrics().horizontalAdvance("2027-03-01") + 28

    def _step_columns(self) -> list[Column]:
        statuses = {
            "planned": self.tr("planned"), "in progress": self.tr("in progress"),
            "done": self.tr("done"), "on hold": self.tr("on hold"),
            "dropped": self.tr("dropped"),
        }
        return [
            Column("action", self.tr("Action"), width=260, multiline=True),
            Column("responsible", self.tr("Responsible"), width=140),
            Column("start_date", self.tr("Start"), "date", width=self._date_width()),
            Column("end_date", self.tr("End"), "date", width=self._date_width()),
            Column("indicator", self.tr("Indicator"), width=170, optional=True),
            Column("link_ref", self.tr("Linked pillar / element"), "editable-choice",
                   self._link_choices(), width=190, optional=True),
            Column("status", self.tr("Status"), "choice",
                   tuple((s, statuses.get(s, s)) for s in STEP_STATUSES), width=110),
        ]

    def _support_columns(self) -> list[Column]:
        kinds = {
            "technical assistance": self.tr("technical assistance"),
            "financing": self.tr("financing"),
            "capacity building": self.tr("capacity building"),
            "knowledge exchange": self.tr("knowledge exchange"),
            "data and tools": self.tr("data and tools"), "other": self.tr("other"),
        }
        return [
            Column("detail", self.tr("Detail"), width=380, multiline=True),
            Column("provider", self.tr("From whom"), "editable-choice",
                   tuple((p, p) for p in PROVIDERS), width=190),
            Column("kind", self.tr("Kind of support"), "choice",
                   tuple((k, kinds.get(k, k)) for k in SUPPORT_KINDS), width=170),
        ]

    # -- load / save ------------------------------------------------------------------
    def open_plan(self, opened: OpenedPlan, sliced: bool = False) -> None:
        """Show a plan as the door opened it (read on a worker by the page)."""
        self.set_plan(opened.doc, workshop_start=opened.workshop_start,
                      members=opened.members_items, sliced=sliced)

    def set_plan(self, doc: PlanDoc | None, *, workshop_start: date | None = None,
                 members: tuple[MemberItem, ...] | None = None, sliced: bool = False) -> None:
        """Show `doc` (None: nothing chosen). Edits of the plan on screen are saved first:
        at once, or right after a save that is running (they are kept until then).

        `sliced`: the sections and tables now, the coaching (score, suggestions, members'
        items) in the next event-loop turn, so that no single turn holds the UI thread
        for both (a plan chosen in the list; other callers get it all at once)."""
        self.flush()
        self.saver.leave()  # edits a running save held back: saved after it
        self.doc = doc
        self._loading = True
        try:
            if doc is None:
                self.heading.setText(self.tr("Choose a plan on the left"))
                self.subheading.setText("")
                for edit in self.sections.values():
                    edit.setPlainText("")
                self.steps.model.set_rows([])
                self.support.model.set_rows([])
                self.undo_stack.clear()
                self.coach.set_plan(None)
                self.setEnabled(False)
                return
            if doc.owner_kind == "participant":
                self.heading.setText(self.tr("Action plan of {0}").format(isolate(doc.owner_name)))
            else:
                self.heading.setText(self.tr("Delegation plan: {0}").format(isolate(doc.delegation_label)))
            self.subheading.setText(
                " · ".join(x for x in (doc.delegation_label, doc.workshop_title) if x))
            for key, edit in self.sections.items():
                edit.setPlainText(getattr(doc, key))
            self.steps.model.set_rows(doc.next_steps)
            self.support.model.set_rows(doc.support)
            self._section_text = {k: getattr(doc, k) for k in self.sections}
            self._table_rows = {"steps": snapshot(doc.next_steps),
                                "support": snapshot(doc.support)}
            self.undo_stack.clear()
            self.status.setText(self.tr("All changes saved"))
            self.setEnabled(True)
        finally:
            self._loading = False
        self._workshop_start = workshop_start
        if not sliced:
            self._coach_plan(doc, members)
            return
        self.coach.doc = None  # nothing to accept into until the coaching is shown

        def fold() -> list:
            """Fold or unfold the panel for this plan: the whole editor is laid out again in
            this turn and painted in the next (in one turn: 15-20 ms of UI-thread work)."""
            wanted = self._coach_wanted() if self.doc is doc else None
            if wanted is None or wanted == self.coach_button.isChecked():
                return []
            self.splitter.setUpdatesEnabled(False)
            self.coach_button.setChecked(wanted)
            return [lambda: self.splitter.setUpdatesEnabled(True)]  # paints it all once

        def coach() -> None:  # its lists filled, the members' items a turn later
            if self.doc is doc:
                self._load_known_refs()
                self.coach.set_plan(doc, members, sliced=True)
                self.refresh_quality()

        # Each in a turn of its own, with its own layout and paint: in one turn (a posted
        # QTimer.singleShot(0) ran in the same turn as the read's result) opening a
        # delegation plan held the UI thread 25-37 ms (bench/ui_latency_bench.py).
        in_turns(self, [fold, coach])  # never after the editor is gone

    def _coach_plan(self, doc: PlanDoc, members: tuple[MemberItem, ...] | None) -> None:
        self._load_known_refs()
        self._place_coach()
        self.coach.set_plan(doc, members)
        self.refresh_quality()

    def reopen(self) -> None:
        """Show the stored plan again (an undo, an import or the room changed it): read on
        a worker once what was typed here is stored (the newest edit is the user's)."""
        if self.doc is None:
            return
        plan_id = self.doc.id

        def read() -> None:
            def show(opened: OpenedPlan) -> None:
                if self.doc is not None and self.doc.id == plan_id and not self.pending:
                    self.open_plan(opened)

            run_read(self, self.ctx, lambda door: door.plans.open(plan_id), done=show,
                     failed=lambda _exc: self.set_plan(None))  # the plan is gone

        self.after_saves(read)

    reload = reopen

    def take_in_changes(self, stored: PlanDoc) -> None:
        """Show rows a suggestion or a pull added, as one more undoable step.

        Reloading the plan (as before) cleared the undo history: the facilitator could not
        take back an accepted suggestion with Ctrl+Z. The tables take the stored rows with a
        TableCommand each (undo removes the step again; the suggestion is then open again,
        since "accepted" means a live step made from it); sections and undo stay as they are.
        The write itself is also a step of Edit › Undo (door/plans.py).
        """
        if self.doc is None or stored.id != self.doc.id:
            return
        self.doc.revision = stored.revision
        self.undo_stack.beginMacro(self.tr("Accept a suggestion"))
        try:
            for which, rows in (("steps", stored.next_steps), ("support", stored.support)):
                before = self._table_rows[which]
                if [vars(r) for r in before] != [vars(r) for r in rows]:
                    self._set_rows(which, rows)
                    self.undo_stack.push(TableCommand(self, which, before, snapshot(rows)))
        finally:
            self.undo_stack.endMacro()
        self.coach.doc = self.doc
        self.coach.refresh_suggestions()
        self.coach.refresh_members()

    # -- undo / redo --------------------------------------------------------------------------
    def _section_changed(self, key: str) -> None:
        if self._loading or self._applying or self.doc is None:
            return
        new = self.sections[key].toPlainText()
        old = self._section_text.get(key, "")
        if new != old:
            self._section_text[key] = new
            self.undo_stack.push(SectionCommand(self, key, old, new))
        self._edited()

    def _table_changed(self, which: str) -> None:
        if self._loading or self._applying or self.doc is None:
            return
        model = self.steps.model if which == "steps" else self.support.model
        after = snapshot(model.rows)
        self.undo_stack.push(TableCommand(self, which, self._table_rows[which], after))
        self._table_rows[which] = after
        self._edited()

    def _set_section(self, key: str, text: str) -> None:
        self._applying = True
        try:
            self.sections[key].setPlainText(text)
            self._section_text[key] = text
        finally:
            self._applying = False
        self._edited()

    def _set_rows(self, which: str, rows: list) -> None:
        editor = self.steps if which == "steps" else self.support
        self._applying = True
        try:
            editor.model.set_rows(snapshot(rows))
            self._table_rows[which] = snapshot(rows)
        finally:
            self._applying = False
        self._edited()

    # -- coaching -----------------------------------------------------------------------------
    def _load_known_refs(self) -> None:
        """The curriculum's pillar and element ids, to check each step's link against."""
        if self._known_refs is None:
            cur = self.ctx.load_curriculum().curriculum  # None: links are not checked
            self._known_refs = None if cur is None else (
                {p.id for p in cur.pillars} | {e.id for e in cur.elements})

    def refresh_quality(self) -> None:
        """Re-score the plan as it is on screen and show flags and what would raise it.

        A big plan is scored on a worker, from a copy, a moment after the last edit (many
        edits, one scoring; a result that is not the latest is dropped): on the UI thread
        scoring 800 steps took 51 ms, and started at once the worker slowed the first paint
        of the rows (the table's model is Python, and a busy worker holds the GIL)."""
        if self.doc is None:
            return
        self._sync_doc()
        if len(self.steps.model.rows) < BIG_PLAN_STEPS:
            self._show_quality(plan_quality(self.doc, workshop_start=self._workshop_start,
                                            known_refs=self._known_refs))
            return
        self._quality_timer.start()

    def _sync_doc(self) -> None:
        doc = self.doc
        if doc is None:  # no plan open: nothing to take the edits
            return
        for key, edit in self.sections.items():
            setattr(doc, key, edit.toPlainText())
        doc.next_steps = self.steps.model.rows
        doc.support = self.support.model.rows

    def _score_on_worker(self) -> None:
        if self.doc is None:
            return
        from pcsc_workshop.ui.workers import Op

        self._sync_doc()
        self._quality_request = request = self._quality_request + 1
        doc = copy.copy(self.doc)
        doc.next_steps, doc.support = snapshot(doc.next_steps), snapshot(doc.support)
        start, refs = self._workshop_start, self._known_refs

        def done(quality: Any) -> None:
            if request == self._quality_request and self.doc is not None \
                    and self.doc.id == doc.id:
                self._show_quality(quality)

        Op(self, lambda _p, _c: plan_quality(doc, workshop_start=start, known_refs=refs)
           ).success(done).run()

    def _show_quality(self, quality: Any) -> None:
        self.quality = quality
        words: dict[tuple[str, str | None], str] = {}  # each sentence translated once
        issues: dict[str, dict[str, list[str]]] = {}
        for issue in quality.issues:
            if issue.step_id:
                field = "dates" if issue.kind in ("end-before-start", "before-workshop",
                                                  "beyond-horizon") else (issue.field or "")
                key = (issue.kind, issue.field)
                if key not in words:
                    words[key] = coaching_issue(issue.kind, issue.field)
                issues.setdefault(issue.step_id, {}).setdefault(field, []).append(words[key])
        flags = self.steps.model
        assert isinstance(flags, CoachedRowsModel)  # the steps table is made with one
        flags.set_issues(issues)
        numbers = {row.id: i + 1 for i, row in enumerate(self.steps.model.rows)}
        self.coach.show_quality(quality, numbers)
        self.coach_button.setText(self.tr("&Coaching ({0} / 100)").format(quality.score))

    def _edited(self) -> None:
        if self._loading or self.doc is None:
            return
        self._edits = True
        self.saver.touch()
        self.refresh_quality()

    # -- autosave (ui/autosave.py) -----------------------------------------------------------
    # The QueuedAutosaver writes one copy of a plan at a time on a worker, a plan left while a
    # save was running after it; the editor only says what a copy of its edits is.
    @property
    def pending(self) -> bool:
        """Something typed is not stored yet (waiting for the pause, or being saved)."""
        return self.saver.pending

    _dirty = pending  # the name tests and benches have used

    def flush(self, wait: bool = False) -> None:
        """Save pending edits now: on a worker, or with `wait` before returning."""
        self.saver.flush(wait)

    def store_now(self) -> None:
        """Store every pending edit before returning, on this thread (the page's `flush`
        for callers that read the database next)."""
        self.saver.store_now()

    def after_saves(self, write: Callable[[], object]) -> None:
        """Run `write` (accept a suggestion, pull items) once what was typed is stored, so
        the autosave of older rows cannot overwrite what the write adds."""
        self.saver.after_saves(write)

    def _screen_copy(self) -> PlanDoc:
        """The plan as on screen, as a copy the worker can save while typing goes on."""
        assert self.doc is not None
        self._sync_doc()
        doc = copy.copy(self.doc)
        doc.next_steps, doc.support = snapshot(self.doc.next_steps), snapshot(self.doc.support)
        return doc

    def _take_edits(self) -> Snap | None:
        """A copy of the plan on screen if it has edits not yet taken (the autosave's)."""
        if not self._edits or self.doc is None:
            return None
        self._edits = False
        return self._screen_copy(), self.tr("Edit plan")

    def _keep_edits(self, _snap: Snap) -> None:
        """A copy of the plan on screen was not stored: the screen holds it (or newer)."""
        self._edits = True

    def _save_state(self, kind: str, message: str) -> None:
        if kind == "editing":
            self.status.setText(self.tr("Editing…"))
        elif kind == "saved":
            self.status.setText(self.tr("Saved at {0}").format(clock()))
        elif kind == "failed":  # the edit is kept and tried again (ui/autosave.py)
            self.status.setText(self.tr("Not saved: {0}").format(message))

    def _stored(self, change: PlanChanged) -> None:
        if change.revision < 0:
            return  # an older copy, skipped
        if self.doc is not None and change.plan_id == self.doc.id:
            self.doc.revision = change.revision
        if change.changed:
            self.saved.emit(change.plan_id)
