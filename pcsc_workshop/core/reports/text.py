"""User text in any script to reportlab flowables.

Three paths, cheapest first, because shaping everything triples the time of a plan:
- plain text in Noto Sans' scripts (Latin incl. Vietnamese, Cyrillic, Greek): an escaped
  reportlab Paragraph;
- text with Bengali or Devanagari: font runs in `<font>` tags, and HarfBuzz shaping switched
  on for that paragraph only (conjuncts, reph, pre-base vowel signs);
- text with Arabic (or any right-to-left letters): a `BidiParagraph`, laid out by `rtl.py`.
Every path escapes the text first, so `<`, `&` or a stray control character typed by a user
cannot break a document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable

from pcsc_workshop.core.reports.fonts import SANS, SHAPED_FAMILIES, FontSet, register_fonts
from pcsc_workshop.core.reports.rtl import BidiParagraph, has_rtl

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u2013])\s+")


def clean(text: str | None) -> str:
    """Drop what a PDF cannot carry (control characters, lone surrogates); tabs become spaces."""
    if not text:
        return ""
    text = text.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def escape(text: str) -> str:
    """Escape text for reportlab's paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str, fonts: FontSet | None = None, *, bold: bool = False,
           italic: bool = False) -> tuple[str, bool]:
    """Paragraph markup with a `<font>` tag per non-Latin run, and whether it needs shaping.

    Runs in Noto Sans carry no tag: the paragraph style's font is Noto Sans (bold/italic).
    """
    fonts = fonts or register_fonts()
    parts: list[str] = []
    shaped = False
    for family, chunk in fonts.runs(text):
        if family == SANS:
            parts.append(escape(chunk))
        else:
            shaped = shaped or family in SHAPED_FAMILIES
            face = fonts.face(family, bold=bold, italic=italic)
            parts.append(f'<font name="{face}">{escape(chunk)}</font>')
    return "".join(parts), shaped


@lru_cache(maxsize=256)
def _shaping_style(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


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
    if has_rtl(text):
        return BidiParagraph(text, style, fonts, bold=bold, follow_direction=follow_direction)
    # Fragments built directly, not parsed from markup: reportlab's XML parser was a fifth of
    # the time of a plan, and raw text in fragments cannot be misread as markup at all.
    template = _template_frag(style)
    frags = []
    shaped = False
    for family, chunk in fonts.runs(text) or [(SANS, "")]:
        shaped = shaped or family in SHAPED_FAMILIES
        face = template.fontName if family == SANS else fonts.face(family, bold=bold,
                                                                     italic=italic)
        frags.append(template.clone(text=chunk, fontName=face))
    return Paragraph(text, _shaping_style(style) if shaped else style, frags=frags)


@lru_cache(maxsize=256)
def _template_frag(style: ParagraphStyle):
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
    if has_rtl(text):  # the mark leads the text, so a right-to-left line shows it on the right
        return para(f"\u2022 {text}", style, fonts=fonts)
    flowable = para(text, style, fonts=fonts)
    if isinstance(flowable, Paragraph):
        flowable.bulletText = "\u2022"
    return flowable


def plain_lines(values: Iterable[str | None]) -> str:
    """Join non-empty values with line breaks (for cells that stack a few fields)."""
    return "\n".join(v for v in values if v)
