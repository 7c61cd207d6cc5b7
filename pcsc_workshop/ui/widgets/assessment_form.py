"""The scoring form: 21 elements grouped by domain, each with its 5 descriptors and a note.

"Not scored" is its own choice, first in every list and distinct from level 0, because a
delegation that has not discussed an element yet must not look like it has nothing. Edits go
through a QUndoStack so Ctrl+Z / Ctrl+Shift+Z work across the whole form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.assessment import ElementRef
from pcsc_workshop.ui.display import isolate, number

UNSCORED = -1
COMBO_TEXT_CHARS = 70


class ValueCommand(QUndoCommand):
    """Set one element's score or note; undo puts the old value back (saved like any edit)."""

    def __init__(self, apply: Callable[[str, str, object], None], element_id: str, what: str,
                 old: object, new: object, text: str) -> None:
        super().__init__(text)
        self.apply, self.element_id, self.what, self.old, self.new = (
            apply, element_id, what, old, new)

    def redo(self) -> None:
        self.apply(self.element_id, self.what, self.new)

    def undo(self) -> None:
        self.apply(self.element_id, self.what, self.old)


class ElementRow(QWidget):
    def __init__(self, element: ElementRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.element = element
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Maturity of {0}").format(element.name))
        self.combo.addItem(self.tr("— not scored —"), UNSCORED)
        for level in range(5):
            text = (element.descriptors[level] if level < len(element.descriptors)
                    else self.tr("Level {0}").format(level))
            short = text if len(text) <= COMBO_TEXT_CHARS else text[:COMBO_TEXT_CHARS - 1] + "…"
            self.combo.addItem(f"{level} – {short}", level)
            self.combo.setItemData(level + 1, text, Qt.ItemDataRole.ToolTipRole)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(18)
        self.descriptor = QLabel(self)
        self.descriptor.setWordWrap(True)
        self.descriptor.setProperty("role", "subtle")
        self.evidence = QLineEdit(self)
        self.evidence.setPlaceholderText(self.tr("Evidence: what shows this level?"))
        self.evidence.setAccessibleName(self.tr("Evidence for {0}").format(element.name))
        self.evidence.setMaxLength(20_000)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.descriptor)
        layout.addWidget(self.evidence)

    def score(self) -> int | None:
        value = self.combo.currentData()
        return None if value == UNSCORED else int(value)

    def show_score(self, score: int | None) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(0 if score is None else score + 1)
        self.combo.blockSignals(False)
        if score is None:
            self.descriptor.setText(self.tr("Not scored yet (this is not the same as 0)."))
        else:
            self.descriptor.setText(self.combo.itemData(score + 1, Qt.ItemDataRole.ToolTipRole))


class AssessmentForm(QWidget):
    """Emits `edited(element_id)` after any change (typing, choosing, undo, redo)."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.rows: dict[str, ElementRow] = {}
        self.domain_boxes: dict[str, QGroupBox] = {}
        self._domain_names: dict[str, str] = {}
        self._scores: dict[str, int | None] = {}
        self._notes: dict[str, str] = {}
        self._layout = QVBoxLayout(self)

    def build(self, elements: list[ElementRef], domain_names: dict[str, str]) -> None:
        """Create one row per element, grouped by domain (once per curriculum)."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.rows, self.domain_boxes, self._domain_names = {}, {}, dict(domain_names)
        form: QFormLayout | None = None
        for element in sorted(elements, key=lambda e: e.number):
            if element.domain_id not in self.domain_boxes:
                box = QGroupBox(domain_names.get(element.domain_id, element.domain_id), self)
                form = QFormLayout(box)
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                self.domain_boxes[element.domain_id] = box
                self._layout.addWidget(box)
            row = ElementRow(element, self)
            label = QLabel(f"<b>{element.number}.</b> {element.name}", self)
            label.setWordWrap(True)
            label.setMinimumWidth(150)
            label.setMaximumWidth(220)
            label.setBuddy(row.combo)
            assert form is not None
            form.addRow(label, row)
            self.rows[element.id] = row
            row.combo.currentIndexChanged.connect(
                lambda _i, eid=element.id: self._score_chosen(eid))
            row.evidence.editingFinished.connect(lambda eid=element.id: self._note_finished(eid))
            row.evidence.textEdited.connect(lambda _t, eid=element.id: self.edited.emit(eid))
        self._layout.addStretch(1)

    # -- values -------------------------------------------------------------------------------
    def set_values(self, scores: dict[str, int | None], notes: dict[str, str]) -> None:
        self.undo_stack.clear()
        self._scores = {eid: scores.get(eid) for eid in self.rows}
        self._notes = {eid: notes.get(eid, "") for eid in self.rows}
        for eid, row in self.rows.items():
            row.show_score(self._scores[eid])
            row.evidence.setText(self._notes[eid])

    def scores(self) -> dict[str, int | None]:
        return dict(self._scores)

    def notes(self) -> dict[str, str]:
        """Notes as typed (including a note still being typed)."""
        return {eid: row.evidence.text() for eid, row in self.rows.items()}

    def set_score(self, element_id: str, score: int | None) -> None:
        """Choose a score as a user would (undoable)."""
        row = self.rows[element_id]
        row.combo.setCurrentIndex(0 if score is None else score + 1)

    def _score_chosen(self, element_id: str) -> None:
        new = self.rows[element_id].score()
        old = self._scores.get(element_id)
        if new != old:
            name = self.rows[element_id].element.name
            self.undo_stack.push(ValueCommand(self._apply, element_id, "score", old, new,
                                              self.tr("Score of {0}").format(name)))

    def _note_finished(self, element_id: str) -> None:
        new = self.rows[element_id].evidence.text()
        old = self._notes.get(element_id, "")
        if new != old:
            name = self.rows[element_id].element.name
            self.undo_stack.push(ValueCommand(self._apply, element_id, "note", old, new,
                                              self.tr("Evidence for {0}").format(name)))

    def _apply(self, element_id: str, what: str, value: object) -> None:
        row = self.rows[element_id]
        if what == "score":
            self._scores[element_id] = value  # type: ignore[assignment]
            row.show_score(value)  # type: ignore[arg-type]
        else:
            self._notes[element_id] = str(value)
            if row.evidence.text() != value:
                row.evidence.setText(str(value))
        self.edited.emit(element_id)

    def show_domain_scores(self, means: dict[str, float | None],
                           counts: dict[str, tuple[int, int]]) -> None:
        for domain_id, box in self.domain_boxes.items():
            name = self._domain_names.get(domain_id, domain_id)
            mean = means.get(domain_id)
            scored, total = counts.get(domain_id, (0, 0))
            if mean is None:
                box.setTitle(self.tr("{0} — not scored yet").format(isolate(name)))
            else:
                box.setTitle(self.tr("{0} — {1} of 4 ({2} of %n element(s) scored)", "",
                                     total).format(isolate(name), number(mean, 1), scored))
