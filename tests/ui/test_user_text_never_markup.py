"""User text is never markup (issue 13, point 2).

A corpus of hostile strings is stored as the workshop's name, people's and delegations' names,
support providers, plan text and local content, as a bundle from another laptop could bring
them. Then every page and dialog is opened. Before the fix, `<img src="/dev/zero">` in a
label aborted the whole process (std::bad_alloc) — so "the test process is still alive" is
itself an assertion. Then every label that shows one of the strings must show it as plain
text, every tooltip must be shown escaped, and the Markdown views must show it literally and
never load a resource.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QTextEdit,
    QToolTip,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy import select

from pcsc_workshop.core.local_content import add_local_item
from pcsc_workshop.core.models import (
    ActionPlan,
    Delegation,
    NextStep,
    Participant,
    SupportRequest,
    Workshop,
)

IMG = '<img src="/dev/zero">JICA'
HOSTILE = [
    IMG,
    "<b>Bold</b> Ltd",
    "&amp; Partners",
    "\u202eRTL override\u202c Co",
    "<i>" + "long " * 2000 + "</i>",  # 10k characters
    "Tab\tbell\x07escape\x1bend",  # control characters, no NUL
    '<a href="file:///etc/passwd">link</a>',
    "<style>*{font-size:300pt}</style>styled",
    "![img](/dev/zero) **not bold**",
]
# A piece of each string that must be seen as typed wherever the string is shown.
MARKERS = ['<img src="/dev/zero">', "<b>Bold</b>", "&amp; Partners", "\u202eRTL override",
           "<i>long long", "bell\x07escape", '<a href="file:', "<style>*{", "![img](/dev/zero)"]


def _make_hostile(store, workshop_id: str) -> str:
    """Put every hostile string somewhere a user sees it; returns the local item's id."""
    with store.session() as s:
        w = s.get(Workshop, workshop_id)
        w.title, w.city, w.organisers = IMG, HOSTILE[1], HOSTILE[2]
        delegations = s.scalars(select(Delegation).where(
            Delegation.workshop_id == workshop_id)).all()
        for i, d in enumerate(delegations):
            d.city = HOSTILE[i % len(HOSTILE)]
            d.country = HOSTILE[(i + 1) % len(HOSTILE)]
        people = s.scalars(select(Participant).where(
            Participant.workshop_id == workshop_id)).all()
        for i, p in enumerate(people):
            p.name = f"{HOSTILE[i % len(HOSTILE)]} {i}"
            p.organisation = HOSTILE[(i + 2) % len(HOSTILE)]
            p.role = HOSTILE[(i + 3) % len(HOSTILE)]
            plan = s.scalar(select(ActionPlan).where(ActionPlan.participant_id == p.id))
            if plan is None:
                plan = ActionPlan(workshop_id=workshop_id, participant_id=p.id)
                s.add(plan)
                s.flush()
            plan.key_takeaways = HOSTILE[i % len(HOSTILE)]
            plan.challenges = IMG
            s.add(NextStep(plan_id=plan.id, action=HOSTILE[(i + 4) % len(HOSTILE)],
                           responsible=IMG, resources=HOSTILE[1], indicator=HOSTILE[2]))
            s.add(SupportRequest(plan_id=plan.id, provider=IMG, kind="technical",
                                 detail=HOSTILE[(i + 5) % len(HOSTILE)]))
        item = add_local_item(s, workshop_id, "case_study", IMG,
                              body="\n\n".join(HOSTILE), source=HOSTILE[1])
    return item.id


def _widgets() -> list[QWidget]:
    out: list[QWidget] = []
    for top in QApplication.topLevelWidgets():
        out.append(top)
        out.extend(top.findChildren(QWidget))
    return out


def _shown_tooltip(target: QWidget, pos: QPoint) -> str:
    """What the user reads in the tooltip shown at `pos` (rich text as it would render)."""
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, target.mapToGlobal(pos))
    QApplication.sendEvent(target, event)
    if not QToolTip.isVisible():
        return ""
    label = next(w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QLabel) and w.objectName() == "qtooltip_label"
                 and w.isVisible())
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    return _render_tooltip_html(label.text())


def _check_everything(qtbot) -> dict[str, int]:
    """Every label, tooltip and text view showing a hostile string shows it literally."""
    seen = {"labels": 0, "tooltips": 0, "item tooltips": 0, "text views": 0}
    for widget in _widgets():
        if not isValid(widget):  # deleted meanwhile (deleteLater of a rebuilt row)
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if any(m in text for m in MARKERS):
                assert widget.textFormat() == Qt.TextFormat.PlainText, (
                    widget.objectName(), type(widget.parent()).__name__, text[:60])
                seen["labels"] += 1
        tip = widget.toolTip()
        if any(m in tip for m in MARKERS) and widget.isVisible():
            shown = _shown_tooltip(widget, QPoint(2, 2))
            assert shown == tip, tip[:60]
            seen["tooltips"] += 1
        if isinstance(widget, QAbstractItemView) and widget.isVisible() and widget.model():
            model = widget.model()
            root = QModelIndex()
            for row in range(min(model.rowCount(root), 40)):
                columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
                for col in range(columns):
                    index = model.index(row, col, root)
                    value = index.data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(value, str) and any(m in value for m in MARKERS):
                        rect = widget.visualRect(index)
                        point = rect.topLeft() + QPoint(3, 3)  # wide cells: their start
                        if not rect.isValid() or not widget.viewport().rect().contains(point):
                            continue
                        shown = _shown_tooltip(widget.viewport(), point)
                        assert shown == value, value[:60]
                        seen["item tooltips"] += 1
        if isinstance(widget, QTextEdit):
            plain = widget.document().toPlainText()
            if any(m in plain for m in MARKERS):
                seen["text views"] += 1
    QToolTip.hideText()
    return seen


def _render_tooltip_html(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def test_a_rendered_tooltip_would_not_show_markup_literally() -> None:
    """The check above can fail: markup rendered as rich text is not the text as typed."""
    for text in (IMG, HOSTILE[1], HOSTILE[2]):
        assert _render_tooltip_html(text) != text


@pytest.fixture()
def hostile(store, demo_id) -> str:
    """The hostile data, stored before the window (asked for after this fixture) opens."""
    return _make_hostile(store, demo_id)


def test_hostile_strings_show_literally_on_every_page_and_dialog(qtbot, hostile, window,
                                                                 store, demo_id,
                                                                 sync_ops) -> None:
    local_id = hostile
    totals: dict[str, int] = {}
    for spec in window.specs:
        page = window.show_page(spec.name)
        page.ensure_loaded()
        qtbot.wait(30)
        if spec.name == "dashboard":  # where the original abort happened: fill it now
            page.load()
            names = [page.tree.topLevelItem(i).text(0)
                     for i in range(page.tree.topLevelItemCount())]
            assert any(IMG in n for n in names), names
            page.grab().save("/tmp/storage-safety-hostile-dashboard.png")
        if spec.name == "plans":
            with store.session() as s:
                ids = s.scalars(select(Participant.id).where(
                    Participant.workshop_id == demo_id)).all()
            for pid in ids[:len(HOSTILE)]:
                page.select_participant(pid)
                qtbot.wait(10)
                for key, n in _check_everything(qtbot).items():
                    totals[key] = totals.get(key, 0) + n
        if spec.name == "curriculum":
            assert page.select_item(local_id)
            view = page.view
            shown = view.document().toPlainText()
            for text in (IMG, "<b>Bold</b> Ltd", "&amp; Partners", "<style>*{font-size"):
                assert text in shown, text
            # Markdown is meant in local content: `![img](x)` is a plain link, not an image
            assert "!img" in shown
            assert view.refused == []  # nothing was even asked for: no image in the text
        for key, n in _check_everything(qtbot).items():
            totals[key] = totals.get(key, 0) + n
    grab = window.grab()
    assert not grab.isNull()
    assert totals["labels"] > 5, totals
    # the window title / picker shows the workshop name as typed
    assert window.workshop_picker.currentText() == IMG


def test_hostile_strings_in_dialogs(qtbot, hostile, window, store, demo_id) -> None:
    from pcsc_workshop.core.people import list_delegations, list_participants
    from pcsc_workshop.ui.dialogs.people_dialogs import DelegationDialog, ParticipantDialog
    from pcsc_workshop.ui.exchange.name_picker import NamePickerDialog

    page = window.show_page("workshop")
    page.ensure_loaded()
    with store.session() as s:
        people = list_participants(s, demo_id)
        delegations = list_delegations(s, demo_id)
    framework = page.framework()
    dialogs: list[QWidget] = [
        DelegationDialog(window.ctx, framework, delegations[0], parent=window),
        ParticipantDialog(window.ctx, delegations, people[0], parent=window),
        NamePickerDialog(IMG, people, parent=window),
    ]
    from pcsc_workshop.core.agenda import list_agenda
    from pcsc_workshop.ui.dialogs.agenda import SessionDialog
    from pcsc_workshop.ui.dialogs.csv_import import CsvImportDialog

    with store.session() as s:
        entry = list_agenda(s, demo_id)[0]
    from dataclasses import replace

    dialogs.append(SessionDialog([(IMG, "x")], replace(entry, title=IMG,
                                                       description=HOSTILE[1]), parent=window))
    rows = "".join(f'"{h}",org,,Chile,"{h}",,yes\n' for h in HOSTILE if '"' not in h)
    csv_dialog = CsvImportDialog(window.ctx, ("name,organisation,role,country,city,email,"
                                              "consent\n" + rows).encode(), IMG, parent=window)
    dialogs.append(csv_dialog)
    from pcsc_workshop.ui.exchange.collection import CollectionDialog
    from pcsc_workshop.ui.exchange.conflicts_dialog import ConflictsDialog

    dialogs += [CollectionDialog(window.ctx, window), ConflictsDialog(window.ctx, window)]
    box = QMessageBox(QMessageBox.Icon.Question, "PCSC Workshop",
                      f"Delete all data of {people[0].name}?", parent=window)
    box.setInformativeText(IMG)
    dialogs.append(box)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(20)
    seen = _check_everything(qtbot)
    assert seen["labels"] >= 3, seen
    assert csv_dialog.table.rowCount() >= 5, csv_dialog.summary.text()
    assert seen["item tooltips"] >= 1, seen  # the CSV preview's cells carry tooltips
    for dialog in dialogs:
        assert not dialog.grab().isNull()
        dialog.close()


def test_a_local_item_presented_as_a_slide_shows_its_text_literally(qtbot) -> None:
    """Slides use Markdown labels: a local case study's `<img>` or `![](/dev/zero)` must not
    become an image (QLabel's own document would load it), nor `&amp;` an ampersand."""
    from types import SimpleNamespace

    from pcsc_workshop.core.curriculum.slides import slides_for_local
    from pcsc_workshop.ui.presenter.slide_view import SlideView

    item = SimpleNamespace(id="l1", kind="case_study", title=IMG, data={},
                           body=f"{IMG} &amp; ![img](/dev/zero) <b>Bold</b>", source=HOSTILE[1])
    view = SlideView()
    qtbot.addWidget(view)
    view.resize(960, 540)
    view.set_slide(slides_for_local(item)[0])
    view.show()
    qtbot.wait(20)
    labels = view.findChildren(QLabel)
    rendered = []
    for label in labels:
        if label.textFormat() == Qt.TextFormat.MarkdownText:
            doc = QTextDocument()
            doc.setMarkdown(label.text())
            rendered.append(doc.toPlainText())
        else:
            rendered.append(label.text())
    shown = "\n".join(rendered)
    assert IMG in shown and "&amp;" in shown and "<b>Bold</b>" in shown
    assert "![img](/dev/zero)" in shown or "!img" in shown
    assert not view.grab().isNull()


def test_every_kind_of_tooltip_is_shown_escaped(qtbot) -> None:
    """Widgets, item views, headers, tab bars and menus all show their tooltip as typed:
    Qt's tooltip label is a QLabel, made plain by the guard like every other."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget

    from pcsc_workshop.ui import plain_text

    plain_text.install()
    button = QPushButton("x")
    button.setToolTip(IMG)
    table = QTableWidget(1, 1)
    item = QTableWidgetItem("cell")
    item.setToolTip(IMG)
    table.setItem(0, 0, item)
    header = QTableWidgetItem("head")
    header.setToolTip(HOSTILE[1])
    table.setHorizontalHeaderItem(0, header)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "tab")
    tabs.setTabToolTip(0, HOSTILE[2])
    for w in (button, table, tabs):
        qtbot.addWidget(w)
        w.show()
    qtbot.wait(20)
    assert _shown_tooltip(button, QPoint(2, 2)) == IMG
    cell = table.visualItemRect(item).topLeft() + QPoint(3, 3)
    assert _shown_tooltip(table.viewport(), cell) == IMG
    head = table.horizontalHeader()
    assert _shown_tooltip(head.viewport(), QPoint(5, 5)) == HOSTILE[1]
    bar = tabs.tabBar()
    assert _shown_tooltip(bar, bar.tabRect(0).center()) == HOSTILE[2]
    menu = QMenu()
    action = QAction("entry", menu)
    action.setToolTip(IMG)
    menu.addAction(action)
    qtbot.addWidget(menu)
    menu.popup(QPoint(0, 0))
    qtbot.wait(20)
    point = menu.actionGeometry(action).center()
    assert _shown_tooltip(menu, point) == IMG
    QToolTip.hideText()
