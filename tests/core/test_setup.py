"""Workshop set-up: creation from a template, agenda editing, delegations, participants."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from pcsc_workshop.core.agenda import (
    add_session,
    delete_session,
    list_agenda,
    move_session,
    update_session,
)
from pcsc_workshop.core.curriculum.models import Template, TemplateSession
from pcsc_workshop.core.models import AgendaItem, Delegation, Workshop
from pcsc_workshop.core.people import (
    ParticipantFields,
    add_delegation,
    add_participant,
    delete_delegation,
    list_participants,
    update_delegation,
    update_participant,
)
from pcsc_workshop.core.templates import SessionTemplate, WorkshopTemplate, template_from_curriculum
from pcsc_workshop.core.validation import InvalidInput, NotFound
from pcsc_workshop.core.workshops import (
    WorkshopFields,
    create_workshop,
    list_workshops,
    update_workshop,
)

TDD = WorkshopTemplate("template.tdd-5day", (
    SessionTemplate(1, "09:00", 90, "lecture", "What makes a city smart?", ("jica.framework",)),
    SessionTemplate(1, "14:00", 120, "exercise", "Self-assessment"),
    SessionTemplate(2, "13:00", 240, "site-visit", "Yokohama Smart City Project"),
    SessionTemplate(1, "11:00", 90, "lecture", "LOCAL GOOD YOKOHAMA"),
    SessionTemplate(3, "15:00", 120, "exercise", "Action plans"),
))


def fields(**kw) -> WorkshopFields:
    base = dict(title="Atelier villes intelligentes — Rabat", organisers="TDLC; UN-Habitat",
                venue="Hôtel de ville", city="Rabat", country="Morocco",
                start_date=date(2025, 3, 10), end_date=date(2025, 3, 12), language="fr")
    base.update(kw)
    return WorkshopFields(**base)


@pytest.fixture()
def wid(store) -> str:
    with store.session() as s:
        return create_workshop(s, fields(), TDD)


def agenda_titles(store, wid):
    with store.session() as s:
        return [(a.day, a.position, a.title) for a in list_agenda(s, wid)]


def test_created_from_template_with_agenda_in_time_order(store, wid):
    with store.session() as s:
        w = s.get(Workshop, wid)
        assert (w.title, w.language, w.template_id) == (
            "Atelier villes intelligentes — Rabat", "fr", "template.tdd-5day")
        agenda = list_agenda(s, wid)
    assert [(a.day, a.position, a.start_time) for a in agenda] == [
        (1, 0, "09:00"), (1, 1, "11:00"), (1, 2, "14:00"), (2, 0, "13:00"), (3, 0, "15:00")]
    assert agenda[0].refs == ("jica.framework",)
    with store.session() as s:
        assert [w.title for w in list_workshops(s)] == ["Atelier villes intelligentes — Rabat"]


@pytest.mark.parametrize(("kw", "code", "field"), [
    ({"title": "   "}, "empty", "title"),
    ({"title": "x" * 301}, "too-long", "title"),
    ({"end_date": date(2025, 3, 9)}, "end-before-start", "end_date"),
    ({"city": "c" * 201}, "too-long", "city"),
])
def test_bad_workshop_fields_are_refused_with_codes(store, kw, code, field):
    with store.session() as s, pytest.raises(InvalidInput) as err:
        create_workshop(s, fields(**kw))
    assert (err.value.code, err.value.field) == (code, field)
    with store.session() as s:
        assert s.scalars(select(Workshop)).all() == []


def test_update_workshop_changes_only_when_different(store, wid):
    with store.session() as s:
        rev = s.get(Workshop, wid).revision
        assert not update_workshop(s, wid, fields())
        assert update_workshop(s, wid, fields(venue="Université Mohammed V"))
        s.flush()
        assert s.get(Workshop, wid).revision == rev + 1


def test_move_within_a_day_renumbers(store, wid):
    with store.session() as s:
        last = list_agenda(s, wid)[2]  # day 1, 14:00
        move_session(s, last.id, day=1, index=0)
    assert agenda_titles(store, wid)[:3] == [
        (1, 0, "Self-assessment"), (1, 1, "What makes a city smart?"),
        (1, 2, "LOCAL GOOD YOKOHAMA")]


def test_move_across_days_renumbers_both_days(store, wid):
    with store.session() as s:
        first = list_agenda(s, wid)[0]
        move_session(s, first.id, day=2, index=1)
    assert agenda_titles(store, wid) == [
        (1, 0, "LOCAL GOOD YOKOHAMA"), (1, 1, "Self-assessment"),
        (2, 0, "Yokohama Smart City Project"), (2, 1, "What makes a city smart?"),
        (3, 0, "Action plans")]


def test_move_to_a_new_day_and_end(store, wid):
    with store.session() as s:
        first = list_agenda(s, wid)[0]
        move_session(s, first.id, day=5)
        move_session(s, list_agenda(s, wid)[0].id, day=3, index=99)
    assert agenda_titles(store, wid)[-3:] == [
        (3, 0, "Action plans"), (3, 1, "LOCAL GOOD YOKOHAMA"), (5, 0, "What makes a city smart?")]


def test_unmoved_rows_keep_their_revision(store, wid):
    with store.session() as s:
        day3 = list_agenda(s, wid)[-1]
        rev = s.get(AgendaItem, day3.id).revision
        move_session(s, list_agenda(s, wid)[0].id, day=1, index=2)
        assert s.get(AgendaItem, day3.id).revision == rev


def test_add_update_delete_session(store, wid):
    with store.session() as s:
        new = add_session(s, wid, day=1, start="10:30", duration=15, kind="break",
                          title="Pause café", index=1)
        update_session(s, new, duration=20, title="Pause café ☕")
        assert [a.title for a in list_agenda(s, wid)][:3] == [
            "What makes a city smart?", "Pause café ☕", "LOCAL GOOD YOKOHAMA"]
        delete_session(s, list_agenda(s, wid)[0].id)
        day1 = [a for a in list_agenda(s, wid) if a.day == 1]
    assert [(a.position, a.title) for a in day1] == [
        (0, "Pause café ☕"), (1, "LOCAL GOOD YOKOHAMA"), (2, "Self-assessment")]


@pytest.mark.parametrize(("kw", "code", "field"), [
    ({"start": "25:00"}, "bad-time", "start_time"),
    ({"start": "9:00"}, "bad-time", "start_time"),
    ({"duration": 0}, "bad-value", "duration_min"),
    ({"kind": "party"}, "bad-value", "kind"),
    ({"title": ""}, "empty", "title"),
])
def test_bad_sessions_are_refused(store, wid, kw, code, field):
    args = dict(day=1, start="10:00", duration=30, kind="lecture", title="Talk")
    args.update(kw)
    with store.session() as s, pytest.raises(InvalidInput) as err:
        add_session(s, wid, **args)
    assert (err.value.code, err.value.field) == (code, field)


def test_delegations_and_participants(store, wid):
    with store.session() as s:
        d = add_delegation(s, wid, "Bangladesh", "ঢাকা", "jica.city-type.large-representative",
                           "jica.stage.small-start")
        p = add_participant(s, wid, ParticipantFields(
            "আনিকা রহমান", "DNCC", "Urban planner", d, " anika@example.org ", True))
        update_delegation(s, d, stage="jica.stage.accelerate")
        update_participant(s, p, ParticipantFields("আনিকা রহমান", "DNCC", "Chief planner", d,
                                                   None, True))
    with store.session() as s:
        info = list_participants(s, wid)[0]
        assert (info.name, info.role, info.email, info.delegation_label) == (
            "আনিকা রহমান", "Chief planner", None, "ঢাকা, Bangladesh")
        assert s.get(Delegation, d).stage == "jica.stage.accelerate"


@pytest.mark.parametrize(("pf", "code", "field"), [
    (ParticipantFields(" "), "empty", "name"),
    (ParticipantFields("A", email="not-an-email"), "bad-email", "email"),
    (ParticipantFields("A", email="a@b"), "bad-email", "email"),
    (ParticipantFields("A" * 301), "too-long", "name"),
    (ParticipantFields("A", delegation_id="missing"), "not-found", "delegation_id"),
])
def test_bad_participants_are_refused(store, wid, pf, code, field):
    with store.session() as s, pytest.raises(InvalidInput) as err:
        add_participant(s, wid, pf)
    assert (err.value.code, err.value.field) == (code, field)


def test_bad_delegation_values(store, wid):
    with store.session() as s:
        with pytest.raises(InvalidInput) as err:
            add_delegation(s, wid, "")
        assert err.value.code == "empty"
        with pytest.raises(InvalidInput) as err:
            add_delegation(s, wid, "Chile", city_type="jica.city-type.megacity")
        assert (err.value.code, err.value.field) == ("bad-value", "city_type")


def test_delegation_from_another_workshop_is_refused(store, wid, demo_id):
    with store.session() as s:
        other = add_delegation(s, demo_id, "Chile", "Valparaíso")
        with pytest.raises(InvalidInput) as err:
            add_participant(s, wid, ParticipantFields("Ana", delegation_id=other))
        assert err.value.code == "wrong-workshop"


def test_a_delegation_with_members_is_not_deleted(store, wid):
    with store.session() as s:
        d = add_delegation(s, wid, "Tunisia", "Sfax")
        empty = add_delegation(s, wid, "Tunisia", "Sousse")
        add_participant(s, wid, ParticipantFields("سامي", delegation_id=d))
        with pytest.raises(InvalidInput) as err:
            delete_delegation(s, d)
        assert err.value.code == "not-empty"
        delete_delegation(s, empty)
        assert s.get(Delegation, empty).deleted
        with pytest.raises(NotFound):
            update_delegation(s, empty, city="x")


def test_not_found_is_also_a_key_error(store):
    with store.session() as s, pytest.raises(KeyError):
        move_session(s, "nope", day=1)


def test_template_from_curriculum_keeps_each_session_and_its_plan():
    panel = TemplateSession(day=2, start="10:00", duration_min=45, kind="discussion",
                            title="Panel", refs=["pillar.digital-literacy"])
    visit = TemplateSession(day=2, start="11:00", duration_min=60, kind="site-visit",
                            title="Visit", objectives=["See  a  city hall"],
                            instructions=["Meet the mayor", "Ask two questions"])
    tpl = Template(id="template.intro-1day", source="ours", name="Intro", days=1,
                   audience="Officials", description="A day", sessions=[panel, visit])
    got = template_from_curriculum(tpl)
    assert got.id == "template.intro-1day"
    assert got.sessions[0] == SessionTemplate(2, "10:00", 45, "discussion", "Panel",
                                              ("pillar.digital-literacy",))
    # no notes: the session plan is the agenda session's notes, spaces tidied
    assert got.sessions[1].description == (
        "• See a city hall\n\n1. Meet the mayor\n2. Ask two questions")
