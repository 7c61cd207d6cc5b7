"""The words around a slide: headings for slide kinds, row labels, presenter tips.

The core's slides carry codes (`kind`, `Row.code`); this is the one place that turns them into
translated words, so the slide view, the notes window and the tests agree on them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from pcsc_workshop.core.curriculum.slides import Row, Slide


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
            if slide.rows[0].code == "pillar-total":
                return self.tr("Principles and actions")
        if slide.kind in ("points", "text") and slide.item_kind in self.item_kinds():
            return self.item_kinds()[slide.item_kind]
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
            "objectives": self.tr("Learning objectives"),
        }.get(slide.kind, "")

    def item_kinds(self) -> dict[str, str]:
        """Headings for slides that present one kind of item, rather than key points."""
        return {
            "worksheet": self.tr("Worksheet"), "stage": self.tr("JICA stage"),
            "topic": self.tr("Key facts"), "city-type": self.tr("City type"),
            "scaling": self.tr("Scaling approach"), "support": self.tr("JICA support"),
            "resolution-principle": self.tr("Principle of the 2023 draft resolution"),
            "characteristic": self.tr("Characteristic of the guidelines"),
            "city-characteristic": self.tr("City characteristic"),
            "city-scope": self.tr("City scope"),
            "rubric": self.tr("Our maturity rubric"),
        }

    def row_label(self, row: Row, slide_kind: str = "") -> str:
        """The label of a table row: its own label, or words for its code."""
        code = row.code
        if code == "pillar-total":
            # a label and its figure, not "6 principles": no plural form to agree with
            # the pillar's name isolated (FSI...PDI): an English name inside an Arabic line
            # neither flips the line's direction nor reorders the figures around it
            return self.tr("{0} — principles: {1} · actions: {2}").format(
                f"\u2068{row.label}\u2069", row.value, row.detail)
        if code == "pillar-total.sum":
            return self.tr("Together — principles: {0} · actions: {1}").format(
                row.value, row.detail)
        if row.label:
            return row.label
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
        return self.tr("%n question(s)", "", n)

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
            "objectives": self.tr("Read the objectives aloud; come back to them at the end of "
                                  "the session and ask who can now do each one."),
        }.get(slide.kind, "")

    def advice_heading(self) -> str:
        """Heading of the speaker notes that are our advice, not the sources' words."""
        return self.tr("Facilitator's notes – our advice, not from the sources")
