"""The action plan as a PDF: the document a participant takes home.

A cover block (workshop, delegation, participant), the three written sections, the
next-steps table and the desired-support table, as the 2016 Technical Deep Dive asked for
them. Empty parts say "Not yet filled" rather than vanish, so a reader sees what is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Spacer, TableStyle
from reportlab.platypus.flowables import Flowable, HRFlowable

from pcsc_workshop.core.plans import PlanDoc
from pcsc_workshop.core.reports.document import Furniture, localised, render
from pcsc_workshop.core.reports.labels import label, label_or, number
from pcsc_workshop.core.reports.styles import (
    ACCENT,
    EMPTY_FILL,
    FRAME_WIDTH,
    RULE,
    DocTable,
    styles,
    table_style,
)
from pcsc_workshop.core.reports.text import before_table, para, paras
from pcsc_workshop.core.reports.titles import humanise_ref

# Next-steps columns: #, action, responsible, start, end, indicator, linked to, status.
_STEP_WIDTHS = (0.045, 0.20, 0.13, 0.115, 0.115, 0.165, 0.13, 0.10)
_SUPPORT_WIDTHS = (0.25, 0.22, 0.53)
# A narrow column holds ~25 characters a line and a page ~60 lines: a cell longer than this
# shows its start (_EXCERPT_CHARS) and the full text follows the table at full width.
_LONG_CELL_CHARS = 1200
_EXCERPT_CHARS = 300


@dataclass(frozen=True)
class PlanContext:
    """What the cover shows besides the plan itself (dates, venue, the owner's organisation)."""

    workshop_dates: str = ""
    venue: str = ""
    organisation: str = ""


def not_filled(text: str | None = None) -> DocTable:
    """A shaded box saying a part is empty ("Not filled in yet", or `text`)."""
    box = DocTable([[para(label("not_filled") if text is None else text, styles().empty)]],
                   colWidths=[FRAME_WIDTH])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), EMPTY_FILL),
        ("LINEBEFORE", (0, 0), (0, -1), 2, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    box.pdf_tag = "P"  # a sentence in a shaded box, not a data table (tagged PDF)
    return box


def _heading(position: int, key: str) -> Flowable:
    """A section heading, bookmarked in the PDF's outline (level 0 in a plan of its own;
    the report's and dossier's own headings sit above it there)."""
    flowable = para(f"{number(position)}\u2002{label(key)}", styles().h1)
    flowable.toc_text = f"{number(position)} {label(key)}"  # type: ignore[attr-defined]
    flowable.plan_heading = True  # type: ignore[attr-defined]
    return flowable


def _cover(doc: PlanDoc, context: PlanContext, anonymised: bool) -> list[Flowable]:
    st = styles()
    kicker = "delegation_plan" if doc.owner_kind == "delegation" else "action_plan"
    out: list[Flowable] = [para(label(kicker), st.kicker), para(doc.workshop_title, st.title)]
    details = " \u00b7 ".join(x for x in (context.workshop_dates, context.venue) if x)
    if details:
        out.append(para(details, st.subtitle))
    out += [Spacer(1, 6), HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceAfter=8)]
    cells: list[tuple[str, str]] = []
    if doc.owner_kind == "participant":
        cells.append((label("participant"), doc.owner_name))
    cells.append((label("delegation"), doc.delegation_label))
    if context.organisation and not anonymised:
        cells.append((label("organisation"), context.organisation))
    width = FRAME_WIDTH / len(cells)
    grid = DocTable(
        [[para(k, st.label) for k, _ in cells], [para(v or "\u2014", st.value, follow_direction=False) for _, v in cells]],
        colWidths=[width] * len(cells),
    )
    grid.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    out.append(grid)
    if anonymised:
        out += [Spacer(1, 6), para(label("anonymised"), st.muted)]
    out.append(Spacer(1, 4))
    return out


def _section(number: int, key: str, text: str) -> list[Flowable]:
    st = styles()
    body = paras(text, st.body, bullet_style=st.bullet)
    if not body:
        return [KeepTogether([_heading(number, key), not_filled()])]
    return [_heading(number, key), *body]


def _cell(text: str, style: ParagraphStyle) -> list[Flowable] | str:
    return paras(text, style) or ""


def _short_date(day: date | None) -> str:
    return day.isoformat() if day else ""


def _excerpt(text: str, n: int, key: str) -> str:
    """The start of a long text, cut at a word, and where to read the rest."""
    cut = text[:_EXCERPT_CHARS].rsplit(" ", 1)[0] if " " in text[:_EXCERPT_CHARS] \
        else text[:_EXCERPT_CHARS]
    return f"{cut} {label(key, n=number(n))}"


def _long(*texts: str) -> bool:
    return any(len(t) > _LONG_CELL_CHARS for t in texts)


def _steps_table(doc: PlanDoc, link_titles: Callable[[str], str]) -> list[Flowable]:
    """The next-steps table, then the full text of any step too long for its cells.

    A pasted report in a narrow column would run over dozens of pages a few words wide (and
    reportlab re-wraps a splitting cell at every page): its cells show the start and point
    to the full text, printed at full width after the table."""
    st = styles()
    head = [para(label(k), st.cell_head) for k in (
        "col_no", "col_action", "col_responsible", "col_start", "col_end", "col_indicator",
        "col_link", "col_status")]
    rows: list[list] = [head]
    in_full: list[Flowable] = []
    for n, step in enumerate(doc.next_steps, start=1):
        long = _long(step.action, step.responsible, step.indicator, step.resources)
        def short(text: str, n: int = n) -> str:
            return _excerpt(text, n, "continued_below") if len(text) > _LONG_CELL_CHARS \
                else text
        action: list[Flowable] = paras(short(step.action), st.cell) or [para("", st.cell)]
        if step.resources.strip():
            action += paras(label("resources", text=short(step.resources)), _muted_cell())
        rows.append([
            para(number(n), st.cell),
            action,
            _cell(short(step.responsible), st.cell),
            para(_short_date(step.start_date), st.cell),
            para(_short_date(step.end_date), st.cell),
            _cell(short(step.indicator), st.cell),
            para(link_titles(step.link_ref) if step.link_ref else "", st.cell),
            para(label_or(f"status_{step.status}", step.status), st.cell),
        ])
        if long:
            in_full += _in_full(label("step_in_full", n=number(n)), (
                ("col_action", step.action), ("col_responsible", step.responsible),
                ("col_indicator", step.indicator),
                ("resources_heading", step.resources)))
    table = DocTable(rows, colWidths=[FRAME_WIDTH * w for w in _STEP_WIDTHS], repeatRows=1)
    table.setStyle(TableStyle(table_style(rows=len(rows))))
    return [table, *in_full]


def _in_full(title: str, fields: Iterable[tuple[str, str]]) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [para(title, st.h2)]
    for key, text in fields:
        if text.strip():
            out += [para(label(key), st.label), *paras(text, st.body, bullet_style=st.bullet)]
    return out


def _muted_cell() -> ParagraphStyle:
    from reportlab.lib.styles import ParagraphStyle

    from pcsc_workshop.core.reports.styles import MUTED

    return ParagraphStyle("cell_muted", parent=styles().cell, textColor=MUTED)


def _support_table(doc: PlanDoc) -> list[Flowable]:
    st = styles()
    head = [para(label(k), st.cell_head) for k in ("col_provider", "col_kind", "col_detail")]
    rows: list[list] = [head]
    in_full: list[Flowable] = []
    for n, row in enumerate(doc.support, start=1):
        long = _long(row.provider, row.detail)
        provider = _excerpt(row.provider, n, "support_continued") \
            if len(row.provider) > _LONG_CELL_CHARS else row.provider
        detail = _excerpt(row.detail, n, "support_continued") \
            if len(row.detail) > _LONG_CELL_CHARS else row.detail
        rows.append([_cell(provider, st.cell),
                     para(label_or(f"support_{row.kind}", row.kind), st.cell),
                     _cell(detail, st.cell)])
        if long:
            in_full += _in_full(label("support_in_full", n=number(n)), (
                ("col_provider", row.provider), ("col_detail", row.detail)))
    table = DocTable(rows, colWidths=[FRAME_WIDTH * w for w in _SUPPORT_WIDTHS], repeatRows=1)
    table.setStyle(TableStyle(table_style(rows=len(rows))))
    return [table, *in_full]


def plan_story(doc: PlanDoc, *, link_titles: Callable[[str], str] | None = None,
               anonymised: bool = False, context: PlanContext | None = None,
               cover: bool = True) -> list[Flowable]:
    """The plan's flowables, for this document and for reports that include plans."""
    titles = link_titles or humanise_ref
    story: list[Flowable] = _cover(doc, context or PlanContext(), anonymised) if cover else []
    for position, key in enumerate(("key_takeaways", "challenges", "approaches"), start=1):
        story += _section(position, key, getattr(doc, key))
    story += before_table(_heading(4, "next_steps"))
    story += _steps_table(doc, titles) if doc.next_steps else [not_filled()]
    story += before_table(_heading(5, "support"))
    story += _support_table(doc) if doc.support else [not_filled()]
    return story


@localised(lambda *args, **kwargs: None)
def write_plan_pdf(doc: PlanDoc, out_path: Path | str, *,
                   link_titles: Callable[[str], str] | None = None, anonymised: bool = False,
                   generated: date | None = None,
                   context: PlanContext | None = None) -> Path:
    """Write the plan as an A4 PDF (atomically); return the file's path.

    `link_titles` turns a pillar/element id into its name (the curriculum's `title_of`);
    without it ids are humanised. With `anonymised` the cover says so and leaves out the
    organisation; pass a doc whose names were already replaced (see `anonymise`).
    ExportError when the folder is missing or read-only.
    """
    owner = doc.owner_name or doc.delegation_label
    furniture = Furniture(
        title=f"{label('action_plan_title')} \u2013 {owner}" if owner else doc.workshop_title,
        footer=f"{doc.workshop_title} \u00b7 {owner}" if owner else doc.workshop_title,
        generated=generated or date.today(),
        subject=doc.workshop_title,
    )
    story = plan_story(doc, link_titles=link_titles, anonymised=anonymised, context=context)
    for item in story:  # a plan of its own: its sections are the PDF's outline
        for flowable in [item, *getattr(item, "_content", [])]:
            if getattr(flowable, "plan_heading", False):
                flowable.toc_level = 0
    return render(story, Path(out_path), furniture)
