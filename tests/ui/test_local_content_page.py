"""Local content: the facilitator adds, edits and deletes a local statistic or case study."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from pcsc_workshop.core.local_content import list_local_items
from pcsc_workshop.ui.context import AppContext
from tests.ui.conftest import type_text


@pytest.fixture()
def local_page(qtbot, store, demo_id, tmp_path, sync_ops):
    from pcsc_workshop.ui.pages.local_content import LocalContentPage

    settings = QSettings(str(tmp_path / "local.ini"), QSettings.Format.IniFormat)
    page = LocalContentPage(AppContext(store=store, settings=settings, workshop_id=demo_id))
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.ensure_loaded()
    return page


def link(page, item_id: str) -> None:
    for r in range(page.links.count()):
        if page.links.item(r).data(Qt.ItemDataRole.UserRole) == item_id:
            page.links.item(r).setCheckState(Qt.CheckState.Checked)


def test_add_a_local_statistic_and_find_it_in_the_list(qtbot, local_page, store, demo_id):
    page = local_page
    assert page.titles() == []
    page.new_button.click()
    page.kind.setCurrentIndex(page.kind.findData("statistic"))
    assert page.value.isVisible() and page.unit.isVisible()
    qtbot.keyClicks(page.title_edit, "Households online in Sfax")
    qtbot.keyClicks(page.body, "Share of households with a fixed internet connection.")
    qtbot.keyClicks(page.value, "41,5")
    qtbot.keyClicks(page.unit, "%")
    page.year.setValue(2024)
    qtbot.keyClicks(page.source, "INS Tunisie")
    link(page, "pillar.digital-human-rights")
    link(page, "jica.element.data-utilization")
    page.save_button.click()

    assert page.titles() == ["Households online in Sfax — Statistic"]
    assert page.message.text() == "Saved."
    with store.session() as s:
        [item] = list_local_items(s, demo_id)
    assert (item.kind, item.title, item.source) == ("statistic", "Households online in Sfax",
                                                    "INS Tunisie")
    assert item.data == {"value": 41.5, "unit": "%", "year": 2024, "language": "en",
                         "related": ["pillar.digital-human-rights",
                                     "jica.element.data-utilization"]}


def test_edit_then_delete_a_case_study(qtbot, local_page, store, demo_id, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page = local_page
    page.new_button.click()
    qtbot.keyClicks(page.title_edit, "Chittagong flood early warning")
    type_text(page.body, "Sensors on the Karnaphuli river; SMS alerts in বাংলা.")
    page.save_button.click()
    page.title_edit.clear()
    qtbot.keyClicks(page.title_edit, "Chattogram flood early warning")
    page.save_button.click()
    assert page.titles() == ["Chattogram flood early warning — Case study"]
    with store.session() as s:
        [item] = list_local_items(s, demo_id)
    assert item.revision == 2 and item.body.endswith("বাংলা.")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_button.click()
    assert page.titles() == []
    with store.session() as s:
        assert list_local_items(s, demo_id) == []


def test_bad_input_is_refused_and_the_form_keeps_it(qtbot, local_page, store, demo_id):
    page = local_page
    page.new_button.click()
    page.kind.setCurrentIndex(page.kind.findData("statistic"))
    qtbot.keyClicks(page.value, "lots")
    qtbot.keyClicks(page.body, "Something worth keeping")
    page.save_button.click()
    assert "figure must be a number" in page.message.text()
    page.value.clear()
    page.save_button.click()
    assert "Give the item a title" in page.message.text()
    assert page.body.toPlainText() == "Something worth keeping"
    with store.session() as s:
        assert list_local_items(s, demo_id) == []


def test_a_local_item_can_be_presented(qtbot, local_page):
    page = local_page
    page.new_button.click()
    page.kind.setCurrentIndex(page.kind.findData("statistic"))
    qtbot.keyClicks(page.title_edit, "Buses with live tracking")
    qtbot.keyClicks(page.value, "120")
    qtbot.keyClicks(page.unit, "buses")
    page.save_button.click()
    presentation = page.present()
    try:
        assert presentation is not None
        assert "120 buses" in presentation.audience.slide_view.texts()
    finally:
        presentation.close()
