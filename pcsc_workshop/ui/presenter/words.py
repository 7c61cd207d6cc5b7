"""The words around a slide: headings for slide kinds, row labels, presenter tips.

The core's slides carry codes (`kind`, `Row.code`); this is the one place that turns them into
translated words, so the slide view, the notes window and the tests agree on them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from pcsc_workshop.core.slides import Row, Slide


class SlideWords(QObject):
    """Translated headings and labels for slides (a QObject only for `tr()`)."""

    def actor(self, actor: str) -> str:
        return {
            "national": self.tr("National governments"),
            "local": self.tr("Local and regional governments"),
            "stakeholders": self.tr("Other stakeholders"),
        }.get(actor, actor)

    def kicker(self, slide: Slide, module: bool = False) -> str:
        """The small heading above a slide's title."""
        if slide.kind == "title":
            for row in slide.rows:
                if row.code == "pillar.thematic":
                    return self.tr("Thematic pillar {0}").format(row.value)
                if row.code == "pillar.enabling":
                    return self.tr("Enabling pillar {0}").format(row.value)
                if row.code == "agenda-session":
                    return self.tr("Agenda session")
            return self.tr("Module") if module else ""
        if slide.kind == "rows" and slide.rows:
            if slide.rows[0].code == "level":
                return self.tr("Maturity levels for the self-assessment")
            if slide.rows[0].code.startswith("session."):
                return self.tr("Agenda")
        return {
            "points": self.tr("Key points"),
            "counts": self.tr("Principles and actions"),
            "examples": self.tr("Examples from the guidelines"),
            "statistic": self.tr("Evidence"),
            "case": self.tr("Case study"),
            "lessons": self.tr("Lessons"),
            "questions": self.tr("Discussion questions"),
            "quiz": self.tr("Question"),
            "check": self.tr("Knowledge check"),
        }.get(slide.kind, "")

    def row_label(self, row: Row, slide_kind: str = "") -> str:
        """The label of a table row: its own label, or words for its code."""
        if row.label:
            return row.label
        code = row.code
        if code == "principles":
            return self.tr("Example principle") if slide_kind == "examples" \
                else self.tr("Principles")
        if code.startswith("actions."):
            who = self.actor(code.split(".", 1)[1])
            return self.tr("Example action – {0}").format(who) if slide_kind == "examples" \
                else self.tr("Actions – {0}").format(who)
        if code == "level":
            return self.tr("Level {0}").format(row.value)
        if code.startswith("session."):
            return self.session_kind(code.split(".", 1)[1])
        return {
            "starts_with": self.tr("Starts with"),
            "grows_by": self.tr("Grows by"),
            "quiz-count": self.tr("Questions"),
        }.get(code, code)

    def session_kind(self, kind: str) -> str:
        return {
            "lecture": self.tr("Lecture"), "exercise": self.tr("Exercise"),
            "site-visit": self.tr("Site visit"), "conference": self.tr("Conference"),
            "discussion": self.tr("Discussion"), "break": self.tr("Break"),
        }.get(kind, kind)

    def question_count(self, count: str) -> str:
        n = int(count) if count.isdigit() else 0
        return self.tr("1 question") if n == 1 else self.tr("{0} questions").format(n)

    def tip(self, slide: Slide) -> str:
        """A short presenting tip for the speaker notes, by slide kind."""
        return {
            "counts": self.tr("The curriculum gives the counts and one example of each; the "
                              "full wording is in the guidelines (add it as local content)."),
            "examples": self.tr("These are single examples, paraphrased – not the official "
                                "wording. Ask which actor in the room would own each action."),
            "statistic": self.tr("Ask the room: is this true for your city? What would the "
                                 "figure be at home?"),
            "case": self.tr("Ask what made it work, and what would be different at home."),
            "lessons": self.tr("Ask each delegation to pick one lesson for its action plan."),
            "questions": self.tr("Give tables a few minutes per question, then take one answer "
                                 "from each table."),
            "quiz": self.tr("Let people answer first; the right answer is below."),
            "check": self.tr("Participants take the check on the Knowledge checks page – "
                             "before the session and again after it."),
        }.get(slide.kind, "")
