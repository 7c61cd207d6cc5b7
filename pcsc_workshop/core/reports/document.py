"""The page every document shares: A4 frame, footer, "Page N of M", atomic file write.

"of M" needs the page count before the first page is finished, so the canvas keeps each
page's state and stamps the numbers when the document is saved (one pass, no re-layout).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import Flowable

from pcsc_workshop.core.reports.labels import label, long_date
from pcsc_workshop.core.reports.output import ExportError, atomic_path
from pcsc_workshop.core.reports.styles import (
    ACCENT,
    ACCENT_TINT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE,
    RULE,
    styles,
)
from pcsc_workshop.core.reports.text import para


@dataclass(frozen=True)
class Furniture:
    """What the footer and the PDF's properties say about a document."""

    title: str  # PDF title property
    footer: str  # left of the footer, e.g. the workshop's title
    generated: date
    subject: str = ""
    show_page_numbers: bool = True
    border: bool = False  # a double frame round the page (certificates)


class NumberedCanvas(Canvas):
    """A canvas that writes "Page N of M" on every page once M is known."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self.number_pages = True

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self.number_pages:
                self.setFont("NotoSans", 8)
                self.setFillColor(MUTED)
                self.drawRightString(PAGE[0] - MARGIN_X, MARGIN_BOTTOM - 10 * mm,
                                     label("page_of", page=self._pageNumber, pages=total))
            super().showPage()
        super().save()


def _footer(furniture: Furniture):
    """The onPage hook: a hairline, the workshop's title (any script) and the date."""
    from reportlab.lib.styles import ParagraphStyle

    style = ParagraphStyle("footer", parent=styles().small, fontSize=7.5, leading=9.5,
                           textColor=MUTED, spaceAfter=0)
    lines = [para(furniture.footer, style),
             para(label("generated", date=long_date(furniture.generated)), style)]

    def draw(canvas: Canvas, _doc) -> None:
        canvas.number_pages = furniture.show_page_numbers
        canvas.saveState()
        if furniture.border:  # a certificate: a frame instead of a footer
            _draw_border(canvas)
            canvas.restoreState()
            return
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top = MARGIN_BOTTOM - 5 * mm
        canvas.line(MARGIN_X, top, PAGE[0] - MARGIN_X, top)
        y = top - 2
        for flowable in lines:
            _, height = flowable.wrapOn(canvas, FRAME_WIDTH * 0.72, 20 * mm)
            y -= height
            flowable.drawOn(canvas, MARGIN_X, y)
        canvas.restoreState()

    return draw


def _draw_border(canvas: Canvas) -> None:
    inset = MARGIN_X * 0.55
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2.2)
    canvas.rect(inset, inset, PAGE[0] - 2 * inset, PAGE[1] - 2 * inset)
    canvas.setStrokeColor(ACCENT_TINT)
    canvas.setLineWidth(5)
    canvas.rect(inset + 6, inset + 6, PAGE[0] - 2 * inset - 12, PAGE[1] - 2 * inset - 12)


def render(story: Sequence[Flowable], out_path: Path, furniture: Furniture) -> Path:
    """Lay the story out on A4 pages and write it to out_path atomically."""
    out_path = Path(out_path)
    with atomic_path(out_path) as temp:
        doc = BaseDocTemplate(
            str(temp), pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=furniture.title,
            author="PCSC Workshop", creator="PCSC Workshop", subject=furniture.subject,
        )
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                           onPage=_footer(furniture))])
        try:
            doc.build(list(story), canvasmaker=NumberedCanvas)
        except LayoutError as exc:
            raise ExportError(f"The document could not be laid out: {exc}") from exc
    return out_path.expanduser().resolve()
