"""The bundled fonts: registered lazily, chosen per character from their cmaps.

No single font covers every script a participant may type, and several lack Latin letters
or `( ) % -` (the Noto Arabic fonts), so text is split into runs and each character goes to
the first family that both suits its script and really has a glyph for it (read from the
font's cmap, not assumed). Neutral characters (spaces, digits, punctuation) stay with the run
they are in when that font has them, so that words keep one font — HarfBuzz shapes a run with
a single font, and a font switch in the middle of a Bengali word would break its conjuncts.

Every font here is static TrueType (glyf outlines): reportlab embeds only those. Registering
a font reads its whole file (DroidSansFallback: 1.5 s, NanumSquare 0.9 s), so only Noto Sans
is registered up front; a script's family is registered the first time a character of that
script is printed. A character no bundled font has is reported (see `unprintable_report`) so the
export can say which characters of which document could not be printed (`unprintable`).
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pcsc_workshop.core.reports.output import ExportError
from pcsc_workshop.paths import fonts_dir

if TYPE_CHECKING:  # reportlab is imported when fonts are registered, not at import
    from reportlab.pdfbase.ttfonts import TTFont

SANS, ARABIC, BENGALI, DEVANAGARI = "sans", "arabic", "bengali", "devanagari"
HEBREW, TAMIL, SINHALA, THAI, LAO = "hebrew", "tamil", "sinhala", "thai", "lao"
KHMER, MYANMAR, ETHIOPIC, ARMENIAN, GEORGIAN = "khmer", "myanmar", "ethiopic", "armenian", \
    "georgian"
CJK, HANGUL, SYMBOLS, TIFINAGH = "cjk", "hangul", "symbols", "tifinagh"


@dataclass(frozen=True)
class Family:
    """One bundled family: its files, the blocks it is the first choice for, how to set it."""

    key: str
    name: str  # reportlab face name of the regular
    regular: str
    bold: str | None = None
    italic: str | None = None
    ranges: tuple[tuple[int, int], ...] = ()
    shaped: bool = False  # HarfBuzz must shape it (joining, conjuncts, reordering, marks)
    scale: float = 1.0  # printed larger or smaller than Noto Sans at the same point size
    spaced: bool = True  # words separated by spaces; False: a line may break between clusters


FAMILIES: tuple[Family, ...] = (
    Family(SANS, "NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
           "NotoSans-Italic.ttf"),
    # Naskh covers Arabic, Persian and Urdu letters; it looks a size smaller than Noto Sans.
    Family(ARABIC, "NotoNaskhArabic", "NotoNaskhArabic-Regular.ttf",
           "NotoNaskhArabic-Bold.ttf",
           ranges=((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF),
                   (0xFE70, 0xFEFF)), shaped=True, scale=1.15),
    Family(HEBREW, "NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
           ranges=((0x0590, 0x05FF), (0xFB1D, 0xFB4F)), shaped=True),
    Family(BENGALI, "NotoSansBengali", "NotoSansBengali-Regular.ttf",
           "NotoSansBengali-Bold.ttf", ranges=((0x0980, 0x09FF),), shaped=True),
    # the dandas 0964-0965 are shared by the Indic scripts: they are neutral
    Family(DEVANAGARI, "NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf",
           "NotoSansDevanagari-Bold.ttf",
           ranges=((0x0900, 0x0963), (0x0966, 0x097F), (0xA8E0, 0xA8FF)), shaped=True),
    Family(TAMIL, "NotoSansTamil", "NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf",
           ranges=((0x0B80, 0x0BFF),), shaped=True),
    Family(SINHALA, "NotoSansSinhala", "NotoSansSinhala-Regular.ttf",
           "NotoSansSinhala-Bold.ttf", ranges=((0x0D80, 0x0DFF), (0x111E0, 0x111FF)),
           shaped=True),
    Family(THAI, "NotoSansThai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf",
           ranges=((0x0E00, 0x0E7F),), shaped=True, spaced=False),
    Family(LAO, "NotoSansLao", "NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf",
           ranges=((0x0E80, 0x0EFF),), shaped=True, spaced=False),
    Family(KHMER, "NotoSansKhmer", "NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf",
           ranges=((0x1780, 0x17FF), (0x19E0, 0x19FF)), shaped=True, spaced=False),
    Family(MYANMAR, "NotoSansMyanmar", "NotoSansMyanmar-Regular.ttf",
           "NotoSansMyanmar-Bold.ttf",
           ranges=((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)), shaped=True,
           spaced=False),
    Family(ETHIOPIC, "NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf",
           "NotoSansEthiopic-Bold.ttf",
           ranges=((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))),
    Family(ARMENIAN, "NotoSansArmenian", "NotoSansArmenian-Regular.ttf",
           "NotoSansArmenian-Bold.ttf", ranges=((0x0530, 0x058F), (0xFB13, 0xFB17))),
    Family(GEORGIAN, "NotoSansGeorgian", "NotoSansGeorgian-Regular.ttf",
           "NotoSansGeorgian-Bold.ttf",
           ranges=((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F))),
    # Tifinagh: Amazigh (Berber), official in Morocco beside Arabic.
    Family(TIFINAGH, "NotoSansTifinagh", "NotoSansTifinagh-Regular.ttf",
           ranges=((0x2D30, 0x2D7F),)),
    # Hangul: NanumSquare has all 11,172 syllables in 0.7 MB (DroidSansFallback has 3).
    Family(HANGUL, "NanumSquare", "NanumSquareR.ttf", "NanumSquareB.ttf",
           ranges=((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF))),
    # Chinese (simplified and traditional) and Japanese: the only glyf-outline CJK font in
    # Debian (Noto CJK is CFF, which reportlab refuses). No bold face: bold prints regular.
    Family(CJK, "DroidSansFallback", "DroidSansFallbackFull.ttf", spaced=False,
           ranges=((0x2E80, 0x2FDF), (0x3000, 0x30FF), (0x3190, 0x31FF), (0x3200, 0x33FF),
                   (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F),
                   (0xFF00, 0xFFEF), (0x20000, 0x2FA1F))),
    # Symbols Noto Sans lacks (>= <= arrows, check marks, boxes); looked up last.
    Family(SYMBOLS, "DejaVuSans", "DejaVuSans.ttf"),
)
_BY_KEY = {f.key: f for f in FAMILIES}
SHAPED_FAMILIES = frozenset(f.key for f in FAMILIES if f.shaped)
UNSPACED_FAMILIES = frozenset(f.key for f in FAMILIES if not f.spaced)
SIZE_SCALE: dict[str, float] = {f.key: f.scale for f in FAMILIES if f.scale != 1.0}
# Families searched, in order, for a character outside every family's own blocks.
_FALLBACK_ORDER = (SANS, SYMBOLS, *(f.key for f in FAMILIES if f.key not in (SANS, SYMBOLS)))


class FontError(ExportError):
    """A bundled font file is missing or unreadable (a broken installation): one clear
    line in the CLI and the UI, like any export the user can act on (reinstall)."""


# --- characters that could not be printed --------------------------------------------------
_reports: ContextVar[tuple[dict[Path, str], ...]] = ContextVar("unprintable_reports",
                                                                default=())


@contextmanager
def unprintable_report() -> Iterator[dict[Path, str]]:
    """Collect, per written file, the characters no bundled font could print.

    Every document writer reports into every active collector (see `document.render`): a
    batch fills its result's `unprintable`, and the CLI or the UI around it sees the same;
    the CLI prints it and the UI shows it, so a character that printed as a box is never a
    silent loss.
    """
    found: dict[Path, str] = {}
    token = _reports.set((*_reports.get(), found))
    try:
        yield found
    finally:
        _reports.reset(token)


def note_unprintable(path: Path, chars: set[str]) -> None:
    if chars:
        for found in _reports.get():
            found[Path(path)] = "".join(sorted(chars))


@dataclass
class FontSet:
    """The bundled families: face names, and each registered family's code points."""

    folder: Path
    faces: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # regular, bold, italic
    cmaps: dict[str, frozenset[int]] = field(default_factory=dict)
    _family_of: dict[str, str | None] = field(default_factory=dict, repr=False)
    _script_of: dict[str, str | None] = field(default_factory=dict, repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    def ensure(self, family: str) -> None:
        """Register a family with reportlab the first time it is needed."""
        if family in self.cmaps:
            return
        with self._lock:
            if family not in self.cmaps:
                _register(self, _BY_KEY[family])

    def face(self, family: str, *, bold: bool = False, italic: bool = False) -> str:
        self.ensure(family)
        regular, bold_face, italic_face = self.faces[family]
        if bold:
            return bold_face
        return italic_face if italic else regular

    def has(self, family: str, char: str) -> bool:
        cmap = self.cmaps.get(family)
        if cmap is None:
            self.ensure(family)
            cmap = self.cmaps[family]
        return ord(char) in cmap

    def family_for(self, char: str) -> str | None:
        """The family that prints a character: its script's family, else the first that has
        it; None when no bundled font has it."""
        cached = self._family_of.get(char, "")
        if cached != "":
            return cached
        code = ord(char)
        own = next((f.key for f in FAMILIES if any(lo <= code <= hi for lo, hi in f.ranges)),
                   None)
        # Outside its own blocks a character is looked up in Noto Sans, the symbols font and
        # the families already registered: never loading every font for one stray emoji.
        candidates = [f for f in (own, SANS, SYMBOLS) if f]
        candidates += [f for f in _FALLBACK_ORDER if f in self.cmaps and f not in candidates]
        family = next((f for f in candidates if self.has(f, char)), None)
        self._family_of[char] = family
        return family

    def script_family(self, char: str) -> str | None:
        """The family a letter or mark asks for; None for neutrals (spaces, digits,
        punctuation, symbols), which follow the run they are in."""
        found = self._script_of.get(char, "")
        if found != "":
            return found
        letter = unicodedata.category(char)[0] in "LM"
        found = (self.family_for(char) or SANS) if letter else None
        self._script_of[char] = found
        return found

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
                family = self.family_for(char) or SANS
            if current is None:
                current, start = family, 0
                if pending_neutral and not all(self.has(family, c) for c in text[:i]):
                    out += self._neutral_runs(text[:i])
                    start = i
                continue
            if family != current:
                out.append((current, text[start:i]))
                current, start = family, i
        if current is None:
            return self._neutral_runs(text)
        out.append((current, text[start:]))
        return out

    def _neutral_runs(self, text: str) -> list[tuple[str, str]]:
        """Runs for text with no letter at all (digits, punctuation, symbols)."""
        out: list[tuple[str, str]] = []
        for char in text:
            family = SANS if self.has(SANS, char) else self.family_for(char)
            if family is None:
                family = SANS
            if out and out[-1][0] == family:
                out[-1] = (family, out[-1][1] + char)
            else:
                out.append((family, char))
        return out

    def covered(self, char: str) -> bool:
        """True when some bundled font has a glyph for the character."""
        code = ord(char)
        if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:  # variation selectors
            return True
        return char.isspace() or unicodedata.category(char) in ("Cf", "Cc") or \
            self.family_for(char) is not None

    def unprintable(self, texts: Iterable[str | None]) -> set[str]:
        """The characters of `texts` that no bundled font has (each distinct one checked)."""
        seen: set[str] = set()
        for text in texts:
            if text and not text.isascii():
                seen.update(text)
        return {c for c in seen if not self.covered(c)}


_lock = threading.Lock()
_registered: FontSet | None = None


def register_fonts(folder: Path | None = None) -> FontSet:
    """Register Noto Sans with reportlab once per process; other families come on demand."""
    global _registered
    if _registered is not None and folder is None:
        return _registered
    with _lock:
        if _registered is not None and folder is None:
            return _registered
        fonts = FontSet(folder=folder or fonts_dir())
        fonts.ensure(SANS)
        if folder is None:
            _registered = fonts
        return fonts


def _register(fonts: FontSet, family: Family) -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    base = family.name
    regular = base
    bold = f"{base}-Bold" if family.bold else base
    italic = f"{base}-Italic" if family.italic else regular
    for name, filename in ((regular, family.regular), (bold, family.bold),
                           (italic, family.italic)):
        if filename is None or name in pdfmetrics.getRegisteredFontNames():
            continue
        path = fonts.folder / filename
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # reportlab raises several types for a bad/missing file
            raise FontError(f"Cannot load the bundled font {path}: {exc}") from exc
    for name in {regular, bold, italic}:
        font = pdfmetrics.getFont(name)
        assert isinstance(font, TTFont)
        _speed_up_encoding(font)
    # <b> and <i> in paragraph markup need the family mapping.
    addMapping(regular, 0, 0, regular)
    addMapping(regular, 1, 0, bold)
    addMapping(regular, 0, 1, italic)
    addMapping(regular, 1, 1, bold)
    fonts.faces[family.key] = (regular, bold, italic)
    face = pdfmetrics.getFont(regular)
    assert isinstance(face, TTFont)  # registered just above from a .ttf file
    fonts.cmaps[family.key] = frozenset(face.face.charToGlyph)


def _speed_up_encoding(font: TTFont) -> None:
    """Give a TrueType font a fast `splitString` for text whose characters all have a code.

    reportlab maps text to the embedded subset character by character in Python: 1.2 s of
    every 500,000 characters printed, most of a long plan's time. Once a character has its
    code in the first subset, a `str.translate` table (C speed) does the same mapping; text
    with any new character takes reportlab's own path, which assigns codes.
    """
    original = font.splitString
    if getattr(original, "fast", False):
        return
    def split_string(text: str | bytes, doc: Any, encoding: str = "utf-8"
                     ) -> list[tuple[int, bytes]]:
        state = font.state.get(doc) if isinstance(text, str) else None
        if state is not None:
            # reportlab's per-document subset codes (the stubs omit State's attributes)
            assignments = state.assignments  # type: ignore[attr-defined]
            cached = getattr(state, "pcsc_table", None)  # per document: codes differ
            if cached is None or cached[0] != len(assignments):
                table = {c: n for c, n in assignments.items() if n < 256}
                if 32 in table:
                    table[0xA0] = table[32]  # reportlab prints no-break spaces as spaces
                cached = (len(assignments), table, frozenset(map(chr, table)))
                state.pcsc_table = cached  # type: ignore[attr-defined]  # our cache on it
            _, table, known = cached
            if isinstance(text, str) and text and known.issuperset(text):
                return [(0, text.translate(table).encode("latin-1"))]
        return original(text, doc, encoding)

    split_string.fast = True  # type: ignore[attr-defined]
    font.splitString = split_string  # type: ignore[method-assign]  # on purpose, see above
