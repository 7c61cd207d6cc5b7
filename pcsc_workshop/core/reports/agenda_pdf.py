"""The agenda, day by day: on its own (handed out on day one) and inside the report and dossier.

Each day is a heading with its date (from the workshop's start date) and a table of sessions:
time (start–end), minutes, format and title. Two documents: the participants' agenda shows
each session's curriculum links once (none that only repeat the title) and no facilitator
notes; the facilitator's run sheet (`run_sheet=True`) adds the notes under each session.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from itertools import groupby
from pathlib import Path

from reportlab.platypus import Spacer, TableStyle
from reportlab.platypus.flowables import Flowable, HRFlowable

from pcsc_workshop.core.agenda import end_of
from pcsc_workshop.core.reports.contents import heading
from pcsc_workshop.core.reports.document import Furniture, localised, render
from pcsc_workshop.core.reports.labels import label, label_or, long_date
from pcsc_workshop.core.reports.plan_pdf import _muted_cell
from pcsc_workshop.core.reports.report_data import ReportData
from pcsc_workshop.core.reports.styles import ACCENT, FRAME_WIDTH, DocTable, styles, table_style
from pcsc_workshop.core.reports.text import before_table, para, paras

_WIDTHS = (0.15, 0.1, 0.15, 0.6)  # "09:00–10:30" on one line, in every document font


def _kind(kind: str) -> str:
    return label_or(f"kind_{kind}", kind.replace("-", " ").capitalize())


def _day_title(day: int, start: date | None) -> str:
    if start is None:
        return label("day_n", n=day)
    return label("day_n_date", n=day, date=long_date(start + timedelta(days=day - 1)))


def _links(data: ReportData, title: str, refs: Iterable[str]) -> list[str]:
    """Each link's title once, leaving out one the session's title already says."""
    out: list[str] = []
    for ref in refs:
        text = data.titles(ref)
        if text and text not in out and text.casefold() not in title.casefold():
            out.append(text)
    return out


def agenda_story(data: ReportData, *, toc_level: int | None = None,
                 run_sheet: bool = False) -> list[Flowable]:
    """The agenda under one heading, a sub-heading and table per day (notes: `run_sheet`)."""
    st = styles()
    out: list[Flowable] = [heading(label("agenda"), st.h1, toc_level)]
    if not data.agenda:
        return out + [para(label("no_agenda"), st.empty)]
    muted = _muted_cell()
    for day, entries in groupby(data.agenda, key=lambda a: a.day):
        # in an agenda of its own the days are its outline (bookmarks); in the report and
        # dossier, whose contents list sections, they are not
        out += before_table(heading(_day_title(day, data.start_date), st.h2,
                                    0 if toc_level is None else None), room=80)
        rows: list[list] = [[para(label(k), st.cell_head) for k in
                             ("col_time", "col_minutes", "col_kind_session", "col_session")]]
        for a in entries:
            session: list[Flowable] = [para(a.title, st.cell)]
            if run_sheet:
                session += paras(a.description, muted)
            if links := _links(data, a.title, a.refs):
                session.append(para(", ".join(links), muted))
            rows.append([para(f"{a.start_time}\u2013{end_of(a)}", st.cell),
                         para(str(a.duration_min), st.cell),
                         para(_kind(a.kind), st.cell), session])
        table = DocTable(rows, colWidths=[FRAME_WIDTH * w for w in _WIDTHS], repeatRows=1)
        table.setStyle(TableStyle(table_style(rows=len(rows))))
        out.append(table)
    return out


@localised(lambda data, *args, **kwargs: data.workshop.language)
def write_agenda_pdf(data: ReportData, out_path: Path | str, *,
                     generated: date | None = None, run_sheet: bool = False) -> Path:
    """Write the agenda (atomically) with a cover line naming the workshop; `run_sheet`:
    the facilitator's copy, with each session's notes."""
    st = styles()
    w = data.workshop
    kicker = label("run_sheet_kicker") if run_sheet else label("agenda_kicker")
    story: list[Flowable] = [para(kicker, st.kicker), para(w.title, st.title)]
    details = " \u00b7 ".join(x for x in (w.when(), w.venue) if x)
    if details:
        story.append(para(details, st.subtitle))
    if w.organisers:
        story.append(para(label("organised_by", organisers=w.organisers), st.muted))
    story += [Spacer(1, 4), HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceAfter=4)]
    story += agenda_story(data, run_sheet=run_sheet)[1:]  # the cover already says "agenda"
    furniture = Furniture(title=f"{label('agenda')} \u2013 {w.title}", footer=w.title,
                          generated=generated or date.today(), subject=w.title)
    return render(story, Path(out_path), furniture)
