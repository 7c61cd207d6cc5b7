"""The languages the app writes documents and shows content in, and their own names.

Why a module of its own: people (a participant's own language), the documents, the
curriculum's glossary and the CLI all check against the same five; a leaf every layer may
import, so that none of them imports another for this list.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "pt", "ar")
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español",
                                  "pt": "Português", "ar": "العربية"}
