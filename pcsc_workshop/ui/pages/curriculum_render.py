"""Curriculum items as Markdown for the curriculum page (QTextBrowser.setMarkdown).

Cross-links are written as `item:<id>` URLs; the page follows them. The content comes from the
core as it is; only the words around it (headings, labels) are translated here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from pcsc_workshop.ui.plain_text import markdown_safe

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
        }

    def link(self, item_id: str) -> str:
        return f"[{_md_escape(self.cur.title_of(item_id))}](item:{item_id})"

    # --- pages ----------------------------------------------------------------------------
    def markdown(self, item_id: str) -> str:
        item = self.cur.get(item_id)
        kind = self.cur.kind_of(item_id)
        body = {
            "pillar": self._pillar, "principles": self._part, "actions": self._part,
            "element": self._element, "domain": self._domain, "statistic": self._statistic,
            "case-study": self._case,
        }.get(kind, self._generic)(item)
        lines = [f"# {_md_escape(item.title)}", f"*{self.kind_label(kind)}*", "", body]
        related = [i for i in self.cur.linked_to(item_id) if i in self.cur]
        if related:
            lines += ["", "## " + self.tr("See also"), ""]
            lines += [f"- {self.link(i)} — {self.kind_label(self.cur.kind_of(i))}"
                      for i in related]
        source = getattr(item, "source", "")
        if source:
            lines += ["", "*{}: {}*".format(self.tr("Source"), _md_escape(source))]
        return "\n".join(lines)

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
        return "\n".join(out)

    def _part(self, part: Any) -> str:
        what = (self.tr("The guidelines give {0} principles for this pillar.")
                if part.part == "principles"
                else self.tr("The guidelines give {0} actions for this actor."))
        return "\n".join([
            what.format(part.count), "",
            "**{}:** {}".format(self.tr("Example (paraphrased from the source)"),
                                 " ".join(part.example.split())),
            "", self.tr("Pillar: {0}").format(self.link(part.pillar_id)), "",
            "*{}*".format(self.tr("The other principles and actions are added by the facilitator "
                                  "as local content.")),
        ])

    def _element(self, e: Any) -> str:
        out = [self.tr("Element {0} · domain {1}").format(e.number, self.link(e.domain_id)), "",
               e.description]
        if e.name_note:
            out += ["", f"> {e.name_note.strip()}"]
        out += ["", "## " + self.tr("Maturity levels (our rubric, derived from JICA)"), ""]
        out += [f"- **{level}** — {text}" for level, text in enumerate(e.descriptors)]
        return "\n".join(out)

    def _domain(self, d: Any) -> str:
        out = [d.description, "", "## " + self.tr("Elements"), ""]
        out += [f"{e.number}. {self.link(e.id)}" for e in self.cur.elements_of(d.id)]
        return "\n".join(out)

    def _statistic(self, s: Any) -> str:
        out = [f"## {s.figure}" if s.figure else "", s.statement, "",
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
        labels = {
            "activities": self.tr("Activities"), "answer": self.tr("Answer"),
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
        }
        return labels.get(name) or name.replace("_", " ").capitalize()

    def _generic(self, item: Any) -> str:
        out = []
        for name, value in item.model_dump().items():
            if name in ("id", "source", "related", "name", "items", "refs") or value in ("", [], None):
                continue
            label = self.field_label(name)
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                out += [f"**{label}**", ""] + [f"- {v}" for v in value] + [""]
            elif isinstance(value, str):
                out += [f"**{label}**", "", value, ""]
            elif isinstance(value, bool):  # before int: a bool is an int in Python
                answer = self.tr("yes") if value else self.tr("no")
                out += [f"**{label}**: {answer}", ""]
            elif isinstance(value, int | float):
                out += [f"**{label}**: {value}", ""]
        for ref in getattr(item, "items", []) or []:
            out.append(f"- {self.link(ref)}")
        return "\n".join(out)

    def local_markdown(self, local: Any) -> str:
        kind = "local-" + local.kind.replace("_", "-")
        lines = [f"# {_md_escape(local.title)}", f"*{self.kind_label(kind)}*", "",
                 markdown_safe(local.body)]  # Markdown on purpose, but never HTML or images
        if local.source:
            lines += ["", "*{}: {}*".format(self.tr("Source"), _md_escape(local.source))]
        return "\n".join(lines)
