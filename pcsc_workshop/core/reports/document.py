"""The page every document shares: A4 frame, footer, "Page N of M", atomic file write.

"of M" needs the page count before the first page is finished, so the canvas keeps each
page's state and stamps the numbers when the document is saved (one pass, no re-layout).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, PageTemplate
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import Flowable

from pcsc_workshop.core.reports.labels import (
    current_language,
    document_language,
    is_rtl,
    label,
    long_date,
    number,
)
from pcsc_workshop.core.reports.output import ExportError, atomic_path
from pcsc_workshop.core.reports.styles import (
    ACCENT,
    ACCENT_TINT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
    document_paper,
    page_size,
    styles,
)
from pcsc_workshop.core.reports.tagging import TaggedCanvasMixin, TaggingFrame
from pcsc_workshop.core.reports.text import para

_Written = TypeVar("_Written")  # what a document writer returns (the path it wrote)


@dataclass(frozen=True)
class Furniture:
    """What the footer and the PDF's properties say about a document."""

    title: str  # PDF title property
    footer: str  # left of the footer, e.g. the workshop's title
    generated: date
    subject: str = ""
    show_page_numbers: bool = True
    border: bool = False  # a double frame round the page (certificates)
    language: str = field(default_factory=current_language)  # declared in the PDF (/Lang)
    landscape: bool = False  # certificates
    page: tuple[float, float] = field(default_factory=lambda: page_size())

    def __post_init__(self) -> None:
        if self.landscape:
            object.__setattr__(self, "page", landscape(self.page))


def localised(default: Callable[..., str | None]
              ) -> Callable[[Callable[..., _Written]], Callable[..., _Written]]:
    """Give a document writer `language=` and `paper=` keyword arguments.

    The document is built and rendered inside `document_language` / `document_paper`: the
    language given, else `default(*args)` (the workshop's language, for most documents),
    else the language already in force (a batch sets it per participant). Paper likewise.
    """
    def decorate(write: Callable[..., _Written]) -> Callable[..., _Written]:
        @functools.wraps(write)
        def wrapper(*args: Any, language: str | None = None, paper: str | None = None,
                    **kwargs: Any) -> _Written:
            chosen = language or default(*args, **kwargs)
            with ExitStack() as stack:
                if chosen:
                    stack.enter_context(document_language(chosen))
                if paper:
                    stack.enter_context(document_paper(paper))
                return write(*args, **kwargs)
        return wrapper
    return decorate


def doc_options(furniture: Furniture) -> dict[str, Any]:
    """What every document template is given: properties a reader and an archive check.

    `initialFontName`: reportlab's canvas otherwise starts in Helvetica, which is then
    referenced without being embedded even when no text uses it (archival checks fail).
    `lang` and `displayDocTitle`: a screen reader knows the language, a viewer's title bar
    shows the title instead of the file name.
    """
    return dict(title=furniture.title, author="PCSC Workshop", creator="PCSC Workshop",
                subject=furniture.subject, lang=furniture.language, displayDocTitle=1,
                initialFontName="NotoSans")


def split_rows_when_needed(story: Sequence[Flowable]) -> bool:
    """Let every table split inside a row; True when some table did not already.

    Used after a LayoutError: a row taller than a page (a pasted report in one cell) cannot
    move to the next page, so it is cut between lines instead."""
    changed = False
    for item in story:
        for table in _tables(item):
            if not table.splitInRow:
                table.splitInRow = 1
                changed = True
    return changed


def _tables(item: Any) -> Iterator[Any]:  # reportlab Tables, found by their private parts
    if hasattr(item, "_cellvalues"):
        yield item
        for row in item._cellvalues:
            for cell in row:
                for sub in cell if isinstance(cell, (list, tuple)) else [cell]:
                    yield from _tables(sub)
    elif hasattr(item, "_content"):
        for sub in item._content:
            yield from _tables(sub)


class BookmarkingDocTemplate(BaseDocTemplate):
    """Adds a PDF bookmark (the viewer's outline) for every flowable with a `toc_level`:
    headings made by `contents.heading` or a plan's section headings."""

    entries: list[tuple[int, str, int, str | None]]

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        text = flowable.toc_text  # type: ignore[attr-defined]
        key = f"h{self.seq.nextf('heading')}"  # type: ignore[attr-defined]  # (stubs)
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        entry = (level, text, self.page, key)
        if not hasattr(self, "entries"):
            self.entries = []
        self.entries.append(entry)
        self.notify("TOCEntry", entry)


class NumberedCanvas(TaggedCanvasMixin, Canvas):
    """A canvas that writes "Page N of M" on every page once M is known, and the PDF's
    structure tree (see `tagging`) when it is saved."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.number_pages = True
        self.rtl = is_rtl()  # the number sits on the left of a right-to-left page

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's, not in its stubs

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self.number_pages:
                self.begin_tag("Artifact")  # page furniture: skipped by screen readers
                self._number_page(total)
                self.end_tag()
            super().showPage()
        self.write_structure(total)
        super().save()

    def _number_page(self, total: int) -> None:
        from pcsc_workshop.core.reports.rtl import visual_line

        # the canvas's own page number and size (private reportlab state, not in the stubs)
        page = self._pageNumber  # type: ignore[attr-defined]
        text = label("page_of", page=number(page), pages=number(total))
        width = self._pagesize[0]  # type: ignore[attr-defined]
        self.setFillColor(MUTED)
        y = MARGIN_BOTTOM - 10 * mm
        if self.rtl:  # Arabic: reshaped in visual order, at the left (the page's end)
            self.setFont("NotoNaskhArabic", 9)
            register = visual_line(text)
            x = MARGIN_X
            self.drawString(x, y, register)
        else:
            self.setFont("NotoSans", 8)
            self.drawRightString(width - MARGIN_X, y, text)


def _footer(furniture: Furniture) -> Callable[[Canvas, Any], None]:
    """The onPage hook: a hairline, the workshop's title (any script) and the date."""
    from reportlab.lib.styles import ParagraphStyle

    style = ParagraphStyle("footer", parent=styles().small, fontSize=7.5, leading=9.5,
                           textColor=MUTED, spaceAfter=0)
    lines = [para(furniture.footer, style),
             para(label("generated", date=long_date(furniture.generated)), style)]

    page_width = furniture.page[0]
    box = (page_width - 2 * MARGIN_X) * 0.72
    # a right-to-left document starts its footer at the right margin
    x = page_width - MARGIN_X - box if is_rtl(furniture.language) else MARGIN_X

    def draw(canvas: Canvas, _doc: Any) -> None:
        tagged = canvas if isinstance(canvas, NumberedCanvas) else None
        if tagged is not None:
            tagged.number_pages = furniture.show_page_numbers
            tagged.begin_tag("Artifact")  # footer and border: page furniture
        canvas.saveState()
        if furniture.border:  # a certificate: a frame instead of a footer
            _draw_border(canvas, furniture.page)
            canvas.restoreState()
            if tagged is not None:
                tagged.end_tag()
            return
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top = MARGIN_BOTTOM - 5 * mm
        canvas.line(MARGIN_X, top, page_width - MARGIN_X, top)
        y = top - 2
        for flowable in lines:
            _, height = flowable.wrapOn(canvas, box, 20 * mm)
            y -= height
            flowable.drawOn(canvas, x, y)
        canvas.restoreState()
        if tagged is not None:
            tagged.end_tag()

    return draw


def _draw_border(canvas: Canvas, page: tuple[float, float]) -> None:
    inset = MARGIN_X * 0.55
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2.2)
    canvas.rect(inset, inset, page[0] - 2 * inset, page[1] - 2 * inset)
    canvas.setStrokeColor(ACCENT_TINT)
    canvas.setLineWidth(5)
    canvas.rect(inset + 6, inset + 6, page[0] - 2 * inset - 12, page[1] - 2 * inset - 12)


def story_texts(items: Any) -> Iterator[str]:  # a story, a flowable or a cell's text
    """Every text a story prints: paragraphs, table cells, kept-together groups."""
    for item in items if isinstance(items, (list, tuple)) else [items]:
        if isinstance(item, str):
            yield item
        elif hasattr(item, "frags") and hasattr(item, "style"):  # a reportlab Paragraph
            yield "".join(getattr(f, "text", "") for f in item.frags)
        elif hasattr(item, "words") and hasattr(item, "fonts"):  # a ScriptParagraph
            yield " ".join(item.words)
        elif hasattr(item, "_cellvalues"):  # a Table
            for row in item._cellvalues:
                yield from story_texts(list(row))
        elif hasattr(item, "_content"):  # KeepTogether and friends
            yield from story_texts(list(item._content))
        elif isinstance(item, list):
            yield from story_texts(item)
        texts = getattr(item, "alt_texts", None)  # a chart's labels
        if texts:
            yield from texts


def report_unprintable(story: Sequence[Flowable], furniture: Furniture, path: Path) -> None:
    """Tell the caller (fonts.unprintable_report) which characters printed as boxes."""
    from pcsc_workshop.core.reports.fonts import note_unprintable, register_fonts

    chars = register_fonts().unprintable(
        [*story_texts(list(story)), furniture.title, furniture.footer])
    note_unprintable(path, chars)


def render(story: Sequence[Flowable], out_path: Path, furniture: Furniture) -> Path:
    """Lay the story out on the document's pages (A4 or US Letter, portrait or landscape)
    and write it to out_path atomically."""
    out_path = Path(out_path)
    with atomic_path(out_path) as temp:
        def build() -> None:
            page = furniture.page
            doc = BookmarkingDocTemplate(
                str(temp), pagesize=page, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **doc_options(furniture))
            frame = TaggingFrame(MARGIN_X, MARGIN_BOTTOM, page[0] - 2 * MARGIN_X,
                          page[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body", leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)
            doc.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                               onPage=_footer(furniture))])
            doc.build(list(story), canvasmaker=NumberedCanvas)

        try:
            try:
                build()
            except LayoutError:
                if not split_rows_when_needed(story):
                    raise
                build()
        except LayoutError as exc:
            raise ExportError(f"The document could not be laid out: {exc}") from exc
    written = out_path.expanduser().resolve()
    report_unprintable(story, furniture, written)
    return written
