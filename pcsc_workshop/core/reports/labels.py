"""The words printed in documents, in the reader's language (gettext catalogues + CLDR).

Documents are the one place where the core prints words. They are kept as gettext
catalogues, one `.po` file per language in `resources/documents/` (the core cannot use the
UI's Qt `.ts` files: it never imports Qt): each message has a stable key as its context
(`msgctxt "page_of"`), the English text as its id and the translation as its string;
plurals carry the language's own plural forms (Arabic has six). Babel reads the `.po` file
and compiles it in memory, so there is no build step and no `.mo` file to forget.
tests/core/test_document_labels.py fails when a language lacks a label or a placeholder.

Dates, date ranges and numbers come from CLDR through Babel, never from hand-written tables.

The language is the document's, chosen per export: `with document_language("fr"):` around
the building of a document makes every `label`, `long_date`... below speak French; the
default is English. A context variable, so worker threads exporting in parallel stay apart.
"""

from __future__ import annotations

import gettext
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from pathlib import Path

from pcsc_workshop.core.languages import LANGUAGES
from pcsc_workshop.paths import resources_dir

RTL_LANGUAGES = frozenset({"ar"})
# The CLDR locale each document language is formatted with: English documents write
# "14 November 2016" (day first, unambiguous everywhere); Portuguese is European.
BABEL_LOCALES: dict[str, str] = {"en": "en_GB", "fr": "fr", "es": "es", "pt": "pt_PT",
                                 "ar": "ar"}

_language: ContextVar[str] = ContextVar("document_language", default="en")


class Catalogue:
    """One language's messages by key (the .po context), with its gettext plural rule."""

    def __init__(self, messages: dict[str, str | tuple[str, ...]], plural_expr: str) -> None:
        self.messages = messages
        self._plural = gettext.c2py(plural_expr)

    def text(self, key: str) -> str | None:
        found = self.messages.get(key)
        if isinstance(found, tuple):
            return found[-1] or None
        return found or None

    def plural(self, key: str, n: int) -> str | None:
        found = self.messages.get(key)
        if not isinstance(found, tuple):
            return found or None
        index = self._plural(n)
        return found[index] if index < len(found) and found[index] else None


_catalogues: dict[str, Catalogue] = {}
_lock = threading.Lock()


def normalise_language(code: str | None, fallback: str = "en") -> str:
    """A supported document language from a code such as "fr", "fr_FR", "pt-BR" or None."""
    if code:
        short = code.replace("-", "_").split("_")[0].lower()
        if short in LANGUAGES:
            return short
    return fallback if fallback in LANGUAGES else "en"


@contextmanager
def document_language(code: str | None) -> Iterator[str]:
    """Make labels, dates and numbers speak `code` while a document is built."""
    language = normalise_language(code)
    token = _language.set(language)
    try:
        yield language
    finally:
        _language.reset(token)


def current_language() -> str:
    return _language.get()


def is_rtl(language: str | None = None) -> bool:
    """True when the document's language is written right to left (Arabic)."""
    return (language or _language.get()) in RTL_LANGUAGES


def catalogue_path(language: str) -> Path:
    return resources_dir() / "documents" / f"{language}.po"


def catalogue(language: str) -> Catalogue:
    """The language's messages, read from its .po file once per process."""
    found = _catalogues.get(language)
    if found is not None:
        return found
    with _lock:
        found = _catalogues.get(language)
        if found is None:
            found = _catalogues[language] = _load(language)
    return found


def _load(language: str) -> Catalogue:
    from babel.messages.pofile import read_po

    from pcsc_workshop.core.reports.output import ExportError

    path = catalogue_path(language)
    try:
        with open(path, "rb") as handle:
            catalog = read_po(handle, locale=BABEL_LOCALES[language])
    except (OSError, ValueError) as exc:  # a broken installation: say which file
        raise ExportError(f"Cannot read the document words for {language!r} ({path}): "
                          f"{exc}") from exc
    messages: dict[str, str | tuple[str, ...]] = {}
    for message in catalog:
        if message.context:
            text = message.string  # a tuple of forms for a plural message
            messages[message.context] = (tuple(text) if isinstance(text, list | tuple)
                                         else text or "")
    return Catalogue(messages, catalog.plural_expr)


def _text(key: str) -> str:
    # a key the language lacks falls back to English (the completeness test prevents it)
    return catalogue(_language.get()).text(key) or catalogue("en").text(key) or key


def label(key: str, **values: object) -> str:
    """The label `key` in the document's language, with `{placeholders}` filled in."""
    text = _text(key)
    return text.format(**values) if values else text


def label_or(key: str, fallback: str) -> str:
    """A translated label when there is one (a step status, a kind of support), else the
    text as stored (a value the user typed)."""
    return _text(key) if has_label(key) else fallback


def has_label(key: str) -> bool:
    return catalogue("en").text(key) is not None


def plural(key: str, n: int, **values: object) -> str:
    """A counted label ("3 delegations", "وفدان") by the language's CLDR plural rules."""
    text = catalogue(_language.get()).plural(key, n) or catalogue("en").plural(key, n) or key
    return text.format(n=number(n), **values)


def babel_locale(language: str | None = None) -> str:
    return BABEL_LOCALES[language or _language.get()]


def long_date(day: date | None) -> str:
    """'14 November 2016', '14 novembre 2016', '14 نوفمبر 2016' (CLDR long date)."""
    if not day:
        return ""
    from babel.dates import format_date

    return format_date(day, format="long", locale=babel_locale())


def date_range(start: date | None, end: date | None) -> str:
    """'14–18 November 2016', '30 November – 2 December 2016', or one date (CLDR intervals)."""
    if start and end and start != end:
        from babel.dates import format_interval

        return format_interval(start, end, "yMMMMd", locale=babel_locale())
    return long_date(start or end)


def number(value: float | int, digits: int = 0) -> str:
    """A number with the language's separators: 2.50 in English, 2,50 in French."""
    from babel.numbers import format_decimal

    pattern = "0" if digits == 0 else "0." + "0" * digits
    return format_decimal(value, format=pattern, locale=babel_locale())


def signed(value: float) -> str:
    """A signed whole number, '+41' / '−3', with the language's digits."""
    from babel.numbers import format_decimal

    return format_decimal(round(value), format="+0;-0", locale=babel_locale())
