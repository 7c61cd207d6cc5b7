"""Present page: pick a module, an agenda session or a local item, and put it on the screen.

Sessions from the agenda bring their own length for the timer; anything else uses the length
chosen here (remembered between runs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.session_deck import session_parts
from pcsc_workshop.ui.operations import run_read
from pcsc_workshop.ui.pages.base import Page
from pcsc_workshop.ui.presenter import (
    DEFAULT_MINUTES,
    SESSION_PREFIX,
    deck_for,
    start_presentation,
)
from pcsc_workshop.ui.presenter.slide_view import SlideView
from pcsc_workshop.ui.staging import in_a_later_turn
from pcsc_workshop.ui.typed_qt import int_setting, top_items

if TYPE_CHECKING:
    from pcsc_workshop.core.curriculum.slides import Slide
    from pcsc_workshop.door.presenting import PresentChoices
    from pcsc_workshop.ui.context import AppContext

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_MINUTES = Qt.ItemDataRole.UserRole + 1


class PresentPage(Page):
    NAME = "present"
    SHOWS = frozenset({"workshops", "agenda", "local_content", "polls"})


    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        heading = QLabel(self.tr("Present a module full screen"), self)
        heading.setProperty("role", "heading")
        font = heading.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr(
            "Choose what to present and press Present (or Enter). During the presentation: "
            "→ / Space next, ← previous, Home / End, B blank screen, T start or pause the "
            "timer, N speaker notes, Esc end."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("What to present"))
        self.tree.currentItemChanged.connect(self._selected)
        self.tree.itemActivated.connect(lambda *_: self.present())
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Timer length in minutes"))
        minutes_label = QLabel(self.tr("&Timer:"), self)
        minutes_label.setBuddy(self.minutes)
        self.present_button = QPushButton(self.tr("&Present"), self)
        self.present_button.setAccessibleName(self.tr("Present full screen"))
        self.present_button.setDefault(True)
        self.present_button.setMinimumHeight(44)
        self.present_button.clicked.connect(lambda: self.present())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("About the selection"))
        self.preview = SlideView(self)
        self.preview.setFixedSize(640, 360)
        self.preview.setAccessibleName(self.tr("First slide preview"))
        self._preview_request = 0  # the latest selection (its preview is built in turns)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        controls = QHBoxLayout()
        controls.addWidget(minutes_label)
        controls.addWidget(self.minutes)
        controls.addStretch(1)
        controls.addWidget(self.present_button)
        right_layout.addLayout(controls)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.preview)
        right_layout.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([420, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)

    # -- filling ------------------------------------------------------------------------------
    def load(self) -> None:
        self.minutes.setValue(int_setting(self.ctx.settings, "presenter/minutes", DEFAULT_MINUTES)
                              or DEFAULT_MINUTES)
        loaded = self.ctx.load_curriculum()
        self.tree.clear()
        modules = QTreeWidgetItem(self.tree, [self.tr("Curriculum modules")])
        for module in loaded.curriculum.modules if loaded.curriculum is not None else ():
            item = QTreeWidgetItem(modules, [module.name])
            item.setData(0, ROLE_ID, module.id)
            item.setToolTip(0, module.summary)
            if module.duration_min:  # its session plan sets the timer
                item.setData(0, ROLE_MINUTES, module.duration_min)
        self.tree.expandAll()
        if (first := modules.child(0)) is not None:
            self.tree.setCurrentItem(first)
        else:  # local items can still be presented; the summary says why modules cannot
            self.summary.setText(loaded.problem)
        workshop_id = self.ctx.workshop_id
        if not workshop_id:
            return
        self._request = request = getattr(self, "_request", 0) + 1

        def done(choices: PresentChoices) -> None:
            if request == self._request:  # an older read finishing late is dropped
                self._add_workshop_items(loaded.curriculum, choices)

        run_read(self, self.ctx, lambda door: door.presenting.choices(workshop_id), done=done)

    def _add_workshop_items(self, cur, choices: PresentChoices) -> None:
        """The agenda's sessions that present something, then the local items."""
        sessions, local = self._workshop_items(cur, choices)
        if sessions:
            group = QTreeWidgetItem(self.tree, [self.tr("Agenda sessions")])
            for label, item_id, minutes in sessions:
                item = QTreeWidgetItem(group, [label])
                item.setData(0, ROLE_ID, item_id)
                item.setData(0, ROLE_MINUTES, minutes)
        if local:
            group = QTreeWidgetItem(self.tree, [self.tr("Local content")])
            for title, item_id in local:
                item = QTreeWidgetItem(group, [title])
                item.setData(0, ROLE_ID, item_id)
        self.tree.expandAll()
        if self.tree.currentItem() is None and self.tree.topLevelItemCount() > 1:
            group = top_items(self.tree)[1]
            first = group.child(0)
            self.tree.setCurrentItem(first if first is not None else group)

    def _workshop_items(self, cur, choices: PresentChoices
                        ) -> tuple[list[tuple[str, str, int]], list[tuple[str, str]]]:
        local = [(x.title, x.id) for x in choices.local]
        if cur is None:  # sessions present curriculum modules: none without it
            return [], local
        sessions = []
        for entry in choices.agenda:
            agenda_id, day, start, minutes, title = (entry.id, entry.day, entry.start_time,
                                                      entry.duration_min, entry.title)
            parts = session_parts(cur, list(entry.refs))
            if not parts:
                continue
            label = self.tr("Day {0}, {1} · {2} min · {3}").format(day, start, minutes, title)
            # one linked item is presented as itself; several as the session's own deck
            # (a title slide, then each module in order)
            target = parts[0] if len(parts) == 1 else SESSION_PREFIX + agenda_id
            sessions.append((label, target, int(minutes)))
        return sessions, local

    def _selected(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        """The Present button and the timer follow the selection at once; the summary and
        the first slide's preview in the next two turns (`_preview_later`)."""
        item_id = item.data(0, ROLE_ID) if item is not None else None
        self.present_button.setEnabled(bool(item_id))
        self._preview_request += 1
        if item is None or not item_id:
            self.summary.clear()
            self.preview.set_slide(None)
            return
        minutes = item.data(0, ROLE_MINUTES)
        if minutes:
            self.minutes.setValue(int(minutes))
        self._preview_later(item_id, self._preview_request)

    def _preview_later(self, item_id: str, request: int) -> None:
        """Build the item's deck in a later turn, show its first slide in the turn after.

        Why: opening the page selects the first module, and its deck (~3-5 ms of Python),
        the preview's layout (~3 ms) and the tree's fill in one turn were 12-19 ms of
        UI-thread CPU on a loaded machine (bench/ui_latency_bench.py, "open page present").
        Keys held down in the tree show only the item they stop on: an older selection's
        turns find a newer request and do nothing."""
        def build() -> None:
            if request != self._preview_request:
                return
            try:
                title, slides, module = deck_for(self.ctx, item_id)
            except KeyError:
                self.summary.setText(self.tr("This item can no longer be found."))
                self.present_button.setEnabled(False)
                return
            summary = self.tr("{0} – %n slide(s)", "", len(slides)).format(title)
            in_a_later_turn(self, lambda: show(summary, slides[0], module))

        def show(summary: str, slide: Slide, module: bool) -> None:
            if request == self._preview_request:
                self.summary.setText(summary)
                self.preview.set_slide(slide, module=module)

        in_a_later_turn(self, build)

    # -- presenting ---------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ROLE_ID) if item is not None else None

    def present(self, screen: int | None = None):
        """Start presenting the selection; returns the Presentation (None when cancelled)."""
        item_id = self.selected_id()
        if not item_id:
            return None
        item = self.tree.currentItem()
        if item is not None and not item.data(0, ROLE_MINUTES):  # a chosen length, remembered
            self.ctx.settings.setValue("presenter/minutes", self.minutes.value())
        return start_presentation(self.ctx, item_id, self, minutes=self.minutes.value(),
                                  screen=screen)


PAGE = PresentPage
