"""Knowledge checks: a participant takes a module's check before and after; the gain shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from pcsc_workshop.core.quiz import shown_percent
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
        shown = group.buttons()  # in the order this attempt shows them
        button = shown[0]
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)  # selects the first option shown
        for _ in range(shown.index(group.button(target))):
            qtbot.keyClick(group.checkedButton(), Qt.Key.Key_Down)
        assert group.checkedId() == target


def test_pre_and_post_checks_show_scores_answers_and_the_gain(qtbot, quiz_page, store,
                                                               demo_id):
    from pcsc_workshop.core.people import list_participants

    page = quiz_page
    with store.session() as s:
        people = list_participants(s, demo_id)
    assert page.participant.count() == len(people) > 0  # the workshop's participants
    choose(page, "Ana Cossa", "module.guidelines", "pre")
    total = len(page.questions)
    assert total >= 4
    answer(qtbot, page, right=1)
    page.submit_button.click()
    assert page.result.isVisible()
    text = page.result.toPlainText()
    assert f"Score: 1 of {total}" in text
    first = page.questions[0]
    # held back until the after-check: the score only
    assert "Right answer" not in text and first.explanation[:40] not in text
    assert "shown after the after-session check" in text

    choose(page, "Ana Cossa", "module.guidelines", "post")
    answer(qtbot, page, right=total)
    page.submit_button.click()
    text = page.result.toPlainText()
    assert f"Score: {total} of {total}" in text
    first = page.questions[0]
    assert f"Right answer: {first.options[first.answer]}" in text
    assert first.explanation[:40] in text
    # each option is explained, not only the right one, the participant's own choice marked
    second = page.questions[1]
    wrong = (second.answer + 1) % len(second.options)
    assert (f"(your answer) \u2068{second.options[second.answer]}\u2069 — "
            f"\u2068{second.option_explanations[second.answer]}\u2069") in text
    assert (f"\u2068{second.options[wrong]}\u2069 — "
            f"\u2068{second.option_explanations[wrong]}\u2069") in text

    choose(page, "Tanvir", "module.guidelines", "pre")  # only a "before" score
    answer(qtbot, page, right=total)
    page.submit_button.click()

    page.tabs.setCurrentIndex(1)
    by_person = {(page.by_person.text(r, 0), page.by_person.text(r, 1)):
                 [page.by_person.text(r, c) for c in (2, 3, 4)]
                 for r in range(page.by_person.rowCount())}
    module = "The International Guidelines on People-Centred Smart Cities"
    pre = shown_percent(100 / total)
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
    choose(quiz_page, "Ana Cossa", "module.jica", "post")
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


def test_options_and_questions_come_in_a_new_order_each_attempt(qtbot, quiz_page):
    import random

    page = quiz_page
    page.rng = random.Random(7)
    choose(page, "Ana Cossa", "module.guidelines", "pre")
    first = ([q.id for q in page.questions],
             [[page.groups[q.id].id(b) for b in page.groups[q.id].buttons()]
              for q in sorted(page.questions, key=lambda q: q.id)])
    choose(page, "Ana Cossa", "module.guidelines", "post")
    second = ([q.id for q in page.questions],
              [[page.groups[q.id].id(b) for b in page.groups[q.id].buttons()]
               for q in sorted(page.questions, key=lambda q: q.id)])
    assert first != second
    assert sorted(first[0]) == sorted(second[0])
    # the texts shown are the question's own options, each once
    q = page.questions[0]
    shown = [b.text() for b in page.groups[q.id].buttons()]
    assert sorted(shown) == sorted(q.options)
    # and scoring follows the meaning, not the position
    answer(qtbot, page, right=len(page.questions))
    page.submit_button.click()
    assert f"Score: {len(page.questions)} of {len(page.questions)}" in page.result.toPlainText()


def test_the_facilitator_can_release_the_answers_early(qtbot, quiz_page, store, demo_id):
    page = quiz_page
    page.tabs.setCurrentIndex(1)
    assert not page.release.isChecked()
    page.release.setChecked(True)
    from pcsc_workshop.core.quiz import answers_released

    with store.session() as session:
        assert answers_released(session, demo_id)
    page.tabs.setCurrentIndex(0)
    choose(page, "Tanvir", "module.jica", "pre")
    answer(qtbot, page, right=1)
    page.submit_button.click()
    assert "Right answer:" in page.result.toPlainText()


def test_gains_are_the_difference_of_the_shown_figures() -> None:
    from pcsc_workshop.core.quiz import Gain, shown_gain

    # 5/13 = 38.46 % -> 38 %, 8/13 = 61.54 % -> 62 %: the gain reads +24 (was +23)
    gain = Gain("p", "m", 100 * 5 / 13, 100 * 8 / 13)
    assert (shown_percent(gain.pre_percent), shown_percent(gain.post_percent)) == (38, 62)
    assert gain.shown_points == 24
    # 3/8 = 37.5 % -> 38 %, 5/8 = 62.5 % -> 63 % (half up, as people round): +25
    assert shown_gain(37.5, 62.5) == 25 and shown_percent(62.5) == 63


def test_a_check_being_taken_survives_a_person_added_elsewhere(qtbot, quiz_page):
    from pcsc_workshop.core.people import ParticipantFields
    from pcsc_workshop.ui.operations import run_op

    page = quiz_page
    choose(page, "Ana Cossa", "module.guidelines", "pre")
    answer(qtbot, page, right=1)
    chosen = page.answers()
    before = page.participant.count()
    run_op(None, page.ctx, lambda door: door.people.add_participant(
        page.ctx.workshop_id, ParticipantFields(name="Nadia Benali")))  # another page's write
    qtbot.waitUntil(lambda: page.participant.count() == before + 1)
    assert page.answers() == chosen and page.submit_button.isEnabled()
    assert page.participant.currentText().startswith("Ana Cossa")
    page.submit_button.click()
    assert f"Score: 1 of {len(page.questions)}" in page.result.toPlainText()


def test_the_how_to_start_hint_reads_as_words_not_markup(qtbot, quiz_page) -> None:
    """The hint before a check names the button in bold: a screen reader and the eye get
    the words, never "<b>" (the plain-text guard had shown the tags)."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QLabel

    from pcsc_workshop.ui.app import create_app

    create_app()  # the app's plain-text guard on every label (ui/plain_text.py)
    page = quiz_page
    page._clear_form()
    qtbot.wait(10)  # polished
    hints = [label for label in page.form_host.findChildren(QLabel)
             if "Start the check" in label.text()]
    assert hints, "the hint is shown"
    spoken = QAccessible.queryAccessibleInterface(hints[0]).text(QAccessible.Text.Name)
    assert "Start the check" in spoken and "<b>" not in spoken
