"""Curriculum page: browse the content as a tree, search while typing, follow cross-links.

The page asks the core (`Curriculum`) for items and search hits and renders them; all wording
around the content goes through `self.tr()`. Filters by actor and pillar use the core's search
filters, so the tree and the search results always agree on what a filter keeps.

Content is shown in the content language (sidebar); "Side by side" adds a second column with
the same item in another language, for readers who check a term against the English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.ui.display import has_arabic, isolate
from pcsc_workshop.ui.pages.base import Page
from pcsc_workshop.ui.pages.curriculum_render import ItemRenderer
from pcsc_workshop.ui.plain_text import SafeTextBrowser, set_user_markdown
from pcsc_workshop.ui.typed_qt import child_items, top_items
from pcsc_workshop.ui.widgets.flow_layout import FlowLayout
from pcsc_workshop.ui.widgets.stacking_row import StackingRow

if TYPE_CHECKING:
    from pcsc_workshop.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole


class ItemBrowser(SafeTextBrowser):
    """The item view: its own Alt+Left / Alt+Right go through the page's history (the
    browser's history is empty: links are followed by the page, not by the browser).
    A SafeTextBrowser: it never loads files or remote images."""

    def __init__(self, go, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._go = go

    def backward(self) -> None:
        self._go(-1)

    def forward(self) -> None:
        self._go(1)


class CurriculumPage(Page):
    NAME = "curriculum"
    SHOWS = frozenset({"local_content"})


    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cur: Any = None
        self._local: list[Any] = []  # the workshop's local items, searched with the rest
        self._tree_items: dict[str, QTreeWidgetItem] = {}
        self.current_id: str | None = None
        # Back / Forward over the items shown, as in a browser (Alt+Left / Alt+Right)
        self.history: list[str] = []
        self.history_at = -1

        # Built under their final parents (a widget polished under one parent is polished
        # again when moved under another: ~0.2 ms a widget), the left and the right side in
        # two stages (ui/staging.py): the first page is built a stage per event-loop turn.
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        QVBoxLayout(self).addWidget(splitter)
        left = QWidget(splitter)
        self.search_box = QLineEdit(left)
        self.search_box.setPlaceholderText(self.tr("Search the curriculum…"))
        self.search_box.setAccessibleName(self.tr("Search the curriculum"))
        self.search_box.setClearButtonEnabled(True)
        self.actor_filter = QComboBox(left)
        self.actor_filter.setAccessibleName(self.tr("Filter by actor"))
        for label, code in ((self.tr("All actors"), None),
                            (self.tr("National governments"), "national"),
                            (self.tr("Local and regional governments"), "local"),
                            (self.tr("Other stakeholders"), "stakeholders")):
            self.actor_filter.addItem(label, code)
        self.pillar_filter = QComboBox(left)
        self.pillar_filter.setAccessibleName(self.tr("Filter by pillar"))
        self.pillar_filter.addItem(self.tr("All pillars"), None)

        self.left_stack = QStackedWidget(left)
        self.tree = QTreeWidget(self.left_stack)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Curriculum contents"))
        self.results = QListWidget(self.left_stack)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(2)
        # Up to 50 wrapped two-line hits at each keystroke: laid out ten at a time, over
        # event-loop turns, instead of all in the turn of the key press.
        self.results.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.results.setBatchSize(10)
        # ...with its scroll bar always there: shown as needed, the bar appearing made the
        # wrapped hits narrower, which restarted the layout from its first ten (no bar
        # needed), which hid the bar, and so on, a relayout and a repaint of the list every
        # few ms for as long as 50 hits were shown (~50 ms of UI-thread CPU a second)
        self.results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.left_stack.addWidget(self.tree)
        self.left_stack.addWidget(self.results)
        filters = StackingRow()  # one under the other when the pane is narrow (200 % text)
        filters.addWidget(self.actor_filter, 1)
        filters.addWidget(self.pillar_filter, 1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.left_stack, 1)
        splitter.addWidget(left)
        self._splitter = splitter
        self.build_later(self._build_right)

    def _build_right(self) -> None:
        """The item views and the buttons under them (the page's second build stage)."""
        splitter = self._splitter
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        views = QSplitter(Qt.Orientation.Horizontal, right)
        self.view = ItemBrowser(lambda step: self.go(step), views)  # a SafeTextBrowser
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Curriculum item"))
        self.compare_view = SafeTextBrowser(views)  # never loads files or remote images
        self.compare_view.setOpenLinks(False)
        self.compare_view.setAccessibleName(self.tr("Curriculum item in the second language"))
        self.compare_view.hide()
        views.addWidget(self.view)
        views.addWidget(self.compare_view)
        right_layout.addWidget(views, 1)
        bar = QWidget(right)  # wraps at 200 % instead of widening the page
        self.compare_language = QComboBox(bar)
        self.compare_language.setAccessibleName(self.tr("Side by side with"))
        self.compare_language.addItem(self.tr("Side by side: off"), "")
        self.compare_renderer: ItemRenderer | None = None
        self.present_button = QPushButton(self.tr("&Present this item"), bar)
        self.present_button.setAccessibleDescription(
            self.tr("Show the selected item as full-screen slides"))
        self.present_button.setEnabled(False)
        self.present_button.clicked.connect(self.present_current)
        self.back_button = QPushButton(self.tr("Back"), bar)
        self.forward_button = QPushButton(self.tr("Forward"), bar)
        for button, key, step in ((self.back_button, QKeySequence.StandardKey.Back, -1),
                                  (self.forward_button, QKeySequence.StandardKey.Forward, 1)):
            action = QAction(button.text(), self)
            action.setShortcuts(QKeySequence.keyBindings(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, n=step: self.go(n))
            self.addAction(action)
            button.clicked.connect(action.trigger)
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            button.setEnabled(False)
        buttons = FlowLayout(bar)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.forward_button)
        buttons.addWidget(self.compare_language)
        buttons.addWidget(self.present_button)
        right_layout.addWidget(bar)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 760])

        self.view.anchorClicked.connect(self._link_clicked)
        self.compare_view.anchorClicked.connect(self._link_clicked)
        self.compare_language.currentIndexChanged.connect(self._compare_changed)
        # the left side's signals once the right side exists (a pick shows an item there)
        self.search_box.textChanged.connect(self._refresh_results)
        self.actor_filter.currentIndexChanged.connect(self._filters_changed)
        self.pillar_filter.currentIndexChanged.connect(self._filters_changed)
        self.tree.currentItemChanged.connect(self._tree_selected)
        self.results.currentItemChanged.connect(self._result_selected)
        self.results.itemActivated.connect(self._result_selected)

    # --- loading ---------------------------------------------------------------------------
    def load_steps(self) -> list:
        """The curriculum, then the tree and the item shown, each in a turn of its own when
        this is the first page at start-up (`load()` runs them at once)."""
        return [self._load_curriculum]

    def _load_curriculum(self) -> list:
        loaded = self.ctx.load_curriculum()
        if loaded.curriculum is None:  # nothing to browse: say why and what to do
            self.view.setPlainText(loaded.problem)
            return []
        cur = loaded.curriculum
        steps: list = []
        if cur is not self.cur:  # first load, or the content language changed
            self.cur = cur
            self.renderer = ItemRenderer(self.cur)
            self.pillar_filter.blockSignals(True)
            chosen = self.pillar_filter.currentData()
            while self.pillar_filter.count() > 1:
                self.pillar_filter.removeItem(1)
            for pillar in self.cur.pillars:
                self.pillar_filter.addItem(pillar.name, pillar.id)
            self.pillar_filter.setCurrentIndex(max(0, self.pillar_filter.findData(chosen)))
            self.pillar_filter.blockSignals(False)
            self._fill_compare_languages()
            steps += [self._build_tree,
                      lambda: self.select_item(self.current_id or "guidelines.overview")]
        return [*steps, self._filters_changed, self._read_local_items]

    def _fill_compare_languages(self) -> None:
        from pcsc_workshop.ui.widgets.content_language import language_name

        self.compare_language.blockSignals(True)
        chosen = self.compare_language.currentData()
        while self.compare_language.count() > 1:
            self.compare_language.removeItem(1)
        for code in self.ctx.curriculum_languages():
            if code != self.cur.language:
                self.compare_language.addItem(
                    self.tr("Side by side: {0}").format(language_name(code)), code)
        self.compare_language.setCurrentIndex(max(0, self.compare_language.findData(chosen)))
        self.compare_language.blockSignals(False)
        self._compare_changed(reselect=False)  # load() shows the item once, in both columns

    def _compare_changed(self, *_args: object, reselect: bool = True) -> None:
        code = self.compare_language.currentData()
        other = self.ctx.load_curriculum(code).curriculum if code else None
        self.compare_renderer = ItemRenderer(other) if other is not None else None
        self.compare_view.setVisible(self.compare_renderer is not None)
        if reselect and self.current_id:
            self.select_item(self.current_id)

    def _show(self, browser: SafeTextBrowser, renderer: ItemRenderer, markdown: str) -> None:
        """Markdown in the direction of its language, with no italics in Arabic."""
        from PySide6.QtGui import QTextCursor, QTextOption

        from pcsc_workshop.ui.display import no_italic_arabic, set_block_directions

        rtl = renderer.cur.language in ("ar",)
        option = QTextOption(browser.document().defaultTextOption())
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl
                                else Qt.LayoutDirection.LeftToRight)
        browser.document().setDefaultTextOption(option)
        set_user_markdown(browser, markdown)  # no raw HTML; SafeTextBrowser loads nothing
        no_italic_arabic(browser.document())
        set_block_directions(browser.document(), rtl)
        # The item from its start: the text went in at the view's cursor, which now stands
        # at its end, and a view filled before it is first shown scrolls to its cursor then
        # (the first page is filled off-screen at start-up).
        browser.moveCursor(QTextCursor.MoveOperation.Start)

    def _read_local_items(self) -> None:
        """The workshop's local items join the search once read (on a worker)."""
        workshop_id = self.ctx.workshop_id
        self._local_request = request = getattr(self, "_local_request", 0) + 1
        if not workshop_id:
            self._local = []
            return

        def done(items: list[Any]) -> None:
            if request == self._local_request:  # an older read finishing late is dropped
                self._local = items
                if self.search_box.text().strip():  # hits may now include them
                    self._refresh_results()

        from pcsc_workshop.ui.operations import run_read

        run_read(self, self.ctx, lambda door: door.local_content.items(workshop_id), done=done)

    def _add(self, parent: QTreeWidgetItem | QTreeWidget, text: str,
             item_id: str | None = None) -> QTreeWidgetItem:
        if self.isRightToLeft() and not has_arabic(text):  # "16. Data Utilization", not
            text = isolate(text)                           # "Data Utilization .16"
        node = QTreeWidgetItem(parent, [text])
        if item_id:
            node.setData(0, ID_ROLE, item_id)
            node.setToolTip(0, item_id)
            self._tree_items[item_id] = node
        return node

    def _build_tree(self) -> None:
        cur, tree = self.cur, self.tree
        tree.clear()
        self._tree_items.clear()
        guide = self._add(tree, self.tr("UN-Habitat guidelines"), "guidelines.overview")
        for kind, label in (("thematic", self.tr("Thematic pillars")),
                            ("enabling", self.tr("Enabling pillars"))):
            group = self._add(guide, label)
            for pillar in (p for p in cur.pillars if p.kind == kind):
                node = self._add(group, pillar.name, pillar.id)
                for part in cur.pillar_parts[pillar.id]:
                    self._add(node, self.renderer.part_label(part), part.id)
        topics = [i for i in cur.ids() if cur.kind_of(i) == "topic"]

        def add_topics(parent: QTreeWidgetItem, *prefixes: str) -> None:
            for topic_id in topics:
                if topic_id.startswith(prefixes):
                    self._add(parent, cur.title_of(topic_id), topic_id)

        add_topics(guide, "guidelines.", "flagship.", "outlook.")
        resolution = self._add(guide, self.tr("2023 resolution: principles a–g"))
        add_topics(resolution, "resolution.")
        for principle in cur.resolution_principles:
            self._add(resolution, f"{principle.letter}. {principle.name}", principle.id)
        jica = self._add(tree, self.tr("JICA smart city approach"), "jica.framework")
        for domain in cur.domains:
            node = self._add(jica, domain.name, domain.id)
            for element in cur.elements_of(domain.id):
                self._add(node, f"{element.number}. {element.name}", element.id)
        for label, items in ((self.tr("Stages"), cur.stages),
                             (self.tr("Scaling up"), cur.scaling),
                             (self.tr("City types"), cur.city_types),
                             (self.tr("Support menu"), cur.support_menu)):
            group = self._add(jica, label)
            for item in items:
                self._add(group, self.renderer.title_of(item.id), item.id)
        add_topics(jica, "jica.")
        cases = self._add(tree, self.tr("Case studies"))
        for case in cur.case_studies:
            self._add(cases, case.name, case.id)
        add_topics(cases, "uncrd.", "tdd.")
        evidence = self._add(tree, self.tr("Evidence"))
        themes: dict[str, QTreeWidgetItem] = {}
        for stat in cur.statistics:
            if stat.theme not in themes:
                themes[stat.theme] = self._add(evidence, self.renderer.theme_label(stat.theme))
            figure = self.renderer.figure(stat)
            label = f"{figure} — {stat.name}" if figure else stat.name
            self._add(themes[stat.theme], label, stat.id)
        plans = self._add(tree, self.tr("Session plans and workshop templates"))
        for kind in ("module", "template", "worksheet"):
            for item_id in (i for i in cur.ids() if cur.kind_of(i) == kind):
                self._add(plans, cur.title_of(item_id), item_id)
        guide.setExpanded(True)
        jica.setExpanded(True)

    # --- filters and search ----------------------------------------------------------------
    @property
    def actor(self) -> str | None:
        return self.actor_filter.currentData()

    @property
    def pillar(self) -> str | None:
        return self.pillar_filter.currentData()

    def _filters_changed(self, *_args: object) -> None:
        if self.cur is None:
            return
        allowed = None
        if self.actor or self.pillar:
            allowed = {h.id for h in self.cur.search("", actor=self.actor, pillar=self.pillar,
                                                     limit=10_000)}
            if not self.pillar:  # actor filter alone: only actions of other actors go
                allowed |= {i for i in self._tree_items if self.cur.kind_of(i) != "actions"}
        for top in top_items(self.tree):
            self._apply_filter(top, allowed)
        self._refresh_results()

    def _apply_filter(self, node: QTreeWidgetItem, allowed: set[str] | None) -> bool:
        """Hide nodes the filters drop; a group stays when any child stays."""
        visible_child = False
        for child in child_items(node):
            visible_child |= self._apply_filter(child, allowed)
        item_id = node.data(0, ID_ROLE)
        keep = allowed is None or visible_child or (item_id is not None and item_id in allowed)
        node.setHidden(not keep)
        if allowed is not None and visible_child:
            node.setExpanded(True)
        return keep

    def _refresh_results(self, *_args: object) -> None:
        text = self.search_box.text().strip()
        if not text or self.cur is None:
            self.left_stack.setCurrentWidget(self.tree)
            return
        hits = self.cur.search(text, actor=self.actor, pillar=self.pillar, extra=self._local)
        self.results.blockSignals(True)
        self.results.clear()
        for hit in hits:
            row = QListWidgetItem(f"{hit.title}\n{self.renderer.kind_label(hit.kind)} · "
                                  f"{hit.snippet}", self.results)
            row.setData(ID_ROLE, hit.id)
        if not hits:
            QListWidgetItem(self.tr("Nothing found for “{0}”.").format(text), self.results)
        self.results.blockSignals(False)
        self.left_stack.setCurrentWidget(self.results)

    # --- showing items ---------------------------------------------------------------------
    def go(self, step: int) -> bool:
        """Back (-1) or Forward (+1) through the items shown; False at either end."""
        target = self.history_at + step
        if not 0 <= target < len(self.history):
            return False
        self.history_at = target
        self.select_item(self.history[target], remember=False)
        return True

    def _remember(self, item_id: str) -> None:
        if self.history_at >= 0 and self.history[self.history_at] == item_id:
            return
        del self.history[self.history_at + 1:]  # a new way forward replaces the old one
        self.history.append(item_id)
        self.history_at = len(self.history) - 1

    def _update_history_buttons(self) -> None:
        self.back_button.setEnabled(self.history_at > 0)
        self.forward_button.setEnabled(self.history_at < len(self.history) - 1)

    def select_item(self, item_id: str, remember: bool = True) -> bool:
        """Show the item and select it in the tree; False when the id is unknown."""
        local = next((x for x in getattr(self, "_local", []) if x.id == item_id), None)
        if local is not None:
            from pcsc_workshop.core.local_content import in_language

            local = in_language(local, self.cur.language)  # the reader's version if written
            self.current_id = item_id
            self._show(self.view, self.renderer, self.renderer.local_markdown(local))
            if remember:
                self._remember(item_id)
            self._update_history_buttons()
            return True
        if self.cur is None or self.cur.get(item_id) is None:
            return False
        if remember:
            self._remember(item_id)
        self._update_history_buttons()
        self.current_id = item_id
        self.present_button.setEnabled(True)
        self._show(self.view, self.renderer, self.renderer.markdown(item_id))
        if self.compare_renderer is not None:
            self._show(self.compare_view, self.compare_renderer,
                       self.compare_renderer.markdown(item_id))
        node = self._tree_items.get(item_id)
        if node is not None and self.tree.currentItem() is not node:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(node)
            self.tree.scrollToItem(node)
            self.tree.blockSignals(False)
        return True

    def _tree_selected(self, node: QTreeWidgetItem | None, _previous: object = None) -> None:
        item_id = node.data(0, ID_ROLE) if node is not None else None
        if item_id:
            self.select_item(item_id)

    def _result_selected(self, row: QListWidgetItem | None, _previous: object = None) -> None:
        item_id = row.data(ID_ROLE) if row is not None else None
        if item_id:
            self.select_item(item_id)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "item":
            self.search_box.clear()
            self.select_item(url.path())

    def present_current(self) -> None:
        """Present the selected item full screen (pillar, element, case, statistic...)."""
        from pcsc_workshop.ui.presenter import start_presentation

        if self.current_id:
            start_presentation(self.ctx, self.current_id, self.window())


PAGE = CurriculumPage

