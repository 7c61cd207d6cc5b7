"""The delegation plan: the group's action plan, its self-assessment and its members.

The self-assessment part (radar, domain scores with coverage, the suggested stage with the
rule's reason and JICA's guidance, the weakest elements) is also what the workshop report and
the dossier print for each delegation, so it is built here once (`assessment_story`).
Figures come from `core.assessment`, the functions the assessment page uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, TableStyle
from reportlab.platypus.flowables import Flowable

from pcsc_workshop.core.assessment import (
    coverage,
    domain_scores,
    overall_mean,
    stage_for,
    weakest_elements,
)
from pcsc_workshop.core.plans import PlanDoc
from pcsc_workshop.core.reports.charts import radar_alt, radar_data, radar_drawing
from pcsc_workshop.core.reports.contents import heading
from pcsc_workshop.core.reports.document import Furniture, localised, render
from pcsc_workshop.core.reports.labels import label, number
from pcsc_workshop.core.reports.plan_pdf import PlanContext, not_filled, plan_story
from pcsc_workshop.core.reports.plan_pdf import _cover as plan_cover
from pcsc_workshop.core.reports.report_data import DelegationData, PersonRow, ReportData
from pcsc_workshop.core.reports.styles import FRAME_WIDTH, DocTable, styles, table_style
from pcsc_workshop.core.reports.text import para


def _fmt(value: float | None) -> str:
    return number(value, 2) if value is not None else label("not_scored")


def empty_plan(data: ReportData, d: DelegationData) -> PlanDoc:
    """An unsaved, empty plan for a delegation that has none (printing creates no rows)."""
    return PlanDoc(id="", workshop_id=data.workshop.id, workshop_title=data.workshop.title,
                   owner_kind="delegation", owner_id=d.id, owner_name=d.label,
                   delegation_label=d.label)


def members_table(members: list[PersonRow]) -> Flowable:
    st = styles()
    if not members:
        return para(label("no_members"), st.empty)
    rows: list[list] = [[para(label(k), st.cell_head) for k in
                         ("col_no", "col_name", "organisation", "col_role")]]
    for m in members:
        rows.append([para(str(m.number), st.cell), para(m.name, st.cell, follow_direction=False),
                     para(m.organisation or "\u2014", st.cell),
                     para(m.role or "\u2014", st.cell)])
    table = DocTable(rows, colWidths=[FRAME_WIDTH * w for w in (0.06, 0.32, 0.37, 0.25)],
                  repeatRows=1)
    table.setStyle(TableStyle(table_style(rows=len(rows))))
    return table


def _domain_table(data: ReportData, d: DelegationData) -> Flowable:
    st = styles()
    means = domain_scores(d.scores, data.elements)
    average_means = domain_scores(data.averages, data.elements)
    rows: list[list] = [[para(label(k), st.cell_head) for k in
                         ("col_domain", "col_mean", "col_coverage", "col_average")]]
    for dom, mean in means.items():
        in_domain = [e for e in data.elements if e.domain_id == dom]
        cov = coverage(d.scores, in_domain)
        rows.append([para(data.domain_names.get(dom, dom), st.cell),
                     para(_fmt(mean), st.empty if mean is None else st.cell),
                     para(label("scored_of", scored=cov.scored, total=cov.total), st.cell),
                     para(_fmt(average_means.get(dom)), st.cell)])
    cov = coverage(d.scores, data.elements)
    rows.append([para(label("overall"), st.cell_head),
                 para(_fmt(overall_mean(d.scores, data.elements)), st.cell_head),
                 para(label("scored_of", scored=cov.scored, total=cov.total), st.cell_head),
                 para(_fmt(overall_mean(data.averages, data.elements)), st.cell_head)])
    table = DocTable(rows, colWidths=[FRAME_WIDTH * w for w in (0.34, 0.2, 0.22, 0.24)])
    table.setStyle(TableStyle(table_style(rows=len(rows))))
    return table


def _stage_part(data: ReportData, d: DelegationData) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [para(label("stage"), st.h2)]
    if d.stage:
        out.append(para(label("stage_set", stage=data.stage_name(d.stage)), st.body))
    suggestion = stage_for(d.scores, data.elements)
    f = suggestion.figures
    weak = f.get("weakest_domain_id")
    gap = weak if (f.get("weakest_domain_mean") or 0) < 2.0 else None
    gap = gap or next(iter(f.get("unscored_domains") or []), weak)
    reason = label(f"reason_{suggestion.reason_code}", scored=f["scored"], total=f["total"],
                   mean=f"{f['mean']:.2f}" if f.get("mean") is not None else "\u2014",
                   domain=data.domain_names.get(
                       (weak if suggestion.reason_code == "weak-domain" else gap) or "", "")
                   or "\u2014",
                   domain_mean=f"{f['weakest_domain_mean']:.2f}"
                   if f.get("weakest_domain_mean") is not None else "\u2014")
    if suggestion.stage_id:
        out.append(para(label("stage_suggested", stage=data.stage_name(suggestion.stage_id)),
                        st.value))
    else:
        out.append(para(label("stage_none"), st.value))
    out.append(para(reason, st.muted))
    stage_id = suggestion.stage_id or d.stage
    info = data.stages.get(stage_id or "")
    if info:
        block: list[Flowable] = [para(label("guidance", stage=info.name), st.h2)]
        if info.applies_to:
            block.append(para(label("applies_to", text=info.applies_to), st.muted))
        if info.description:
            block.append(para(info.description, st.body))
        block += [para(r, st.bullet) for r in info.recommendations]
        for flowable in block[-len(info.recommendations):] if info.recommendations else []:
            flowable.bulletText = "\u2022"  # type: ignore[attr-defined]
        out.append(KeepTogether(block))
    return out


def _weakest_part(data: ReportData, d: DelegationData) -> list[Flowable]:
    st = styles()
    weak = weakest_elements(d.scores, data.elements)
    out: list[Flowable] = [para(label("weakest"), st.h2)]
    if weak.priorities:
        rows: list[list] = [[para(label(k), st.cell_head) for k in
                             ("col_no", "col_element", "col_domain", "col_score")]]
        for item in weak.priorities:
            e = item.element
            rows.append([para(str(e.number), st.cell), para(data.titles(e.id), st.cell),
                         para(data.domain_names.get(e.domain_id, ""), st.cell),
                         para(str(item.score), st.cell)])
        table = DocTable(rows, colWidths=[FRAME_WIDTH * w for w in (0.06, 0.5, 0.28, 0.16)])
        table.setStyle(TableStyle(table_style(rows=len(rows))))
        out.append(table)
    else:
        out.append(para(label("none_weak"), st.empty))
    if weak.to_assess:
        items = "; ".join(f"{e.number} {data.titles(e.id)}" for e in weak.to_assess)
        out += [Spacer(1, 4), para(label("to_assess", items=items), st.muted)]
    return out


def assessment_story(data: ReportData, d: DelegationData, *,
                     toc_level: int | None = None) -> list[Flowable]:
    """The delegation's self-assessment: radar, domain table, stage and guidance, priorities."""
    st = styles()
    out: list[Flowable] = [CondPageBreak(330),
                           heading(label("assessment_of", name=d.label), st.h1, toc_level)]
    if not any(v is not None for v in d.scores.values()):
        return out + [not_filled(label("no_assessment"))] + _stage_part(data, d)
    series: list[tuple[str, Mapping[str, float | None]]] = [(d.label, d.scores)]
    if any(v is not None for v in data.averages.values()):
        series.append((label("workshop_average"), data.averages))
    chart = radar_drawing(radar_data(series, data.elements, data.domain_names))
    chart.alt_texts = [radar_alt(chart.radar)]
    out += [chart, para(label("radar_caption"), st.muted), para(chart.alt_texts[0], _alt_style()),
            para(label("domain_scores"), st.h2),
            _domain_table(data, d)]
    out += _stage_part(data, d)
    out += _weakest_part(data, d)
    return out


def _alt_style() -> ParagraphStyle:
    """The chart's values in words under it (small): the text alternative of the picture."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("chart_alt", parent=styles().muted, fontSize=7, leading=9)


def delegation_story(data: ReportData, d: DelegationData, *, cover: bool = True,
                     toc_level: int | None = None) -> list[Flowable]:
    """The delegation plan: cover, members, the plan's five parts, the self-assessment."""
    st = styles()
    plan = d.plan or empty_plan(data, d)
    context = PlanContext(workshop_dates=data.workshop.when(), venue=data.workshop.venue)
    story: list[Flowable] = []
    if cover:
        story += plan_cover(plan, context, data.anonymised)
    else:
        story.append(heading(d.label, st.h1, toc_level))
    story += [para(label("members"), st.h2), members_table(d.members), Spacer(1, 6)]
    story += plan_story(plan, anonymised=data.anonymised, link_titles=data.titles, cover=False)
    story += assessment_story(data, d, toc_level=None if toc_level is None else toc_level + 1)
    return story


@localised(lambda data, *args, **kwargs: data.workshop.language)
def write_delegation_pdf(data: ReportData, delegation_id: str, out_path: Path | str, *,
                         generated: date | None = None) -> Path:
    """Write one delegation plan (atomically); KeyError for a delegation not in `data`."""
    d = data.delegation(delegation_id)
    furniture = Furniture(title=f"{label('delegation_plan_title')} \u2013 {d.label}",
                          footer=f"{data.workshop.title} \u00b7 {d.label}",
                          generated=generated or date.today(), subject=data.workshop.title)
    return render(delegation_story(data, d), Path(out_path), furniture)
