"""Slides built from the shipped curriculum: what a facilitator would see, slide by slide."""

from __future__ import annotations

import pytest

from pcsc_workshop.core.curriculum import load_curriculum
from pcsc_workshop.core.curriculum.slides import (
    SLIDE_KINDS,
    citation_of,
    slides_for,
    slides_for_local,
)
from pcsc_workshop.core.local_content import add_local_item


@pytest.fixture(scope="module")
def cur():
    return load_curriculum()


def test_shared_prosperity_gives_title_counts_example_questions_with_notes(cur):
    slides = slides_for(cur, "pillar.shared-prosperity")
    kinds = [s.kind for s in slides]
    assert kinds[:4] == ["title", "counts", "examples", "questions"]
    title, counts, examples, questions = slides[:4]
    assert title.title == "Shared Prosperity"
    # the seed's counts: 6 principles; actions 6 national, 11 local, 5 stakeholders
    assert {r.code: r.value for r in counts.rows} == {
        "principles": "6", "actions.national": "6", "actions.local": "11",
        "actions.stakeholders": "5"}
    assert any("long-term financial framework" in r.detail for r in examples.rows)
    assert len(questions.points) == 3 and questions.points[0].endswith("why?")
    assert all(s.notes for s in slides), "every slide carries speaker notes"
    assert "UN-Habitat's examples" in title.notes[0]
    # our own reading is kept apart from the guidelines' content, as advice
    assert any("widens gaps" in a for a in title.advice)
    assert not any("widens gaps" in n for s in slides for n in s.notes)


def test_single_pillar_brings_a_linked_statistic_and_case(cur):
    slides = slides_for(cur, "pillar.shared-prosperity")
    stat = next(s for s in slides if s.kind == "statistic")
    case = next(s for s in slides if s.kind == "case")
    assert stat.figure == "66%" and stat.citation.startswith(
        "UN-Habitat, Toward People-centred Smart Cities, 2025 — World Smart Cities Outlook")
    assert "001_" not in stat.citation, "seed file names are not for the audience"
    assert case.title == "Kashiwa-no-ha Smart City"


def test_jica_module_lists_domains_and_their_elements(cur):
    slides = slides_for(cur, "module.jica")
    assert slides[0].kind == "title" and slides[0].title == "JICA's smart city approach"
    assert slides[1].kind == "objectives" and slides[1].points[0].startswith("Name JICA's")
    assert slides[2].kind == "points" and len(slides[2].points) == len(
        cur.get("module.jica").key_points)
    overview = next(s for s in slides if s.kind == "rows" and s.item_id == "jica.framework")
    assert [r.label for r in overview.rows] == ["Policy", "Organization", "System",
                                                "Technology", "Operation"]
    assert [int(r.value) for r in overview.rows] == [6, 3, 5, 4, 3]
    assert overview.rows[3].detail.startswith("15 Urban Infrastructure Platform · 16 Data")
    assert slides[-1].kind == "check"
    assert slides[-1].rows[0].value == str(len(cur.questions_for("module.jica")))


def test_every_module_and_item_makes_known_slide_kinds(cur):
    ids = [m.id for m in cur.modules] + [i for i in cur.ids()]
    for item_id in ids:
        slides = slides_for(cur, item_id)
        assert slides, item_id
        for slide in slides:
            assert slide.kind in SLIDE_KINDS, (item_id, slide.kind)
            assert slide.title or slide.body or slide.points or slide.rows, item_id


def test_element_slides_show_five_maturity_levels(cur):
    slides = slides_for(cur, "jica.element.data-utilization")
    assert slides[0].title.startswith("16. ")
    assert slides[0].subtitle == "Technology"
    levels = slides[1].rows
    assert [r.value for r in levels] == ["0", "1", "2", "3", "4"]


def test_question_slide_keeps_the_answer_in_the_notes_only(cur):
    q = cur.get("quiz.guidelines.1")
    slide = slides_for(cur, q.id)[0]
    assert slide.kind == "quiz" and slide.points == tuple(q.options)
    assert slide.notes[0] == "193" and "193" not in slide.title


def test_unknown_id_is_refused(cur):
    with pytest.raises(KeyError):
        slides_for(cur, "pillar.no-such-thing")


def test_citation_names_the_source_not_its_file():
    assert citation_of("001_eb67f122f51e2dbd.txt") == (
        "UN-Habitat, Toward People-centred Smart Cities, 2025")
    assert citation_of("003_f1a999803d1432c9.txt; City of Yokohama") == (
        "World Bank Tokyo Development Learning Center (TDLC), World Bank holds Smart Cities "
        "Technical Deep Dive in Tokyo and Yokohama Japan, 2016; City of Yokohama")
    # without a registry entry the file name is still kept from the audience
    assert citation_of("003_f1a999803d1432c9.txt (day 4); City of Yokohama", registry={}) == (
        "day 4; City of Yokohama")


def test_local_statistic_becomes_a_statistic_slide(store, demo_id):
    with store.session() as s:
        item = add_local_item(s, demo_id, "statistic", "Households online in Sfax",
                              body="Share of households with a fixed connection.",
                              data={"value": 41.5, "unit": "%", "year": 2024},
                              source="INS Tunisie")
    slide = slides_for_local(item)[0]
    assert (slide.kind, slide.figure, slide.subtitle, slide.citation) == (
        "statistic", "41.5%", "2024", "INS Tunisie")


def test_a_workshop_template_gets_one_agenda_slide_per_day(cur):
    template = cur.get("template.tdd-5day")
    slides = slides_for(cur, template.id)
    days = [s for s in slides if s.kind == "rows"]
    assert [s.subtitle for s in days] == [str(d) for d in range(1, template.day_count + 1)]
    assert sum(len(s.rows) for s in days) == len(template.sessions)
    assert days[0].rows[0].value == template.sessions[0].start


def test_module_deck_opens_with_objectives_and_ends_with_prompts_and_plan_in_notes(cur):
    module = cur.get("module.self-assessment-exercise")
    slides = slides_for(cur, module.id)
    assert [s.kind for s in slides[:3]] == ["title", "objectives", "points"]
    assert slides[1].points == tuple(module.objectives)
    prompts = next(s for s in slides if s.kind == "questions" and s.item_id == module.id)
    assert prompts.points == tuple(module.discussion_prompts)
    notes = " ".join(slides[0].notes)
    assert "Delegation consensus (45′)" in notes  # the session plan, step by step
    assert slides[0].advice == tuple(module.facilitator_notes)  # ours, kept apart


def test_a_long_worksheet_spreads_over_readable_slides(cur):
    sheet = cur.get("worksheet.action-plan")
    slides = [s for s in slides_for(cur, sheet.id)]
    assert len(sheet.prompts) == 12 and [s.subtitle for s in slides] == ["1 / 2", "2 / 2"]
    assert all(len(s.points) <= 7 for s in slides)
    assert sum((s.points for s in slides), ()) == tuple(sheet.prompts)
    assert all(s.item_kind == "worksheet" for s in slides)


def test_a_list_of_names_stays_on_one_line_and_the_source_is_named(cur):
    slide = slides_for(cur, "tdd.participants")[0]
    assert "Bangladesh · Chile" in slide.body and "Tunisia" in slide.body
    assert slide.citation.startswith("World Bank Tokyo Development Learning Center (TDLC)")


def test_pillar_decks_show_the_totals_their_key_points_claim(cur):
    for module_id, totals in (("module.pillars-thematic", ("21", "85")),
                              ("module.pillars-enabling", ("19", "87"))):
        slide = next(s for s in slides_for(cur, module_id)
                     if s.rows and s.rows[0].code == "pillar-total")
        assert len(slide.rows) == 5 and (slide.rows[-1].value, slide.rows[-1].detail) == totals
