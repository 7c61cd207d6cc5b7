"""Knowledge checks page: a participant takes a module's quiz before or after the session,
sees the score (with the right answers once the after-check is done, or when the facilitator
has released them: see `core/quiz.py`), and the facilitator sees the learning gain.

All questions are on one scrollable form: Tab moves between questions, the arrow keys between
options, so the whole check can be taken from the keyboard.
"""

from __future__ import annotations

import html
import random
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.core.quiz import (
    AttemptInfo,
    QuizError,
    attempt_order,
    shown_gain,
    shown_percent,
)
from pcsc_workshop.ui.operations import run_op, run_read
from pcsc_workshop.ui.pages.base import Page, Step, polish_steps
from pcsc_workshop.ui.staging import in_a_later_turn
from pcsc_workshop.ui.typed_qt import take_all
from pcsc_workshop.ui.widgets.text_table import TextTable
from pcsc_workshop.ui.widgets.wrapped_label import HeightCachingLabel
from pcsc_workshop.ui.workers import Op

if TYPE_CHECKING:
    from pcsc_workshop.core.curriculum.models import Question
    from pcsc_workshop.door.checks import CheckResults, Submitted
    from pcsc_workshop.ui.context import AppContext


def latest_scores(attempts: Iterable[AttemptInfo]) -> dict[tuple[str, str, str], AttemptInfo]:
    """(participant, module, phase) -> the latest attempt (a retake replaces a mistake)."""
    latest: dict[tuple[str, str, str], AttemptInfo] = {}
    for attempt in sorted(attempts, key=lambda a: a.created_at):
        latest[(attempt.participant_id, attempt.module_id, attempt.phase)] = attempt
    return latest


def _pct(value: float | None) -> str:
    """"12 %" in French, "12%" in English: the locale's digits and sign (Qt's CLDR data),
    rounded half up as everywhere else (`shown_percent`: 62.5 -> 63)."""
    from pcsc_workshop.ui.display import percent

    return "" if value is None else percent(shown_percent(value), isolated=False)


def _points(value: int | None) -> str:
    """A gain already computed from the shown figures (`shown_gain`), with its sign, in the
    locale's digits (the table keeps figures left to right in Arabic)."""
    from PySide6.QtCore import QLocale

    return "" if value is None else QLocale().toString(value).join(
        ("+" if value > 0 else "", ""))


class QuizPage(Page):
    NAME = "quiz"
    SHOWS = frozenset({"delegations", "participants", "checks"})


    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Knowledge checks"))
        # Both tabs' contents in build stages of their own (ui/pages/base.py): both in one
        # turn held the event loop for ~30-45 ms, most of it polishing their widgets; the
        # first tab is added empty (adding a tab polishes what it holds at that moment: the
        # take tab's ~60 widgets made `__init__` 15-18 ms of UI-thread CPU) and polished in
        # slices once its contents are built.
        self._take_tab = QWidget(self.tabs)
        self.tabs.addTab(self._take_tab, self.tr("&Take a check"))
        self.build_later(self._build_take_tab, self._add_results_tab)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.groups: dict[str, QButtonGroup] = {}
        self.questions: list = []
        self._form_language = ""  # the language of the questions on screen
        self.rng = random.Random()  # a fresh order per attempt; tests seed it

    # -- taking a check -----------------------------------------------------------------------
    def _add_results_tab(self) -> list:
        """The learning-gain tab: its two tables in this turn, the rest in the next."""
        tab = QWidget(self.tabs)
        self._results_tables(tab)

        def rest() -> None:
            self.tabs.addTab(self._build_results_tab(tab), self.tr("&Learning gain"))
            self.tabs.currentChanged.connect(self._tab_changed)

        return [rest]

    def _build_take_tab(self) -> list[Step]:
        """The take tab's contents, under the tab already added (then polished in slices)."""
        tab = self._take_tab
        self.participant = QComboBox(tab)
        self.participant.setAccessibleName(self.tr("Participant"))
        self.module = QComboBox(tab)
        self.module.setAccessibleName(self.tr("Module"))
        self.phase = QComboBox(tab)
        self.phase.setAccessibleName(self.tr("Before or after the session"))
        self.phase.addItem(self.tr("Before the session"), "pre")
        self.phase.addItem(self.tr("After the session"), "post")
        self.start_button = QPushButton(self.tr("&Start the check"), tab)
        self.start_button.setAccessibleName(self.tr("Start the check"))
        self.start_button.clicked.connect(self.start_check)
        form = QFormLayout()
        form.addRow(self.tr("&Participant:"), self.participant)
        form.addRow(self.tr("&Module:"), self.module)
        form.addRow(self.tr("W&hen:"), self.phase)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.form_host = QWidget(tab)
        self.form_layout = QVBoxLayout(self.form_host)
        self.form_layout.addStretch(1)
        self.problem = QLabel(tab)  # the curriculum could not be loaded: why, and what to do
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        self.scroll_area = QScrollArea(tab)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.form_host)
        self.scroll_area.setAccessibleName(self.tr("Questions"))
        self.submit_button = QPushButton(self.tr("S&ubmit answers"), tab)
        self.submit_button.setAccessibleName(self.tr("Submit answers"))
        self.submit_button.clicked.connect(lambda: self.submit())
        self.submit_button.setEnabled(False)
        self.result = QTextBrowser(tab)
        self.result.setAccessibleName(self.tr("Score and right answers"))
        self.result.hide()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.result, 1)
        layout.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignRight)
        return polish_steps(tab)

    def load(self) -> None:
        loaded = self.ctx.load_curriculum()
        self.problem.setText(loaded.problem)
        self.problem.setVisible(not loaded.ok)
        if loaded.curriculum is None:  # no questions to ask: say why, keep the scores tab
            self.module.clear()
        else:
            self._fill_modules(loaded.curriculum)
        language = loaded.curriculum.language if loaded.curriculum is not None else ""
        if not self.questions or language != self._form_language:
            self._clear_form()  # a check being taken stays on screen through a refresh
        workshop_id = self.ctx.workshop_id
        if not workshop_id:
            self._fill_participants([])
        else:
            run_read(self, self.ctx, lambda door: door.people.participants(workshop_id),
                     done=self._fill_participants)
        if self.tabs.currentIndex() == 1:
            self.load_results()

    def _fill_participants(self, people: list) -> None:
        chosen = self.participant.currentData()  # kept across a refresh
        self.participant.clear()
        for p in people:
            label = f"{p.name} ({p.delegation_label})" if p.delegation_label else p.name
            self.participant.addItem(label, p.id)
        self.participant.setCurrentIndex(max(0, self.participant.findData(chosen)))
        self.start_button.setEnabled(self.participant.count() > 0 and self.module.count() > 0)

    def _fill_modules(self, cur) -> None:
        if self.module.count() == 0 or self.module.property("language") != cur.language:
            chosen = self.module.currentData()  # module names follow the content language
            self.module.blockSignals(True)
            self.module.clear()
            for module in cur.modules:
                if cur.questions_for(module.id):
                    self.module.addItem(module.name, module.id)
            self.module.setCurrentIndex(max(0, self.module.findData(chosen)))
            self.module.setProperty("language", cur.language)
            self.module.blockSignals(False)

    def _clear_form(self, hint: bool = True) -> None:
        """No questions on screen: the hint saying how to start (none: questions follow)."""
        take_all(self.form_layout)
        self.groups = {}
        self.questions = []
        self.submit_button.setEnabled(False)
        self.result.hide()
        self.scroll_area.show()
        if not hint:
            return
        label = QLabel(self.tr(
            "Choose the participant, the module and whether this is before or after the "
            "session, then press <b>Start the check</b>. The questions appear here; after "
            "submitting, each answer is shown with the right one and why."), self.form_host)
        # Rich text on purpose (the button's name in bold): the text is ours and its
        # translations', no user text is in it; left to the plain-text guard, "<b>" showed.
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setProperty("role", "subtle")
        self.form_layout.addWidget(label)
        self.form_layout.addStretch(1)

    def start_check(self) -> None:
        """Show the module's questions, no option chosen, for the selected participant."""
        cur = self.ctx.load_curriculum().curriculum
        if cur is None or self.participant.currentData() is None:
            return  # the page says why (load)
        self._clear_form(hint=False)
        self._form_language = cur.language
        by_id = {q.id: q for q in cur.questions_for(self.module.currentData())}
        order = attempt_order(list(by_id.values()), self.rng)
        self.questions = [by_id[qid] for qid in order.questions]
        intro = QLabel(self.tr("%n question(s) · {0} · {1}", "", len(self.questions)).format(
            self.phase.currentText(), self.participant.currentText()),
            self.form_host)
        intro.setWordWrap(True)
        self.form_layout.addWidget(intro)
        intro.show()
        # the check is in the content language; answers are stored by option position,
        # the same in every language, so gains compare whichever language each check used
        direction = (Qt.LayoutDirection.RightToLeft if cur.language == "ar"
                     else Qt.LayoutDirection.LeftToRight)
        for n, question in enumerate(self.questions, start=1):
            title = self.tr("Question {0}").format(n)
            if cur.is_english_fallback(question, "prompt"):  # marked, never left empty
                title = self.tr("Question {0} (not yet translated, in English)").format(n)
            box = QGroupBox(title, self.form_host)
            box.setAccessibleName(self.tr("Question {0}").format(n))
            prompt = QLabel(question.prompt, box)
            prompt.setTextFormat(Qt.TextFormat.PlainText)
            prompt.setLayoutDirection(direction)
            prompt.setAlignment(Qt.AlignmentFlag.AlignLeading)
            prompt.setWordWrap(True)
            group = QButtonGroup(box)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(prompt)
            for index in order.options[question.id]:  # ids stay the original indexes
                option = question.options[index]
                button = QRadioButton(option, box)
                button.setLayoutDirection(direction)
                button.setAccessibleName(option)
                button.setAccessibleDescription(question.prompt)
                group.addButton(button, index)
                box_layout.addWidget(button)
            self.groups[question.id] = group
            self.form_layout.addWidget(box)
            box.show()  # a layout shows new children only on the next event-loop turn
        self.form_layout.addStretch(1)
        self.submit_button.setEnabled(bool(self.questions))
        first = next(iter(self.groups.values()), None)
        if first is not None and first.buttons():
            first.buttons()[0].setFocus()

    def answers(self) -> dict[str, int]:
        return {qid: group.checkedId() for qid, group in self.groups.items()
                if group.checkedId() >= 0}

    def submit(self, confirm: bool = True) -> None:
        """Score and store the attempt, then show the score and every right answer."""
        answers = self.answers()
        missing = len(self.groups) - len(answers)
        if missing and confirm:
            reply = QMessageBox.question(
                self, self.tr("Unanswered questions"),
                self.tr("%n question(s) have no answer; they count as wrong. Submit anyway?",
                        "", missing))
            if reply != QMessageBox.StandardButton.Yes:
                return
        workshop_id = self.ctx.workshop_id
        if not workshop_id:  # (no participant to choose without one)
            return
        participant_id = self.participant.currentData()
        module_id = self.module.currentData()
        phase = self.phase.currentData()
        cur = self.ctx.curriculum()  # the check on screen came from it: it is loaded
        label = self.tr("Submit answers")
        self.submit_button.setEnabled(False)
        run_op(self, self.ctx, lambda door: door.checks.record(
            cur, workshop_id, participant_id, module_id, phase, answers, label=label),
            done=self._show_result, failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.submit_button.setEnabled(True)
        reason = {
            "unknown-participant": self.tr("This participant is no longer in the workshop."),
            "unknown-module": self.tr("This module has no questions."),
        }.get(exc.code, str(exc)) if isinstance(exc, QuizError) else str(exc)
        QMessageBox.warning(self, self.tr("The answers were not saved"), reason)

    def _show_result(self, saved: Submitted) -> None:
        attempt, visible = saved.attempt, saved.answers_visible
        score = self.tr("Score: {0} of {1} ({2})").format(
            attempt.score, attempt.total, _pct(attempt.percent))
        parts = [f"<h2>{html.escape(score)}</h2>"]
        self.answers_shown = visible
        if not visible:
            parts.append("<p>" + html.escape(self.tr(
                "The right answers are shown after the after-session check, so that it "
                "measures what was learnt (the facilitator can release them earlier).")) + "</p>")
        for n, question in enumerate(self.questions if visible else [], start=1):
            chosen = attempt.answers.get(question.id)
            right = chosen == question.answer
            verdict = self.tr("Right") if right else self.tr("Not quite")
            colour = "#1b6e2e" if right else "#b00020"
            given = question.options[chosen] if chosen is not None else self.tr("(no answer)")
            yours = self.tr("Your answer: {0}").format(given)
            answer = self.tr("Right answer: {0}").format(question.options[question.answer])
            parts.append(
                f"<h3>{n}. {html.escape(question.prompt)}</h3>"
                f"<p><b style='color:{colour}'>{html.escape(verdict)}</b> – "
                f"{html.escape(yours)}<br>{html.escape(answer)}</p>"
                f"<p><i>{html.escape(question.explanation)}</i></p>"
                + self._why_each_option(question, chosen))
        self.result.setHtml("".join(parts))
        from pcsc_workshop.ui.display import no_italic_arabic

        no_italic_arabic(self.result.document())
        self.scroll_area.hide()
        self.result.show()
        self.result.setFocus()
        self.last_attempt = attempt

    def _why_each_option(self, question: Question, chosen: int | None) -> str:
        """Why each option is right or wrong (the curriculum's per-option explanations), the
        participant's own choice marked, so a wrong answer is explained, not only corrected."""
        why = list(question.option_explanations)
        if len(why) != len(question.options):
            return ""
        items = []
        direction = "rtl" if self.isRightToLeft() else "ltr"  # the window's, for every item
        for index, (option, reason) in enumerate(zip(question.options, why, strict=True)):
            mark = html.escape(self.tr("(your answer)")) + " " if index == chosen else ""
            # curriculum text isolated for the bidi algorithm: English in an Arabic window
            # (or the reverse) keeps its own order and punctuation
            items.append(f"<li dir='{direction}'>{mark}<b>\u2068{html.escape(option)}\u2069</b> — "
                         f"\u2068{html.escape(reason)}\u2069</li>")
        return "<p>{}</p><ul>{}</ul>".format(html.escape(self.tr("Why each option is right or "
                                                                   "wrong:")), "".join(items))

    # -- learning gain ------------------------------------------------------------------------
    def _results_tables(self, tab: QWidget) -> None:
        self.by_module = self._table(tab, [self.tr("Module"), self.tr("Participants with both"),
                                           self.tr("Before"), self.tr("After"),
                                           self.tr("Gain (points)")],
                                     self.tr("Learning gain by module"))
        self.by_person = self._table(tab, [self.tr("Participant"), self.tr("Module"),
                                           self.tr("Before"), self.tr("After"),
                                           self.tr("Gain (points)")],
                                     self.tr("Learning gain by participant"), name_first=True)

    def _build_results_tab(self, tab: QWidget) -> QWidget:
        # word-wrapped labels that shape their text once per width (ui/widgets/wrapped_label.py)
        explain = HeightCachingLabel(self.tr("Scores are the share of right answers; the gain is "
                                             "after minus before, in percentage points, where "
                                             "both exist. A retake replaces the earlier "
                                             "attempt."), tab)
        self.release = QCheckBox(self.tr("&Release the right answers now"), tab)
        self.release.setAccessibleName(self.tr("Release the right answers"))
        self.release.toggled.connect(self._release_toggled)
        release_hint = HeightCachingLabel(self.tr("Otherwise each participant sees them after "
                                                  "their after-session check."), tab)
        # (wrapped: a long check box text made the page 1269 px wide)
        release_hint.setProperty("role", "subtle")
        self.release.setAccessibleDescription(release_hint.text())
        layout = QVBoxLayout(tab)
        layout.addWidget(explain)
        layout.addWidget(self.release)
        layout.addWidget(release_hint)
        for title, table in ((self.tr("By module"), self.by_module),
                             (self.tr("By participant"), self.by_person)):
            box = QGroupBox(title, tab)
            QVBoxLayout(box).addWidget(table)
            layout.addWidget(box, 1)
        return tab

    @staticmethod
    def _table(parent: QWidget, headers: list[str], name: str,
               name_first: bool = False) -> TextTable:
        """A read-only table; the module column stretches (after the name when `name_first`)."""
        table = TextTable(headers, parent, numeric_from=1)
        table.stretch(1 if name_first else 0)
        table.setAccessibleName(name)
        return table

    def _tab_changed(self, index: int) -> None:
        if index != 1:
            return
        # The learning gain is read when shown, from the next turn on: the tab's first
        # layout and paint come first, without the worker's thread start and its scoring
        # contending for the GIL (jobs run inline in tests: at once).
        if Op.synchronous:
            self.load_results()
        else:
            in_a_later_turn(self, self.load_results)

    def load_results(self) -> None:
        """Read and score every check on a worker (800 checks took ~45 ms), then fill."""
        workshop_id = self.ctx.workshop_id
        if not workshop_id:
            return
        loaded = self.ctx.load_curriculum()  # without it, modules show as their ids
        removed = self.tr("(removed participant)")
        self._results_request = request = getattr(self, "_results_request", 0) + 1

        def read(door) -> tuple[tuple[list, list], bool]:
            results: CheckResults = door.checks.results(workshop_id)
            return _result_rows(loaded, results, removed), results.released

        def done(result) -> None:
            # the two tables in two turns: each is filled, laid out and painted in its own
            # (800 checks in one turn: 12-16 ms of UI-thread CPU on a loaded machine,
            # bench/ui_latency_bench.py); jobs run inline (tests): both at once
            if request == self._results_request:  # an older read finishing late is dropped
                (by_module, by_person), released = result
                self.by_module.set_rows(by_module)
                self._show_released(released)
                if Op.synchronous:
                    self.by_person.set_rows(by_person)
                else:
                    in_a_later_turn(self, lambda: fill_people(by_person))

        def fill_people(rows: list) -> None:
            if request == self._results_request:  # a newer read shows its own
                self.by_person.set_rows(rows)

        run_read(self, self.ctx, read, done=done, newest="results")

    def _show_released(self, released: bool) -> None:
        self.release.blockSignals(True)
        self.release.setChecked(released)
        self.release.blockSignals(False)

    def _release_toggled(self, released: bool) -> None:
        workshop_id = self.ctx.workshop_id
        if not workshop_id:
            return
        label = (self.tr("Release the right answers") if released
                 else self.tr("Hold back the right answers"))

        def failed(exc: BaseException) -> None:
            self._show_released(not released)  # the box shows what is stored
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))

        run_op(self, self.ctx, lambda door: door.checks.release_answers(
            workshop_id, released, label=label), failed=failed)


def _result_rows(cur, results: CheckResults, removed: str
                 ) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The two learning-gain tables as text: per module, and per participant and module.
    `cur` is anything with `title_of` (a `CurriculumLoad` names modules by id without it)."""
    report = results.gains()
    attempts, people = results.attempts, results.names
    by_module: list[tuple[str, ...]] = [(cur.title_of(module_id), str(group.pairs), _pct(group.mean_pre),
                  _pct(group.mean_post), _points(group.shown_gain))
                 for module_id, group in sorted(report.by_module.items(),
                                                key=lambda kv: cur.title_of(kv[0]))]
    latest = latest_scores(attempts)
    pairs = sorted({(p, m) for (p, m, _phase) in latest},
                   key=lambda pm: (people.get(pm[0], ""), cur.title_of(pm[1])))
    by_person: list[tuple[str, ...]] = []
    for participant_id, module_id in pairs:
        pre = latest.get((participant_id, module_id, "pre"))
        post = latest.get((participant_id, module_id, "post"))
        gain = shown_gain(pre.percent, post.percent) if pre and post else None
        by_person.append((people.get(participant_id, removed), cur.title_of(module_id),
                          _pct(pre.percent if pre else None),
                          _pct(post.percent if post else None), _points(gain)))
    return by_module, by_person


PAGE = QuizPage
