"""Knowledge checks: a participant takes a module's check before and after; the gain shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from pcsc_workshop.ui.context import AppContext


@pytest.fixture()
def quiz_page(qtbot, store, demo_id, tmp_path, sync_ops):
    from pcsc_workshop.ui.pages.quiz import QuizPage

    settings = QSettings(str(tmp_path / "quiz.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(store=store, settings=settings, workshop_id=demo_id)
    page = QuizPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    page.ensure_loaded()
    return page


def choose(page, participant: str, module_id: str, phase: str) -> None:
    page.participant.setCurrentIndex(page.participant.findText(participant, Qt.MatchFlag.MatchStartsWith))
    page.module.setCurrentIndex(page.module.findData(module_id))
    page.phase.setCurrentIndex(page.phase.findData(phase))
    page.start_button.click()


def answer(qtbot, page, right: int) -> None:
    """Answer the first `right` questions correctly and the rest wrongly, with the keyboard."""
    for n, question in enumerate(page.questions):
        group = page.groups[question.id]
        target = question.answer if n < right else (question.answer + 1) % len(question.options)
        button = group.buttons()[0]
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)  # selects option 0
        for _ in range(target):
            qtbot.keyClick(group.checkedButton(), Qt.Key.Key_Down)
        assert group.checkedId() == target


def test_pre_and_post_checks_show_scores_answers_and_the_gain(qtbot, quiz_page):
    page = quiz_page
    assert page.participant.count() == 9  # the demo workshop's participants
    choose(page, "Ana Cossa", "module.guidelines", "pre")
    total = len(page.questions)
    assert total >= 4
    answer(qtbot, page, right=1)
    page.submit_button.click()
    assert page.result.isVisible()
    text = page.result.toPlainText()
    assert f"Score: 1 of {total}" in text
    first = page.questions[0]
    assert f"Right answer: {first.options[first.answer]}" in text
    assert first.explanation[:40] in text
    # a wrong answer is explained, not only corrected: why the chosen option is wrong
    second = page.questions[1]
    chosen = (second.answer + 1) % len(second.options)
    assert (f"(your answer) \u2068{second.options[chosen]}\u2069 — "
            f"\u2068{second.option_explanations[chosen]}\u2069") in text

    choose(page, "Ana Cossa", "module.guidelines", "post")
    answer(qtbot, page, right=total)
    page.submit_button.click()
    assert f"Score: {total} of {total}" in page.result.toPlainText()

    choose(page, "Tanvir", "module.guidelines", "pre")  # only a "before" score
    answer(qtbot, page, right=total)
    page.submit_button.click()

    page.tabs.setCurrentIndex(1)
    by_person = {(page.by_person.text(r, 0), page.by_person.text(r, 1)):
                 [page.by_person.text(r, c) for c in (2, 3, 4)]
                 for r in range(page.by_person.rowCount())}
    module = "The International Guidelines on People-Centred Smart Cities"
    pre = round(100 / total)
    assert by_person[("Ana Cossa", module)] == [f"{pre}%", "100%", f"+{100 - pre}"]
    assert by_person[("Tanvir Hossain", module)] == ["100%", "", ""]
    assert page.by_module.rowCount() == 1
    assert [page.by_module.text(0, c) for c in range(5)] == [
        module, "1", f"{pre}%", "100%", f"+{100 - pre}"]


def test_unanswered_questions_count_as_wrong_after_confirming(qtbot, quiz_page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    choose(quiz_page, "Ana Cossa", "module.jica", "pre")
    quiz_page.submit_button.click()
    assert asked
    assert f"Score: 0 of {len(quiz_page.questions)}" in quiz_page.result.toPlainText()
    assert "(no answer)" in quiz_page.result.toPlainText()


def test_declining_to_submit_keeps_the_answers(qtbot, quiz_page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    choose(quiz_page, "Ana Cossa", "module.jica", "pre")
    answer(qtbot, quiz_page, right=1)
    quiz_page.groups[quiz_page.questions[-1].id].setExclusive(False)
    quiz_page.groups[quiz_page.questions[-1].id].checkedButton().setChecked(False)
    quiz_page.submit_button.click()
    assert not quiz_page.result.isVisible()
    assert len(quiz_page.answers()) == len(quiz_page.questions) - 1
