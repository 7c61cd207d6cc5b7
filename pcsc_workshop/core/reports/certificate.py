"""A one-page certificate of participation, with the name in whatever script it was typed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable, HRFlowable

from pcsc_workshop.core.reports.document import Furniture, render
from pcsc_workshop.core.reports.labels import label, long_date
from pcsc_workshop.core.reports.styles import ACCENT, RULE, styles
from pcsc_workshop.core.reports.text import para

if TYPE_CHECKING:
    from pcsc_workshop.core.reports.batch import WorkshopFacts


def certificate_story(name: str, facts: WorkshopFacts, issued: date) -> list[Flowable]:
    st = styles()
    kicker = ParagraphStyle("cert_kicker", parent=st.kicker, fontSize=15, leading=20,
                            alignment=TA_CENTER)
    out: list[Flowable] = [Spacer(1, 48 * mm), para(label("certificate"), kicker),
                           Spacer(1, 16 * mm), para(label("certifies"), st.cert_body),
                           Spacer(1, 6 * mm), para(name or "\u2014", st.cert_name),
                           HRFlowable(width="50%", thickness=0.8, color=ACCENT, spaceBefore=4,
                                      spaceAfter=12),
                           para(label("took_part"), st.cert_body), Spacer(1, 2 * mm),
                           para(facts.title, st.cert_title)]
    if facts.dates:
        out.append(para(label("held", dates=facts.dates), st.cert_body))
    if facts.venue:
        out.append(para(label("at_venue", venue=facts.venue), st.cert_body))
    if facts.organisers:
        out += [Spacer(1, 10 * mm),
                para(label("organised_by", organisers=facts.organisers), _centred(st.muted))]
    out += [Spacer(1, 38 * mm), _signature_block(issued)]
    return out


def _signature_block(issued: date) -> Flowable:
    """Two lines to sign on: the date of issue and the organisers' signature."""
    st = styles()
    under = ParagraphStyle("cert_under", parent=st.muted, alignment=TA_CENTER, fontSize=8.5)
    table = Table(
        [[para(long_date(issued), _centred(st.body)), "", ""],
         [para(label("date_of_issue"), under), "", para(label("for_organisers"), under)]],
        colWidths=[60 * mm, 30 * mm, 60 * mm], rowHeights=[16, 14],
    )
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (0, 0), 0.6, RULE),
        ("LINEBELOW", (2, 0), (2, 0), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))
    return table


def _centred(style):
    return ParagraphStyle(f"{style.name}-centred", parent=style, alignment=TA_CENTER)


def write_certificate(name: str, facts: WorkshopFacts, out_path: Path | str, *,
                      generated: date | None = None) -> Path:
    """Write one certificate (atomically); ExportError when the folder cannot take it."""
    issued = generated or date.today()
    furniture = Furniture(title=f"{label('certificate').title()} \u2013 {name}",
                          footer=facts.title, generated=issued,
                          subject=facts.title, show_page_numbers=False,
                          border=True)
    return render(certificate_story(name, facts, issued), Path(out_path), furniture)
