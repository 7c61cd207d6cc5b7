"""Translation overlays: the layout, per-field fallback, and the checks a translator relies on."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from pcsc_workshop.core.curriculum import check_curriculum, default_folder, load_curriculum
from pcsc_workshop.core.curriculum.glossary import render_glossary
from pcsc_workshop.core.curriculum.translation_check import numbers
from tests.core.cli_support import CliResult, run_cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "pcsc"
    shutil.copytree(default_folder(), target)
    # a clean slate: only the Spanish file this test writes, no language required complete
    shutil.rmtree(target / "translations")
    (target / "translations" / "es").mkdir(parents=True)
    _declare(target, "en")
    return target


def _write(folder: Path, lang: str, name: str, items: dict) -> None:
    path = folder / "translations" / lang / name
    path.write_text(yaml.safe_dump({"language": lang, "items": items}, allow_unicode=True),
                    encoding="utf-8")


def _declare(folder: Path, *languages: str) -> None:
    path = folder / "manifest.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("languages:")
    end = text.index("\n", start)
    path.write_text(text[:start] + f"languages: [{', '.join(languages)}]" + text[end:],
                    encoding="utf-8")


def _english(item_id: str, field: str):
    return load_curriculum().text(item_id, field)


def test_overlay_per_field_with_lists_and_nested_fields_given_whole(copy: Path):
    descriptors = [f"Nivel {word}: descripción" for word in ("cero", "uno", "dos", "tres",
                                                            "cuatro")]
    _write(copy, "es", "elements.yaml", {
        "jica.element.data-utilization": {"name": "Aprovechamiento de los datos",
                                          "descriptors": descriptors}})
    _write(copy, "es", "pillars.yaml", {
        "pillar.shared-prosperity": {
            "name": "Prosperidad compartida",
            # nested: the count may be left out (kept from the English)
            "principles": {"example": "Un ejemplo en español."}}})
    es = load_curriculum(copy, language="es")
    element = es.get("jica.element.data-utilization")
    assert element.name == "Aprovechamiento de los datos"
    assert element.descriptors == descriptors
    # the untranslated description falls back to English, and is marked as such
    assert element.description == _english("jica.element.data-utilization", "description")
    assert es.is_english_fallback(element, "description")
    assert not es.is_english_fallback(element, "name")
    pillar = es.get("pillar.shared-prosperity")
    assert pillar.principles.example == "Un ejemplo en español."
    assert pillar.principles.count == load_curriculum().get(pillar.id).principles.count
    # another language of the same curriculum on demand
    assert es.text(element, "name", "en") == "Data Utilization"
    assert "es" in es.available_languages


def test_broken_translation_file_never_stops_the_app(copy: Path):
    (copy / "translations" / "es" / "cases.yaml").write_text("items: [unclosed\n", "utf-8")
    _write(copy, "es", "jica.yaml", {"jica.stage.accelerate": {"name": "Aceleración (Accelerate)"}})
    es = load_curriculum(copy, language="es")
    assert es.get("jica.stage.accelerate").name == "Aceleración (Accelerate)"
    case = es.case_studies[0]
    assert case.name == _english(case.id, "name") and es.is_english_fallback(case, "name")
    assert any(p.file == "translations/es/cases.yaml" and "YAML" in p.message
               for p in check_curriculum(copy))


def test_wrong_shape_keeps_english_for_that_field_only_and_is_reported(copy: Path):
    _write(copy, "es", "elements.yaml", {
        "jica.element.data-utilization": {"name": "Aprovechamiento de los datos",
                                          "descriptors": ["solo", "tres", "niveles"]}})
    es = load_curriculum(copy, language="es")
    element = es.get("jica.element.data-utilization")
    assert element.name == "Aprovechamiento de los datos"
    assert element.descriptors == list(load_curriculum().get(element.id).descriptors)
    assert es.is_english_fallback(element, "descriptors")
    problems = check_curriculum(copy)
    assert any(p.file == "translations/es/elements.yaml"
               and p.field == "items.jica.element.data-utilization.descriptors"
               and "3 entries" in p.message and "5" in p.message for p in problems), problems


def test_declared_language_must_be_complete_naming_file_item_and_field(copy: Path):
    _declare(copy, "en", "es")
    _write(copy, "es", "jica.yaml", {"jica.stage.accelerate": {"name": "Aceleración (Accelerate)"}})
    problems = check_curriculum(copy)
    missing = [p for p in problems if "missing 'es' translation" in p.message]
    assert any(p.file == "translations/es/jica.yaml"
               and p.field == "items.jica.stage.accelerate.description" for p in missing)
    assert any(p.file == "translations/es/cases.yaml"
               and p.field.startswith("items.case.") for p in missing)
    assert not any(p.field == "items.jica.stage.accelerate.name" for p in missing)
    # undeclared, the same partial language is fine: the app shows English where it lacks
    _declare(copy, "en")
    assert check_curriculum(copy) == []


def test_numbers_years_and_percentages_must_survive(copy: Path):
    english = load_curriculum().get("stat.wsco.strategy-share")
    if english is None:  # ids may move; take any statistic with a percentage
        english = next(s for s in load_curriculum().statistics if "%" in s.statement)
    wanted = numbers(english.statement)
    assert wanted, english.statement
    changed = english.statement
    first = next(iter(wanted)).rstrip("%")
    changed = changed.replace(first, str(int(float(first)) + 1) if "." not in first
                              else first + "1", 1)
    _write(copy, "es", "evidence.yaml", {english.id: {"statement": changed}})
    problems = check_curriculum(copy)
    assert any(p.field == f"items.{english.id}.statement" and "numbers differ" in p.message
               and first in p.message for p in problems), problems
    # the same numbers written the Spanish way pass
    spanish = english.statement.replace("%", " %")
    _write(copy, "es", "evidence.yaml", {english.id: {"statement": spanish}})
    assert not [p for p in check_curriculum(copy) if "numbers differ" in p.message]


def test_number_normalisation_across_scripts_and_separators():
    assert numbers("11,700 words in 2023, 60% and 0.76") == numbers(
        "11 700 mots en 2023, 60 % et 0,76")
    assert numbers("١٢ مدينة في ٢٠١٦") == numbers("12 cities in 2016")
    assert numbers("1.500 personas") == numbers("1,500 people")
    assert numbers("60 people") != numbers("60% of people")


def test_markdown_structure_and_glossary_terms(copy: Path):
    english = load_curriculum().get("guidelines.overview")
    assert "\n- " not in english.why and "people-centred smart cities" in english.why
    listed = english.why + "\n\n- a list the English does not have"
    _write(copy, "es", "guidelines.yaml", {"guidelines.overview": {
        "why": listed,  # English text plus a list: structure and glossary both differ
        "name": "Directrices internacionales sobre ciudades inteligentes centradas en las "
                "personas"}})
    problems = check_curriculum(copy)
    at = "items.guidelines.overview.why"
    assert any(p.field == at and "list items" in p.message for p in problems), problems
    assert any(p.field == at and "glossary term 'people-centred smart city'" in p.message
               and "ciudad inteligente centrada en las personas" in p.message
               for p in problems), problems
    assert not any(p.field == "items.guidelines.overview.name" for p in problems)


def test_unknown_id_field_and_old_layout_are_reported(copy: Path):
    _write(copy, "es", "jica.yaml", {"jica.stage.nope": {"name": "x"},
                                     "jica.stage.accelerate": {"colour": "rojo"}})
    (copy / "translations" / "fr.yaml").write_text("language: fr\nitems: {}\n", "utf-8")
    problems = check_curriculum(copy)
    assert any(p.field == "items.jica.stage.nope" and "unknown id" in p.message
               for p in problems)
    assert any(p.field == "items.jica.stage.accelerate.colour" for p in problems)
    assert any(p.file == "translations/fr.yaml" and "old layout" in p.message
               for p in problems)


def _cli(*args: str) -> CliResult:
    return run_cli(*args)


def test_stamp_then_stale_warning_after_the_english_changes(copy: Path):
    _write(copy, "es", "jica.yaml", {"jica.stage.accelerate": {"name": "Aceleración (Accelerate)"}})
    done = _cli("curriculum", "stamp", str(copy))
    assert done.returncode == 0, done.stderr
    stamps = json.loads((copy / "translations/es/.stamps.json").read_text("utf-8"))
    assert set(stamps) == {"jica.stage.accelerate"}
    assert not check_curriculum(copy, warnings=True)
    jica = copy / "jica.yaml"
    jica.write_text(jica.read_text("utf-8").replace("name: Accelerate", "name: Accelerating",
                                                    1), "utf-8")
    warnings = check_curriculum(copy, warnings=True)
    assert any(p.warning and "stale" in p.message
               and p.field == "items.jica.stage.accelerate.name" for p in warnings), warnings
    assert check_curriculum(copy) == []  # a warning does not make the folder unusable
    checked = _cli("curriculum", "check", str(copy))
    assert checked.returncode == 0 and "stale" in checked.stdout
    assert _cli("curriculum", "check", "--strict", str(copy)).returncode == 1


def test_show_json_in_a_language_marks_english_fallbacks(copy: Path):
    _write(copy, "es", "jica.yaml", {"jica.stage.accelerate": {"name": "Aceleración (Accelerate)"}})
    shown = _cli("curriculum", "show", "--json", "--language", "es", str(copy))
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["language"] == "es"
    stage = next(s for s in data["stages"] if s["id"] == "jica.stage.accelerate")
    assert stage["name"] == "Aceleración (Accelerate)"
    assert "description" in data["english_fallback"]["jica.stage.accelerate"]
    assert "name" not in data["english_fallback"]["jica.stage.accelerate"]
    refused = _cli("curriculum", "show", "--json", "--language", "de", str(copy))
    assert refused.returncode != 0 and "'de'" in refused.stderr


def test_glossary_doc_is_rendered_from_the_terms():
    terms = ROOT / "curricula" / "pcsc" / "terms.yaml"
    assert (ROOT / "docs" / "glossary.md").read_text("utf-8") == render_glossary(terms), (
        "docs/glossary.md is out of date: run scripts/render_glossary")
    data = yaml.safe_load(terms.read_text("utf-8"))
    for term in data["terms"]:
        for lang in ("en", "fr", "es", "pt", "ar"):
            assert term[lang]["term"], (term["id"], lang)
            if lang != "en":
                assert term[lang]["status"] in ("official", "official-unverified", "usage",
                                                "ours"), (term["id"], lang)


def test_quiz_gains_compare_whichever_language_each_check_was_taken_in(copy: Path, store,
                                                                        demo_id):
    """A participant reads the check in French before the session and in Spanish after it:
    answers are stored by option position, which a translation cannot move, so the gain is
    the one the same choices give in English."""
    from pcsc_workshop.core.people import list_participants
    from pcsc_workshop.core.quiz import compute_gains, list_attempts, record_attempt

    en = load_curriculum(copy)
    module = en.questions[0].module
    questions = en.questions_for(module)
    for lang, word in (("fr", "Réponse"), ("es", "Respuesta")):
        (copy / "translations" / lang).mkdir(parents=True, exist_ok=True)
        _write(copy, lang, "questions.yaml", {
            q.id: {"prompt": f"{word} ? {q.id}",
                   # numbers kept so the check passes; the text says which option it is
                   "options": [f"{word} {letter}: {opt}" for letter, opt in
                               zip("ABCDEF", q.options, strict=False)]}
            for q in questions})
    fr, es = load_curriculum(copy, language="fr"), load_curriculum(copy, language="es")
    assert fr.get(questions[0].id).prompt.startswith("Réponse")
    # the reader picks, in French, the option whose French text is the right answer's
    pre = {}
    for q in questions[: len(questions) // 2]:
        shown = fr.get(q.id).options
        pre[q.id] = shown.index(f"Réponse {'ABCDEF'[q.answer]}: {q.options[q.answer]}")
    post = {q.id: es.get(q.id).options.index(
        f"Respuesta {'ABCDEF'[q.answer]}: {q.options[q.answer]}") for q in questions}
    with store.session() as s:
        person = list_participants(s, demo_id)[0].id
        record_attempt(s, fr, demo_id, person, module, "pre", pre)
        record_attempt(s, es, demo_id, person, module, "post", post)
        attempts = list_attempts(s, demo_id, person)
    english_pre = 100.0 * len(pre) / len(questions)
    assert [round(a.percent, 6) for a in attempts] == [round(english_pre, 6), 100.0]
    report = compute_gains(attempts)
    assert report.by_module[module].mean_gain == pytest.approx(100.0 - english_pre)
    # a translation cannot move the right answer: `answer` is not a text field
    moved = (questions[0].answer + 1) % len(questions[0].options)
    _write(copy, "fr", "questions.yaml", {questions[0].id: {"answer": moved}})
    problems = check_curriculum(copy)
    assert any(p.field == f"items.{questions[0].id}.answer" and "must stay" in p.message
               for p in problems)
    assert load_curriculum(copy, language="fr").get(questions[0].id).answer == questions[0].answer


def test_stats_count_items_words_and_identical_texts(copy: Path):
    _write(copy, "es", "jica.yaml", {
        "jica.stage.accelerate": {"name": "Aceleración (Accelerate)",
                                  "description": _english("jica.stage.accelerate",
                                                          "description")}})
    shown = _cli("curriculum", "stats", "--json", str(copy))
    assert shown.returncode == 0, shown.stderr
    es = json.loads(shown.stdout)["es"]
    assert es["items"] == 1 and es["fields"] == 2 and es["texts"] == 2
    assert es["identical"] == 1  # the description was copied, not translated
    assert es["identical_examples"] == ["jica.stage.accelerate.description"]


def test_hostile_values_are_reported_and_the_app_shows_english(copy: Path):
    (copy / "translations" / "es" / "jica.yaml").write_text(
        "language: es\nitems:\n"
        "  jica.stage.accelerate:\n    name: 12345\n    recommendations: Not a list\n"
        "  jica.stage.small-start: just a string\n", "utf-8")
    problems = check_curriculum(copy)
    assert any(p.file == "translations/es/jica.yaml" for p in problems), problems
    es = load_curriculum(copy, language="es")  # the file is refused whole: English
    stage = es.get("jica.stage.accelerate")
    assert stage.name == "Accelerate" and es.is_english_fallback(stage, "name")
    _write(copy, "es", "jica.yaml", {"jica.stage.accelerate": {
        "name": 12345, "recommendations": "Not a list",
        "description": "<b>Descripción</b> [link](file:///etc/passwd)"}})
    problems = check_curriculum(copy)
    at = "items.jica.stage.accelerate"
    assert any(p.field == f"{at}.name" and "expected a text" in p.message for p in problems)
    assert any(p.field == f"{at}.recommendations" and "list" in p.message for p in problems)
    assert any(p.field == f"{at}.description" and "links to" in p.message for p in problems)
    es = load_curriculum(copy, language="es")
    stage = es.get("jica.stage.accelerate")
    assert stage.name == "Accelerate" and stage.recommendations  # English, never empty
