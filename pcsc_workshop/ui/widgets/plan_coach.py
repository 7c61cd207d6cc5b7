"""Beside the plan editor: quality coaching, "From assessment to action", members' items.

- Coaching shows the plan's quality score (from the core's `plan_quality`) and the fixes that
  would raise it most, in words; per-step flags are shown in the steps table itself.
- Suggestions turn the delegation's weakest JICA elements into draft next steps that the
  writer accepts (as is, or edited first) or dismisses.
- For a delegation plan, the members' next steps and support requests can be pulled in.
Every write goes through the core and then asks the editor to reload the plan.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.coaching import PlanQuality
from pcsc_workshop.core.delegation_plan import (
    NEXT_STEP,
    members_items,
    pull_into_delegation_plan,
)
from pcsc_workshop.core.framework import load_framework
from pcsc_workshop.core.plans import PlanDoc
from pcsc_workshop.core.suggestions import (
    Suggestion,
    accept_suggestion,
    cases_from_curriculum,
    dismiss_suggestion,
    pillars_from_curriculum,
    suggestions_for_plan,
)
from pcsc_workshop.ui.display import score as score_text
from pcsc_workshop.ui.i18n import large_text
from pcsc_workshop.ui.wording import coaching_issue

ROLE = Qt.ItemDataRole.UserRole
BIG_PLAN_STEPS = 120  # as in plan_editor: from here suggestions are read on a worker


class PlanCoach(QWidget):
    """`planChanged(plan_id)` after a write, so the editor reloads the plan."""

    planChanged = Signal(str)

    def __init__(self, ctx, flush, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._flush = flush  # the editor's flush: save typing before the core writes
        self.doc: PlanDoc | None = None
        self.suggestions: list[Suggestion] = []

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
    def set_plan(self, doc: PlanDoc | None) -> None:
        self.doc = doc
        self.setEnabled(doc is not None)
        self.members_box.setVisible(bool(doc and doc.owner_kind == "delegation"))
        self.refresh_suggestions()
        self.refresh_members()

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
        """Read the plan's suggestions (for a big plan, 100 ms at 800 steps: on a worker)."""
        self.suggestion_list.clear()
        self.suggestions = []
        if self.doc is None:
            return
        fw = load_framework(self.ctx.curriculum)
        cur = self.ctx.load_curriculum().curriculum  # none: no pillar texts to suggest
        pillars, cases = ((pillars_from_curriculum(cur), cases_from_curriculum(cur))
                          if cur is not None else ([], []))
        store, plan_id, actor = self.ctx.store, self.doc.id, self.actor.currentData()

        def read(_progress=None, _cancelled=None):
            with store.session() as session:
                return suggestions_for_plan(session, plan_id, fw.elements, pillars, cases,
                                            actor=actor)

        self._suggest_request = request = getattr(self, "_suggest_request", 0) + 1
        if len(self.doc.next_steps) < BIG_PLAN_STEPS:
            self._fill_suggestions(fw, read())
            return

        def done(found) -> None:
            if request == self._suggest_request and self.doc is not None \
                    and self.doc.id == plan_id:
                self._fill_suggestions(fw, found)

        def later() -> None:  # a big plan: on a worker, once its rows are on screen
            from pcsc_workshop.ui.workers import Op

            if request == self._suggest_request:
                Op(self, read).success(done).run()

        QTimer.singleShot(150, later)

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

    def _title(self, ref: str) -> str:
        return self.ctx.load_curriculum().title_of(ref)

    def _current(self) -> Suggestion | None:
        row = self.suggestion_list.currentRow()
        return self.suggestions[row] if 0 <= row < len(self.suggestions) else None

    def _update_buttons(self) -> None:
        has = self._current() is not None
        for b in (self.accept_button, self.edit_button, self.dismiss_button):
            b.setEnabled(has)

    # -- suggestion actions -------------------------------------------------------------------
    def accept_current(self, action_text: str | None = None) -> None:
        s = self._current()
        if s is None or self.doc is None:
            return
        self._flush()
        with self.ctx.store.session() as session:
            accept_suggestion(session, self.doc.id, s, action_text=action_text)
        self._changed()

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
        with self.ctx.store.session() as session:
            dismiss_suggestion(session, self.doc.id, s)
        self.refresh_suggestions()

    # -- members' items -----------------------------------------------------------------------
    def refresh_members(self) -> None:
        self.member_list.clear()
        if self.doc is None or self.doc.owner_kind != "delegation":
            return
        with self.ctx.store.session() as session:
            items = members_items(session, self.doc.owner_id)
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
        if self.doc is None:
            return 0
        ids = [self.member_list.item(i).data(ROLE) for i in range(self.member_list.count())
               if self.member_list.item(i).checkState() == Qt.CheckState.Checked]
        if not ids:
            return 0
        self._flush()
        with self.ctx.store.session() as session:
            result = pull_into_delegation_plan(session, self.doc.id, ids)
        self._changed()
        return len(result.added)

    def _changed(self) -> None:
        if self.doc is not None:
            self.ctx.changes.changed.emit("plan", self.doc.id, self)
            self.planChanged.emit(self.doc.id)


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
