"""Numbers, scores, dates and mixed-direction text as a reader of each language expects them.

Everything goes through `QLocale()` (the default the interface language set, see
`i18n.ui_locale`): month names and date order, decimal separators and digits come from Qt's
CLDR data, never from tables written here. One numbering system per screen: the locale's own
(the app's Arabic is CLDR `ar_001`, Modern Standard Arabic, whose digits are Latin, the digits
of UN Arabic documents and of the Maghreb - the same digits the curriculum text uses).

Bidirectional isolation (Unicode UAX #9): inside Arabic text a score "83 / 100" would be shown
"100 / 83", a date "01 Dec 16:11" reordered, an English name broken at its spaces. So:
- `ltr(text)` wraps what must read left to right (scores, figures with signs) in LRI…PDI;
- `isolate(text)` wraps a name or a date in FSI…PDI (its own first strong letter decides),
  so that it neither takes nor gives direction to the sentence around it.
The controls are invisible and stay in the text, so tests can read them to check the order.

Arabic has no italics: `no_italic_arabic(document)` turns italic off for Arabic runs of a rich
text document (a synthesised oblique Naskh is hard to read and some fonts have no glyphs).
"""

from __future__ import annotations

import datetime as _dt
import re

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text or ""))


def ltr(text: str) -> str:
    """Always left to right, isolated from the sentence around it (scores, "+41")."""
    return f"{LRI}{text}{PDI}"


def isolate(text: str) -> str:
    """Isolated, direction from its own first strong letter (names, dates, ids)."""
    return f"{FSI}{text}{PDI}"


def number(value: float | int, decimals: int | None = None) -> str:
    """A number in the interface locale: "0,76" in French, "1 234" with its grouping."""
    locale = QLocale()
    if isinstance(value, int) and decimals is None:
        return locale.toString(value)
    return locale.toString(float(value), "f", 2 if decimals is None else decimals)


def percent(value: float | int, decimals: int = 0, isolated: bool = True) -> str:
    """"83 %" in French (narrow no-break space, as CLDR writes it), "83%" in English;
    isolated left to right inside other text unless `isolated` is False (table cells)."""
    locale = QLocale()
    text = locale.toString(value) if isinstance(value, int) else locale.toString(
        float(value), "f", decimals)
    space = "\u202f" if locale.language() == QLocale.Language.French else ""
    shown = f"{text}{space}{locale.percent()}"
    return ltr(shown) if isolated else shown


def score(value: float | int, total: float | int = 100, decimals: int = 0) -> str:
    """"83 / 100", read left to right in every language (isolated from Arabic text)."""
    shown = number(value) if isinstance(value, int) else number(value, decimals)
    return ltr(f"{shown} / {number(total) if isinstance(total, int) else number(total, 0)}")


def _qdatetime(value: _dt.datetime, zone: bool = False) -> QDateTime:
    """`value`'s wall-clock fields, in the reader's local time, for QLocale to format.

    Without `zone` the QDateTime is built as UTC: it only carries the fields to print, and a
    local-time QDateTime looks up the system's time zone rules on construction (70-300 µs
    each: a dashboard of 60 rows spent 10-20 ms in it per refresh).
    """
    if value.tzinfo is not None:
        value = value.astimezone()  # shown in the reader's local time
    fields = (QDate(value.year, value.month, value.day),
              QTime(value.hour, value.minute, value.second))
    return QDateTime(*fields) if zone else QDateTime(*fields, QTimeZone.utc())


def date_time(value: _dt.datetime | None, empty: str = "") -> str:
    """Date and time with the locale's month name and order ("1 déc. 2026 16:14")."""
    if value is None:
        return empty
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    # the locale's own short date, then its own time format: CLDR order in every language
    fmt = f"{pattern} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"
    text = locale.toString(_qdatetime(value, zone="t" in fmt), fmt)  # "t": the zone's name
    return isolate(text)


def day(value: _dt.date | None, long: bool = False, empty: str = "") -> str:
    """A date alone; `long` gives the month's name ("mardi 1 décembre 2026")."""
    if value is None:
        return empty
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return isolate(QLocale().toString(QDate(value.year, value.month, value.day), fmt))


def clock(value: _dt.datetime | _dt.time | None = None) -> str:
    """A time of day ("16:14"), now when no value is given."""
    value = value or _dt.datetime.now()
    return isolate(QLocale().toString(QTime(value.hour, value.minute, value.second),
                                      QLocale.FormatType.ShortFormat))


def no_italic_arabic(document: QTextDocument) -> None:
    """Turn italics off for Arabic runs (Arabic has no italic); Latin runs keep theirs."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().fontItalic() \
                    and has_arabic(fragment.text()):
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(),
                                   QTextCursor.MoveMode.KeepAnchor)
                plain = QTextCharFormat()
                plain.setFontItalic(False)
                cursor.mergeCharFormat(plain)
            it += 1
        block = block.next()


def set_block_directions(document: QTextDocument, rtl: bool) -> None:
    """Each paragraph in the direction of its own words: one with Arabic letters right to
    left (an Arabic heading of the interface above English content, or an Arabic sentence that
    starts with a Latin name), one without left to right (an English name, a field not
    translated yet, so "Project (YSCP)" keeps its brackets). `rtl`: the document's own
    direction, used for paragraphs with no letters at all."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        text = block.text()
        if text.strip():
            arabic = has_arabic(text)
            latin = re.search(r"[A-Za-zÀ-ÿ]", text) is not None
            wanted = (Qt.LayoutDirection.RightToLeft if arabic else
                      Qt.LayoutDirection.LeftToRight if latin else None)
            if wanted is not None and (wanted == Qt.LayoutDirection.RightToLeft) != rtl:
                cursor.setPosition(block.position())
                fmt = block.blockFormat()
                fmt.setLayoutDirection(wanted)
                cursor.setBlockFormat(fmt)
        block = block.next()


def direction_of(text: str) -> Qt.LayoutDirection:
    """The direction a paragraph of content should have (Arabic text right to left)."""
    return Qt.LayoutDirection.RightToLeft if has_arabic(text) else Qt.LayoutDirection.LeftToRight


__all__ = ["FSI", "LRI", "PDI", "RLI", "clock", "date_time", "day", "direction_of",
           "has_arabic", "isolate", "ltr", "no_italic_arabic", "number", "percent", "score",
           "set_block_directions"]
