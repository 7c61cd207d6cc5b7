"""The terminology base (`terms.yaml`) rendered as `docs/glossary.md`, for translators and trainers.

`pcsc-workshop curriculum glossary --out docs/glossary.md` (or `scripts/render_glossary`)
writes it; a test fails when the committed file is not what this renders, so the two never
drift apart.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from pcsc_workshop.core.languages import LANGUAGES

NAMES = {"en": "English", "fr": "Français", "es": "Español", "pt": "Português (PT)",
         "ar": "العربية"}
MARKS = {"official": "✓", "official-unverified": "✓?", "usage": "≈", "ours": "○"}
GROUPS = {
    "guidelines": "UN-Habitat and the guidelines",
    "pillars": "The eight pillars",
    "actors": "Actors",
    "jica": "JICA's smart city approach",
    "jica-domains": "JICA's five domains",
    "jica-elements": "JICA's 21 elements",
    "jica-stages": "JICA's stages",
    "jica-scaling": "Scaling approaches",
    "jica-city-types": "City types",
    "app": "The app's own words",
}


def _cell(text: str) -> str:
    """A table cell: pipes escaped, Markdown emphasis characters left as they are (text)."""
    return str(text).replace("|", "\\|").replace("\n", " ").strip()


def render_glossary(terms_file: Path) -> str:
    """Markdown of every term in the five languages, grouped, with status and notes."""
    data: dict[str, Any] = yaml.safe_load(terms_file.read_text(encoding="utf-8")) or {}
    terms = [t for t in data.get("terms") or [] if isinstance(t, dict)]
    sources = data.get("sources") or {}
    conventions = data.get("conventions") or {}
    out = [
        "# Glossary: the curriculum's key terms in five languages",
        "",
        "<!-- Generated from curricula/pcsc/terms.yaml by `pcsc-workshop curriculum glossary "
        "--out docs/glossary.md`; do not edit by hand. -->",
        "",
        "Translators of `curricula/pcsc/translations/<lang>/` use these words; "
        "`pcsc-workshop curriculum check` fails where an English text uses a term marked "
        "**checked** and the translation does not use the term of its language.",
        "",
        "Status: ✓ official UN wording (source below) · ✓? established UN wording, not checked "
        "against the text offline · ≈ used by UN-Habitat or its partners, no official text "
        "found · ○ ours: no official term exists; where marked *English kept*, trainers say "
        "the English name beside ours.",
        "",
        "## Conventions per language",
        "",
    ]
    for lang in LANGUAGES[1:]:
        if lang in conventions:
            out.append(f"- **{NAMES[lang]}** ({lang}): {_cell(conventions[lang])}")
    out.append("")
    for group, title in GROUPS.items():
        rows = [t for t in terms if t.get("group") == group]
        if not rows:
            continue
        out += [f"## {title}", "", "| " + " | ".join(NAMES[lang] for lang in LANGUAGES)
                + " | |", "|" + "---|" * (len(LANGUAGES) + 1)]
        notes: list[str] = []
        for term in rows:
            cells = []
            for lang in LANGUAGES:
                entry = term.get(lang) or {}
                text = _cell(entry.get("term", ""))
                mark = MARKS.get(entry.get("status", ""), "")
                source = entry.get("source")
                cells.append(f"{text} {mark}{f' ({source})' if source else ''}".strip()
                             if lang != "en" else f"**{text}**")
                if entry.get("note"):
                    notes.append(f"- {_cell(term['en'].get('term', ''))} ({lang}): "
                                 f"{_cell(entry['note'])}")
            flags = []
            if term.get("check"):
                flags.append("checked")
            if term.get("keep_english"):
                flags.append("*English kept*")
            out.append("| " + " | ".join(cells) + " | " + ", ".join(flags) + " |")
        out.append("")
        if notes:
            out += ["Notes:", "", *notes, ""]
    out += ["## Sources", ""]
    for key, text in sources.items():
        out.append(f"- **{key}**: {_cell(text)}")
    return "\n".join(out).rstrip() + "\n"


__all__ = ["render_glossary"]
