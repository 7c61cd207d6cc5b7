"""The editable twin of the PDFs: each plan, dossier and the report as a Word document.

Programmes edit plans and reports after the event, and a .docx is what their tools open:
python-docx writes real heading styles (a navigation pane and a generated table of
contents work), tables whose first row is marked as a header row (repeated on each page,
announced by screen readers), charts as pictures with their values as alt text, and the
document language on every style (right to left for Arabic: paragraphs and table column
order). The words are the PDFs' (`labels`), and user text is only ever added as text runs.
Written atomically like the PDFs.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from pcsc_workshop.core.assessment import coverage, domain_scores, overall_mean
from pcsc_workshop.core.plans import PlanDoc
from pcsc_workshop.core.reports.labels import (
    current_language,
    date_range,
    document_language,
    is_rtl,
    label,
    label_or,
    normalise_language,
    number,
)
from pcsc_workshop.core.reports.output import atomic_path
from pcsc_workshop.core.reports.report_data import DelegationData, PersonRow, ReportData
from pcsc_workshop.core.reports.text import clean
from pcsc_workshop.core.reports.titles import humanise_ref

# BCP 47 tags Word expects in w:lang
_LANG_TAGS = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "pt": "pt-PT", "ar": "ar-SA"}


class DocxWriter:
    """A python-docx Document set up for one language, with the few building blocks used."""

    def __init__(self, title: str) -> None:
        from docx import Document

        self.doc = Document()
        self.rtl = is_rtl()
        self.language = current_language()
        props = self.doc.core_properties
        props.title = title
        props.language = _LANG_TAGS[self.language]
        props.author = "PCSC Workshop"
        self._set_language()

    def _set_language(self) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        tag = _LANG_TAGS[self.language]
        defaults = self.doc.styles.element.find(qn("w:docDefaults"))
        for lang in defaults.iter(qn("w:lang")) if defaults is not None else ():
            lang.set(qn("w:val"), tag)
        for style in self.doc.styles:
            element = getattr(style, "element", None)
            if element is None or style.type not in (1, 2, 3):  # paragraph, character, table
                continue
            rpr = element.get_or_add_rPr()
            lang = rpr.find(qn("w:lang"))
            if lang is None:
                lang = OxmlElement("w:lang")
                rpr.append(lang)
            lang.set(qn("w:val"), tag)
            lang.set(qn("w:bidi"), "ar-SA")
            lang.set(qn("w:eastAsia"), "zh-CN")
            if self.rtl and style.type == 1:  # paragraph styles: right to left
                ppr = element.get_or_add_pPr()
                if ppr.find(qn("w:bidi")) is None:
                    ppr.append(OxmlElement("w:bidi"))
                if rpr.find(qn("w:rtl")) is None:
                    rpr.append(OxmlElement("w:rtl"))

    # --- blocks ------------------------------------------------------------------------------
    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_heading(clean(text).replace("\n", " "), level=level)

    def title(self, kicker: str, text: str, subtitle: str = "") -> None:
        self.doc.add_paragraph(kicker, style="Subtitle")
        self.doc.add_heading(clean(text), level=0)
        if subtitle:
            self.doc.add_paragraph(clean(subtitle))

    def paragraph(self, text: str, *, italic: bool = False, style: str | None = None) -> None:
        paragraph = self.doc.add_paragraph(style=style)
        run = paragraph.add_run(clean(text).replace("\n", " "))
        run.italic = italic

    def lines(self, text: str) -> bool:
        """Multi-line user text; "- item" lines become bullets. False when empty."""
        wrote = False
        for line in clean(text).split("\n"):
            stripped = line.strip()
            if not stripped:
                continue
            if stripped[:2] in ("- ", "* ", "\u2022 "):
                self.paragraph(stripped[2:], style="List Bullet")
            else:
                self.paragraph(stripped)
            wrote = True
        return wrote

    def not_filled(self) -> None:
        self.paragraph(label("not_filled"), italic=True)

    def table(self, head: list[str], rows: Iterable[list[str]]) -> None:
        """A table with a real header row (repeated on every page, read as headers)."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        rows = [list(r) for r in rows]
        table = self.doc.add_table(rows=1 + len(rows), cols=len(head))
        table.style = "Table Grid"
        if self.rtl:  # columns run right to left
            tbl_pr = table._tbl.tblPr
            tbl_pr.append(OxmlElement("w:bidiVisual"))
        for cell, text in zip(table.rows[0].cells, head, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        tr_pr.append(header)
        for row, values in zip(table.rows[1:], rows, strict=True):
            for cell, text in zip(row.cells, values, strict=True):
                cell.text = clean(str(text or ""))

    def chart(self, png: bytes, alt: str, title: str) -> None:
        """A chart picture whose alt text (description) carries every value it shows."""
        from docx.shared import Cm

        self.doc.add_picture(io.BytesIO(png), width=Cm(15))
        doc_pr = self.doc.inline_shapes[-1]._inline.docPr
        doc_pr.set("descr", alt)
        doc_pr.set("title", title)
        self.paragraph(alt, italic=True)  # the same values in words, for every reader

    def save(self, out_path: Path | str) -> Path:
        out_path = Path(out_path)
        with atomic_path(out_path) as temp:
            self.doc.save(str(temp))
        return out_path.expanduser().resolve()


# --- plans ---------------------------------------------------------------------------------------
def _plan_parts(w: DocxWriter, doc: PlanDoc, titles: Callable[[str], str], level: int) -> None:
    for position, key in enumerate(("key_takeaways", "challenges", "approaches"), start=1):
        w.heading(f"{number(position)} {label(key)}", level)
        if not w.lines(getattr(doc, key)):
            w.not_filled()
    w.heading(f"{number(4)} {label('next_steps')}", level)
    if doc.next_steps:
        w.table([label(k) for k in ("col_no", "col_action", "col_responsible", "col_start",
                                    "col_end", "col_indicator", "col_link", "col_status")],
                [[number(n), s.action + (f"\n{label('resources', text=s.resources)}"
                                         if s.resources.strip() else ""),
                  s.responsible, s.start_date.isoformat() if s.start_date else "",
                  s.end_date.isoformat() if s.end_date else "", s.indicator,
                  titles(s.link_ref) if s.link_ref else "",
                  label_or(f"status_{s.status}", s.status)]
                 for n, s in enumerate(doc.next_steps, start=1)])
    else:
        w.not_filled()
    w.heading(f"{number(5)} {label('support')}", level)
    if doc.support:
        w.table([label(k) for k in ("col_provider", "col_kind", "col_detail")],
                [[r.provider, label_or(f"support_{r.kind}", r.kind), r.detail]
                 for r in doc.support])
    else:
        w.not_filled()


def write_plan_docx(doc: PlanDoc, out_path: Path | str, *,
                    link_titles: Callable[[str], str] | None = None,
                    language: str | None = None, anonymised: bool = False,
                    workshop_dates: str = "", organisation: str = "") -> Path:
    """The plan as an editable .docx in `language` (default: the current one)."""
    with document_language(normalise_language(language or current_language())):
        owner = doc.owner_name or doc.delegation_label
        w = DocxWriter(f"{label('action_plan_title')} \u2013 {owner}" if owner
                       else doc.workshop_title)
        kicker = "delegation_plan" if doc.owner_kind == "delegation" else "action_plan"
        w.title(label(kicker), doc.workshop_title, workshop_dates)
        cover = []
        if doc.owner_kind == "participant":
            cover.append((label("participant"), doc.owner_name))
        cover.append((label("delegation"), doc.delegation_label))
        if organisation and not anonymised:
            cover.append((label("organisation"), organisation))
        w.table([k for k, _ in cover], [[v or "\u2014" for _, v in cover]])
        if anonymised:
            w.paragraph(label("anonymised"), italic=True)
        _plan_parts(w, doc, link_titles or humanise_ref, 1)
        return w.save(out_path)


# --- charts as pictures ----------------------------------------------------------------------------
def bars_png(groups: list[tuple[str, dict[str, float | None]]],
             domain_names: dict[str, str]) -> tuple[bytes, str]:
    """Grouped horizontal bars (0–4) of domain means, as PNG, and its alt text with values."""
    from PIL import Image, ImageDraw, ImageFont

    from pcsc_workshop.core.reports.fonts import register_fonts
    from pcsc_workshop.core.reports.rtl import has_rtl, visual_line

    fonts = register_fonts()
    folder = fonts.folder
    sans = ImageFont.truetype(str(folder / "NotoSans-Regular.ttf"), 22)
    arabic = ImageFont.truetype(str(folder / "NotoNaskhArabic-Regular.ttf"), 24)

    from PIL import features

    # with libraqm Pillow shapes and reorders itself; without it, give it the visual line
    raqm = features.check("raqm")

    def draw_text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str,
                  anchor: str = "la") -> None:
        rtl = has_rtl(text)
        font = arabic if rtl else sans
        shown = visual_line(text) if rtl and not raqm else text
        draw.text(xy, shown, fill=(31, 35, 40), font=font, anchor=anchor)

    domains = list(domain_names)
    colours = [(0, 114, 178), (230, 159, 0), (0, 158, 115), (204, 121, 167), (86, 180, 233)]
    bar, gap, left, width = 26, 18, 330, 1000
    height = 40 + len(groups) * (len(domains) * bar + gap) + 60
    image = Image.new("RGB", (left + width + 80, height), "white")
    draw = ImageDraw.Draw(image)
    y = 30
    values_text: list[str] = []
    for name, scores in groups:
        draw_text(draw, (10, y + 4), name[:34])
        parts = []
        for k, dom in enumerate(domains):
            value = scores.get(dom)
            colour = colours[k % len(colours)]
            label_text = domain_names[dom]
            draw_text(draw, (left - 10, y + bar // 2), label_text[:22], anchor="rm")
            if value is None:
                draw_text(draw, (left + 6, y + bar // 2), label("not_scored"), anchor="lm")
                parts.append(label("chart_value", label=label_text, value=label("not_scored")))
            else:
                draw.rectangle([left, y + 3, left + int(width * value / 4), y + bar - 3],
                               fill=colour)
                draw_text(draw, (left + int(width * value / 4) + 6, y + bar // 2),
                          number(value, 2), anchor="lm")
                parts.append(label("chart_value", label=label_text, value=number(value, 2)))
            y += bar
        values_text.append(label("chart_series", name=name, values="; ".join(parts)))
        y += gap
    for tick in range(5):  # the 0–4 scale
        x = left + width * tick // 4
        draw.line([x, 20, x, y], fill=(201, 211, 221))
        draw_text(draw, (x, y + 8), number(tick), anchor="ma")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue(), label("chart_bars_alt", values=" ".join(values_text))


# --- dossier and report --------------------------------------------------------------------------
def _members(w: DocxWriter, members: Sequence[PersonRow]) -> None:
    if not members:
        w.paragraph(label("no_members"), italic=True)
        return
    w.table([label(k) for k in ("col_no", "col_name", "organisation", "col_role")],
            [[number(m.number), m.name, m.organisation or "\u2014", m.role or "\u2014"]
             for m in members])


def _assessment(w: DocxWriter, data: ReportData, d: DelegationData, level: int) -> None:
    w.heading(label("assessment_of", name=d.label), level)
    if not any(v is not None for v in d.scores.values()):
        w.paragraph(label("no_assessment"), italic=True)
        return
    means = domain_scores(d.scores, data.elements)
    groups = [(d.label, means)]
    if any(v is not None for v in data.averages.values()):
        groups.append((label("workshop_average"), domain_scores(data.averages, data.elements)))
    png, alt = bars_png(groups, data.domain_names)
    w.chart(png, alt, label("domain_scores"))
    rows = []
    for dom, mean in means.items():
        cov = coverage(d.scores, [e for e in data.elements if e.domain_id == dom])
        rows.append([data.domain_names.get(dom, dom),
                     number(mean, 2) if mean is not None else label("not_scored"),
                     label("scored_of", scored=cov.scored, total=cov.total)])
    overall = overall_mean(d.scores, data.elements)
    rows.append([label("overall"),
                 number(overall, 2) if overall is not None else label("not_scored"), ""])
    w.table([label(k) for k in ("col_domain", "col_mean", "col_coverage")], rows)


def _dates(data: ReportData) -> str:
    return data.workshop.when() or date_range(None, None)


def write_dossier_docx(data: ReportData, delegation_id: str, out_path: Path | str, *,
                       language: str | None = None) -> Path:
    """One delegation's dossier as .docx: members, self-assessment, plans, support."""
    from pcsc_workshop.core.reports.delegation_pdf import empty_plan

    with document_language(normalise_language(language or data.workshop.language)):
        d = data.delegation(delegation_id)
        w = DocxWriter(f"{label('delegation_dossier_title')} \u2013 {d.label}")
        w.title(label("delegation_dossier"), data.workshop.title,
                " \u00b7 ".join(x for x in (d.label, _dates(data), data.workshop.venue) if x))
        _assessment(w, data, d, 1)
        w.heading(label("delegation_plan_title"), 1)
        w.heading(label("members"), 2)
        _members(w, d.members)
        _plan_parts(w, d.plan or empty_plan(data, d), data.titles, 2)
        if d.member_plans:
            w.heading(label("member_plans"), 1)
            for member, plan in d.member_plans:
                w.heading(label("plan_of", name=member.name), 2)
                _plan_parts(w, plan, data.titles, 3)
        return w.save(out_path)


def write_report_docx(data: ReportData, out_path: Path | str, *,
                      language: str | None = None) -> Path:
    """The workshop report as .docx: agenda, people, assessments compared, plans, support."""
    from pcsc_workshop.core.reports.delegation_pdf import empty_plan

    with document_language(normalise_language(language or data.workshop.language)):
        wk = data.workshop
        w = DocxWriter(f"{label('workshop_report_title')} \u2013 {wk.title}")
        w.title(label("workshop_report"), wk.title,
                " \u00b7 ".join(x for x in (_dates(data), wk.venue) if x))
        if data.anonymised:
            w.paragraph(label("anonymised"), italic=True)
        w.heading(label("agenda"), 1)
        if not data.agenda:
            w.paragraph(label("no_agenda"), italic=True)
        days: dict[int, list] = {}
        for a in data.agenda:
            days.setdefault(a.day, []).append(a)
        for day, entries in days.items():
            w.heading(label("day_n", n=number(day)), 2)
            w.table([label(k) for k in ("col_time", "col_minutes", "col_kind_session",
                                        "col_session")],
                    [[a.start_time, number(a.duration_min),
                      label_or(f"kind_{a.kind}", a.kind), a.title] for a in entries])
        w.heading(label("delegations_people"), 1)
        w.table([label(k) for k in ("col_no", "col_name", "delegation", "organisation",
                                    "col_role")],
                [[number(p.number), p.name, p.delegation_label or "\u2014",
                  p.organisation or "\u2014", p.role or "\u2014"] for p in data.people])
        w.heading(label("assessment_comparison"), 1)
        groups = [(d.label, domain_scores(d.scores, data.elements)) for d in data.delegations
                  if any(v is not None for v in d.scores.values())]
        if groups:
            png, alt = bars_png(groups, data.domain_names)
            w.chart(png, alt, label("assessment_comparison"))
        w.heading(label("delegation_plans"), 1)
        for d in data.delegations:
            w.heading(d.label, 2)
            _plan_parts(w, d.plan or empty_plan(data, d), data.titles, 3)
        w.heading(label("support_summary"), 1)
        summary = data.support
        if summary is None or not summary.counts:
            w.paragraph(label("support_none"), italic=True)
        else:
            w.table([label(k) for k in ("col_provider", "col_kind", "col_requests")],
                    [[p or "\u2014", label_or(f"support_{k}", k) if k else "\u2014", number(n)]
                     for (p, k), n in summary.counts.items()])
        return w.save(out_path)
