"""The delegation dossier: the one document a delegation carries home and files.

In this order, page-numbered, with a table of contents and PDF bookmarks: the agenda, the
delegation's self-assessment, its action plan (with its members), every member's own plan,
and the support requests of the delegation and its members in one table.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.platypus import PageBreak, Spacer, TableStyle
from reportlab.platypus.flowables import Flowable

from pcsc_workshop.core.plans import PlanDoc
from pcsc_workshop.core.reports.agenda_pdf import agenda_story
from pcsc_workshop.core.reports.batch import BatchResult
from pcsc_workshop.core.reports.contents import heading, render_with_contents
from pcsc_workshop.core.reports.delegation_pdf import assessment_story, empty_plan, members_table
from pcsc_workshop.core.reports.document import Furniture, localised
from pcsc_workshop.core.reports.fonts import unprintable_report
from pcsc_workshop.core.reports.labels import current_language, label
from pcsc_workshop.core.reports.output import check_folder, safe_filename, unique_name
from pcsc_workshop.core.reports.plan_pdf import plan_story
from pcsc_workshop.core.reports.report_data import DelegationData, PersonRow, ReportData
from pcsc_workshop.core.reports.report_pdf import cover_story
from pcsc_workshop.core.reports.styles import FRAME_WIDTH, DocTable, styles, table_style
from pcsc_workshop.core.reports.text import para, paras


def _member_plan(data: ReportData, d: DelegationData, person: PersonRow) -> PlanDoc:
    for member, plan in d.member_plans:
        if member.id == person.id:
            return plan
    return PlanDoc(id="", workshop_id=data.workshop.id, workshop_title=data.workshop.title,
                   owner_kind="participant", owner_id=person.id, owner_name=person.name,
                   delegation_label=d.label)


def support_table(data: ReportData, d: DelegationData) -> Flowable:
    """Every support request of the delegation and its members; a request pulled into the
    delegation plan is listed once, for the delegation (as on the dashboard)."""
    st = styles()
    plans: list[tuple[str, PlanDoc]] = [(d.label, d.plan or empty_plan(data, d))]
    plans += [(m.name, _member_plan(data, d, m)) for m in d.members]
    pulled = {r.source_ref for r in plans[0][1].support if r.source_ref}
    rows: list[list] = [[para(label(k), st.cell_head) for k in
                         ("col_owner", "col_provider", "col_kind", "col_detail")]]
    for owner, plan in plans:
        for r in plan.support:
            if r.id in pulled or not (r.provider + r.kind + r.detail).strip():
                continue
            rows.append([para(owner, st.cell, follow_direction=False),
                         paras(r.provider, st.cell) or "", para(r.kind, st.cell),
                         paras(r.detail, st.cell) or ""])
    if len(rows) == 1:
        return para(label("support_none"), st.empty)
    table = DocTable(rows, colWidths=[FRAME_WIDTH * w for w in (0.22, 0.2, 0.18, 0.4)],
                  repeatRows=1)
    table.setStyle(TableStyle(table_style(rows=len(rows))))
    return table


def dossier_story(data: ReportData, d: DelegationData) -> list[Flowable]:
    st = styles()
    story = cover_story(data, "delegation_dossier", subtitle=d.label)
    story += agenda_story(data, toc_level=0)
    story += [PageBreak(), *assessment_story(data, d, toc_level=0)[1:]]
    story += [PageBreak(), heading(label("delegation_plan_title"), st.h1, 0),
              para(label("members"), st.h2), members_table(d.members), Spacer(1, 6)]
    story += plan_story(d.plan or empty_plan(data, d), anonymised=data.anonymised,
                        link_titles=data.titles, cover=False)
    if d.members:
        story += [PageBreak(), heading(label("member_plans"), st.h1, 0)]
        for k, member in enumerate(d.members):
            if k:
                story.append(PageBreak())
            story.append(heading(label("plan_of", name=member.name), st.h2, 1))
            story += plan_story(_member_plan(data, d, member), anonymised=data.anonymised,
                                link_titles=data.titles, cover=False)
    story += [PageBreak(), heading(label("support_requests"), st.h1, 0), support_table(data, d)]
    return story


@localised(lambda data, *args, **kwargs: data.workshop.language)
def write_dossier_pdf(data: ReportData, delegation_id: str, out_path: Path | str, *,
                      generated: date | None = None) -> Path:
    """Write one delegation's dossier (atomically); KeyError for an unknown delegation.

    `data` must come from `collect_report(..., member_plans=True)`.
    """
    d = data.delegation(delegation_id)
    furniture = Furniture(title=f"{label('delegation_dossier_title')} \u2013 {d.label}",
                          footer=f"{data.workshop.title} \u00b7 {d.label}",
                          generated=generated or date.today(), subject=data.workshop.title)
    return render_with_contents(dossier_story(data, d), Path(out_path), furniture)


@localised(lambda data, *args, **kwargs: data.workshop.language)
def write_dossiers(data: ReportData, out_dir: Path | str, *,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   generated: date | None = None) -> BatchResult:
    """One dossier per delegation in out_dir; finished files stay if cancelled midway."""
    folder = check_folder(Path(out_dir))
    result = BatchResult()
    taken: set[str] = set()
    total = len(data.delegations)
    for done, d in enumerate(data.delegations):
        if cancelled is not None and cancelled():
            result.cancelled = True
            return result
        if progress is not None:
            progress(done, total)
        stem = safe_filename(f"{label('delegation_dossier_title')} {d.label}",
                             f"dossier-{d.id[:8]}")
        with unprintable_report() as found:
            result.written.append(write_dossier_pdf(data, d.id, folder / unique_name(
                stem, ".pdf", taken), generated=generated, language=current_language()))
        result.unprintable.update(found)
    if progress is not None:
        progress(total, total)
    return result
