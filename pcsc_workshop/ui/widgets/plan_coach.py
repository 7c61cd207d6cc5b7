"""Beside the plan editor: quality coaching, "From assessment to action", members' items.

- Coaching shows the plan's quality score (from the core's `plan_quality`) and the fixes that
  would raise it most, in words; per-step flags are shown in the steps table itself.
- Suggestions turn the delegation's weakest JICA elements into draft next steps that the
  writer accepts (as is, or edited first) or dismisses.
- For a delegation plan, the members' next steps and support requests can be pulled in.

Reads and writes go through the door (door/plans.py) on workers: suggestions and members'
items are read off the UI thread; accepting, dismissing and pulling run with `run_op` (each
one step of Edit › Undo), after the editor's pending autosave, and hand the stored plan to
the editor, which shows the new rows as one step of its own undo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.coaching import PlanQuality
from pcsc_workshop.core.delegation_plan import NEXT_STEP, MemberItem
from pcsc_workshop.core.framework import Framework, load_framework
from pcsc_workshop.core.plans import PlanDoc
from pcsc_workshop.core.suggestions import (
    CaseRef,
    PillarRef,
    Suggestion,
    cases_from_curriculum,
    pillars_from_curriculum,
)
from pcsc_workshop.door import Door, Outcome
from pcsc_workshop.ui.context import AppContext
from pcsc_workshop.ui.display import score as score_text
from pcsc_workshop.ui.i18n import large_text
from pcsc_workshop.ui.operations import run_op, run_read
from pcsc_workshop.ui.staging import in_a_later_turn
from pcsc_workshop.ui.wording import coaching_issue

ROLE = Qt.ItemDataRole.UserRole
MEMBERS_BATCH = 12  # members' items laid out per turn


def _and_stored(door: Door, outcome: Outcome, plan_id: str) -> Outcome[PlanDoc]:
    """A write's changes with the plan as stored after it (read in the same worker)."""
    return Outcome(door.plans.load(plan_id), outcome.changes)


class PlanCoach(QWidget):
    """`planChanged(doc)` after a write that added rows: the plan as stored now."""

    planChanged = Signal(object)

    def __init__(self, ctx: AppContext, after_saves: Callable[[Callable[[], None]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # the editor's: run a write once typing is stored, so no autosave overwrites it
        self._after_saves = after_saves
        self.doc: PlanDoc | None = None
        self.suggestions: list[Suggestion] = []
        self._sourced: tuple[Any, Framework, list[PillarRef], list[CaseRef]] | None = None
        ctx.changes.contentLanguageChanged.connect(self._forget_sources)
        self.suggestions_shown: Callable[[], None] | None = None  # once, after the next fill
        # the latest read of each kind: an older one finishing late is dropped
        self._members_request = 0
        self._suggest_request = 0

        self.score = QLabel(self)
        self.score.setProperty("role", "heading")
        self.score.setAccessibleName(self.tr("Plan quality score"))
        self.improvements = QListWidget(self)
        self.improvements.setAccessibleName(self.tr("What would raise the score"))
        self.improvements.setWordWrap(True)
        quality = QGroupBox(self.tr("Plan quality"), self)
        q = QVBoxLayout(quality)
        q.addWidget(self.score)
        q.addWidget(QLabel(self.tr("What would raise it:"), quality))
        q.addWidget(self.improvements, 1)

        self.actor = QComboBox(self)
        for code, label in (("local", self.tr("Local government")),
                            ("national", self.tr("National government")),
                            ("stakeholders", self.tr("Other stakeholders"))):
            self.actor.addItem(label, code)
        self.actor.setAccessibleName(self.tr("Level of government"))
        self.actor.currentIndexChanged.connect(lambda _i: self.refresh_suggestions())
        self.suggestion_list = QListWidget(self)
        self.suggestion_list.setWordWrap(True)
        self.suggestion_list.setAlternatingRowColors(True)
        self.suggestion_list.setSpacing(2)
        self.suggestion_list.setAccessibleName(self.tr("Suggestions from the assessment"))
        self.suggestion_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.accept_button = QPushButton(self.tr("A&ccept"), self)
        self.edit_button = QPushButton(self.tr("Edit && accept…"), self)
        self.dismiss_button = QPushButton(self.tr("Dis&miss"), self)
        self.accept_button.clicked.connect(lambda: self.accept_current())
        self.edit_button.clicked.connect(self._edit_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.suggest_box = QGroupBox(self.tr("From assessment to action"), self)
        s = QVBoxLayout(self.suggest_box)
        self.suggest_counts = QLabel(self.suggest_box)  # counts here: a long title would clip
        self.suggest_counts.setWordWrap(True)
        s.addWidget(self.suggest_counts)
        s.addWidget(self.actor)
        s.addWidget(self.suggestion_list, 1)
        row = QBoxLayout(QBoxLayout.Direction.TopToBottom if large_text()  # Settings: text
                         else QBoxLayout.Direction.LeftToRight)  # size; stack when large
        for b in (self.accept_button, self.edit_button, self.dismiss_button):
            row.addWidget(b)
        s.addLayout(row)

        self.member_list = QListWidget(self)
        self.member_list.setWordWrap(True)
        # Laid out a batch of items per event-loop turn (Qt's own batching): a delegation's
        # hundred wrapped items in many scripts took 3-8 ms to lay out in one paint.
        self.member_list.setLayoutMode(QListView.LayoutMode.Batched)
        self.member_list.setBatchSize(MEMBERS_BATCH)
        self.member_list.setAccessibleName(self.tr("Members' items"))
        self.pull_button = QPushButton(self.tr("&Pull ticked items into the delegation plan"),
                                       self)
        self.pull_button.clicked.connect(lambda: self.pull_checked())
        self.members_box = QGroupBox(self.tr("Members' items"), self)
        m = QVBoxLayout(self.members_box)
        m.addWidget(self.member_list, 1)
        m.addWidget(self.pull_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(quality, 2)
        layout.addWidget(self.suggest_box, 3)
        layout.addWidget(self.members_box, 3)
        # No fixed minimum width: the layout's own minimum follows the text size (Settings,
        # up to 200 %), so the buttons are never narrower than their labels.

    # -- loading ------------------------------------------------------------------------------
    def set_plan(self, doc: PlanDoc | None,
                 members: tuple[MemberItem, ...] | None = None, sliced: bool = False) -> None:
        """Show the plan's coaching; `members`: a delegation plan's items, read with it.

        `sliced`: the members' items in the next event-loop turn (laying out and painting
        a hundred wrapped items in many scripts is a turn's work of its own)."""
        self.doc = doc
        self.setEnabled(doc is not None)
        self.members_box.setVisible(bool(doc and doc.owner_kind == "delegation"))
        self.refresh_suggestions()
        if members is None:
            self.refresh_members()
            return
        self._members_request = request = self._members_request + 1
        if not sliced:
            self._fill_members(list(members))
            return
        self.member_list.clear()

        def fill() -> None:
            if request == self._members_request:  # not a later plan's by then
                self._fill_members(list(members))

        in_a_later_turn(self, fill)

    def show_quality(self, quality: PlanQuality, step_numbers: dict[str, int]) -> None:
        self.score.setText(score_text(quality.score))  # "83 / 100", left to right in Arabic
        self.improvements.clear()
        for imp in quality.improvements[:8]:
            text = self.tr("+{0}: {1}").format(imp.gain, coaching_issue(imp.kind, imp.field))
            if imp.step_ids:
                numbers = sorted(step_numbers[s] for s in imp.step_ids if s in step_numbers)
                text += " " + self.tr("(steps {0})").format(", ".join(map(str, numbers)))
            QListWidgetItem(text, self.improvements)
        if not quality.improvements:
            QListWidgetItem(self.tr("Nothing missing: a complete plan."), self.improvements)

    def refresh_suggestions(self) -> None:
        """Read the plan's suggestions on a worker (100 ms for an 800-step plan); a read
        that is no longer the latest (another plan, another level) is dropped."""
        self.suggestion_list.clear()
        self.suggestions = []
        self._update_buttons()
        if self.doc is None:
            return
        fw, pillars, cases = self._sources()
        plan_id, actor = self.doc.id, self.actor.currentData()
        self._suggest_request = request = self._suggest_request + 1

        def done(found: list[Suggestion]) -> None:
            if request == self._suggest_request and self.doc is not None \
                    and self.doc.id == plan_id:
                self._fill_suggestions(fw, found)

        run_read(self, self.ctx, lambda door: door.plans.suggestions(
            plan_id, fw.elements, pillars, cases, actor=actor), done=done,
            # failed: the plan went (deleted, imported over): nothing to say
            failed=lambda _exc: None, newest="suggestions")

    def _sources(self) -> tuple[Framework, list[PillarRef], list[CaseRef]]:
        """The elements, pillars and cases suggestions are drawn from, adapted once per
        content language (asking the context for the curriculum at every plan took ~5 ms)."""
        if self._sourced is None:  # dropped when the content language changes
            cur = self.ctx.load_curriculum().curriculum  # None: no pillar texts to suggest
            fw = load_framework(self.ctx.curriculum)
            pillars, cases = ((pillars_from_curriculum(cur), cases_from_curriculum(cur))
                              if cur is not None else ([], []))
            self._sourced = (cur, fw, pillars, cases)
        return self._sourced[1], self._sourced[2], self._sourced[3]

    def _fill_suggestions(self, fw, found) -> None:
        self.suggestion_list.clear()
        self.suggestions = [s for s in found if s.state == "open"]
        for s in self.suggestions:
            element = fw.element(s.element_id)
            f = s.fields
            head = self.tr("JICA {0} {1} (level {2}) → {3}").format(
                f.get("element_number"), element.name if element else s.element_id,
                f.get("score"), f.get("pillar_name"))
            body = (f.get("example_action") if s.text_code == "example-action"
                    else self.tr("See the pillar's recommended actions."))
            item = QListWidgetItem(f"{head}\n{body}", self.suggestion_list)
            item.setData(ROLE, s.id)
            if s.case_ids:
                item.setToolTip(self.tr("Case studies: {0}").format(
                    ", ".join(self._title(c) for c in s.case_ids)))
        if not self.suggestions:
            QListWidgetItem(self.tr("No open suggestions. Score the delegation's assessment "
                                    "to get suggestions from its weakest elements."),
                            self.suggestion_list)
        accepted = sum(1 for s in found if s.state == "accepted")
        self.suggest_counts.setText(self.tr("{0} open, {1} accepted")
                                    .format(len(self.suggestions), accepted))
        self._update_buttons()
        hook, self.suggestions_shown = self.suggestions_shown, None
        if hook is not None:
            hook()

    def _forget_sources(self, _language: str = "") -> None:
        self._sourced = None

    def _title(self, ref: str) -> str:
        """A case study's title, from the curriculum the suggestions were drawn from (asking
        the context again per case looked up the content language each time)."""
        cur = self._sourced[0] if self._sourced is not None else None
        return str(cur.title_of(ref)) if cur is not None else ref  # unknown: the id

    def _current(self) -> Suggestion | None:
        row = self.suggestion_list.currentRow()
        return self.suggestions[row] if 0 <= row < len(self.suggestions) else None

    def _update_buttons(self) -> None:
        has = self._current() is not None
        for b in (self.accept_button, self.edit_button, self.dismiss_button):
            b.setEnabled(has)

    # -- suggestion actions -------------------------------------------------------------------
    def accept_current(self, action_text: str | None = None) -> None:
        """Add the chosen suggestion as a next step (once typing is stored)."""
        s = self._current()
        if s is None or self.doc is None:
            return
        plan_id, label = self.doc.id, self.tr("Accept a suggestion")

        def write() -> None:
            run_op(self, self.ctx, lambda door: _and_stored(door, door.plans.accept_suggestion(
                plan_id, s, action_text=action_text, label=label), plan_id),
                done=self.planChanged.emit)

        self._after_saves(write)

    def _edit_current(self) -> None:
        s = self._current()
        if s is None:
            return
        dialog = EditStepDialog(s.fields.get("example_action", ""), self)
        if dialog.exec() and dialog.text().strip():
            self.accept_current(dialog.text())

    def dismiss_current(self) -> None:
        s = self._current()
        if s is None or self.doc is None:
            return
        plan_id, label = self.doc.id, self.tr("Dismiss a suggestion")
        run_op(self, self.ctx, lambda door: door.plans.dismiss_suggestion(plan_id, s,
                                                                          label=label),
               done=lambda _none: self.refresh_suggestions())

    # -- members' items -----------------------------------------------------------------------
    def refresh_members(self) -> None:
        """Read the members' items on a worker (a delegation plan only)."""
        self._members_request = request = self._members_request + 1
        if self.doc is None or self.doc.owner_kind != "delegation":
            self.member_list.clear()
            return
        owner_id = self.doc.owner_id

        def done(items: list[MemberItem]) -> None:
            if request == self._members_request:
                self._fill_members(items)

        run_read(self, self.ctx, lambda door: door.plans.members_items(owner_id), done=done,
                 failed=lambda _exc: None, newest="members")

    def _fill_members(self, items: list[MemberItem]) -> None:
        self.member_list.clear()
        if self.doc is None or self.doc.owner_kind != "delegation":
            return
        for it in items:
            kind = self.tr("Next step") if it.kind == NEXT_STEP else self.tr("Support")
            text = f"{it.owner_name} · {kind}: {it.text}"
            if it.kind != NEXT_STEP and it.provider:
                text += self.tr(" (from {0})").format(it.provider)
            item = QListWidgetItem(text, self.member_list)
            item.setData(ROLE, it.id)
            if it.pulled:
                item.setText(text + " " + self.tr("— in the delegation plan"))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable
                              & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        if not items:
            QListWidgetItem(self.tr("The members have no next steps or support requests yet."),
                            self.member_list)
        self.pull_button.setEnabled(any(not i.pulled for i in items))

    def check_member_items(self, item_ids: list[str]) -> None:
        for i in range(self.member_list.count()):
            item = self.member_list.item(i)
            if item.data(ROLE) in item_ids and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked)

    def pull_checked(self) -> int:
        """Pull the ticked items into the delegation plan (on a worker, once typing is
        stored); returns how many were ticked."""
        if self.doc is None:
            return 0
        ids = [self.member_list.item(i).data(ROLE) for i in range(self.member_list.count())
               if self.member_list.item(i).checkState() == Qt.CheckState.Checked]
        if not ids:
            return 0
        plan_id, label = self.doc.id, self.tr("Pull members' items")

        def write() -> None:
            run_op(self, self.ctx, lambda door: _and_stored(
                door, door.plans.pull_members_items(plan_id, ids, label=label), plan_id),
                done=self.planChanged.emit)

        self._after_saves(write)
        return len(ids)


class EditStepDialog(QDialog):
    """"Edit & accept…": the suggested action in a text box that wraps, big enough to read.

    QInputDialog's multi-line text did not wrap and opened one line high."""

    def __init__(self, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the next step"))
        label = QLabel(self.tr("&Action (as it will appear in the plan):"), self)
        self.edit = QPlainTextEdit(action, self)
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Action"))
        self.edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        label.setBuddy(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)
        self.resize(max(560, self.fontMetrics().averageCharWidth() * 70),
                    self.fontMetrics().lineSpacing() * 12)

    def text(self) -> str:
        return self.edit.toPlainText()
