"""The look of every document: one accent colour, Noto Sans, quiet tables.

Modelled on the reports UN agencies send: white page, dark text, a single restrained blue
for headings and rules, light header shading in tables, generous margins. Documents ask for
styles here instead of building their own, so they stay alike.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from pcsc_workshop.core.reports.fonts import register_fonts
from pcsc_workshop.core.reports.labels import current_language, is_rtl

ACCENT = colors.HexColor("#1B5E9B")  # a calm UN-style blue
ACCENT_DARK = colors.HexColor("#123F69")
ACCENT_TINT = colors.HexColor("#E6EEF6")
INK = colors.HexColor("#1F2328")
MUTED = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#C9D3DD")
ZEBRA = colors.HexColor("#F6F8FA")
EMPTY_FILL = colors.HexColor("#F3F4F6")

PAGE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm
# Column widths are fractions of this: the A4 frame, which also fits US Letter (wider).
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X
PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
_paper: ContextVar[str] = ContextVar("document_paper", default="a4")


@contextmanager
def document_paper(paper: str | None) -> Iterator[str]:
    """Lay documents out on `paper` ("a4" or "letter") while the block runs."""
    name = (paper or "a4").lower()
    if name not in PAPERS:
        raise ValueError(f"Unknown paper size {paper!r}: use one of {', '.join(PAPERS)}")
    token = _paper.set(name)
    try:
        yield name
    finally:
        _paper.reset(token)


def page_size() -> tuple[float, float]:
    """The current document's page (portrait), A4 unless `document_paper` says otherwise."""
    return PAPERS[_paper.get()]


# pyphen dictionaries for hyphenating words at line ends (none for Arabic: it is not hyphenated)
HYPHENATION: dict[str, str] = {"en": "en_GB", "fr": "fr", "es": "es", "pt": "pt_PT"}


@dataclass(frozen=True)
class Styles:
    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    empty: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cert_name: ParagraphStyle
    cert_title: ParagraphStyle
    cert_body: ParagraphStyle


def styles() -> Styles:
    """The paragraph styles of the current document's language (fonts registered on first
    use): right-aligned in a right-to-left language, hyphenated where pyphen knows it."""
    return _styles(current_language())


@lru_cache(maxsize=8)
def _styles(language: str) -> Styles:
    register_fonts()
    # A table cell holding a plain string (even "") is set in the cell style's font, which
    # defaults to Helvetica: referenced unembedded, it fails archival checks (PDF/A).
    from reportlab.platypus.tables import CellStyle

    CellStyle.fontname = "NotoSans"
    align: Literal[0, 2] = TA_RIGHT if is_rtl(language) else TA_LEFT
    hyphens = HYPHENATION.get(language)
    base = ParagraphStyle("body", fontName="NotoSans", bulletFontName="NotoSans", fontSize=10,
                          leading=14.5, textColor=INK, spaceAfter=5, alignment=align,
                          hyphenationLang=hyphens or "", embeddedHyphenation=1,
                          uriWasteReduce=0.3)
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0)
    return Styles(
        kicker=ParagraphStyle("kicker", parent=base, fontName="NotoSans-Bold", fontSize=9,
                              leading=12, textColor=ACCENT, spaceAfter=4),
        title=ParagraphStyle("title", parent=base, fontName="NotoSans-Bold", fontSize=19,
                             leading=24, textColor=ACCENT_DARK, spaceAfter=4),
        subtitle=ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=14,
                                textColor=MUTED, spaceAfter=2),
        h1=ParagraphStyle("h1", parent=base, fontName="NotoSans-Bold", fontSize=13,
                          leading=17, textColor=ACCENT_DARK, spaceBefore=14, spaceAfter=6,
                          keepWithNext=1),
        h2=ParagraphStyle("h2", parent=base, fontName="NotoSans-Bold", fontSize=11,
                          leading=15, textColor=ACCENT_DARK, spaceBefore=8, spaceAfter=4,
                          keepWithNext=1),
        body=base,
        bullet=ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2,
                              spaceAfter=3),
        small=ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        muted=ParagraphStyle("muted", parent=base, fontSize=9, leading=12, textColor=MUTED),
        empty=ParagraphStyle("empty", parent=base, fontName="NotoSans-Italic", fontSize=9.5,
                             leading=13, textColor=MUTED, spaceAfter=0),
        label=ParagraphStyle("label", parent=base, fontSize=8.5, leading=11, textColor=MUTED,
                             spaceAfter=0),
        value=ParagraphStyle("value", parent=base, fontName="NotoSans-Bold", fontSize=11,
                             leading=15, spaceAfter=0),
        cell=cell,
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName="NotoSans-Bold",
                                 textColor=ACCENT_DARK),
        cert_name=ParagraphStyle("cert_name", parent=base, fontName="NotoSans-Bold",
                                 fontSize=30, leading=42, alignment=TA_CENTER,
                                 textColor=ACCENT_DARK, spaceAfter=6),
        cert_title=ParagraphStyle("cert_title", parent=base, fontName="NotoSans-Bold",
                                  fontSize=15, leading=20, alignment=TA_CENTER, textColor=INK,
                                  spaceAfter=4),
        cert_body=ParagraphStyle("cert_body", parent=base, fontSize=11, leading=16,
                                 alignment=TA_CENTER, textColor=MUTED, spaceAfter=4),
    )


def table_style(*, header_rows: int = 1, zebra: bool = True, rows: int = 0) -> list[tuple]:
    """Commands for a data table: shaded header, hairline rules, light banding."""
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, -1), "LEFT"),  # mirrored by DocTable in right-to-left documents
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT_TINT),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if zebra:
        for row in range(header_rows + 1, header_rows + rows, 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    return commands




_MIRRORED_OPS = {"LINEBEFORE": "LINEAFTER", "LINEAFTER": "LINEBEFORE",
                 "LEFTPADDING": "RIGHTPADDING", "RIGHTPADDING": "LEFTPADDING"}
_MIRRORED_ALIGN = {"LEFT": "RIGHT", "RIGHT": "LEFT"}


class DocTable(Table):
    """A reportlab Table whose columns run right to left in a right-to-left document.

    Built in reading order like any table (first column first); in an Arabic document the
    cells, the column widths and every style command (column ranges, lines before/after,
    left/right padding, alignment) are mirrored, so the first column is on the right.
    """

    # What the tagged-PDF writer (tagging.py) reads: the structure tag where the type would
    # mislead, and a chart's values in words.
    pdf_tag: str
    alt_texts: list[str]

    def __init__(self, data: Sequence[list[Any] | tuple[Any, ...]],
                 colWidths: Any = None,  # noqa: N803 - reportlab's name
                 *args: Any, **kwargs: Any) -> None:
        # reportlab builds the parts of a split table with this class and the cells and
        # commands it already holds (normalizedData=1): those are mirrored already
        self._mirror = is_rtl() and not kwargs.get("normalizedData")
        self._ncols = max((len(r) for r in data), default=0)
        if self._mirror:
            data = [list(reversed(row)) for row in data]
            if colWidths is not None and not isinstance(colWidths, (int, float)):
                colWidths = list(reversed(list(colWidths)))
        super().__init__(data, colWidths, *args, **kwargs)

    def setStyle(self, tblstyle: Any) -> None:  # noqa: N802 - reportlab's name
        if not getattr(self, "_mirror", False):
            return super().setStyle(tblstyle)
        commands = tblstyle.getCommands() if hasattr(tblstyle, "getCommands") else tblstyle
        return super().setStyle(TableStyle([_mirror_command(c, self._ncols) for c in commands]))


def _mirror_command(command: tuple, ncols: int) -> tuple:
    op, (c0, r0), (c1, r1), *rest = command
    c0, c1 = (c if c >= 0 else ncols + c for c in (c0, c1))
    m0, m1 = ncols - 1 - c0, ncols - 1 - c1
    op = _MIRRORED_OPS.get(op, op)
    if op in ("ALIGN", "ALIGNMENT", "HALIGN") and rest:
        rest = [_MIRRORED_ALIGN.get(str(rest[0]).upper(), rest[0]), *rest[1:]]
    return (op, (min(m0, m1), r0), (max(m0, m1), r1), *rest)
