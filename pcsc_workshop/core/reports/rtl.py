"""Right-to-left helpers: paragraph direction, and single lines for chart labels.

Paragraphs are laid out by `shaping.ScriptParagraph` (HarfBuzz shaping, bidi per word).
Chart labels are reportlab `String`s, which cannot hold shaped glyphs: for them a line is
reshaped with arabic_reshaper and reordered with python-bidi (`visual_line`).

The notes below are how the first version laid out paragraphs and still hold for labels:

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
from typing import Any

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
def _reshaper() -> Any:  # arabic_reshaper is untyped
    import arabic_reshaper

    # The default configuration deletes harakat (vowel marks): names would lose them.
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def _display(line: str, base: str) -> str:
    """Visual order of one line (python-bidi's reference algorithm mirrors brackets)."""
    from bidi.algorithm import get_display

    return get_display(line, base_dir=base)


def base_direction(text: str, default: str = "L") -> str:
    """'R' or 'L' from the first strong character (bidi rule P2), `default` when there is
    none (the document's direction: "45%" alone in an Arabic table is right-aligned)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in _RTL_CLASSES:
            return "R"
    return default


def prepare(text: str) -> str:
    """Join Arabic letters and protect European numbers; still in logical order."""
    text = _NUMBER.sub(lambda m: f"{_LRE}{m.group(0)}{_PDF}", text)
    return _reshaper().reshape(text)


def visual_line(text: str) -> str:
    """A single line of mixed-direction text, joined and in the order it is drawn."""
    return _display(prepare(text), base_direction(text))
