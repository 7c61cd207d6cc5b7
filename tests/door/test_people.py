"""door.people: the CSV import all or nothing, moves between delegations, languages, undo."""

from __future__ import annotations

import pytest

from pcsc_workshop.core.participants_csv import CsvRefused
from pcsc_workshop.core.people import ParticipantFields
from pcsc_workshop.door import Door

GOOD = ("name,organisation,role,country,city,email,consent\n"
        "Nadia Haque,Rajshahi City Corporation,Planner,Bangladesh,Rajshahi,nadia@example.org,yes\n"
        "Олена Коваль,Kyiv City,Analyst,Ukraine,Kyiv,,так\n")
BAD = GOOD + ",Nobody's Org,Engineer,Chile,Santiago,,no\n"


@pytest.fixture
def door(store):
    return Door(store)


def names(door, wid):
    return {p.name for p in door.people.participants(wid)}


def test_a_file_with_one_bad_row_imports_nothing(door, demo_id):
    before_people, before_delegations = names(door, demo_id), door.people.delegations(demo_id)
    preview = door.people.preview_csv(demo_id, BAD.encode())
    assert [r.row for r in preview.bad_rows] == [4]
    with pytest.raises(CsvRefused) as refused:
        door.people.import_csv(demo_id, BAD.encode())
    assert [r.row for r in refused.value.preview.bad_rows] == [4]
    assert names(door, demo_id) == before_people
    assert door.people.delegations(demo_id) == before_delegations  # no half-made delegation
    assert door.undo_label() is None


def test_import_says_what_changed_and_undo_takes_it_all_back(door, demo_id):
    before_people = names(door, demo_id)
    before_delegations = {d.id for d in door.people.delegations(demo_id)}
    out = door.people.import_csv(demo_id, GOOD.encode(), label="Import participants")
    assert out.value.participants == 2 and out.value.delegations == 2
    assert out.changes.participants == set(out.value.participant_ids)
    new_delegations = {d.id for d in door.people.delegations(demo_id)} - before_delegations
    assert out.changes.delegations == new_delegations and len(new_delegations) == 2
    assert names(door, demo_id) == before_people | {"Nadia Haque", "Олена Коваль"}
    door.undo()
    assert names(door, demo_id) == before_people
    assert {d.id for d in door.people.delegations(demo_id)} == before_delegations
    door.redo()
    assert names(door, demo_id) == before_people | {"Nadia Haque", "Олена Коваль"}
    kyiv = next(p for p in door.people.participants(demo_id) if p.name == "Олена Коваль")
    assert kyiv.delegation_label == "Kyiv, Ukraine" and kyiv.consent


def test_import_of_the_valid_rows_lists_the_others(door, demo_id):
    out = door.people.import_csv(demo_id, BAD.encode(), skip_bad=True)
    assert out.value.participants == 2 and [r.row for r in out.value.skipped] == [4]


def test_moving_a_participant_between_delegations_is_undoable(door, demo_id):
    wid = demo_id
    sfax = door.people.add_delegation(wid, "Tunisia", "Sfax").value
    beira = door.people.add_delegation(wid, "Mozambique", "Beira").value
    pid = door.people.add_participant(wid, ParticipantFields(name="Amina Tembe",
                                                             delegation_id=sfax),
                                      language="pt").value
    out = door.people.move_participant(pid, beira, label="Move participant")
    assert out.changes.participants == {pid}
    person = door.people.participant(pid)
    assert (person.delegation_id, person.language) == (beira, "pt")
    door.undo()
    assert door.people.participant(pid).delegation_id == sfax


def test_edit_with_language_is_one_undo_step(door, demo_id):
    pid = door.people.add_participant(demo_id, ParticipantFields(name="Camila Rojas")).value
    out = door.people.update_participant(pid, ParticipantFields(name="Camila Rojas Soto"),
                                         language="es")
    assert out.value
    person = door.people.participant(pid)
    assert (person.name, person.language) == ("Camila Rojas Soto", "es")
    door.undo()
    person = door.people.participant(pid)
    assert (person.name, person.language) == ("Camila Rojas", None)
    door.undo()  # the add
    assert door.people.participant(pid) is None


def test_erasing_a_person_leaves_nothing_to_redo_them_back(door, demo_id):
    pid = door.people.add_participant(demo_id, ParticipantFields(
        name="Ahmed Ben Salah", email="ahmed@example.org")).value
    door.undo()  # the add is undone: its redo would hold the name and email in memory
    assert door.redo_label() == "Add participant"
    door.redo()
    door.people.delete_participant_data(pid)
    assert door.undo_label() is None and door.redo_label() is None
    assert door.people.participant(pid) is None
