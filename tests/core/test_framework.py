"""The JICA framework the pages show: from the curriculum, or from the stable ids without it."""

from __future__ import annotations

from pcsc_workshop.core.curriculum import CurriculumError, load_curriculum
from pcsc_workshop.core.framework import CITY_TYPES, STAGES, load_framework


def test_from_the_curriculum_the_elements_carry_their_rubric_and_the_stages_their_advice():
    fw = load_framework(load_curriculum)
    assert fw.from_curriculum and len(fw.elements) == 21
    assert all(len(e.descriptors) == 5 for e in fw.elements)
    assert fw.rubric_rules  # how to score, stated once in the curriculum
    assert set(STAGES) <= set(fw.stages) and all(fw.stages[s].recommendations for s in STAGES)
    assert set(CITY_TYPES) <= set(fw.city_types)
    cur = load_curriculum()
    first = cur.stages[0]
    assert fw.stage_name(first.id) == first.name  # the curriculum's own words


def test_a_curriculum_that_fails_to_load_leaves_readable_names_on_the_stable_ids():
    def broken():
        raise CurriculumError([])

    for source in (None, broken):
        fw = load_framework(source)
        assert not fw.from_curriculum and len(fw.elements) == 21
        assert fw.stage_name("jica.stage.small-start") == "Small start"
        assert fw.city_types["jica.city-type.regional-core"] == "Regional core"
        assert fw.rubric_rules == ()
