"""Setting up a workshop from the facilitator's chair: wizard, agenda, people, CSV import."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from pcsc_workshop.core.agenda import list_agenda
from pcsc_workshop.core.people import list_participants
from pcsc_workshop.core.workshops import get_workshop
from pcsc_workshop.ui.dialogs.csv_import import CsvImportDialog
from pcsc_workshop.ui.dialogs.workshop_wizard import WorkshopWizard


def workshop_page(qtbot, window):
    """Show the Workshop page and wait until it is read (it reads on a worker)."""
    page = window.show_page("workshop")
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page



def test_wizard_creates_workshop_with_its_agenda(qtbot, window, store):
    page = workshop_page(qtbot, window)
    wizard = WorkshopWizard(window.ctx, page)
    qtbot.addWidget(wizard)
    wizard.show()
    templates = wizard.template_page.list
    row = next(i for i in range(templates.count())
               if templates.item(i).data(Qt.ItemDataRole.UserRole) == "template.tdd-5day")
    templates.setCurrentRow(row)
    wizard.next()
    details = wizard.details_page
    assert not wizard.button(wizard.WizardButton.FinishButton).isEnabled()  # no title yet
    qtbot.keyClicks(details.title_edit, "Smart city deep dive, Dhaka 2025")
    details.city.setText("ঢাকা")
    details.country.setText("Bangladesh")
    details.start.set_date(date(2025, 3, 2))
    details.end.set_date(date(2025, 3, 6))
    assert wizard.button(wizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()  # stored on a worker: the wizard closes once it is
    qtbot.waitUntil(lambda: wizard.workshop_id is not None, timeout=5000)
    assert not wizard.isVisible()
    page.workshop_created(wizard.workshop_id)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    # The new workshop is current in the window, with the template's agenda.
    assert window.workshop_picker.currentData() == wizard.workshop_id
    assert window.workshop_picker.currentText() == "Smart city deep dive, Dhaka 2025"
    assert page.title_edit.text() == "Smart city deep dive, Dhaka 2025"
    with store.session() as s:
        w = get_workshop(s, wizard.workshop_id)
        assert (w.city, w.start_date, w.template_id) == ("ঢাকা", date(2025, 3, 2),
                                                         "template.tdd-5day")
        agenda = list_agenda(s, wizard.workshop_id)
    assert len(agenda) == wizard.template_page.selected().sessions.__len__() > 5
    assert page.agenda.tree.topLevelItemCount() == len({a.day for a in agenda})
    first_day = page.agenda.tree.topLevelItem(0)
    assert first_day.child(0).text(0) == agenda[0].title


def test_wizard_refuses_end_before_start(qtbot, ctx):
    wizard = WorkshopWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.details_page.title_edit.setText("Backwards")
    wizard.details_page.start.set_date(date(2025, 3, 6))
    wizard.details_page.end.set_date(date(2025, 3, 2))
    wizard.accept()
    qtbot.waitUntil(lambda: "end date is before" in wizard.details_page.error.text(),
                    timeout=5000)
    assert wizard.workshop_id is None


def test_agenda_move_between_days_and_edit_details(qtbot, window, store, demo_id):
    page = workshop_page(qtbot, window)
    with store.session() as s:
        before = list_agenda(s, demo_id)
    last_of_day1 = [a for a in before if a.day == 1][-1]
    page.agenda.select(last_of_day1.id)
    page.agenda.move_current(1)  # past the end of day 1: first session of day 2
    qtbot.waitUntil(lambda: not page.agenda.busy, timeout=5000)
    with store.session() as s:
        moved = next(a for a in list_agenda(s, demo_id) if a.id == last_of_day1.id)
    assert (moved.day, moved.position) == (2, 0)
    page.agenda.tree.moved.emit(moved.id, 1, 0)  # what a drop at the top of day 1 reports
    qtbot.waitUntil(lambda: not page.agenda.busy, timeout=5000)
    with store.session() as s:
        moved = next(a for a in list_agenda(s, demo_id) if a.id == last_of_day1.id)
    assert (moved.day, moved.position) == (1, 0)
    assert page.agenda.current_entry().id == moved.id
    # Details save as you type and on page switch (on a worker: the status says when).
    page.venue.setText("TDLC, Tokyo")
    page.venue.textEdited.emit("TDLC, Tokyo")
    window.show_page("plans")
    qtbot.waitUntil(lambda: not page.saver.dirty and "Saved" in page.status.text(),
                    timeout=5000)
    with store.session() as s:
        assert get_workshop(s, demo_id).venue == "TDLC, Tokyo"


GOOD_AND_BAD = (
    "name,organisation,role,country,city,email,consent\n"
    "Nadia Haque,Rajshahi City Corporation,Planner,Bangladesh,Rajshahi,nadia@example.org,yes\n"
    ",Rajshahi City Corporation,Engineer,Bangladesh,Rajshahi,,no\n"
    "Ivan Petrov,Kazan City Hall,Analyst,Russia,Kazan,not-an-email,да\n"
)


def test_csv_preview_flags_bad_rows_and_refuses(qtbot, demo_ctx, store, demo_id):
    dialog = CsvImportDialog(demo_ctx, GOOD_AND_BAD.encode("utf-8"), "people.csv")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(1, 0).text() == "3" and "no name" in dialog.table.item(1, 1).text()
    assert "email" in dialog.table.item(2, 1).text()
    assert "rows 3, 4" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.do_import()  # even if forced, nothing is imported
    qtbot.waitUntil(lambda: not dialog.importing, timeout=5000)
    assert "rows 3, 4" in dialog.summary.text() and dialog.imported is None
    with store.session() as s:
        names = {p.name for p in list_participants(s, demo_id)}
    assert "Nadia Haque" not in names


def test_csv_import_of_a_good_file(qtbot, window, store, demo_id, tmp_path):
    good = "\n".join(GOOD_AND_BAD.splitlines()[:2]) + "\nИван Петров,Kazan City Hall,Analyst,Russia,Kazan,,да\n"
    path = tmp_path / "people.csv"
    path.write_text(good, encoding="utf-8")
    page = workshop_page(qtbot, window)
    dialog = CsvImportDialog.from_file(window.ctx, path, page)
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled()
    dialog.do_import()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=5000)
    assert dialog.imported.participants == 2 and dialog.imported.delegations == 2
    page.people.load()
    qtbot.waitUntil(lambda: not page.people.loading, timeout=10_000)
    labels = [page.people.tree.topLevelItem(i).text(0)
              for i in range(page.people.tree.topLevelItemCount())]
    assert "Kazan, Russia" in labels


def test_delete_participant_data(qtbot, window, store, demo_id, sync_ops):
    from pcsc_workshop.core import db

    page = workshop_page(qtbot, window)
    with store.session() as s:
        person = list_participants(s, demo_id)[0]
    backup = db.backup(store.path, "before")
    page.people.select("participant", person.id)
    assert "Delete this participant" in page.people.buttons["remove"].text()
    assert page.people.delete_participant_data(person.id, confirm=False)
    # the older backup still holds them: found (the dialog offers to delete it)
    assert page.people.backups_holding_deleted == [backup]
    with store.session() as s:
        assert person.id not in {p.id for p in list_participants(s, demo_id)}
    assert person.id not in page.people.people


def test_csv_preview_keeps_new_delegation_out_of_problems(qtbot, demo_ctx):
    data = ("Full name,Organization,Position,E-mail,Country,City,Named in reports\n"
            "Amina Tembe,CMM,Planner,amina@example.org,Mozambique,Beira,sim\n"
            "Олена Коваль,Kyiv City,Analyst,,Ukraine,Kyiv,так\n").encode()
    dialog = CsvImportDialog(demo_ctx, data, "people.csv")
    qtbot.addWidget(dialog)
    header = [dialog.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert header == ["Row", "Problems", "Status"]
    assert dialog.preview.ok
    for r in range(2):
        assert dialog.table.item(r, 1).text() == ""  # no problems
        assert "new delegation" in dialog.table.item(r, 2).text()
    assert dialog.table.item(1, 9).text() == "yes"  # Ukrainian consent understood
    assert dialog.import_button.isEnabled() and not dialog.valid_button.isVisible()


def test_csv_columns_can_be_mapped_in_the_preview(qtbot, demo_ctx):
    data = "Apellidos y nombre,Teléfono,Ciudad,País\nAmina Tembe,+258 84,Beira,Mozambique\n"
    dialog = CsvImportDialog(demo_ctx, data.encode(), "people.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled()
    assert "Choose what each column holds" in dialog.summary.text()
    assert [m.currentData() for m in dialog.mappers] == [None, None, "city", "country"]
    dialog.map_column(0, "name")
    dialog.map_column(1, None)  # ignore the phone numbers
    assert dialog.preview.ok and dialog.import_button.isEnabled()
    assert dialog.table.item(0, 3).text() == "Amina Tembe"
    assert dialog.table.columnCount() == 10
    dialog.grab().save("/tmp/storage-safety-csv-mapping.png")


def test_csv_import_of_the_valid_rows_lists_the_others(qtbot, demo_ctx, store, demo_id):
    dialog = CsvImportDialog(demo_ctx, GOOD_AND_BAD.encode("utf-8"), "people.csv")
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.valid_button.isEnabled()
    dialog.do_import(skip_bad=True)
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=5000)
    assert dialog.imported.participants == 1
    assert [r.row for r in dialog.imported.skipped] == [3, 4]
    text = dialog.skipped_text(dialog.imported)
    assert "Row 3: no name" in text and "Row 4: email" in text
    with store.session() as s:
        assert "Nadia Haque" in {p.name for p in list_participants(s, demo_id)}


def test_csv_template_is_offered(qtbot, demo_ctx, tmp_path):
    dialog = CsvImportDialog(demo_ctx, GOOD_AND_BAD.encode("utf-8"), "people.csv")
    qtbot.addWidget(dialog)
    path = dialog.save_template(tmp_path / "template.csv")
    from pcsc_workshop.core.participants_csv import parse_participants_csv

    assert parse_participants_csv(path.read_bytes()).ok


def test_a_big_csv_is_checked_on_a_worker(qtbot, demo_ctx):
    rows = "".join(f"Person {i},Org,Role,Chile,Santiago,,yes\n" for i in range(2000))
    data = ("name,organisation,role,country,city,email,consent\n" + rows).encode()
    dialog = CsvImportDialog(demo_ctx, data, "big.csv")
    qtbot.addWidget(dialog)
    assert "Checking" in dialog.summary.text()  # the window was not held while checking
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2000, timeout=20000)
    assert dialog.import_button.isEnabled()


def test_city_type_and_stage_are_not_under_the_organisation_column(qtbot, window, store,
                                                                   demo_id):
    page = workshop_page(qtbot, window)
    tree = page.people.tree
    assert tree.headerItem().text(1) == "Organisation"
    delegation = tree.topLevelItem(0)
    assert delegation.text(1) == ""  # nothing of the delegation's under "Organisation"
    assert " — " in delegation.text(0)  # its city type and stage follow its name


def test_a_csv_template_is_offered_before_any_file(qtbot, window, tmp_path):
    from pcsc_workshop.core.participants_csv import parse_participants_csv

    page = workshop_page(qtbot, window)
    assert not page.people.buttons["template"].isHidden()  # beside "Import CSV…"
    path = page.people.save_csv_template(tmp_path / "people.csv")
    preview = parse_participants_csv(path.read_bytes())
    assert preview.ok and preview.rows[0].name == "Ana Cossa"
