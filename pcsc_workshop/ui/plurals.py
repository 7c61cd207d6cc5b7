"""English plurals for Qt's `%n` messages, without an English `.ts` of every string.

`self.tr("%n day(s)", "", n)` is Qt's way to plural a count: each translation file holds the
language's plural forms (Arabic has six). English is the source language, so no translation
file is loaded and Qt would print "1 day(s)". This translator answers only `%n` messages
(n >= 0) whose source marks the plural with "(s)", by CLDR's English rule (one: n = 1,
else other), and nothing else, so every other string falls through to the source text.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator


class EnglishPlurals(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: ARG002
                  n: int = -1) -> str | None:
        if n < 0 or "(s)" not in source:
            return None
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False
