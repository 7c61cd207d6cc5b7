"""Long documents with a table of contents, PDF bookmarks and "Page N of M".

reportlab's `TableOfContents` sets its entries as markup in the style's font, which cannot
show an Arabic delegation or a Bengali member's name; `Contents` keeps its page-number logic
(`multiBuild` runs the layout until the page numbers settle) but sets every entry through
`text.para`, so entries look like the headings they point to. Headings made with `heading`
carry their contents level and plain text; the document template notifies the contents and
adds a PDF bookmark for each, so a reader can also jump with the viewer's outline.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from pcsc_workshop.core.reports.document import Furniture, NumberedCanvas, _footer
from pcsc_workshop.core.reports.output import ExportError, atomic_path
from pcsc_workshop.core.reports.styles import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE,
    RULE,
    styles,
)
from pcsc_workshop.core.reports.text import para


def heading(text: str, style: ParagraphStyle, level: int | None = 0) -> Flowable:
    """A heading paragraph that (with a level) becomes a contents entry and a bookmark."""
    flowable = para(text, style, follow_direction=False)
    flowable.toc_level = level  # type: ignore[attr-defined]
    flowable.toc_text = text  # type: ignore[attr-defined]
    return flowable


class Contents(TableOfContents):
    """The table of contents: entries in any script, page numbers right-aligned."""

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        st = styles()
        level_styles = (
            ParagraphStyle("toc0", parent=st.body, fontName="NotoSans-Bold", spaceAfter=0,
                           leading=15),
            ParagraphStyle("toc1", parent=st.body, leftIndent=14, spaceAfter=0, fontSize=9.5,
                           leading=13),
            ParagraphStyle("toc2", parent=st.body, leftIndent=28, spaceAfter=0, fontSize=9,
                           leading=12),
        )
        entries = self._lastEntries or [(0, "", 0, None)]
        rows, commands = [], [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
        for row, (level, text, page, _key) in enumerate(entries):
            style = level_styles[min(level, len(level_styles) - 1)]
            rows.append([para(text, style, follow_direction=False),
                         para(str(page) if page else "", style)])
            if level == 0:
                commands.append(("TOPPADDING", (0, row), (-1, row), 6))
                commands.append(("LINEBELOW", (0, row), (-1, row), 0.25, RULE))
        self._table = Table(rows, colWidths=(availWidth - 36, 36), style=TableStyle(commands))
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


class _ContentsDocTemplate(BaseDocTemplate):
    """Notifies the contents of every `heading` laid out, and bookmarks it."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        text = flowable.toc_text  # type: ignore[attr-defined]
        key = f"h{self.seq.nextf('heading')}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, text, self.page, key))


def render_with_contents(story: Sequence[Flowable], out_path: Path,
                         furniture: Furniture) -> Path:
    """Like `document.render`, in as many passes as the contents' page numbers need."""
    out_path = Path(out_path)
    with atomic_path(out_path) as temp:
        doc = _ContentsDocTemplate(
            str(temp), pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=furniture.title,
            author="PCSC Workshop", creator="PCSC Workshop", subject=furniture.subject,
        )
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                           onPage=_footer(furniture))])
        try:
            doc.multiBuild(list(story), canvasmaker=NumberedCanvas, maxPasses=6)
        except LayoutError as exc:
            raise ExportError(f"The document could not be laid out: {exc}") from exc
        except IndexError as exc:  # multiBuild gives up when page numbers never settle
            raise ExportError(f"The table of contents did not settle: {exc}") from exc
    return out_path.expanduser().resolve()
