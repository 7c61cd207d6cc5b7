"""Self-assessment page: a delegation scores its city on JICA's 21 elements.

Left: the scoring form (descriptors, "not scored", evidence notes). Right: the radar with
overlays of other delegations or the workshop average, the suggested stage with the rule's
reason and JICA's guidance, and the weakest elements as priorities that lead into the
delegation's action plan. Every edit is saved within half a second (and on page switch).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
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
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.assessment import (
    AssessmentDoc,
    assessment_for_delegation,
    average_scores,
    coverage,
    domain_scores,
    set_score,
    stage_for,
    weakest_elements,
    workshop_assessments,
)
from pcsc_workshop.core.framework import Framework, load_framework
from pcsc_workshop.core.people import list_delegations
from pcsc_workshop.ui.display import clock, isolate, number
from pcsc_workshop.ui.pages.base import Page
from pcsc_workshop.ui.widgets.assessment_form import AssessmentForm
from pcsc_workshop.ui.widgets.radar import Axis, RadarChart

AUTOSAVE_MS = 400
AVERAGE_KEY = "__average__"


class AssessmentPage(Page):
    NAME = "assessment"
    SHOWS = frozenset({"delegations", "participants", "assessments"})


    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.framework: Framework | None = None  # set once the form is built
        self._form_pending: list | None = None  # the form's build steps not run yet
        self._radar_ready = False
        self.doc: AssessmentDoc | None = None
        self._labels: dict[str, str] = {}
        self._others: dict[str, dict[str, int | None]] = {}
        self._dirty: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

        self.delegation = QComboBox(self)
        self.delegation.setAccessibleName(self.tr("Delegation to assess"))
        self.delegation.currentIndexChanged.connect(self._delegation_picked)
        picker_label = QLabel(self.tr("&Delegation:"), self)
        picker_label.setBuddy(self.delegation)
        self.coverage_label = QLabel(self)
        self.status = QLabel(self)
        self.status.setProperty("role", "subtle")

        self.form = AssessmentForm(self)
        self.form.edited.connect(self._edited)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Elements to score"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container: Tab goes to its fields
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)

        self.radar = RadarChart(self)
        self.overlay_list = QListWidget(self)
        self.overlay_list.setAccessibleName(self.tr("Compare with"))
        self.overlay_list.setFixedWidth(200)
        self.overlay_list.itemChanged.connect(lambda _item: self._update_overlays())
        self.stage_text = QLabel(self)
        self.stage_text.setWordWrap(True)
        self.stage_text.setTextFormat(Qt.TextFormat.RichText)
        self.stage_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stage_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.radar, 3)
        compare_label = QLabel(self.tr("&Compare with:"), right)
        compare_label.setBuddy(self.overlay_list)
        self.radar.side_layout.addWidget(compare_label)
        self.radar.side_layout.addWidget(self.overlay_list, 1)
        bottom = QHBoxLayout()
        right_layout.addLayout(bottom, 2)
        stage_box = QGroupBox(self.tr("Suggested stage"), right)
        stage_scroll = QScrollArea(stage_box)
        stage_scroll.setAccessibleName(self.tr("Suggested stage"))
        stage_scroll.setWidgetResizable(True)
        stage_scroll.setWidget(self.stage_text)
        stage_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        QVBoxLayout(stage_box).addWidget(stage_scroll)
        bottom.addWidget(stage_box, 3)
        prio_box = QGroupBox(self.tr("Weakest elements: suggested priorities"), right)
        prio_layout = QVBoxLayout(prio_box)
        prio_layout.addWidget(self.priorities)
        prio_layout.addWidget(self.to_assess)
        prio_layout.addWidget(self.plan_button)
        bottom.addWidget(prio_box, 2)

        splitter = QSplitter(self)
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

        undo = self.form.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.form.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_action: QAction = undo
        self.redo_action: QAction = redo

    # -- loading ------------------------------------------------------------------------------
    def prepare_steps(self) -> list:
        """The form's 21 rows a domain per step, then the radar's axes (built once per
        curriculum). The first step returns the rest of the form's steps (main_window)."""
        return [lambda: [self._build_form_step for _ in self._form_steps()], self._build_radar]

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

    def _build_form(self) -> None:
        while steps := self._form_steps():  # what the warm-up has not built yet
            steps.pop(0)()

    def _form_built(self, fw: Framework) -> None:
        self.framework, self._form_pending = fw, None
        # Keyboard order: the delegation, then each element's level and evidence in
        # number order, then the chart and the suggestions (the rows are built last).
        chain = [self.delegation]
        for row in self.form.rows.values():
            chain += [row.combo, row.evidence]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _build_radar(self) -> None:
        self._build_form()
        if not self._radar_ready:
            fw = self.framework
            self.radar.set_axes([Axis(e.id, e.number, e.name, e.domain_id) for e in fw.elements],
                                fw.domain_names)
            self._radar_ready = True

    def content_language_changed(self, language: str) -> None:
        """Element names, descriptors and stage guidance in the new content language.

        Rebuilding the 21 rows and the radar took 350-700 ms on the UI thread; the words are
        swapped in place instead (same rows, same scores), and the form is rebuilt only when
        its texts do not have the shape this expects."""
        self.flush()
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
                text = swap(label.text(), names)
                if text is None:
                    return False
                edits.append((label.setText, text))
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
        import pyqtgraph as pg

        names = {old.domain_names.get(d, d): n for d, n in new.domain_names.items()}
        elements = {f"{e.number}. {e.name}": f"{e.number}. {n.name}"
                    for e, n in zip(old.elements, new.elements, strict=True)}
        for item in getattr(self.radar, "_frame", []):
            if isinstance(item, pg.TextItem):
                text = item.toPlainText()
                if text in names:
                    item.setText(names[text])
                tip = item.toolTip()
                if tip in elements:
                    item.setToolTip(elements[tip])

    def _ensure_framework(self) -> Framework:
        self._build_form()
        self._build_radar()
        return self.framework

    def load(self) -> None:
        self.flush()
        self._ensure_framework()
        current = self.delegation.currentData()
        self.delegation.blockSignals(True)
        self.delegation.clear()
        if self.ctx.workshop_id:
            with self.ctx.store.session() as session:
                delegations = list_delegations(session, self.ctx.workshop_id)
            self._labels = {d.id: d.label for d in delegations}
            for d in delegations:
                self.delegation.addItem(d.label, d.id)
        self.delegation.setCurrentIndex(max(0, self.delegation.findData(current)))
        self.delegation.blockSignals(False)
        self._delegation_picked()

    def select_delegation(self, delegation_id: str) -> None:
        self.ensure_loaded()
        index = self.delegation.findData(delegation_id)
        if index < 0:
            raise KeyError(delegation_id)
        self.delegation.setCurrentIndex(index)

    def _delegation_picked(self, _index: int = 0) -> None:
        self.flush()
        delegation_id = self.delegation.currentData()
        self.doc = None
        self.form.setEnabled(bool(delegation_id))
        if not delegation_id:
            self.form.set_values({}, {})
            return
        with self.ctx.store.session() as session:
            self.doc = assessment_for_delegation(session, delegation_id)
            others = workshop_assessments(session, self.ctx.workshop_id or self.doc.workshop_id)
        self._others = {owner: doc.scores for owner, doc in others.items()
                        if owner != delegation_id}
        self.form.set_values(self.doc.scores, self.doc.evidence)
        self._fill_overlay_choices()
        self.status.setText(self.tr("All changes saved"))
        self._refresh_figures()

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
        self.status.setText(self.tr("Editing…"))
        self._timer.start()
        self._refresh_figures()

    def flush(self) -> None:
        """Save the elements edited since the last save (no-op when nothing changed)."""
        self._timer.stop()
        if not self._dirty or self.doc is None:
            return
        scores, notes = self.form.scores(), self.form.notes()
        try:
            with self.ctx.store.session() as session:
                changed = False
                for element_id in sorted(self._dirty):
                    result = set_score(session, self.doc.id, element_id, scores.get(element_id),
                                       notes.get(element_id, ""))
                    changed |= result.changed
        except Exception as exc:  # noqa: BLE001 - keep the form as typed, say what failed
            self.status.setText(self.tr("Not saved: {0}").format(exc))
            self._timer.start(3000)
            return
        self._dirty.clear()
        self.doc.scores.update(scores)
        self.doc.evidence.update(notes)
        self.status.setText(self.tr("Saved at {0}").format(clock()))
        if changed:
            self.ctx.changes.changed.emit("assessment", self.doc.id, self)

    # -- figures ------------------------------------------------------------------------------
    def _values(self, scores: dict[str, int | None] | dict[str, float | None]) -> list:
        assert self.framework is not None
        return [scores.get(e.id) for e in self.framework.elements]

    def _refresh_figures(self) -> None:
        fw = self._ensure_framework()
        scores = self.form.scores()
        cov = coverage(scores, fw.elements)
        covered = self.tr("{0} of %n element(s) scored", "", cov.total).format(cov.scored)
        cur = self.ctx.load_curriculum().curriculum  # None: the framework's stable ids
        english = [e for e in fw.elements
                   if cur is not None and cur.is_english_fallback(e.id, "descriptors")]
        if english:  # marked, never empty: those rows show JICA's English levels
            covered += " · " + self.tr("levels of %n element(s) not yet translated, shown in "
                                       "English", "", len(english))
        self.coverage_label.setText(covered)
        means = domain_scores(scores, fw.elements)
        counts = {d: (sum(scores.get(e.id) is not None for e in fw.elements if e.domain_id == d),
                      sum(e.domain_id == d for e in fw.elements)) for d in means}
        self.form.show_domain_scores(means, counts)
        self.radar.set_series(self.delegation.currentText() or self.tr("This delegation"),
                              self._values(scores))
        self._update_overlays()
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
        self.stage_text.setText("".join(parts))
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
            if item.score < len(e.descriptors):
                # where the element stands, and what the rubric's next level asks for
                tip = [e.descriptors[item.score]]
                nxt = item.score + 1
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
