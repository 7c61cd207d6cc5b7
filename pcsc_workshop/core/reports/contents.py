"""Long documents with a table of contents, PDF bookmarks and "Page N of M".

reportlab's `TableOfContents` sets its entries as markup in the style's font, which cannot
show an Arabic delegation or a Bengali member's name; `Contents` keeps its page-number logic
(`multiBuild` runs the layout until the page numbers settle) but sets every entry through
`text.para`, so entries look like the headings they point to. Headings made with `heading`
carry their contents level and plain text; the document template collects them and adds a
PDF bookmark for each, so a reader can also jump with the viewer's outline.

Speed: the contents sit on a page of their own (`ContentsSpot`), so their size cannot move
any page; the story is laid out once and the contents are drawn into the kept space when the
canvas is saved. Only when they would not fit there does `multiBuild` run (two passes or more).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageTemplate, TableStyle
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from pcsc_workshop.core.reports.document import (
    BookmarkingDocTemplate,
    Furniture,
    NumberedCanvas,
    _footer,
    doc_options,
    report_unprintable,
    split_rows_when_needed,
)
from pcsc_workshop.core.reports.labels import is_rtl, number
from pcsc_workshop.core.reports.output import ExportError, atomic_path
from pcsc_workshop.core.reports.styles import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    RULE,
    DocTable,
    styles,
)
from pcsc_workshop.core.reports.tagging import TaggingFrame
from pcsc_workshop.core.reports.text import para


def heading(text: str, style: ParagraphStyle, level: int | None = 0) -> Flowable:
    """A heading paragraph that (with a level) becomes a contents entry and a bookmark."""
    flowable = para(text, style, follow_direction=False)
    flowable.toc_level = level  # type: ignore[attr-defined]
    flowable.toc_text = text  # type: ignore[attr-defined]
    return flowable


# A contents line: heading level, text, page number, the heading's bookmark key.
Entry = tuple[int, str, int, str | None]


def contents_table(entries: Sequence[Entry], width: float) -> DocTable:
    """Entries (level, text, page, key) as a two-column table: text in any script, page."""
    st = styles()
    level_styles: tuple[ParagraphStyle, ...] = (
        ParagraphStyle("toc0", parent=st.body, fontName="NotoSans-Bold", spaceAfter=0,
                       leading=15),
        ParagraphStyle("toc1", parent=st.body, leftIndent=14, spaceAfter=0, fontSize=9.5,
                       leading=13),
        ParagraphStyle("toc2", parent=st.body, leftIndent=28, spaceAfter=0, fontSize=9,
                       leading=12),
    )
    # page numbers at the end of the line: the right, or the left in a right-to-left document
    page_styles = tuple(ParagraphStyle(f"{s.name}-page", parent=s, leftIndent=0,
                                       alignment=TA_LEFT if is_rtl() else TA_RIGHT)
                        for s in level_styles)
    if is_rtl():  # indents mirror too
        level_styles = tuple(ParagraphStyle(f"{s.name}-rtl", parent=s, leftIndent=0,
                                            rightIndent=s.leftIndent) for s in level_styles)
    rows: list[list[Flowable]] = []
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for row, (level, text, page, _key) in enumerate(entries or [(0, "", 0, None)]):
        k = min(level, len(level_styles) - 1)
        rows.append([para(text, level_styles[k], follow_direction=False),
                     para(number(page) if page else "", page_styles[k])])
        if level == 0:
            commands.append(("TOPPADDING", (0, row), (-1, row), 6))
            commands.append(("LINEBELOW", (0, row), (-1, row), 0.25, RULE))
    return DocTable(rows, colWidths=(width - 40, 40), style=TableStyle(commands))


class Contents(TableOfContents):
    """The table of contents for `multiBuild` (the fallback path): entries in any script."""

    def wrap(self, availWidth: float, availHeight: float  # noqa: N803 - reportlab's names
             ) -> tuple[float, float]:
        # reportlab keeps the entries of the last pass privately (the stubs omit it)
        self._table = contents_table(self._lastEntries, availWidth)  # type: ignore[attr-defined]
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


class ContentsSpot(Flowable):
    """Keeps the rest of its page free; the contents are drawn there when the document is
    saved, once every heading's page is known — one layout pass instead of multiBuild's two
    or three (the report for 12 delegations would otherwise miss its 2-second target)."""

    def __init__(self) -> None:
        super().__init__()
        self.spot: tuple[int, float, float, float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float  # noqa: N803
             ) -> tuple[float, float]:
        # Tiny when measured (a heading kept with it must not move to the next page); the
        # space it keeps is everything below it, down to the frame's bottom.
        self.width, self.height = availWidth, 1
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float,  # noqa: N802
               _sW: float = 0) -> None:  # noqa: N803
        top = y + self.height
        self.spot = (len(getattr(canvas, "_pages", ())), x, MARGIN_BOTTOM, self.width,
                     top - MARGIN_BOTTOM)


class _Overflow(Exception):  # noqa: N818 - internal signal
    """The contents do not fit the space kept for them: lay out again with multiBuild."""


class _ContentsDocTemplate(BookmarkingDocTemplate):
    """Collects every `heading` laid out (page, text) and bookmarks it."""


def _canvas_for(spot: ContentsSpot, entries: list[Entry]) -> type[NumberedCanvas]:
    class ContentsCanvas(NumberedCanvas):
        def save(self) -> None:
            if spot.spot is not None:
                page, x, y, width, height = spot.spot
                table = contents_table(entries, width)
                _, needed = table.wrapOn(self, width, height)
                if needed > height:
                    raise _Overflow
                state = dict(self.__dict__)
                self.__dict__.update(self._pages[page])
                self.begin_tag("TOC", page=page)
                table.drawOn(self, x, y + height - needed)
                self.end_tag()
                _link_rows(self, table, entries, x, y + height - needed)
                self._pages[page] = dict(self.__dict__)
                self.__dict__.update(state)
            super().save()

    return ContentsCanvas


def _link_rows(canvas: Canvas, table: DocTable, entries: list[Entry], x: float, y: float
               ) -> None:
    """Make every contents line a link to its heading (the bookmark made for it)."""
    positions = getattr(table, "_rowpositions", None)
    if not positions:
        return
    width = sum(table._colWidths)  # type: ignore[attr-defined]  # set by wrap (private)
    for row, (_level, _text, _page, key) in enumerate(entries):
        if key is None or row + 1 >= len(positions):
            continue
        top, bottom = y + positions[row], y + positions[row + 1]
        canvas.linkRect("", key, (x, bottom, x + width, top), relative=0, thickness=0)


def render_with_contents(story: Sequence[Flowable], out_path: Path,
                         furniture: Furniture) -> Path:
    """Like `document.render`, with the contents drawn into the story's `ContentsSpot`."""
    out_path = Path(out_path)
    with atomic_path(out_path) as temp:
        spot = next((f for f in story if isinstance(f, ContentsSpot)), None)
        try:
            doc = _template(temp, furniture)
            try:
                doc.build(list(story), canvasmaker=_canvas_for(spot or ContentsSpot(),
                                                               doc.entries))
            except LayoutError:
                if not split_rows_when_needed(story):
                    raise
                doc = _template(temp, furniture)
                doc.build(list(story), canvasmaker=_canvas_for(spot or ContentsSpot(),
                                                               doc.entries))
        except _Overflow:  # many headings: let reportlab iterate with a flowing contents
            fallback = [Contents() if f is spot else f for f in story]
            doc = _template(temp, furniture)
            try:
                doc.multiBuild(fallback, canvasmaker=NumberedCanvas, maxPasses=6)
            except IndexError as exc:  # multiBuild gives up when page numbers never settle
                raise ExportError(f"The table of contents did not settle: {exc}") from exc
        except LayoutError as exc:
            raise ExportError(f"The document could not be laid out: {exc}") from exc
    written = out_path.expanduser().resolve()
    report_unprintable(story, furniture, written)
    return written


def _template(temp: Path, furniture: Furniture) -> _ContentsDocTemplate:
    page = furniture.page
    doc = _ContentsDocTemplate(
        str(temp), pagesize=page, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **doc_options(furniture))
    doc.entries = []
    frame = TaggingFrame(MARGIN_X, MARGIN_BOTTOM, page[0] - 2 * MARGIN_X,
                  page[1] - MARGIN_TOP - MARGIN_BOTTOM,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_footer(furniture))])
    return doc
