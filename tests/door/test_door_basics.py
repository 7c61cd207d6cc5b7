"""The front door: typed change records, one transaction per operation, undo and redo."""

from __future__ import annotations

from datetime import date

import pytest

from pcsc_workshop.core.people import ParticipantFields
from pcsc_workshop.core.store import Store
from pcsc_workshop.core.validation import InvalidInput
from pcsc_workshop.core.workshops import WorkshopFields, create_workshop
from pcsc_workshop.door import Changes, Door


@pytest.fixture
def door(tmp_path):
    store = Store(tmp_path / "w.sqlite3")
    with store.session() as s:
        wid = create_workshop(s, WorkshopFields(title="Atelier — Rabat", city="Rabat",
                                                country="Morocco", start_date=date(2025, 3, 10),
                                                end_date=date(2025, 3, 12), language="fr"))
    d = Door(store)
    d.workshop_id = wid  # type: ignore[attr-defined]
    yield d
    store.close()


def test_changes_record_kinds_merge_and_truth():
    a = Changes.of(plans="p1")
    b = Changes.of(participants={"x", "y"})
    both = a | b
    assert both.plans == {"p1"} and both.participants == {"x", "y"}
    assert both.kinds() == {"plans", "participants"}
    assert both.touches({"plans"}) and not both.touches({"agenda"})
    assert not Changes() and both and Changes.all().touches({"agenda"})
    with pytest.raises(TypeError):
        Changes.of(plan="p1")  # a misspelt kind is a bug, not silence


def test_add_participant_then_undo_erases_and_redo_brings_back(door):
    wid = door.workshop_id
    out = door.people.add_participant(wid, ParticipantFields(name="Fatima Zahra El Idrissi",
                                                             email="fz@example.org"))
    assert out.changes.participants == {out.value}
    assert [p.name for p in door.people.participants(wid)] == ["Fatima Zahra El Idrissi"]
    assert door.undo_label() == "Add participant"

    undone = door.undo()
    assert undone.value == "Add participant" and undone.changes.participants == {out.value}
    assert door.people.participants(wid) == []
    with door.store.session() as s:  # undoing an add leaves no personal data behind
        from pcsc_workshop.core.models import Participant

        row = s.get(Participant, out.value)
        assert row.deleted and row.name == "" and row.email is None
    assert door.redo_label() == "Add participant"

    door.redo()
    people = door.people.participants(wid)
    assert [(p.id, p.name, p.email) for p in people] == [
        (out.value, "Fatima Zahra El Idrissi", "fz@example.org")]


def test_edit_participant_undo_restores_the_old_values(door):
    wid = door.workshop_id
    pid = door.people.add_participant(wid, ParticipantFields(name="Ana Souza")).value
    door.people.update_participant(pid, ParticipantFields(name="Ana Souza Lima",
                                                          role="Planner"))
    door.undo()
    (person,) = door.people.participants(wid)
    assert (person.name, person.role) == ("Ana Souza", "")
    door.redo()
    (person,) = door.people.participants(wid)
    assert (person.name, person.role) == ("Ana Souza Lima", "Planner")


def test_a_refused_write_changes_nothing_and_records_no_undo(door):
    wid = door.workshop_id
    with pytest.raises(InvalidInput):
        door.people.add_participant(wid, ParticipantFields(name="   "))
    assert door.people.participants(wid) == [] and door.undo_label() is None


def test_plan_save_is_undoable_as_the_plan_was(door):
    wid = door.workshop_id
    pid = door.people.add_participant(wid, ParticipantFields(name="محمد")).value
    doc = door.plans.for_participant(pid)
    doc.challenges = "الازدحام المروري"
    first = door.plans.save(doc)
    assert first.changes.plans == {doc.id} and first.value.changed
    doc.challenges = "Second thoughts"
    door.plans.save(doc)
    doc.challenges = "typed on after the save"  # the editor's own copy keeps changing
    assert door.plans.save(door.plans.load(doc.id)).changes == Changes()  # no change: no record
    door.undo()
    assert door.plans.load(doc.id).challenges == "الازدحام المروري"
    door.redo()
    assert door.plans.load(doc.id).challenges == "Second thoughts"


def test_undo_of_add_delegation_is_refused_once_it_has_members_and_stays_offered(door):
    wid = door.workshop_id
    did = door.people.add_delegation(wid, "Tunisia", "Sfax").value
    door.people.add_participant(wid, ParticipantFields(name="Sami", delegation_id=did))
    door.undo()  # undoes the participant
    door.history.clear()
    did2 = door.people.add_delegation(wid, "Chile", "Valparaíso").value
    door.people.add_participant(wid, ParticipantFields(name="Camila", delegation_id=did2))
    # skip the participant's step: the delegation's own undo is now refused (it has a member)
    step = door.history.pop_undo()
    with pytest.raises(InvalidInput):
        door.undo()
    assert door.undo_label() == "Add delegation"  # not lost: it can be tried again
    assert step is not None
