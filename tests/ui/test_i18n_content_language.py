"""Content language, apart from the interface language: switched from the sidebar, the pages
show the curriculum, quiz and assessment in that language; English only where a field is not
translated yet, and marked.

The expected words are read from the shipped translation files themselves, so the tests follow
the translators' work; a language whose files do not translate a field yet is reported as a
skip naming what is missing (not a pass).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt

from pcsc_workshop.core.curriculum import default_folder, load_curriculum

LANGUAGES = ("fr", "es", "pt", "ar")


def _overlay(lang: str) -> dict[str, dict]:
    items: dict[str, dict] = {}
    for path in sorted((default_folder() / "translations" / lang).glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8")) or {}
        items.update(data.get("items") or {})
    return items


def _first(lang: str, prefix: str, field: str) -> tuple[str, object]:
    for item_id, fields in _overlay(lang).items():
        if item_id.startswith(prefix) and fields.get(field):
            return item_id, fields[field]
    pytest.skip(f"no {lang} translation of any {prefix}* {field} on this branch yet")


def _switch(window, qtbot, lang: str) -> None:
    picker = window.content_language
    picker.setCurrentIndex(picker.findData(lang))
    qtbot.waitUntil(lambda: window.ctx.content_language() == lang, timeout=5000)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_case_study_title_and_text_on_the_curriculum_page(window, qtbot, sync_ops, lang):
    case_id, case_name = _first(lang, "case.", "name")
    _switch(window, qtbot, lang)
    page = window.show_page("curriculum")
    page.ensure_loaded()
    assert page.select_item(case_id)
    assert page.view.toPlainText().startswith(case_name)
    assert page._tree_items[case_id].text(0) == case_name  # the tree names it so too
    lessons = _overlay(lang)[case_id].get("lessons")
    if lessons:
        assert " ".join(lessons[0].split()) in " ".join(page.view.toPlainText().split())
    if lang == "ar":  # Arabic content reads right to left, whatever the interface
        from PySide6.QtCore import Qt

        option = page.view.document().defaultTextOption()
        assert option.textDirection() == Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize("lang", LANGUAGES)
def test_element_descriptor_on_the_curriculum_page(window, qtbot, sync_ops, lang):
    element_id, descriptors = _first(lang, "jica.element.", "descriptors")
    _switch(window, qtbot, lang)
    page = window.show_page("curriculum")
    page.ensure_loaded()
    assert page.select_item(element_id)
    shown = page.view.toPlainText()
    assert descriptors[2].split()[0] in shown and " ".join(descriptors[2].split()) in " ".join(
        shown.split())
    english = load_curriculum().get(element_id).descriptors[2]
    assert " ".join(english.split()) not in " ".join(shown.split())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_stage_guidance_in_the_content_language(window, qtbot, sync_ops, lang):
    stage_id, recommendations = _first(lang, "jica.stage.", "recommendations")
    _switch(window, qtbot, lang)
    page = window.show_page("curriculum")
    page.ensure_loaded()
    assert page.select_item(stage_id)
    text = " ".join(page.view.toPlainText().split())
    assert " ".join(recommendations[0].split()) in text
    # and on the assessment page, where the suggested stage's guidance is shown
    assessment = window.show_page("assessment")
    assessment.ensure_loaded()
    stage = assessment.framework.stages[stage_id]
    assert list(stage.recommendations) == list(recommendations)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_quiz_question_in_the_content_language(window, qtbot, sync_ops, lang):
    question_id, prompt = _first(lang, "quiz.", "prompt")
    cur = load_curriculum(language=lang)
    module_id = cur.get(question_id).module
    _switch(window, qtbot, lang)
    page = window.show_page("quiz")
    page.ensure_loaded()
    page.module.setCurrentIndex(page.module.findData(module_id))
    page.start_check()
    from PySide6.QtWidgets import QLabel

    labels = [w.text() for w in page.form_host.findChildren(QLabel) if w.isVisible()]
    assert prompt in labels
    assert cur.get(module_id).name == page.module.currentText()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_assessment_descriptors_in_the_content_language(window, qtbot, sync_ops, lang):
    element_id, descriptors = _first(lang, "jica.element.", "descriptors")
    _switch(window, qtbot, lang)
    page = window.show_page("assessment")
    page.ensure_loaded()
    row = page.form.rows[element_id]
    tips = [row.combo.itemData(i, 3) or "" for i in range(row.combo.count())]  # ToolTipRole
    assert any(" ".join(descriptors[1].split()) in " ".join(str(t).split()) for t in tips), tips


def test_working_language_is_the_default_and_a_reader_may_switch(window, qtbot, sync_ops,
                                                                  store, demo_id):
    from pcsc_workshop.core.models import Workshop

    ctx = window.ctx
    assert ctx.content_language() == "en"
    with store.session() as session:
        session.get(Workshop, demo_id).language = "fr"
    from pcsc_workshop.door import Changes

    ctx.changes.publish(Changes.of(workshops=demo_id))  # what the workshop page's save publishes
    assert ctx.working_language() == "fr"
    assert ctx.content_language() == "fr"  # the facilitator's working language by default
    assert window.content_language.itemText(0).endswith("(Français)")
    page = window.show_page("curriculum")
    page.ensure_loaded()
    assert page.cur.language == "fr"
    assert page.tree.topLevelItem(0).child(0).child(0).text(0) == "Prospérité partagée"
    _switch(window, qtbot, "en")  # this reader prefers English: only their view changes
    assert page.cur.language == "en"
    assert page.tree.topLevelItem(0).child(0).child(0).text(0) == "Shared Prosperity"
    window.content_language.setCurrentIndex(0)  # back to the workshop's language
    qtbot.waitUntil(lambda: ctx.content_language() == "fr", timeout=5000)


def test_untranslated_field_falls_back_to_english_marked_and_side_by_side(window, qtbot,
                                                                           sync_ops):
    missing, lang = None, ""
    for lang in ("es", "pt", "fr", "ar"):  # the first language with a field still in English
        fr = load_curriculum(language=lang)
        missing = next(((i, f) for i in fr.ids() for f in fr.missing_fields(i)
                        if fr.kind_of(i) in ("element", "case-study", "stage", "pillar")), None)
        if missing is not None and (default_folder() / "translations" / lang).is_dir():
            break
    if missing is None:
        pytest.skip("every translation is complete: nothing falls back")
    item_id, field = missing
    _switch(window, qtbot, lang)
    page = window.show_page("curriculum")
    page.ensure_loaded()
    page.select_item(item_id)
    text = page.view.toPlainText()
    assert "Not yet translated, shown in English" in text  # in the interface language
    from pcsc_workshop.core.curriculum.overlays import texts_of, translatable_fields

    en = load_curriculum()
    english_item = en.get(item_id)
    shape = translatable_fields(english_item)[field]
    texts = [t for _path, t in texts_of(shape, english_item.model_dump(mode="json")[field])]
    shown = " ".join(text.split())
    assert any(" ".join(t.split())[:30] in shown for t in texts), (field, texts[:2])
    # side by side with English: a second column, the same item in English
    page.compare_language.setCurrentIndex(page.compare_language.findData("en"))
    assert page.compare_view.isVisible()
    assert page.compare_view.toPlainText().startswith(load_curriculum().title_of(item_id))
    assert page.view.toPlainText().startswith(fr.title_of(item_id))


def test_presenter_notes_in_the_presenters_language_slides_in_the_workshops(
        window, qtbot, sync_ops, store, demo_id):
    from pcsc_workshop.core.models import Workshop
    from pcsc_workshop.ui.presenter import deck_for, notes_for, slide_language

    with store.session() as session:
        session.get(Workshop, demo_id).language = "fr"
    from pcsc_workshop.door import Changes

    window.ctx.changes.publish(Changes.of(workshops=demo_id))  # as the workshop page's save
    _switch(window, qtbot, "en")  # the presenter reads English
    assert slide_language(window.ctx) == "fr"
    title, slides, _module = deck_for(window.ctx, "pillar.shared-prosperity")
    assert title == "Prospérité partagée"
    notes = notes_for(window.ctx, "pillar.shared-prosperity", slides)
    assert len(notes) == len(slides)
    assert notes[0].title == "Shared Prosperity"  # the presenter's deck, for its notes
    # the running presentation shows the slide from one deck and the notes from the other
    from dataclasses import replace

    from PySide6.QtGui import QGuiApplication

    from pcsc_workshop.ui.presenter.session import Presentation

    own = [replace(n, notes=(f"Note in English {i}",)) for i, n in enumerate(notes)]
    screen = QGuiApplication.screens()[0]
    show = Presentation(slides, title, 5, screen, None, window, notes_slides=own)
    try:
        assert show.audience.slide_view.slide.title == "Prospérité partagée"
        assert "Note in English 0" in show.notes_html(slides[0])
        show.next()
        assert "Note in English 1" in show.notes_html(slides[1])
    finally:
        show.close()


def test_local_item_in_two_languages(window, qtbot, sync_ops, store, demo_id):
    from pcsc_workshop.core.local_content import add_local_item

    with store.session() as session:
        info = add_local_item(session, demo_id, kind="case_study", title="Sfax smart mobility",
                              body="Buses with live arrival times.",
                              data={"language": "en", "translations": {
                                  "ar": {"title": "التنقل الذكي في صفاقس",
                                         "body": "حافلات بمواعيد وصول مباشرة."}}},
                              source="Municipality of Sfax")
    page = window.show_page("curriculum")
    page.ensure_loaded()
    page.load()
    assert page.select_item(info.id)
    assert page.view.toPlainText().startswith("Sfax smart mobility")
    if "ar" in window.ctx.curriculum_languages():  # the reader's version when written
        _switch(window, qtbot, "ar")
        page.ensure_loaded()
        page.select_item(info.id)
        assert page.view.toPlainText().startswith("التنقل الذكي في صفاقس")
    local = window.show_page("local_content")
    local.ensure_loaded()
    row = next(r for r in range(local.list.count())
               if local.list.item(r).data(Qt.ItemDataRole.UserRole) == info.id)
    assert local.list.item(row).text().endswith("· en, ar")
    local.list.setCurrentRow(row)
    local.language.setCurrentIndex(local.language.findData("ar"))
    assert local.title_edit.text() == "التنقل الذكي في صفاقس"
    local.language.setCurrentIndex(local.language.findData("fr"))
    assert local.title_edit.text() == "" and "Français" in local.message.text()
    local.title_edit.setText("Mobilité intelligente à Sfax")
    local.body.setPlainText("Des bus avec les heures d’arrivée en direct.")
    values = local.form_values()
    assert values["title"] == "Sfax smart mobility" and values["data"]["language"] == "en"
    assert set(values["data"]["translations"]) == {"ar", "fr"}


def test_bad_translation_file_is_english_not_a_crash(tmp_path: Path):
    import shutil

    target = tmp_path / "pcsc"
    shutil.copytree(default_folder(), target)
    lang_dir = target / "translations" / "fr"
    for path in lang_dir.glob("*.yaml"):
        path.write_text("items: [broken\n", "utf-8")
    fr = load_curriculum(target, language="fr")
    element = fr.elements[0]
    assert element.name == load_curriculum(target).elements[0].name  # English, not empty
    assert fr.is_english_fallback(element, "name")


def test_assessment_form_words_follow_the_content_language_in_place(window, qtbot, sync_ops):
    """The 21 rows are not rebuilt (350-700 ms): names and descriptors are swapped in them."""
    from PySide6.QtWidgets import QLabel

    page = window.show_page("assessment")
    page.ensure_loaded()
    row = page.form.rows["jica.element.data-utilization"]
    fr = load_curriculum(language="fr")
    _switch(window, qtbot, "fr")
    page.ensure_loaded()
    assert page.form.rows["jica.element.data-utilization"] is row  # the same widgets
    label = row.parentWidget().layout().labelForField(row)
    assert isinstance(label, QLabel) and fr.get("jica.element.data-utilization").name in \
        label.text()
    descriptors = fr.get("jica.element.data-utilization").descriptors
    assert row.combo.itemData(3, Qt.ItemDataRole.ToolTipRole) == descriptors[2]
    domains = {i.toPlainText() for i in page.radar.frame_items}
    assert fr.get("jica.domain.policy").name in domains
    assert page.framework.stages["jica.stage.accelerate"].name == fr.get(
        "jica.stage.accelerate").name
    _switch(window, qtbot, "en")
    page.ensure_loaded()
    assert "Data Utilization" in label.text()
    assert "Policy" in {i.toPlainText() for i in page.radar.frame_items}


def test_assessment_marks_levels_shown_in_english(window, qtbot, sync_ops):
    english, lang = [], ""
    for lang in ("es", "pt", "fr", "ar"):
        cur = load_curriculum(language=lang)
        english = [e for e in cur.elements if cur.is_english_fallback(e, "descriptors")]
        if english and (default_folder() / "translations" / lang).is_dir():
            break
    if not english:
        pytest.skip("every translation has the elements' levels")
    _switch(window, qtbot, lang)
    page = window.show_page("assessment")
    page.ensure_loaded()
    page._refresh_figures()  # as after any edit
    text = page.coverage_label.text()
    assert f"levels of {len(english)} element" in text and "shown in English" in text
