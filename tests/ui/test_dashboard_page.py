"""The facilitator dashboard shows what the core computed: completeness, domain bars, support."""

from __future__ import annotations

from pcsc_workshop.core.assessment import assessment_for_delegation, set_score, stable_elements
from pcsc_workshop.core.people import list_delegations, list_participants
from pcsc_workshop.ui.pages.dashboard import AUTO_REFRESH_DELAY_MS


def test_dashboard_shows_progress_bars_and_support(qtbot, window, store, demo_id, sync_ops):
    with store.session() as s:
        dhaka = list_delegations(s, demo_id)[0]
        members = [p for p in list_participants(s, demo_id) if p.delegation_id == dhaka.id]
        doc = assessment_for_delegation(s, dhaka.id)
        elements = stable_elements()
        scored = [e for e in elements if e.domain_id != "jica.domain.technology"]
        for e in scored:  # one domain left unscored
            set_score(s, doc.id, e.id, 3 if e.domain_id == "jica.domain.policy" else 1)
    assert 0 < len(scored) < len(elements)
    page = window.show_page("dashboard")
    page.load()
    top = page.tree.topLevelItem(0)
    assert top.text(0) == f"{dhaka.city}, {dhaka.country}"
    assert top.text(1) == f"{len(scored)} of {len(elements)}"
    assert members  # nobody has sent a file yet:
    assert top.text(5) == f"0 of {len(members)}" and top.child(0).text(5) == "not yet"
    values = page.bars.data[top.text(0)]
    domains = page.data.domain_ids
    assert values[domains.index("jica.domain.policy")] == 3
    assert values[domains.index("jica.domain.technology")] is None  # no bar, not zero
    mx, _my = page.bars.missing.getData()
    assert len(mx) >= 1
    # The demo's example plan asks TDLC and the World Bank for support.
    providers = {page.support.text(r, 1) for r in range(page.support.rowCount())}
    assert {"TDLC", "World Bank"} <= providers
    assert "TDLC" in page.support_summary.text()


def test_dashboard_refreshes_itself_only_if_it_stays_shown(qtbot, window, sync_ops) -> None:
    """Clicking past the dashboard starts no computation; staying on it refreshes it."""
    page = window.show_page("dashboard")
    window.show_page("plans")  # moved on before the refresh was due
    qtbot.wait(AUTO_REFRESH_DELAY_MS + 100)
    assert page.data is None
    window.show_page("dashboard")
    assert page.status.text() == "Refreshing…"
    qtbot.waitUntil(lambda: page.data is not None, timeout=3000)
    assert page.tree.topLevelItemCount() == len(page.data.delegations) > 0


def test_refreshing_a_shown_dashboard_replaces_its_rows(qtbot, window, sync_ops) -> None:
    """Refresh twice: the same rows, not doubled; columns still follow their contents."""
    from PySide6.QtWidgets import QHeaderView

    page = window.show_page("dashboard")
    page.load()
    first = [page.support.text(r, 3) for r in range(page.support.rowCount())]
    tree_rows = page.tree.topLevelItemCount()
    page.load()  # the Refresh button
    assert [page.support.text(r, 3) for r in range(page.support.rowCount())] == first
    assert page.tree.topLevelItemCount() == tree_rows
    header = page.support.horizontalHeader()
    metrics = page.support.fontMetrics()
    for column in (1, 2):  # "From whom" and "Kind of support" as wide as their texts
        texts = [page.support.text(r, column) for r in range(page.support.rowCount())]
        assert header.sectionSize(column) >= max(map(metrics.horizontalAdvance, texts))
    assert header.sectionResizeMode(3) == QHeaderView.ResizeMode.Stretch  # "What"
    assert page.support.updatesEnabled() and page.tree.updatesEnabled()


def test_last_change_is_a_persons_and_delegation_scorers_say_so(qtbot, window, store, demo_id,
                                                                 sync_ops, tmp_path) -> None:
    """Writing a pack (which makes every missing plan) does not move "Last change"; a
    participant who scores with the delegation does not read "0 of 21"."""
    from pcsc_workshop.core.assessment import stable_elements
    from pcsc_workshop.core.dashboard import workshop_dashboard
    from pcsc_workshop.core.exchange import write_pack

    def last_changes():
        with store.session() as s:
            data = workshop_dashboard(s, demo_id, stable_elements())
        return {p.id: p.last_change for p in data.participants}

    before = last_changes()
    untouched = [pid for pid, when in before.items() if when is None]
    assert untouched, "the demo has participants who have written nothing yet"
    with store.session() as s:
        write_pack(s, demo_id, tmp_path / "pack.pcsc")
    assert last_changes() == before
    page = window.show_page("dashboard")
    page.load()
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    texts = []
    for i in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(i)
        texts += [top.child(j).text(1) for j in range(top.childCount())]
    assert "with the delegation" in texts
    assert not any(t.startswith("0 of") for t in texts)


def test_domain_names_on_the_chart_axis_are_whole(qtbot, window, sync_ops) -> None:
    """At the window's size the domain names are wrapped, not cut ("Orga…")."""
    page = window.show_page("dashboard")
    page.load()
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    page.bars.resize(520, 320)  # a laptop's share of the page
    qtbot.wait(50)
    page.bars._label_domains()
    ticks = page.bars.plot.getAxis("bottom")._tickLevels[0]
    labels = [text for _x, text in ticks]
    assert len(labels) == 5
    assert not any("…" in text for text in labels), labels
    assert [t.replace("\n", " ") for t in labels] == page.bars.domain_names


def test_progress_columns_fit_their_widest_cell_and_a_larger_font(qtbot, window,
                                                                  sync_ops) -> None:
    """Columns after the first are as wide as their widest text and their title, after a
    refresh and after a larger text size (the tree fits them itself, from font metrics)."""
    page = window.show_page("dashboard")
    page.load()
    tree = page.tree

    def fitted() -> bool:
        header, metrics = tree.header(), tree.fontMetrics()
        for column in range(1, 6):
            items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
            items += [top.child(j) for top in items[:] for j in range(top.childCount())]
            widest = max(metrics.horizontalAdvance(item.text(column)) for item in items)
            title = header.fontMetrics().horizontalAdvance(tree.headerItem().text(column))
            if header.sectionSize(column) < max(widest, title):  # the title in the header's font
                return False
        return True

    assert tree.topLevelItemCount() > 0 and fitted()
    before = tree.header().sectionSize(1)
    font = tree.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    tree.setFont(font)
    qtbot.waitUntil(lambda: tree.header().sectionSize(1) > before and fitted(), timeout=2000)


def test_leaving_the_dashboard_leaves_its_chart_untouched(qtbot, window, sync_ops) -> None:
    """Hiding the chart (another page shown) does not make its scene redraw anything: the
    view's window deactivation used to dirty every item, and processing them painted the
    next page before its layout had run."""
    page = window.show_page("dashboard")
    page.load()
    scene = page.bars.view.scene()

    def quiet() -> bool:  # the shown chart's own updates (fill, axis labels) are done
        seen: list[object] = []
        scene.changed.connect(seen.append)
        qtbot.wait(100)
        scene.changed.disconnect(seen.append)
        return not seen

    qtbot.waitUntil(quiet, timeout=10_000)
    redrawn: list[object] = []
    scene.changed.connect(redrawn.append)
    window.show_page("plans")
    qtbot.wait(100)
    assert redrawn == []
    window.show_page("dashboard")
    qtbot.wait(50)
    assert page.bars.isVisible() and page.bars.domain_names  # shown again, whole
