"""The workshop report: what facilitators hand to ministries and funders.

Cover and contents, the agenda day by day, the delegations and participants (consent
respected: see `report_data`), the self-assessments compared (grouped bars and the numbers
behind them), every delegation plan with its self-assessment, the desired future support
counted by provider and kind, and the knowledge-check learning gains when checks were taken.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, PageBreak, Spacer, TableStyle
from reportlab.platypus.flowables import Flowable, HRFlowable

from pcsc_workshop.core.assessment import coverage, domain_scores, overall_mean, stage_for
from pcsc_workshop.core.quiz import shown_percent
from pcsc_workshop.core.reports.agenda_pdf import agenda_story
from pcsc_workshop.core.reports.charts import bars_alt, bars_data, domain_bars
from pcsc_workshop.core.reports.contents import ContentsSpot, heading, render_with_contents
from pcsc_workshop.core.reports.delegation_pdf import _alt_style, delegation_story
from pcsc_workshop.core.reports.document import Furniture, localised
from pcsc_workshop.core.reports.labels import (
    label,
    label_or,
    number,
    plural,
    signed,
)
from pcsc_workshop.core.reports.report_data import ReportData
from pcsc_workshop.core.reports.styles import ACCENT, FRAME_WIDTH, DocTable, styles, table_style
from pcsc_workshop.core.reports.text import para


def _table(rows: list[list], widths: tuple[float, ...]) -> DocTable:
    table = DocTable(rows, colWidths=[FRAME_WIDTH * w for w in widths], repeatRows=1)
    table.setStyle(TableStyle(table_style(rows=len(rows))))
    return table


def _head(*keys: str) -> list[Flowable]:
    return [para(label(k), styles().cell_head) for k in keys]


def cover_story(data: ReportData, kicker: str, subtitle: str = "") -> list[Flowable]:
    """Title block shared by the report and the dossier, then the contents."""
    st = styles()
    w = data.workshop
    out: list[Flowable] = [para(label(kicker), st.kicker), para(w.title, st.title)]
    if subtitle:
        out.append(para(subtitle, st.h2))
    details = " \u00b7 ".join(x for x in (w.when(), w.venue) if x)
    if details:
        out.append(para(details, st.subtitle))
    if w.organisers:
        out.append(para(label("organised_by", organisers=w.organisers), st.muted))
    out.append(para(label("delegations_and_people",
                          delegations=plural("delegations_count", len(data.delegations)),
                          people=plural("participants_count", len(data.people))), st.muted))
    if data.anonymised:
        out.append(para(label("anonymised"), st.muted))
    out += [Spacer(1, 4), HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceAfter=8),
            para(label("contents"), st.h1), ContentsSpot(), PageBreak()]
    return out


def people_story(data: ReportData) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [heading(label("delegations_people"), st.h1, 0)]
    rows = [_head("delegation", "col_city_type", "stage", "members", "col_coverage")]
    for d in data.delegations:
        cov = coverage(d.scores, data.elements)
        rows.append([para(d.label, st.cell), para(data.titles(d.city_type)
                                                   if d.city_type else "\u2014", st.cell),
                     para(data.stage_name(d.stage) or "\u2014", st.cell),
                     para(str(len(d.members)), st.cell),
                     para(label("scored_of", scored=cov.scored, total=cov.total), st.cell)])
    out += [_table(rows, (0.26, 0.3, 0.18, 0.1, 0.16)), Spacer(1, 10)]
    rows = [_head("col_no", "col_name", "delegation", "organisation", "col_role")]
    for p in data.people:
        rows.append([para(str(p.number), st.cell), para(p.name, st.cell, follow_direction=False),
                     para(p.delegation_label or "\u2014", st.cell),
                     para(p.organisation or "\u2014", st.cell),
                     para(p.role or "\u2014", st.cell)])
    out += [_table(rows, (0.06, 0.24, 0.2, 0.3, 0.2))]
    if any(not p.named for p in data.people):
        out += [Spacer(1, 4), para(label("consent_note"), st.muted)]
    return out


def comparison_story(data: ReportData) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [PageBreak(), heading(label("assessment_comparison"), st.h1, 0),
                           para(label("bars_caption"), st.muted)]
    groups = [(d.label, d.scores) for d in data.delegations]
    bars = bars_data(groups, data.elements, data.domain_names,
                     average=(label("workshop_average"), data.average_domains))
    chart = domain_bars(bars)
    chart.alt_texts = [bars_alt(bars)]  # a Figure with its /Alt
    out.append(chart)
    out.append(para(chart.alt_texts[0], _alt_style()))  # the chart's values in words
    out.append(para(label("domain_scores"), st.h2))
    names = [data.domain_names[d] for d in data.domain_names]
    small = ParagraphStyle("cell_head_small", parent=st.cell_head, fontSize=7, leading=9)
    rows: list[list] = [[para(label("delegation"), st.cell_head),
                         *[para(n, small) for n in names],
                         para(label("overall"), st.cell_head),
                         para(label("col_coverage"), st.cell_head),
                         para(label("stage"), st.cell_head)]]
    for d in data.delegations:
        means = domain_scores(d.scores, data.elements)
        mean = overall_mean(d.scores, data.elements)
        cov = coverage(d.scores, data.elements)
        suggestion = stage_for(d.scores, data.elements)
        rows.append([para(d.label, st.cell),
                     *[para(_num(means[dom]), st.cell) for dom in data.domain_names],
                     para(_num(mean), st.cell),
                     para(label("scored_of", scored=cov.scored, total=cov.total), st.cell),
                     para(data.stage_name(suggestion.stage_id) or "\u2014", st.cell)])
    rows.append([para(label("workshop_average"), st.cell_head),
                 *[para(_num(data.average_domains.get(dom)), st.cell_head)
                   for dom in data.domain_names],
                 para(_num(overall_mean(data.averages, data.elements)), st.cell_head),
                 "", ""])
    share = 0.525 / max(len(names), 1)
    table = _table(rows, (0.16, *([share] * len(names)), 0.085, 0.1, 0.13))
    # narrow domain columns: less padding so "Organization" fits on one line
    table.setStyle(TableStyle([("LEFTPADDING", (1, 0), (len(names), -1), 2),
                               ("RIGHTPADDING", (1, 0), (len(names), -1), 1)]))
    out.append(table)
    return out


def _num(value: float | None) -> str:
    return number(value, 2) if value is not None else label("not_scored")


def plans_story(data: ReportData) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [PageBreak(), heading(label("delegation_plans"), st.h1, 0)]
    for k, d in enumerate(data.delegations):
        if k:
            # a new page only when little room is left: a delegation's last block (its
            # weakest elements) no longer sits alone on an otherwise empty page
            out += [CondPageBreak(260), Spacer(1, 10)]
        out += delegation_story(data, d, cover=False, toc_level=1)
    return out


def support_story(data: ReportData) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [PageBreak(), heading(label("support_summary"), st.h1, 0)]
    summary = data.support
    if summary is None or not summary.counts:
        return out + [para(label("support_none"), st.empty)]
    asked_by: dict[tuple[str, str], list[str]] = {}
    for a in summary.asks:
        key = (a.provider, a.kind)
        who = a.delegation_label or a.owner_name
        if who and who not in asked_by.setdefault(key, []):
            asked_by[key].append(who)
    rows = [_head("col_provider", "col_kind", "col_requests", "col_from_delegations")]
    order = {p: i for i, p in enumerate(summary.providers)}
    for (provider, kind), n in sorted(summary.counts.items(),
                                      key=lambda kv: (order.get(kv[0][0], 99), -kv[1],
                                                      kv[0][1].casefold())):
        rows.append([para(provider or "\u2014", st.cell), para(label_or(f"support_{kind}", kind) if kind else "\u2014", st.cell),
                     para(str(n), st.cell),
                     para("; ".join(asked_by.get((provider, kind), [])), st.cell)])
    return out + [_table(rows, (0.25, 0.25, 0.1, 0.4))]


def gains_story(data: ReportData) -> list[Flowable]:
    if not data.gains:
        return []
    st = styles()
    rows = [_head("col_module", "col_pairs", "col_pre", "col_post", "col_gain")]
    for module_id, g in data.gains.items():
        rows.append([para(data.module_titles.get(module_id, module_id), st.cell),
                     para(number(g.pairs), st.cell),
                     para(number(shown_percent(g.mean_pre)), st.cell),
                     para(number(shown_percent(g.mean_post)), st.cell),
                     para(signed(g.shown_gain), st.cell)])  # the shown figures' difference
    return [heading(label("learning_gains"), st.h1, 0), para(label("gains_caption"), st.muted),
            _table(rows, (0.44, 0.14, 0.14, 0.14, 0.14))]


def polls_story(data: ReportData) -> list[Flowable]:
    """The questions asked to the room and their answers (anonymous by design: counts only)."""
    if not data.polls:
        return []
    st = styles()
    out: list[Flowable] = [heading(label("live_polls"), st.h1, 0),
                           para(label("polls_caption"), st.muted)]
    for results in data.polls:
        rows = [_head("col_answer", "col_count")]
        for answer, count in results.counts[:40]:
            rows.append([para(answer, st.cell), para(number(count), st.cell)])
        out += [heading(results.poll.question, st.h2, 1),
                para(plural("participants_count", results.respondents), st.muted),
                _table(rows, (0.8, 0.2))]
    return out


def report_story(data: ReportData) -> list[Flowable]:
    story = cover_story(data, "workshop_report")
    story += agenda_story(data, toc_level=0)
    story += [PageBreak(), *people_story(data)]
    story += comparison_story(data)
    story += plans_story(data)
    story += support_story(data)
    story += gains_story(data)
    story += polls_story(data)
    return story


@localised(lambda data, *args, **kwargs: data.workshop.language)
def write_report_pdf(data: ReportData, out_path: Path | str, *,
                     generated: date | None = None) -> Path:
    """Write the workshop report (atomically); ExportError when the folder cannot take it."""
    w = data.workshop
    furniture = Furniture(title=f"{label('workshop_report_title')} \u2013 {w.title}",
                          footer=w.title, generated=generated or date.today(), subject=w.title)
    return render_with_contents(report_story(data), Path(out_path), furniture)
