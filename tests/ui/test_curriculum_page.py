"""The curriculum page as a facilitator uses it: walk the tree, search, filter, follow links."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest

ID_ROLE = Qt.ItemDataRole.UserRole


def _open(make_window):
    window = make_window()
    page = window.show_page("curriculum")
    page.ensure_loaded()
    return window, page


def _visible_ids(node, out=None):
    out = [] if out is None else out
    for i in range(node.childCount()):
        child = node.child(i)
        if not child.isHidden():
            if child.data(0, ID_ROLE):
                out.append(child.data(0, ID_ROLE))
            _visible_ids(child, out)
    return out


def test_curriculum_is_the_first_page_and_the_tree_walks_to_an_element(make_window, qtbot):
    window, page = _open(make_window)
    assert window.nav.item(0).text() == "Curriculum"
    root = page.tree.invisibleRootItem()
    ids = _visible_ids(root)
    assert ids.count("pillar.shared-prosperity") == 1
    assert sum(1 for i in ids if i.startswith("jica.element.")) == 21
    node = page._tree_items["jica.element.data-utilization"]
    page.tree.setCurrentItem(node)
    text = page.view.toPlainText()
    assert "Data Utilization" in text and "privacy" in text
    assert "our rubric" in text  # the five maturity descriptors are shown as ours


def test_pillar_view_shows_counts_and_examples(make_window, qtbot):
    _window, page = _open(make_window)
    page.tree.setCurrentItem(page._tree_items["pillar.community-participation"])
    text = page.view.toPlainText()
    assert "Community Participation and Collaboration" in text
    for count in ("5", "3", "7", "8"):
        assert count in text
    assert "Discussion questions" in text and "local content" in text


def test_search_answers_while_typing_and_opens_the_hit(make_window, qtbot):
    _window, page = _open(make_window)
    page.search_box.setFocus()
    QTest.keyClicks(page.search_box, "contingen")
    assert page.left_stack.currentWidget() is page.results
    first = page.results.item(0)
    assert first.data(ID_ROLE) == "jica.element.digital-security"
    page.results.setCurrentItem(first)
    assert page.current_id == "jica.element.digital-security"
    assert "Digital Security" in page.view.toPlainText()
    page.search_box.clear()
    assert page.left_stack.currentWidget() is page.tree


def test_many_hits_settle_instead_of_relaying_out_forever(make_window, qtbot):
    """50 wrapped hits laid out ten at a time: the scroll bar showing made the list narrower,
    which restarted the layout from its first ten (no scroll bar needed), which hid the bar,
    and so on: a relayout and a repaint of the list every few milliseconds, for as long as
    the results were shown."""
    from PySide6.QtCore import QEvent, QObject

    _window, page = _open(make_window)
    page.search_box.setFocus()
    QTest.keyClicks(page.search_box, "data")
    assert page.results.count() > 20
    qtbot.wait(400)  # laid out (a delayed layout, then the batches)
    resized: list[int] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Resize:
                resized.append(1)
            return False

    watch = Watch()
    page.results.viewport().installEventFilter(watch)
    qtbot.wait(300)
    page.results.viewport().removeEventFilter(watch)
    assert resized == []
    bar = page.results.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0  # the hits can be scrolled through


def test_nothing_found_is_said(make_window, qtbot):
    _window, page = _open(make_window)
    QTest.keyClicks(page.search_box, "zzqqxx")
    assert page.results.count() == 1 and "Nothing found" in page.results.item(0).text()
    assert page.results.item(0).data(ID_ROLE) is None


def test_actor_and_pillar_filters_prune_the_tree(make_window, qtbot):
    _window, page = _open(make_window)
    page.actor_filter.setCurrentIndex(page.actor_filter.findData("national"))
    ids = _visible_ids(page.tree.invisibleRootItem())
    assert "pillar.digital-literacy.actions.national" in ids
    assert "pillar.digital-literacy.actions.local" not in ids
    assert "case.kashiwa-no-ha" in ids  # not an action: kept
    page.actor_filter.setCurrentIndex(0)
    page.pillar_filter.setCurrentIndex(page.pillar_filter.findData("pillar.community-participation"))
    ids = _visible_ids(page.tree.invisibleRootItem())
    assert "pillar.community-participation" in ids and "case.local-good-yokohama" in ids
    assert "pillar.shared-prosperity" not in ids and "case.urban-recovery-system" not in ids
    page.pillar_filter.setCurrentIndex(0)
    assert "pillar.shared-prosperity" in _visible_ids(page.tree.invisibleRootItem())


def test_cross_links_navigate(make_window, qtbot):
    _window, page = _open(make_window)
    page.select_item("pillar.sustainability-resilience")
    assert "item:case.yokohama-smart-city-project" in page.view.toMarkdown()
    page.view.anchorClicked.emit(QUrl("item:case.yokohama-smart-city-project"))
    assert page.current_id == "case.yokohama-smart-city-project"
    assert page.tree.currentItem() is page._tree_items["case.yokohama-smart-city-project"]
    assert "4,100" in page.view.toPlainText()


def test_guidelines_overview_speaks_words_not_python(make_window, qtbot):
    """Fields are headed in words ("Member states", "Legally binding: no"), never "False"."""
    _window, page = _open(make_window)
    page.tree.setCurrentItem(page._tree_items["guidelines.overview"])
    text = page.view.toPlainText()
    assert "Legally binding: no" in text and "Member states: 193" in text
    assert "About the full text" in text
    assert "False" not in text and "Full text note" not in text


def test_every_kind_of_curriculum_item_is_named_in_words(make_window, qtbot):
    """Each item's kind line ("UN-Habitat guidelines", "City type"…) comes from a translated
    list, not from the YAML's internal kind name."""
    _window, page = _open(make_window)
    cur, renderer = page.cur, page.renderer
    kinds = {cur.kind_of(i) for i in cur.ids()}
    assert len(kinds) > 15
    assert kinds - set(renderer.kind_labels()) == set()


def test_back_and_forward_follow_the_links_taken(make_window, qtbot):
    window, page = _open(make_window)
    page.select_item("pillar.sustainability-resilience")
    page.view.anchorClicked.emit(QUrl("item:case.yokohama-smart-city-project"))
    assert page.back_button.isEnabled() and not page.forward_button.isEnabled()
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.current_id == "pillar.sustainability-resilience"
    assert page.tree.currentItem() is page._tree_items["pillar.sustainability-resilience"]
    assert page.forward_button.isEnabled()
    page.forward_button.click()
    assert page.current_id == "case.yokohama-smart-city-project"
    page.back_button.click()
    page.view.anchorClicked.emit(QUrl("item:jica.element.data-utilization"))
    assert not page.forward_button.isEnabled()  # a new way forward replaces the old one
    assert page.go(-1) and page.current_id == "pillar.sustainability-resilience"


def test_sources_are_cited_not_named_by_file(make_window, qtbot):
    import re

    _window, page = _open(make_window)
    cur = page.cur
    shown = 0
    for item_id in ("case.yokohama-smart-city-project", "pillar.sustainability-resilience",
                    "jica.element.data-utilization"):
        page.select_item(item_id)
        text = page.view.toPlainText()
        assert not re.search(r"\d{3}_[0-9a-f]{16}\.txt", text), text[-300:]
        if getattr(cur.get(item_id), "source", ""):
            assert "Source" in text
            shown += 1
    assert shown
    page.select_item("case.yokohama-smart-city-project")
    source = cur.get("case.yokohama-smart-city-project").source
    if "003_f1a999803d1432c9.txt" in source:
        assert "World Bank" in page.view.toPlainText() and "2016" in page.view.toPlainText()
