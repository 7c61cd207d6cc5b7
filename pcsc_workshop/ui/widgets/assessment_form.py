"""The scoring form: 21 elements grouped by domain, each with its 5 descriptors and a note.

"Not scored" is its own choice, first in every list and distinct from level 0, because a
delegation that has not discussed an element yet must not look like it has nothing. Edits go
through a QUndoStack so Ctrl+Z / Ctrl+Shift+Z work across the whole form.

The levels are our rubric (labelled so above the form) and every descriptor is readable in full
where a score is chosen: the popup wraps each level's whole text, and the text under the choice
shows the selected level, or the level the pointer or arrow keys are on while the list is open,
with the check that shows it holds.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.assessment import ElementRef
from pcsc_workshop.ui.display import isolate, number
from pcsc_workshop.ui.typed_qt import take_all

UNSCORED = -1
POPUP_MIN_WIDTH = 420  # px: a level's text wraps onto 2-3 lines, never cut
TEXT_MARGIN = 12  # px each side of an item's text in the popup (style margins and frame)


def isolated(text: str) -> str:
    """Curriculum text set apart for the bidi algorithm (FSI ... PDI), so an English level in
    an Arabic window, or Arabic in an English one, keeps its own direction and punctuation."""
    return f"\u2068{text}\u2069"


class WrappingDelegate(QStyledItemDelegate):
    """Paints a popup item's whole text, wrapped to the popup's width, and sizes it to fit."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self.width = POPUP_MIN_WIDTH  # set by LevelCombo.showPopup before the popup opens

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        # The popup's width is set before it opens (LevelCombo.showPopup); wrap to it.
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = self.width
        metrics = QFontMetrics(option.font)
        rect = metrics.boundingRect(QRect(0, 0, width - 2 * TEXT_MARGIN, 10_000),
                                    int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, rect.height() + 10)


class LevelCombo(QComboBox):
    """A combo box whose popup shows each level's text in full, wrapped, and that says which
    level is pointed at while the popup is open (`pointed(level or None)`)."""

    pointed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate: WrappingDelegate | None = None  # made when the list first opens
        self._open = False  # the list is showing (showPopup until hidePopup)
        self.highlighted.connect(lambda i: self.pointed.emit(self.itemData(i)))

    def _wrapping_view(self) -> WrappingDelegate:
        """The wrapping list, built on first use: 21 of them up front would cost the page
        20-60 ms of UI-thread time when it opens, for lists most rows never show."""
        if self.delegate is None:
            view = QListView(self)
            view.setWordWrap(True)
            view.setTextElideMode(Qt.TextElideMode.ElideNone)
            view.setUniformItemSizes(False)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setView(view)
            self.delegate = WrappingDelegate(view)
            self.setItemDelegate(self.delegate)
        return self.delegate

    def showPopup(self) -> None:
        # As wide as the longest level needs, at least POPUP_MIN_WIDTH and at most half the
        # screen: longer texts wrap onto more lines instead of running off the screen.
        screen = self.screen().availableGeometry().width() if self.screen() else 1280
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                     default=0) + 2 * TEXT_MARGIN + 4
        width = min(max(self.width(), POPUP_MIN_WIDTH, widest), max(POPUP_MIN_WIDTH, screen // 2))
        delegate = self._wrapping_view()
        delegate.width = width
        view = self.view()
        view.setMinimumWidth(width)
        view.doItemsLayout()  # item heights follow the new width
        self._open = True
        super().showPopup()
        # Qt may widen the popup to fit the longest line: wrap to the width it really has,
        # then fit the popup's height to the wrapped items.
        actual = view.viewport().width()
        if actual > 0 and actual != delegate.width:
            delegate.width = actual
            view.doItemsLayout()
        popup = view.window()
        rows = sum(view.sizeHintForRow(i) for i in range(self.count()))
        frame = popup.height() - view.viewport().height()
        tallest = self.screen().availableGeometry().height() - 40 if self.screen() else 680
        popup.resize(popup.width(), min(rows + frame, tallest))

    def hidePopup(self) -> None:
        super().hidePopup()
        # Qt also calls this for every combo box of a page being hidden: only a list that
        # was open says so (21 rows re-describing their level cost ~2 ms per page switch).
        if self._open:
            self._open = False
            self.pointed.emit(None)


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
        self.combo = LevelCombo(self)
        self.combo.setAccessibleName(self.tr("Maturity of {0}").format(element.name))
        self.combo.addItem(self.tr("— not scored —"), UNSCORED)
        for level in range(5):
            text = self.level_text(level)
            self.combo.addItem(self.tr("{0} – {1}").format(level, isolated(text)), level)
            self.combo.setItemData(level + 1, text, Qt.ItemDataRole.ToolTipRole)
            self.combo.setItemData(level + 1, self.level_details(level),
                                   Qt.ItemDataRole.AccessibleDescriptionRole)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(18)
        self.combo.pointed.connect(self._pointed)
        self.descriptor = QLabel(self)
        self.descriptor.setWordWrap(True)
        self.descriptor.setTextFormat(Qt.TextFormat.PlainText)  # curriculum text, not markup
        self.descriptor.setProperty("role", "subtle")
        self.descriptor.setAccessibleName(self.tr("Level description for {0}").format(
            element.name))
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
        self._shown: int | None = None

    def level_text(self, level: int) -> str:
        descriptors = self.element.descriptors
        return descriptors[level] if level < len(descriptors) else self.tr("Level {0}").format(level)

    def level_details(self, level: int | None) -> str:
        """The level's whole descriptor and its check, as shown under the choice."""
        if level is None:
            return self.tr("Not scored yet (this is not the same as 0).")
        text = self.tr("Level {0}: {1}").format(level, isolated(self.level_text(level)))
        checks = self.element.checks
        if level < len(checks):
            text += "\n" + self.tr("How to check: {0}").format(isolated(checks[level]))
        return text

    def score(self) -> int | None:
        value = self.combo.currentData()
        return None if value == UNSCORED else int(value)

    def show_score(self, score: int | None) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(0 if score is None else score + 1)
        self.combo.blockSignals(False)
        self._show(score)

    def _show(self, level: int | None, pointed: bool = False) -> None:
        text = self.level_details(level)
        if pointed and level != self.score():
            text = self.tr("Pointing at: {0}").format(text)
        self.descriptor.setText(text)
        if not pointed:
            self.combo.setAccessibleDescription(text)

    def _pointed(self, value: object) -> None:
        """While the list is open, describe the level under the pointer; then the chosen one."""
        if not isinstance(value, int):  # the list closed (None): the chosen level again
            self._show(self.score())
        else:
            self._show(None if value == UNSCORED else value, pointed=True)


# The warm-up builds the form this many rows per event-loop turn (a domain has 3 to 6):
# 2-4 ms of the UI thread a row (three rows a turn were 9-21 ms).
ROWS_PER_STEP = 1
# A picked delegation's values are shown this many rows per turn (set_values_steps).
ROWS_PER_SHOW = 4


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
        self._unshown: dict[str, None] = {}  # rows whose values are not shown yet, in order
        self._layout = QVBoxLayout(self)

    def build(self, elements: list[ElementRef], domain_names: dict[str, str],
              rubric_rules: tuple[str, ...] | list[str] = ()) -> None:
        """Create one row per element, grouped by domain (once per curriculum), under the
        rubric's name and its scoring rules."""
        for step in self.build_steps(elements, domain_names, rubric_rules):
            step()

    def build_steps(self, elements: list[ElementRef], domain_names: dict[str, str],
                    rubric_rules: tuple[str, ...] | list[str] = ()) -> list[Callable[[], None]]:
        """`build` as steps to run in order: the rubric's header, each domain's rows, the end.

        Why: the 21 rows took 65-90 ms of the UI thread in one go; the warm-up runs one step
        per event-loop turn (ui/main_window.py)."""
        ordered = sorted(elements, key=lambda e: e.number)
        domains = list(dict.fromkeys(e.domain_id for e in ordered))

        def header() -> None:
            self._build_header(domain_names, rubric_rules)

        def rows(domain_id: str, elements: list[ElementRef], first: bool) -> Callable[[], None]:
            if first:
                return lambda: self._build_domain(domain_id, elements)
            return lambda: self._add_rows(domain_id, elements)

        steps: list[Callable[[], None]] = [header]
        for domain_id in domains:  # at most ROWS_PER_STEP rows a step
            members = [e for e in ordered if e.domain_id == domain_id]
            steps += [rows(domain_id, members[i:i + ROWS_PER_STEP], i == 0)
                      for i in range(0, len(members), ROWS_PER_STEP)]
        return [*steps, lambda: self._layout.addStretch(1)]

    def _build_header(self, domain_names: dict[str, str],
                      rubric_rules: tuple[str, ...] | list[str]) -> None:
        take_all(self._layout, hide=False)
        self.rows, self.domain_boxes, self._domain_names = {}, {}, dict(domain_names)
        self._unshown = {}
        self.rubric_title = QLabel(self.tr("Rubric by PCSC Workshop, based on JICA's 21 elements"),
                                   self)
        self.rubric_title.setWordWrap(True)
        self.rubric_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.rubric_title.font()
        font.setBold(True)
        self.rubric_title.setFont(font)
        self._layout.addWidget(self.rubric_title)
        self.rubric_rules = QLabel("\n".join(f"• {isolated(rule)}" for rule in rubric_rules), self)
        self.rubric_rules.setWordWrap(True)
        self.rubric_rules.setTextFormat(Qt.TextFormat.PlainText)
        self.rubric_rules.setProperty("role", "subtle")
        self.rubric_rules.setAccessibleName(self.tr("How to score with this rubric"))
        self.rubric_rules.setVisible(bool(rubric_rules))
        self._layout.addWidget(self.rubric_rules)

    def _build_domain(self, domain_id: str, elements: list[ElementRef]) -> None:
        box = QGroupBox(self._domain_names.get(domain_id, domain_id), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.domain_boxes[domain_id] = box
        self._layout.addWidget(box)
        self._add_rows(domain_id, elements)

    def _add_rows(self, domain_id: str, elements: list[ElementRef]) -> None:
        box = self.domain_boxes[domain_id]
        form = box.layout()
        assert isinstance(form, QFormLayout)
        for element in elements:
            row = ElementRow(element, box)  # made in their box: no restyle on a move
            # Rich text asked for explicitly (labels are plain by default: ui/plain_text.py),
            # with the curriculum's words escaped.
            label = QLabel(f"<b>{element.number}.</b> {html.escape(element.name)}", box)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setMinimumWidth(150)
            label.setMaximumWidth(220)
            label.setBuddy(row.combo)
            form.addRow(label, row)
            self.rows[element.id] = row
            row.combo.currentIndexChanged.connect(
                lambda _i, eid=element.id: self._score_chosen(eid))
            row.evidence.editingFinished.connect(lambda eid=element.id: self._note_finished(eid))
            row.evidence.textEdited.connect(lambda _t, eid=element.id: self._typed(eid))
            for widget in (label, row):  # styled in this step, not all in the next turn
                widget.ensurePolished()
        box.ensurePolished()
        # Laid out in this step too (~1 ms): the rich-text labels' sizes are then known, and
        # the page's first layout (the warm-up's `lay_out` turn) took 3-5 ms for the form
        # instead of 10-13 ms.
        form.activate()

    # -- values -------------------------------------------------------------------------------
    def set_values(self, scores: dict[str, int | None], notes: dict[str, str]) -> None:
        """Show these scores and notes in every row, now."""
        for step in self.set_values_steps(scores, notes):
            step()

    def set_values_steps(self, scores: dict[str, int | None],
                         notes: dict[str, str]) -> list[Callable[[], None]]:
        """`set_values` as steps: the values are the form's at once (`scores()`, `notes()`,
        undo), the rows show them ROWS_PER_SHOW at a time, top first, one step each.

        Why: 21 rows changed in one event-loop turn were re-laid out and repainted together
        (10-15 ms of the UI thread per delegation picked); a slice of them is a fifth of that.
        A row edited before its step runs shows the stored values first (`_apply`), or keeps
        what is being typed in its evidence (`_typed`)."""
        self.undo_stack.clear()
        self._scores = {eid: scores.get(eid) for eid in self.rows}
        self._notes = {eid: notes.get(eid, "") for eid in self.rows}
        self._unshown = dict.fromkeys(self.rows)
        ids = list(self.rows)

        def show(part: list[str]) -> Callable[[], None]:
            def step() -> None:
                for eid in part:
                    if eid in self._unshown:
                        self._show_row(eid)
            return step

        return [show(ids[i:i + ROWS_PER_SHOW]) for i in range(0, len(ids), ROWS_PER_SHOW)]

    def show_pending(self) -> None:
        """Show now the values of the rows whose step has not run yet."""
        for eid in list(self._unshown):
            self._show_row(eid)

    def _show_row(self, element_id: str) -> None:
        self._unshown.pop(element_id, None)
        row = self.rows[element_id]
        row.show_score(self._scores.get(element_id))
        row.evidence.setText(self._notes.get(element_id, ""))

    def _typed(self, element_id: str) -> None:
        if element_id in self._unshown:  # typed before its step: its score shown, the
            del self._unshown[element_id]  # text typed kept
            self.rows[element_id].show_score(self._scores.get(element_id))
        self.edited.emit(element_id)

    def scores(self) -> dict[str, int | None]:
        return dict(self._scores)

    def notes(self) -> dict[str, str]:
        """Notes as typed (including a note still being typed); a row not shown yet has
        the note it was given."""
        return {eid: self._notes.get(eid, "") if eid in self._unshown else row.evidence.text()
                for eid, row in self.rows.items()}

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
        if element_id in self._unshown:  # edited before its step: the stored values first
            self._show_row(element_id)
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
