"""`curriculum check` holds modules to a session plan, templates to their clock, decks to
their questions, and sources to the registry; each finding names file and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pcsc_workshop.core.curriculum import check_curriculum, default_folder, load_curriculum
from pcsc_workshop.core.curriculum.slides import deck_item_ids, slides_for
from pcsc_workshop.core.curriculum.sources import citations, load_sources


@pytest.fixture()
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "pcsc"
    shutil.copytree(default_folder(), target)
    return target


@pytest.fixture(scope="module")
def cur():
    return load_curriculum()


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _messages(folder: Path) -> list[str]:
    return [str(p) for p in check_curriculum(folder)]


# --- modules ----------------------------------------------------------------------------------

def test_every_shipped_module_is_a_session_plan(cur):
    new = {"module.resolution-2023", "module.stages-scaling-support",
           "module.self-assessment-exercise", "module.action-planning"}
    assert new <= {m.id for m in cur.modules}
    for m in cur.modules:
        assert m.objectives and m.activities and m.facilitator_notes and m.discussion_prompts
        assert sum(a.duration_min for a in m.activities) == m.duration_min, m.id
        assert all(a.steps for a in m.activities), m.id
        # objectives say what a participant will be seen doing
        assert all(o.split()[0].strip(",") in {"Name", "Score", "Draft", "Explain", "Describe", "State",
                                    "Quote", "Compare", "Sort", "Place", "Choose", "Select",
                                    "Match", "Summarise", "Link", "Agree", "Write", "Review"}
                   for o in m.objectives), m.id
    assert cur.get("module.self-assessment-exercise").duration_min == 105


def test_a_module_without_a_plan_or_with_wrong_sums_is_reported(copy: Path):
    _edit(copy / "modules.yaml", "    duration_min: 105\n", "    duration_min: 100\n")
    _edit(copy / "modules.yaml", "      - Name the four thematic pillars",
          "      - Understand the four thematic pillars")
    text = (copy / "modules.yaml").read_text(encoding="utf-8")
    start = text.index("    discussion_prompts:\n", text.index("id: module.cases"))
    end = text.index("    source:", start)
    (copy / "modules.yaml").write_text(text[:start] + text[end:], encoding="utf-8")
    found = _messages(copy)
    assert any("module.self-assessment-exercise" in m and "activities" in m
               and "105" in m and "100" in m for m in found), found
    assert any("(module.cases).discussion_prompts" in m and "required" in m
               for m in found), found
    assert any("(module.pillars-thematic).objectives[0]" in m and "'understand'" in m
               for m in found), found


# --- templates --------------------------------------------------------------------------------

def test_shipped_templates_fill_their_days_and_count_them_right(cur):
    half = cur.get("template.guidelines-halfday")
    assert half.days == 0.5 and half.day_count == 1
    tdd = cur.get("template.tdd-5day")
    assert tdd.days == 5 and [d.day for d in tdd.schedule] == [1, 2, 3, 4, 5]
    day4 = [s for s in tdd.sessions if s.day == 4]
    assert sum(s.duration_min for s in day4) == 420  # the conference day, 09:30-16:30
    assert sum(s.kind == "break" for s in day4) == 3
    assert any(s.kind == "break" and s.duration_min >= 60 for s in day4), "day 4 has lunch"
    for template in cur.templates:
        for s in template.sessions:
            if s.kind != "break":
                assert s.objectives, (template.id, s.title)
            if s.kind == "exercise":
                assert s.instructions and s.materials and s.roles, (template.id, s.title)
    refs = {r for t in cur.templates for s in t.sessions for r in s.refs}
    assert {"worksheet.self-assessment", "worksheet.action-plan",
            "worksheet.peer-review"} <= refs


def test_a_gap_a_missing_lunch_and_a_wrong_day_count_are_reported(copy: Path):
    path = copy / "templates.yaml"
    # day 4: the lunch becomes a session -> no lunch, and a stretch of 4 h 30 without a break
    _edit(path, '{day: 4, start: "12:30", duration_min: 60, kind: break, title: Lunch}',
          '{day: 4, start: "12:30", duration_min: 60, kind: conference, title: Working lunch,'
          ' objectives: [Network]}')
    # day 1 ends later than its sessions
    _edit(path, '{day: 1, start: "09:00", end: "17:00"', '{day: 1, start: "09:00", end: "17:30"')
    # the half-day template claims a whole day
    _edit(path, "    days: 0.5\n", "    days: 1\n")
    found = _messages(copy)
    assert any("template.tdd-5day" in m and "day 4" in m and "no lunch" in m
               for m in found), found
    assert any("template.tdd-5day" in m and "without a break" in m for m in found), found
    assert any("schedule[0]" in m and "510 min" in m and "480" in m for m in found), found
    assert any("template.guidelines-halfday" in m and "half day" in m for m in found), found


def test_half_days_only(copy: Path):
    _edit(copy / "templates.yaml", "    days: 0.5\n", "    days: 0.7\n")
    assert any("whole or half" in m for m in _messages(copy))


# --- decks ------------------------------------------------------------------------------------

def test_jica_deck_shows_everything_the_source_lists(cur):
    deck = deck_item_ids(cur, "module.jica")
    kinds = [cur.kind_of(i) for i in deck]
    assert kinds.count("domain") == 5 and kinds.count("element") == 21
    assert kinds.count("stage") == 3 and kinds.count("scaling") == 2
    assert kinds.count("city-type") == 4 and kinds.count("support") == 10
    assert "jica.city-directions" in deck


def test_guidelines_deck_shows_all_characteristics_and_resolution_deck_all_principles(cur):
    deck = deck_item_ids(cur, "module.guidelines")
    assert sum(cur.kind_of(i) == "characteristic" for i in deck) == 4
    all_seven = {f"resolution.principle.{x}" for x in "abcdefg"}
    assert all_seven <= deck
    assert all_seven <= deck_item_ids(cur, "module.resolution-2023")
    # the bracketed proposals are marked on the slide itself, not only in the notes
    g = next(s for s in slides_for(cur, "module.resolution-2023")
             if s.item_id == "resolution.principle.g")
    assert "brackets" in g.subtitle and cur.get("resolution.principle.g").bracketed
    assert not cur.get("resolution.principle.c").bracketed


def test_a_questions_answer_item_is_added_to_its_deck(cur):
    for question in cur.questions:
        if getattr(question, "answer_item", None):
            assert question.answer_item in deck_item_ids(cur, question.module), question.id


def test_an_answer_item_that_shows_nowhere_is_reported(copy: Path):
    import yaml

    path = copy / "questions.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # a guidelines question that names another module as the item holding its answer
    data["questions"][0]["answer_item"] = "module.cases"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    found = _messages(copy)
    assert any(".answer_item" in m and "module.cases" in m and "not on the deck" in m
               for m in found), found


def test_our_advice_is_kept_out_of_jicas_recommendations(cur):
    growth = cur.get("jica.stage.sustainable-growth")
    assert not any("other cities" in r for r in growth.recommendations)
    assert any("other cities" in a for a in growth.our_advice)
    slide = slides_for(cur, growth.id)[0]
    assert slide.points == tuple(growth.recommendations)
    assert slide.advice and not any("other cities" in p for p in slide.points)
    # the brochure does not tie directions to the three city types: none is invented
    for t in ("large-representative", "regional-core", "industry-specialized"):
        city_type = cur.get(f"jica.city-type.{t}")
        assert city_type.directions == [] and "does not assign" in city_type.layout_note
    assert len(cur.get("jica.city-directions").points) == 6


# --- sources ----------------------------------------------------------------------------------

def test_every_seed_cited_is_in_the_registry_and_reads_as_a_citation(cur):
    registry = load_sources()
    assert len(registry) == 5
    cites = citations("001_eb67f122f51e2dbd.txt (World Smart Cities Outlook, UN-Habitat with "
                      "Edinburgh Napier University, launched at WUF12)")
    assert cites[0].text.startswith("UN-Habitat, Toward People-centred Smart Cities (slides), "
                                    "Kobe, 2025 — World Smart Cities Outlook")
    mixed = citations(cur.get("case.yokohama-smart-city-project").source)
    assert mixed[0].publisher.startswith("World Bank") and mixed[0].year == 2016
    assert "Toshiba (2014-2015)" in mixed[1].text and mixed[1].seed == ""
    jica = citations("002_81e228bfe4d17e36.txt")[0]
    assert jica.text == ("Japan International Cooperation Agency (JICA), Smart City Approach "
                         "towards Sustainable Urban Management (brochure)")


def test_a_seed_missing_from_the_registry_is_reported(copy: Path):
    _edit(copy / "sources.yaml", "  003_f1a999803d1432c9.txt:", "  003_0000000000000000.txt:")
    found = _messages(copy)
    assert any("003_f1a999803d1432c9.txt is not in sources.yaml" in m for m in found), found


def test_no_text_speaks_of_our_seed(cur):
    for item_id in cur.ids():
        item = cur.get(item_id)
        dump = getattr(item, "model_dump", None)
        if dump is None:
            continue
        text = " ".join(str(v) for k, v in dump().items() if k != "source")
        assert "our seed" not in text.casefold(), item_id


def test_a_key_point_figure_no_slide_shows_is_reported(copy: Path):
    _edit(copy / "modules.yaml", "      - 88% of municipalities report skill gaps; 44% have no",
          "      - 77% of municipalities report skill gaps; 44% have no")
    found = _messages(copy)
    assert any("(module.evidence).key_points[2]" in m and "states 77" in m for m in found), found
    # the totals the pillar decks claim are on their own slide
    assert not any("module.pillars-thematic" in m for m in found), found


def test_an_older_curriculum_without_session_plans_still_loads(copy: Path):
    """The session-plan rules are curriculum check's: the app still runs an old folder."""
    import yaml

    from pcsc_workshop.core.curriculum import load_curriculum as load

    path = copy / "modules.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for module in data["modules"]:
        for name in ("objectives", "duration_min", "activities", "facilitator_notes",
                     "discussion_prompts"):
            module.pop(name, None)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    tpath = copy / "templates.yaml"
    tdata = yaml.safe_load(tpath.read_text(encoding="utf-8"))
    for template in tdata["templates"]:
        template.pop("schedule", None)
    tpath.write_text(yaml.safe_dump(tdata, allow_unicode=True), encoding="utf-8")
    cur = load(copy)
    assert cur.get("module.jica").objectives == [] and cur.get("module.jica").key_points
    found = _messages(copy)
    assert any("(module.jica).objectives" in m and "required" in m for m in found), found
    assert any("(template.tdd-5day).schedule" in m for m in found), found
