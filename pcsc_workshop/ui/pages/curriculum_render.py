"""Curriculum items as Markdown for the curriculum page (QTextBrowser.setMarkdown).

Cross-links are written as `item:<id>` URLs; the page follows them. The content comes from the
core as it is; only the words around it (headings, labels) are translated here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from pcsc_workshop.ui.plain_text import markdown_safe

if TYPE_CHECKING:
    from pcsc_workshop.core.curriculum.models import Element, Statistic, SupportOffer

_MD_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _md_escape(text: str) -> str:
    """Text shown literally inside Markdown: every ASCII punctuation mark backslash-escaped
    (CommonMark allows it for all of them), so `<b>`, `&amp;`, `*x*` or `[a](b)` in a title or
    a source show as typed, never as markup, an entity or a link. Line breaks become spaces."""
    flat = " ".join(text.split("\n"))
    return "".join("\\" + ch if ch in _MD_PUNCTUATION else ch for ch in flat)


class ItemRenderer(QObject):
    def __init__(self, curriculum: Any) -> None:
        super().__init__()
        self.cur = curriculum

    # --- labels ---------------------------------------------------------------------------
    def actor_label(self, actor: str | None) -> str:
        return {
            "national": self.tr("National governments"),
            "local": self.tr("Local and regional governments"),
            "stakeholders": self.tr("Other stakeholders"),
        }.get(actor or "", "")

    def part_label(self, part: Any) -> str:
        if part.part == "principles":
            return self.tr("Principles ({0})").format(part.count)
        return self.tr("Actions: {0} ({1})").format(self.actor_label(part.actor), part.count)

    def theme_label(self, theme: str) -> str:
        return {
            "strategy": self.tr("Strategic agendas"),
            "regulation": self.tr("Policies and regulations"),
            "capacity": self.tr("Public sector capacity"),
            "ecosystem": self.tr("Collaborative ecosystem"),
            "infrastructure": self.tr("Urban digital infrastructure"),
            "digital-divide": self.tr("Digital divide"),
            "urban-context": self.tr("Urban context"),
        }.get(theme, theme)

    def kind_label(self, kind: str) -> str:
        return self.kind_labels().get(kind, kind.replace("-", " ").capitalize())

    def kind_labels(self) -> dict[str, str]:
        """Every kind of curriculum item, named for the reader."""
        return {
            "pillar": self.tr("Pillar"), "principles": self.tr("Principles"),
            "actions": self.tr("Actions"), "element": self.tr("JICA element"),
            "domain": self.tr("JICA domain"), "stage": self.tr("Stage"),
            "statistic": self.tr("Statistic"), "case-study": self.tr("Case study"),
            "question": self.tr("Quiz question"), "template": self.tr("Workshop template"),
            "resolution-principle": self.tr("Resolution principle"),
            "support": self.tr("JICA support"), "module": self.tr("Module"),
            "local-case-study": self.tr("Local case study"),
            "local-statistic": self.tr("Local statistic"), "local-note": self.tr("Local note"),
            "guidelines": self.tr("UN-Habitat guidelines"),
            "characteristic": self.tr("Characteristic of the guidelines"),
            "jica-framework": self.tr("JICA framework"),
            "city-characteristic": self.tr("City characteristic"),
            "city-scope": self.tr("City scope"), "city-type": self.tr("City type"),
            "scaling": self.tr("Scaling approach"),
            "process-figure": self.tr("Process figure"),
            "topic": self.tr("Key facts"), "worksheet": self.tr("Worksheet"),
            "rubric": self.tr("Maturity rubric (ours)"),
        }

    def figure(self, stat: Statistic) -> str:
        """A statistic's figure with the locale's decimal sign ("plus de 2,6 milliards"),
        where the core's `figure` writes Python's ("2.6")."""
        value = stat.value
        if value is None:
            return ""
        from PySide6.QtCore import QLocale

        locale = QLocale()
        number = locale.toString(value) if isinstance(value, int) else locale.toString(
            float(value), "g", 12)
        unit = stat.unit or ""
        if unit == "%":
            unit = ("\u202f" if locale.language() == QLocale.Language.French else "") + \
                locale.percent()
        elif unit:
            unit = f" {unit}"
        qualifier = f"{stat.qualifier} " if stat.qualifier else ""
        return f"{qualifier}{number}{unit}"

    def support_label(self, offer: SupportOffer) -> str:
        """A JICA support offer named in the reader's language ("Policy support (country)"
        is built in English by the core from the offer's area and level codes)."""
        areas = {"assessment": self.tr("Assessment support"), "policy": self.tr("Policy support"),
                 "organization": self.tr("Organisation support"),
                 "system": self.tr("System support"),
                 "technology": self.tr("Technology support"),
                 "operation": self.tr("Operation support")}
        levels = {"country": self.tr("country level"), "city": self.tr("city level"),
                  "both": self.tr("country and city level")}
        area = areas.get(offer.area, offer.title)
        level = levels.get(offer.level, "")
        return self.tr("{0} ({1})").format(area, level) if level else area

    def title_of(self, item_id: str) -> str:
        """An item's name for headings and links, support offers named in words."""
        item = self.cur.get(item_id)
        if self.cur.kind_of(item_id) == "support" and item is not None:
            return self.support_label(item)
        return self.cur.title_of(item_id)

    def link(self, item_id: str) -> str:
        return f"[{_md_escape(self.title_of(item_id))}](item:{item_id})"

    # --- pages ----------------------------------------------------------------------------
    def markdown(self, item_id: str) -> str:
        item = self.cur.get(item_id)
        kind = self.cur.kind_of(item_id)
        body = {
            "pillar": self._pillar, "principles": self._part, "actions": self._part,
            "element": self._element, "domain": self._domain, "statistic": self._statistic,
            "case-study": self._case,
        }.get(kind, self._generic)(item)
        lines = [f"# {_md_escape(self.title_of(item_id))}", f"*{self.kind_label(kind)}*", "",
                 *self._fallback_note(item_id), body]
        related = [i for i in self.cur.linked_to(item_id) if i in self.cur]
        if related:
            lines += ["", "## " + self.tr("See also"), ""]
            lines += [f"- {self.link(i)} — {self.kind_label(self.cur.kind_of(i))}"
                      for i in related]
        source = getattr(item, "source", "")
        if source:
            lines += ["", self.sources_line(source)]
        return "\n".join(lines)

    def _fallback_note(self, item_id: str) -> list[str]:
        """Which fields are shown in English because they are not translated yet."""
        missing = self.cur.missing_fields(item_id) if self.cur.language != "en" else []
        if not missing:
            return []
        from PySide6.QtCore import QLocale

        names = QLocale().createSeparatedList([self.field_label(n) for n in missing])
        return ["> " + self.tr("Not yet translated, shown in English: {0}").format(
            _md_escape(names)), ""]
    def sources_line(self, source: str) -> str:
        """"Source: UN-Habitat, Toward People-centred Smart Cities (slides), Kobe, 2025" —
        the publisher, title and year, not the seed's file name (core/curriculum/citing.py)."""
        from pcsc_workshop.core.curriculum.citing import cite

        found = cite(source)
        label = self.tr("Source") if len(found) <= 1 else self.tr("Sources")
        return "*{}: {}*".format(label, "; ".join(_md_escape(c) for c in found))

    def _pillar(self, p: Any) -> str:
        out = [f"**{p.summary}**", "", p.explanation, "",
               "## " + self.tr("Principles and actions"), "",
               "| | {} | {} |".format(self.tr("Count"), self.tr("Example (paraphrased)")), "|---|---|---|"]
        for part in self.cur.pillar_parts[p.id]:
            label = (self.tr("Principles") if part.part == "principles"
                     else self.tr("Actions: {0}").format(self.actor_label(part.actor)))
            out.append(f"| [{label}](item:{part.id}) | {part.count} | "
                       f"{' '.join(part.example.split())} |")
        note = self.cur.guidelines.full_text_note if self.cur.guidelines else ""
        out += ["", f"> {' '.join(note.split())}", "", "## " + self.tr("Discussion questions"), ""]
        out += [f"{n}. {q}" for n, q in enumerate(p.discussion_questions, 1)]
        if p.our_advice:
            out += ["", "## " + self.field_label("our_advice"), ""]
            out += [f"- {a}" for a in p.our_advice]
        return "\n".join(out)

    def _part(self, part: Any) -> str:
        what = (self.tr("The guidelines give %n principle(s) for this pillar.", "", part.count)
                if part.part == "principles"
                else self.tr("The guidelines give %n action(s) for this actor.", "",
                             part.count))
        return "\n".join([
            what, "",
            "**{}:** {}".format(self.tr("Example (paraphrased from the source)"),
                                 " ".join(part.example.split())),
            "", self.tr("Pillar: {0}").format(self.link(part.pillar_id)), "",
            "*{}*".format(self.tr("The other principles and actions are added by the facilitator "
                                  "as local content.")),
        ])

    def _element(self, e: Element) -> str:
        out = [self.tr("Element {0} · domain {1}").format(e.number, self.link(e.domain_id)), "",
               e.description]
        if e.name_note:
            out += ["", f"> {e.name_note.strip()}"]
        out += ["", "## " + self.tr("Maturity levels (our rubric, derived from JICA)"), ""]
        checks = list(e.checks)
        for level, text in enumerate(e.descriptors):
            out.append(f"- **{level}** — {text}")
            if level < len(checks):
                out.append("  *{}*".format(self.tr("How to check: {0}").format(checks[level])))
        return "\n".join(out)

    def _domain(self, d: Any) -> str:
        out = [d.description, "", "## " + self.tr("Elements"), ""]
        out += [f"{e.number}. {self.link(e.id)}" for e in self.cur.elements_of(d.id)]
        return "\n".join(out)

    def _statistic(self, s: Any) -> str:
        out = [f"## {self.figure(s)}" if self.figure(s) else "", s.statement, "",
               "- {}: {}".format(self.tr("Theme"), self.theme_label(s.theme)),
               "- {}: {}".format(self.tr("Of"), s.population)]
        if s.region:
            out.append("- {}: {}".format(self.tr("Region"), s.region))
        if s.year:
            out.append("- {}: {}".format(self.tr("Year"), s.year))
        return "\n".join(out)

    def _case(self, c: Any) -> str:
        out = [f"*{c.place} · {c.period}*", "", "## " + self.tr("Context"), "", c.context,
               "## " + self.tr("Actors"), ""]
        out += [f"- {a}" for a in c.actors]
        out += ["", "## " + self.tr("What was done"), "", c.what_was_done,
                "## " + self.tr("Results"), "", c.results]
        if c.figures:
            out += ["", "| {} | {} | {} |".format(self.tr("Figure"), self.tr("Target"), self.tr("Reported")),
                    "|---|---|---|"]
            out += [f"| {f.label} | {f.target} | {f.value}{' ≈' if f.approximate else ''} |"
                    for f in c.figures]
        out += ["", "## " + self.tr("Lessons"), ""] + [f"- {x}" for x in c.lessons]
        return "\n".join(out)

    def field_label(self, name: str) -> str:
        """A curriculum field's heading in the reader's language ("member_states" ->
        "Member states"); a field added to the YAML later falls back to its own name."""
        labels = getattr(self, "_field_labels", None) or self._make_field_labels()
        return labels.get(name) or name.replace("_", " ").capitalize()

    def _make_field_labels(self) -> dict[str, str]:
        """Made once per renderer (about 60 translations): a page shows many fields."""
        self._field_labels = labels = {
            "activities": self.tr("Activities"), "answer": self.tr("Answer"),
            "actions": self.tr("Actions"), "actors": self.tr("Actors"),
            "context": self.tr("Context"), "descriptors": self.tr("Maturity levels"),
            "discussion_questions": self.tr("Discussion questions"),
            "figures": self.tr("Figures"), "lessons": self.tr("Lessons"),
            "name": self.tr("Name"), "name_note": self.tr("About the name"),
            "period": self.tr("Period"), "place": self.tr("Place"),
            "population": self.tr("Of"), "principles": self.tr("Principles"),
            "region": self.tr("Region"), "results": self.tr("Results"),
            "sessions": self.tr("Sessions"), "unit": self.tr("Unit"),
            "what_was_done": self.tr("What was done"),
            "applies_to": self.tr("Applies to"), "area": self.tr("Area"),
            "audience": self.tr("Audience"), "binding": self.tr("Legally binding"),
            "days": self.tr("Days"), "description": self.tr("Description"),
            "directions": self.tr("Directions"), "explanation": self.tr("Explanation"),
            "full_text_note": self.tr("About the full text"),
            "grows_by": self.tr("Grows by"), "instrument": self.tr("Instrument"),
            "key_points": self.tr("Key points"), "label": self.tr("Label"),
            "led_by": self.tr("Led by"), "letter": self.tr("Letter"),
            "level": self.tr("Level"), "mandate": self.tr("Mandate"),
            "member_states": self.tr("Member states"), "module": self.tr("Module"),
            "number": self.tr("Number"), "options": self.tr("Options"),
            "playbooks": self.tr("Playbooks"), "prompt": self.tr("Question"),
            "qualifier": self.tr("Qualifier"), "recommendations": self.tr("Recommendations"),
            "resolution": self.tr("Resolution"), "rubric_note": self.tr("About the levels"),
            "starts_with": self.tr("Starts with"), "statement": self.tr("Statement"),
            "summary": self.tr("Summary"), "value": self.tr("Value"),
            "why": self.tr("Why"),
            "objectives": self.tr("Learning objectives"),
            "duration_min": self.tr("Duration (minutes)"),
            "facilitator_notes": self.tr("Facilitator's notes (our advice)"),
            "discussion_prompts": self.tr("Discussion prompts"),
            "our_advice": self.tr("Our advice (not from the source)"),
            "draft_note": self.tr("In the draft of 22 May 2023"),
            "bracketed": self.tr("Wholly a bracketed proposal in the draft"),
            "layout_note": self.tr("How the source presents it"),
            "points": self.tr("Points"), "purpose": self.tr("Purpose"),
            "instructions": self.tr("Instructions"),
            "prompts": self.tr("What participants write"),
            "schedule": self.tr("Days"),
            "steps": self.tr("Steps"), "materials": self.tr("Materials"),
            "grouping": self.tr("Grouping"), "output": self.tr("Outcome"),
            "worksheet": self.tr("Worksheet"), "roles": self.tr("Roles"),
            "theme": self.tr("Theme"),
            "option_explanations": self.tr("Why each option is right or wrong"),
            "scoring_rules": self.tr("How to score"), "kind": self.tr("Kind of question"),
            "checks": self.tr("How to check each level"),
        }
        return labels

    def _block(self, entry: dict[str, Any]) -> list[str]:
        """One activity, session or day of a plan: its heading, then its fields."""
        heading = str(entry.get("title") or entry.get("theme") or "")
        facts = []
        if entry.get("day"):
            facts.append(self.tr("Day {0}").format(entry["day"]))
        if entry.get("start"):
            facts.append("–".join(str(entry[k]) for k in ("start", "end") if entry.get(k)))
        if entry.get("kind"):
            facts.append(self.session_kind(str(entry["kind"])))
        if entry.get("duration_min"):
            facts.append(self.tr("{0} min").format(entry["duration_min"]))
        out = [f"**{_md_escape(heading)}**" + (f" — {' · '.join(facts)}" if facts else ""), ""]
        for name, value in entry.items():
            if name in ("title", "theme", "day", "start", "end", "kind", "duration_min", "refs") \
                    or value in ("", [], None):
                continue
            label = self.field_label(name)
            if name == "worksheet":
                out += [f"*{label}:* {self.link(str(value))}", ""]
            elif isinstance(value, list) and name in ("steps", "instructions"):
                out += [f"*{label}*", ""] + [f"{n}. {v}" for n, v in enumerate(value, 1)] + [""]
            elif isinstance(value, list) and any(len(str(v)) > 40 for v in value):
                out += [f"*{label}*", ""] + [f"- {v}" for v in value] + [""]
            elif isinstance(value, list):
                out += [f"*{label}:* " + "; ".join(str(v) for v in value), ""]
            else:
                out += [f"*{label}:* {value}", ""]
        links = [self.link(r) for r in entry.get("refs") or [] if r in self.cur]
        if links:
            out += ["*" + self.tr("See") + ":* " + ", ".join(links), ""]
        return out

    def session_kind(self, kind: str) -> str:
        return {
            "lecture": self.tr("Lecture"), "exercise": self.tr("Exercise"),
            "site-visit": self.tr("Site visit"), "conference": self.tr("Conference"),
            "discussion": self.tr("Discussion"), "break": self.tr("Break"),
        }.get(kind, kind)

    def _generic(self, item: Any) -> str:
        out = []
        question_kinds = {"scenario": self.tr("Scenario: apply a framework to a city"),
                          "concept": self.tr("Concept"), "recall": self.tr("Recall of a fact")}
        for name, value in item.model_dump().items():
            if name in ("id", "source", "related", "name", "items", "refs", "answer_item") \
                    or value in ("", [], None):
                continue
            if name == "bracketed" and value is False:
                continue
            if name == "kind" and value in question_kinds:
                value = question_kinds[value]
            label = self.field_label(name)
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                out += [f"## {label}", ""]
                for entry in value:
                    out += self._block(entry)
            elif name == "duration_min" and isinstance(value, int):
                out += [f"**{label}**: {value}", ""]
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                ordered = name in ("instructions", "steps")  # done in this order
                out += [f"**{label}**", ""] + [f"{n}. {v}" if ordered else f"- {v}"
                                               for n, v in enumerate(value, 1)] + [""]
            elif isinstance(value, str):
                out += [f"**{label}**", "", value, ""]
            elif isinstance(value, bool):  # before int: a bool is an int in Python
                answer = self.tr("yes") if value else self.tr("no")
                out += [f"**{label}**: {answer}", ""]
            elif isinstance(value, int | float):
                out += [f"**{label}**: {value}", ""]
        for ref in getattr(item, "items", []) or []:
            out.append(f"- {self.link(ref)}")
        answer_item = getattr(item, "answer_item", "")
        if answer_item:
            out += ["", "**{}**: {}".format(self.tr("Answer found in"), self.link(answer_item))]
        return "\n".join(out)

    def local_markdown(self, local: Any) -> str:
        kind = "local-" + local.kind.replace("_", "-")
        from pcsc_workshop.core.local_content import shown_language
        from pcsc_workshop.ui.widgets.content_language import language_name

        lines = [f"# {_md_escape(local.title)}", f"*{self.kind_label(kind)}*", ""]
        written = shown_language(local)
        if written and written != self.cur.language:
            lines += ["> " + self.tr("Written in {0}").format(language_name(written)), ""]
        lines.append(markdown_safe(local.body))  # Markdown on purpose, never HTML or images
        if local.source:
            lines += ["", "*{}: {}*".format(self.tr("Source"), _md_escape(local.source))]
        return "\n".join(lines)
