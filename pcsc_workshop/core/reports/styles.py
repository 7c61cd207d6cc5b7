"""The look of every document: one accent colour, Noto Sans, quiet tables.

Modelled on the reports UN agencies send: white page, dark text, a single restrained blue
for headings and rules, light header shading in tables, generous margins. Documents ask for
styles here instead of building their own, so they stay alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from pcsc_workshop.core.reports.fonts import register_fonts

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
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X


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


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The paragraph styles (fonts registered on first use)."""
    register_fonts()
    # A table cell holding a plain string (even "") is set in the cell style's font, which
    # defaults to Helvetica: referenced unembedded, it fails archival checks (PDF/A).
    from reportlab.platypus.tables import CellStyle

    CellStyle.fontname = "NotoSans"
    base = ParagraphStyle("body", fontName="NotoSans", bulletFontName="NotoSans", fontSize=10,
                          leading=14.5,
                          textColor=INK, spaceAfter=5)
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
        ("ALIGN", (0, 0), (-1, -1), "LEFT"),
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


