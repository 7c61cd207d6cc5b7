"""The bundled Noto fonts: registered once per process, chosen per character from their cmaps.

No single Noto font covers every script a workshop uses, and the Arabic fonts lack Latin
letters and `( ) % -`, so text is split into runs and each character goes to the first
family that both suits its script and really has a glyph for it (read from the font's cmap,
not assumed). Neutral characters (spaces, digits, punctuation) stay with the run they are in
when that font has them, so that words keep one font — HarfBuzz shapes a word with a single
font, and a font switch in the middle of a Bengali word would break its conjuncts.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from pcsc_workshop.paths import fonts_dir

SANS, ARABIC, BENGALI, DEVANAGARI = "sans", "arabic", "bengali", "devanagari"
# Families that reportlab must shape with HarfBuzz (conjuncts, reph, pre-base vowel signs).
SHAPED_FAMILIES = frozenset({BENGALI, DEVANAGARI})

# Noto Naskh looks a size smaller than Noto Sans at the same point size: print it larger.
SIZE_SCALE: dict[str, float] = {ARABIC: 1.15}

# family -> (regular file, bold file, italic file or None)
_FILES: dict[str, tuple[str, str, str | None]] = {
    SANS: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"),
    ARABIC: ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf", None),
    BENGALI: ("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf", None),
    DEVANAGARI: ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf", None),
}
_NAMES: dict[str, str] = {
    SANS: "NotoSans",
    ARABIC: "NotoNaskhArabic",
    BENGALI: "NotoSansBengali",
    DEVANAGARI: "NotoSansDevanagari",
}

# Unicode blocks that decide the family of a letter (first match wins).
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0600, 0x06FF, ARABIC),
    (0x0750, 0x077F, ARABIC),
    (0x0870, 0x08FF, ARABIC),
    (0xFB50, 0xFDFF, ARABIC),
    (0xFE70, 0xFEFF, ARABIC),
    (0x0980, 0x09FF, BENGALI),
    (0x0900, 0x0963, DEVANAGARI),  # the dandas 0964-0965 are shared with Bengali: neutral
    (0x0966, 0x097F, DEVANAGARI),
    (0xA8E0, 0xA8FF, DEVANAGARI),
)


class FontError(RuntimeError):
    """A bundled font file is missing or unreadable (a broken installation)."""


@dataclass
class FontSet:
    """The registered families: face names and the code points each family covers."""

    faces: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # regular, bold, italic
    cmaps: dict[str, frozenset[int]] = field(default_factory=dict)
    _family_of: dict[str, str | None] = field(default_factory=dict, repr=False)

    def face(self, family: str, *, bold: bool = False, italic: bool = False) -> str:
        regular, bold_face, italic_face = self.faces[family]
        if bold:
            return bold_face
        return italic_face if italic else regular

    def has(self, family: str, char: str) -> bool:
        return ord(char) in self.cmaps[family]

    def script_family(self, char: str) -> str | None:
        """The family a character's script asks for; None for neutrals (spaces, digits, punctuation)."""
        cached = self._family_of.get(char, "")
        if cached != "":
            return cached
        family: str | None = None
        if unicodedata.category(char)[0] in "LM":  # letters and combining marks
            code = ord(char)
            family = next((f for lo, hi, f in _SCRIPT_RANGES if lo <= code <= hi), SANS)
            if not self.has(family, char):
                family = next((f for f in self.cmaps if self.has(f, char)), family)
        self._family_of[char] = family
        return family

    def runs(self, text: str) -> list[tuple[str, str]]:
        """Split text into (family, chunk) runs, choosing each character's font from the cmaps."""
        if text.isascii():
            return [(SANS, text)] if text else []
        out: list[tuple[str, str]] = []
        current: str | None = None
        start = 0
        pending_neutral = 0  # leading neutrals wait for the first real letter's family
        for i, char in enumerate(text):
            family = self.script_family(char)
            if family is None:  # neutral: stay in the current font when it has the glyph
                if current is None:
                    pending_neutral += 1
                    continue
                if self.has(current, char):
                    continue
                family = SANS if self.has(SANS, char) else next(
                    (f for f in self.cmaps if self.has(f, char)), SANS
                )
            if current is None:
                current, start = family, 0
                if pending_neutral and not all(self.has(family, c) for c in text[:i]):
                    out.append((SANS, text[:i]))
                    start = i
                continue
            if family != current:
                out.append((current, text[start:i]))
                current, start = family, i
        if current is None:
            return [(SANS, text)] if text else []
        out.append((current, text[start:]))
        return out


_lock = threading.Lock()
_registered: FontSet | None = None


def register_fonts(folder: Path | None = None) -> FontSet:
    """Register the bundled fonts with reportlab once per process and return their cmaps."""
    global _registered
    if _registered is not None and folder is None:
        return _registered
    with _lock:
        if _registered is not None and folder is None:
            return _registered
        fonts = _load(folder or fonts_dir())
        if folder is None:
            _registered = fonts
        return fonts


def _load(folder: Path) -> FontSet:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = FontSet()
    for family, files in _FILES.items():
        base = _NAMES[family]
        names = (base, f"{base}-Bold", f"{base}-Italic" if files[2] else base)
        for name, filename in zip(names, files, strict=True):
            if filename is None or name in pdfmetrics.getRegisteredFontNames():
                continue
            path = folder / filename
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception as exc:  # reportlab raises several types for a bad/missing file
                raise FontError(f"Cannot load the bundled font {path}: {exc}") from exc
        regular, bold, italic = names
        # <b> and <i> in paragraph markup need the family mapping.
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, italic)
        addMapping(regular, 1, 1, bold)
        fonts.faces[family] = (regular, bold, italic)
        face = pdfmetrics.getFont(regular).face
        fonts.cmaps[family] = frozenset(face.charToGlyph)
    return fonts
