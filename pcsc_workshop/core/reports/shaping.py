"""Paragraphs in complex scripts: HarfBuzz shaping, bidi at word level, text that comes back.

reportlab's own shaping (`shaping=1`) places glyphs well but loses the text: a conjunct or a
reordered vowel sign is a glyph with no character of its own, so reportlab gives it a
private-use code and `pdftotext` returned 23 % of Bengali words and 48 % of Devanagari. Its
right-to-left layout needs a module not on PyPI. So a paragraph holding Arabic, Hebrew, an
Indic or Southeast Asian script, or Chinese/Japanese is laid out here:

- the text is split into words (at spaces), each word into font runs (`fonts.runs`), and a
  run in a shaped family is shaped by HarfBuzz with the run's own direction — Arabic joins
  and its vowel marks sit where HarfBuzz puts them; conjuncts, reph and pre-base vowels form;
- lines are broken between words in logical order; a word wider than the line is cut between
  syllables (a base letter with its marks, joined over a virama), never inside one, with a
  hyphen in scripts written with spaces and none in Chinese, Japanese, Thai, Lao, Khmer and
  Myanmar;
- each line is reordered for display word by word (Unicode bidi rules W/N/L2 at word level:
  numbers stay left-to-right units, so "45%" never becomes "%45");
- every shaped word is drawn inside a marked-content span whose `/ActualText` is the word as
  typed, so copying, searching and screen readers get the real characters (poppler honours
  it: see tests/core/test_text_scripts.py).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.flowables import Flowable

from pcsc_workshop.core.reports.fonts import (
    SANS,
    SHAPED_FAMILIES,
    SIZE_SCALE,
    UNSPACED_FAMILIES,
    FontSet,
)
from pcsc_workshop.core.reports.labels import is_rtl
from pcsc_workshop.core.reports.rtl import base_direction

if TYPE_CHECKING:  # imported where fonts are shaped (start-up stays light)
    from reportlab.pdfbase.ttfonts import TTFont

_RTL = frozenset({"R", "AL"})
_TRAILING = ".,;:!?\u060c\u061b\u061f"  # sentence punctuation, Latin and Arabic
_NUMBER_CLASSES = frozenset({"EN", "AN"})
_MAX_SCALE = max(SIZE_SCALE.values(), default=1.0)
_FEATURES = {"kern": True, "liga": True}


# --- shaping ---------------------------------------------------------------------------------
@lru_cache(maxsize=64)
def _hb_font(face: str) -> Any:  # a uharfbuzz.Font (untyped)
    return _ttf(face).hbFont(10)


def _ttf(face: str) -> TTFont:
    """A registered face (fonts.py registers TrueType fonts only)."""
    from reportlab.pdfbase.ttfonts import TTFont

    font = pdfmetrics.getFont(face)
    assert isinstance(font, TTFont)
    return font


@lru_cache(maxsize=65536)
def shape(text: str, face: str, size: float, rtl: bool) -> tuple[str, float]:
    """(string to draw, width) of a run shaped by HarfBuzz in the given direction.

    The string is reportlab's `ShapedStr`: glyphs as subset characters plus HarfBuzz's
    offsets and advances, which reportlab's text object turns into TJ adjustments.
    """
    import uharfbuzz
    from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

    ttf = _ttf(face)
    hbf = _hb_font(face)
    buf = uharfbuzz.Buffer()
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hbf, buf, _FEATURES)
    chars: list[str] = []
    data: list[ShapeData] = []
    advance = 0.0
    glyph_to_char = ttf.face.glyphToChar  # type: ignore[attr-defined]  # set when parsed (stubs)
    widths = ttf.face.charWidths
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        try:
            uchar = glyph_to_char[gid][0]
        except (KeyError, IndexError):
            # (reportlab's own shaping helper; the stubs omit it)
            uchar = ttf.hbAddPrivate(hbf.glyph_to_string(gid), gid,  # type: ignore[attr-defined]
                                     pos.x_advance)
        x_advance = ttf.pdfScale(pos.x_advance)
        advance += x_advance
        data.append(ShapeData(info.cluster, x_advance, ttf.pdfScale(pos.y_advance),
                              ttf.pdfScale(pos.x_offset), ttf.pdfScale(pos.y_offset),
                              widths[uchar]))
        chars.append(chr(uchar))
    # reportlab takes one ShapeData per glyph; the stubs say a single one
    shaped = ShapedStr("".join(chars), shapeData=data)  # type: ignore[arg-type]
    return shaped, advance * size / 1000


# --- syllables --------------------------------------------------------------------------------
_JOINERS = frozenset("\u200c\u200d\u034f")


def clusters(word: str) -> list[str]:
    """A word cut into units a line may break between: a base character with its combining
    marks, several bases joined when a virama (or a joiner) links them — so a Bengali or
    Devanagari conjunct, or a Khmer subscript consonant, is never split."""
    out: list[str] = []
    for char in word:
        category = unicodedata.category(char)
        if out and (category[0] == "M" or char in _JOINERS
                    or _links(out[-1][-1])):
            out[-1] += char
        else:
            out.append(char)
    return out


def _links(last: str) -> bool:
    return unicodedata.combining(last) == 9 or last in "\u200d\u034f"


# --- directions -------------------------------------------------------------------------------
def _char_class(char: str) -> str:
    kind = unicodedata.bidirectional(char)
    if kind in _RTL:
        return "R"
    if kind == "L":
        return "L"
    if kind in _NUMBER_CLASSES:
        return "EN"
    return "N"


def word_class(word: str) -> str:
    """R (holds right-to-left letters), L (left-to-right letters), EN (a number), N."""
    if word.isascii():
        if any(c.isalpha() for c in word):
            return "L"
        return "EN" if any(c.isdigit() for c in word) else "N"
    classes = {_char_class(c) for c in word}
    for kind in ("R", "L", "EN"):
        if kind in classes:
            return kind
    return "N"


def rtl_punctuation(words: list[str], base: str) -> set[int]:
    """Indexes of left-to-right words whose trailing full stop or comma belongs to the
    right-to-left text around them ("في 2017." ending an Arabic sentence): at the end of a
    line or before an Arabic word. Between two Latin words ("TDLC, Tokyo") it stays put."""
    if base != "R":
        return set()
    out = set()
    for i, word in enumerate(words):
        if word.rstrip(_TRAILING) == word or word_class(word) == "R":
            continue
        if i == len(words) - 1 or word_class(words[i + 1]) == "R":
            out.add(i)
    return out


def visual_indexes(words: list[str], base: str) -> list[tuple[int, bool]]:
    """The words of one line in drawing order (left to right), each with whether it reads
    right to left. The bidi algorithm's rules at word level: numbers after right-to-left
    words join them (W2), neutrals take the direction around them (N1) or the paragraph's
    (N2), then runs of higher levels are reversed (L2)."""
    base_level = 1 if base == "R" else 0
    kinds = [word_class(w) for w in words]
    if base_level == 0 and "R" not in kinds:
        return [(k, False) for k in range(len(words))]
    # strength: how each word counts for its neighbours (a number as the letters before it)
    strength: list[str | None] = []
    levels: list[int] = []
    last_strong = base
    for kind in kinds:
        if kind in ("R", "L"):
            last_strong = kind
            strength.append(kind)
            levels.append(1 if kind == "R" else (2 if base_level else 0))
        elif kind == "EN":
            strength.append(last_strong)
            levels.append(2 if (base_level or last_strong == "R") else 0)
        else:
            strength.append(None)
            levels.append(-1)
    for i, level in enumerate(levels):  # neutrals: the direction on both sides, else the base
        if level != -1:
            continue
        before = next((strength[j] for j in range(i - 1, -1, -1) if strength[j]), base)
        after = next((strength[j] for j in range(i + 1, len(kinds)) if strength[j]), base)
        if before == after:
            levels[i] = 1 if before == "R" else (2 if base_level else 0)
        else:
            levels[i] = base_level
    order = list(range(len(words)))
    top = max(levels, default=0)
    lowest_odd = 1
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return [(k, levels[k] % 2 == 1) for k in order]


class ScriptParagraph(Flowable):
    """A plain-text paragraph in any script, laid out as the module docstring says.

    Wraps in logical order and reorders per line, so line 1 holds the first words; a
    right-to-left paragraph is right-aligned. Splits between lines, so a long paragraph
    flows over pages and table cells like a reportlab Paragraph.
    """

    _fixed = False  # the head of a split keeps its lines (see split)

    def __init__(self, text: str, style: ParagraphStyle, fonts: FontSet, *, bold: bool = False,
                 italic: bool = False, follow_direction: bool = True,
                 _words: list[str] | None = None, _base: str | None = None) -> None:
        super().__init__()
        self.style = style
        # A right-to-left paragraph starts at the right margin; a short value in a labelled
        # field (follow_direction=False) keeps the column's alignment instead.
        self.follow_direction = follow_direction
        self.fonts = fonts
        self.bold = bold
        self.italic = italic
        self.base = _base or base_direction(text, "R" if is_rtl() else "L")
        self.words = _words if _words is not None else [w for w in text.split(" ") if w]
        self.text = text if _words is None else " ".join(self.words)
        self.fontSize = style.fontSize
        self.leading = style.leading
        self._lines: list[list[str]] = []
        self._width = 0.0
        self._widths: dict[str, float] = {}

    # --- measuring -------------------------------------------------------------------------
    def _segments(self, word: str, rtl_word: bool) -> list[tuple[str, float, str, bool, bool]]:
        """(face, size, chunk, shaped, rtl) in drawing order, left to right.

        Font runs from the cmaps; inside a right-to-left word a number keeps its own
        left-to-right order and the runs are drawn from the right."""
        runs = self.fonts.runs(word)
        pieces: list[tuple[str, str, bool]] = []  # family, chunk, rtl
        for family, chunk in runs:
            if rtl_word and family not in SHAPED_FAMILIES:
                # brackets, digits or Latin letters inside an Arabic word: split numbers out
                pieces += [(family, part, not _is_ltr_part(part)) for part in _by_number(chunk)]
            else:
                pieces.append((family, chunk, rtl_word))
        out = []
        for i, (family, chunk, rtl) in enumerate(pieces):
            scale = SIZE_SCALE.get(family, 1.0)
            if scale == 1.0 and not any(c.isalpha() for c in chunk):
                near = [pieces[j][0] for j in (i - 1, i + 1) if 0 <= j < len(pieces)]
                if self.base == "R" or any(f in SIZE_SCALE for f in near):
                    scale = _MAX_SCALE
            face = self.fonts.face(family, bold=self.bold, italic=self.italic)
            shaped = family in SHAPED_FAMILIES or rtl
            out.append((face, self.fontSize * scale, chunk, shaped, rtl))
        if rtl_word:
            out.reverse()
        return out

    def _draw_parts(self, word: str, rtl_word: bool, rtl_punct: bool = False
                    ) -> tuple[list[tuple[str, float, str, float]], bool]:
        """(face, size, string to draw, width) per segment, and whether the word needs its
        text given back (/ActualText): shaped, or reordered for display."""
        parts = []
        any_shaped = False
        segments = self._segments(word, rtl_word)
        trail = len(word) - len(word.rstrip(_TRAILING))
        if rtl_punct and not rtl_word and 0 < trail < len(word):
            # "2017." or "Amrani." ending an Arabic sentence: the full stop belongs to the
            # right-to-left sentence, so it is drawn on the left of the number (bidi N1/N2)
            segments = self._segments(word[-trail:], True) + self._segments(word[:-trail],
                                                                            False)
            any_shaped = True
        for face, size, chunk, shaped, rtl in segments:
            if shaped:
                drawn, width = shape(chunk, face, size, rtl)
                any_shaped = True
            else:
                drawn, width = chunk, stringWidth(chunk, face, size)
            parts.append((face, size, drawn, width))
        return parts, any_shaped

    def _word_width(self, word: str) -> float:
        width = self._widths.get(word)
        if width is None:
            rtl = word_class(word) == "R"
            width = self._widths[word] = sum(p[3] for p in self._draw_parts(word, rtl)[0])
        return width

    def _unspaced(self, word: str) -> bool:
        return any(f in UNSPACED_FAMILIES for f, _ in self.fonts.runs(word))

    def _break_long(self, word: str, avail: float, first: float | None = None) -> list[str]:
        """Cut a word wider than the line between syllables: a hyphen marks the cut in
        scripts written with spaces. `first` is the room left on the current line."""
        # no hyphen in scripts written without spaces, nor in Arabic or Hebrew (not hyphenated)
        mark = "" if self._unspaced(word) or word_class(word) == "R" else "-"
        units = clusters(word)
        pieces: list[str] = []
        current = ""
        room = first if first is not None else avail
        for k, unit in enumerate(units):
            last = k == len(units) - 1
            candidate = current + unit + ("" if last else mark)
            if current and self._word_width(candidate) > room:
                pieces.append(current + mark)
                current = ""
                room = avail
            current += unit
        if current:
            pieces.append(current)
        return pieces

    def _wrap_lines(self, avail: float) -> list[list[str]]:
        space = max(stringWidth(" ", self.fonts.face(SANS), self.fontSize), 0.1)
        avail *= 0.99  # words are measured alone; a line's neighbours can nudge sizes
        lines: list[list[str]] = []
        line: list[str] = []
        used = 0.0
        for word in self.words:
            width = self._word_width(word)
            if width <= avail and not (line and used + space + width > avail
                                       and self._unspaced(word)):
                pieces = [word]
            else:
                # too wide, or a Chinese/Thai run that should fill the rest of this line
                room = avail - used - space if line else avail
                if line and room < 4 * self.fontSize and width <= avail:
                    pieces = [word]
                else:
                    pieces = self._break_long(word, avail,
                                              room if self._unspaced(word) and line else None)
            for piece in pieces:
                width = self._word_width(piece)
                if line and used + space + width > avail:
                    lines.append(line)
                    line, used = [], 0.0
                used += (space if line else 0.0) + width
                line.append(piece)
        if line:
            lines.append(line)
        return lines

    def line_parts(self) -> list[tuple[str, float, str, float]]:
        """The whole text as one line, (face, size, string, advance) left to right, a space's
        advance after each word but the last: for chart labels, drawn as `String`s."""
        space = stringWidth(" ", self.fonts.face(SANS), self.fontSize)
        out: list[tuple[str, float, str, float]] = []
        ordered = visual_indexes(self.words, self.base)
        punct = rtl_punctuation(self.words, self.base)
        for k, (index, rtl) in enumerate(ordered):
            parts, _ = self._draw_parts(self.words[index], rtl, index in punct)
            out += parts
            if k < len(ordered) - 1 and out:
                face, size, string, width = out[-1]
                out[-1] = (face, size, string, width + space)
        return out

    # --- the Flowable protocol ---------------------------------------------------------------
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        avail = max(availWidth - self.style.leftIndent - self.style.rightIndent, 1.0)
        if self._fixed:
            pass  # the head of a split keeps its lines, as reportlab's Paragraph does
        elif not self._lines or self._width != avail:
            self._lines = self._wrap_lines(avail)
            self._width = avail
        self.width = availWidth
        self.height = max(len(self._lines), 1) * self.leading
        return availWidth, self.height

    def minWidth(self) -> float:
        return max((min(self._word_width(w), 6 * self.fontSize) for w in self.words),
                   default=0.0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fits = int((availHeight + 1e-6) // self.leading)
        if fits <= 0:
            return []
        if fits >= len(self._lines):
            return [self]
        head = [w for line in self._lines[:fits] for w in line]
        tail = [w for line in self._lines[fits:] for w in line]
        first, rest = (
            ScriptParagraph("", self.style, self.fonts, bold=self.bold, italic=self.italic,
                            _words=words, _base=self.base,
                            follow_direction=self.follow_direction)
            for words in (head, tail)
        )
        # Tables split cells at the column width, then draw them narrower by the padding:
        # re-wrapping the head there would make it taller than the space it was cut for.
        first._lines, first._width, first._fixed = self._lines[:fits], self._width, True
        first._widths = rest._widths = self._widths
        first.spaceAfter = 0
        rest.spaceBefore = 0
        return [first, rest]

    def getSpaceBefore(self) -> float:
        return getattr(self, "spaceBefore", self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return getattr(self, "spaceAfter", self.style.spaceAfter)

    def _x_for(self, width: float) -> float:
        align = self.style.alignment
        left, right = self.style.leftIndent, self.width - self.style.rightIndent
        if align == TA_CENTER:
            return left + (right - left - width) / 2
        mirrored = self.base == "R" and self.follow_direction
        if align == TA_RIGHT or (mirrored and align in (TA_LEFT, TA_JUSTIFY)):
            return right - width
        return left

    def draw(self) -> None:
        canvas = self.canv
        ascent, _ = getAscentDescent(self.fonts.face(SANS, bold=self.bold), self.fontSize)
        y = self.height - ascent
        space = stringWidth(" ", self.fonts.face(SANS), self.fontSize)
        canvas.saveState()
        canvas.setFillColor(self.style.textColor)
        text = canvas.beginText(0, y)
        for words in self._lines:
            drawn = []
            punct = rtl_punctuation(words, self.base)
            for index, rtl in visual_indexes(words, self.base):
                word = words[index]
                parts, shaped = self._draw_parts(word, rtl, index in punct)
                drawn.append((word, rtl, parts, shaped))
            width = sum(p[3] for _, _, parts, _ in drawn for p in parts)
            width += space * max(len(drawn) - 1, 0)
            x = self._x_for(width)
            for word, rtl, parts, shaped in drawn:
                text.setTextOrigin(x, y)
                if shaped:  # the characters as typed, for copy, search and screen readers
                    # the text object's content stream (private; not in the stubs)
                    text._code.append(  # type: ignore[attr-defined]
                        f"/Span <</ActualText {_actual_text(word, rtl)}>> BDC")
                for face, size, string, w in parts:
                    text.setFont(face, size)
                    text.textOut(string)
                    x += w
                if shaped:
                    text._code.append("EMC")  # type: ignore[attr-defined]
                x += space
            y -= self.leading
        canvas.drawText(text)
        canvas.restoreState()


@lru_cache(maxsize=16384)
def _actual_text(word: str, rtl: bool) -> str:
    """The span's /ActualText as a UTF-16 hex string.

    Poppler (pdftotext, Evince, Okular) reverses the characters of a right-to-left word it
    extracts, ActualText included, because it expects glyphs in visual order: a right-to-left
    word is therefore given in visual order (reversed, brackets mirrored, numbers kept), as
    its glyphs are drawn, and comes back in reading order (tested)."""
    if rtl:
        from bidi.algorithm import get_display

        text = get_display(word, base_dir="R")
    else:
        text = word
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _by_number(chunk: str) -> list[str]:
    """Split a chunk into numbers (digits with their separators and signs) and the rest."""
    out: list[str] = []
    for char in chunk:
        kind = "n" if (char.isdigit() or (out and out[-1] and _is_ltr_part(out[-1])
                                          and char in ".,:/%\u2030")) else "o"
        if out and (kind == "n") == _is_ltr_part(out[-1]):
            out[-1] += char
        else:
            out.append(char)
    return out


def _is_ltr_part(part: str) -> bool:
    return bool(part) and (part[0].isdigit() or any(
        unicodedata.bidirectional(c) == "L" for c in part))
