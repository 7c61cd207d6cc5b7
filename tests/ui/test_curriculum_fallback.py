"""A curriculum that fails to load: one message, said by the pages that need it; the others
work on ids. The folder is a real copy of the shipped curriculum with one file broken."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings

from pcsc_workshop.ui.context import AppContext


@pytest.fixture()
def broken_ctx(tmp_path, monkeypatch, store, demo_id):
    from pcsc_workshop import paths

    shipped = paths.curricula_dir()
    copy = tmp_path / "curricula"
    shutil.copytree(shipped / "pcsc", copy / "pcsc")
    (copy / "pcsc" / "elements.yaml").write_text("elements: [broken\n", "utf-8")
    monkeypatch.setattr(paths, "curricula_dir", lambda: copy)
    settings = QSettings(str(tmp_path / "broken.ini"), QSettings.Format.IniFormat)
    return AppContext(store=store, settings=settings, workshop_id=demo_id)


def test_the_failure_is_one_message_naming_the_file_and_what_to_do(broken_ctx):
    from pcsc_workshop.ui.curriculum_load import CurriculumUnavailable

    loaded = broken_ctx.load_curriculum("en")
    assert not loaded.ok and loaded.curriculum is None
    assert "elements.yaml" in loaded.problem
    assert "pcsc-workshop curriculum check" in loaded.problem
    assert broken_ctx.load_curriculum("en") is loaded  # remembered: not parsed again
    assert loaded.title_of("jica.element.data-utilization") == "jica.element.data-utilization"
    with pytest.raises(CurriculumUnavailable) as needed:
        broken_ctx.curriculum("en")
    assert str(needed.value) == loaded.problem


def test_pages_that_need_it_say_why_and_the_rest_still_work(qtbot, broken_ctx, sync_ops):
    from pcsc_workshop.ui.pages.curriculum import CurriculumPage
    from pcsc_workshop.ui.pages.local_content import LocalContentPage
    from pcsc_workshop.ui.pages.present import PresentPage
    from pcsc_workshop.ui.pages.quiz import QuizPage

    problem = broken_ctx.load_curriculum().problem
    quiz = QuizPage(broken_ctx)
    qtbot.addWidget(quiz)
    quiz.show()
    quiz.ensure_loaded()
    assert quiz.problem.isVisible() and quiz.problem.text() == problem
    assert quiz.participant.count() > 0  # the people are still listed...
    assert quiz.module.count() == 0 and not quiz.start_button.isEnabled()  # ...no questions
    quiz.tabs.setCurrentIndex(1)  # the scores tab still opens

    present = PresentPage(broken_ctx)
    qtbot.addWidget(present)
    present.show()
    present.ensure_loaded()
    assert present.summary.text() == problem

    browse = CurriculumPage(broken_ctx)
    qtbot.addWidget(browse)
    browse.show()
    browse.ensure_loaded()
    assert browse.view.toPlainText() == problem

    local = LocalContentPage(broken_ctx)  # local items need no curriculum: still editable
    qtbot.addWidget(local)
    local.show()
    local.ensure_loaded()
    local.new_button.click()
    local.title_edit.setText("Tunis: bus lanes")
    local.save_button.click()
    assert local.titles() == ["Tunis: bus lanes — Case study"]
    assert local.links.count() == 0  # nothing to link to without the curriculum
