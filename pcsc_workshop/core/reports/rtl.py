"""Right-to-left paragraphs: reshape, wrap in logical order, then reorder each line.

reportlab's own right-to-left layout needs a module that is not on PyPI (TECH-NOTES), and
reordering a whole paragraph before wrapping puts its lines in the wrong order. So any
paragraph holding Arabic (or Hebrew) is laid out here, the way the Unicode bidi algorithm
says: paragraph direction from the first strong character, Arabic letters joined
(arabic_reshaper, diacritics kept), lines broken in logical order, then each line reordered
for display (rules L1-L4, brackets mirrored) and drawn font run by font run — the Noto Arabic
fonts lack Latin letters and `( ) %`, which fall back to Noto Sans.

One deliberate departure from the algorithm: a European number with its signs ("45%",
"2017-01-15", "+3.5") is kept as one left-to-right unit, as the writer typed it. The
algorithm alone would show "%45" after Arabic letters, which readers of our plans took as
an error.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.flowables import Flowable

from pcsc_workshop.core.reports.fonts import SIZE_SCALE, FontSet

_LRE, _PDF = "\u202a", "\u202c"
_EMBEDDING_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e"), None)
_NUMBER = re.compile(r"[+\-\u2212]?[$€£¥#]?[0-9]+(?:[.,:/\-][0-9]+)*[%\u2030]?")
_RTL_CLASSES = frozenset({"R", "AL"})


def has_rtl(text: str) -> bool:
    """True when the text holds right-to-left letters (Arabic, Hebrew...)."""
    return not text.isascii() and any(
        unicodedata.bidirectional(c) in _RTL_CLASSES for c in text
    )


@lru_cache(maxsize=1)
def _reshaper():
    import arabic_reshaper

    # The default configuration deletes harakat (vowel marks): names would lose them.
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def _display(line: str, base: str) -> str:
    """Visual order of one line (python-bidi's reference algorithm mirrors brackets)."""
    from bidi.algorithm import get_display

    return get_display(line, base_dir=base)


def base_direction(text: str) -> str:
    """'R' or 'L' from the first strong character (bidi rule P2), 'L' when there is none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in _RTL_CLASSES:
            return "R"
    return "L"


def prepare(text: str) -> str:
    """Join Arabic letters and protect European numbers; still in logical order."""
    text = _NUMBER.sub(lambda m: f"{_LRE}{m.group(0)}{_PDF}", text)
    return _reshaper().reshape(text)


def visual_line(text: str) -> str:
    """A single line of mixed-direction text, joined and in the order it is drawn."""
    return _display(prepare(text), base_direction(text))


class BidiParagraph(Flowable):
    """A plain-text paragraph laid out right-to-left where its text asks for it.

    Wraps in logical order and reorders per line, so line 1 holds the first words; a
    right-to-left paragraph is right-aligned. Splits between lines, so a long paragraph
    flows over pages like a reportlab Paragraph.
    """

    def __init__(self, text: str, style, fonts: FontSet, *, bold: bool = False,
                 follow_direction: bool = True, _words: list[str] | None = None,
                 _base: str | None = None) -> None:
        super().__init__()
        self.style = style
        # A right-to-left paragraph starts at the right margin; a short value in a labelled
        # field (follow_direction=False) keeps the column's alignment instead.
        self.follow_direction = follow_direction
        self.fonts = fonts
        self.bold = bold
        self.base = _base or base_direction(text)
        self.words = _words if _words is not None else [w for w in prepare(text).split(" ") if w]
        self.fontSize = style.fontSize
        self.leading = style.leading
        self._lines: list[list[str]] = []
        self._width = 0.0
        self._widths: dict[str, float] = {}

    # --- measuring -------------------------------------------------------------------------
    def _sized_runs(self, text: str) -> list[tuple[str, float, str]]:
        """(face, size, chunk) runs. Arabic prints larger (SIZE_SCALE); digits and punctuation
        take the larger size next to Arabic or in a right-to-left paragraph, so "45%" or a
        bracket does not shrink beside the words it belongs to."""
        runs = self.fonts.runs(text.translate(_EMBEDDING_MARKS))
        out = []
        for i, (family, chunk) in enumerate(runs):
            scale = SIZE_SCALE.get(family, 1.0)
            if scale == 1.0 and not any(c.isalpha() for c in chunk):
                near = [runs[j][0] for j in (i - 1, i + 1) if 0 <= j < len(runs)]
                if self.base == "R" or any(f in SIZE_SCALE for f in near):
                    scale = max(SIZE_SCALE.values(), default=1.0)
            out.append((self.fonts.face(family, bold=self.bold), self.fontSize * scale, chunk))
        return out

    def _text_width(self, text: str) -> float:
        return sum(stringWidth(chunk, face, size) for face, size, chunk in self._sized_runs(text))

    def _word_width(self, word: str) -> float:
        width = self._widths.get(word)
        if width is None:
            width = self._widths[word] = self._text_width(word)
        return width

    def _break_long(self, word: str, avail: float) -> list[str]:
        """Cut a word wider than the line into pieces (hostile input, long URLs)."""
        pieces, current = [], ""
        for char in word:
            if current and self._text_width(current + char) > avail:
                pieces.append(current)
                current = ""
            current += char
        return [*pieces, current] if current else pieces

    def _wrap_lines(self, avail: float) -> list[list[str]]:
        space = max(self._text_width(" "), 0.1)
        avail *= 0.99  # words are measured alone; a line's neighbours can nudge sizes
        lines: list[list[str]] = []
        line: list[str] = []
        used = 0.0
        for word in self.words:
            width = self._word_width(word)
            pieces = [word] if width <= avail else self._break_long(word, avail)
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

    # --- the Flowable protocol ---------------------------------------------------------------
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        avail = max(availWidth - self.style.leftIndent - self.style.rightIndent, 1.0)
        if getattr(self, "_fixed", False):
            pass  # the head of a split keeps its lines, as reportlab's Paragraph does
        elif not self._lines or self._width != avail:
            self._lines = self._wrap_lines(avail)
            self._width = avail
        self.width = availWidth
        self.height = len(self._lines) * self.leading
        return availWidth, self.height

    def minWidth(self) -> float:
        return max((self._word_width(w) for w in self.words), default=0.0)

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
            BidiParagraph("", self.style, self.fonts, bold=self.bold, _words=words,
                          _base=self.base, follow_direction=self.follow_direction)
            for words in (head, tail)
        )
        # Tables split cells at the column width, then draw them narrower by the padding:
        # re-wrapping the head there would make it taller than the space it was cut for.
        first._lines, first._width, first._fixed = self._lines[:fits], self._width, True
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
        base_face = self.fonts.face("sans", bold=self.bold)
        ascent, _ = getAscentDescent(base_face, self.fontSize)
        y = self.height - ascent
        canvas.saveState()
        canvas.setFillColor(self.style.textColor)
        for words in self._lines:
            runs = self._sized_runs(_display(" ".join(words), self.base))
            width = sum(stringWidth(chunk, face, size) for face, size, chunk in runs)
            text = canvas.beginText(self._x_for(width), y)
            for face, size, chunk in runs:
                text.setFont(face, size)
                text.textOut(chunk)
            canvas.drawText(text)
            y -= self.leading
        canvas.restoreState()
