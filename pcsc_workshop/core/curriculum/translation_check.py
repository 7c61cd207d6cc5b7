"""Checks of the translation overlays, for `pcsc-workshop curriculum check`.

Each finding names the translation file, the item and the field a translator has to open:

- a field the manifest's `languages` requires but no file translates (named by the file it
  belongs in, `translations/<lang>/<content-file>`);
- an id or field the English does not have, or a value in the wrong shape (a list of another
  length, a nested number changed);
- a number, year or percentage of the English missing or changed in the translation (digits are
  compared whatever the script, `1,500` = `1 500` = `1.500`, `0.76` = `0,76`, `٢٠٢٣` = `2023`);
- Markdown structure that differs (list items, headings, link targets);
- a glossary term (`terms.yaml`, `check: true`) whose English form is in the source but whose
  term in that language is not in the translation;
- stale translations (a warning): the English text changed since the translation was stamped
  (`translations/<lang>/.stamps.json`, written by `pcsc-workshop curriculum stamp`).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pcsc_workshop.core.curriculum.models import SECTIONS
from pcsc_workshop.core.curriculum.overlays import (
    ShapeError,
    english_hash,
    merge,
    model_text_shape,
    texts_of,
    translatable_fields,
)
from pcsc_workshop.core.curriculum.problems import Problem

MANIFEST = "manifest.yaml"
TERMS = "terms.yaml"
STAMPS = ".stamps.json"

# --- numbers -----------------------------------------------------------------------------------

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_GROUPED = r"\d{1,3}(?:[,.\u00a0\u202f\u066c ]\d{3})+(?!\d)"
_PLAIN = r"\d+(?:[.,\u066b]\d+)?"
_NUMBER = re.compile(rf"(?<![\d])(?:{_GROUPED}|{_PLAIN})(\s?[%\u066a])?")


def numbers(text: str) -> Counter[str]:
    """The numbers of a text, normalised: '11,700' and '11 700' -> '11700', '0,76' -> '0.76'.

    A percentage keeps its sign ('60%'), so '60 %' matches it and '60' does not.
    """
    found: Counter[str] = Counter()
    for match in _NUMBER.finditer(text.translate(_DIGITS)):
        raw = match.group(0)
        percent = bool(match.group(1))
        digits = raw.rstrip("%\u066a").strip()
        if re.fullmatch(_GROUPED, digits):
            value = re.sub(r"[^\d]", "", digits)
        else:
            value = re.sub(r"[,\u066b]", ".", digits)
        found[value + ("%" if percent else "")] += 1
    return found


# --- Markdown structure ------------------------------------------------------------------------

_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.M)
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s", re.M)
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)[^)]*\)")


def markdown_shape(text: str) -> tuple[int, list[int], list[str]]:
    """(list items, heading levels, link targets): what a translation must keep."""
    return (len(_LIST_ITEM.findall(text)), [len(h) for h in _HEADING.findall(text)],
            _LINK.findall(text))


# --- glossary ---------------------------------------------------------------------------------

_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, dagger alif, tatweel


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Case-, accent- and Arabic-spelling-insensitive form used to find glossary terms.

    Cached: the glossary check folds each text once per glossary term (~500,000 calls over
    ~10,000 distinct texts for the shipped curriculum: most of `curriculum check`'s time)."""
    text = _ARABIC_MARKS.sub("", text)
    text = text.translate(str.maketrans("أإآٱىة’‘", "اااايه''"))
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s\u00a0\u202f-]+", " ", text)


_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# terms.yaml's text -> its entries. The same list for the same text, so the per-list caches
# below (compiled patterns, findings per text) stay valid across checks of the same folder.
_TERMS: dict[str, list[dict[str, Any]]] = {}


def load_terms(folder: Path) -> list[dict[str, Any]]:
    """The glossary entries of `terms.yaml` (empty when the file is absent or unreadable).

    Shared and read-only: the same text gives the same list (parsing it took ~0.25 s)."""
    try:
        text = (folder / TERMS).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    known = _TERMS.get(text)
    if known is not None:
        return known
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        return []
    terms = data.get("terms") if isinstance(data, dict) else None
    if len(_TERMS) > 8:
        _TERMS.clear()
    _TERMS[text] = [t for t in terms or [] if isinstance(t, dict)]
    return _TERMS[text]


def _forms(term: dict[str, Any], language: str) -> list[str]:
    entry = term.get(language)
    if isinstance(entry, str):
        return [entry]
    if not isinstance(entry, dict):
        return []
    forms = [entry.get("term", "")] + list(entry.get("forms") or [])
    return [f for f in forms if isinstance(f, str) and f.strip()]


def _english_pattern(form: str, case_sensitive: bool = False) -> str:
    """The English term as a whole word (a plural -s/-es allowed): 'action plans' counts,
    'action planning' does not."""
    return rf"(?<!\w){re.escape(form if case_sensitive else fold(form))}(?:e?s)?(?!\w)"


def _contains(text: str, form: str) -> bool:
    """A translated form at the start of a word (so inflected endings still match)."""
    folded = fold(form)
    if "\u0600" <= folded[:1] <= "\u06ff":  # Arabic: prefixes (و ب ل ال) attach to the word
        return folded in fold(text)
    return re.search(rf"(?<!\w){re.escape(folded)}", fold(text)) is not None


def glossary_misses(terms: list[dict[str, Any]], english: str, translated: str,
                    language: str) -> list[str]:
    """English terms found in `english` whose `language` term is not in `translated`."""
    missing = []
    folded = fold(english)
    for sensitive, patterns, wanted, first, term_id in _checked_terms(terms, language):
        text = english if sensitive else folded
        # the plain substring test first: most texts hold most terms nowhere
        if not any(needle in text and p.search(text) for needle, p in patterns):
            continue
        if not any(_contains(translated, f) for f in wanted):
            missing.append(f"glossary term {first!r} should be {wanted[0]!r} "
                           f"(see terms.yaml, {term_id})")
    return missing


_Checked = tuple[bool, list[tuple[str, re.Pattern[str]]], list[str], str, str]
_CHECKED: dict[tuple[int, str], tuple[list[dict[str, Any]], list[_Checked]]] = {}


def _checked_terms(terms: list[dict[str, Any]], language: str) -> list[_Checked]:
    """The glossary terms to check in `language`, their English patterns compiled once.

    `glossary_misses` runs for every text of every translated field (~10,000 for the shipped
    curriculum): reading the term entries and building each pattern there was most of
    `curriculum check`'s time. Kept for the `terms` list last seen (by identity)."""
    key = (id(terms), language)
    hit = _CHECKED.get(key)
    if hit is not None and hit[0] is terms:
        return hit[1]
    checked: list[_Checked] = []
    for term in terms:
        if not term.get("check"):
            continue
        en_forms = _forms(term, "en")
        wanted = _forms(term, language)
        if not en_forms or not wanted:
            continue
        sensitive = bool(term.get("case_sensitive"))
        patterns = [(f if sensitive else fold(f), re.compile(_english_pattern(f, sensitive)))
                    for f in en_forms]
        checked.append((sensitive, patterns, wanted, en_forms[0], str(term.get("id", ""))))
    if len(_CHECKED) > 16:
        _CHECKED.clear()
    _CHECKED[key] = (terms, checked)
    return checked


# --- stamps -----------------------------------------------------------------------------------

def read_stamps(folder: Path, language: str) -> dict[str, dict[str, str]]:
    try:
        data = json.loads((folder / "translations" / language / STAMPS).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_stamps(content: Any, languages: list[str] | None = None) -> dict[str, int]:
    """Stamp every translated field with the hash of its English now; atomic per language.

    Returns {language: fields stamped}. Run it after translating or reviewing a translation:
    `curriculum check` then warns about the fields whose English changed since.
    """
    items = _english_items(content)
    done: dict[str, int] = {}
    for language, overlay in content.translations.items():
        if languages and language not in languages:
            continue
        stamps: dict[str, dict[str, str]] = {}
        for item_id, fields in overlay.items():
            item = items.get(item_id)
            if item is None:
                continue
            english = item.model_dump(mode="json")
            for name in fields:
                if name in english:
                    stamps.setdefault(item_id, {})[name] = english_hash(english[name])
        path = content.folder / "translations" / language / STAMPS
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(stamps, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                       encoding="utf-8")
        os.replace(tmp, path)
        done[language] = sum(len(v) for v in stamps.values())
    return done


# --- the checks -------------------------------------------------------------------------------

def _english_items(content: Any) -> dict[str, Any]:
    return {item.id: item for s in SECTIONS for item in content.sections[s]}


def _home_file(content: Any, language: str, item_id: str) -> str:
    origins = content.origins.get(item_id)
    name = origins[0][0] if origins else "?"
    return f"translations/{language}/{Path(name).name}"


def translation_problems(content: Any) -> list[Problem]:
    """Errors and warnings (Problem.warning) of every translation of the folder."""
    problems: list[Problem] = []
    manifest = content.manifest
    if "en" not in manifest.languages:
        problems.append(Problem(MANIFEST, "languages", "must include 'en' (the fallback)"))
    if manifest.translations:
        problems.append(Problem(MANIFEST, "translations", "no longer used: every "
                                "translations/<lang>/*.yaml is read (remove this key)",
                                warning=True))
    items = _english_items(content)
    terms = load_terms(content.folder)
    required = [lang for lang in manifest.languages if lang != "en"]
    for language in sorted(set(required) | set(content.translations)):
        overlay = content.translations.get(language, {})
        stamps = read_stamps(content.folder, language)
        unstamped = 0
        for item_id, fields in overlay.items():
            file = content.translation_origins.get((language, item_id), "translations")
            item = items.get(item_id)
            if item is None:
                if item_id not in content.origins:
                    problems.append(Problem(file, f"items.{item_id}",
                                            "translation for an unknown id"))
                continue
            shapes = model_text_shape(type(item))
            english = item.model_dump(mode="json")
            for name, value in fields.items():
                where = f"items.{item_id}.{name}"
                if name not in shapes:
                    if name in english and value == english[name]:
                        continue  # a non-text value copied unchanged (a letter, an id): fine
                    problems.append(Problem(file, where, (
                        f"is not text and must stay {english[name]!r} (leave it out or copy "
                        "it unchanged)") if name in english else
                        f"{type(item).__name__} has no text field {name!r}"))
                    continue
                try:
                    merged = merge(shapes[name], english.get(name), value)
                except ShapeError as exc:
                    problems.append(Problem(file, where, str(exc)))
                    continue
                problems += _compare(file, where, shapes[name], english.get(name), merged,
                                     terms, language)
                stamp = stamps.get(item_id, {}).get(name)
                if stamp is None:
                    unstamped += 1
                elif stamp != english_hash(english.get(name)):
                    problems.append(Problem(file, where, "stale: the English changed since "
                                            "this was translated (review it, then run "
                                            "`pcsc-workshop curriculum stamp`)", warning=True))
        if unstamped:
            problems.append(Problem(f"translations/{language}/{STAMPS}", "",
                                    f"{unstamped} translated fields have no stamp, so a later "
                                    "change of their English cannot be noticed (run "
                                    "`pcsc-workshop curriculum stamp`)", warning=True))
        if language in required:
            for item_id, item in items.items():
                given = overlay.get(item_id, {})
                for name in translatable_fields(item):
                    if name not in given:
                        problems.append(Problem(_home_file(content, language, item_id),
                                                f"items.{item_id}.{name}",
                                                f"missing {language!r} translation (the "
                                                "manifest lists this language)"))
    return problems


def _compare(file: str, where: str, shape: Any, english: Any, translated: Any,
             terms: list[dict[str, Any]], language: str) -> list[Problem]:
    """Numbers, Markdown structure and glossary terms of each text of one field."""
    problems = []
    source = dict(texts_of(shape, english))
    for path, text in texts_of(shape, translated):
        original = source.get(path)
        if original is None:
            continue
        at = f"{where}{path if path.startswith('[') else '.' + path if path else ''}"
        problems += [Problem(file, at, message)
                     for message in _text_findings(original, text, terms, language)]
    return problems


# (terms list, language) -> {(English text, translated text): findings}. A pair of texts
# always gives the same findings; `curriculum check` of a folder where one file changed (and
# each test's copy of the shipped folder) finds most pairs here: comparing the ~10,000 texts
# of the shipped translations took ~1.2 s of CPU.
_FINDINGS: dict[tuple[int, str], tuple[list[dict[str, Any]], dict[tuple[str, str],
                                                                  tuple[str, ...]]]] = {}


def _text_findings(original: str, text: str, terms: list[dict[str, Any]],
                   language: str) -> tuple[str, ...]:
    """Numbers, Markdown structure and glossary terms of one translated text against its
    English."""
    key = (id(terms), language)
    kept = _FINDINGS.get(key)
    if kept is None or kept[0] is not terms:
        if len(_FINDINGS) > 16:
            _FINDINGS.clear()
        kept = _FINDINGS[key] = (terms, {})
    found = kept[1].get((original, text))
    if found is not None:
        return found
    messages = []
    want, got = numbers(original), numbers(text)
    if want != got:
        lost = sorted((want - got).elements())
        added = sorted((got - want).elements())
        parts = []
        if lost:
            parts.append("drops or changes " + ", ".join(lost))
        if added:
            parts.append("adds " + ", ".join(added))
        messages.append("numbers differ from the English: " + "; ".join(parts))
    e_lists, e_heads, e_links = markdown_shape(original)
    t_lists, t_heads, t_links = markdown_shape(text)
    if e_lists != t_lists:
        messages.append(f"Markdown: {t_lists} list items, the English has {e_lists}")
    if e_heads != t_heads:
        messages.append(f"Markdown: headings {t_heads}, the English has {e_heads} (levels)")
    if sorted(e_links) != sorted(t_links):
        messages.append(f"Markdown: links to {sorted(t_links)}, the English links to "
                        f"{sorted(e_links)}")
    messages += glossary_misses(terms, original, text, language)
    kept[1][(original, text)] = found = tuple(messages)
    return found


def translation_stats(content: Any) -> dict[str, dict[str, Any]]:
    """Per language: items and fields translated (of those with English text), words, and the
    share of translated texts identical to the English (texts without letters, like "%" or
    "1983", are not counted: they have nothing to translate)."""
    items = _english_items(content)
    fields_total = sum(len(translatable_fields(i)) for i in items.values())
    english_words = sum(len(t.split()) for i in items.values()
                        for name, shape in translatable_fields(i).items()
                        for _p, t in texts_of(shape, i.model_dump(mode="json")[name]))
    out: dict[str, dict[str, Any]] = {"en": {"items": len(items), "fields": fields_total,
                                             "words": english_words}}
    for language, overlay in sorted(content.translations.items()):
        done_items = fields = words = leaves = same = 0
        identical: list[str] = []
        for item_id, given in overlay.items():
            item = items.get(item_id)
            if item is None:
                continue
            shapes = translatable_fields(item)
            english = item.model_dump(mode="json")
            counted = False
            for name, value in given.items():
                if name not in shapes:
                    continue
                try:
                    merged = merge(shapes[name], english[name], value)
                except ShapeError:
                    continue
                counted = True
                fields += 1
                source = dict(texts_of(shapes[name], english[name]))
                for path, text in texts_of(shapes[name], merged):
                    words += len(text.split())
                    if not re.search(r"[^\W\d_]", text):
                        continue  # no letters ("%", "1983", "2010-2014"): nothing to translate
                    leaves += 1
                    if source.get(path) == text:
                        same += 1
                        identical.append(f"{item_id}.{name}{path and '.' + path}")
            done_items += counted
        out[language] = {"items": done_items, "fields": fields, "words": words,
                         "texts": leaves, "identical": same,
                         "identical_share": same / leaves if leaves else 0.0,
                         "identical_examples": identical[:12]}
    return out


__all__ = ["fold", "glossary_misses", "load_terms", "markdown_shape", "numbers",
           "read_stamps", "translation_problems", "translation_stats", "write_stamps"]
