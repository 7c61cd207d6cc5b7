"""User text in any script to reportlab flowables.

Two paths, cheapest first, because shaping everything triples the time of a plan:
- text in scripts that need no shaping and are written with spaces (Latin incl. Vietnamese,
  Cyrillic, Greek, Armenian, Georgian, Ethiopic, Korean, symbols): a reportlab Paragraph
  built from fragments, one font per run (chosen from the cmaps), hyphenated by pyphen;
- text with any script that needs HarfBuzz (Arabic, Hebrew, Indic, Southeast Asian) or that
  is written without spaces (Chinese, Japanese, Thai...): a `shaping.ScriptParagraph`.
Text is never parsed as markup, so `<`, `&` or a stray control character typed by a user
cannot break a document.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable

from pcsc_workshop.core.reports.fonts import (
    SANS,
    SHAPED_FAMILIES,
    UNSPACED_FAMILIES,
    FontSet,
    register_fonts,
)
from pcsc_workshop.core.reports.labels import is_rtl
from pcsc_workshop.core.reports.plain import PlainParagraph
from pcsc_workshop.core.reports.rtl import has_rtl
from pcsc_workshop.core.reports.shaping import ScriptParagraph

# From this length, text in one unshaped font is laid out by `plain.PlainParagraph` (linear
# time); shorter text keeps reportlab's Paragraph.
LONG_TEXT = 1500
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u2013])\s+")


def clean(text: str | None) -> str:
    """Drop what a PDF cannot carry (control characters, lone surrogates); tabs become spaces.

    Composed (NFC): "Nguyễn" typed as e + two combining accents becomes one precomposed
    letter, which unshaped Latin text draws with its accents in place."""
    if not text:
        return ""
    text = text.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def escape(text: str) -> str:
    """Escape text for reportlab's paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _is_bold(style: ParagraphStyle) -> bool:
    return style.fontName.endswith("-Bold")


def para(text: str | None, style: ParagraphStyle, *, fonts: FontSet | None = None,
         follow_direction: bool = True) -> Flowable:
    """One paragraph of plain user text (newlines become spaces) as the right flowable.

    A right-to-left paragraph is right-aligned unless `follow_direction` is False (a short
    value under a label, which should line up with its column).
    """
    fonts = fonts or register_fonts()
    text = clean(text).replace("\n", " ")
    bold = _is_bold(style)
    italic = style.fontName.endswith("-Italic")
    runs = fonts.runs(text) or [(SANS, "")]
    if len(runs) == 1 and len(text) >= LONG_TEXT and runs[0][0] not in SHAPED_FAMILIES \
            and runs[0][0] not in UNSPACED_FAMILIES:
        family = runs[0][0]
        face = style.fontName if family == SANS else fonts.face(family, bold=bold,
                                                                 italic=italic)
        return PlainParagraph(text, style, face)
    if any(f in SHAPED_FAMILIES or f in UNSPACED_FAMILIES for f, _ in runs) or has_rtl(text):
        return ScriptParagraph(text, style, fonts, bold=bold, italic=italic,
                               follow_direction=follow_direction)
    # Fragments built directly, not parsed from markup: reportlab's XML parser was a fifth of
    # the time of a plan, and raw text in fragments cannot be misread as markup at all.
    template = _template_frag(style)
    frags = []
    for family, chunk in runs:
        face = template.fontName if family == SANS else fonts.face(family, bold=bold,
                                                                     italic=italic)
        frags.append(template.clone(text=chunk, fontName=face))
    return Paragraph(text, style, frags=frags)


@lru_cache(maxsize=256)
def _template_frag(style: ParagraphStyle) -> Any:  # reportlab's ParaFrag (untyped)
    from reportlab.platypus.paraparser import ParaParser

    _, frags, _ = ParaParser().parse("x", style)
    return frags[0]


def paras(text: str | None, style: ParagraphStyle, *, bullet_style: ParagraphStyle | None = None,
          fonts: FontSet | None = None) -> list[Flowable]:
    """Multi-line user text: one flowable per line; "- item" lines become bullets."""
    out: list[Flowable] = []
    for line in clean(text).split("\n"):
        if not line.strip():
            continue
        match = _BULLET.match(line)
        if match and bullet_style is not None:
            out.append(_bulleted(line[match.end():], bullet_style, fonts))
        else:
            out.append(para(line, style, fonts=fonts))
    return out


def _bulleted(text: str, style: ParagraphStyle, fonts: FontSet | None) -> Flowable:
    if has_rtl(text) or is_rtl() or not isinstance(para(text, style, fonts=fonts), Paragraph):
        # the mark leads the text, so a right-to-left line shows it on the right
        return para(f"\u2022 {text}", style, fonts=fonts)
    flowable = para(text, style, fonts=fonts)
    if isinstance(flowable, Paragraph):
        flowable.bulletText = "\u2022"
    return flowable


def before_table(heading: Flowable, room: float = 110) -> list[Flowable]:
    """A heading over a table that may be long: a new page only when fewer than `room`
    points are left (the heading and the first rows), else the table starts under it and
    splits by rows. reportlab's keepWithNext would instead move heading and table whole to
    the next page whenever the table is taller than the space left, leaving half a page
    blank before every long table."""
    from reportlab.platypus import CondPageBreak

    heading.keepWithNext = 0
    return [CondPageBreak(room), heading]
