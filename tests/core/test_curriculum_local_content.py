"""Local content added by a facilitator: round trip, validation, and search beside the curriculum."""

from __future__ import annotations

import pytest

from pcsc_workshop.core.curriculum import load_curriculum
from pcsc_workshop.core.local_content import (
    BODY_MAX,
    LocalContentError,
    add_local_item,
    delete_local_item,
    edit_local_item,
    get_local_item,
    list_local_items,
)
from pcsc_workshop.core.store import Store


def test_round_trip_survives_reopening_the_database(store, demo_id, db_path):
    with store.session() as s:
        case = add_local_item(s, demo_id, "case_study", "  Chittagong flood early warning  ",
                              body="Sensors on the **Karnaphuli** river; SMS alerts in বাংলা.",
                              source="City corporation, 2025")
        stat = add_local_item(s, demo_id, "statistic", "Households online",
                              data={"value": 41.5, "unit": "%", "year": 2024})
    store.close()
    reopened = Store(db_path)
    try:
        with reopened.session() as s:
            items = list_local_items(s, demo_id)
            assert [i.title for i in items] == ["Chittagong flood early warning",
                                                "Households online"]
            assert items[0].body.endswith("বাংলা.") and items[0].source == "City corporation, 2025"
            assert items[1].data == {"value": 41.5, "unit": "%", "year": 2024}
            edited = edit_local_item(s, case.id, title="Chattogram flood early warning")
            assert edited.revision == case.revision + 1 and edited.body == case.body
            delete_local_item(s, stat.id)
        with reopened.session() as s:
            assert [i.id for i in list_local_items(s, demo_id)] == [case.id]
            assert list_local_items(s, demo_id, kind="statistic") == []
            assert get_local_item(s, case.id).title == "Chattogram flood early warning"
            with pytest.raises(LocalContentError) as info:
                get_local_item(s, stat.id)
            assert info.value.code == "not-found"
    finally:
        reopened.close()


@pytest.mark.parametrize("kwargs, code, field", [
    ({"kind": "case_study", "title": "   "}, "empty-title", "title"),
    ({"kind": "poem", "title": "x"}, "unknown-kind", "kind"),
    ({"kind": "note", "title": "x" * 301}, "too-long", "title"),
    ({"kind": "note", "title": "x", "body": "y" * (BODY_MAX + 1)}, "too-long", "body"),
    ({"kind": "note", "title": "x", "data": {"when": object()}}, "not-json", "data"),
    ({"kind": "statistic", "title": "x", "data": {"value": "lots"}}, "not-a-number",
     "data.value"),
])
def test_bad_input_is_refused_and_nothing_is_stored(store, demo_id, kwargs, code, field):
    with store.session() as s:
        with pytest.raises(LocalContentError) as info:
            add_local_item(s, demo_id, **kwargs)
        assert (info.value.code, info.value.field) == (code, field)
    with store.session() as s:
        assert list_local_items(s, demo_id) == []


def test_edit_with_empty_title_keeps_the_old_one(store, demo_id):
    with store.session() as s:
        item = add_local_item(s, demo_id, "note", "Bring adapters")
    with store.session() as s, pytest.raises(LocalContentError):
        edit_local_item(s, item.id, title="")
    with store.session() as s:
        assert get_local_item(s, item.id).title == "Bring adapters"


def test_unknown_workshop_is_refused(store):
    with store.session() as s, pytest.raises(LocalContentError) as info:
        add_local_item(s, "no-such-workshop", "note", "x")
    assert info.value.code == "unknown-workshop"


def test_local_items_are_found_by_curriculum_search(store, demo_id):
    with store.session() as s:
        add_local_item(s, demo_id, "case_study", "Quelimane open data pilot",
                       body="Ward-level budget data published for residents")
        local = list_local_items(s, demo_id)
    # a place the shipped curriculum never names (its scenarios name other cities)
    hits = load_curriculum().search("quelimane", extra=local)
    assert [h.title for h in hits] == ["Quelimane open data pilot"]
    mixed = [h.id for h in load_curriculum().search("open data", extra=local)]
    assert local[0].id in mixed and "stat.open-data-platforms" in mixed
