"""Local content behind the door: add, edit, delete, list; undo of each; refusals."""

from __future__ import annotations

import pytest

from pcsc_workshop.core.local_content import LocalContentError
from pcsc_workshop.door import Door


@pytest.fixture
def door(store):
    return Door(store)


def test_add_edit_delete_each_undone_and_redone(door, demo_id):
    out = door.local_content.add(demo_id, "statistic", "Taux d'accès à l'eau — Rabat",
                                 "41,5 % des ménages", {"value": 41.5, "unit": "%",
                                                        "language": "fr"},
                                 source="HCP 2024", label="Add local item")
    item = out.value
    assert out.changes.local_content == {item.id} and out.changes.kinds() == {"local_content"}
    assert [x.title for x in door.local_content.items(demo_id)] == [
        "Taux d'accès à l'eau — Rabat"]

    edited = door.local_content.edit(item.id, title="معدل الوصول إلى المياه",
                                     label="Edit local item")
    assert edited.value.title == "معدل الوصول إلى المياه" and edited.value.data["value"] == 41.5
    assert door.undo_label() == "Edit local item"
    door.undo()
    assert door.local_content.item(item.id).title == "Taux d'accès à l'eau — Rabat"
    door.redo()
    assert door.local_content.item(item.id).title == "معدل الوصول إلى المياه"

    deleted = door.local_content.delete(item.id, label="Delete local item")
    assert deleted.changes.local_content == {item.id}
    assert door.local_content.items(demo_id) == []
    with pytest.raises(LocalContentError):
        door.local_content.item(item.id)
    door.undo()  # the deletion: the item is back, with its last text
    assert door.local_content.item(item.id).title == "معدل الوصول إلى المياه"
    door.undo()  # the edit
    door.undo()  # the add: gone again
    assert door.local_content.items(demo_id) == [] and door.undo_label() is None
    door.redo()
    assert [x.id for x in door.local_content.items(demo_id)] == [item.id]


def test_refused_input_names_the_field_and_stores_nothing(door, demo_id):
    with pytest.raises(LocalContentError) as refused:
        door.local_content.add(demo_id, "case_study", "   ")
    assert (refused.value.code, refused.value.field) == ("empty-title", "title")
    with pytest.raises(LocalContentError) as refused:
        door.local_content.add(demo_id, "case_study", "x" * 301)
    assert refused.value.code == "too-long"
    assert door.local_content.items(demo_id) == [] and door.undo_label() is None


def test_an_edit_that_changes_nothing_reports_nothing(door, demo_id):
    item = door.local_content.add(demo_id, "case_study", "<b>Kigali</b> & co").value
    same = door.local_content.edit(item.id, title="<b>Kigali</b> & co")
    assert not same.changes and door.undo_label() == "Add local item"
    assert door.local_content.item(item.id).title == "<b>Kigali</b> & co"  # kept as typed


def test_items_filter_by_kind(door, demo_id):
    door.local_content.add(demo_id, "note", "A facilitator's note")
    door.local_content.add(demo_id, "case_study", "Medellín's cable cars")
    assert [x.kind for x in door.local_content.items(demo_id)] == ["note", "case_study"]
    assert [x.title for x in door.local_content.items(demo_id, ("case_study", "statistic"))
            ] == ["Medellín's cable cars"]
