"""The action-plan editor: five sections as the 2016 deep dive wrote them, saved as you type.

Autosave: every edit restarts a short timer; when typing pauses the whole plan is written
(only changed rows get a new revision). `flush()` saves at once; the page calls it before
switching away and on close, so nothing typed is ever lost.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.plans import (
    MAX_FIELD_CHARS,
    STEP_STATUSES,
    SUPPORT_KINDS,
    NextStepRow,
    PlanDoc,
    SupportRow,
    save_plan,
)
from pcsc_workshop.ui.context import AppContext
from pcsc_workshop.ui.widgets.rows_table import Column, RowsEditor

AUTOSAVE_MS = 400
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
        self.textChanged.connect(self._clip)

    def _clip(self) -> None:
        if len(self.toPlainText()) > MAX_FIELD_CHARS:
            cursor = self.textCursor()
            self.setPlainText(self.toPlainText()[:MAX_FIELD_CHARS])
            self.setTextCursor(cursor)


class PlanEditor(QWidget):
    saved = Signal(str)  # plan id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc: PlanDoc | None = None
        self._dirty = False
        self._loading = False
        self.last_save_ms = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.subheading = QLabel(self)
        self.subheading.setProperty("role", "subtle")
        self.subheading.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setProperty("role", "subtle")
        self.status.setAccessibleName(self.tr("Save status"))
        self.export_button = QPushButton(self.tr("&Export PDF…"), self)
        self.export_button.setAccessibleDescription(self.tr("Save this action plan as a PDF file"))

        self.sections: dict[str, SectionEdit] = {
            "key_takeaways": SectionEdit(
                self.tr("Key takeaways"),
                self.tr("What did you learn that matters most for your city?"), self),
            "challenges": SectionEdit(
                self.tr("Challenges"),
                self.tr("What stands in the way: institutions, skills, finance, data, people?"),
                self),
            "approaches": SectionEdit(
                self.tr("Approaches"),
                self.tr("How will you tackle them? Which ideas from the week will you adapt?"),
                self),
        }
        for edit in self.sections.values():
            edit.textChanged.connect(self._edited)

        self.steps = RowsEditor(self._step_columns(), NextStepRow, self.tr("Next steps"), self)
        self.support = RowsEditor(self._support_columns(), SupportRow,
                                  self.tr("Desired future support"), self)
        self.steps.model.edited.connect(self._edited)
        self.support.model.edited.connect(self._edited)

        body = QWidget(self)
        form = QVBoxLayout(body)
        titles = {
            "key_takeaways": self.tr("1. Key takeaways"),
            "challenges": self.tr("2. Challenges"),
            "approaches": self.tr("3. Approaches"),
        }
        for key, edit in self.sections.items():
            box = QGroupBox(titles[key], body)
            QVBoxLayout(box).addWidget(edit)
            form.addWidget(box)
        for title, editor in ((self.tr("4. Next steps"), self.steps),
                              (self.tr("5. Desired future support"), self.support)):
            box = QGroupBox(title, body)
            QVBoxLayout(box).addWidget(editor)
            form.addWidget(box)
        form.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Plan sections"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        top = QHBoxLayout()
        heads = QVBoxLayout()
        heads.addWidget(self.heading)
        heads.addWidget(self.subheading)
        top.addLayout(heads, 1)
        top.addWidget(self.status)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.setEnabled(False)

    # -- columns ----------------------------------------------------------------------
    def _link_choices(self) -> tuple[tuple[str, str], ...]:
        try:
            cur = self.ctx.curriculum()
        except Exception:  # noqa: BLE001 - the table still works with free text
            return ()
        choices = [("", self.tr("(none)"))]
        choices += [(p.id, self.tr("Pillar: {0}").format(p.name)) for p in cur.pillars]
        choices += [(e.id, self.tr("JICA {0}: {1}").format(e.number, e.name))
                    for e in cur.elements]
        return tuple(choices)

    def _step_columns(self) -> list[Column]:
        statuses = {
            "planned": self.tr("planned"), "in progress": self.tr("in progress"),
            "done": self.tr("done"), "on hold": self.tr("on hold"),
            "dropped": self.tr("dropped"),
        }
        return [
            Column("action", self.tr("Action"), width=260),
            Column("responsible", self.tr("Responsible"), width=150),
            Column("start_date", self.tr("Start"), "date", width=95),
            Column("end_date", self.tr("End"), "date", width=95),
            Column("indicator", self.tr("Indicator"), width=170),
            Column("link_ref", self.tr("Linked pillar / element"), "editable-choice",
                   self._link_choices(), width=190),
            Column("status", self.tr("Status"), "choice",
                   tuple((s, statuses.get(s, s)) for s in STEP_STATUSES), width=95),
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
            Column("detail", self.tr("Detail"), width=380),
            Column("provider", self.tr("From whom"), "editable-choice",
                   tuple((p, p) for p in PROVIDERS), width=190),
            Column("kind", self.tr("Kind of support"), "choice",
                   tuple((k, kinds.get(k, k)) for k in SUPPORT_KINDS), width=170),
        ]

    # -- load / save ------------------------------------------------------------------
    def set_plan(self, doc: PlanDoc | None) -> None:
        self.flush()
        self.doc = doc
        self._loading = True
        try:
            if doc is None:
                self.heading.setText(self.tr("Choose a plan on the left"))
                self.subheading.clear()
                for edit in self.sections.values():
                    edit.setPlainText("")
                self.steps.model.set_rows([])
                self.support.model.set_rows([])
                self.setEnabled(False)
                return
            if doc.owner_kind == "participant":
                self.heading.setText(self.tr("Action plan of {0}").format(doc.owner_name))
            else:
                self.heading.setText(self.tr("Delegation plan: {0}").format(doc.delegation_label))
            self.subheading.setText(
                " · ".join(x for x in (doc.delegation_label, doc.workshop_title) if x))
            for key, edit in self.sections.items():
                edit.setPlainText(getattr(doc, key))
            self.steps.model.set_rows(doc.next_steps)
            self.support.model.set_rows(doc.support)
            self.status.setText(self.tr("All changes saved"))
            self.setEnabled(True)
        finally:
            self._loading = False

    def _edited(self) -> None:
        if self._loading or self.doc is None:
            return
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self._timer.start()

    def flush(self) -> None:
        """Write pending edits now (no-op when nothing changed)."""
        self._timer.stop()
        if not self._dirty or self.doc is None:
            return
        for key, edit in self.sections.items():
            setattr(self.doc, key, edit.toPlainText())
        started = time.perf_counter()
        try:
            with self.ctx.store.session() as session:
                change = save_plan(session, self.doc)
        except Exception as exc:  # noqa: BLE001 - keep the text on screen, say what failed
            self.status.setText(self.tr("Not saved: {0}").format(exc))
            self._timer.start(3000)  # try again; the text stays in the editor
            return
        self.last_save_ms = (time.perf_counter() - started) * 1000
        self._dirty = False
        self.status.setText(self.tr("Saved at {0}").format(time.strftime("%H:%M:%S")))
        if change.changed:
            self.ctx.changes.changed.emit("plan", change.plan_id, self)
            self.saved.emit(change.plan_id)
