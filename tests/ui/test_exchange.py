"""Packs out, plans back, through the windows: a facilitator and a participant's laptop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pcsc_workshop.core.exchange import current_participant
from pcsc_workshop.core.plans import plan_for_participant
from tests.ui.conftest import type_text
from tests.ui.exchange_support import Laptops, drop_files, shot

TYPED = "Datos abiertos con la comunidad — البيانات المفتوحة"


@pytest.fixture()
def laptops(qtbot, tmp_path: Path, tmp_path_factory, sync_ops):
    rooms = Laptops(qtbot, tmp_path, tmp_path_factory)
    yield rooms
    rooms.close()


def make_pack(facilitator, tmp_path: Path) -> Path:
    path = tmp_path / "usb" / "workshop.pcsc"
    path.parent.mkdir(exist_ok=True)
    facilitator.exchange.facilitator.create_pack_to(path)
    message = facilitator.exchange.facilitator.last_message
    assert path.is_file()
    assert ("E-mail addresses, plans and self-assessments stayed on this computer"
            in message.informativeText())
    assert "9 participants" in message.informativeText()
    return path


def pick_name(window, search: str, qtbot) -> str:
    picker = window.exchange.participant.name_picker
    assert picker is not None and picker.isVisible()
    type_text(picker.search, search)
    assert picker.visible_names() and all(search in n for n in picker.visible_names())
    chosen = picker.chosen_id()
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    return chosen


def test_pack_out_plan_back(laptops, qtbot, tmp_path: Path) -> None:
    facilitator = laptops.window("facilitator", workshop_people=9)
    pack = make_pack(facilitator, tmp_path)

    laptop = laptops.window("laptop")  # a fresh installation: only the demo workshop
    assert drop_files(laptop, [pack])
    assert laptop.ctx.workshop_id == facilitator.ctx.workshop_id
    assert laptop.workshop_picker.currentText() == "Smart Cities Technical Deep Dive"
    pid = pick_name(laptop, "ليلى", qtbot)
    with laptop.ctx.store.session() as s:
        assert current_participant(s, laptop.ctx.workshop_id) == pid
    page = laptop.stack.currentWidget()
    assert page.NAME == "plans" and page.editor.doc.owner_id == pid  # their own plan opened
    # A participant's laptop lists their own plan and their delegation's, nobody else's.
    listed = [(item.data(0, Qt.ItemDataRole.UserRole), item.text(0))
              for item in page._plan_items()]
    assert len(listed) == 2 and sum(kind == "participant" for kind, _ in listed) == 1
    assert any("ليلى" in text for _kind, text in listed)

    edit = page.editor.sections["key_takeaways"]
    edit.setFocus()
    type_text(edit, TYPED)
    laptop.exchange.participant.refresh_status()
    assert laptop.exchange.participant.status_label.text() == "Plan not sent yet"
    out = tmp_path / "usb"
    laptop.exchange.participant.send_plan_to(out)
    bundles = [p for p in out.glob("*.pcsc") if p != pack]
    assert len(bundles) == 1 and "ليلى" in bundles[0].name
    assert str(bundles[0]) in laptop.exchange.participant.last_message.text()
    status = laptop.exchange.participant.status_label.text()
    assert status.startswith("Last sent") and status.endswith("changed since: no")

    facilitator.exchange.facilitator.collect_files(bundles)
    report = facilitator.exchange.facilitator.report_dialog
    assert report.isVisible()
    assert report.rows()[0][1] == "Came in" and report.rows()[0][2].startswith("ليلى")
    with facilitator.ctx.store.session() as s:
        assert plan_for_participant(s, pid).key_takeaways == TYPED
    plans = facilitator.show_page("plans")
    plans.select_participant(pid)
    assert plans.editor.sections["key_takeaways"].toPlainText() == TYPED
    collection = facilitator.exchange.facilitator.show_collection().view
    row = collection.row_for(pid)
    assert row[2].endswith(f"({bundles[0].name})") and int(row[3]) >= 1 and row[4] == "1"
    assert "1 of 9" in collection.summary.text()
    dashboard = facilitator.show_page("dashboard")
    dashboard.load()
    cells = {}
    for i in range(dashboard.tree.topLevelItemCount()):
        top = dashboard.tree.topLevelItem(i)
        for j in range(top.childCount()):
            cells[top.child(j).data(0, Qt.ItemDataRole.UserRole)] = (top.text(5),
                                                                     top.child(j).text(5))
    assert cells[pid][0] == "1 of 3"  # one of the delegation's three members sent a file
    assert cells[pid][1].endswith(f"\u00b7 revision {row[3]}")
    assert sum(text == "not yet" for _top, text in cells.values()) == 8

    edit.setFocus()
    type_text(edit, " +")
    page.editor.flush()
    laptop.exchange.participant.refresh_status()
    assert laptop.exchange.participant.status_label.text().endswith("changed since: yes")


def test_pack_given_on_the_command_line(laptops, qtbot, tmp_path: Path) -> None:
    facilitator = laptops.window("facilitator", workshop_people=9)
    pack = make_pack(facilitator, tmp_path)
    laptop = laptops.window("laptop", files=(pack,))  # pcsc-workshop FILE.pcsc
    picker = laptop.exchange.participant.name_picker
    shot(picker, "name-picker", tmp_path)
    assert len(picker.visible_names()) == 9
    pid = pick_name(laptop, "Олена", qtbot)
    assert laptop.stack.currentWidget().editor.doc.owner_id == pid


def test_real_workers_open_a_pack_and_collect(qtbot, tmp_path: Path, tmp_path_factory) -> None:
    """The same journey with jobs on worker threads (as in the app), waiting for results."""
    from pcsc_workshop.ui.workers import Op

    assert not Op.synchronous
    rooms = Laptops(qtbot, tmp_path, tmp_path_factory)
    try:
        facilitator = rooms.window("facilitator", workshop_people=9)
        fac = facilitator.exchange.facilitator
        pack = tmp_path / "workshop.pcsc"
        fac.create_pack_to(pack)
        qtbot.waitUntil(lambda: fac.last_message is not None, timeout=5000)
        laptop = rooms.window("laptop", files=(pack,))
        qtbot.waitUntil(lambda: laptop.exchange.participant.name_picker is not None,
                        timeout=5000)
        picker = laptop.exchange.participant.name_picker
        picker.search.setText("Ana")
        picker.accept()
        # the "Opening…" label (no NAME) until a page is shown: the first page takes a few turns
        qtbot.waitUntil(lambda: getattr(laptop.stack.currentWidget(), "NAME", None) == "plans",
                        timeout=5000)
        laptop.stack.currentWidget().editor.sections["approaches"].setPlainText("Pilot first")
        laptop.exchange.participant.send_plan_to(tmp_path)
        qtbot.waitUntil(lambda: laptop.exchange.participant.last_message is not None,
                        timeout=5000)
        bundle = next(p for p in tmp_path.glob("*.pcsc") if p != pack)
        fac.collect_files([bundle])
        qtbot.waitUntil(lambda: fac.report_dialog is not None, timeout=5000)
        assert fac.report_dialog.rows()[0][1] == "Came in"
        qtbot.waitUntil(lambda: laptop.exchange.participant.status_label.text().startswith(
            "Last sent"), timeout=5000)
    finally:
        rooms.close()


def test_a_pack_for_each_participant_opens_as_them(laptops, qtbot, tmp_path: Path) -> None:
    """Each participant's own pack carries their plan and nobody else's, and opening it
    shows their plan at once (no name to pick)."""
    facilitator = laptops.window("facilitator", workshop_people=9)
    fac = facilitator.exchange.facilitator
    with facilitator.ctx.store.session() as s:
        from pcsc_workshop.core.people import list_participants
        from pcsc_workshop.core.plans import save_plan

        people = list_participants(s, facilitator.ctx.workshop_id)
        for p in people:
            doc = plan_for_participant(s, p.id)
            doc.key_takeaways = f"Written for {p.name}"
            save_plan(s, doc)
    folder = tmp_path / "packs"
    folder.mkdir()
    fac.create_packs_in(folder)
    assert "9 packs" in fac.last_message.text()
    olena = next(p for p in people if p.name.startswith("Олена"))
    [pack] = [f for f in folder.glob("*.pcsc") if "Олена" in f.name]
    laptop = laptops.window("laptop")
    assert drop_files(laptop, [pack])
    page = laptop.stack.currentWidget()
    assert page.NAME == "plans" and page.editor.doc.owner_id == olena.id
    assert page.editor.sections["key_takeaways"].toPlainText() == f"Written for {olena.name}"
    with laptop.ctx.store.session() as s:
        others = [p.id for p in people if p.id != olena.id]
        from sqlalchemy import select

        from pcsc_workshop.core.models import ActionPlan

        assert not s.scalars(select(ActionPlan).where(
            ActionPlan.participant_id.in_(others))).all()


def test_a_pack_from_another_laptop_asks_before_it_opens(laptops, qtbot, tmp_path: Path) -> None:
    """A pack signed by another laptop than the facilitator's first one changes nothing
    unless the participant says their facilitator changed laptops."""
    facilitator = laptops.window("facilitator", workshop_people=9)
    pack = make_pack(facilitator, tmp_path)
    laptop = laptops.window("laptop")
    laptop.exchange.participant.open_pack_file(pack)
    laptop.exchange.participant.name_picker.reject()
    other = laptops.window("other-laptop")  # someone else's laptop that opened the pack too
    other.exchange.participant.open_pack_file(pack)
    other.exchange.participant.name_picker.reject()
    from pcsc_workshop.core.models import Workshop

    with other.ctx.store.session() as s:
        s.get(Workshop, facilitator.ctx.workshop_id).title = "Not from the facilitator"
    forged = tmp_path / "forged.pcsc"
    other.exchange.facilitator.create_pack_to(forged)
    laptop.exchange.participant.open_pack_file(forged)
    box = laptop.exchange.participant.last_message
    assert box.windowTitle() == "Workshop pack from another laptop"
    with laptop.ctx.store.session() as s:
        assert s.get(Workshop, facilitator.ctx.workshop_id).title != "Not from the facilitator"
    shot(box, "pack-from-another-laptop", tmp_path)
    box.button(box.StandardButton.Cancel).click()  # the default: nothing happens
    with laptop.ctx.store.session() as s:
        assert s.get(Workshop, facilitator.ctx.workshop_id).title != "Not from the facilitator"


def test_a_page_already_open_shows_what_came_in(laptops, qtbot, tmp_path: Path) -> None:
    """The facilitator looks at a participant's plan while their bundle is collected: the
    page reloads at once (the import's Changes, published once, not per page or per file),
    and a second collect of the same file announces nothing."""
    facilitator = laptops.window("facilitator", workshop_people=9)
    pack = make_pack(facilitator, tmp_path)
    laptop = laptops.window("laptop")
    assert drop_files(laptop, [pack])
    pid = pick_name(laptop, "Олена", qtbot)
    page = laptop.stack.currentWidget()
    edit = page.editor.sections["key_takeaways"]
    edit.setFocus()
    type_text(edit, TYPED)
    laptop.exchange.participant.send_plan_to(tmp_path / "usb")
    bundles = [p for p in (tmp_path / "usb").glob("*.pcsc") if p != pack]

    plans = facilitator.show_page("plans")
    plans.select_participant(pid)
    assert plans.editor.sections["key_takeaways"].toPlainText() == ""
    published: list = []
    facilitator.ctx.changes.applied.connect(lambda changes, _o: published.append(changes))
    facilitator.exchange.facilitator.collect_files(bundles)
    assert [c.everything for c in published] == [True]  # once, not per page or per file
    # The page reloaded: it no longer holds the empty plan it showed (which it could have
    # saved over what came in), and the participant's plan now reads as they wrote it.
    shown = plans.editor.doc
    assert shown is None or shown.key_takeaways == TYPED
    plans.select_participant(pid)
    assert plans.editor.sections["key_takeaways"].toPlainText() == TYPED

    published.clear()
    facilitator.exchange.facilitator.collect_files(bundles)  # again: nothing new
    assert published == []
    assert facilitator.exchange.facilitator.report_dialog.rows()[0][1] == "Already there"
