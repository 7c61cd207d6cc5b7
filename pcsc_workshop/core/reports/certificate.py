"""A certificate of participation worth framing: landscape, the organisers' logos, the
signatories, the issue date and a certificate number, the name in whatever script it was
typed, shrunk to one line when it is long.

Logos and signatories are set once in the workshop details (`Workshop.certificate`:
images stored as base64 so they travel with the database). An image that cannot be read is
left out rather than failing the export. The issue date defaults to the workshop's last day
(a certificate for a 2016 workshop printed in 2026 still says 2016).
"""

from __future__ import annotations

import base64
import binascii
import io
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle
from reportlab.platypus.flowables import Flowable, HRFlowable, Image

from pcsc_workshop.core.reports.document import Furniture, localised, render
from pcsc_workshop.core.reports.facts import WorkshopFacts
from pcsc_workshop.core.reports.labels import label, long_date
from pcsc_workshop.core.reports.styles import (
    ACCENT,
    MARGIN_X,
    MUTED,
    RULE,
    DocTable,
    page_size,
    styles,
)
from pcsc_workshop.core.reports.text import para

NAME_SIZE = 30.0  # points; a long name shrinks down to MIN_NAME_SIZE to stay on one line
MIN_NAME_SIZE = 12.0
LOGO_HEIGHT = 16 * mm
SIGNATURE_HEIGHT = 13 * mm
MAX_SIGNATORIES = 3
MAX_LOGOS = 4


def _frame_width() -> float:
    page = page_size()
    return max(page) - 2 * MARGIN_X  # landscape


def issue_date(facts: WorkshopFacts, issued: date | None) -> date:
    """The date printed: chosen for this export, else the one set in the workshop's
    certificate details, else the workshop's last day, else today."""
    from pcsc_workshop.core.certificates import issued_on

    return issued or issued_on(facts.certificate) or facts.end or facts.start or date.today()


def fitted_name(name: str, width: float) -> Flowable:
    """The name at NAME_SIZE, or the largest size at which it fits one line of `width`."""
    base = styles().cert_name
    size = NAME_SIZE
    while True:
        style = ParagraphStyle(f"cert_name_{size:g}", parent=base, fontSize=size,
                               leading=size * 1.4)
        flowable = para(name or "\u2014", style)
        _, height = flowable.wrap(width, 1000)
        if height <= style.leading * 1.05 or size <= MIN_NAME_SIZE:
            flowable.fitted_size = size  # type: ignore[attr-defined]  # read by tests
            return flowable
        size = max(MIN_NAME_SIZE, size * 0.9)


def _image(data: str | None, height: float, max_width: float) -> Flowable | None:
    """An embedded picture from base64 data, scaled to `height`; None if unreadable."""
    if not data:
        return None
    try:
        from reportlab.lib.utils import ImageReader

        raw = base64.b64decode(data, validate=True)
        reader = ImageReader(io.BytesIO(raw))
        w, h = reader.getSize()
        if w <= 0 or h <= 0:
            return None
        scale = min(height / h, max_width / w)
        return Image(io.BytesIO(raw), width=w * scale, height=h * scale)
    except (binascii.Error, ValueError, OSError, TypeError):  # not an image: leave it out
        return None
    except Exception:  # noqa: BLE001 - PIL raises many kinds for hostile files
        return None


def _logos(facts: WorkshopFacts, width: float) -> list[Flowable]:
    logos = [img for data in (facts.certificate.get("logos") or [])[:MAX_LOGOS]
             if (img := _image(data, LOGO_HEIGHT, width / MAX_LOGOS - 10))]
    if not logos:
        return [Spacer(1, LOGO_HEIGHT)]
    table = DocTable([logos], colWidths=[width / len(logos)] * len(logos))
    table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return [table]


def certificate_story(name: str, facts: WorkshopFacts, issued: date,
                      number: str = "") -> list[Flowable]:
    st = styles()
    width = _frame_width()
    kicker = ParagraphStyle("cert_kicker", parent=st.kicker, fontSize=17, leading=22,
                            alignment=TA_CENTER)
    out: list[Flowable] = [*_logos(facts, width), Spacer(1, 6 * mm),
                           para(label("certificate"), kicker),
                           Spacer(1, 7 * mm), para(label("certifies"), st.cert_body),
                           Spacer(1, 2 * mm), fitted_name(name, width * 0.9),
                           HRFlowable(width="45%", thickness=0.8, color=ACCENT, spaceBefore=2,
                                      spaceAfter=8),
                           para(label("took_part"), st.cert_body), Spacer(1, 1 * mm),
                           para(facts.title, st.cert_title)]
    when = facts.when()
    if when:
        out.append(para(label("held", dates=when), st.cert_body))
    if facts.venue:
        out.append(para(label("at_venue", venue=facts.venue), st.cert_body))
    if facts.organisers:
        out += [Spacer(1, 3 * mm),
                para(label("organised_by", organisers=facts.organisers), _centred(st.muted))]
    out += [Spacer(1, 9 * mm), _signature_block(facts, issued, width)]
    if number:
        small = ParagraphStyle("cert_number", parent=st.muted, alignment=TA_CENTER,
                               fontSize=8, leading=10, textColor=MUTED)
        out += [Spacer(1, 4 * mm), para(label("certificate_number", number=number), small)]
    return out


def _signature_block(facts: WorkshopFacts, issued: date, width: float) -> Flowable:
    """The date of issue, then one column per signatory (signature, line, name, title);
    without signatories, a line to sign on "for the organisers"."""
    st = styles()
    under = ParagraphStyle("cert_under", parent=st.muted, alignment=TA_CENTER, fontSize=8.5,
                           leading=11)
    strong = ParagraphStyle("cert_signer", parent=st.body, alignment=TA_CENTER,
                            fontName="NotoSans-Bold", fontSize=9.5, leading=12, spaceAfter=0)
    signatories = [s for s in (facts.certificate.get("signatories") or [])
                   if isinstance(s, dict) and (s.get("name") or s.get("signature"))]
    signatories = signatories[:MAX_SIGNATORIES]
    columns = 1 + max(len(signatories), 1)
    col = min(width / columns, 75 * mm)
    # table cells: a flowable, or "" for an empty one
    top: list[Flowable | str] = [para(long_date(issued), _centred(st.body))]
    names: list[Flowable | str] = [para(label("date_of_issue"), under)]
    titles: list[Flowable | str] = [""]
    if signatories:
        for s in signatories:
            top.append(_image(s.get("signature"), SIGNATURE_HEIGHT, col - 12) or "")
            names.append(para(str(s.get("name") or ""), strong))
            titles.append(para(str(s.get("title") or ""), under))
    else:
        top.append("")
        names.append(para(label("for_organisers"), under))
        titles.append("")
    table = DocTable([top, names, titles], colWidths=[col] * columns,
                     rowHeights=[SIGNATURE_HEIGHT + 4, None, None])
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def _centred(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-centred", parent=style, alignment=TA_CENTER)


@localised(lambda name, facts, *args, **kwargs: facts.language)
def write_certificate(name: str, facts: WorkshopFacts, out_path: Path | str, *,
                      generated: date | None = None, issued: date | None = None,
                      number: str = "") -> Path:
    """Write one landscape certificate (atomically); ExportError when the folder cannot
    take it. `issued` defaults to the workshop's last day."""
    on = issue_date(facts, issued)
    furniture = Furniture(title=f"{label('certificate_title')} \u2013 {name}",
                          footer=facts.title, generated=generated or on,
                          subject=facts.title, show_page_numbers=False,
                          border=True, landscape=True)
    return render(certificate_story(name, facts, on, number), Path(out_path), furniture)
