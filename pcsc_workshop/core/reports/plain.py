"""Long plain text in one font, laid out in time linear in its length.

A pasted report in a plan (50,000 characters in a cell, a valid bundle) took reportlab's
Paragraph 0.63 s for 20k characters and 1.84 s for 40k, and 382 s for a 100-step plan: each
page break re-wrapped the rest of the text (quadratic), and its line breaking costs about
6.6 µs per character. `PlainParagraph` measures each distinct word once (a width cache per
font and size), breaks lines greedily, keeps its lines when split (the tail is the remaining
lines, never re-wrapped at the same width) and draws a line as one string.

It is used for long text only (see `text.para`): short text keeps reportlab's Paragraph.
Words too long for the line are hyphenated with pyphen in the document's language (a hyphen
marks the break), or cut between characters with a hyphen when no dictionary applies.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.flowables import Flowable

_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


# pyphen's work grows with the square of a word's length, and a word longer than a line was
# hyphenated again after every cut: one 20,000-character "word" (pasted or hostile text) took
# 18 s of a plan's PDF. No dictionary word is this long; longer ones (URLs, codes, such
# blobs) are cut where the line ends.
HYPHENATE_MAX_LETTERS = 64


@lru_cache(maxsize=8)
def _hyphenator(language: str | None) -> Any:  # a pyphen.Pyphen (untyped) or None
    if not language:
        return None
    try:
        import pyphen

        return pyphen.Pyphen(lang=language)
    except (ImportError, KeyError):
        return None


class PlainParagraph(Flowable):
    """A paragraph of plain text in a single font; splits between lines."""

    def __init__(self, text: str, style: ParagraphStyle, face: str, *,
                 _lines: list[tuple[str, float]] | None = None) -> None:
        super().__init__()
        self.style = style
        self.face = face
        self.text = text
        self.fontSize = style.fontSize
        self.leading = style.leading
        self._lines = _lines or []
        self._width = -1.0 if _lines is None else 0.0
        self._fixed = _lines is not None

    # the texts the unprintable-character check reads (see document.story_texts)
    @property
    def words(self) -> list[str]:
        return [self.text]

    fonts = None

    def _measure(self) -> Callable[[str], float]:
        cache = _WIDTHS.setdefault((self.face, self.fontSize), {})
        face, size = self.face, self.fontSize

        def width(word: str) -> float:
            found = cache.get(word)
            if found is None:
                found = cache[word] = stringWidth(word, face, size)
            return found

        return width

    def _wrap_lines(self, avail: float) -> list[tuple[str, float]]:
        width = self._measure()
        space = width(" ")
        hyphen = width("-")
        hyphenator = _hyphenator(getattr(self.style, "hyphenationLang", "") or None)
        lines: list[tuple[str, float]] = []
        line: list[str] = []
        used = 0.0
        for word in self.text.split():
            w = width(word)
            if not line:
                if w <= avail:
                    line, used = [word], w
                    continue
            elif used + space + w <= avail:
                line.append(word)
                used += space + w
                continue
            # the word does not fit: hyphenate it into the rest of the line if it can
            room = avail - used - (space if line else 0.0)
            head, tail = self._hyphenate(word, room - hyphen, hyphenator, width)
            if head:
                line.append(head + "-")
                used += (space if len(line) > 1 else 0.0) + width(head) + hyphen
                word = tail
            if line:
                lines.append((" ".join(line), used))
            line, used = [], 0.0
            while width(word) > avail:  # longer than a whole line (a URL, hostile input)
                head, word = self._cut(word, avail - hyphen, width, hyphenator)
                lines.append((head + "-", width(head) + hyphen))
            line, used = [word], width(word)
        if line:
            lines.append((" ".join(line), used))
        return lines

    @staticmethod
    def _hyphenate(word: str, room: float, hyphenator: Any, width: Callable[[str], float]
                   ) -> tuple[str, str]:
        if (hyphenator is None or room < 3 * width("n") or len(word) < 6
                or len(word) > HYPHENATE_MAX_LETTERS):
            return "", word
        for head, tail in hyphenator.iterate(word):
            if width(head) <= room:
                return head, tail
        return "", word

    @staticmethod
    def _cut(word: str, room: float, width: Callable[[str], float], hyphenator: Any
             ) -> tuple[str, str]:
        if hyphenator is not None and len(word) <= HYPHENATE_MAX_LETTERS:
            for head, tail in hyphenator.iterate(word):
                if width(head) <= room:
                    return head, tail
        cut = 1
        while cut < len(word) and width(word[:cut + 1]) <= room:
            cut += 1
        return word[:cut], word[cut:]

    # --- the Flowable protocol ---------------------------------------------------------------
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        avail = max(availWidth - self.style.leftIndent - self.style.rightIndent, 1.0)
        if not self._fixed and avail != self._width:
            self._lines = self._wrap_lines(avail)
            self._width = avail
        self.width = availWidth
        self.height = max(len(self._lines), 1) * self.leading
        return availWidth, self.height

    def minWidth(self) -> float:
        return 6 * self.fontSize

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fits = int((availHeight + 1e-6) // self.leading)
        if fits <= 0:
            return []
        if fits >= len(self._lines):
            return [self]
        first = PlainParagraph(self.text, self.style, self.face, _lines=self._lines[:fits])
        rest = PlainParagraph(self.text, self.style, self.face, _lines=self._lines[fits:])
        first.spaceAfter = 0
        rest.spaceBefore = 0
        first.text = rest.text = ""  # the whole text is checked once, on the original
        return [first, rest]

    def getSpaceBefore(self) -> float:
        return getattr(self, "spaceBefore", self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return getattr(self, "spaceAfter", self.style.spaceAfter)

    def draw(self) -> None:
        canvas = self.canv
        ascent, _ = getAscentDescent(self.face, self.fontSize)
        y = self.height - ascent
        left, right = self.style.leftIndent, self.width - self.style.rightIndent
        align = self.style.alignment
        canvas.saveState()
        canvas.setFillColor(self.style.textColor)
        text = canvas.beginText(left, y)
        text.setFont(self.face, self.fontSize, self.leading)
        if align not in (TA_RIGHT, TA_CENTER):
            for line, _w in self._lines:
                text.textLine(line)
        else:
            for line, w in self._lines:
                x = right - w if align == TA_RIGHT else left + (right - left - w) / 2
                text.setTextOrigin(x, y)
                text.textOut(line)
                y -= self.leading
        canvas.drawText(text)
        canvas.restoreState()
