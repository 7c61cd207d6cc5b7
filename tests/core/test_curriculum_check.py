"""`check_curriculum` passes the shipped folder and names file and field of each problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pcsc_workshop.core.curriculum import (
    CurriculumError,
    check_curriculum,
    default_folder,
    load_curriculum,
)


@pytest.fixture()
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "pcsc"
    shutil.copytree(default_folder(), target)
    return target


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_shipped_curriculum_has_no_problems():
    assert check_curriculum(default_folder()) == []


def test_broken_copy_reports_each_problem_with_file_and_field(copy: Path):
    # 1. delete a required field
    _edit(copy / "elements.yaml", "    name: Data Utilization\n", "")
    # 2. a dangling cross-link
    _edit(copy / "cases.yaml", "      - jica.element.helix-partnership\n",
          "      - jica.element.does-not-exist\n")
    # 3. a duplicate id
    _edit(copy / "jica.yaml", "  - id: jica.stage.accelerate", "  - id: jica.stage.small-start")
    # 4. a count that no longer adds up
    _edit(copy / "pillars.yaml", "        count: 11\n", "        count: 12\n")
    problems = check_curriculum(copy)
    text = [str(p) for p in problems]
    assert any(p.file == "elements.yaml" and p.field.endswith("(jica.element.data-utilization).name")
               and "missing" in p.message for p in problems), text
    assert any(p.file == "cases.yaml" and ".related[" in p.field
               and "jica.element.does-not-exist" in p.message for p in problems), text
    assert any(p.file == "jica.yaml" and p.field.startswith("stages[1]")
               and "duplicate id 'jica.stage.small-start'" in p.message for p in problems), text
    assert any(p.file == "manifest.yaml" and p.field == "totals.actions"
               and "173" in p.message for p in problems), text
    # the item with the missing field is still known: links to it are not reported as dangling
    assert not any("'jica.element.data-utilization'" in p.message for p in problems), text


def test_wrong_type_and_unknown_field(copy: Path):
    _edit(copy / "pillars.yaml", "    number: 3\n", "    number: three\n    colour: red\n")
    problems = check_curriculum(copy)
    fields = {(p.file, p.field.split(".")[-1]) for p in problems}
    assert ("pillars.yaml", "number") in fields
    assert ("pillars.yaml", "colour") in fields


def test_yaml_syntax_error_names_the_line(copy: Path):
    path = copy / "evidence.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[9] = "  value: [unclosed"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = check_curriculum(copy)
    assert problems and problems[0].file == "evidence.yaml"
    assert problems[0].field.startswith("line ") and "YAML syntax error" in problems[0].message


def test_descriptor_count_and_translation_of_unknown_id(copy: Path):
    _edit(copy / "elements.yaml",
          "      - \"No one on the city's side can write technical specifications.\"\n", "")
    _edit(copy / "translations/fr/jica.yaml", "  jica.stage.accelerate:",
          "  jica.stage.accelerated:")
    problems = check_curriculum(copy)
    assert any(p.field.endswith("(jica.element.organizational-capacity).descriptors")
               and "found 4" in p.message for p in problems)
    assert any(p.file == "translations/fr/jica.yaml" and p.field == "items.jica.stage.accelerated"
               for p in problems)


def test_missing_manifest_file_is_reported(copy: Path):
    (copy / "cases.yaml").unlink()
    problems = check_curriculum(copy)
    assert any(p.file == "manifest.yaml" and "cases.yaml" in p.message for p in problems)


def test_load_refuses_a_broken_folder_with_the_same_message(copy: Path):
    _edit(copy / "elements.yaml", "    domain_id: jica.domain.system\n",
          "    domain_id: jica.stage.accelerate\n")
    with pytest.raises(CurriculumError) as info:
        load_curriculum(copy)
    assert "elements.yaml" in str(info.value) and "domain_id" in str(info.value)
    assert "is not a domain" in str(info.value)


def test_load_picks_up_an_edited_file(copy: Path):
    first = load_curriculum(copy)
    assert load_curriculum(copy) is first  # cached
    _edit(copy / "pillars.yaml", "    name: Shared Prosperity\n",
          "    name: Shared Prosperity for All\n")
    assert load_curriculum(copy).title_of("pillar.shared-prosperity") == \
        "Shared Prosperity for All"


def test_question_and_rubric_rules_name_file_and_field(copy: Path):
    # a key with no explanation, an answer item that does not exist, a level with no check
    _edit(copy / "questions.yaml",
          "  - 31 is the number of experts in the Expert Working Group, not of member states.\n", "")
    _edit(copy / "questions.yaml", "  answer_item: stat.skill-gap\n",
          "  answer_item: stat.no-such-figure\n")
    _edit(copy / "elements.yaml", '      - "The procedure document."\n', "")
    problems = check_curriculum(copy)
    text = [str(p) for p in problems]
    assert any(p.file == "questions.yaml" and p.field.endswith("(quiz.guidelines.1).option_explanations")
               and "found 3" in p.message for p in problems), text
    assert any(p.field.endswith("(quiz.evidence.2).answer_item")
               and "stat.no-such-figure" in p.message for p in problems), text
    assert any(p.file == "elements.yaml"
               and p.field.endswith("(jica.element.flexibility-of-promotion).checks")
               and "found 4" in p.message for p in problems), text


def test_too_few_scenarios_and_too_much_recall_are_reported(copy: Path):
    path = copy / "questions.yaml"
    text = path.read_text(encoding="utf-8")
    scenarios = text.count("  kind: scenario\n")
    path.write_text(text.replace("  kind: scenario\n", "  kind: recall\n", scenarios - 10),
                    encoding="utf-8")
    messages = [p.message for p in check_curriculum(copy) if p.field == "questions.kind"]
    assert any("scenarios; at least half" in m for m in messages), messages
    assert any("are recall" in m for m in messages), messages


def test_a_question_without_kind_or_answer_item_is_refused(copy: Path):
    _edit(copy / "questions.yaml", "  kind: recall\n", "")
    _edit(copy / "questions.yaml", "  answer_item: guidelines.overview\n", "")
    fields = {p.field.rsplit(".", 1)[-1] for p in check_curriculum(copy)
              if p.file == "questions.yaml"}
    assert {"kind", "answer_item"} <= fields
