"""The curriculum page shows the course: session plans, templates' days, worksheets, and our
advice and the draft's brackets labelled as such."""

from __future__ import annotations


def _open(make_window):
    window = make_window()
    page = window.show_page("curriculum")
    page.ensure_loaded()
    return page


def _show(page, item_id: str) -> str:
    page.tree.setCurrentItem(page._tree_items[item_id])
    return page.view.toPlainText()


def test_a_module_reads_as_a_session_plan(make_window, qtbot):
    page = _open(make_window)
    text = _show(page, "module.self-assessment-exercise")
    assert text.index("Learning objectives") < text.index("Key points") < text.index("Activities")
    assert "Delegation consensus — Exercise · 45 min" in text
    assert "Facilitator's notes (our advice)" in text and "Discussion prompts" in text
    assert "Self-assessment worksheet (21 elements)" in text  # the activity's worksheet


def test_a_template_shows_its_days_and_what_to_do_in_each_session(make_window, qtbot):
    page = _open(make_window)
    text = _show(page, "template.tdd-5day")
    assert "Smart cities conference with the host city — Day 4 · 09:30–16:30" in text
    assert "Lunch — Day 4 · 12:30 · Break · 60 min" in text
    assert "Gallery walk and peer review of action plans" in text
    assert "Roles" in text and "Instructions" in text
    worksheet = _show(page, "worksheet.peer-review")
    assert "What participants write" in worksheet and "Read the plan for five minutes" in worksheet


def test_our_advice_and_the_drafts_brackets_are_labelled(make_window, qtbot):
    page = _open(make_window)
    stage = _show(page, "jica.stage.sustainable-growth")
    advice = stage.index("Our advice (not from the source)")
    assert stage.index("Achieve urban management") < advice < stage.index("Share knowledge")
    principle = _show(page, "resolution.principle.g")
    assert "Wholly a bracketed proposal in the draft: yes" in principle
    assert "In the draft of 22 May 2023" in principle
    assert "Wholly a bracketed" not in _show(page, "resolution.principle.c")
    city = _show(page, "jica.city-type.regional-core")
    assert "How the source presents it" in city and "does not assign" in city


def test_a_pillar_name_is_isolated_inside_a_translated_totals_line(qtbot):
    from pcsc_workshop.core.curriculum.slides import Row
    from pcsc_workshop.ui.presenter.words import SlideWords

    text = SlideWords().row_label(Row(label="Shared Prosperity", value="6", detail="22",
                                      code="pillar-total"))
    assert text == "\u2068Shared Prosperity\u2069 — principles: 6 · actions: 22"


def test_the_urban_context_figures_have_a_named_group_in_the_tree(make_window, qtbot):
    page = _open(make_window)
    node = page._tree_items["stat.covid-cases-urban"]
    assert node.parent().text(0) == "Urban context"
    assert node.text(0).startswith("more than 90%")
