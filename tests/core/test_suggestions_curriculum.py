"""The adapters on the shipped curriculum: elements, pillars, cases, templates."""

from __future__ import annotations

import pytest

from pcsc_workshop.core.agenda import list_agenda
from pcsc_workshop.core.assessment import JICA_ELEMENT_IDS, elements_from_curriculum, stage_for
from pcsc_workshop.core.suggestions import (
    ACTORS,
    ELEMENT_PILLARS,
    cases_from_curriculum,
    pillars_from_curriculum,
    suggest,
)
from pcsc_workshop.core.templates import template_from_curriculum
from pcsc_workshop.core.workshops import WorkshopFields, create_workshop
from tests.core.jica_elements import element_id, jica_elements


@pytest.fixture(scope="module")
def curriculum():
    from pcsc_workshop.core.curriculum import load_curriculum

    return load_curriculum()


def test_elements_match_the_stable_ids_and_domains(curriculum):
    got = elements_from_curriculum(curriculum)
    assert [e.id for e in got] == list(JICA_ELEMENT_IDS)
    assert [(e.number, e.domain_id) for e in got] == [
        (e.number, e.domain_id) for e in jica_elements()]
    assert all(len(e.descriptors) == 5 for e in got)
    assert {d.id for d in curriculum.stages} >= {
        stage_for({e.id: v for e in got}, got).stage_id for v in (0, 2, 4)}


def test_every_mapped_pillar_exists_with_an_example_per_actor(curriculum):
    pillars = {p.id: p for p in pillars_from_curriculum(curriculum)}
    assert {p for ps in ELEMENT_PILLARS.values() for p in ps} == set(pillars)
    for p in pillars.values():
        assert set(p.example_actions) == set(ACTORS)
        assert all(text.strip() for text in p.example_actions.values())


def test_suggestions_from_real_content(curriculum):
    elements = elements_from_curriculum(curriculum)
    pillars = pillars_from_curriculum(curriculum)
    cases = cases_from_curriculum(curriculum)
    scores = {e.id: 3 for e in elements}
    scores[element_id(16)] = 0
    got = suggest(scores, elements, pillars, cases, actor="national", n=1)
    first = got[0]
    dpi = curriculum.get("pillar.digital-public-infrastructure")
    assert first.pillar_id == dpi.id
    assert first.fields["example_action"] == dpi.actions.national.example
    assert "case.local-good-yokohama" in first.case_ids  # the case names data utilization
    assert all(curriculum.get(c) is not None for s in got for c in s.case_ids)


def test_a_workshop_from_the_five_day_template(store, curriculum):
    tpl = next(t for t in curriculum.templates if t.id == "template.tdd-5day")
    with store.session() as s:
        wid = create_workshop(s, WorkshopFields("Smart Cities TDD 2026"),
                              template_from_curriculum(tpl))
        agenda = list_agenda(s, wid)
    assert len(agenda) == len(tpl.sessions)
    assert {a.day for a in agenda} == {s.day for s in tpl.sessions}
    first = min(tpl.sessions, key=lambda x: (x.day, x.start))
    assert (agenda[0].title, agenda[0].duration_min, list(agenda[0].refs)) == (
        first.title, first.duration_min, list(first.refs))
